"""A new line put above or below the lines a text already holds: "add "X" as the first line of my note",
"note Groceries: insert "X" at top", "put "X" on a new last line of my list".

A list kept in a note or a message draft holds one item a line; the new line goes on its own line above the
first one (or below the last), every other line kept as it is. The line is the task's first quoted text
that is not the item's name ("my note "Groceries"", "the list called "Trip""). A task that makes a new
item is no edit of an existing one, nor is one that adds no text to a text item ("pin the "Trip" chat to the top"). Plain English task grammar, with a few sister-language words.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„]+)[\"”»“]")
_NAME_CUE = re.compile(r"\b(?:note|list|memo|draft|file|document|called|titled|named|notiz|liste|nota|lista)\s*[:\-]?\s*$", re.I)
_TOP = re.compile(r"\b(?:new\s+)?(?:very\s+)?(?:first|top|opening)\s+line\b|\b(?:at|to|on)\s+(?:the\s+)?(?:very\s+)?"
                  r"(?:top|start|beginning|head)\b|\babove\s+(?:everything|all\b|the\s+(?:rest|others?|first|existing))"
                  r"|\bprepend\b|\b(?:ganz\s+)?oben\b|\ben\s+haut\b|\bal\s+principio\b|\bin\s+cima\b|\bbovenaan\b", re.I)
_BOTTOM = re.compile(r"\b(?:new\s+)?(?:very\s+)?(?:last|final|bottom)\s+line\b|\b(?:a|its\s+own|a\s+separate)\s+(?:new\s+)?line"
                     r"\s+(?:at|to)\s+the\s+(?:very\s+)?(?:end|bottom)\b|\b(?:at|to)\s+the\s+(?:very\s+)?(?:end|bottom)\b"
                     r"(?=.*\b(?:line|one\s+per\s+line|each\s+on\s+its\s+own)\b)|\bappend\s+(?:a|the|one)\s+line\b"
                     r"|\bbelow\s+(?:everything|all\b|the\s+(?:rest|others?|last|existing))", re.I)
_ADDING = re.compile(r"\b(?:add|put|insert|write|type|prepend|append|jot|enter|go(?:es)?|belongs?|füge|ajoute|añade|aggiungi|voeg)\b",
                     re.I)
_TEXT_ITEM = re.compile(r"\b(?:notes?|memos?|lists?|drafts?|documents?|docs?|journal|notiz|nota|lista|liste|lijst)\b", re.I)
_CREATING = re.compile(r"\b(?:create|make|start)\b|\bnew\s+(?:note|list|memo|draft|file|document)\b", re.I)


def placed_line(task: str) -> tuple[str, str] | None:
    """The line to add and where ("top" / "bottom") when the task puts a new line above or below an existing
    text's lines, else None."""
    top, bottom = _TOP.search(task), _BOTTOM.search(task)
    if not (top or bottom) or (top and bottom) or _CREATING.search(task) or not (
            _ADDING.search(task) and _TEXT_ITEM.search(task)):  # "pin the "Trip" chat to the top": no line added
        return None
    for m in _QUOTED.finditer(task):
        if not _NAME_CUE.search(task[:m.start()]):
            return m.group(1).strip(), "top" if top else "bottom"
    return None


def with_line(current: str, line: str, where: str) -> str:
    """``current`` with ``line`` on its own line at ``where`` (unchanged when that line is there already)."""
    lines = [x for x in current.splitlines() if x.strip()]
    end = lines[0] if lines and where == "top" else lines[-1] if lines else ""
    if end.strip().casefold() == line.strip().casefold():
        return current
    return "\n".join([line, *lines] if where == "top" else [*lines, line])
