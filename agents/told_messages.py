"""A message said unquoted after whom it is for: "tell her I'm running 10 minutes late".

"tell him I'm on my way", "let Ana know we'll be there at 7", "text mum that the keys are under the
mat", "message them we're outside", "email HR that my address changed", "tell Lisa on WhatsApp that I'm ill": the
words after the person (and where it goes) are the message, said as 'tell her saying "I'm running 10 minutes late"'
for the value parsers. The person is a pronoun, "my X", a family
word, or a capitalised name; the words must be "that ..." or a clause ("I'm ...", "we ..."), since
"text Bo the address" or "tell Ana what time the match starts" pass on a thing to find first. "tell me
...", "tell her to call me" and a task with quotes or a colon are left as they are. With no person ("reply that I'm
on my way") the message goes to the open chat. General English task grammar only.
"""

from __future__ import annotations

import re

from . import told_abroad

_WHO = (r"(?>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|her|him|them|(?:my|our)\s+[a-z]+|mum|mom|mommy|mummy|dad|daddy|mama|papa|grandma|grandpa|"
        r"(?-i:(?!I\b|I['’])[A-Z][\w\-]*(?:\s+(?!I\b|I['’])[A-Z][\w\-]*)?))")
_CLAUSE = r"(?:i|i['’]m|i['’]ll|i['’]ve|i['’]d|we|we['’]re|we['’]ll|you|you['’]re|it['’]s|there['’]s)\b"
_SAID = rf"(?:that\s+(?P<m>\S.+?)|(?P<c>{_CLAUSE}.+?))\s*[.!]?\s*$"
# "on WhatsApp", "by email" between the person and the message: where it goes, kept with the person
_VIA = r"(?:\s+(?:on|via|over|through|by)\s+(?:(?-i:[A-Z])[\w\-]*|e-?mail|text|sms))?"
_TELL = re.compile(rf"^\s*(?P<lead>(?:please\s+)?(?:tell|text|message|sms|whatsapp|e-?mail|mail)\s+(?P<to>{_WHO}){_VIA})\s+{_SAID}",
                   re.I)
_LET_KNOW = re.compile(rf"^\s*(?:please\s+)?let\s+(?P<to>{_WHO})\s+know\s+{_SAID}", re.I)
# No person: the open chat's ("reply that I'm on my way", "write that the meeting moved"); "write that down" is none.
_ALONE = re.compile(rf"^\s*(?:please\s+)?(?P<lead>reply|answer|respond|write|type|text)(?:\s+back)?\s+that\s+"
                    rf"(?P<m>(?:{_CLAUSE}|(?:he|she|they|the|my|our)\s).+?)\s*[.!]?\s*$", re.I)


def told(text: str) -> str:
    """``text`` with an unquoted message after its person said as 'X saying "..."' (the same text otherwise)."""
    if re.search(r"[\"“”«»「」:：]", text):
        return told_abroad.said_that.colon(text)  # "escríbele a mamá: ya llegué" (quotes: as they are)
    m = _LET_KNOW.match(text)
    if m and len((m["m"] or m["c"]).split()) >= 2:
        return f'tell {m["to"]} saying "{m["m"] or m["c"]}"'
    m = _TELL.match(text)
    if m and len((m["m"] or m["c"]).split()) >= 2:
        return f'{m["lead"]} saying "{m["m"] or m["c"]}"'
    m = _ALONE.match(text)
    if m and len(m["m"].split()) >= 2:
        return f'{m["lead"]} saying "{m["m"]}"'
    return told_abroad.told(text)  # "dile a Sofía que ...", "sag Anna, dass ..."
