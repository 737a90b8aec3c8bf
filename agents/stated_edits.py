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
from .task_verbs import VERBS
from .told_messages import told
from .wished_states import DONE_TO, PARTICIPLE

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
    text = _passive(text.strip())
    text = re.sub(r"\b(?:remove|take) (?P<x>(?:(?!\b(?:and|then)\b)[^,;.()]){1,60}?) (?:out )?(?:from|of|off) (?P<w>(?:my |the |our )?"
                  r"(?:calendar|agenda|schedule|diary|inbox|address book))\b", r"delete \g<x> from \g<w>", text, flags=re.I)
    for rule in (_lacking, _instead_at, _said_instead, _wiped_and_written, _introduced, _unneeded):
        said = rule(text.strip())
        if said != text.strip():
            return _closed(said)
    return _closed(text)


def said_message(text: str) -> str:
    """"start a chat with Bo and say: see you at 6" -> ... and say "see you at 6" (before quotes are held aside):
    the words after a saying verb and a colon, to the end, are the message."""
    m = re.search(r"\b(?P<v>say|saying|tell (?:them|him|her)|write(?: back)?|reply|answer|send)\s*:\s*(?P<m>[^\"“«:]+?)\s*[.!]?\s*$",
                  text, re.I)
    if m and (text[:m.start()].strip() or re.fullmatch(r"write back|reply|answer", m["v"], re.I)):  # "reply: sure"
        return f'{text[:m.end("v")]} "{m["m"]}"'
    m = re.search(r"\b(?:conversation|chat|thread|dm) with (?:(?-i:[A-Z])[\w'\-]*|[a-z]+ )+?[^:\"“«]*?(?P<c>\s*:\s*)"
                  r"(?P<m>[^\"“«:]+?)\s*[.!]?\s*$", text, re.I)
    if m and re.match(r"\s*(?:(?:please |can you |could you )*(?:start|begin|open|create|make|strike up|kick off))\b", text, re.I):
        return f'{text[:m.start("c")]} and send "{m["m"]}"'  # "start a chat with Bo on Viber: see you"
    return told(text)  # "tell her I'm running late": the words after the person




_FILE = r"[\w\-]+\.[a-z0-9]{2,4}\b"  # a file name said first ("a.mp3 should be ...")
_DATE_COMMA = r",(?= (?:(?-i:[A-Z])[a-z]{2,8}\.? )?\d)"  # "on Friday, March 6": a comma inside a date
_DOABLE = VERBS | frozenset(DONE_TO.values())  # "X needs posting / emptying"
# Words no thing said first starts with (a pronoun, a question word, an interjection).
_NO_THING = r"it|this|that|there|what|which|who|how|when|where|why|he|she|they|I|we|you|hey|hi|so|please|and|but|also|then|now|just"
_NO_ONE = frozenset("let say inform remind warn nothing none no nobody neither not".split())  # no thing to act on
_SAID_AGAIN = r"\s*[,\-–—]\s*(?:(?:so|and|please|pls|can you|could you) )*[a-z]+ (?:it|that|them)\s*$"  # "..., please rename it"


# A wish for an end state: "it'd be great if X was pinned", "I wish X were muted" (X said with what is done to it).
_WISH = r"it(?:'d| would) be (?:\w+ )?(?:great|nice|good|lovely|helpful|awesome|cool|ideal|perfect|better) if|I wish|I(?:'d| would) like it if"


# A request said as the noun of its act ("Removal of the photo X, please") and the verb it names; a status said after
# it ("Cancellation of order 123 confirmed") reports the act, asks nothing.
_ACT_NOUNS = {"removal": "remove", "deletion": "delete", "cancellation": "cancel", "creation": "create", "addition": "add",
              "renaming": "rename", "archiving": "archive", "muting": "mute", "unmuting": "unmute", "pinning": "pin",
              "unpinning": "unpin", "installation": "install", "forwarding": "forward", "replacement": "replace",
              "blocking": "block", "unblocking": "unblock", "activation": "turn on", "deactivation": "turn off",
              "relocation": "move", "moving": "move", "reply": "reply", "closure": "close", "closing": "close",
              "sending": "send", "starring": "star", "unstarring": "unstar", "bookmarking": "bookmark", "saving": "save"}
# (these nouns also name news, a search or what someone else did: "Closing of the Main Street branch", "The reply of the
# council to my complaint", "Saving of the Titanic": an act only when asked for, "..., please", or done to a thing named in
# quotes or a file)
_ASKED_ONLY = frozenset({"relocation", "moving", "reply", "closure", "closing", "sending", "starring", "unstarring",
                         "bookmarking", "saving"})
_ACT_NOUN = re.compile(rf"^(?:the |a )?(?P<n>{'|'.join(_ACT_NOUNS)}) of (?P<x>(?!(?:it|this|that|them)\b)"
                       r"(?![^?;]*\b(?:confirmed|complete|completed|successful|pending|approved|done|processed|rejected|declined"
                       r"|received)\W*$)(?:(?!\b(?:is|was|were|are|has|have|had|will|would|did|does|went|took|failed)\b)[^?;])+?)"
                       r"(?P<asked>,?\s*(?:please|pls|thanks|thank you|cheers|ta))?\s*[.!]?$", re.I)  # new, or asked for


# A thing said first, then what is wanted with it as a noun: "Email address a@b.org - an addition to Bo's contact, please";
# "a Chat message with the code to Bo, please" (what is sent, to whom, on which app).
_ADDITION = re.compile(r"^(?P<x>[^,;:()?]{3,80}?)\s*(?:[-–—:]|,)\s*(?:an? |the )?(?:new )?addition (?:to|for) (?P<y>[^,;?]+?)"
                       r"(?:,?\s*(?:please|pls|thanks|thank you|cheers))?\s*[.!]?$", re.I)
_MESSAGE_WITH = re.compile(r"^(?:an? |one )?(?:(?P<app>(?-i:[A-Z])[\w\-]+) )?(?P<k>message|text|sms|e-?mail|dm) (?:with|containing|holding)"
                           r" (?P<x>(?:(?! to )[^;?])+?) to (?P<y>[^,;?]+?)(?:,?\s*(?:please|pls|thanks|thank you|cheers))?\s*[.!]?$", re.I)


# A new item said as a noun phrase ("A new note titled X with ..., please"), no finite verb of its own.
_NEW_ITEM = re.compile(r"^(?:a|one) (?P<new>new |fresh )?(?P<k>note|memo|album|playlist|folder|list|event|contact|group|reminder|alarm|timer)\b"
                       r"(?P<rest>(?:(?!\b(?:is|was|were|are|has|have|had|will|would|did|does|came)\b)[^?;])*?)"
                       r"(?P<asked>,?\s*(?:please|pls|thanks|thank you|cheers|ta))?\s*[.!]?$", re.I)  # new, or asked for


def _passive(text: str) -> str:
    """"the Gym alarm needs to be moved to 7:15", "could the News tab be closed?" -> move the Gym alarm to 7:15, close
    the News tab: a thing said with what should be done to it; "the latest text needs a reply: fine" -> reply to it;
    "Removal of the photo X from my gallery, please" -> remove the photo X from my gallery."""
    if (m := _ACT_NOUN.match(text)) and (m["asked"] or m["n"].casefold() not in _ASKED_ONLY
                                              or re.search(rf"{_Q}|{_FILE}", m["x"])):
        return f"{_ACT_NOUNS[m['n'].casefold()]} {m['x']}"
    if m := _ADDITION.match(text):  # "Email address a@b.org - an addition to Bo's contact, please"
        x = _lower(m["x"])
        x = f"the {x[:1].lower()}{x[1:]}" if re.match(r"[A-Z][a-z\-]+ [a-z]", x) else x  # "Email address X", no name
        return f"add {x} to {m['y']}"
    if m := _MESSAGE_WITH.match(text):  # "a Chat message with the code to Bo, please"
        return f"send {m['x']} to {m['y']}{' on ' + m['app'] if m['app'] else ''}{' by ' + m['k'] if m['k'] in ('email', 'e-mail') else ''}"
    if (m := _NEW_ITEM.match(text)) and (m["new"] or m["asked"]):
        return f"{'set' if m['k'].casefold() in ('reminder', 'alarm', 'timer') else 'create'} a new {m['k']}{m['rest']}"
    thing = rf"(?P<x>(?:the|my|our|this|that|all|every|both|{_Q}|(?-i:[A-Z])|{_FILE}|(?:{_KINDS}) )(?:[^,;:?]|{_DATE_COMMA})*?)"  # "contact X ..."
    text = re.sub(r"\b(?P<b>be|been|being|get|got|gets) taken (?:off|out of|away from)\b", r"\g<b> removed from", text, flags=re.I)
    done = rf"(?:now )?(?P<p>{PARTICIPLE})\b(?P<rest>(?:(?!\.\s|\s[-–—]\s)[^;!?])*?)\s*[.!?]?$"
    m = re.match(rf"^{thing} (?:needs to be|need to be|should be|must be|has to be|have to be|is to be|ought to be) {done}", text, re.I) \
        or re.match(rf"^(?:could|can|would|will) {thing} be {done}", text, re.I) \
        or re.match(rf"^(?:could|can|would|will) {thing.replace('(?:the|my', '(?:an?|the|my', 1)} be {done}", text, re.I) \
        or re.match(rf"^(?:{_WISH}) {thing} (?:was|were|is|got|could be|would be) {done}", text, re.I) \
        or re.match(rf"^(?:I|we)(?: want| need| would like|'d like| would love|'d love) {thing} (?:to be )?{done}", text, re.I)
    if m and not re.match(r"(?:it|this|that|there|what|which|who)\b", m["x"], re.I) and not re.search(
            r"\b(?:no longer|not|never|what|which|who|how|me|I|you)\b", m["x"], re.I):
        verb, rest = DONE_TO[m["p"].casefold()], re.sub(_SAID_AGAIN, "", m["rest"], flags=re.I)
        to = " to" if verb == "rename" and not re.match(r" (?:to|as)\b", rest) else ""  # "X should be called Y"
        if verb == "replace" and re.match(r" (?:for|by|with) (?:an?|another|some)\b", rest, re.I):
            return text  # "I need the old charger swapped for a new one": a thing exchanged, no value to put in
        rest = re.sub(r"^ (?:for|by)\b", " with", rest, flags=re.I) if verb == "replace" else rest  # "X swapped for Y"
        if m["p"].casefold() == "called" and not rest.strip(" ."):
            verb, to = "call", ""  # "the number X needs to be called": no name given, a phone call
        return f"{verb} {_lower(m['x'])}{to}{rest}"
    any_thing = rf"(?P<x>(?!(?:{_NO_THING})\b)(?:[^,;:?]|{_DATE_COMMA})+?)"  # "wireless sharing in Settings needs enabling"
    m = re.match(rf"^{any_thing} (?:still )?(?:needs?|wants?|requires?|could do with) (?P<g>[a-z]+ing)\b(?P<rest>[^;!?]*?)\s*[.!]?$",
                 text, re.I)
    stem = m["g"][:-3].casefold() if m else ""
    verb = next((v for v in (stem, stem + "e", stem[:-1]) if v in _DOABLE), "")
    first = m["x"].split()[0].casefold() if m else ""  # "let Ana know X needs ...", "nothing needs ...": no thing said first
    if verb and first not in VERBS | _NO_ONE and not re.search(r"\b(?:it|this|that|what|which|who|me|I|you|know)\b", m["x"], re.I):
        return f"{verb} {_lower(m['x'])}{m['rest']}"
    m = re.match(rf"^{thing} (?:needs|wants|should have|must have|has to have) (?:its|their|his|her) (?P<f>name|title|{_FIELD}) "
                 rf"(?:changed|updated|set|switched|moved) (?:to|as) (?P<y>\S.*?)\s*[.!]?$", text, re.I)
    if m and not re.search(r"\b(?:it|this|that|what|which|who|me|I|you)\b", m["x"], re.I):  # "X needs its name changed to Y"
        if m["f"].casefold() in ("name", "title"):
            return f"rename {_lower(m['x'])} to {m['y']}"
        return f"change the {m['f'].casefold()} of {_lower(m['x'])} to {m['y']}"
    m = re.match(rf"^(?P<x>(?:the|my|this|that) [^,;:]*?) (?:needs|deserves|should get|still needs) (?:a |an )?(?:reply|answer|response)"
                 rf"(?:\s*[:,\-–—]\s*|\s+(?:saying|with)\s+|\s+)(?P<m>{_Q}|\S.*?)\s*[.!]?$", text, re.I)
    if m:  # "the latest text needs a reply: fine"
        return f"reply to {_lower(m['x'])} saying {m['m']}"
    return text


def _lacking(text: str) -> str:
    """"Bo Li's contact needs an email, please add bo@li.org" -> add the email address bo@li.org to Bo Li's contact;
    "Bo Li's number is missing from her card - it is +1 555 0100", "there is no address on X: 1 Elm Road" alike."""
    for lack in _LACK_SAID:
        m = lack.match(text)
        if not m:
            continue
        item = m["x"] if not m.groupdict().get("w") else f"{m['x']}'s {m['w']}"
        value = _VALUE.fullmatch(text[m.end():])
        if not value or (not value["v"] and not value["it"] and not re.search(r"[:\-–—]\s*$", m.group(0))) or \
                re.match(r"(?:it|this|that|them|one)\b", value["y"], re.I):
            return text
        return f"add the {_FIELDS[m['f'].casefold()]} {value['y']} to {_lower(_card(item, m['f']))}"
    m = re.match(rf"^(?:give|update|fill in) (?P<x>.+?'s (?:contact|card|entry|profile))(?: with)? (?:the |an? |their |his |her )?"
                 rf"(?P<f>{_FIELD}) (?P<y>{_Q}|{_EMAIL}|\+?\d[\d\s().\-]{{4,}}\d)\s*[.!]?$", text, re.I)
    m = m or re.match(rf"^(?:(?:could|can|would) |(?:I|we) (?:would like|want|need) )?(?P<x>.+?'s (?:contact|card|entry|profile))"
                      rf" (?:to )?(?:get|have|receive|show) (?:the |an? )?(?P<f>{_FIELD}) (?P<y>{_Q}|{_EMAIL}|\+?\d[\d\s().\-]{{4,}}\d)"
                      r"\s*[.!?]?$", text, re.I)
    m = m or re.match(rf"^(?P<x>.+?) (?:should|must|needs to) (?:have|list|show) (?P<y>{_Q}|{_EMAIL}|\+?\d[\d\s().\-]{{4,}}\d) as"
                      rf" (?:(?:the|their|his|her|its) )?(?P<f>{_FIELD})\s*[.!]?$", text, re.I)
    if m:  # "give Bo Li's card the email bo@li.org", "Bo Li's contact should have bo@li.org as email"
        return f"add the {_FIELDS[m['f'].casefold()]} {m['y']} to {_lower(_card(m['x'], m['f']))}"
    return text


_PERSONAL_FIELDS = frozenset({"email", "e-mail", "email address", "e-mail address", "phone", "phone number", "number",
                              "mobile number", "mobile", "cell number", "work number", "home number", "address",
                              "home address", "birthday", "website", "nickname", "company"})


def _card(item: str, field: str) -> str:
    """A person's field lives on their contact: "Bo Li" lacking an email is Bo Li's contact."""
    named = re.fullmatch(r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)+", item.strip())
    return f"{item.strip()}'s contact" if named and field.casefold() in _PERSONAL_FIELDS else item


_AFTER = r"(?: (?:in|on|from|for) (?:my |the |his |her |their )?[\w\-]+| yet| too| as well| saved| on file| anymore| at all)*"
_SEP = r"\s*(?:[,;:.\-–—]\s*)+"
_LACK_SAID = tuple(re.compile(p, re.I) for p in (
    rf"^(?P<x>.+?)'s (?P<f>{_FIELD}) is (?:missing|empty|blank|not (?:there|set|saved))(?: (?:from|in|on) (?:his|her|their|the)"
    rf" (?P<w>contact|card|entry|profile))?{_AFTER}{_SEP}",
    rf"^there(?: is|'s) no (?P<f>{_FIELD}) (?:on|in|for) (?P<x>.+?){_AFTER}{_SEP}",
    rf"^(?:the |an? )?(?P<f>{_FIELD}) is missing (?:from|on|in|for) (?P<x>.+?){_AFTER}{_SEP}",
    rf"^(?P<x>.+?) {_LACKS} (?:an? |the |its |their |one |his |her |any )?(?P<f>{_FIELD}){_AFTER}(?:{_SEP}|\s+(?=(?:please|pls|so)\b))",
))
# What goes in: "please add bo@li.org", "it is +1 555 0100", "her email is bo@li.org, add it", or the value alone.
_VALUE = re.compile(rf"{_ASKED}(?:(?P<v>{_PUT})\b\s*|(?P<it>(?:his|her|their|its|the) [\w\- ]{{1,20}}? is)\s+)?"
                    rf"(?P<y>{_Q}|{_EMAIL}|\+?\d[\d\s().\-]{{4,}}\d|[^,;:.!?]+?)(?: (?:to|in|on|for) (?:it|them|him|her|that"
                    rf"|the (?:contact|card|entry|item)))?(?: too| instead)?(?:{_SEP}{_ASKED}(?:add|save|put|use) it\b[^,;:.!?]*)?\s*[.!]?",
                    re.I)


def _instead_at(text: str) -> str:
    """"the Gym alarm that is at 6:00 should ring at 6:45 instead" -> move the Gym alarm from 6:00 to 6:45;
    "Standup on Friday should start at 10:00 now" -> move Standup on Friday to start at 10:00; "make X go off at 7:15
    instead of 6:30", "I want X to ring at 7:15 rather than 6:30" alike."""
    m = re.match(rf"^(?:(?:please )?(?:make|have|let|get) (?P<x1>.+?) |(?:I|we) (?:want|would like|need|'d like) (?P<x2>.+?) to "
                 rf"|(?:can|could) (?P<x3>(?:the|my|our) .+?) |(?P<x>.+?) (?:should|must|needs to|has to|ought to|is supposed to"
                 rf"|is to) )(?:now |rather )?(?:to )?(?P<v>{_AT_VERBS}) (?:at|for|on|from) (?P<y>[^,;]*?\d[^,;]*?)"
                 r"(?: instead(?: of (?P<old>[^,;]*?\d[^,;]*?))?| rather than (?P<old2>[^,;]*?\d[^,;]*?)| from now on| now| rather)"
                 r"\s*[.!?]?$", text, re.I)
    m = m or re.match(r"^(?:it would be (?:great|nice|good|better) if|I wish|I would rather|I would prefer if) (?P<x>.+?) (?P<v>rang|went off"
                      r"|sounded|started|began|was|were|happened|took place) (?:at|for|on|from) (?P<y>[^,;]*?\d[^,;]*?)"
                      r"(?: instead(?: of (?P<old>[^,;]*?\d[^,;]*?))?| rather than (?P<old2>[^,;]*?\d[^,;]*?))\s*[.!?]?$", text, re.I)
    m = m or re.match(r"^(?P<x>(?:the |my )?[^,;:\d]+?)(?::\s+|\s+[-–—]\s+)(?:(?:make it|set it to|move it to|now) )?(?P<y>\d[^,;]*?)"
                      r" (?:instead of|rather than|not) (?P<old>\d[^,;]*?)\s*[.!]?$", text, re.I)  # "the Gym alarm: 7:15 instead of 6:30"
    x = m and (m["x"] or m.groupdict().get("x1") or m.groupdict().get("x2") or m.groupdict().get("x3"))
    if not m or re.match(r"(?:which|what|who|when|where|how|why|do|does|did|is|are|can|could|should|would|will|I|we|it|you)\b",
                         x, re.I):
        return text
    x, old = _lower(x), m["old"] or m.groupdict().get("old2")
    at = re.search(r",?\s*(?:(?:that|which)(?:'s| is| was| rings| goes off| is set) |currently |now )?(?:at|for) (?P<t>\d{1,2}(?:[:.]\d\d)?"
                   r"(?:\s*[ap]\.?m\.?)?)\s*,?$", x, re.I)
    if at and not old:
        x, old = x[:at.start()], at["t"]
    at = re.search(r"\b(?:the|my|our) (?P<t>\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?) (?=\S)", x, re.I)
    if at and not old:  # "my 6:30 Gym alarm"
        x, old = x[:at.start("t")] + x[at.end():], at["t"]
    start = "start at " if (m.groupdict().get("v") or "").casefold() in ("start", "begin", "started", "began") else ""
    return f"move {x}{f' from {old}' if old else ''} to {start}{m['y']}"


_AT_VERBS = r"ring|go off|sound|start|begin|be|happen|take place|wake me(?: up)?"


def _said_instead(text: str) -> str:
    """"the note "A" should say "B" instead" -> replace the text of the note "A" with "B" (a text item's new words)."""
    m = re.match(rf"^(?P<x>[^,;]*?(?:{_Q}|\b(?:note|memo|list|document|description|entry)\b)[^,;]*?) (?:should|must|needs to|has to)"
                 r" (?:now )?"
                 rf"(?:say|read|contain|be|just say|only say)(?: just| only)?\s*:?\s*(?P<y>{_Q})(?: instead| now| from now on| only"
                 r"| and nothing else)?\s*[.!]?$", text, re.I)
    m = m or re.match(rf"^(?:change|edit|update|set) (?P<x>[^,;]*?(?:{_Q}|\b(?:note|memo|list|document|description|entry)\b)[^,;]*?)"
                      rf" (?:to (?:just )?(?:say|read)|so (?:that )?it (?:just )?(?:says|reads))\s*:?\s*(?P<y>{_Q})\s*[.!]?$", text, re.I)
    if not m or re.match(r"(?:which|what|who|when|where|how|why|I|we|it|you)\b", m["x"], re.I) or re.search(
            rf"[?!]\s|^(?:the )?{_Q}$", m["x"]):  # ""teh" should read "the"", after a question: a word of the text
        return text
    return f"replace the text of {_lower(m['x'])} with {m['y']}"


def _wiped_and_written(text: str) -> str:
    """"wipe the contents of note "A" and write "B" instead" -> replace the text of note "A" with "B"; "the A note - clear
    it and put "B" instead" and "erase what is in note "A", it should just say "B"" alike."""
    wipe = r"(?:wipe|clear|erase|delete|remove|empty|blank|scrap|get rid of)(?: out)?"
    write = (r"(?:(?:and|then|,)(?: then)? (?:write|put|type|add|enter|make it say|have it say) (?:in )?"
             r"|(?:it|that|the note) should (?:now )?(?:just |only )?(?:say|read|contain) )")
    end = r"(?P<end> instead| in its place| there| in it)?\s*[.!]?$"
    m = re.match(rf"^(?P<x>(?:the |my )?(?:{_Q}|[\w'\-]+(?: [\w'\-]+){{0,3}}?)(?: (?:note|memo|list|document))?)\s*[-–—:,]\s*{wipe}"
                 rf" (?:it|that|its (?:text|contents?))(?: out)?,? {write}(?P<y>.+?){end}", text, re.I)
    if m:  # "the A note - clear it and put B"
        return f"replace the text of {_lower(m['x'])} with {m['y']}"
    m = re.match(rf"^{wipe} (?P<what>(?:all )?(?:of )?(?:the )?(?:contents?|text|body|words|everything|all|what is written"
                 rf"|whatever is(?: written)?|what it says|what is) (?:of|in|from|inside|on) )?(?P<x>.+?),? {write}(?P<y>.+?){end}",
                 text, re.I)
    if not m or not (m["what"] or m["end"] or "should" in m.group(0)):
        return text
    return f"replace the text of {m['x']} with {m['y']}"


def _introduced(text: str) -> str:
    """"there is a tab open in the browser called News, shut that one only" -> shut the News tab in the browser only;
    "there's a Tax forms tab open, get rid of it" -> get rid of the Tax forms tab: an item introduced by its name, then
    acted on by a pronoun."""
    act = rf"\s*(?:[,;.\-–—]\s*){_ASKED}(?P<v>get rid of|[a-z]+(?: (?:off|out|down|up))?) (?:it|that one|this one|that|this)\b(?P<rest>.*)$"
    m = re.match(r"^there(?: is| are|'s) (?:an?|one) (?P<k>[a-z][\w\-]*)(?P<b>(?: (?!called\b|named\b|titled\b)[\w\-]+){0,6}?)"
                 rf" (?:called|named|titled) (?P<t>{_Q}|[^,;.\-–—]+?){act}", text, re.I)
    m = m or re.match(rf"^there(?: is| are|'s) (?:an?|one|the) (?P<t>{_Q}|(?-i:[A-Z])[\w'\-]*(?: [\w'\-]+){{0,3}}?) (?P<k>{_KINDS})"
                      rf"(?P<b>(?: (?:open|opened|still|saved|set|left|running|pinned|on|in|at|the|my|[\w\-]+(?= app\b)|app)){{0,5}}){act}",
                      text, re.I)
    if not m or m["v"].casefold() in ("is", "was", "has", "and", "but", "so"):
        return text
    place = re.search(r"\b(?:in|on) (?:the |my )?[\w\-]+(?: app)?$", m["b"])
    return f"{m['v']} the {m['t']} {m['k']}{' ' + place.group(0) if place else ''}{m['rest']}"



def _unneeded(text: str) -> str:
    """"I don't need my 5 pm reminder any more, get rid of it" -> get rid of my 5 pm reminder: a thing said to be no
    longer needed, then acted on by a pronoun."""
    m = re.match(r"^(?:I |we )?(?:do not|don't|dont|no longer) (?:need|want|use) (?P<x>(?:my|the|this|that|our) [^,;.()]+?)"
                 r"(?: any ?more| now)?\s*(?:[,;.\-–—]\s*)+" + _ASKED +
                 r"(?P<v>get rid of|delete|remove|cancel|stop|clear|turn off|switch off|close|kill|bin|trash|erase) "
                 r"(?:it|that|this|them|that one|this one)\b(?P<rest>.*)$", text, re.I)
    return f"{m['v']} {m['x']}{re.sub(r'^[?!]+', '.', m['rest'])}" if m else text  # "could you delete it?" asks no question

# Things a phone shows by name ("a Tax forms tab", "the Gym alarm"): a capitalised name said before one of these is its name.
_KINDS = (r"tabs?|alarms?|notes?|events?|bookmarks?|playlists?|albums?|folders?|files?|chats?|groups?|lists?|timers?"
          r"|reminders?|photos?|documents?|contacts?|drafts?|tasks?")


def _closed(text: str) -> str:
    """"kill the tab titled News", "get rid of the Pets window": a tab or window is closed (not switched off or deleted)."""
    return re.sub(r"^(?P<p>(?:please |can you |could you )*)(?:kill|shut|shut down|terminate|x out|exit out of|get rid of|remove|delete|dismiss)\s+"
                  r"(?=(?:the |this |that |my |a |an )?(?:[\w'\-]+ ){0,4}?(?:browser )?(?:tabs?|windows?)\b)",
                  r"\g<p>close ", text, flags=re.I)


def _lower(phrase: str) -> str:
    """A thing said first in the sentence, with its article in lower case ("The note" -> "the note")."""
    return re.sub(r"^(The|My|This|That|Its|Our)\b", lambda m: m.group(1).lower(), phrase.strip())
