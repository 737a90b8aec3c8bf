"""Secrets that are no number: a password given in a message, a sign-in token in a link, a code of letters and digits
in dashed groups.

- after a word for a password or key and "is", ":" or "=" (a few words between: "contraseña del wifi ="), one word of six to forty characters that no one would
  write as a word (digits, or capitals and small letters, or signs inside): "password is Tr0pical!Mango77", "pass
  8hx3-kq2m-9tzw", "Wi-Fi key: 4kR9zzQ1"; "Forgot password?", "Password must have 8 digits" and "password: hidden"
  hold none;
- the value of a link's parameter that names a credential (token, code, otp, key, auth, sig, secret, password):
  "verify?token=Zk3qP9xW2mTt" (six characters or more, a digit among them or mixed case);
- a code of letters and digits in two or three dashed groups ("QZ7-41P", "BQXR-7KPD"), in capitals, with a word for a
  code in its sentence and none of a promotion, booking, order, product or error: "Enter this code on your TV:
  BQXR-7KPD", "QZ7-41P is your verification code" ("promo code SAVE-2025" stays).

All are kind "otp", the kind of a secret to type once.
"""

from __future__ import annotations

import re

from .pii_spelled import words_of

_PASSWORD_WORDS = (
    r"password|passwort|passwd|pass|pwd|passcode|pin|wi-?fi key|wpa key|network key|security key|mot de passe|mdp|"
    r"contraseña|clave|senha|parola|wachtwoord|lösenord|hasło|heslo|jelszó|пароль|şifre|sifre|mật khẩu|mat khau|"
    r"kata sandi|sandi|katalaluan|รหัสผ่าน|パスワード|비밀번호|密码|密碼|كلمة المرور|رمز عبور|סיסמה|κωδικός|पासवर्ड")
_SAID = r"(?:is|:|=|ist|es|est|é|è|là|adalah|-)"
_GIVEN = re.compile(rf"(?i)(?<![^\W\d_])(?:{_PASSWORD_WORDS})(?![^\W\d_])(?:\s*{_SAID}?|(?:\s+[^\W\d_]{{1,8}}){{1,3}}\s*{_SAID})"
                    r"\s*([^\s,;\"'“”«»()\[\]]{6,40})")  # "password is X", "contraseña del wifi = X"
_SECRET_SHAPE = re.compile(r"(?=.*\d)|(?=.*[a-z])(?=.*[A-Z])|(?=.*[^\w\s])")  # a digit, mixed case or a sign inside
_SECRET_WORDS = frozenset(phrase.split()[-1] for phrase in _PASSWORD_WORDS.split("|")
                          if phrase.isascii())  # each label's last word ("mot de passe": "passe")
_WIDE_SECRET_WORDS = tuple(w for w in _PASSWORD_WORDS.split("|") if not w.isascii())
_LINK_WORDS = ("token", "code", "otp", "key", "auth", "sig", "signature", "secret", "password", "pass", "pin")
_LINK_SECRET = re.compile(rf"(?i)[?&#](?:{'|'.join(_LINK_WORDS)})=([A-Za-z0-9_\-.~%]{{6,}})")
_DASHED = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3,4}(?:-[A-Z0-9]{3,4}){1,2}(?![\w-])")
_CODE_WORD = re.compile(
    r"(?i)code|código|codice|kod|код|コード|코드|验证码|驗證碼|pairing|otp|passcode|pin|token|mã|kode|رمز|קוד|κωδικ")
_CODE_WORDS = frozenset("code codes código codigo codice kod код pairing otp passcode pin token mã kode".split())
_SENTENCE = re.compile(r"[.!?\n]")
_NOT_SECRET = re.compile(  # a code that is no secret: a promotion's, a booking's, a product's, an error's
    r"(?i)promo|coupon|voucher|discount|gift|rabatt|descuento|desconto|réduction|sconto|скидк|indirim|booking|"
    r"reservation|confirmation|order|model|error|referral|invite|tracking|flight|pnr")


def secrets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each password, link credential and dashed code in ``text`` (see the module's doc); each
    is looked for only where its words are."""
    found = []
    words = words_of(text)
    if not _SECRET_WORDS.isdisjoint(words) or not text.isascii() and any(w in text for w in _WIDE_SECRET_WORDS):
        for m in _GIVEN.finditer(text):
            value = m.group(1).rstrip(".!?:")
            if not value.isdigit() and not value.isalpha() and len(value) >= 6 and _SECRET_SHAPE.match(value):
                found.append((m.start(1), m.start(1) + len(value), value))
    if "=" in text and any(f"{w}=" in text.lower() for w in _LINK_WORDS):
        found += [(m.start(1), m.end(1), m.group(1)) for m in _LINK_SECRET.finditer(text)
                  if not m.group(1).isalpha() or not m.group(1).islower()]
    if "-" in text and (not _CODE_WORDS.isdisjoint(words) or not text.isascii() and _CODE_WORD.search(text)):
        for m in _DASHED.finditer(text):
            lo = max((s.end() for s in _SENTENCE.finditer(text, 0, m.start())), default=0)
            hi = next((s.start() for s in _SENTENCE.finditer(text, m.end())), len(text))
            if _CODE_WORD.search(text, lo, hi) and not _NOT_SECRET.search(text, lo, hi):
                found.append((m.start(), m.end(), m.group()))
    return found


__all__ = ["secrets"]
