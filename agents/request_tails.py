"""What a request says after it is asked: a tag question, a term of address, the reason, the hurry.

English closes an imperative with words that ask nothing more: a tag question ("Book the table, would you?", "Mute
the chat, yeah?", "Start the timer, will you, love?", "Change it, would ya, hon?", "Add it, aye?"), a term of address ("Call Mum, mate", "Bro, open Maps"), the
reason it is wanted (", because the old one is wrong", ", so that I remember it", ", so they have it too") and the hurry
(", right now!", " - asap!", " - now, they're waiting!"). Said after a request's verb they go, and the "?" of a tag with
them: the request is an imperative, not a question to answer. A filler cut from "Can you, like, delete it?" leaves
no comma after "can you". A verb made of a messaging initialism ("SMSed", "DM'd") is said as the verb it stands for.

Quoted text is never touched; a message said without quotes ("Text Bo that I'm late, because the bus broke") keeps its
words: what follows the person is the message. A question ("Where is Bo, mate?") keeps its "?". General English only.
"""

from __future__ import annotations

import re

from .referents import hold_quotes, release
from .task_verbs import VERBS

# A term of address: said to the phone, never a thing to act on (only set off by a comma, or first before one).
_ADDRESS = (r"mate|bro|bruv|dude|buddy|pal|man|boss|chief|love|luv|hun|babe|fam|sir|madam|ma'am|my friend|my guy"
            r"|abeg|oga|yaar|bhai|lah|hon|hen|darlin'?|darling|sweetie|sweetheart|dear|lad|lass|lassie|laddie|bud|y'all|folks")
_TAG = (r"yeah|yes|yep|right|ok|okay|alright|eh|aye|innit|no|na|would you|will you|won't you|can you|could you"
        r"|would ya|will ya|can ya|could ya|please")
_END_ADDRESS = re.compile(rf"\s*,\s*(?:{_ADDRESS})\s*(?=[.!?]*\s*$)", re.I)
_FIRST_ADDRESS = re.compile(rf"^\s*(?:{_ADDRESS})\s*,\s*(?=\S)", re.I)
_END_TAG = re.compile(rf"\s*,\s*(?:{_TAG})(?:\s*,\s*(?:{_TAG}|{_ADDRESS}))*\s*\?+\s*$", re.I)  # "..., would ya, hon?"
_CAN_YOU = re.compile(r"\b(?P<a>can|could|would|will) you\s*,\s+(?=(?P<v>(?-i:[a-z])+)\b)", re.I)
# The reason after a comma: "because ...", "cause ...", "so (that) I / we / they ...", "since I ..." (a time after
# "since", "since Monday", is none).
_REASON = re.compile(r"\s*,\s*(?:because|'?cause|cos|coz|as|since|so(?: that)?)\s+(?:I|I'm|I'll|I've|I'd|we|we're|we'll|they|"
                     r"they're|they'll|he|she|you|my|our|their|his|her|the old|the \w+ (?:is|was|has|changed|moved))\b"
                     r"[^,;:!?]*[.!]?\s*$", re.I)
_BECAUSE = re.compile(r"\s*,\s*(?:because|'?cause|cos|coz)\s+\S[^,;:!?]*[.!]?\s*$", re.I)
# The hurry after the request, and a short clause of the moment after it ("now, they're waiting!").
_HURRY = re.compile(r"\s*(?:,|\s[-–—])\s*(?:right now|right away|now|asap|a\.s\.a\.p\.?|immediately|straight away|at once|pronto"
                    r"|this minute|quick(?:ly)?|fast|urgently|as soon as (?:possible|you can))"
                    r"(?:\s*[,;]\s*(?:I|we|they|he|she|it)(?:'re|'m|'s| are| am| is)\s+[a-z]+(?: [a-z]+){0,3})?\s*[.!]*\s*$", re.I)
_INITIALISM = re.compile(r"\b(?P<v>sms|mms|dm|pm|im)(?:'?d|'?ed|-ed)\b", re.I)
_SAID = {"sms": "texted", "mms": "texted", "dm": "messaged", "pm": "messaged", "im": "messaged"}
# An unquoted message after a sending verb and its person: its words are the message's own.
_MESSAGE = re.compile(r"^\W*(?:text|message|tell|write(?: to)?|reply(?: to)?|sms|dm|whatsapp|e-?mail|mail|remind)\b", re.I)
# "Text Bo Li the address of X - now!": a thing sent (an article after the person), no message of the speaker's words
_OBJECT_SENT = re.compile(r"^\W*\w+(?: to)? (?:(?-i:[A-Z])[\w'\-]*\s+){1,3}(?:the|my|his|her|their|its|our|your|a|an|this|these|those)\b")
_SKIP = re.compile(r"^(?:(?:u+m+|u+h+|e+r+m*|so|basically|like(?=,)|ok(?:ay)?|well|hey|oh|please|kindly|just|pls|go ahead and"
                   r"|(?:can|could|would|will) you(?: please| kindly| just)?)\b[,.]?\s+)+", re.I)
# "Kindly" is said for "please" (regional English); a courtesy before "tell me / show me / let me know" asks nothing more.
_KINDLY = re.compile(r"^\s*kindly\s+(?=(?-i:[a-z]))", re.I)
_TOLD = re.compile(r"^\s*(?:kindly|please|pls|plz)\s+(?=(?:tell|show) me\b|let me know\b)", re.I)
_ASKING = frozenset("tell check look find read show remind list count".split())
_NOT_VERBS = frozenset("i you he she it we they this that these those there here what which who whom whose where when how why "
                       "is are was were am be do does did have has had can could will would shall should may might must "
                       "the a an my your our their his her its and or but so if as all any some no not".split())


def untagged(task: str) -> str:
    """``task`` without a tag question after its imperative ("Mute the chat, yeah?": mute the chat), before the fillers
    around it are read (a "yeah" alone goes there, its "?" kept)."""
    bare, held = hold_quotes(task)
    if not _imperative(bare) or _MESSAGE.match(_SKIP.sub("", bare.strip())) and not held:
        return task
    new = _END_TAG.sub("", _END_ADDRESS.sub("", bare))
    return release(new, held) if new != bare else task


def untailed_request(text: str) -> str:
    """``text`` without what it says after its request (see the module docstring); the same text otherwise."""
    bare, held = hold_quotes(text)
    head = _SKIP.sub("", _FIRST_ADDRESS.sub("", bare).strip())
    if _MESSAGE.match(head) and not held and not _OBJECT_SENT.match(head):
        return text  # "text Bo that I'm late, because ...": the message's own words
    bare = _INITIALISM.sub(lambda m: _SAID[m["v"].casefold()], bare)
    bare = _FIRST_ADDRESS.sub("", _CAN_YOU.sub(lambda m: f"{m['a']} you " if m["v"] in VERBS else m[0], bare))
    bare = _END_ADDRESS.sub("", _KINDLY.sub("please ", _TOLD.sub("", bare)))  # "Kindly tell me which ...", "Where is it, mate?"
    verb = _imperative(bare)
    if not verb:
        return release(bare, held)  # not said as an imperative ("Bo is coming, right?")
    for _ in range(3):
        new = _HURRY.sub("", _END_ADDRESS.sub("", bare))
        new = _BECAUSE.sub("", _REASON.sub("", _END_TAG.sub("?" if verb in _ASKING else "", new)))
        if new == bare:
            break
        bare = new
    return release(bare, held)


def _imperative(text: str) -> str:
    """The verb that starts ``text`` when it is said as an imperative (a request's verb, or a word before an object's
    article or pronoun: "Overwrite the text ..."); "" otherwise."""
    verb = re.match(r"(?P<v>[A-Za-z]+)(?P<o> (?:the|my|a|an|this|that|these|those|all|it|them|me|up|down|off|on|out)\b| \ue000)?",
                    _SKIP.sub("", text.strip()))
    if not verb or verb["v"].casefold() not in VERBS and (not verb["o"] or verb["v"].casefold() in _NOT_VERBS):
        return ""
    return verb["v"].casefold()
