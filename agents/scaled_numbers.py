"""A number said with the word for its scale, in the languages phones ship: the whole number, in digits.

People say large sums with a scale word after the digits: "40 тысяч" (40 000), "5万" (50 000), "3 mil" (3 000), "2k",
"1,5 lakh" (150 000), "2 crore", "10 ribu", "50 nghìn", "3 bin", "20 mille", "15 Tausend", "3 thousand", "2 млн",
"1.2 million". A form's number field takes the whole number, so the digits are multiplied by the scale; a decimal
comma or point in the digits is read as one ("1,5 lakh"). Digits with no scale word after them are none of this.
"""

from __future__ import annotations

import re

# Scale words after the digits, each with its factor (word forms by prefix: "тысяч", "тысячи", "тыс."; "Tausend").
_SCALES: tuple[tuple[str, int], ...] = (
    (r"k|thousand|thousands|mil|mille|tausend|duizend|tysi[aą]c\w*|тыс\w*|тис\w*|bin|ribu|nghìn|ngàn|ألف|آلاف|אלף|хиляд\w*"
     r"|千|천|พัน|हज़ार|हजार", 1_000),
    (r"万|萬|만|หมื่น", 10_000),
    (r"lakh|lac|lakhs|लाख", 100_000),
    (r"crore|crores|करोड़", 10_000_000),
    (r"mn|mio|million|millions|millones|millón|milhões|milhão|millionen|milioni|milione|млн|миллион\w*|мільйон\w*"
     r"|juta|triệu|百万|백만|मिलियन", 1_000_000),
    (r"亿|億|억", 100_000_000),
)
_SCALE = re.compile(r"\s?(?P<w>" + "|".join(f"(?:{w})" for w, _ in _SCALES) + r")(?![^\W\d_])\.?", re.I)
# a caseless script's scale word may be followed by more of the word ("万円", "千元")
_CASELESS = re.compile(r"[千万萬亿億천만억]")


def factor(after: str) -> int | None:
    """The factor of the scale word ``after`` starts with ("тысяч рублей" -> 1000), else None."""
    m = _SCALE.match(after)
    if m is None and (c := _CASELESS.match(after.lstrip())):
        m = _SCALE.match(c.group(0))
    if m is None:
        return None
    said = m["w"].casefold()
    return next(f for w, f in _SCALES if re.fullmatch(w, said, re.I))


def scaled(digits: str, after: str) -> str | None:
    """``digits`` times the scale word ``after`` starts with, in digits ("40", " тысяч" -> "40000"); None with no
    scale word. A single comma or point followed by one or two digits is a decimal mark ("1,5 lakh" -> "150000")."""
    f = factor(after)
    if f is None:
        return None
    said = digits.strip().replace(" ", "").replace("\u00a0", "")
    m = re.fullmatch(r"(\d+)[.,](\d{1,2})", said)
    whole, part = (m.group(1), m.group(2)) if m else (re.sub(r"[.,]", "", said), "")
    if not whole.isdigit():
        return None
    value = int(whole) * f + (int(part) * f // 10 ** len(part) if part else 0)
    return str(value)
