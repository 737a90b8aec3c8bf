"""A request dictated in short sentences, said as one sentence.

People speaking to a phone stop after each part and go on with a pronoun: "Find the largest file in Downloads. Put its
name in a new note." (the second names the first's thing: "... and put its name in a new note"); "Message Ana Diaz on
Chatly. Tell her "on my way"." (the message said after the person: message Ana Diaz "on my way" on Chatly); "What is the
code in my note X. What does it say?" (a question asked again with only a pronoun: the first one); "Text Bo - when
X starts" (a dash left between the person and what to tell: text Bo when X starts); "Just the start time." after a request
that says it already; "I wrote a code down in my note X. What is it?" (the value brought in, asked where it is); "in my
Chatly group Hikers post the message See you at 5" (the place first, the message unquoted to the end: post "See you at
5" in my Chatly group Hikers). Runs after self-corrections, quotes
held aside. General English sentence shapes only.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .task_verbs import VERBS

_Q = rf"(?:{OPEN}\d+{CLOSE}|\"[^\"]+\")"
_PERSON = r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){0,2}"
_VERB = rf"(?i:{'|'.join(sorted(VERBS, key=len, reverse=True))})\b"
# "Its name", "it", "them", "that": a thing said in the sentence before.
_BACK = re.compile(r"\b(?:its|it|them|their|that one|those|there)\b", re.I)
_SENDING = r"(?i:text|message|e-?mail|mail|write to|dm|ping|contact|reach|sms)"
_REPEAT = re.compile(r"^(?:so |and )?(?:what|which) (?:does|did|do) (?:it|that|this|they) (?:say|read|show|contain)\??$"
                     r"|^(?:so |and )?what(?: is|'s) (?:it|that|in it)\??$", re.I)
# A statement bringing in a value and where it is ("I wrote a code down in my note X", "There's a PIN in Bo's card").
_PUT_AT = re.compile(r"^(?:(?:I|we|there)(?:'\w+(?: \w+)?|(?: \w+){1,2}?)|[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)?(?: \w+){1,2}?) (?:a|an|some) "
                     r"(?P<n>[\w\-]+(?: (?!(?:down|up|in|on|into|inside|under)\b)[\w\-]+)?) (?:down |up )?"
                     r"(?P<w>(?:in|on|into|inside|under) [^.!?]+?)\s*[.!]?$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
# A sentence giving only the words of the message a sending request before it sends: "The text is "hi"", "It should read "hi"",
# "Message: "hi"", "The words are "hi"".
_WORDS_VERB = r"(?:should|must|will|has to|needs to|is to) (?:read|say)|reads|says"
_WORDED = re.compile(rf"^(?:(?:the|my|your) (?:text|message|sms|words?|wording)(?: (?:is|are|{_WORDS_VERB}|(?:should|must|will) be))?"
                     rf"|(?:it|this|that) (?:{_WORDS_VERB})):?\s+(?P<q>{_Q})\s*[.!]?$", re.I)
# A sentence naming which one of the thing the request before said with "a"/"an": "It's "Gym" at 7:00", "It's the one called "X"".
_WHICH = re.compile(rf"^(?:it|that|this)(?:'s| is| was)(?: the one)?(?: (?:called|named|titled|labell?ed))? (?P<q>{_Q})"
                    r"(?P<r> (?:at|on|from|in|for|of) [^.!?,;]+?)?\s*[.!]?$", re.I)
# Where to post said first, then the sending verb and its message, unquoted, to the end.
_PLACED = re.compile(rf"^(?P<w>(?:in|on|to|into) (?:my|the|our) [^.!?,;:\"{OPEN}]{{3,60}}?) (?P<v>post|send|write|say|text"
                     r"|message|put)\s+(?:the message|a message|the text|a text|the words|this message)(?: saying| that says)?"
                     rf"\s*:?\s+(?P<m>[^\"{OPEN}]{{2,200}}?)\s*$", re.I)


def dictated(text: str) -> str:
    """``text`` with its dictated sentences said as one request (see the module docstring)."""
    if placed := _PLACED.match(text.strip()):
        return f'{placed["v"]} "{placed["m"]}" {placed["w"]}'
    text = re.sub(rf"^(?P<v>{_SENDING}) (?P<p>{_PERSON})\s+[-–—]\s+(?=(?:when|what|where|how|which|who)\b)", r"\g<v> \g<p> ",
                  text.strip())  # "text Bo - when X starts"
    parts = _SENTENCE.split(text)
    if len(parts) != 2:
        return text
    first, second = parts
    if first.endswith("?") or first.lower().startswith(("what", "which", "who", "when", "where", "how")):
        return f"{first.rstrip('.!? ')}?" if _REPEAT.match(second) else text
    put = _PUT_AT.match(first)
    if put and _REPEAT.match(second):  # "I wrote a code down in my note X. What is it?": the code in that note
        return f"What is the {put['n']} {put['w']}?"
    only = re.match(r"(?i:just|only) (?:the |their |its )?(?P<x>[\w\- ]+?)(?:,? (?:please|thanks))?[.!]?$", second)
    if only and any(re.search(rf"\b{re.escape(w[:5])}", first, re.I) for w in only["x"].split() if len(w) > 3):
        return first  # "Text Bo when X starts. Just the start time.": what the request already says
    which = _WHICH.match(second)
    some = re.search(r"\b(?:a|an|one) (?P<n>(?!(?:new|few|bit|lot|little|couple)\b)[a-z][\w\-]*)\b", first)
    if which and some and not re.search(_Q, first[:some.start()]) and not re.match(
            r"(?i:what|which|who|when|where|how|why|is|are|do|does|did|can|could|would|will|I|we|it|there|create|make|add|start|write"
            r"|compose|draft|set|schedule|book|plan|new)\b", first):  # (a thing made is named otherwise: "Create a note. It's X")
        said = f"{first[:some.start()]}the {which['q']} {some['n']}{first[some.end():]}"
        return f"{said.rstrip('.! ')}{which['r'] or ''}."  # "Turn an alarm back on. It's "Gym" at 7:00.": the "Gym" alarm
    worded = _WORDED.match(second)
    if worded and re.match(rf"(?:{_SENDING}|send|write|post|reply)\b", first, re.I) and not re.search(r"\bsaying\b", first):
        return f"{first.rstrip('.! ')} saying {worded['q']}"  # "Text Bo. The message is "hi".": text Bo saying "hi"
    if not re.match(_VERB, first) or not re.match(_VERB, second) or second.endswith("?"):
        return text
    message = re.match(rf"(?P<v>{_SENDING}) (?P<p>{_PERSON})(?P<w> (?:on|via|over|by|in) (?:my )?[\w\-]+)?"
                       r"(?:,? (?:not|rather than|instead of) (?:by |on |via )?(?:an? )?[\w\-]+)?[.!]$", first)
    said = re.match(rf"(?i:send|tell|say|write)(?: (?:them|him|her|it))? (?P<q>{_Q})\s*[.!]?$", second)
    if message and said:  # "Text Bo on Chatly. Send them "hi"."
        return f"{message['v']} {message['p']} {said['q']}{message['w'] or ''}"
    if _BACK.search(second) and not _BACK.search(first):  # "Find X. Put its name in a note."
        return f"{first.rstrip('.! ')} and {second[0].lower()}{second[1:]}"
    return text
