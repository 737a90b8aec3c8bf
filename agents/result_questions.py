"""A yes/no question about the result, asked of the phone, is the request for it.

People ask for a change by asking whether its outcome can be: "Can notes.txt be one of my favourites?" adds it there,
"Could the Gym chat stay pinned?" pins it, "Can this photo go in the "Trip" album?" adds it to the album, "Can the
report come off my favourites?" takes it out, "Could Bo's mail get a reply saying "ok"?" replies to it, "Can my diary have
a meeting "Demo" on Monday?" adds one, "Can there be a list named "Groceries"?" creates it, "Could an email go to Bo
saying hi?" emails him, "Can my laptop be on the wifi network Cafe?" connects to it. :func:`as_wish` says the question
as the wish the wish readers (wished_states.py) already read ("I would like notes.txt to be one of my favourites");
:func:`made` says the outcomes no wish reader covers as the request itself. A question about the speaker or the
phone's abilities ("Can I ...", "Can you ...", "Can it ...") and one whose outcome names no state are left as asked.
General English question grammar only, never an app's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .referents import CLOSE, OPEN

_ASK = r"^(?:(?:so|and|ok(?:ay)?)\s*,?\s+)?(?:can|could|may|might|would|will)"
# The thing the question is about: no pronoun of the speaker, the listener or the question itself.
_THING = (r"(?P<x>(?!(?:I|you|we|it|this|that|these|those|there|they|he|she|somebody|someone|anyone|anybody|one)\b)"
          r"(?:(?![.!?;]\s)[^;?])+?)")
_END = r"(?P<rest>[^;?]*?)\s*\??\s*$"
# The verbs that carry a state wished ("be starred", "stay pinned", "go in X", "come off X").
_STATE = re.compile(rf"{_ASK} {_THING} (?:be|get|stay|sit|remain|be kept) (?P<p>(?!(?:a|an|the|my|in|on|at|to)\b)[a-z]+(?:ed|en|set|shut|put))\b{_END}",
                    re.I)
_IN = re.compile(rf"{_ASK} {_THING} (?:be|go|get|be put|be added|end up|sit|stay) (?P<in>in|into|among|inside|on|onto) (?P<c>(?:my|the|our) [^;?]*?)\s*\??\s*$",
                 re.I)
_ONE_OF = re.compile(rf"{_ASK} {_THING} (?:be|become) (?P<f>(?:a|one of my|my) favou?rites?\b[^;?]*?)\s*\??\s*$", re.I)
_OFF = re.compile(rf"{_ASK} {_THING} (?:come|go|get|be taken) (?P<o>off|out of) (?P<c>(?:my|the|our) [^;?]*?)\s*\??\s*$", re.I)
_GOT = re.compile(rf"{_ASK} {_THING} (?:get|receive|be sent|be given) (?P<a>(?:a|an) [^;?]*?)\s*\??\s*$", re.I)
_HAVE = re.compile(rf"{_ASK} (?P<c>(?:my|the|our) [\w\-]+(?: [\w\-]+)?) (?:have|contain|include|hold) (?P<x>(?:a|an|the|{OPEN})[^;?]*?)\s*\??\s*$",
                   re.I)
# Made or sent: "Can there be a group called X", "could an email go to Bo ...", "can my phone be on the wifi network X".
# "It would be great to have X gone": the wish said with "to have".
_TO_HAVE = re.compile(r"^it(?: would|'d| will) (?:really )?be (?:(?:really|so|very) )?(?:great|nice|good|helpful|handy|ideal|lovely"
                      r"|awesome|perfect|brilliant|fantastic|wonderful|amazing) (?:to have|to get|having) (?P<x>\S.*?)\s*[.!]?$", re.I)
_NEW = re.compile(r"(?:a|an) new \S", re.I)
_THERE = re.compile(rf"{_ASK} there be (?P<x>(?:a|an) (?:new )?[^;?]+?)\s*\??\s*$", re.I)
_SENT = re.compile(rf"{_ASK} (?:a|an|my) (?:(?:short|quick) )?(?P<k>e-?mail|mail|text|sms|message) (?:go|be sent|get sent) to "
                   r"(?P<rest>[^;?]+?)\s*\??\s*$", re.I)
_JOINED = re.compile(rf"{_ASK} (?:my|the) (?:phone|device|tablet|laptop|mobile|handset) (?:be|get|go) (?:on|onto|connected to|joined to)"
                     r" (?P<n>(?:the|a|my) [^;?]*?(?:wi-?fi|wlan|network|hotspot)\b[^;?]*?)\s*\??\s*$", re.I)
_ENDS = re.compile(rf"{_ASK} (?P<x>(?:my|the) [^;?]+?) (?:end|finish) with (?P<y>{OPEN}\d+{CLOSE})(?P<rest>[^;?]*?)\s*\??\s*$", re.I)


def as_wish(text: str) -> str:
    """``text`` said as the wish it asks for ("Can X be starred?" -> "I would like X starred"); else ``text``."""
    said = text.strip()
    m = _TO_HAVE.match(said)
    if m and not _NEW.match(m["x"]):
        return f"I would like {m['x']}"
    return _first_said(said, _WISHES) or text


def _first_said(said: str, forms: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]) -> str:
    """What the first of ``forms`` whose pattern matches ``said`` makes of it; "" when none matches."""
    for pattern, say in forms:
        if m := pattern.match(said):
            return say(m)
    return ""


_WISHES = (
    (_STATE, lambda m: f"I would like {m['x']} {m['p']}{m['rest']}"),
    (_ONE_OF, lambda m: f"I would like {m['x']} to be {m['f']}"),
    (_OFF, lambda m: f"I would like {m['x']} {m['o']} {m['c']}"),
    (_IN, lambda m: f"I would like {m['x']} to be {m['in']} {m['c']}"),
    (_GOT, lambda m: f"it would be great if {m['x']} got {m['a']}"),
    (_HAVE, lambda m: f"{m['c']} should have {m['x']}"),
)


def made(text: str) -> str:
    """``text`` said as the request its outcome names when no wish says it ("Can there be a list X?" -> create a list
    X); else ``text``."""
    said = text.strip()
    m = _TO_HAVE.match(said)
    if m and _NEW.match(m["x"]):  # "It would be great to have a new list X": made
        return f"create {m['x']}"
    return _first_said(said, _MADE) or text


_MADE = (
    (_THERE, lambda m: f"create {re.sub(r',? (?:in|on) it$', '', m['x'])}"),
    (_SENT, lambda m: f"{'email' if 'mail' in m['k'].casefold() else 'text'} {m['rest']}"),
    (_JOINED, lambda m: f"connect to {m['n']}"),
    (_ENDS, lambda m: f"add {m['y']} at the end of {m['x']}{m['rest']}"),
)
