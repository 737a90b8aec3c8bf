"""Everyday openers before a request, said away: what follows them is the request.

"Would you be able to call Ana?", "I was hoping you could text Bo", "Need to text Bo", "Gotta set an alarm",
"Can we turn Bluetooth off?", "How about you open Chrome?", "Time to turn on dark mode", "You can go ahead and
delete X" -> the request; "Mind turning off Wi-Fi?", "How about muting the chat?" -> "turn off Wi-Fi", "mute the
chat"; "Can I get a timer for 20 minutes?" -> "set a timer for 20 minutes"; "Could I have a new note called X" ->
"create a new note called X"; "Can I get a count of the X?" -> "count the X."; "I need to know X", "Show me how many X" -> "tell me X"; "Make sure Wi-Fi is off" ->
"turn off Wi-Fi". An opener is taken away only where a task verb follows it. General English only.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS, de_gerund

# Openers after which the request follows as a bare verb.
_INFINITIVE = re.compile(
    r"^(?:(?:would|could|will) you be able to|(?:I was|I am|I'm) (?:hoping|wondering if) you (?:could|can|would)"
    r"|I wonder if you (?:could|can)|I(?:'d| would) love (?:it )?if you (?:could|would)|(?:I |we )?(?:really )?need to"
    r"|(?:I |we )?(?:gotta|got to|have to|'ve got to|have got to)|(?:I )?wanna|(?:you can |you could )?go ahead and"
    r"|you (?:can|could|may)|(?:it's |it is )?time to|(?:can|could|shall) we|how about you|why don't you"
    r"|(?:can you |could you )?try to)\s+(?=(?P<v>[a-z]+)\b)", re.I)
# Openers after which the request follows as a gerund ("mind turning off X").
_GERUND = re.compile(r"^(?:mind|how about|what about)\s+(?=\w+ing\b)", re.I)
# "Can I get a timer for 20 minutes?": a thing the phone sets or makes, asked for.
_ASKED_FOR = re.compile(r"^(?:can|could|may) (?:I|we) (?:get|have)|^(?:I(?:'d| would) like|give me|get me|I want)"
                        r"(?= (?:a|an) (?:new )?(?:\w+ )?(?:timer|alarm|reminder|note|memo|event|album|playlist|contact|folder"
                        r"|list)\b)", re.I)
_ASKED_THING = re.compile(r"^(?P<a>(?:a|an) (?:new )?(?:\w+ )?(?P<k>timer|alarm|reminder|note|memo|event|album|playlist"
                          r"|contact|folder|list))\b", re.I)
# "Can I get a count of the X?": count the X.
_COUNT_OF = re.compile(r"^(?:can|could|may) (?:I|we) (?:get|have|see) (?:a|the) (?:count|tally|total number) of\s+(?=\S)", re.I)
_KNOW = re.compile(r"^(?:(?:I |we )?(?:need|would like|'d like|have) to (?:know|find out|see)|show me|let me see)"
                   r"(?= (?:how many|how much|what|which|who|when|where|whether|if)\b)", re.I)
_SURE = re.compile(r"^make sure (?:that )?(?P<x>(?:the |my )?[\w\- ]{1,30}?) is (?:turned |switched |set to )?"
                   r"(?P<s>on|off|enabled|disabled)\s*(?P<e>[.!]?)$", re.I)


def opened(text: str) -> str:
    """``text`` with an everyday opener before its request taken away."""
    stripped = text.strip()
    if m := _SURE.match(stripped):
        state = "on" if m["s"].lower() in ("on", "enabled") else "off"
        return f"turn {state} {m['x']}{m['e']}"
    if (m := _KNOW.match(stripped)) and _lone(stripped[m.end():]):
        return "tell me" + stripped[m.end():]
    if (m := _COUNT_OF.match(stripped)) and _lone(stripped[m.end():]):
        return _unasked(f"count {stripped[m.end():]}")
    if m := _ASKED_FOR.match(stripped):
        rest = stripped[m.end():].lstrip()
        if thing := _ASKED_THING.match(rest):
            verb = "set" if thing["k"].lower() in ("timer", "alarm", "reminder") else "create"
            return _unasked(f"{verb} {rest}")
    if (m := _INFINITIVE.match(stripped)) and m["v"].lower() in VERBS and _owns(m, stripped):
        return _unasked(stripped[m.end():])
    if m := _GERUND.match(stripped):
        return _unasked(de_gerund(stripped[m.end():]))
    return text


def _owns(m: re.Match[str], text: str) -> bool:
    """Is what follows the opener the request? "You can find X in Y" says where X is; "I need to leave at 5, ..."
    is the user's own plan before the request (an opener with "I" or "we" stands only before a lone request)."""
    if re.match(r"you (?:can|could|may) (?:find|see|get)\b", m.group(0) + m["v"], re.I):
        return False
    return not re.match(r"(?:I|we)\b", m.group(0), re.I) or _lone(text[m.end():])


def _lone(rest: str) -> bool:
    """Is ``rest`` one clause (no second sentence, dash, comma or "so" clause after it)?"""
    return not re.search(r"[,;]\s|[.!?]\s+\w|\s[-–—]\s|\s(?:so|but|because)\s", rest)


def _unasked(request: str) -> str:
    """A request that was asked as a question ends as a request."""
    return request[:-1] + "." if request.endswith("?") else request


