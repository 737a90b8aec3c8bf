"""What a loosely said request leaves implied, said out: its verb, its object, where a value comes from.

Everyday requests leave out what the speaker thinks is plain:

- a thing named first, then asked about by a pronoun: "I forgot the code in my note X - what is it?", "Check the
  nearest bakery - if it's open, when does it close?" ask "what is the code in my note X?", "when does the nearest
  bakery close?" (a condition on the same thing that holds in the ordinary case adds nothing to ask);
- a topic said as a story, then taken up by "it": "I was reading about dark mode and I'd like it on" wants dark mode on;
- a request said as the noun it makes: "Calendar entry for the meeting in Bo's mail - date and time included" adds
  the meeting to the calendar with its date and time ("as per Bo's text": from it);
- a person added with a phone number or address ("add Ana Ruiz with the number 555 0101") is a new contact;
- a value's source said as a compound noun: "the Acme email code" is the code from the Acme email.

General English only; quoted text is held by the caller (``referents.OPEN`` ... ``CLOSE``) and never read.
"""

from __future__ import annotations

import re

from .note_fragments import fronted_place

# A first clause that only names a thing, then a question about it: "I forgot X - what is it?", "check X: when ...?"
_NAMED_THEN_ASKED = re.compile(
    r"^(?:(?:I|we) (?:forgot|forget|have forgotten|can't remember|cannot remember|can not remember|don't remember|do not remember"
    r"|lost track of|am not sure about|need)|(?:can you |please )?(?:check|look at|have a look at|look up|pull up))\s+"
    r"(?P<x>(?:(?:the|my|our|this|that) |(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)?'s |\ue000\d+\ue001)[^.;:!?–—]*?)"
    r"(?:\s+[-–—]|\s*[–—]|[:;,.])\s+"
    r"(?P<c>(?:if|when|as long as|assuming|provided) (?:it|they)(?:'s|'re| is| are| has| have)? [^,?]+,\s+)?"
    r"(?P<q>(?:what|when|where|which|who|how|until when|till when|at what time|by what time)\b[^?]*\?)\s*$", re.I)
_IT = re.compile(r"\b(?:it|they|them)\b(?!')", re.I)
# A story about a topic, then "it" in the request: "I was reading about X and I'd like it on".
_STORY = re.compile(r"^(?:(?:so|well|ok|okay|basically|anyway|um|uh)\b,?\s+)*(?:I|we)(?: was| were| have been|'ve been| had been|'d been| am|'m| are|'re| keep) (?:reading|hearing|learning|told|thinking|watching"
                    r"(?: a video)?|seeing (?:posts|ads)) about (?P<x>[^,.;!?]+?)(?P<j>,\s*(?:and\s+)?(?:so\s+)?|\s+and\s+(?:so\s+)?"
                    r"|\s+[-–—]\s+|\.\s+)(?P<r>(?:I|we)(?:'d| would| want| need| really)[^.;!?]*?\b(?:it|them)\b.*)$", re.I)
# A request said as the calendar item it makes, with no verb.
_ENTRY = re.compile(r"^(?:(?:a|an|one) )?(?:calendar|diary|agenda) (?:entry|event|item|appointment)\s+(?:(?P<q>\ue000\d+\ue001)"
                    r"|for (?P<x>(?:the|my|our|a|an) [^,;]+?)(?=\s*(?:,|;|\s[-–—]\s|\.?$)))", re.I)  # ("new X": a form of its own)
_FIELD = r"(?:date|day|time|start time|end time|place|location|venue|address|title|name|duration)"
_LIST = rf"(?:the |its |their )?(?P<l>{_FIELD}(?:(?:,\s*|,? and |,? & )(?:the |its )?{_FIELD})*)"
# "- date, time and place included" / "(with) date and time as per Bo's text": the fields and where they come from
_INCLUDED = re.compile(rf"(?:,\s*(?:please\s*)?)?\s*(?:[-–—,]\s+|\s+)(?:with\s+)?{_LIST}\s+(?:included|as well|too|and all)\b", re.I)
_AS_PER = re.compile(rf"(?:,\s*(?:please\s*)?)?\s*(?:[-–—,]\s+|\s+)(?:with\s+)?{_LIST}\s+(?:as per|according to|as in|like in"
                     r"|going by|based on|per)\s+", re.I)
# "add Ana Ruiz with the number 555 0101": a person with a number or address is a new contact
_PERSON_WITH = re.compile(r"(?:^|(?<=[,:]\s))(?P<v>add|save|create)\s+(?P<x>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){0,3})\s+"
                          r"(?=(?:with|and) (?:the |his |her |their |a )?(?:phone number|mobile number|mobile|number|phone"
                          r"|e-?mail(?: address)?|address|birthday)\b)(?![^.;!?]*\bto (?:the |my |our )?(?:[\w\-]+ )?(?:group|chat"
                          r"|meeting|call|event|list|thread|conversation|team)\b)", re.I)
_SOURCE = r"(?:e-?mail|mail|text|message|sms|dm|newsletter|notification|letter|invoice|receipt)"
_VALUE = r"(?:code|verification code|login code|link|password|pin|number|address|date|time|amount|total|tracking number)"
# "the Acme email code": the code from the Acme email (a name before the source, the value last)
# "the code I wrote in my note X": the code in it (the speaker keeping it there says nothing of which one)
_KEPT = re.compile(r"\b(?P<x>the [\w\-]+(?: [\w\-]+)?) (?:that |which )?(?:I|we) (?:wrote|put|saved|stored|kept|noted|jotted|typed"
                   r"|left|added|entered)(?: down)? (?=(?:in|on|into) (?:my|the|our|a) )", re.I)
# "the date and time from Bo's text about the party": of the party in Bo's text
_ABOUT = re.compile(rf"\b{_LIST} from (?P<s>(?:(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)?'s|the|my) (?:{_SOURCE})(?: from (?-i:[A-Z])[\w\-]*"
                    r"(?: (?-i:[A-Z])[\w\-]*)?)?) about (?:the |our |my )?(?P<y>[a-z][\w\-]*(?: [a-z][\w\-]*)?)(?=\s*(?:[.,;!?]|$))", re.I)
_COMPOUND = re.compile(rf"\bthe (?P<n>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)?) (?P<s>{_SOURCE}) (?P<v>{_VALUE})\b", re.I)


def implied(text: str) -> str:
    """``text`` with what it leaves implied said out (module docstring); the same text otherwise."""
    text = fronted_place(text)
    text = _COMPOUND.sub(lambda m: f"the {m['v']} from the {m['n']} {m['s']}", text)
    text = _KEPT.sub(lambda m: f"{m['x']} ", text)
    text = _PERSON_WITH.sub(lambda m: f"{'add' if m['v'].lower() == 'create' else m['v'].lower()} a new contact named {m['x']} ", text, count=1)
    if m := _NAMED_THEN_ASKED.match(text):
        asked = _IT.sub(lambda _: m["x"], m["q"], count=1)
        day = re.search(r"\b(?:today|tonight|tomorrow|now|right now)\b", m["c"] or "", re.I)
        if day and not re.search(rf"\b{day[0]}\b", asked, re.I):  # "if it's open today, when does it close?": today
            asked = f"{asked[:-1].rstrip()} {day[0]}?"
        if asked != m["q"]:
            return asked[0].upper() + asked[1:]
    if m := _ENTRY.match(text):
        rest = text[m.end():]
        rest = _INCLUDED.sub(lambda f: f" with its {f['l']}", rest, count=1)
        rest = _AS_PER.sub(lambda f: f" with the {f['l']} from ", rest, count=1)
        text = f"add {m['q'] or m['x']} to my calendar{rest}"
    return _ABOUT.sub(lambda m: f"the {m['l']} of the {m['y']} in {m['s']}", text)


def story_topic(text: str) -> str:
    """"I was reading about X and I'd like it on" -> "I'd like X on" (the wish, its "it" the story's topic)."""
    if m := _STORY.match(text):
        wish = re.sub(r"^(?P<s>I|we)'d\b", r"\g<s> would", m["r"], flags=re.I)
        return _IT.sub(lambda _: m["x"], wish, count=1)
    return text
