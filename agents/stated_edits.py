"""Changes to an existing item said as the need or the end state, put as the plain request.

People say what an item lacks or how it should be instead of the verb: "Ana Ruiz's card is missing a
phone number: +1 555 0100" adds it, "the Gym alarm at 6:00 should go off at 6:45 instead" moves it,
"erase everything in the note "Plans" and write "Cancelled" instead" replaces its text, "there is an
album called Trips, rename it to Travel" acts on the album so named. A message after "say:" is the
message ("... and say: on my way"). Runs early, quotes held aside (the "say:" message before they are).
General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A field an item can lack, and the name the forms give it.
_FIELDS = {"email": "email address", "e-mail": "email address", "email address": "email address",
           "e-mail address": "email address", "phone": "phone number", "phone number": "phone number",
           "number": "phone number", "mobile number": "phone number", "mobile": "phone number",
           "cell number": "phone number", "work number": "work number", "home number": "home number",
           "address": "address", "home address": "address", "birthday": "birthday", "website": "website",
           "nickname": "nickname", "company": "company", "location": "location", "place": "location",
           "venue": "location", "label": "label", "description": "description"}
_FIELD = "|".join(sorted((re.escape(f) for f in _FIELDS), key=len, reverse=True))
_LACKS = (r"(?:needs|is missing|lacks|has no|does not have|doesn't have|should have|should get|must have|still needs"
          r"|could use)")
_ASKED = r"(?:(?:so |and )?(?:please |pls |kindly |could you |can you |would you )*)"
_PUT = r"(?:add|put|use|save|set|enter|store|type|make it|it is|it's|that is|namely|which is)"


def restated(text: str) -> str:
    """``text`` said as the plain request (see the module docstring); the same text when it has none of these shapes."""
    text = re.sub(r"\b(?:remove|take) (?P<x>(?:(?!\b(?:and|then)\b)[^,;.()]){1,60}?) (?:out )?(?:from|of|off) (?P<w>(?:my |the |our )?"
                  r"(?:calendar|agenda|schedule|diary|inbox|address book))\b", r"delete \g<x> from \g<w>", text, flags=re.I)
    for rule in (_lacking, _instead_at, _wiped_and_written, _introduced):
        said = rule(text.strip())
        if said != text.strip():
            return said
    return text


def said_message(text: str) -> str:
    """"start a chat with Bo and say: see you at 6" -> ... and say "see you at 6" (before quotes are held aside):
    the words after a saying verb and a colon, to the end, are the message."""
    m = re.search(r"\b(?P<v>say|saying|tell (?:them|him|her)|write(?: back)?|reply|answer)\s*:\s*(?P<m>[^\"“«:]+?)\s*[.!]?\s*$",
                  text, re.I)
    if not m or not text[:m.start()].strip() or len(m["m"].split()) < 1:
        return text
    return f'{text[:m.end("v")]} "{m["m"]}"'


def _lacking(text: str) -> str:
    """"Bo Li's contact needs an email, please add bo@li.org" -> add the email address bo@li.org to Bo Li's contact."""
    m = re.match(rf"^(?P<x>.+?) {_LACKS} (?:an? |the |its |their |one |his |her )?(?P<f>{_FIELD})(?: too| as well| yet)?"
                 rf"(?P<sep>\s*[,;:.\-–—]\s*|\s+){_ASKED}(?P<v>{_PUT}\b)?\s*(?P<y>{_Q}|{_EMAIL}|\+?\d[\d\s().\-]{{4,}}\d"
                 rf"|[^,;:.!?]+?)(?: (?:to|in|on|for) (?:it|them|him|her|that|the (?:contact|card|entry|item)))?(?: too| instead)?"
                 r"\s*[.!]?$", text, re.I)
    if not m or (not m["v"] and not m["sep"].strip()) or re.match(r"(?:it|this|that|them|one)\b", m["y"], re.I):
        return text
    return f"add the {_FIELDS[m['f'].casefold()]} {m['y']} to {_lower(m['x'])}"


def _instead_at(text: str) -> str:
    """"the Gym alarm that is at 6:00 should ring at 6:45 instead" -> move the Gym alarm from 6:00 to 6:45;
    "Standup on Friday should start at 10:00 now" -> move Standup on Friday to start at 10:00."""
    m = re.match(r"^(?P<x>.+?) (?:should|must|needs to|has to|ought to|is supposed to|is to) (?:now |rather )?"
                 r"(?P<v>ring|go off|sound|start|begin|be|happen|take place|run) (?:at|for|on|from) (?P<y>[^,;]*?\d[^,;]*?)"
                 r"(?: instead(?: of (?P<old>[^,;]*?\d[^,;]*?))?| from now on| now| rather)\s*[.!]?$", text, re.I)
    if not m or re.match(r"(?:which|what|who|when|where|how|why|do|does|did|is|are|can|could|should|would|will|I|we)\b", m["x"], re.I):
        return text
    x, old = _lower(m["x"]), m["old"]
    at = re.search(r",?\s*(?:(?:that|which)(?:'s| is| was| rings| goes off| is set) |currently |now )?(?:at|for) (?P<t>\d{1,2}(?:[:.]\d\d)?"
                   r"(?:\s*[ap]\.?m\.?)?)\s*,?$", x, re.I)
    if at and not old:
        x, old = x[:at.start()], at["t"]
    start = "start at " if m["v"].casefold() in ("start", "begin") else ""
    return f"move {x}{f' from {old}' if old else ''} to {start}{m['y']}"


def _wiped_and_written(text: str) -> str:
    """"wipe the contents of note "A" and write "B" instead" -> replace the text of note "A" with "B"."""
    m = re.match(r"^(?:wipe|clear|erase|delete|remove|empty|blank|scrap)(?: out)? (?P<what>(?:all )?(?:of )?(?:the )?(?:contents?|text|body"
                 r"|words|everything|all|what is written|whatever is(?: written)?|what it says) (?:of|in|from|inside|on) )?(?P<x>.+?),?"
                 r" (?:and|then|,)(?: then)? (?:write|put|type|add|enter|make it say|have it say) (?:in )?(?P<y>.+?)"
                 r"(?P<end> instead| in its place| there| in it)?\s*[.!]?$", text, re.I)
    if not m or not (m["what"] or m["end"]):
        return text
    return f"replace the text of {m['x']} with {m['y']}"


def _introduced(text: str) -> str:
    """"there is a tab open in the browser called News, shut that one only" -> shut the News tab in the browser only:
    an item introduced by its name, then acted on by a pronoun."""
    m = re.match(r"^there(?: is| are|'s) (?:an?|one) (?P<k>[a-z][\w\-]*)(?P<b>(?: (?!called\b|named\b|titled\b)[\w\-]+){0,6}?)"
                 rf" (?:called|named|titled) (?P<t>{_Q}|[^,;.\-–—]+?)\s*(?:[,;.\-–—]\s*){_ASKED}"
                 r"(?P<v>[a-z]+(?: (?:off|out|down|up))?) (?:it|that one|this one|that|this)\b(?P<rest>.*)$", text, re.I)
    if not m or m["v"].casefold() in ("is", "was", "has", "and", "but", "so"):
        return text
    place = re.search(r"\b(?:in|on) (?:the |my )?[\w\-]+(?: app)?$", m["b"])
    return f"{m['v']} the {m['t']} {m['k']}{' ' + place.group(0) if place else ''}{m['rest']}"


def _lower(phrase: str) -> str:
    """A thing said first in the sentence, with its article in lower case ("The note" -> "the note")."""
    return re.sub(r"^(The|My|This|That|Its|Our)\b", lambda m: m.group(1).lower(), phrase.strip())
