"""An organisation the task names by its acronym, shown by no row of a list that scrolls: the list is scrolled.

Senders and agencies are written in capitals in every Latin-script language ("le courriel de la SAAQ", "the letter
from HMRC", "el correo de la DGT", "die Mail vom ADAC", "mail od ZUS"): a word of two to six capitals after a word
of "from" or "of", in a task written in lower case, names who sent or issued the thing ("kaadi MTN", a product
bought, is no sender). When no label or line on screen shows it and the screen has a list that
scrolls, its row is further down: scrolling comes first, unless a rule already leads clearly. A task written in
capitals throughout, an acronym a control is named by (Wi-Fi, NFC, GPS, SMS, PDF: agents/ui_glossary.py, or a
unit or technical word below) and a name on screen keep the ranking as it was.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .perceptor import Screen
from .text import normalize

# The acronym after a word of "from" / "of" (and its article): who sent or issued the thing, not a product bought.
_ACRONYM = re.compile(r"(?<!\w)(?i:from|of|by|de|del|des|du|vom|von|der|od|ze|van|da|do|dal|della|dalla|från|fra|"
                      r"от|від|із|з)\s+(?:(?i:the|la|l'|el|le|les|die|dem|den|het|il)\s*)?"
                      r"(?P<a>[A-ZÀ-ÖØ-Þ]{2,6})(?![\w.-])")
# Capitals that name a kind of thing, a unit or a part of the phone, not an organisation.
_COMMON = frozenset("AM PM OK ID TV PIN OTP PDF SMS MMS GPS VPN NFC USB QR UV AI AC DC KM MB GB KB TB HD SD "
                    "FAQ URL WIFI ETA ASAP FYI PS PLS BTW IBAN CVV ATM UPI EMI DM".split())
_LEAD = 0.5
_CLEAR = 2.0  # a rule's lead this large stands


def acronyms(task: str) -> list[str]:
    """The organisations ``task`` names by their capitals (see the module docstring)."""
    letters = [c for c in task if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) * 2 > len(letters):
        return []
    return [a for a in _ACRONYM.findall(task) if a not in _COMMON and not ui_glossary.concepts(a)]


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Scroll first when an acronym the task names shows nowhere on a screen that scrolls (in place)."""
    named = acronyms(task)
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if not named or scroll is None or not out or not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    top = max(c.score for c in out)
    if top >= _CLEAR or any(c.action.get("kind") == "open_app" for c in out if c.score >= top):
        return
    shown = normalize(" ".join([*screen.labels.values(), *screen.lines]))
    if any(re.search(rf"(?<!\w){re.escape(normalize(a))}(?!\w)", shown) for a in named):
        return
    scroll.score = top + _LEAD
