"""Street addresses written in scripts the Latin patterns cannot read, and post-office boxes.

Each pattern starts from the word that says "street" in its script and ends at the house number:
Korean road names after their city or district ("강남구 테헤란로 152", then 동/호), Arabic (شارع ... 4512, or 15 شارع ...), Hebrew
(רחוב ... 12), Greek (Οδός ... 25), Thai (ซอย / ถนน ...), Hindi (फ्लैट 12, ... नगर), Cyrillic is in
``pii_forms``. ``postal_boxes``: "PO Box 4471", "Postfach 1022", "Apartado 318". Each runs only on
text that holds its script.
"""

from __future__ import annotations

import re

_SCRIPTS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile("[\uac00-\ud7af]"), re.compile(  # Korean: city/district, then the road and its number
        r"[가-힣]+(?:시|도|구|군)\s+(?:[가-힣]+(?:구|군|시|동)\s+)?[가-힣0-9]+(?:로|길)\s?\d{1,5}(?:-\d{1,4})?"
        r"(?:,?\s*\d{1,4}동)?(?:,?\s*\d{1,3}층)?(?:,?\s*\d{1,5}호)?"  # building, floor, flat
        r"|(?:[가-힣]+\s+)?[가-힣]+(?:구|군|시)\s+[가-힣0-9]+(?:동|읍|면|리|가)\s?\d{1,5}(?:-\d{1,4}|번지)")),  # lot number
    (re.compile("[\u0600-\u06ff]"), re.compile(  # Arabic: street / road, its name, the number
        r"(?:شارع|طريق|ش\.)\s+[\u0621-\u064a\s]{2,30}?\s\d{1,5}"
        r"|\d{1,5}\s+(?:شارع|طريق|ش\.)\s*[\u0621-\u064a]{2,}(?:\s[\u0621-\u064a]{2,}){0,2}")),  # or the number first
    (re.compile("[\u05d0-\u05ea]"), re.compile(  # Hebrew: street / avenue / road, its name, the number
        "(?:רחוב|רח'|שדרות|שד'|דרך)\\s+[\u05d0-\u05ea\\s\"']{2,25}?\\s\\d{1,4}")),
    (re.compile("[\u0370-\u03ff]"), re.compile(  # Greek: street / avenue / square, its name, the number
        r"(?:[Οο]δός|[Οο]δ\.|Λεωφόρος|Λεωφ\.|Πλατεία)\s+[\u0370-\u03ff\u1f00-\u1fff]+"
        r"(?:\s[\u0370-\u03ff\u1f00-\u1fff]+){0,2}\s\d{1,4}")),
    (re.compile("[\u0e00-\u0e7f]"), re.compile(  # Thai: house number, then soi / road and its name
        r"\d{1,4}(?:/\d{1,4})?\s(?:ซอย|ซ\.|ถนน|ถ\.)\s?[\u0e00-\u0e7f]+(?:\s?\d{1,4})?"
        r"|(?:ซอย|ซ\.|ถนน|ถ\.)\s?[\u0e00-\u0e7f]+\s?\d{1,4}")),  # a number before or after it
    (re.compile("[\u0900-\u097f]"), re.compile(  # Hindi: flat / house / plot and number, then the area
        r"(?:फ्लैट|मकान|प्लॉट|हाउस)\s*(?:नं\.?|नंबर)?\s*\d{1,5}[,\s]+[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2}?"
        r"\s?(?:नगर|मार्ग|रोड|कॉलोनी|गली|विहार|पुरम)")),
]
_ANY_SCRIPT = re.compile("[" + "".join(hint.pattern[1:-1] for hint, _ in _SCRIPTS) + "]")
_BOX = re.compile(r"(?<![\w])(?:P\.?\s?O\.?\s?Box|Post(?:al)? Office Box|Postfach|Apartado(?: de [Cc]orreos)?|"
                  r"Caixa Postal|Casella [Pp]ostale|Boîte [Pp]ostale)\s?\d{1,6}\b", re.I)


def script_addresses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each street address in a non-Latin script of ``text``."""
    if text.isascii() or not _ANY_SCRIPT.search(text):
        return []
    return [m.span() for hint, pattern in _SCRIPTS if hint.search(text) for m in pattern.finditer(text)]


def postal_boxes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each post-office box number."""
    lowered = text.lower()
    if "box" not in lowered and "post" not in lowered and "apartado" not in lowered and "caixa" not in lowered and \
            "casella" not in lowered and "boîte" not in lowered:
        return []
    return [m.span() for m in _BOX.finditer(text)]


__all__ = ["postal_boxes", "script_addresses"]
