"""Superlative tasks over a list: "the best-rated ramen place", "the cheapest phone case", "the nearest cafe".

Real result lists (Google Maps, Amazon, Play Store) run longer than a screen and are rarely sorted by
what the task ranks by, so the row to act on is chosen only once it is known to be the best:
1. the list is narrowed to the category the task names, typed into the search box ("Ramen");
2. it is sorted by the task's key when a sort control offers it ("Sort by: Rating", "Price: low to
   high", a "Sort" button and then its option); a list so sorted shows its best row among the first;
3. otherwise it is read to its end, the best row seen kept in the notes (``BEST``), and scrolled back
   to when that row went by.
Rows are compared by the value each shows ("4.5 ★", "Rated 4.5 out of 5", "$12.99", "12,99 €", "0.8 km").
Material / Android conventions and plain English task grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import answers, counting, pickers, ranked_by
from .candidate_lists import raise_or_add
from .comparisons import PREFIX
from .dates import find_dates
from .fields import SEARCH
from .goal import first_word, parse_goal
from .perceptor import Screen
from .ranked import Ranked
from .text import normalize, words

RANK_WORDS = frozenset(words("best worst rated rating cheapest nearest closest highest lowest top most least "
                             "expensive largest biggest smallest newest latest", stopwords=frozenset()))
BEST = "best row seen"  # the notes' key for the best row read so far (a label, not a value to pass on)

_SUPERLATIVE_WORDS = (r"(?:best|highest|top|worst|lowest)[- ]rated|cheapest|least expensive|most expensive|dearest|"
                      r"nearest|closest|farthest|furthest|largest|biggest|smallest")
# "in the Garden tools category", "from the Outdoor section"
_CATEGORY_OF = re.compile(r"\b(?:in|from|of)\s+(?:the\s+)?(?P<c>[\w'&-]+(?:\s+[\w'&-]+){0,2}?)\s+(?:category|section|department|"
                          r"aisle)\b", re.I)
# "the cheapest thing in Phone cases on Shop", "... in Kitchen in the shop?", "... in Toys, ship it to":
# a part named in capitals, then the app it is in or the clause's end
_CATEGORY_IN = re.compile(rf"\b(?:{_SUPERLATIVE_WORDS})\s+(?:thing|item|product|one|article)s?\s+in\s+(?:the\s+)?"
                          r"(?P<c>(?-i:[A-Z])[\w'&-]*(?:\s+[\w'&-]+){0,2}?)(?:\s+(?:on|in|at|from)\s+(?:(?-i:[A-Z])|the\b|my\b)"
                          r"|\s*(?:[?,;!]|\.(?:\s|$)|$))", re.I)
# "the best-rated Ramen restaurant", "the cheapest Garden product": the capitalised words after it
_CATEGORY_AFTER = re.compile(rf"\b(?:{_SUPERLATIVE_WORDS}|best|top)\s+(?P<c>(?:[A-Z][\w'&-]*\s?)+)")
SORT = frozenset(words("sort sorted sorting order sortieren sortiert sortierung ordenar trier tri ordina ordinare "
                        "ordenação 排序 並べ替え 정렬 сортировка", stopwords=frozenset()))
# The words of a sort option or a sort label for each key (and direction for prices), several languages.
_KEY_WORDS = {
    "rating": frozenset(words("rating ratings rated review reviews stars customer bewertung bewertungen "
                              "note notes avis valoración calificación valutazione 評価 평점 рейтинг", stopwords=frozenset())),
    "price": frozenset(words("price prices preis prix precio prezzo preço 価格 가격 цена", stopwords=frozenset())),
    "distance": frozenset(words("distance nearest closest entfernung distancia distanza 距離 거리 расстояние",
                                stopwords=frozenset())),
    "size": frozenset(words("size größe taille tamaño", stopwords=frozenset())),
}
_ASCENDING = re.compile(r"low(?:est)?\s*(?:to|-|–|→)\s*high|\blowest\b|\bascending\b|aufsteigend|niedrigste|"
                        r"croissant|ascendente|smallest|\bmin", re.I)
_DESCENDING = re.compile(r"high(?:est)?\s*(?:to|-|–|→)\s*low|\bhighest\b|\bdescending\b|absteigend|höchste|"
                         r"décroissant|descendente|largest|\bmax", re.I)
_LINE = re.compile(r'^\[(\d+)\]\s+\S+\s+"(.*)"')


_LOOKING = frozenset("open show find view see check go look tap select pick choose sort".split())  # no act on a row


@dataclass
class Choice:
    """What a superlative task does on this screen: the row to tap once it is known to be the best,
    else other steps (type the category, sort, scroll) as (action, text, score)."""

    row: int | None = None
    steps: list[tuple[dict[str, Any], str, float]] = field(default_factory=list)
    settled: bool = False  # the best row is known (sorted, or the list read to its end)
    ranks: bool = True  # False: only narrows a list for a count ("how many Ramen places rated 4.5 or more")


def key_of(task: str) -> tuple[str, bool] | None:
    """("price", False) for "cheapest": the value ranked by and whether the largest wins."""
    for pattern, kind, best in answers.RANKED:
        if pattern.search(task):
            return kind, best is max
    return None


def category_phrase(task: str, app_words: set[str] = frozenset()) -> str:
    """The category a superlative task names, to type into a search box ("" when none is named)."""
    m = _CATEGORY_OF.search(task) or _CATEGORY_IN.search(task) or _CATEGORY_AFTER.search(task)
    if not m:
        return ""
    phrase = m.group("c").strip()
    return "" if words(phrase) <= app_words else phrase  # "the cheapest in Shop" names no category


def facts(notes: dict[str, str]) -> dict[str, str]:
    """The notes that are values to answer with or pass on (the best row seen is neither)."""
    return {k: v for k, v in notes.items() if k != BEST and not k.startswith(PREFIX)}


def remember(task: str, lines: Sequence[str], notes: dict[str, str]) -> dict[str, str]:
    """The notes' best row after reading ``lines``: the better of the one kept and this screen's."""
    if key_of(task) is None:
        return {}
    category = words(category_phrase(task))
    rows = {int(m.group(1)): m.group(2) for m in map(_LINE.match, lines) if m}
    if notes.get(BEST):
        rows[-1] = notes[BEST]
    best = answers.ranked_row(task, rows, set(), category) if category else _ranked_any(task, rows)
    return {BEST: rows[best]} if best is not None and best != -1 else {}


def _done_to_best(task: str, since: Sequence[dict[str, Any]]) -> bool:
    """The task's own verb was pressed on a ranked row in this app ("Remove X", "Add to cart"): the act is done."""
    verbs = parse_goal(task).verbs - _LOOKING
    for entry in since:
        label = entry.get("line", "").split("] ", 1)[-1]
        if entry.get("kind") == "tap" and entry.get("outcome") == "success" and first_word(label) in verbs:
            return True
    return False


def _items(screen: Screen, kind: str, verbs: set[str]) -> dict[int, str]:
    """Each control's label; a control drawn apart from the row it belongs to (a cart's "Remove X" beside "X | Qty 1 ·
    $46.49", a row that is no control itself) says that row's values too when it does the task's act ("remove the
    cheapest": its Remove; "text Bo the priciest item's name": no Remove is pressed to read it)."""
    labels = {i: screen.labels.get(i, "") for i in screen.actionable if i not in screen.editable}
    own = {normalize(label) for label in labels.values()}
    return {i: label if not (row := screen.context.get(i, "")) or normalize(row) in own or first_word(label) not in verbs
            or answers.value_in(kind, label) is not None else f"{label} | {row}" for i, label in labels.items()}


def choose(task: str, screen: Screen, since: Sequence[dict[str, Any]], notes: dict[str, str],
           category: set[str], topic: set[str], app_words: set[str] = frozenset()) -> Choice | None:
    """The superlative's step on this screen; None when the task ranks nothing or the screen lists no rows."""
    key = key_of(task)
    if key is None:
        return _narrowed(task, screen, since)
    if _done_to_best(task, since):
        return Choice(settled=True)  # "remove the cheapest": removed; the next cheapest is no part of the task
    choice = Choice()
    if key[0] in ("count", "frequency"):  # "pin the Signal chat with the most unread messages": no word is a kind
        category = words(category_phrase(task, app_words))
    rows = _items(screen, key[0], parse_goal(task).verbs - _LOOKING)
    if (on_day := _day_rows(task, screen, rows)) is not None and (on_day or key[0] != "frequency"):
        rows = on_day  # "the longest of my events on Friday": that day's rows only
        category = category - words(" ".join(said for said, _ in find_dates(task, pickers.reference_day(screen))))
    phrase = category_phrase(task, app_words)
    searched = any(h.get("kind") == "type" for h in since)
    for element_id, current in screen.editable.items():
        label = f"{screen.labels.get(element_id, '')} {screen.context.get(element_id, '')} {current}"  # or its hint
        if phrase and not searched and words(label, stopwords=frozenset()) & SEARCH and \
                normalize(phrase) not in normalize(current):
            choice.steps.append(({"kind": "type", "element": element_id, "text": phrase},
                                 f'type "{phrase}" into [{element_id}] {screen.labels.get(element_id, "")}', 4.0))
    ranked_rows = {i: label for i, label in rows.items() if not words(label, stopwords=frozenset()) & SORT}
    best = answers.ranked_row(task, ranked_rows, topic, category)
    scrollable = _more_below(screen, ranked_rows)
    sorted_now = _sorted_by(screen, key, since)
    ended = not scrollable or _list_ended(since)
    menu_open = bool(since) and since[-1].get("kind") == "tap" and bool(words(since[-1].get("line", "")) & SORT)
    if not sorted_now and (menu_open or best is not None):  # an open sort menu's option, or a chip ("Top rated")
        choice.steps += [({"kind": "tap", "element": i}, f"tap [{i}] {label}", 4.5) for i, label in rows.items()
                         if _names_key(label, key) and not words(label, stopwords=frozenset()) & SORT]
    if best is None and key[0] == "frequency":  # "whoever called me the most times": the log of past calls first
        selected = {i for i in rows if any(line.startswith(f"[{i}]") and "selected" in line.rsplit("(", 1)[-1]
                                           for line in screen.lines)}
        choice.steps += [({"kind": "tap", "element": i}, f"tap [{i}] {rows[i]}", 3.5)
                         for i in ranked_by.history_tabs(rows, selected)]
    if best is None and not scrollable:
        return choice if choice.steps else None
    if not sorted_now and not ended:
        choice.steps += [({"kind": "tap", "element": i}, f"tap [{i}] {label}", 3.8) for i, label in rows.items()
                         if words(label, stopwords=frozenset()) & SORT and len(label.split()) <= 6]
    ended = not scrollable or _list_ended(since)
    kept = notes.get(BEST, "")
    if sorted_now or ended:
        choice.settled = True
        if kept and (best is None or _better(task, kept, ranked_rows[best], category)):
            visible = next((i for i, label in ranked_rows.items() if normalize(label) == normalize(kept)), None)
            if visible is not None:
                choice.row = visible
                return choice
            if scrollable:
                choice.steps.append(({"kind": "swipe", "direction": "up"}, "scroll up to the best row seen", 3.6))
                return choice
            # a whole list on screen without the row kept: that row was another list's (the shop's, not the cart's)
        choice.row = best
        return choice
    if best is not None or category:
        choice.steps.append(({"kind": "swipe", "direction": "down"}, "scroll down to read the whole list", 3.4))
    return choice


def apply(out: list[Ranked], ranking: Choice | None, asked: answers.Asked | None, screen: Screen,
          make: Callable[[dict[str, Any], str, float], Ranked]) -> list[Ranked]:
    """Add the steps towards a superlative's row (search, sort, scroll) to ``out``; a question is
    answered from that row only. Returns the list-reading steps, which repeat without penalty."""
    if ranking is None:
        return []
    steps = []
    for action, text, score in ranking.steps:
        steps.append(raise_or_add(out, make, action, text, score))
    if asked is not None and ranking.ranks:
        for c in out:
            if c.action.get("kind") == "done" and c.action.get("answer"):
                c.score -= 5.0  # a value on some row of the list is no answer
        said = answer_from(asked, screen.labels.get(ranking.row, "")) if ranking.row is not None else None
        if said:
            out.append(make({"kind": "done", "answer": said}, f"answer {said!r} and finish",
                            max(7.0, max(c.score for c in out) + 1.0)))
    return [c for c in steps if c.action.get("kind") == "swipe"]


def answer_from(question: answers.Asked, label: str) -> str | None:
    """A question's answer read on the chosen row: its name for "which", else the value asked."""
    if question.kind in ("name", "line"):
        return re.split(r"\s*[|·•\n]\s*|,\s", label, maxsplit=1)[0].strip() or None
    return answers.value_in(question.kind, label)


def _narrowed(task: str, screen: Screen, since: Sequence[dict[str, Any]]) -> Choice | None:
    """For a count of rows by a value they show: the kind counted typed into a search box first, as for a ranking."""
    ask = counting.count_asked(task)
    if ask is None or ask.over is None or not ask.kind or any(h.get("kind") == "type" for h in since):
        return None
    steps = [({"kind": "type", "element": i, "text": ask.kind}, f'type "{ask.kind}" into [{i}] {screen.labels.get(i, "")}',
              4.0) for i, current in screen.editable.items()
             if words(f"{screen.labels.get(i, '')} {screen.context.get(i, '')} {current}", stopwords=frozenset()) & SEARCH
             and normalize(ask.kind) not in normalize(current)]
    return Choice(steps=steps, ranks=False) if steps else None


def _day_rows(task: str, screen: Screen, rows: dict[int, str]) -> dict[int, str] | None:
    """The rows on the day the task names: all of a page that shows that day, else those dated it themselves (an
    agenda's "Fri, Mar 20 · 10:00"); None when the task names no day."""
    today = pickers.reference_day(screen)
    said = find_dates(task, today)
    if not said:
        return None
    day, shown = said[0][1], pickers.shown_day(screen, today)
    if shown == day:
        return rows
    dated = {i: [d for _, d in find_dates(label, today)] for i, label in rows.items()}
    if shown is None and not any(dated.values()):
        return None  # "the nearest cafe open today": no list of days
    return {i: label for i, label in rows.items() if day in dated[i]}


def _better(task: str, a: str, b: str, category: set[str]) -> bool:
    rows = {0: a, 1: b}
    best = answers.ranked_row(task, rows, set(), category) if category else _ranked_any(task, rows)
    return best == 0


def _ranked_any(task: str, rows: dict[int, str]) -> int | None:
    """The best of rows with a value, one row being enough (the notes' best against this screen's)."""
    rows = dict(rows)
    rows.setdefault(-2, "")
    return answers.ranked_row(task, rows, set())


def _names_key(label: str, key: tuple[str, bool]) -> bool:
    """A sort option for the key: "Price: low to high", "Rating", "Distance" (few words, no digits)."""
    kind, largest = key
    own = words(label, stopwords=frozenset())
    if not own & _KEY_WORDS.get(kind, frozenset()) or len(own) > 5 or re.search(r"\d", label):
        return False
    if kind in ("price", "size"):
        return bool((_DESCENDING if largest else _ASCENDING).search(label))
    return not (_ASCENDING if largest else _DESCENDING).search(label)


def _sorted_by(screen: Screen, key: tuple[str, bool], since: Sequence[dict[str, Any]]) -> bool:
    """The list is sorted by the key: a sort label says so ("Sort by: Rating"), or its option was chosen."""
    for element_id in screen.actionable:
        label = screen.labels.get(element_id, "")
        if words(label, stopwords=frozenset()) & SORT and _names_key(re.sub(r"(?i)^.*?\bsort\w*\s*(?:by)?\s*:?", "",
                                                                              label), key):
            return True
    for line in screen.lines:
        if "selected" in line.rsplit("(", 1)[-1] and (m := _LINE.match(line)) and _names_key(m.group(2), key):
            return True
    return any(h.get("kind") == "tap" and _names_key(h.get("line", "").split('"')[1] if '"' in h.get("line", "")
                                                      else "", key) for h in since)


def _list_ended(since: Sequence[dict[str, Any]]) -> bool:
    """A scroll down changed nothing since the list was last searched or sorted: its end is on screen."""
    for entry in reversed(since):
        if entry.get("kind") == "type" or (entry.get("kind") == "tap" and words(entry.get("line", "")) & SORT):
            return False
        if entry.get("kind") == "swipe" and "down" in entry.get("line", "") and entry.get("outcome") == "no_change":
            return True
    return False


def _more_below(screen: Screen, rows: dict[int, str]) -> bool:
    """A scrolling list that may hold more rows: its last row reaches its bottom edge (a list that
    ends in blank space above its bottom is all on screen)."""
    for element_id in screen.actionable:
        if not _is_scroll(screen, element_id):
            continue
        box = screen.bounds.get(element_id)
        inside = [screen.bounds[i] for i in rows if box and i != element_id and i in screen.bounds
                  and box[1] <= screen.bounds[i][1] and screen.bounds[i][3] <= box[3]]
        if not box or not inside:
            return True
        last = max(inside, key=lambda b: b[3])
        if last[3] + (last[3] - last[1]) >= box[3]:  # no room for another row below the last one
            return True
    return False


def _is_scroll(screen: Screen, element_id: int) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return "scrollable" in line.rsplit("(", 1)[-1]
