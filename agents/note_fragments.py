"""Verbless notes typed like a search box, said as the request they stand for.

People type a request as the thing they want with no verb: "start time "Yoga" Friday, March 6", "latest Chatly
message from Bo Li", "temperature Oslo today, weather.ex.org" ask for that value ("What is the start time of
"Yoga" on Friday, March 6?", "What is the latest Chatly message from Bo Li?", "What is the temperature in Oslo
today on weather.ex.org?"); "Bo Li out of my contacts", "IMG_4.jpg out of the "Trip" album" take the thing out
("remove Bo Li from my contacts"). A place said first with a spoken "over"/"up"/"down" ("Over in Chatly, mute Bo")
is the place ("In Chatly, mute Bo"). General English note-taking only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .task_verbs import VERBS

_Q = f"{OPEN}\\d+{CLOSE}|\"[^\"]*\""
# Values a note asks for when it starts with one (its owner follows).
_VALUE = (r"(?:start|end|opening|closing) time|start date|opening hours|hours|phone number|e-?mail address|address|location"
          r"|venue|price|cost|rating|temperature|weather|forecast|size|date|sender|title|code|password|total|balance")
_LATEST = r"(?:latest|last|newest|most recent|recent) (?:(?-i:[A-Z])[\w\-]* )?(?:message|text|sms|e-?mail|mail|post|voicemail)"
_DAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,? (?:\d{1,2} )?(?-i:[A-Z])[a-z]+(?: \d{1,2}\b)?)?|today|tonight"
        r"|tomorrow)")
_SITE = r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?"
# Words a sentence has and a search-box note has not.
_SENTENCE = re.compile(r"\b(?:I|me|my|we|you|your|is|are|was|were|do|does|did|can|could|will|would|should|please|it|them"
                       r"|what|which|who|when|where|how|and|to)\b", re.I)


def fragment(text: str) -> str:
    """The request a verbless note stands for (see the module docstring); "" when ``text`` is none."""
    body = text.strip().rstrip(".")
    if not body or body.endswith("?") or (_first(body) in VERBS and not re.match(rf"(?:{_VALUE})\s", body, re.I)):
        return ""
    if m := re.fullmatch(rf"(?P<x>(?:{_Q}|[^,;:]+?))\s+out of\s+(?P<l>(?:(?:my|the|our) )?(?:{_Q}\s+)?[^,;:]+?)", body, re.I):
        words = re.findall(r"\b(?-i:[a-z])+\b", re.sub(_Q, "", m["x"]))
        phrasal = re.fullmatch(r"(?-i:[a-z]+)", m["x"].strip())  # "sign out of my account", "log out of X": one verb
        if not phrasal and not _SENTENCE.search(re.sub(_Q, "", m["x"])) and not set(words) & (VERBS | {"kindly", "just"}) \
                and len(m["l"].split()) <= 5:
            return f"remove {m['x']} from {m['l']}"
        return ""
    if _SENTENCE.search(re.sub(_Q, "", body).replace("my ", "")):
        return ""
    if m := re.fullmatch(rf"(?:the )?(?P<a>{_LATEST})\s+(?P<r>(?:from|by) \S.*)", body, re.I):
        return f"What is the {m['a']} {m['r']}?"
    m = re.fullmatch(rf"(?:the )?(?P<a>{_VALUE})\s+(?:(?:of|for|in|at) )?(?P<o>(?!(?:of|for|in|at)\b)[^,]+?)"
                     rf"(?:\s+(?P<d>{_DAY}))?(?:,?\s+(?:(?:on|from|at|via) )?(?P<s>{_SITE}))?", body, re.I)
    if not m or len(m["o"].split()) > 6 or not re.search(rf"(?-i:[A-Z])|{_Q}|\d", m["o"]):
        return ""  # the owner is named (a name, a quoted title, a number), or this is no such note
    owner = m["o"]
    place = m["a"].casefold() in ("temperature", "weather", "forecast") and not re.match(_Q, owner)
    day = f" {'on ' if re.match(r'(?:mon|tues|wednes|thurs|fri|satur|sun)day', m['d'] or '', re.I) else ''}{m['d']}" if m["d"] else ""
    site = f" on {m['s']}" if m["s"] else ""
    return f"What is the {m['a']} {'in' if place else 'of'} {owner}{day}{site}?"


def fronted_place(text: str) -> str:
    """"Over in Chatly, mute Bo" -> "In Chatly, mute Bo": a spoken adverb before a place said first."""
    m = re.match(r"(?:over|up|down|out|back|right) (?=(?:in|on|at) (?-i:[A-Z])\S*(?: (?-i:[A-Z])\S*)?,)", text, re.I)
    return text[m.end():m.end() + 1].upper() + text[m.end() + 1:] if m else text


def _first(text: str) -> str:
    m = re.match(r"\s*([A-Za-z]+)", text)
    return m.group(1).casefold() if m else ""
