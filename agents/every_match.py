"""An action on every item that matches: "delete all my notes that mention X", "archive every mail about X".

The items are found by their words: the list's search box gets the words first (once), then each row that shows
them is opened (or its own verb pressed) in turn; the task is not finished while a row that shows the words is on
screen (one item done, the next is still there). A single item ("delete the note that mentions X") or a count
("how many notes mention X") is left alone. Plain English task grammar; search boxes found by their label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .perceptor import Screen
from .text import normalize, words

_VERBS = r"delete|remove|erase|trash|archive|clear|star|pin|mute|unpin|unstar|unmute|mark|move|hide"
_EVERY = re.compile(rf"^\s*(?:please\s+)?(?P<v>{_VERBS})\s+(?:all|every|each|any)(?:\s+(?:of|the))*(?:\s+(?:my|your|the))?\s+\(?"
                    r"(?P<k>[a-z]+?)s?\s+(?:that|which|where)?\s*(?:mentions?|contains?|includes?|says?|saying|talks?\s+about|"
                    r"about|with|mentioning|containing|on|regarding)\s+(?:the\s+|a\s+|an\s+|my\s+)?[\"“]?(?P<x>[^\"”().,;!?]+?)"
                    r"[\"”]?\s*\)?\s*[.!]?$", re.I)
# "delete all (notes about X)": the things said after the verb, as canonical puts a terse task
_TERSE = re.compile(rf"^\s*(?P<v>{_VERBS})\s+(?:all|every one|them all)\s*\(\s*(?P<k>[a-z]+?)s?\s+(?:about|mentioning|with|"
                    r"containing|that mention)\s+(?:the\s+)?(?P<x>[^()]+?)\s*\)\s*[.!]?$", re.I)
# "any note that talks about X can go", "all mails mentioning X should be deleted (, remove them)": the request
_CAN_GO = re.compile(r"\b(?:any|all|every|each)\s+(?:of\s+)?(?:my\s+|the\s+)?(?P<k>[a-z]+?)s?\s+(?:that\s+|which\s+)?"
                     r"(?:talks?\s+about|mentions?|mentioning|contains?|containing|says?|about)\s+(?P<x>(?:the\s+)?[^,.;:!?]+?)\s+"
                     r"(?:can|could|should|must|may|has\s+to|have\s+to)\s+(?:go|be\s+(?:deleted|removed|binned|trashed|erased))\b", re.I)
_SEARCH = frozenset(words("search find filter", stopwords=frozenset()))


def every(task: str) -> tuple[str, str, str] | None:
    """(verb, kind of item, the words the items show) when ``task`` acts on every item that shows some words."""
    m = _EVERY.match(task) or _TERSE.match(task)
    if m is None or len(m["x"].split()) > 5:
        return None
    phrase = re.sub(r"^(?:the\s+)?(?:words?|terms?|phrases?|name)\s+(?=\S)", "", m["x"].strip(), flags=re.I)
    phrase = re.sub(r"\s+in\s+(?:the|its|their)\s+(?:name|title|subject|body|text)$", "", phrase, flags=re.I)
    return m["v"].casefold(), m["k"].casefold(), phrase


def every_said(text: str) -> str:
    """"X is sorted, so any note that talks about Y can go. Remove them." said plainly: "Delete all notes that
    mention Y."; the same text otherwise."""
    m = _CAN_GO.search(text)
    if m is None or len(m["x"].split()) > 6:
        return text
    return f"Delete all {m['k']}s that mention {m['x']}."


def _shows(label: str, key: set[str]) -> bool:
    return bool(key) and key <= words(label)


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any] | None,
           history: list[dict[str, Any]]) -> None:
    """Search the words once, open each row showing them, and no finishing while one shows."""
    said = every(task)
    if said is None:
        return
    verb, _, phrase = said
    key = words(phrase)
    top = max((c.score for c in out), default=0.0)
    rows = [i for i in screen.actionable if i not in screen.editable and _shows(screen.labels.get(i, ""), key)
            and not words(screen.labels.get(i, ""), stopwords=frozenset()) & {verb}]
    verb_here = [i for i in screen.actionable if normalize(screen.labels.get(i, "")).split(" ")[:1] == [verb]]
    search = [i for i, text in screen.editable.items() if words(screen.labels.get(i, "")) & _SEARCH]
    searched = any(h.get("kind") == "type" and h.get("outcome") == "success" and normalize(phrase) in normalize(
        h.get("line", "")) for h in history)
    for candidate in out:
        if candidate.action.get("kind") == "done" and rows and candidate.action.get("success") is not False:
            candidate.score = min(candidate.score, -2.0)  # one of them is still there
        elif candidate.action.get("kind") in ("tap", "long_press") and candidate.action.get("element") in rows \
                and not verb_here:
            candidate.score = max(candidate.score, top + 1.0) if candidate.action.get("kind") == "tap" else candidate.score
    if search and not searched and not verb_here and make is not None and normalize(screen.editable[search[0]]) != \
            normalize(phrase):
        out.append(make({"kind": "type", "element": search[0], "text": phrase}, f"search {phrase!r} to find them all",
                        top + 2.0))
