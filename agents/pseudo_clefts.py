"""A request said as a pseudo-cleft, or typed with caps lock on, said plainly.

A pseudo-cleft puts the wish in a "what"-clause and the thing wished after "is": "What I need is the report sent to
Bo", "All I want is my alarm for 7:00 switched off", "What I'm after is a new playlist called Gym", "What I'd like to
know is (this:) how many files are in Downloads?". It says the same as the plain wish ("I need the report sent to Bo",
"I want ...", "I would like to know ..."), which the readers already read; the cleft goes, the wish stays.

A request typed with caps lock on ("DELETE MY NOTE "Old" FROM THE NOTES APP.") says its task words in capitals, where
the readers look for ordinary words and read a word in capitals as a name ("HR") or an acronym: where most words
outside quotes are in capitals, those words are typed in lower case (the first capitalised, "I" as "I"). A pasted
value that kept its own case ("Lisbon", "store.example.com") and any quoted text stay as typed. General English grammar
only.
"""

from __future__ import annotations

import re

from .text import QUOTED

_WISH = (r"(?P<w>need|want|wanted|would like|'d like|would love|'d love|am after|'m after|am looking for|'m looking for"
         r"|was after|was looking for|was hoping for|am hoping for|'m hoping for|require|would like to know|'d like to know"
         r"|want to know|need to know|wanted to know|would love to know|'d love to know|am asking|'m asking)")
_CLEFT = re.compile(rf"^(?P<lead>(?:(?:so|okay|ok|well|right|and|please)\s*,?\s+)*)(?:what|all)(?: (?:that|which))? "
                    rf"(?P<s>I|we)(?: |(?='))(?:really |actually |just |only |basically )?{_WISH}(?: from you| you to do)?\s+"
                    r"(?:is|was|are|'s)\b(?: (?:just|simply|only|really|basically))?(?: (?:this|the following))?\s*[:,\-–—]*\s+"
                    r"(?P<x>(?=\S))", re.I)
_PLAIN_WISH = {"am after": "want", "'m after": "want", "am looking for": "want", "'m looking for": "want",
               "was after": "want", "was looking for": "want", "was hoping for": "want", "am hoping for": "want",
               "'m hoping for": "want", "wanted": "want", "require": "need", "'d like": "would like",
               "'d love": "would love", "'d like to know": "would like to know", "'d love to know": "would love to know",
               "wanted to know": "want to know", "am asking": "want", "'m asking": "want"}


def uncleft(text: str) -> str:
    """``text`` with a pseudo-cleft opening its request said as the plain wish (see the module docstring):
    "What I need is X bookmarked" -> "I need X bookmarked"; the same text when it has none."""
    m = _CLEFT.match(text)
    if not m:
        return text
    wish = m["w"].casefold()
    wish = _PLAIN_WISH.get(wish, wish)
    rest = text[m.start("x"):]
    if wish.endswith("to know"):
        return f"{m['lead']}{m['s']} {wish} {rest}"
    if q := re.match(r"for (?P<o>(?:(?!\bto\b)[^,.;:?!\"“”])+?) to (?P<v>[a-z]+\b)", rest, re.I):
        return f"{m['lead']}{m['s']} {wish} {q['o']} to {rest[q.start('v'):]}"  # "What I need is for Bo to get X"
    if n := _NOMINAL.match(rest):  # "What I need is a call to Bo": the act named by its noun
        return m["lead"] + _ACTS[n["n"].casefold()] + " " + rest[n.end():]
    if not re.match(r"(?:a|an|to)\s", rest, re.I) and not _DONE.search(QUOTED.sub("", rest)):
        return text  # "What I need is today's temperature in Oslo": a value asked, read as the question it is
    return f"{m['lead']}{m['s']} {wish} {rest}"


# A thing wished done or in a state ("X bookmarked", "X open in Chrome", "X out of my favourites"), not a value asked.
_DONE = re.compile(r"\b(?:[a-z]+ed|done|sent|made|set|put|taken|shown|written|gone|kept|shut|cut|built|brought|begun|given"
                   r"|got|gotten|hidden|left|paid|sold|told|thrown|undone|held|bought|open|on|off|out of|back|in(?:to)? my)\b", re.I)


# An act named by its noun after a cleft ("a call to X", "a reply to X", "an email to X"): the verb that does it.
_ACTS = {"call": "call", "phone call": "call", "reply": "reply to", "response": "reply to", "answer": "reply to",
         "email": "send an email to", "e-mail": "send an email to", "text": "text", "text message": "text",
         "message": "send a message to"}
_NOMINAL = re.compile(r"(?:a|an)(?: quick| short| new)? (?P<n>phone call|call|reply|response|answer|e-?mail|text message"
                      r"|text|message) to\s+(?=\S)", re.I)


_WORD = re.compile(r"(?<![\w./@:-])[A-Za-z][A-Za-z'’\-]*(?![\w@]|[./:]\w)")


def unshouted(text: str) -> str:
    """``text`` typed with caps lock on, with its words in capitals outside quotes in lower case (see the module
    docstring); the same text when most of its words are not in capitals."""
    parts = re.split(f"({QUOTED.pattern})", text)
    words = [w for i in range(0, len(parts), 2) for w in _WORD.findall(parts[i]) if sum(c.isalpha() for c in w) > 1]
    shouted = [w for w in words if w.isupper()]
    if len(shouted) < 3 or len(shouted) * 5 < len(words) * 3:
        return text
    for i in range(0, len(parts), 2):
        parts[i] = _WORD.sub(lambda m: m.group().lower() if m.group().isupper() and m.group() != "I" else m.group(),
                             parts[i])
    said = "".join(parts)
    first = re.search(r"[A-Za-z]", said)
    return said[:first.start()] + said[first.start()].upper() + said[first.start() + 1:] if first else said
