"""Signing out sits at the end of an account page: while it is not in view, the page is scrolled.

Apps put "Log out" / "Sign out" ("Вийти", "خروج", "Cerrar sesión") last on the profile, menu or account page,
below the settings, help, legal and version rows, usually out of view. A task asking to sign out ("вилогінь мене",
"از حسابم خارج شم", "log me out": the glossary's ``logout`` concept, said forms included) on such a page (one
showing a settings, help or profile control) where no control says it is asking for the row further down:
scrolling comes first, above a row that only shares the task's words ("اطلاعات حساب کاربری", account info, for "my
account"). A page showing the sign-out control, or no list that scrolls, keeps the ranking as it was.
"""

from __future__ import annotations

from typing import Any

from . import ui_glossary
from .perceptor import Screen

CONCEPT = "logout"
_ACCOUNT_PAGE = frozenset({"settings", "help", "profile"})  # the controls an account or menu page shows
_LEAD = 0.5


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Scroll first when the task signs out on an account page that shows no sign-out control (in place)."""
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if scroll is None or CONCEPT not in ui_glossary.task_concepts(task) or \
            not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    shown = [set(ui_glossary.concepts(screen.labels.get(i, ""))) for i in screen.actionable if i not in screen.editable]
    if any(CONCEPT in found for found in shown) or not any(found & _ACCOUNT_PAGE for found in shown):
        return
    scroll.score = max(c.score for c in out) + _LEAD
