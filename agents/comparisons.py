"""A choice between two named things: "which is bigger, A or B?", "A vs B, cheaper one?".

The question names two things and a comparative ("bigger", "takes up more space", "cheaper", "costs
less", "closer", "better rated"). Each thing's value of that kind is read where it shows: on the row
or the page that names it ("a.pdf | Documents · 1.1 MB", "$24.00", "0.8 km", "4.5 ★"), in any unit
or currency (answers.row_value), and kept in the notes (one screen may show only one of them). Once
both are known the answer is the winner's name; until then no other answer is given and the thing
not yet read is searched for (as is the value a reverse look-up gives, agents/owners.py). Plain English comparatives and list conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from . import owners
from .answers import row_value
from .fields import SEARCH
from .text import normalize, words

PREFIX = "compared "  # the notes' key of a thing's value read so far ("compared a.pdf": "1100000.0")
_COMPARATIVES = (
    (r"\b(?:bigger|larger|heavier|(?:takes?|taking|uses?|using|needs?) (?:up )?more (?:space|storage|room|memory))\b",
     "size", max),
    (r"\b(?:smaller|lighter|(?:takes?|taking|uses?|using|needs?) (?:up )?less (?:space|storage|room|memory))\b",
     "size", min),
    (r"\b(?:cheaper|costs? less|less expensive|lower[- ]priced|lower price|more affordable|less money)\b", "price", min),
    (r"\b(?:dearer|pricier|costs? more|more expensive|higher[- ]priced|higher price|more money)\b", "price", max),
    (r"\b(?:closer|nearer|less far)\b", "distance", min),
    (r"\b(?:farther|further away|more distant)\b", "distance", max),
    (r"\b(?:better|higher)[- ]rated\b|\brated (?:higher|better)\b|\b(?:better|higher) (?:rating|score|reviews)\b",
     "rating", max),
    (r"\b(?:worse|lower)[- ]rated\b|\brated (?:lower|worse)\b|\b(?:worse|lower) (?:rating|score|reviews)\b", "rating", min),
)
_QUOTED = re.compile(r"[\"“]([^\"”]{1,80})[\"”]")
_ITEM = r"(?:(?!\.\s)[^,:;?!()]){2,60}?"
_END = r"\s*(?=[?,;:!()]|\.(?:\s|$)|$)"
_PAIRS = (re.compile(rf"\bbetween\s+(?:the\s+)?(?P<a>{_ITEM})\s+and\s+(?:the\s+)?(?P<b>{_ITEM}){_END}", re.I),
          re.compile(rf"(?:[,:;(]\s*|^\s*|\.\s+)(?:the\s+)?(?P<a>{_ITEM})\s+(?:or|vs\.?|versus|/)\s+(?:the\s+)?"
                     rf"(?P<b>{_ITEM}){_END}", re.I))
_LEAD = re.compile(r"^(?:is|are|does|do|was|were)\s+|^(?:which|what|who)\b.*\b(?:is|are|costs?|takes?|uses?|one)\s+|^(?:the\s+)?(?:file|item|product|"
                   r"place|one|photo|app)\s+", re.I)
_TRAIL = re.compile(r"\s+(?:in|on|at|from)\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+app)?|my \w+|the \w+ app)\s*$")


def key(task: str) -> tuple[str, Callable[..., Any]] | None:
    """("price", min) for "which is cheaper": the value compared and which end wins."""
    for pattern, kind, best in _COMPARATIVES:
        if re.search(pattern, task, re.I):
            return kind, best
    return None


def pair(task: str) -> tuple[str, str] | None:
    """The two things a comparison names: quoted, else "A or B" / "between A and B" / "A vs B" / "A / B"."""
    if key(task) is None:
        return None
    quoted = [q.strip() for q in _QUOTED.findall(task) if q.strip()]
    if len(quoted) == 2:
        return quoted[0], quoted[1]
    for m in (m for pattern in _PAIRS for m in pattern.finditer(task)):
        a, b = (_TRAIL.sub("", _LEAD.sub("", _before_comparative(m.group(g)))).strip(" \"'") for g in ("a", "b"))
        if a and b and key(a) is None and key(b) is None and len(a.split()) <= 6 and len(b.split()) <= 6 \
                and not re.match(r"(?:which|what|who)\b", b, re.I):
            return a, b
    return None


def _before_comparative(text: str) -> str:
    """ "Ice Rink better rated" -> "Ice Rink": the thing's name without the comparative said after it."""
    cut = min((m.start() for pattern, _, _ in _COMPARATIVES for m in [re.search(pattern, text, re.I)] if m),
              default=len(text))
    return re.sub(r"\s+(?:is|are|was|one|costs?|takes?|the|a)$", "", text[:cut].strip(), flags=re.I)


def _plain(line: str) -> str:
    m = re.match(r'\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$', line)
    return (m.group(1) or "").strip() if m else line.strip()


def values_shown(task: str, lines: Sequence[str]) -> dict[str, float]:
    """Each named thing's value on this screen: on its row, or on its own page (its title line, then the facts)."""
    found = key(task)
    names = pair(task)
    if found is None or names is None:
        return {}
    kind = found[0]
    texts = [_plain(line) for line in lines]
    out: dict[str, float] = {}
    for name in names:
        wanted = normalize(name)
        for index, text in enumerate(texts):
            if wanted not in normalize(text) or lines[index].lstrip().startswith("[") and "field" in lines[index]:
                continue  # a search box holding the name is no row of it
            value = row_value(kind, text)
            if value is None and lines[index].startswith("    "):  # its page: the title, then its facts
                value = next((v for t in texts[index + 1:index + 10] if (v := row_value(kind, t)) is not None), None)
            if value is not None:
                out[name] = value
                break
    return out


def remember(task: str, lines: Sequence[str]) -> dict[str, str]:
    """Notes of each named thing's value read on this screen (kept for when the other one shows)."""
    return {f"{PREFIX}{name}": repr(value) for name, value in values_shown(task, lines).items()}


def known(task: str, lines: Sequence[str], notes: dict[str, str]) -> dict[str, float]:
    names = pair(task) or ()
    kept = {name: float(notes[f"{PREFIX}{name}"]) for name in names if f"{PREFIX}{name}" in notes}
    return {**kept, **values_shown(task, lines)}


def answer(task: str, lines: Sequence[str], notes: dict[str, str]) -> str | None:
    """The winner's name once both things' values are known (a tie answers nothing)."""
    found, names = key(task), pair(task)
    if found is None or names is None:
        return None
    values = known(task, lines, notes)
    if len(values) < 2 or values[names[0]] == values[names[1]]:
        return None
    return found[1](names, key=lambda n: values[n])


def adjust(candidates: list[Any], task: str, lines: Sequence[str], notes: dict[str, str], editable: dict[int, str],
           labels: dict[int, str], make: Callable[[dict[str, Any], str, float], Any]) -> str | None:
    """The winner's name once both values are known; until then no answer is given and the thing not yet
    read is typed into a search box (added to ``candidates``)."""
    names = pair(task)
    if names is None:  # "whose number is +1 555 0100?": the number typed into the search box
        _search(candidates, owners.asked_value(task), editable, labels, make)
        return None
    values = known(task, lines, notes)
    if len(values) == 2:
        return answer(task, lines, notes)
    for c in candidates:
        if c.action.get("kind") == "done" and c.action.get("answer"):
            c.score -= 5.0
    _search(candidates, next((n for n in names if n not in values), None), editable, labels, make)
    return None


def _search(candidates: list[Any], wanted: str | None, editable: dict[int, str], labels: dict[int, str],
            make: Callable[[dict[str, Any], str, float], Any]) -> None:
    """Type ``wanted`` into the screen's search box unless it holds it already."""
    for element, current in editable.items():
        if wanted and words(labels.get(element, ""), stopwords=frozenset()) & SEARCH and \
                normalize(wanted) != normalize(current or ""):
            candidates.append(make({"kind": "type", "element": element, "text": wanted},
                                   f'type "{wanted}" into [{element}] {labels.get(element, "")}', 4.5))
