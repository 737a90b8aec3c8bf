"""A wrong word of a text named with the word meant: "it says recieve where it should say receive", ""teh"
should read "the"", "I spelt "receive" wrong as "recieve"", "note Plans: tusday -> Tuesday".

Such a task is an edit of the text the item holds: the wrong word is replaced by the right one, the rest kept
(``edits.Edit``). A task about a slip names the slip, so its words are never respelled (agents/spelling.py
asks :func:`about_spelling`). Plain English task grammar only.
"""

from __future__ import annotations

import re

_Q = r"[\"“«„']?"
_QE = r"[\"”»“']?"
_W = r"(?P<{}>[^\s\"“”«»„,.;:?!]+(?:\s[^\s\"“”«»„,.;:?!]+){{0,3}}?)"
_ABOUT = re.compile(r"\b(?:typos?|misspel\w*|mis-spel\w*|spelt|spelled|spelling|should\s+(?:say|read)|where\s+it\s+should\s+"
                    r"(?:say|read|be)|instead\s+of\s+the\s+right)\b", re.I)
_FIXES = (  # (pattern, group of the wrong word, group of the right one)
    re.compile(rf"\b(?:I\s+)?(?:spelt|spelled|wrote|typed)\s+{_Q}{_W.format('r')}{_QE}\s+(?:wrong(?:ly)?|incorrectly)\s+as\s+"
               rf"{_Q}{_W.format('w')}{_QE}", re.I),
    re.compile(rf"\b(?:says?|reads?|has|shows?)\s+{_Q}{_W.format('w')}{_QE},?\s+(?:where|when|but)\s+it\s+should\s+"
               rf"(?:say|read|be|have)\s+{_Q}{_W.format('r')}{_QE}", re.I),
    re.compile(rf"(?:^|[\s:;,.?!])(?P<qw>[\"“«„]){_W.format('w')}[\"”»“]\s+should\s+(?:read|say|be|have\s+been)\s+"
               rf"{_Q}{_W.format('r')}{_QE}", re.I),
    re.compile(rf"\b(?:typo|misspelling|mistake)\b[^.?!]{{0,40}}?:\s*{_Q}{_W.format('w')}{_QE}\s+(?:->|=>|→|should\s+be|"
               rf"instead\s+of)\s+{_Q}{_W.format('r')}{_QE}", re.I),
)
_FIELDS = frozenset("title name body text content contents label colour color tag folder heading subject".split())
_NOTE_ARROW = re.compile(r"^\s*(?P<k>note|memo|document|doc|draft|journal entry)\s+(?P<t>[^:]{1,40}?)\s*:\s*"
                         rf"{_Q}{_W.format('w')}{_QE}\s*(?:->|=>|→)\s*{_Q}{_W.format('r')}{_QE}\s*\.?\s*$", re.I)


def about_spelling(task: str) -> bool:
    """The task is about a slip in a text (its words are to be kept as typed)."""
    return bool(_ABOUT.search(task) or _NOTE_ARROW.match(task))


def word_fix(task: str) -> tuple[str, str] | None:
    """(wrong word, right word) when the task names a word of a text to correct, else None."""
    for pattern in _FIXES:
        if m := pattern.search(task):
            wrong, right = m.group("w").strip(), m.group("r").strip()
            if wrong.casefold() != right.casefold():
                return wrong, right
    return None


def arrowed_fix(task: str) -> str | None:
    """"note Plans: tusday -> Tuesday" as a replacement in that note's text (a note has no field named
    "tusday"); None for a field set that way ("note Plans: title -> Trip") or another shape."""
    m = _NOTE_ARROW.match(task)
    if not m or m.group("w").casefold() in _FIELDS:
        return None
    return f'replace "{m.group("w")}" with "{m.group("r")}" in the {m.group("k").casefold()} "{m.group("t")}"'
