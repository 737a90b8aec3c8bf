"""A count's condition on a value each row shows: "rated 4.5 or higher", "at least 4 stars", "under $20",
"more than 2 km away", "longer than 90 minutes".

The value is of a kind rows show (a rating, a price, a distance, a duration: answers.row_value), told by the unit
or word beside the number ("stars", "$", "km", "min") or by the task's "rated / rating"; a number with no such kind
("more than 3 emails") is no condition. Plain English comparison words and symbols (>=, ≥, <).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import answers

_N = (r"(?P<cur>[$€£¥₹]\s?)?(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>stars?\b|★|/\s*5\b|km\b|kms\b|kilomet(?:er|re)s?\b|"
      r"mi\b|miles?\b|min(?:ute)?s?\b|hours?\b|hrs?\b|€|\$|£|euros?\b|dollars?\b|bucks\b)?")
_UP = r"higher|more|above|better|over|up|greater|bigger|longer"
_DOWN = r"lower|less|below|under|fewer|worse|cheaper|smaller|shorter"
_AFTER = re.compile(rf"{_N}\s+(?:or|and)\s+(?P<dir>{_UP}|{_DOWN})\b", re.I)  # "4.5 or higher", "$20 or less"
_AT = re.compile(r"(?P<dir>\bat least|\bno (?:less|fewer|lower) than|\bnot (?:less|lower) than|\bminimum(?: of)?|≥|>=|"
                 rf"\bat most|\bno (?:more|higher) than|\bnot more than|\bmaximum(?: of)?|≤|<=)\s*{_N}", re.I)
_BEYOND = re.compile(rf"(?P<dir>\b(?:more|higher|greater|better|longer|bigger) than|\bover|\babove|>|"
                     rf"\b(?:less|lower|fewer|worse|shorter|smaller|cheaper) than|\bunder|\bbelow|<)\s*{_N}", re.I)
_RATED = re.compile(r"\b(?:rated|rating|ratings|stars?|reviewed|scores?)\b|★", re.I)
_MOST = re.compile(r"at most|no (?:more|higher)|not more|maximum|≤|<=", re.I)


@dataclass(frozen=True)
class Threshold:
    """Rows whose ``kind`` value is ``op`` (>=, >, <=, <) ``value`` (metres for a distance, minutes for a duration)."""

    kind: str
    op: str
    value: float

    def passes(self, label: str) -> bool | None:
        """Whether a row's value meets the condition; None when the row shows no value of the kind."""
        found = answers.row_value(self.kind, label)
        if found is None:
            return None
        eps = 1e-9
        return {">=": found >= self.value - eps, ">": found > self.value + eps, "<=": found <= self.value + eps,
                "<": found < self.value - eps}[self.op]


def _kind(m: re.Match[str], task: str) -> str | None:
    unit = (m.group("unit") or "").lower()
    if m.group("cur") or unit in ("€", "$", "£") or re.match(r"euro|dollar|buck", unit):
        return "price"
    if re.match(r"star|★|/", unit):
        return "rating"
    if re.match(r"km|kilomet|mi\b|mile", unit):
        return "distance"
    if re.match(r"min|hour|hr", unit):
        return "duration"
    near = _RATED.search(task[max(0, m.start() - 30):m.end() + 30])
    return "rating" if near or (_RATED.search(task) and "." in m.group("n")) else None  # "4.5": a rating's decimal


def _value(kind: str, m: re.Match[str]) -> float | None:
    number = answers.number(m.group("n"))
    if number is None:
        return None
    unit = (m.group("unit") or "").lower()
    if kind == "distance":
        return number * (1609.0 if unit.startswith("mi") else 1000.0)
    if kind == "duration" and unit.startswith(("hour", "hr")):
        return number * 60
    return number


def threshold(task: str) -> Threshold | None:
    """The condition a count puts on a value rows show ("rated 4.5 or higher" -> rating >= 4.5); None when none."""
    for pattern in (_AFTER, _AT, _BEYOND):
        for m in pattern.finditer(task):
            kind = _kind(m, task)
            number = _value(kind, m) if kind else None
            if number is None:
                continue
            said = m.group("dir").lower()
            up = bool(re.search(_UP, said)) or said in (">", ">=", "≥") or "least" in said or "minimum" in said or \
                bool(re.search(r"no (?:less|fewer|lower)|not (?:less|lower)", said))
            if _MOST.search(said):
                up = False
            inclusive = pattern is not _BEYOND
            return Threshold(kind, (">=" if inclusive else ">") if up else ("<=" if inclusive else "<"), number)
    return None
