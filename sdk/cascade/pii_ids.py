"""National ID numbers, each by its own format and check: a number that fails its check is left alone.

- India's Aadhaar: 12 digits (4-4-4), the first 2-9, Verhoeff check digit;
- Brazil's CPF: 11 digits (000.000.000-00) with two mod-11 check digits; written without its dots only after "CPF";
- China's resident ID: 17 digits and a check digit or X (ISO 7064 mod 11-2), a birth date inside;
- Spain's DNI / NIE: 8 digits (or X, Y, Z and 7) and the check letter;
- the US SSN: 000-00-0000 in the ranges the SSA issues; written without dashes only after "SSN";
- Korea's resident registration number: YYMMDD-SNNNNNC, a birth date, a sex digit and a check digit;
- the UK's National Insurance number: two letters, six digits and A-D ("QQ 12 34 56 C"); without its label before
  it, only spaced as HMRC prints it and with a prefix HMRC issues.
"""

from __future__ import annotations

import re

_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
      (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
      (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
      (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_P = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
      (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
      (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

# one scan for all of them, starting with a character class so the regex engine skips ahead fast (boundaries and
# which ID it is are checked in Python)
_ID = re.compile(
    r"[0-9XYZ](?:\d{3}([ -]?)\d{4}\1\d{4}(?![\w-])"  # Aadhaar
    r"|\d{2}\.\d{3}\.\d{3}-\d{2}(?![\w-])"  # CPF
    r"|\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])"  # Chinese resident ID
    r"|\d{7}-?[A-Z](?![\w-])"  # DNI, NIE
    r"|\d{2}-\d{2}-\d{4}(?![\w-])"  # SSN
    r"|\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?![\w-]))")  # Korean resident registration number
_NINO = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])")
_NINO_END = re.compile(r"\d\d ?[A-D](?![\w-])")  # a cheap test before the whole pattern
_NINO_LABEL = re.compile(r"(?i:nino|national\s+insurance|\bni\b)[^\n]{0,24}$")
_NINO_NOT_ISSUED = frozenset("BG GB NK KN TN NT ZZ".split())
_AFTER_WORD = re.compile(r"(?:cpf|ssn)\W{0,3}(\d{11}|\d{9})(?!\d)")  # unformatted, only right after its name
_HINT = re.compile(r"\d{3}")


def verhoeff_ok(number: str) -> bool:
    check = 0
    for i, ch in enumerate(reversed(number)):
        check = _D[check][_P[i % 8][int(ch)]]
    return check == 0


def cpf_ok(number: str) -> bool:
    digits = [int(ch) for ch in number]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        if (sum(d * w for d, w in zip(digits[:n], range(n + 1, 1, -1), strict=True)) * 10) % 11 % 10 != digits[n]:
            return False
    return True


def cn_id_ok(number: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(ch) * w for ch, w in zip(number[:17], weights, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def rrn_ok(number: str) -> bool:
    """Korea's resident registration number: birth date, a sex digit, and a weighted check digit."""
    total = sum(int(d) * w for d, w in zip(number[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return (11 - total % 11) % 10 == int(number[12])


def dni_ok(value: str) -> bool:
    value = value.replace("-", "")
    number = str("XYZ".index(value[0])) + value[1:8] if value[0] in "XYZ" else value[:8]
    return _DNI_LETTERS[int(number) % 23] == value[-1]


def national_ids(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each national ID number in ``text`` (already folded: ASCII digits)."""
    if len(text) < 9 or not _HINT.search(text) and not _NINO_END.search(text):
        return []
    found = []
    for m in _ID.finditer(text):
        value, start = m.group(), m.start()
        if not _free(text, start, "." if "." in value else ""):
            continue
        number = re.sub(r"[^\dXx]", "", value)
        if len(value) == 18 and value[:1].isdigit() and value[-1] in "0123456789Xx" and cn_id_ok(value) or \
                len(number) == 12 and value[0] in "23456789" and verhoeff_ok(number) or \
                "." in value and cpf_ok(number) or value[-1].isalpha() and len(value) <= 10 and dni_ok(value):
            found.append((start, m.end(), re.sub(r"[\s.-]", "", value).upper()))
        elif len(value) == 14 and value[6] == "-":
            if rrn_ok(number):
                found.append((start, m.end(), number))
        elif value.count("-") == 2 and len(value) == 11 and value[:1].isdigit() and value[0] != "9" and \
                value[:3] not in ("000", "666") and value[4:6] != "00" and value[7:] != "0000":
            found.append((start, m.end(), number))  # SSN
    for m in _NINO.finditer(text) if _NINO_END.search(text) else ():
        letters = m.group()[:2]
        issued = letters[0] not in "DFIQUV" and letters[1] not in "DFIOQUV" and letters not in _NINO_NOT_ISSUED
        printed = m.group().count(" ") == 4  # as HMRC prints it: "JT 48 19 27 B"
        if _free(text, m.start()) and (issued and printed or _NINO_LABEL.search(text, max(0, m.start() - 40), m.start())):
            found.append((m.start(), m.end(), m.group().replace(" ", "")))
    lowered = text.lower()
    if "cpf" in lowered or "ssn" in lowered:
        for m in _AFTER_WORD.finditer(lowered):
            number = m.group(1)
            if (m.group().startswith("cpf") and len(number) == 11 and cpf_ok(number)
                    or m.group().startswith("ssn") and len(number) == 9):
                found.append((m.start(1), m.end(1), number))
    return found


def _free(text: str, start: int, also: str = "") -> bool:
    """No letter, digit, dash (or ``also``) glued before ``start``."""
    return not start or not (text[start - 1].isalnum() or text[start - 1] in "_-" + also)


__all__ = ["cn_id_ok", "cpf_ok", "dni_ok", "national_ids", "rrn_ok", "verhoeff_ok"]
