"""Edits to the text a field already holds: add to the end of a note, replace a word in it, a new first or
last line (agents/line_edits.py).

A real text field takes a whole new text (ACTION_SET_TEXT, what uiautomator and Appium send,
replaces what is there), so "add X at the end of my note" is typed as the body's current text
followed by X, and "replace A with B in my note" as the body with A replaced by B. The body is
the field named for it (Keep's "Note", an id with "note_text", "body", "content"), else the one
field of the page that is neither its title nor a search. Plain English task grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .checklist_ticks import ticked_item, with_tick
from .line_edits import placed_line, with_line
from .perceptor import Screen
from .text import normalize, words
from .values import FIELDS, Value
from .word_fixes import word_fix

_Q = r"[\"“«„]?"
_QE = r"[\"”»“]?"
_ITEM = r"(?:my|the|this|that)\s+(?:[\w-]+\s+)?(?:note|text|message|draft|memo|list|description)\b"
_APPEND = (
    re.compile(rf"^\s*(?:please\s+)?(?:add|append|put|write|type|insert)\s+{_Q}(?P<v>.+?){_QE}\s+(?:at|to|on|onto)\s+"
               rf"the\s+(?:end|bottom)\b", re.I),
    re.compile(rf"^\s*(?:please\s+)?append\s+{_Q}(?P<v>.+?){_QE}\s+(?:to|at)\b", re.I),
    re.compile(rf"^\s*(?:please\s+)?add\s+{_Q}(?P<v>.+?){_QE}\s+to\s+{_ITEM}", re.I),
)
_REPLACE = (
    re.compile(rf"^\s*(?:please\s+)?(?:replace|change|swap)\s+{_Q}(?P<a>.+?){_QE}\s+(?:with|to|for)\s+{_Q}(?P<b>.+?){_QE}"
               rf"\s+in\s+{_ITEM}", re.I),
    re.compile(rf"\bin\s+{_ITEM}[^,;]*[,;:]?\s+(?:please\s+)?(?:replace|change|swap)\s+{_Q}(?P<a>.+?){_QE}\s+(?:with|to|for)\s+"
               rf"{_Q}(?P<b>.+?){_QE}\s*[.!]?\s*$", re.I),
)
_KEEPING = re.compile(r"\s*,?\s*(?:keeping|without (?:deleting|removing|changing|losing))\b.*$", re.I)
_BODY = frozenset(words("body note text content contents message description memo", stopwords=frozenset()))
_NOT_BODY = frozenset(words("title subject search name heading", stopwords=frozenset()))


@dataclass(frozen=True)
class Edit:
    """Text to add at the end (``old`` empty), a word to replace (``old`` -> ``new``), a line to add at the
    ``line`` end ("top" / "bottom", agents/line_edits.py) or a checklist item to tick (``line`` "tick")."""

    new: str
    old: str = ""
    line: str = ""

    def applied(self, current: str) -> str:
        """The field's whole text once the edit is made (the same text when it is made already)."""
        if self.line == "tick":
            return with_tick(current, self.new)
        if self.line:
            return with_line(current, self.new, self.line)
        if not self.old:
            if normalize(current).endswith(normalize(self.new)):
                return current
            return f"{current.rstrip()} {self.new}".strip()
        if normalize(self.new) in normalize(current) and normalize(self.old) in normalize(self.new):
            return current  # "milk" -> "oat milk" made already
        start = current.casefold().find(self.old.casefold())
        return current[:start] + self.new + current[start + len(self.old):] if start >= 0 else current


def edit_of(task: str) -> Edit | None:
    """The edit a task asks of an existing text, or None."""
    task = _KEEPING.sub("", task.strip()).rstrip(" .!")
    if placed := placed_line(task):  # "add "X" as the first line of my note"
        return Edit(placed[0], line=placed[1])
    if item := ticked_item(task):  # 'tick off "Cancel the gas"'
        return Edit(item, line="tick")
    if fix := word_fix(task):  # "it says recieve where it should say receive"
        return Edit(fix[1], fix[0])
    for pattern in _REPLACE:
        m = pattern.search(task)
        if m:
            return Edit(m["b"].strip(), m["a"].strip())
    for pattern in _APPEND:
        m = pattern.search(task)
        if m and m["v"].strip().casefold() not in _POINTED:
            return Edit(m["v"].strip())
    return None


_POINTED = frozenset("it this that these those them one".split())  # "add it to my wish list": the thing shown, no text


_SAVE = frozenset(words("save done ok update apply confirm", stopwords=frozenset()))


def saved(task: str, history: list[dict[str, Any]]) -> bool:
    """An edit of an existing text was typed and then saved (the last step): the text the list shows may be cut
    short, so the saving says it is done."""
    if edit_of(task) is None:
        return False
    acts = [h for h in history if h.get("kind") not in ("observe", "invalid_output")]
    if len(acts) < 2 or acts[-1].get("kind") != "tap" or acts[-1].get("outcome") != "success":
        return False
    label = acts[-1].get("line", "").split("] ", 1)[-1].split(" (in: ")[0].strip('"')
    typed = [i for i, h in enumerate(acts) if h.get("kind") == "type" and h.get("outcome") == "success"]
    return bool(words(label, stopwords=frozenset()) & _SAVE) and len(label.split()) <= 2 and bool(typed) and all(
        h.get("kind") not in ("open_app",) for h in acts[typed[-1]:])


def finish(candidates: list[Any], task: str, history: list[dict[str, Any]]) -> None:
    """Finishing comes first once an edit was typed and saved."""
    if saved(task, history):
        for c in candidates:
            if c.action.get("kind") == "done" and c.action.get("answer") is None and c.action.get("success") is not False:
                c.score = max(c.score, 6.5)


def body_field(screen: Screen) -> int | None:
    """The field holding an item's text: named for it, else the only one that is no title or search."""
    def field_words(i: int) -> set[str]:
        return words(f"{screen.labels.get(i, '')} {screen.context.get(i, '')}", stopwords=frozenset())

    named = [i for i in screen.editable if field_words(i) & _BODY and not field_words(i) & _NOT_BODY]
    if named:
        return named[0]
    rest = [i for i in screen.editable if not field_words(i) & _NOT_BODY]
    return rest[0] if len(rest) == 1 else None


def adjust(task: str, values: list[Value], screen: Screen) -> list[Value]:
    """The task's values with an edit's words replaced by the body's whole new text (on a page with
    the body field), or by the added words (elsewhere: they show once the edit is saved)."""
    found = edit_of(task)
    if found is None:
        return values
    mine = {normalize(found.new), normalize(found.old)}
    kept = [v for v in values if normalize(v.text) not in mine and not (  # nor the sentence that names the edit
        v.kind == "message" and found.old and normalize(found.old) in normalize(v.text))]
    field = body_field(screen)
    text = found.applied(screen.editable[field]) if field is not None else found.new
    return kept + [Value(text, "message", FIELDS["message"])]
