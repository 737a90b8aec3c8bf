"""A saved login: the row of an autofill or password-manager sheet that shows an account and a masked password.

Android's Credential Manager, Google Password Manager, Samsung Pass and the keyboards' autofill strips offer each
saved login as one row: the account ("anna@example.org", a user name) and the password as dots ("••••••••").
A task that asks to log in, or to use the password it saved, is served by that row; the page's "Forgot
password?" link beside it shares the word "password" and is the wrong way in. The dots are the convention, in
every language: no word list about any app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .perceptor import Screen
from .ranked import Ranked

_MASKED = re.compile(r"[•●∙⋅*·]{4,}")
_ACCOUNT = re.compile(r"[^\W\d_]")  # the row names its account too (letters, not only the dots)
# The password itself, said in the task (a saved one is what logs in), in the languages phones ship.
_PASSWORD = re.compile(r"password|passwort|contraseña|mot de passe|senha|parola d'ordine|wachtwoord|hasło|пароль|"
                       r"密码|密碼|パスワード|비밀번호|รหัสผ่าน|şifre|kata sandi|mật khẩu|كلمة المرور|סיסמה", re.I)
RAISE = 2.5  # above the page's own fields and links: the sheet is in front of them


def saved_login(label: str) -> bool:
    """The label shows a masked password beside an account."""
    return any(_MASKED.search(part) for part in label.split(" | ")) and bool(_ACCOUNT.search(_MASKED.sub(" ", label)))


def adjust(out: Sequence[Ranked], task: str, screen: Screen, meant: Mapping[str, object]) -> None:
    """Raise a saved login's row where the task asks to log in or to use a saved password (``meant``: the task's
    concepts, agents/ui_glossary.task_concepts, as the caller already read them)."""
    if not (_PASSWORD.search(task) or "login" in meant):
        return
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "tap" and isinstance(element, int) and saved_login(screen.labels.get(element, "")):
            candidate.score += RAISE
