"""The item a repeated verb button acts on, when no row holds it.

A feed repeats the same buttons under every post ("Like", "Reply", "Repost", "Share"); a
Compose or WebView feed often draws them outside any row container, so the button carries no
row context, or a row as alike as the button ("Temporarily lock" beside each card's lock switch), and every
copy reads the same. Each copy belongs to the item listed before it: the
lines since the previous copy of the same button (author, text, its picture); the first copy's item starts at
the top of the list holding it, not with the toolbar and the page heading above ("Dairy & Eggs" names no item). "Repost
kiri.bakes's sourdough post" is the copy whose item names "kiri.bakes" and "sourdough", not
the first one on screen.

Inside rows the same holds: each account, app or person row carries its own copy ("송금", "Install",
"Follow"). When the task says the button's verb and names one row ("토스뱅크 통장에서 송금해줘", "install
Strava"), that row's copy is the action, above the row itself (which only opens its page); of rows naming
it alike, the one titled with the name the task says ("Açaí da Vila", not "Vila Açaí & Cia" whose item is
called so). A Romance verb said as an imperative ("pede") says the button's infinitive ("Pedir"). Without rows
alike (a React Native card and its icon drawn side by side), the copy after the item the task names is raised above
that item's own card when the task says every word of the copy ("simpan kerja ... Shah Alam": "Simpan kerja").
"""

from __future__ import annotations

import re
from typing import Any

from .endings import verb_meets
from .function_words import FUNCTION_WORDS
from .goal import parse_goal
from .perceptor import Screen
from .text import normalize, overlap, row_key, words

_ID = re.compile(r"^\[(\d+)\] ")
# A name the task says: capitalised words, short lower-case joiners between them ("Açaí da Vila", "Bar do Zé").
_NAMED = re.compile(r"(?<=\s)[^\W\d_a-zà-ÿ][\w'’]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)?[^\W\d_a-zà-ÿ][\w'’]*)+")


def owners(screen: Screen) -> dict[int, str]:
    """Each repeated button without a row (same label, two copies or more) -> the text of the item
    listed before it, since the previous copy."""
    ids = [int(m.group(1)) if (m := _ID.match(line)) else None for line in screen.lines]
    copies: dict[str, list[int]] = {}
    for position, element in enumerate(ids):
        if element is None or element not in screen.actionable or element in screen.editable \
                or element in screen.borrowed or "scrollable" in screen.lines[position].rsplit("(", 1)[-1]:
            continue  # a list named after its first row is no button
        label = normalize(screen.labels.get(element, ""))
        if label and len(label.split()) <= 3:
            copies.setdefault(label, []).append(position)
    out: dict[int, str] = {}
    for positions in copies.values():
        rows = {normalize(screen.context.get(ids[p] or -1, "")) for p in positions}
        if len(positions) < 2 or len(rows) > 1:
            continue  # rows that differ say whose copy it is (in_rows below); rows alike say nothing
        lists = [k for k in range(positions[0]) if "scrollable" in screen.lines[k].rsplit("(", 1)[-1]]
        start = lists[-1] + 1 if lists else 0  # the first item starts inside the list, below the page's bars and heading
        for position in positions:
            element = ids[position]
            if element is not None:
                out[element] = " ".join(_text(screen, ids[k], screen.lines[k]) for k in range(start, position))
            start = position + 1
    return out


def _text(screen: Screen, element: int | None, line: str) -> str:
    if element is None:
        return line.strip()
    return f"{screen.labels.get(element, '')} {screen.context.get(element, '')}"


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the copy of a repeated verb button whose item the task names (in place); only when
    exactly one item names more of the task than any other."""
    items = owners(screen)
    if not items:
        return
    goal = parse_goal(task)
    said, tokens = words(task), re.findall(r"[\w]+", normalize(task))
    fits: dict[int, float] = {}
    for element, text in items.items():
        own = words(screen.labels.get(element, ""))
        if not own & goal.words - FUNCTION_WORDS and not any(verb_meets(t, w) for t in tokens for w in own):
            continue  # only a button doing what the task says ("sem querer" says no "Sem estrela"; "guarda": "Guardar")
        fits[element] = goal.match(words(text) - own - goal.verbs)
    top = max((c.score for c in out), default=0.0)
    for label_group in _groups(screen, fits):
        best = max(fits[e] for e in label_group)
        winners = [e for e in label_group if fits[e] == best]
        if best > 0 and len(winners) == 1:
            item = normalize(items[winners[0]])
            item_score = max((c.score for c in out if c.action.get("kind") == "tap" and c.action.get("element") not in fits
                              and (label := normalize(screen.labels.get(c.action.get("element"), ""))) and label in item),
                             default=0.0)
            own = words(screen.labels.get(winners[0], ""))
            verb_said = all(w in said or any(verb_meets(t, w) for t in tokens) for w in own)
            for candidate in out:
                if candidate.action.get("kind") == "tap" and candidate.action.get("element") == winners[0]:
                    candidate.score += 1.0 + 0.25 * min(best, 4)  # the copy under the item the task names
                    if verb_said and item_score >= top:  # every word of the button said: its verb, not opening the
                        candidate.score = max(candidate.score, top + 0.5)  # item ("simpan kerja ... Shah Alam")


def _groups(screen: Screen, fits: dict[int, float]) -> list[list[int]]:
    by_label: dict[str, list[int]] = {}
    for element in fits:
        by_label.setdefault(normalize(screen.labels.get(element, "")), []).append(element)
    return [group for group in by_label.values() if len(group) >= 2]


def in_rows(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the copy of a per-row verb button (same label in two rows or more) whose row the task
    names best, when the task says the button's words and nothing on screen fits it better than that
    row (in place)."""
    said = words(task)
    tokens = re.findall(r"[\w]+", normalize(task))
    phrases = [normalize(p) for p in _NAMED.findall(task) if p[0].isupper()]  # scripts with capitals only
    copies: dict[str, list[int]] = {}
    for element in screen.actionable:
        label = normalize(screen.labels.get(element, ""))
        if label and screen.context.get(element) and len(label.split()) <= 3 and element not in screen.editable \
                and element not in screen.borrowed:
            copies.setdefault(label, []).append(element)
    top = max((c.score for c in out), default=0.0)
    for label, group in copies.items():
        own = words(label)
        if len(group) < 2 or not own or not all(w in said or any(verb_meets(t, w) for t in tokens) for w in own):
            continue  # the button's words said ("pede de novo": "Pedir de novo")
        fits = {e: overlap(words(screen.context[e]) - own, said) for e in group}
        best = max(fits.values())
        winners = [e for e in group if fits[e] == best]
        titled = [e for e in winners if any(p in normalize(screen.context[e].split(" | ", 1)[0]) for p in phrases)]
        winners = titled if len(winners) > 1 and len(titled) == 1 else winners  # the row titled with the name said
        row = row_key(screen.context[winners[0]])  # the row's texts in any order
        row_score = max((c.score for c in out if c.action.get("kind") == "tap"
                         and row_key(screen.labels.get(c.action.get("element"), "")) == row), default=0.0)
        if best > 0 and len(winners) == 1 and (row_score >= top or winners == titled):  # the row the task names most
            for candidate in out:
                if candidate.action.get("kind") == "tap" and candidate.action.get("element") == winners[0]:
                    candidate.score = max(candidate.score, top + 0.5)  # the named row's own verb button
