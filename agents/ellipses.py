"""A task typed with trailing ellipses between its phrases, as many older users type, said with the break each stands for.

"Could you close the tab... the one showing "News" ... but leave the others... thanks", "How many of my contacts...
are starred...?", "Bo texted me about dinner... can you put it in my calendar... thank you": an ellipsis only pauses.
:func:`unelided` says it as the break the words after it make: none before "?", "!" or the end; a sentence break before a
new request or question ("can you ...", "put ...", "what ..."); a comma before a courtesy ("thanks") or an appositive
("the one showing X"); a space inside a phrase ("contacts... are starred"). Quoted text is never touched. General
English only.
"""

from __future__ import annotations

import re

from .referents import hold_quotes, release
from .task_verbs import VERBS

_DOTS = re.compile(r"\s*(?:\.{2,}|…)(?:\s*(?:\.{2,}|…))*\s*")
_COURTESY = re.compile(r"(?:thanks|thank you|thank ya|cheers|ta|please|pls|ok|okay|yeah|right|aye|eh)\b", re.I)
_CLAUSE = re.compile(r"(?:(?:can|could|would|will) (?:you|ye|ya)|what|who|how|why"
                     r"|then|and then|also|let me|tell me|let us)\b", re.I)
_APPOSITIVE = re.compile(r"(?:the (?:one|ones)|that one|this one|which|i\.e\.|namely)\b", re.I)


def unelided(text: str) -> str:
    """``text`` with each ellipsis outside quotes said as the break it stands for (see the module docstring)."""
    if ".." not in text and "…" not in text:
        return text
    bare, held = hold_quotes(text)
    said = _DOTS.sub(_break, bare).strip()
    said = re.sub(r"\.\x00 ([a-z]?)", lambda m: ". " + m[1].upper(), said)  # a sentence said after the break
    return release(said, held)


def _break(m: re.Match[str]) -> str:
    after = m.string[m.end():]
    if not after.strip() or after[:1] in "?!.,;:)":
        return ""
    if not m.string[:m.start()].strip():
        return ""
    if _COURTESY.match(after):
        return ", "
    if _APPOSITIVE.match(after):
        return ", "
    word = re.match(r"[A-Za-z]+", after)
    if _CLAUSE.match(after) or word and word.group().casefold() in VERBS:
        return ".\x00 "
    return " "
