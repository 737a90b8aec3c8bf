"""Where the thing looked for ends: the object of a search verb stops at the next clause ("open Podcasts, look for
"Daily Tech" and subscribe to it": "Daily Tech"; "find the invoice from Acme - how much was it?": "invoice from Acme").

A search verb's object is a noun phrase; a request that goes on after it starts a new clause there: a comma,
semicolon, colon or dash, or "and" / "then" / "&" before a verb of a request (agents/task_verbs.py: "and delete it",
"and then share it"). "look for salt and pepper" stays one object (no verb after "and"). Inside that object a quoted
name is the name looked for, less the kind of thing said before it ("find the playlist "Road songs"": "Road songs").
"""

from __future__ import annotations

from .task_verbs import VERBS

_QUOTES = "\"“”«»„"
_JOINS = frozenset({"and", "then", "&", "+"})
_ENDS = ",;:"
_DASHES = frozenset({"-", "–", "—"})
_EDGE = ".,;:!?¿¡\"“”«»„()"


def _bare(raw: str) -> str:
    return raw.strip(_EDGE).casefold()


def _verb_after(raws: list[str], k: int) -> bool:
    """The word after a join at ``k`` (past a "then") is a request's verb."""
    nxt = k + 1
    if nxt < len(raws) and _bare(raws[nxt]) == "then":
        nxt += 1
    return nxt < len(raws) and _bare(raws[nxt]) in VERBS


def end(raws: list[str], verb_at: int) -> int:
    """The index of the first token past the search verb's object (``len(raws)`` when the request ends there)."""
    opened = -1
    for k in range(verb_at + 1, len(raws)):
        raw = raws[k]
        core = raw.rstrip(".,;:!?)")
        if opened < 0 and raw[:1] in _QUOTES:
            opened = k
        if opened >= 0:  # inside a quoted name nothing ends the object
            if core[-1:] in _QUOTES and (k > opened or len(core) > 1):
                opened = -1
                if raw[-1:] in _ENDS:
                    return k + 1
            continue
        if k > verb_at + 1 and (raw in _DASHES or _bare(raw) in _JOINS and _verb_after(raws, k)):
            return k
        if raw.rstrip(")")[-1:] in _ENDS:
            return k + 1
    return len(raws)


def quoted_span(raws: list[str], start: int, stop: int) -> tuple[int, int] | None:
    """The first quoted name in ``raws[start:stop]``: the indices of its first and last token."""
    first = next((k for k in range(start, stop) if raws[k][:1] in _QUOTES), None)
    if first is None:
        return None
    for k in range(first, stop):
        tail = raws[k].rstrip(".,;:!?)")
        if tail[-1:] in _QUOTES and (k > first or len(tail) > 1):
            return first, k
    return None
