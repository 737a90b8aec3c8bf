"""Counting rows and picking the latest: "how many unread emails", "how many alarms are on",
"how many of my notes mention X", "who called me last".

A count is read from the list itself: the repeated rows of the screen (elements of one class and
size, stacked or in a grid; tab bars, toolbars and the floating button are not rows), those that
show the task's marks (a state word such as "unread" or "missed", a quoted word, a date) or, for
"switched on", the switches in that state. The count is trusted when the page is about the thing
counted (its noun or the place the task names shows in the title, a selected tab or the rows).
A list that scrolls is read to its end first. A count the page states outright for the same
thing ("3 unread", a chip "Unread (3)", "12 items" under the folder's title) wins over the rows.
States are matched as meanings: "favourites" is the star a row shows, "Ungelesen" and "未読" are
unread (the glossary's row states, agents/ui_glossary.py); a count asked in another language
(agents/count_leads.py) counts the rows showing the states it names. English question grammar
otherwise, and Material list conventions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import count_leads, row_badges, thread_counts, ui_glossary
from .perceptor import Screen
from .ranked import Ranked
from .text import normalize, words
from .thresholds import Threshold, threshold

_HOW_MANY = re.compile(r"\bhow many\b(?!\s+stars\b)(?:\s+of\s+(?:my|the|your|all)\b)?\s*(?P<rest>[^?]*)"
                       r"|\b(?:the\s+)?number of\s+(?P<rest2>[^?]*)|^\s*(?:please\s+)?count\s+(?P<rest3>[^?]*)"
                       r"|\b(?:my|the|your)\s+(?P<rest4>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+count\b", re.I)  # "my unread count"
# States a row shows in words (Material lists write them as a label or a content description).
_STATES = frozenset(words("unread read missed incoming outgoing starred unstarred pinned muted archived favourite "
                          "favorite blocked flagged important shared draft drafts pending completed done overdue "
                          "upcoming active inactive expired failed declined accepted online offline new unanswered "
                          "rejected cancelled canceled", stopwords=frozenset()))
_NOW = r"(?:(?:actually|really|currently|still|now|all)\s+(?=(?:on|off|enabled|disabled|active)\s*(?:[?.!,;]|$|right now\b|now\b|at the moment\b)))?"
# "alarms are actually on?", "are still on right now": a state said with an adverb ends the clause ("still on sale" is none)
_ON = re.compile(r"\b(?:switched|turned|set)\s+on\b|\b(?:are|is)\s+" + _NOW + r"(?:on|enabled|active)\b(?!\s+(?:my|the|your|our|it|this|"
                 r"that|a|an|his|her|their)\b)|\benabled\b", re.I)  # "items are on my list" says where
_OFF = re.compile(r"\b(?:switched|turned|set)\s+off\b|\b(?:are|is)\s+" + _NOW + r"(?:off|disabled)\b|\bdisabled\b", re.I)
_QUOTED = re.compile(r"[\"“«„']([^\"”»“']{1,80})[\"”»“']")
_SCOPE = re.compile(r"\b(?:in|on|inside|under|from)\s+(?:(?:my|the|your)\s+|(?=(?:note|list|album|folder|playlist|chat|group)\s+"
                    r"(?-i:[A-Z])))(?P<place>[^,.?]+)", re.I)  # "in my Travel album", terse "in note Groceries"
_MARKED = re.compile(r"\b(?:mention(?:s|ing)?|contain(?:s|ing)?|say(?:s|ing)?|with|about|have|has|that are|are)\s+"
                     r"(?P<mark>[^?]+)", re.I)
_SAYING = re.compile(r"\b(?:mention(?:s|ing)?|contain(?:s|ing)?|say(?:s|ing)?|about|with)\s+(?:the\s+words?\s+)?"
                     r"(?P<said>[^\s,.?!]+)", re.I)
_ITS_OWN = re.compile(r"\b(?:does|do|did|can)\s+(?:it|they|this|that)\s+(?:have|hold|contain|include|store|keep)\b"
                      r"|\b(?:are|is)\s+(?:on|in)\s+(?:it|there|this|that)\b", re.I)  # "how many things are on it"
# "my Weekend album", "the Travel folder": its name (capitalised) and one head noun
_HOLDER_BEFORE = re.compile(r"\b(?i:my|the|your|our|this|that|a|an)\s+((?:[A-Z][\w'’\-]*\s+)*[a-z][\w\-]*)")
_NO_PLACE = frozenset(words("phone device browser app right now currently moment today", stopwords=frozenset()))
_FILLER = frozenset(words("word words text term phrase something anything nothing everything", stopwords=frozenset()))
_FROM = re.compile(r"\b(?:from|by)\s+(?P<who>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_DATE = re.compile(r"\b(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})\b"
                   r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                   r"|dec)[a-z]*\b", re.I)
_AT = re.compile(r"\bat\s+(?:the\s+)?(?P<at>(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*)*)", re.I)
_SCOPES = frozenset(words("upcoming", stopwords=frozenset()))  # a time scope, not a mark, on a list of dated rows
_LATEST = re.compile(r"\b(?:latest|newest|most recent|last|recently)\b", re.I)
_OLDEST = re.compile(r"\b(?:oldest|earliest|first)\b", re.I)
_TIME_OR_DATE = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:yesterday|today|now|\d+\s?(?:min|h|d|w)\b)|"
                           r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)
_CHROME = frozenset(words("navigate up back more options menu search settings new add create compose start "
                          "filter sort", stopwords=frozenset()))


@dataclass(frozen=True)
class CountAsk:
    """What a count question counts: rows of ``noun`` showing all of ``marks`` (a state word,
    a quoted word, a sender), on ``date``, or switches in the ``state`` asked for."""

    noun: set[str]
    marks: set[str] = field(default_factory=set)
    place: set[str] = field(default_factory=set)
    state: bool | None = None
    date: tuple[int, int] | None = None
    over: Threshold | None = None  # "rated 4.5 or higher": a value each row counted shows
    kind: str = ""  # the words before the noun as said ("Ramen" of "how many Ramen places rated 4 or more")
    who: str = ""  # whose messages are counted ("has Oda sent me"): read in the conversation with them


def count_asked(task: str) -> CountAsk | None:
    """The count a question asks for; None when it asks for none."""
    m = _HOW_MANY.search(task)
    if not m:
        return _asked_abroad(task)
    rest = next(g for g in (m.group("rest"), m.group("rest2"), m.group("rest3"), m.group("rest4")) if g is not None)
    aside = " ".join(re.findall(r"\(([^()]*)\)", rest))  # "(I keep a Groceries note ...)": context, no marks
    rest = re.sub(r"\([^()]*\)", " ", rest)
    head = re.split(r"\b(?:do|does|did|are|is|were|was|have|has|that|which|who|in|on|at|from|with|mention\w*|"
                    r"contain\w*|say\w*|left(?!-)|remain\w*|still|now|currently|presently|already|altogether|overall|ever|there|"
                    r"so far|today|yesterday|tonight|(?:this|last)\s+(?:week|month|year|morning|night))\b", _QUOTED.sub(" ", rest),
                    maxsplit=1)[0]  # "notes left", "bookmarks currently saved", "missed calls today"
    head_words = [w for w in re.findall(r"[\w'’-]+", head) if not w[:1].isupper() or w == head.split()[0]]
    stated_only = bool(head_words) and bool(words(head_words[-1], stopwords=frozenset()) & _STATES
                                            or ui_glossary.states(head_words[-1]))  # "my unread count": no noun said
    noun = words(head_words[-1]) if head_words and not stated_only else set()
    marks = words(" ".join(head_words if stated_only else head_words[:-1]), stopwords=frozenset()) & _STATES
    if m.group("rest4") is not None and not (marks or ui_glossary.states(head)):
        return None  # "my step count", "the word count": a value shown, not rows counted
    place = set()
    scope = _SCOPE.search(rest)
    if scope:
        place = words(scope.group("place")) - _NO_PLACE  # "in the browser right now": the app, a time
    if not place and _ITS_OWN.search(rest):  # "how full is my X album - how many photos does it have?"
        earlier = _HOLDER_BEFORE.findall(task[:m.start()]) or _HOLDER_BEFORE.findall(aside)
        place = words(earlier[-1]) - _NO_PLACE if earlier else set()
    topic = re.fullmatch(r"\s*(?:(?:my|the|your)\s+)?(?P<t>[\w'’-]+(?:\s+[\w'’-]+){0,2})\s*[,:;\-–—]\s*", task[:m.start()])
    if not place and topic:  # "shop cart, # of items": the thing said first holds what is counted
        place = words(topic.group("t")) - _NO_PLACE
    for quoted in _QUOTED.finditer(rest):
        before = rest[:quoted.start()]
        if re.search(r"\b(?:in|on|inside|under)\s+(?:my|the|your)\s*$", before):
            place |= words(quoted.group(1))
        else:
            marks |= words(quoted.group(1))
    tail = _MARKED.search(rest[len(head):])
    if tail:
        marks |= words(_QUOTED.sub(" ", tail.group("mark")), stopwords=frozenset()) & _STATES
    said = " ".join(head_words + [w for w in _SCOPE.sub(" ", _QUOTED.sub(" ", tail.group("mark"))).split()
                                  if not w[:1].isupper()] if tail else head_words)  # not "in my Favourites album"
    marks = {w for w in marks if not ui_glossary.states(w)} | ui_glossary.states(said)  # "favourites": the starred
    said = _SAYING.search(_QUOTED.sub(" ", rest))
    if said:
        marks |= words(said.group("said")) - _FILLER  # "notes that contain the word invoice"
    for at in _AT.finditer(rest):  # "events at Town Hall": rows that show the place
        marks |= words(at.group("at"))
    sender = _FROM.search(rest)
    if sender:
        marks |= words(sender.group("who"))
    state = True if _ON.search(rest) else False if _OFF.search(rest) else None
    over = threshold(task)
    kind = " ".join(w for w in head_words[:-1] if w[:1].isupper() and not words(w) & _STATES)  # a category's name
    if over is not None:  # "how many Ramen places rated 4 or more": rows of that kind, then the condition
        marks |= words(" ".join(head_words[:-1])) - _STATES
    who = (thread_counts.sender(task) or (sender.group("who") if sender else "")) if thread_counts.counts_messages(noun) \
        else ""  # "has Bo sent me", "texts from Bo": Bo's messages
    marks |= words(who)
    return CountAsk(noun, marks - noun, place - noun, state, _date(rest), over, kind, who)


def _asked_abroad(task: str) -> CountAsk | None:
    """A count asked in another language ("Wie viele ungelesene E-Mails habe ich?"): the rows showing the states
    it names (any language the glossary's row states cover), else all rows of a page its words name."""
    lead = count_leads.lead(task)
    if lead is None:
        return None
    marks = ui_glossary.states(task)
    return CountAsk(words(task[:lead.start()] + " " + task[lead.end():]) - marks, marks)


def by_value(task: str) -> bool:
    """A count of rows by a value each shows ("how many ... rated 4.5 or higher"): no number on a row answers it."""
    ask = count_asked(task)
    return ask is not None and ask.over is not None


def _date(text: str) -> tuple[int, int] | None:
    m = _DATE.search(text)
    if not m:
        return None
    month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    return _MONTHS.index(month[:3].casefold()) + 1, int(day)


def rows(screen: Screen) -> list[int]:
    """The screen's list rows: the largest set of actionable elements of one class and size that are stacked (or
    form a grid), not a bar of tabs or buttons on one line, nor chrome outside the scrolling list most of it is in."""
    kinds = {int(m.group(1)): m.group(2) for m in (re.match(r"^\[(\d+)\] (\S+) ", line) for line in screen.lines) if m}
    groups: dict[tuple[str, int, int], list[int]] = {}
    for element_id in screen.actionable:
        box = screen.bounds.get(element_id)
        label = screen.labels.get(element_id, "")
        if not box or element_id in screen.editable or element_id in screen.checked or not label or \
                words(label, stopwords=frozenset()) <= _CHROME or _scrolls(screen, element_id):
            continue
        size = (kinds.get(element_id, ""), round((box[2] - box[0]) / 24), round((box[3] - box[1]) / 12))
        groups.setdefault(size, []).append(element_id)
    lists = [screen.bounds[i] for i in screen.actionable if _scrolls(screen, i) and i in screen.bounds]
    def area(ids: list[int]) -> int:
        return sum((b[2] - b[0]) * (b[3] - b[1]) for b in (screen.bounds[i] for i in ids[:1]))
    best: list[int] = []
    for members in groups.values():
        inside = [i for i in members if _within(screen.bounds[i], lists)]
        members = inside if len(inside) * 2 > len(members) else members  # not a toolbar icon as large as an avatar
        tops = {screen.bounds[i][1] for i in members}
        if len(tops) == 1 and len(members) > 1 and (any(_flag(screen, i, "selected") for i in members)
                                                    or all(len(screen.labels[i].split()) <= 2 for i in members)):
            continue  # a tab bar or a row of buttons
        if len(members) > len(best) or len(members) == len(best) > 1 and area(members) > area(best):
            best = members  # of two sets as large, the larger elements (a mail's row, not its sender's avatar)
    return sorted(best, key=lambda i: (screen.bounds[i][1], screen.bounds[i][0]))


def in_rows(screen: Screen, element_id: int) -> bool:
    """Whether the element is one of the screen's list rows or sits inside one (a row's own button)."""
    listed = rows(screen)
    return element_id in listed or _within(screen.bounds.get(element_id), [screen.bounds[i] for i in listed
                                                                            if i in screen.bounds])


def _within(box: Any, boxes: Sequence[Any]) -> bool:
    """Whether ``box`` lies inside one of ``boxes`` (a row, or an element of a row)."""
    return bool(box) and any(b[0] <= box[0] and b[1] <= box[1] and box[2] <= b[2] and box[3] <= b[3] for b in boxes)


def row_texts(screen: Screen) -> list[str]:
    """The list rows' words (label and context, normalised): what a scroll moves past."""
    return [normalize(f"{screen.labels.get(i, '')} {screen.context.get(i, '')}") for i in rows(screen)][:40]


def scrolled_past(history: list[dict[str, Any]], screen: Screen) -> list[str]:
    """The rows the scrolls just before this screen moved past that are no longer on it."""
    shown = set(row_texts(screen))
    out: list[str] = []
    for entry in reversed(history):
        if entry.get("kind") in ("observe", "invalid_output"):
            continue
        if entry.get("kind") != "swipe":
            break
        out += [row for row in entry.get("seen", []) if row not in shown and row not in out]
    return out


def count(ask: CountAsk, screen: Screen, past: Sequence[str] = ()) -> tuple[int, float] | None:
    """The count on this screen and how sure (1.0: the page is about it and rows show the marks);
    ``past``: rows scrolled past on the way here, counted too."""
    if ask.state is not None:
        switches = [i for i in screen.checked if not _flag(screen, i, "selected")]
        if not switches:
            return None
        return sum(screen.checked[i] == ask.state for i in switches), 0.9
    listed = rows(screen)
    if ask.who and thread_counts.in_conversation(screen, ask.who):  # their messages, in the conversation with them
        theirs = thread_counts.received(screen)
        return (theirs, 1.0) if theirs is not None else None
    if ask.who and _one_conversation(screen, listed, ask.who) is not None:
        return None  # the list of conversations: theirs is one row, opened first
    page = _page_words(screen)
    about = bool(page & ask.place) if ask.place else bool(page & ask.noun)
    labels = {i: normalize(f"{screen.labels.get(i, '')} {screen.context.get(i, '')}") for i in listed}
    headers = " ".join(line for line in screen.lines if line.startswith("    "))
    if ask.date and ask.date in {_date(m.group(0)) for m in _DATE.finditer(headers)}:
        ask = replace(ask, date=None)  # a day's page: its rows are that day's
        about = True
    if ask.marks and ask.marks <= _page_states(screen):
        ask, about = replace(ask, marks=set()), True  # the "Unread" filter chosen, or the "Starred" page: all its rows
    if ask.marks & _SCOPES and any(_DATE.search(label) for label in labels.values()):
        ask = replace(ask, marks=ask.marks - _SCOPES)  # an agenda of dated rows lists what is coming
    matching = [i for i in listed if _matches(ask, labels[i])]
    before = [row for row in past if _matches(ask, row)] if listed else []
    if matching and (ask.marks or ask.date or ask.over):
        return len(matching) + len(before), 1.0 if about or len(matching) < len(listed) else 0.6
    if ask.over is not None and any(ask.over.passes(labels[i]) is not None for i in listed):
        return len(matching) + len(before), 0.9  # a list of rows showing the value: none here may meet it
    if ask.place - page and any(words(re.split(r"\s[|·•]\s|,\s", screen.labels.get(i, ""))[0]) & (ask.place - page)
                                for i in listed):
        return None  # "my Hardware run list in Jotter": its row is here, to open; this page counts other things
    held = _held_items(ask, screen) if not (listed or ask.marks or ask.date or ask.over) else None
    if held is not None:
        return held, 0.9  # "how many items are on my Hardware run list": the lines of its one text
    if not listed:
        return (0, 0.1) if about and not (ask.marks or ask.date) and _empty(screen) else None
    if not (ask.marks or ask.date or ask.over):
        return (len(listed) + len(before), 0.9) if about else None
    return (0, 0.1) if about and len(listed) > 1 else None  # nothing marked on the page about them


# Words a stated count names its things with ("12 items", "Total: 4", "7 Einträge", "5 件")
_TALLY = frozenset(words("item items total element elements entry entries elemente einträge eintrag éléments élément "
                         "elementos elemento elementi elemento elementen öğe элементов элемента элемент 件 个 個 項目 개 항목",
                         stopwords=frozenset()))
_STATED_NUMBER = re.compile(r"(?<![\d:.,/])\d{1,5}(?![\d:.,/])")


def stated(ask: CountAsk, screen: Screen) -> int | None:
    """A count the page states outright for what is asked, outside its rows: a header "3 unread", a tab or chip
    "Unread (3)", "12 items" on the page of the place asked about. Its words are only the number and words of
    what is counted (the states asked, the noun, the place, a tally word); "12 unread" answers no count of all, nor
    a tab or button's "Chats 3" (its badge of new ones) without a tally word."""
    if ask.state is not None or ask.date or ask.over or ask.who:
        return None
    boxes = [screen.bounds[i] for i in rows(screen) if i in screen.bounds]
    heads = [line.strip() for line in screen.lines if line.startswith("    ")]
    texts = heads + [screen.labels.get(i, "") for i in screen.actionable if i not in screen.editable and not _within(
        screen.bounds.get(i), boxes)]
    about = bool(_page_words(screen) & (ask.place or ask.noun))
    for k, text in enumerate(texts):
        numbers = _STATED_NUMBER.findall(text)
        rest = _STATED_NUMBER.sub(" ", text)
        if len(numbers) != 1 or len(text.split()) > 4:
            continue
        own, shown = words(rest, stopwords=frozenset()), ui_glossary.shown_states(rest)
        plain = {w for w in own if not ui_glossary.states(w)}
        if not own or plain - ask.noun - ask.place - _TALLY - ask.marks:
            continue
        named = about or bool(own & ask.place)  # "Cart, 4 items": the place asked about names its own count
        tally = _TALLY if k >= len(heads) else _TALLY | ask.noun  # a tab's "Chats 3" is its unread badge
        if ask.marks and ask.marks <= own | shown or not ask.marks and not shown and named and own & tally:
            return int(numbers[0])
    return None


def _one_conversation(screen: Screen, listed: list[int], who: str) -> int | None:
    """The one row titled with the person's name (their conversation), else None (none, or a row per message)."""
    theirs = [i for i in listed if thread_counts.their_row(screen, [i], who) is not None]
    return theirs[0] if len(theirs) == 1 else None


def _held_items(ask: CountAsk, screen: Screen) -> int | None:
    """A list kept in one text (a note's body, one item a line, or a line of items set apart by commas), on the page
    of the thing the question names (a title field or heading says its name): how many items it holds."""
    texts = [value for value in screen.editable.values() if value and value.strip()]
    heads = [line.strip() for line in screen.lines if line.startswith("    ")]
    if not ask.place or not any(words(t) and words(t) <= ask.place for t in texts + heads if "\n" not in t.strip()):
        return None
    for text in texts:
        lines = [line for line in text.splitlines() if line.strip(" \t-•*·[]")]
        if len(lines) < 2 and words(text) <= ask.place:
            continue  # the name itself
        parts = lines if len(lines) >= 2 else [p for p in re.split(r"[,;]", text) if p.strip()]
        if len(parts) >= 2:
            return len(parts)
    return None


def _matches(ask: CountAsk, label: str) -> bool:
    label = _NOT.sub("un", label)  # a star's "Not starred", "nicht gelesen": the state's opposite
    own = words(label, stopwords=frozenset()) | ui_glossary.shown_states(label)
    if ask.marks and not ask.marks <= own:
        return False
    if ask.over is not None and not ask.over.passes(label):
        return False
    return ask.date is None or ask.date in {_date(m.group(0)) for m in _DATE.finditer(label)}


_NOT = re.compile(r"\b(?:not|nicht)\s+(?=\w)", re.I)


def _page_words(screen: Screen) -> set[str]:
    """The words that say what a page is: its first plain lines (a title, a header) and selected tabs."""
    titles = [line for line in screen.lines if line.startswith("    ")][:2]
    selected = [screen.labels.get(i, "") for i in screen.actionable if _flag(screen, i, "selected")]
    return words(" ".join(titles + selected))


def _page_states(screen: Screen) -> set[str]:
    """The words and row states of the page's title and selected tabs ("Ungelesen" chosen: unread)."""
    said = " ".join([line for line in screen.lines if line.startswith("    ")][:1] +
                    [screen.labels.get(i, "") for i in screen.actionable if _flag(screen, i, "selected")])
    return words(said, stopwords=frozenset()) | ui_glossary.shown_states(said)


def _empty(screen: Screen) -> bool:
    return any(re.search(r"\b(?:no|empty|nothing)\b", line, re.I) for line in screen.lines if line.startswith("    "))


def at_end(screen: Screen, history: list[dict[str, Any]]) -> bool:
    """The list does not scroll, or the last scroll on it changed nothing."""
    if not any(_scrolls(screen, i) for i in screen.actionable):
        return True
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    return bool(last and last.get("kind") == "swipe" and last.get("outcome") == "no_change")


def latest(task: str, screen: Screen) -> str | None:
    """For "the latest / most recent / oldest ...": the label of the first (or last) row of a
    list ordered by time (its rows show a time or a date)."""
    newest = bool(_LATEST.search(task))
    if not newest and not _OLDEST.search(task):
        return None
    timed = [i for i in rows(screen) if _TIME_OR_DATE.search(screen.labels.get(i, ""))]
    if len(timed) < 2:
        return None
    return screen.labels[timed[0] if newest else timed[-1]]


def _scrolls(screen: Screen, element_id: int) -> bool:
    return _flag(screen, element_id, "scrollable")


def _flag(screen: Screen, element_id: int, flag: str) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return line.endswith(")") and flag in line.rsplit("(", 1)[-1]


def answer(task: str, screen: Screen, history: list[dict[str, Any]]) -> tuple[str, float] | None:
    """The count a question asks for, read on this screen, and how sure; a list that still
    scrolls is read to its end first (low confidence until then)."""
    ask = count_asked(task)
    if ask is None:
        return None
    said = row_badges.badge(task, ask, screen, stated(ask, screen))  # the page's count, or the place's row badge
    if said is not None:
        return str(said), 1.0  # the page says it: nothing to scroll or count
    found = count(ask, screen, scrolled_past(history, screen))
    if found is None:
        return None
    number, sure = found
    return str(number), sure if at_end(screen, history) else min(sure, 0.1)


_SECTIONS = frozenset(words("recent recents history log activity", stopwords=frozenset()))


def _scrolls_in_a_row(history: list[dict[str, Any]]) -> int:
    out = 0
    for entry in reversed(history):
        if entry.get("kind") in ("observe", "invalid_output"):
            continue
        if entry.get("kind") != "swipe" or entry.get("outcome") != "success":
            break
        out += 1
    return out


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, history: list[dict[str, Any]]) -> None:
    """For a count or a "latest" question: raise the section that lists what is asked (a tab or
    menu item named for the noun, place or mark; "Recents" / "History" for the latest), the
    plainest label first ("Bookmarks" before "Bookmark this page"); on the list itself, scroll to
    its end rather than open its rows (opening marks them read)."""
    ask = count_asked(task)
    wanted = (ask.noun | ask.place | ask.marks) if ask else set()
    if _LATEST.search(task) and not ask:
        wanted = set(_SECTIONS)
    if not wanted:
        return
    readable = ask is not None and count(ask, screen) is not None
    listed = set(rows(screen)) if readable else set()
    for c in candidates:
        element = c.action.get("element")
        if c.action.get("kind") == "swipe" and element is None and readable and not at_end(screen, history):
            c.score += 1.5 * (1 + _scrolls_in_a_row(history))  # reading a list to its end is progress, not a loop
        if c.action.get("kind") not in ("tap", "long_press") or element is None or element in screen.editable:
            continue
        label = screen.labels.get(element, "")
        own = words(label) | (ui_glossary.states(label) & ask.marks if ask else set())  # an "Ungelesen" tab: unread
        if ask is not None and ask.who and element == _one_conversation(screen, rows(screen), ask.who):
            c.score += 2.0  # "how many texts has Oda sent me": the conversation with Oda
        elif element in listed:
            shows = ask is not None and bool(ask.marks - _SCOPES) and (ask.marks - _SCOPES) <= words(
                label, stopwords=frozenset()) | own
            c.score -= 3.0 if shows else 1.5
            # the count is read here: its rows need no opening, least of all one showing the marks counted
        elif own & wanted and not _flag(screen, element, "selected"):
            c.score += 0.5 + (0.5 if own & _SECTIONS & wanted else 0.0) - 0.2 * len(own - wanted)
