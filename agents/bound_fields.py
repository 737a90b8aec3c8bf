"""A limit said in the task goes into a filter's empty "maximum" or "minimum" field, in any language.

Shopping, housing, travel and job filters ask a range in two fields side by side, "Min"/"Max", "Von"/"Bis",
"Mínimo"/"Máximo", "От"/"До", "最低"/"最高": "rent up to 3500", "aluguel até 3500", "hasta 200 euros", "bis 500",
"до 30000", "3500'e kadar", "5万円以下" name the upper one; "from 1000", "a partir de 1000", "ab 50", "от 1000",
"at least 2000", "1000以上" the lower one. A comparative says the upper one too ("не дороже 40 тысяч", "cheaper than
300", "moins cher que 300", "3000 TL'den ucuz"), and a scale word after the digits is multiplied out ("40 тысяч":
40000, "2k", "3 mil", "5万": agents/scaled_numbers.py). The number is typed, as digits, into the empty field (or the one showing
its placeholder) whose label, hint or text names that end, the first such in reading order unless another shares a
word with the task ("Área máxima" for "área até 80"); nothing is typed where a field holds the number already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .candidate_lists import raise_or_add
from .perceptor import Screen
from .scaled_numbers import scaled
from .text import normalize

_NUMBER = r"(?P<n>\d[\d\s.,]*\d|\d)"
# Words before a number that bound it from above, then from below, in the languages phones ship.
_UPPER_BEFORE = (r"(?<=\d\s)(?:to|a|à|and)|up\s+to|under|below|at\s+most|max(?:imum)?|no\s+more\s+than|not\s+more\s+than|less\s+than|"
                 r"até|no\s+máximo|abaixo\s+de|menos\s+de|hasta|como\s+máximo|máximo|por\s+debajo\s+de|"
                 r"jusqu['’]à|au\s+maximum|moins\s+de|fino\s+a|al\s+massimo|massimo|meno\s+di|"
                 r"bis(?:\s+zu)?|höchstens|maximal|unter|weniger\s+als|tot|maximaal|hoogstens|onder|minder\s+dan|"
                 r"до|не\s+больше|не\s+более|максимум|меньше|не\s+більше|менше|do|maksymalnie|maks|poniżej|"
                 r"cheaper\s+than|no\s+(?:more\s+)?(?:expensive|pricier|dearer)\s+than|not\s+(?:more\s+)?(?:expensive|pricier)\s+than|"
                 r"не\s+дороже|дешевле|не\s+дорожче|дешевше|günstiger\s+als|billiger\s+als|nicht\s+teurer\s+als|moins\s+cher\s+que|"
                 r"pas\s+plus\s+cher\s+que|más\s+barato\s+que|no\s+más\s+caro\s+que|mais\s+barato\s+(?:que|do\s+que)|"
                 r"meno\s+caro\s+di|più\s+economico\s+di|goedkoper\s+dan|taniej\s+niż|nie\s+droższ\w+\s+niż|"
                 r"en\s+fazla|sampai|hingga|maksimal|di\s+bawah|tối\s+đa|dưới|最多|不超过|不超過|최대")
_LOWER_BEFORE = (r"from|at\s+least|over|above|min(?:imum)?|more\s+than|a\s+partir\s+de|desde|pelo\s+menos|no\s+mínimo|"
                 r"mais\s+de|como\s+mínimo|mínimo|à\s+partir\s+de|au\s+moins|plus\s+de|almeno|più\s+di|"
                 r"ab|mindestens|über|mehr\s+als|vanaf|minstens|meer\s+dan|от|не\s+меньше|не\s+менее|минимум|больше|"
                 r"від|не\s+менше|od|co\s+najmniej|powyżej|en\s+az|minimal|di\s+atas|tối\s+thiểu|trên|至少|最少|최소")
# ... and the postpositions that do it after the number: Turkish "'e kadar", Japanese and Chinese "以下"/"まで"/"以上",
# Korean "까지"/"이하"/"이상"
_UPPER_AFTER = r"['’]?\s?(?:[ae]|y[ae]|[dt][ae])?\s?kadar|['’]?\s?[dt][ae]n\s+(?:daha\s+)?ucuz|\s?(?:以下|以内|まで|까지|이하)"
_LOWER_AFTER = r"['’]?\s?(?:[dt][ae]n)\s+(?:fazla|yukarı)|\s?(?:以上|이상)"
_CURRENCY = r"(?:\s?[^\W\d_]{1,10}\.?|\s?[$€£¥₹₽₴₺])?"
_SAID = (("max", re.compile(rf"(?:^|(?<=\W))(?:{_UPPER_BEFORE})\s+[$€£¥₹₽₴₺R]*\$?\s?{_NUMBER}(?!\d)", re.I)),
         ("min", re.compile(rf"(?:^|(?<=\W))(?:{_LOWER_BEFORE})\s+[$€£¥₹₽₴₺R]*\$?\s?{_NUMBER}(?!\d)", re.I)),
         ("max", re.compile(rf"{_NUMBER}{_CURRENCY}(?:{_UPPER_AFTER})", re.I)),
         ("min", re.compile(rf"{_NUMBER}{_CURRENCY}(?:{_LOWER_AFTER})", re.I)))
# A field's own words for each end (its label, hint or id; a word alone, or the label's whole text for short ones)
_FIELD_WORDS = {
    "max": frozenset("max maximum maximo maxima máximo máxima massimo massima maximal maximale höchst höchstpreis "
                     "maks maksimum maksimal макс максимум максимальная максимальный максимальна найбільше "
                     "đa 最高 上限 最大 최대 최고 upper highest".split()),
    "min": frozenset("min minimum minimo minima mínimo mínima minimal minimale mindest mindestpreis mín "
                     "minimum minimalna мин минимум минимальная минимальный мінімальна мінімум "
                     "thiểu 最低 下限 最小 최소 최저 lower lowest".split()),
}
_WHOLE = {"max": frozenset("to bis até hasta à a do до tot".split()),
          "min": frozenset("from von de desde od от від vanaf".split())}
_TOKEN = re.compile(r"[^\W_]+")


def said_limits(task: str) -> dict[str, str]:
    """{"max" / "min": the digits} of the limits the task says (module docstring)."""
    found: dict[str, str] = {}
    for end, pattern in _SAID:
        m = pattern.search(task)
        if m and end not in found:
            digits = re.sub(r"[\s.,]", "", re.sub(r"[.,]\d{2}$", "", m["n"].strip()))
            if (whole := scaled(m["n"], task[m.end("n"):])) is not None:  # "не дороже 40 тысяч": 40000
                found[end] = whole
                continue
            if digits.isdigit() and not _year_or_time(task, m):
                found[end] = digits
    return found


def _year_or_time(task: str, m: re.Match[str]) -> bool:
    """"until 2025", "bis 18 Uhr", "до 10:30": a time or a date is bounded, no filter's number."""
    after = task[m.end("n"):m.end("n") + 6]  # ... and "5万円", "2k", "3 mil": a multiplier the digits do not say
    return bool(re.match(r"\s?(?::\d|h\b|uhr|час|o'?clock|am\b|pm\b|時|点|시|万|萬|千|億|亿|만|천|k\b|mil\b|тыс|lakh|crore)",
                         after, re.I)) or (
        len(m["n"]) == 4 and m["n"].startswith(("19", "20")))


def _ends(screen: Screen, element: int) -> set[str]:
    label = normalize(screen.labels.get(element, ""))
    shown = normalize(screen.editable.get(element, ""))
    rid = normalize(screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1].replace("_", " "))
    tokens = set(_TOKEN.findall(f"{label} {shown} {rid}"))
    return {end for end, names in _FIELD_WORDS.items() if tokens & names} | {
        end for end, names in _WHOLE.items() if label in names or shown in names}


def _free(screen: Screen, element: int) -> bool:
    """Empty, or showing its placeholder: a word of an end alone ("Máximo", "Max", "До") or no digit at all."""
    shown = screen.editable.get(element, "").strip()
    return not shown or not any(c.isdigit() for c in shown)


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type each limit the task says into its empty end field, above the rest (in place)."""
    limits = said_limits(task)
    if not limits or not out:
        return
    said = set(_TOKEN.findall(normalize(task)))
    top = max(c.score for c in out)
    for end, digits in limits.items():
        fields = [e for e in screen.editable if e in screen.actionable and end in _ends(screen, e) and
                  len(_ends(screen, e)) == 1]
        if not fields or any(digits in re.sub(r"[\s.,]", "", shown) for shown in screen.editable.values()):
            continue
        named = [e for e in fields if set(_TOKEN.findall(normalize(screen.labels.get(e, "")))) - _FIELD_WORDS[end] & said]
        element = (named or fields)[0]
        if not _free(screen, element):
            continue
        raise_or_add(out, make, {"kind": "type", "element": element, "text": digits},
                     f'type "{digits}" into [{element}] {screen.labels.get(element, "")}', top + 0.5)
