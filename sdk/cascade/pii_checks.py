"""Checks on what a detector's pattern matched: is it written the way the data it looks like is?

``card_groups``: cards are printed in groups that start with four digits, or digit by digit;
``iban_in``: the IBAN a run of letters and digits starts with (in groups, dashed, in lower case).
"""

from __future__ import annotations

import re

_IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BR BY CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT JO "
    "KW KZ LB LC LI LT LU LV LY MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO RS SA SC SD SE SI SK SM ST SV TL TN TR UA "
    "VA VG XK".split())


def card_groups(value: str) -> bool:
    """Cards are printed whole, in groups that start with four digits (4-4-4-4, 4-6-5) or digit by digit:
    "112-4839201-5567381" is an order number."""
    groups = re.split(r"[ .-]", value)
    return len(groups) == 1 or len(groups[0]) in (1, 2, 4)


def iban_in(value: str) -> tuple[str, str] | None:
    """(as written, compact) of the IBAN ``value`` starts with: all of it, else without its last groups
    ("... 606 please"); lower case only where the letters name a country that uses IBANs."""
    if not value[:2].isupper() and value[:2].upper() not in _IBAN_COUNTRIES:
        return None
    while len(value) >= 15:
        compact = value.replace(" ", "").replace("-", "")
        if iban_ok(compact):
            return value, compact.upper()
        cut = max(value.rfind(" "), value.rfind("-"))
        if cut < 0:
            return None
        value = value[:cut]
    return None


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


__all__ = ["card_groups", "iban_in", "iban_ok"]
