"""Everyday forms of a request, said the way the task parsers read them (run first, quotes held aside).

Typed or dictated requests drop apostrophes ("whats", "dont", "i"), name a channel around the person
("let Bo know by text when X starts", "send Bo a text with the code"), label an e-mail's parts
(`email x@y.org subject "Hi" body "See you"`), say a state as its opposite ("turn notifications back on
for X" unmutes X), run a statement into a request with a comma ("Bo Li texted me the code, save it in a
note"), and call a person's phone number their "number". General English task grammar only, never an
app's words.
"""

from __future__ import annotations

import re

from .answer_use import question_then_use
from .casual_forms import casual
from .event_details import told_event
from .loose_forms import loose
from .loose_grammar import loose_grammar
from .owned_values import owned_values
from .referents import CLOSE, OPEN
from .spelling import germanic
from .text import FULL_NAME

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_NAME = FULL_NAME
_BY_TEXT = r"text(?: message)?|sms|message|msg|dm"
_BY_MAIL = r"e-?mail|mail"

# Contractions typed without the apostrophe (only words that are no other English word).
_BARE = {"whats": "what's", "wheres": "where's", "whos": "who's", "hows": "how's", "thats": "that's", "dont": "don't",
         "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "cant": "can't",
         "wont": "won't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "wouldnt": "wouldn't",
         "couldnt": "couldn't", "werent": "weren't", "im": "I'm", "ive": "I've", "youre": "you're", "theyre": "they're", "shouldnt": "shouldn't",
         "i": "I", "todays": "today's", "tomorrows": "tomorrow's", "yesterdays": "yesterday's", "tonights": "tonight's"}
# Verbs a request starts with (after a statement and a comma: "..., save it in a note").
_ASK = ("add|archive|call|change|create|delete|disable|email|enable|fix|forward|make|mark|move|mute|open|pin|put|remove"
        "|rename|reply|save|send|set|share|star|text|turn|unmute|update|edit|correct|book|buy|order|copy|store|keep"
        "|message|post|schedule|switch|write|note|do|unstar|unpin|unblock|star|block|cancel|unfavou?rite|favou?rite"
        "|bookmark|call|dial|download|play|print|invite|accept|decline|attach|upload|take|start")
# A statement's finite verb ("Bo Li texted me ...", "the class is now at ...").
_STATED = re.compile(r"\b(?:is|are|was|were|has|have|had|sent|texted|emailed|e-mailed|mailed|messaged|asked|told|said|wrote"
                     r"|needs|wants|moved|changed|should|shouldn't|must|no longer|isn't|aren't|wasn't|doesn't|am|I'm|won't|can't|haven't|hasn't"
                     r"|cannot|will not)\b", re.I)
_OPENERS = re.compile(rf"^(?:{_ASK}|please|can|could|would|will|what|which|who|when|where|how|why|do|does|did|is|are|if"
                      r"|when|once|after|before|hey|hi|ok|okay)\b", re.I)


def everyday(text: str) -> str:
    """``text`` with the everyday forms above said plainly; the same text when it has none."""
    text = re.sub(r"(?<![\w'])(?:" + "|".join(_BARE) + r")(?![\w'])",
                  lambda m: m.group(0) if m.group(0) == "I" or m.group(0).casefold() == "im" and germanic(text) else
                  _BARE.get(m.group(0).casefold(), m.group(0)), text, flags=re.I)  # "im Stau" is German
    text = _channel(question_then_use(told_event(casual(loose(loose_grammar(text))))))
    text = _mail_parts(text)
    text = notified(text)
    text = owned_values(re.sub(rf"\b(?P<n>{_NAME})'s number\b(?! of\b)", r"\g<n>'s phone number", text))
    text = re.sub(r"\bthe (?P<s>(?-i:[A-Z])[\w\-]*) (?P<k>(?:verification |login |sign-in )?(?:code|password|pin|link))"
                  r" (?:from|in) (?:my|the) (?:e-?mails?|inbox|mail(?:box)?)\b",
                  r"the \g<k> from the \g<s> email", text)  # "the Acme code from my inbox": from Acme's email
    text = re.sub(rf"^(?:e-?mail|mail) (?P<to>{_NAME}|[\w.+-]+@[\w.-]+) (?=with the subject\b)", r"send an email to \g<to> ",
                  text, flags=re.I)
    text = re.sub(r"^how many (?:things|items|entries|(?P<k>events|appointments|meetings)) (?:are there|are|have I got|do I have) (?:on|in) (?:my|the) "
                  r"(?:calendar|agenda|schedule|diary) (?:for|on) ", lambda m: f"how many {m.group('k') or 'events'} do I have on ", text,
                  flags=re.I)
    text = re.sub(rf"^(?P<s>(?:text|sms|e-?mail|mail) (?:{_NAME}|[\w.+-]+@[\w.-]+) )what time (?P<x>.+?) (?P<v>starts|begins|ends"
                  r"|finishes)\b", r"\g<s>when \g<x> \g<v>", text, flags=re.I)  # "text Bo what time X starts": when X starts
    text = re.sub(r"\b(?:things|items|entries|stuff|plans)\b(?= (?:do I have |are |is |have I got )?(?:on|in) (?:my|the) "
                  r"(?:calendar|agenda|schedule|diary)\b)", "events", text, flags=re.I)
    text = re.sub(rf"\bto (?P<n>{_NAME})(?: \(|, | - | — )(?:the |their |his |her )?(?:postal |home |street )?address(?: is| are)? "
                  r"(?:in|from|on) (?:my |the )?contacts?(?: list| app)?(?:\)|(?=[.;!]?\s*$))", r"to \g<n>'s address from my contacts",
                  text)  # "to Bo Li (the address is in my contacts)", "to Bo Li, the address is in contacts"
    text = re.sub(r"^(?:what|which) (?:wi-?fi|wlan)(?: network)? (?:am I|are we|is (?:my|the) (?:phone|device)) "
                  r"(?:on|connected to|using|joined to)\b", "which Wi-Fi network is my device connected to", text, flags=re.I)
    text = re.sub(rf"(?:^(?:(?:can|could|would) you (?:please )?)?(?:check|tell me|find out|look up|see|work out) |^|(?<=[,;:]\s))"
                  rf"(?:what|which) (?:e-?mail )?address (?:did I (?:send|mail|e-?mail)|I (?:sent|mailed|e-?mailed)) (?:the |my )?"
                  rf"(?:e-?mail |mail )?(?P<x>{_Q})(?: e-?mail| mail| message)? to\b",  # "can you check which address I sent X to"
                  _sent_to, text, flags=re.I)
    text = _told(text)
    if re.match(r"(?:make|create|start|set up)\b", text, re.I):  # a new item "named X": its title
        text = re.sub(r"\b(?P<k>album|playlist|note|folder|list|group|chat|event) named (?=(?-i:[A-Z]))", r"\g<k> called ", text)
    return _spliced(text)


def _channel(text: str) -> str:
    """"send (drop, shoot) Bo Li a text with X" -> text Bo Li X; "Bo Li sent me an email saying X" -> Bo Li emailed me X;
    "let Bo Li know by text X" -> text Bo Li X."""
    def verb(by: str) -> str:
        return "email" if re.fullmatch(_BY_MAIL, by, re.I) else "text"

    text = re.sub(rf"\b(?:send|drop|shoot|fire|ping|give) (?P<n>{_NAME}|[\w.+-]+@[\w.-]+) an? (?P<by>{_BY_TEXT}|{_BY_MAIL}) (?:with|containing|including) ",
                  lambda m: f"{verb(m.group('by'))} {m.group('n')} ", text, flags=re.I)
    text = re.sub(rf"\battach (?P<x>(?:(?!\b(?:and|then)\b)[^;!?])+?) to an? (?:new )?(?P<by>{_BY_TEXT}|{_BY_MAIL}) (?:and|then|,) ?(?:then )?"
                  r"send (?:it|that|this|the (?:e-?mail|mail|message|text)) to\b",
                  lambda m: f"{verb(m.group('by'))} {m.group('x')} to", text, flags=re.I)  # "attach a.pdf to an email and send it to Bo"
    text = re.sub(rf"\b(?P<v>text|sms|message|e-?mail) (?P<n>{_NAME}) with (?=(?:the|my|his|her|their) )", r"\g<v> \g<n> ",
                  text, flags=re.I)
    text = re.sub(rf"\b(?P<n>{_NAME}) sent me an? (?P<by>{_BY_TEXT}|{_BY_MAIL})(?: (?:saying|telling me|that says|with))?"
                  rf"(?= (?!{_Q}))",
                  lambda m: f"{m.group('n')} {verb(m.group('by'))}ed me", text, flags=re.I)
    text = re.sub(rf"\b(?P<n>{_NAME}) (?:told|informed|let) me(?: know)? (?:by|via|over|in an?) (?P<by>{_BY_TEXT}|{_BY_MAIL})\b",
                  lambda m: f"{m.group('n')} {verb(m.group('by'))}ed me", text, flags=re.I)  # "Bo Li told me by text which X"
    return re.sub(rf"\blet (?P<n>{_NAME}) know (?:by|via|over|in an?) (?P<by>{_BY_TEXT}|{_BY_MAIL}) ",
                  lambda m: f"{verb(m.group('by'))} {m.group('n')} ", text, flags=re.I)


def _told(text: str) -> str:
    """What someone sent, said by what they did: "the link Bo Li sent (me) in the email X" (the "X" email) is the web page
    Bo Li linked in it; "rename X to whatever Bo Li said in their email" renames X as Bo Li asked;
    "the photo Bo Li told me about by text" is the photo Bo Li texted me; "there's an email from Bo Li saying what to buy" is
    what Bo Li emailed me; "which of my photos" is which photo."""
    def verb(by: str) -> str:
        return "emailed" if re.match(_BY_MAIL, by, re.I) else "texted"

    mailbox = re.search(r"\b(?:in|from) (?:my|the) (?:mailbox|inbox|e-?mails?|mail)\b", text, re.I)  # "in my mail, ... in "X"": that email
    text = re.sub(rf"\bthe (?:link|url|web ?page|website|site|page) (?P<n>{_NAME}) (?:sent|e-?mailed|shared|gave|put|included|pasted"
                  rf"|dropped)(?: me)? (?:in|with|into)"
                  rf" (?:the (?:(?:e-?mail|mail) (?=(?:{_Q}|about\b|titled\b|called\b))|(?P<q>{_Q}) (?:e-?mail|mail)\b)|(?P<b>{_Q})(?=\W))",
                  lambda m: m[0] if m["b"] and not mailbox else f"the web page {m['n']} linked in the email {m['q'] or m['b'] or ''}",
                  text)  # "in the "X" email" too
    text = re.sub(r"^(?P<p>(?:(?:in|on|using) (?:my|the) [\w\- ]{1,25}?,\s*)?)(?i:find|look up|locate|get|pull up) (?P<x>the web page [^,;.!?]+?) and (?:then )?(?:open|visit|load|go to) (?:it|that page"
                  r"|that link|that site|the page|the link|this page)\b", r"\g<p>open \g<x>", text, flags=re.I)  # "find X and open it"
    text = re.sub(rf"^(?:rename (?P<x>.+?) to|give (?P<y>.+?)|(?P<z>[^:\s][^:]*?)(?::|\s+[-–—])\s+give (?:it|this|that)) (?:whatever|what|the (?:new )?name) (?P<n>{_NAME}) (?:(?:said|asked for"
                  rf"|asked|suggested|wrote|wants) (?:in|by|over|via) (?:their|his|her|the|an?|my) (?P<by>{_BY_MAIL}|{_BY_TEXT})\b"
                  r"|(?P<v>e-?mailed|texted|messaged|sent) me\b)[.!]?$",  # "give a.txt the new name Bo emailed me"
                  lambda m: f"rename {(x := m['x'] or m['y'] or m['z'])} as asked ({m['n']} {verb(m['by'] or m['v'])} me a new name for {x})",
                  text, flags=re.I)
    text = re.sub(rf"\b(?:there(?:'s| is| was)|I(?:'ve| have)? got) an? (?P<by>{_BY_MAIL}|{_BY_TEXT}) from (?P<n>{_NAME})(?P<q> \({_Q}\))?,?"
                  r" (?:saying|telling me|that says|which says) (?P<w>(?:what|which|where|when|who|how)\b[^.;!?()]*)",
                  lambda m: f"{m['n']} {verb(m['by'])} me {m['w']}{m['q'] or ''}", text, flags=re.I)  # "there's a text from Bo saying what to buy"
    text = re.sub(rf"\b(?P<k>photo|picture|image|file|document|song|video) (?P<n>{_NAME}) (?:told me about|mentioned|recommended"
                  rf"|picked|chose|suggested|asked for) (?:by|in an?|in their|in his|in her|over|via) (?P<by>{_BY_MAIL}|{_BY_TEXT})\b",
                  lambda m: f"{m.group('k')} {m.group('n')} {verb(m.group('by'))} me", text)
    return re.sub(r"\bwhich of (?:my|the|your) (?P<k>photo|picture|image|file|song|video|note|album)s\b", r"which \g<k>", text,
                  flags=re.I)


def _mail_parts(text: str) -> str:
    """`subject "Hi" body "See you"` -> with the subject "Hi" saying "See you" (an e-mail's parts by their labels)."""
    if not re.search(r"\bsubject\b", text, re.I):
        return text
    text = re.sub(rf"(?<!\bthe )(?<!\ba )(?:\bwith )?\bsubject(?: line)?\s*:?\s*(?={_Q})", "with the subject ", text, flags=re.I)
    text = re.sub(r";\s*(?=with the subject\b|subject\b)", ", ", text, flags=re.I)
    return re.sub(rf"(?<=\S)[,;]?\s*(?:and )?(?:the |with the )?(?:body|message|text)(?: text)?\s*:?\s*(?={_Q})", " saying ",
                  text, flags=re.I)


def notified(text: str) -> str:
    """"turn notifications back on for X" (or "X's notifications", "the notifications of X") unmutes X; "turn off
    notifications for X" mutes it."""
    def state(m: re.Match[str]) -> str:
        return "unmute " if (m.group("s") or "").casefold() in ("on", "enable", "allow", "re-enable", "reenable") else "mute "

    text = re.sub(r"\b(?:turn|switch|put) (?:the )?notifications? (?:back )?(?P<s>on|off) (?:for|in|from) ", state, text, flags=re.I)
    text = re.sub(r"\b(?:turn|switch) (?P<s>on|off) (?:the )?notifications? (?:for|in|from) ", state, text, flags=re.I)
    text = re.sub(r"\b(?P<s>enable|allow|re-?enable|disable|silence|stop) (?:the )?notifications? (?:for|in|from) ", state, text,
                  flags=re.I)
    # the owner said before or after them: "turn X's notifications back on", "switch the notifications of X off"; the
    # owner is a few words with no verb or "and" in them (never "off my alarms and switch Ana"), and "on silent" / "on
    # vibrate" is a sound mode, no switching on
    text = re.sub(rf"\b(?:turn|switch|put) (?P<x>{_OWNER})'s? notifications? (?:back )?(?P<s>on|off)\b{_NO_MODE}",
                  lambda m: f"{state(m)}{m['x']}", text, flags=re.I)
    return re.sub(rf"\b(?:turn|switch|put) (?:the )?notifications? (?:of|for|from) (?P<x>{_OWNER}) (?:back )?(?P<s>on|off)\b"
                  rf"{_NO_MODE}", lambda m: f"{state(m)}{m['x']}", text, flags=re.I)


# one word of whose notifications they are: no clause word, verb of switching or sound mode
_OWNER_WORD = (r"(?!(?:and|but|or|then|so|also|on|off|to|in|turn|switch|put|leave|keep|set|make|silent|vibrate|mute)\b)"
               r"[^\s,;.!?]+")
_OWNER = rf"(?:{_OWNER_WORD} ){{0,4}}?{_OWNER_WORD}"
_NO_MODE = r"(?!\s+(?:silent|vibrat\w*|priority|mute|loud|sound|ring\w*|do not disturb|dnd)\b)"


def _sent_to(m: re.Match[str]) -> str:
    """"which address did I send the X email to": the question as the parsers read it (after a reason: said in place)."""
    if m.start() == 0:
        return f"To which address did I send the email {m['x']}"
    return f"which address did I send the email {m['x']} to"


def _spliced(text: str) -> str:
    """"Bo Li texted me the code, save it in a note": a statement run into a request with a comma is two sentences."""
    cut = None
    for m in re.finditer(rf",\s+(?=(?:{_ASK})\b)", text, re.I):
        before = text[:m.start()]
        if not _OPENERS.match(before.strip()) and _STATED.search(before):
            cut = m
    if not cut:
        return text
    return f"{text[:cut.start()]}. {text[cut.end():]}"
