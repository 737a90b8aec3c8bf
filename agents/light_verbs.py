"""A request said with a light verb, said with its full verb: "give X a new name: Y", "give Bo a copy of X".

People spread a verb over "give/make/have/take/place" and a noun: "give the "Demo" event a new name: "Pitch"" (rename
it), "give Bo's contact a new address: 4 Rue Oberkampf" (change Bo's address), "give Ana a copy of report.pdf on WhatsApp"
(send it to her), "make a post of it in the group" (post it), "have a look at X and text Bo ..." (check X), "place an
order for X" (buy X), "have it shipped to ..." (ship it to ...), "get X over to Bo" (send X to Bo), "forward on / pass on X to Bo" (forward X). :func:`unlight`
says each with its verb; quoted text is never touched. General English only.
"""

from __future__ import annotations

import re

from .referents import CLOSE, HELD, OPEN
from .text import QUOTED

_PART = r"(?:[^,:;.!?]|\.(?=\w))"  # a word's dot stays in it ("report.pdf")
_THING = rf"(?P<x>{_PART}+?)"
_OWNER = rf"(?P<o>{_PART}+?)"
_NOT_ME = r"(?!(?:me|us|him|her|them|it)\b)"
# "a new name: Y", "a new name, Y", "the new name Y", "a new name of Y"
_NEW = r"(?:a|the) (?:new |different )?(?P<n>[a-z]+(?: [a-z]+)?)(?:\s*[:,\-–—]\s*| of | (?=[\"“\ue000]|\+?\d))"
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?P<a>and|then) give me (?=(?:the|its|their|his|her) )", re.I), r"\g<a> tell me "),
    (re.compile(rf"\bgive {_NOT_ME}(?P<x>[^:;!?]+?) (?:a|the) (?:new |different )?(?:name|title)(?:\s*[:\-–—]\s*| of | (?=\ue000))", re.I),
     r"rename \g<x> to "),
    (re.compile(rf"\bgive {_OWNER}(?:'s|’s) (?:contact|contact card|entry|card|profile) {_NEW}", re.I),
     r"change \g<o>'s \g<n> to "),
    (re.compile(rf"\bgive {_NOT_ME}(?P<p>{_PART}+?) (?:a|one) (?:copy|copies) of {_THING}(?=$|[,!?;]|\.(?!\w)| on | in | via | over | by )", re.I),
     r"send \g<x> to \g<p>"),
    (re.compile(r"\bmake (?:a|one) (?:post|posting) (?:of|about|with) (?P<x>it|that|this|them|those|these)\b", re.I),
     r"post \g<x>"),
    (re.compile(r"\b(?:have|take) (?:a|another) (?:quick |close |good )?(?:look|peek|glance) (?:at|in|into|through)\s+", re.I),
     "check "),
    (re.compile(r"\bplace (?:an|a new|one) order (?P<w>(?:in|on|at|from) [^,:;.!?]+? )?for (?P<x>\ue000\d+\ue001 )?", re.I),
     r"buy \g<x>\g<w>"),
    (re.compile(r"\bhave (?P<x>it|them|that|this|the order|the parcel|the package) (?:shipped|delivered) to\b", re.I),
     r"ship \g<x> to"),
    (re.compile(rf"\bget (?P<x>{_PART}+?) over to\b", re.I), r"send \g<x> to"),
    # "forward on / pass on / send on X to Bo": the particle adds nothing to forwarding
    (re.compile(r"^(?P<l>\W*(?:please |just )?)(?:forward|pass|send) on (?=(?:the|my|this|that|these|those|a|an|it|them|\ue000)\b|\ue000)", re.I),
     r"\g<l>forward "),
]


def unlight(task: str) -> str:
    """``task`` with each light-verb phrase said with its verb (see the module docstring); the same text otherwise."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group())
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    text = QUOTED.sub(hold, task)
    for rule, said in _RULES:
        text = rule.sub(said, text, count=1)
    return HELD.sub(lambda m: held[int(m.group(1))], text)
