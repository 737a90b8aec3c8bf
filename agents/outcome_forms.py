"""Requests said as the outcome wanted, put as the plain verb-first request.

People say what they want to end up with instead of the verb: "I want to end up on the phone with my landlord"
calls him, "I'd like my planner to have an entry "Demo" on Friday" creates that entry there, "I need a new memo
titled "Trip" with ..." creates it, "overwrite what my "Todo" memo says with "X"" replaces the memo's text, and
non-native "change the title of X to be Y" sets it to Y. A value named by its field after it ("with Hall B as the
venue") is quoted as that field's value. Runs early, quotes held aside. General English task grammar only, never an
app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_WANT = r"(?:I|we)(?: would like|'d like| would love|'d love| really want| want| need| wanna)"
# Things a phone makes new; the verb apps put on making them.
_NEW_THINGS = (r"alarm|timer|reminder|note|memo|event|appointment|meeting|entry|contact|album|playlist|folder|list|task"
               r"|group|label")
_SET = ("alarm", "timer", "reminder")
# A thing's fields a value is wished for ("I want Jo's number to be N").
_VALUE_FIELDS = (r"phone number|mobile number|number|e-?mail address|e-?mail|address|name|title|location|place|venue|label"
                 r"|start time|end time|time|date|birthday|nickname|company")
_FIELDS = r"location|place|venue|address|title|name|subject|label|heading|caption|text|body|description"


def outcome(text: str) -> str:
    """``text`` as the plain request (see the module docstring); the same text when it has none of these shapes."""
    lead = re.match(r"(?:(?:you (?:should|must|need to|have to|ought to)|please(?: to)?|kindly|pls)\s+)*", text.strip(), re.I)
    asked = text.strip()[lead.end():]  # "you should X", non-native "please to X": X is the request
    asked = _aside_dropped(asked)
    for rule in (_on_the_phone, _wished_thing, _what_it_says, _to_be, _wished_value, _value_as_field, _wished_switch):
        said = rule(asked)
        if said != asked:
            return _field_named_after(said)
    return _field_named_after(text.strip()[:lead.end()] + asked)


def _on_the_phone(text: str) -> str:
    """"I want to end up on the phone with X", "get X on the line", "put me through to X" -> call X."""
    end = r"\s*[.!?]?$"
    m = re.match(rf"^(?:{_WANT} to (?:end up |be |get )?|(?:please )?(?:get|put) me )(?:on (?:the )?(?:phone|line|a call) (?:with|to)"
                 rf"|through to) (?P<x>[^,;?]+?){end}", text, re.I)
    m = m or re.match(rf"^(?:please )?get (?P<x>(?!me\b)[^,;?]+?) on the (?:phone|line){end}", text, re.I)
    return f"call {_lower(m['x'])}" if m else text


def _wished_thing(text: str) -> str:
    """"I want my diary to have an event "Demo" on Friday" -> create a new event "Demo" on Friday, in my diary;
    "I'd like a new memo titled X ..." -> create a new memo titled X ...; an alarm, timer or reminder is set."""
    m = re.match(rf"^{_WANT} (?P<c>(?:my|the) [\w\-]+(?: app)?) to (?:have|contain|include|hold|get|show) (?:an?|one|a new) (?:new )?"
                 rf"(?P<k>(?:[\w\-]+ )?(?:{_NEW_THINGS}))\b(?P<rest>.*?)(?P<e>[.!]?)$", text, re.I)
    m = m or re.match(rf"^{_WANT}(?: to have)? (?:an?|one|a new) (?:new )?(?P<k>(?:[\w\-]+ )?(?:{_NEW_THINGS}))\b"
                      rf"(?P<rest>.*?)(?P<e>[.!]?)$", text, re.I)
    if not m or re.match(r"\s+(?:to|for me to)\b", m["rest"]):
        return text  # "I need a note to remind me ...": no thing made by the request's words alone
    verb = "set" if m["k"].split()[-1].casefold() in _SET else "create"
    where = f", in {m['c']}" if m.groupdict().get("c") else ""
    return f"{verb} a new {m['k']}{_field_named_after(m['rest'])}{where}{m['e']}"


def _what_it_says(text: str) -> str:
    """"replace what my note "A" says with "B"", "wipe whatever the memo X contains and put Y" -> replace the text of
    it: what a thing says is its text (only as the object of an edit verb; "tell me what X says" asks it)."""
    return re.sub(r"\b(?P<v>replace|overwrite|swap|change|update|edit|set|wipe|clear|erase|delete)(?P<o> out)?\s+(?:what|whatever)\s+"
                  r"(?P<x>(?:my|the|this|that) [^,;?]+?) (?:says|reads|contains|has in it|holds|is saying)\b",
                  r"\g<v>\g<o> the text of \g<x>", text, flags=re.I)


def _wished_switch(text: str) -> str:
    """"I want my "Gym" alarm at 6:00 to be on", "I'd like Bluetooth to end up off", "I want the dark theme off, but keep X"
    -> turn it on / off: a switch's state wished for."""
    m = re.match(rf"^{_WANT} (?P<x>(?!(?:to|it|this|that|me|you|him|her|them|us)\b)[^,;?]+?) (?:to (?:be|end up|stay|get|go)"
                 rf"(?: (?:switched|turned|set))? )?(?P<s>on|off|enabled|disabled)(?P<rest>,? (?:but|and|without) [^?]*?)?\s*[.!]?$",
                 text, re.I)
    if not m or re.search(r"\b(?:day|work|holiday|leave|duty|way|now)$|\bto (?:be|get|end)\b", m["x"], re.I):
        return text  # "I want to be off work": no switch
    state = "on" if m["s"].casefold() in ("on", "enabled") else "off"
    return f"turn {state} {_lower(m['x'])}{m['rest'] or ''}"


def _aside_dropped(text: str) -> str:
    """"The event "X", which is on Friday, May 8, has moved to Y" -> The event "X" on Friday, May 8 has moved to Y: a
    where or when said as an aside between commas belongs to the thing before it."""
    return re.sub(r"^(?P<x>[^,;?]+?),\s+(?:which|that|who) (?:is|was|are|'s) (?P<w>(?:on|at|in|from) (?:[^,;?]|,(?= (?:(?-i:[A-Z])"
                  r"[a-z]{2,8}\.? )?\d))+?),\s+(?=(?:has|have|is|are|was|were|got|should|needs?|must|will)\b)",
                  r"\g<x> \g<w> ", text, flags=re.I)


def _to_be(text: str) -> str:
    """Non-native "change name of a.txt to be b.txt", "set the venue of X to be Y" -> change the name of a.txt to b.txt."""
    m = re.match(rf"^(?P<v>(?:please )?(?:change|set|update|edit|make))\s+(?:the |its )?(?P<f>{_FIELDS}) (?P<p>of|for|on)"
                 rf" (?P<x>.+?) to be (?:called |named )?(?P<y>\S.*)$", text, re.I)
    if m:
        return f"{m['v']} the {m['f']} {m['p']} {m['x']} to {m['y']}"
    return re.sub(r"^(?P<v>(?:please )?rename (?P<x>.+?)) to be (?:called |named )?(?=\S)", r"\g<v> to ", text, flags=re.I)


def _wished_value(text: str) -> str:
    """"I want Jo Lim's number to be N from now on" -> change Jo Lim's phone number to N; "I'd like the venue of X to be Y"
    -> change it; "I want my note "A" to say only "B"" -> replace the text of my note "A" with "B": a value wished for."""
    when = r"(?:,? (?:from now on|going forward|instead|now|again|from today on))?\s*[.!]?$"
    m = re.match(rf"^{_WANT} (?P<x>(?:(?:the|my|its|their) )?(?:{_VALUE_FIELDS}) (?:of|for) [^,;?]+?|(?-i:[A-Z])[^,;?]*?'s"
                 rf" (?:{_VALUE_FIELDS})) to (?:be|become|read|say) (?P<y>[^,;?]+?){when}", text, re.I)
    if m:
        return f"change {_lower(m['x'])} to {m['y']}"
    m = re.match(rf"^{_WANT} (?P<x>(?:my|the|this|that) (?!(?:to)\b)[^,;?]+?) to (?:say|read|contain|hold) (?:only |just |nothing but )?"
                 rf"(?P<y>{_Q}|[^,;?]+?){when}", text, re.I)
    return f"replace the text of {_lower(m['x'])} with {m['y']}" if m else text


def _value_as_field(text: str) -> str:
    """Non-native "put 9 Elm Row as address of Jo Lim", "use Hall B as the place for X" -> set the address of Jo Lim to 9 Elm
    Row: a value put as a thing's field."""
    m = re.match(rf"^(?P<v>put|set|use|add|save|enter|write|type) (?P<y>{_Q}|[^;?]+?) as (?:the |its |their |his |her )?"
                 rf"(?P<f>{_VALUE_FIELDS}) (?:of|for|in|on) (?P<x>[^,;?]+?)\s*[.!]?$", text, re.I)
    if not m or m["v"].casefold() == "save" and re.search(r"\bcontacts?\b", m["x"], re.I):
        return text
    return f"set the {m['f']} of {_lower(m['x'])} to {m['y']}"


def _field_named_after(text: str) -> str:
    """"... with Hall B as the venue" -> ... with "Hall B" as the venue: the value a field is given, said before it; "with
    the label "Gym"" -> labelled "Gym"."""
    text = re.sub(rf"\bwith (?:the |a |its )?(?P<k>label|title|name)\s*:?\s*(?={_Q})",
                  lambda m: {"label": "labelled ", "title": "titled ", "name": "named "}[m["k"].casefold()], text, flags=re.I)
    return re.sub(rf"\b(?P<w>with|using|and) (?P<v>(?-i:[A-Z0-9])[^,;:.!?{OPEN}\"]{{0,60}}?) as (?P<d>the|its) (?P<f>{_FIELDS})\b",
                  r'\g<w> "\g<v>" as \g<d> \g<f>', text)


def _lower(phrase: str) -> str:
    return re.sub(r"^(The|My|This|That|Our)\b", lambda m: m.group(1).lower(), phrase.strip())
