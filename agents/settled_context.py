"""A request said after a clause that only sets the scene: "Before lunch, reply to ...", "While I'm on the train,
mute ...", "If you haven't already, call ...", "Assuming the prices haven't changed, order ...".

English puts a time or place the user is in (a clause opened by "before", "while", "whilst", "after", "once") or a
condition the user has already settled ("if you haven't already / yet", "in case ...", "assuming ...") first, with
a comma, and the request's imperative after it. Such a clause names no part of the task, so the request is read
without it. A clause that says a time in digits or quotes a name ("Before 7:00, ...", "In case it's still called
"X", rename that album") may carry the task's own words and is left as said; so is a clause not followed by a
request's verb (agents/task_verbs.py, or a lower-case word that is no function word: "tack it onto ..."). General English grammar only.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS
from .text import STOPWORDS

_PLAIN = r"[^,;:.!?\"“”«»\d]"  # the clause's words: no quote, no digit, no other clause
_SCENE = re.compile(
    rf"^\s*(?:(?:before|while|whilst|after|once)\b(?!\s+you\b){_PLAIN}{{1,60}}"
    rf"|if (?:you|i|we)\b{_PLAIN}{{0,40}}\b(?:already|yet)\b{_PLAIN}{{0,20}}"
    rf"|(?:in case|assuming)\b{_PLAIN}{{1,60}}),\s+(?=(?:(?:please|pls|kindly|just)\s+)?(?P<v>[a-z]+)\b)", re.I)


# words that open a clause of its own, never an imperative ("While it's on my mind, the note ..." is no request)
_NO_VERB = STOPWORDS | frozenset("how what who whom whose which when where why could would will should shall may might "
                                 "must there here he she they we this that these those its their his her our your".split())


def without_scene(text: str) -> str:
    """``text`` less a leading scene-setting or settled clause before a request (see the module docstring)."""
    m = _SCENE.match(text)
    if m is None or not (m["v"].casefold() in VERBS or m["v"][0].islower() and m["v"].casefold() not in _NO_VERB):
        return text
    rest = text[m.end():]
    if _BACK.search(re.split(r"\b(?:the|a|an|my|this|that)\b|[\"“]", rest, maxsplit=1, flags=re.I)[0]):
        return text  # "Before I buy Trail Mug, check its rating": the clause names what "its" stands for (before any
        # thing the request names itself: "find the cheapest mug and text Bo its price" points at the mug)
    return rest


# a request that points back at something: its / their / there, or "it" / "them" right after its verb
_BACK = re.compile(r"\b(?:its|their|there)\b|^(?:(?:please|pls|kindly|just)\s+)?[a-z]+\s+(?:it|them)\b", re.I)
