"""Steps said in one sentence with commas and "and" only: "Open Podcasts, find "Daily Tech" and subscribe to it".

English lists a request's steps as a series: commas between them, "and" before the last, each step an imperative
that starts with a request's verb (agents/task_verbs.py). Said so, the steps are the same as "open X, then find Y,
then Z" (agents/steps.py reads those). A comma or "and" inside a quoted message, or before words that are no verb
("find salt and pepper", "open Maps, please"), divides nothing; a question ("... - where is it?") is read as written.
"""

from __future__ import annotations

import re

from .referents import hold_quotes, release
from .task_verbs import VERBS

# a comma, or "and" (after a comma or not), before the next step's verb
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def pieces(body: str) -> list[str]:
    """The steps of ``body`` when it is a series of two or more imperatives (see the module docstring); ``[body]``
    otherwise."""
    bare, held = hold_quotes(body)
    if re.search(r"\s[-–—]\s|[?;:]", bare):
        return [body]  # a question or a clause said after a dash: read as written
    parts, start = [], 0
    for m in _JOIN.finditer(bare):
        verb = re.match(r"(?:then\s+)?([a-z]+)\b", bare[m.end():], re.I)
        if verb and verb[1].casefold() in VERBS:
            parts.append(bare[start:m.start()])
            start = m.end()
    parts.append(bare[start:])
    if len(parts) < 3 or not all(re.match(r"([a-z]+)\b", p, re.I) and re.match(r"([a-z]+)", p, re.I)[1].casefold() in VERBS
                                 for p in parts):
        return [body]
    return [release(p.strip(), held) for p in parts]
