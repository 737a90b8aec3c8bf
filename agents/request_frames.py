"""What people put around a request before it: fillers, a polite question frame, the purpose said first.

"uh delete my Shopping note", "Is it possible to rename my note A to B?", "Any chance you could put X as
Bo's address?", "So that Ana can read it before Friday, mail her the report", "To keep my gallery tidy,
rename the album A to B": the request is what follows. The frame is dropped (a polite question asks for an
action, not a yes or no), and a purpose said first goes after the request in brackets, with a pronoun the
request uses for the one person the purpose names said by name. "get the stopwatch going" is "start the
stopwatch"; a question after a statement that names nothing ("I'm trying to fit in a haircut, so how many events
are on Friday?") is the whole task. General English only.
"""

from __future__ import annotations

import re

from .arrow_notes import arrow_noted
from .asides import aside_first
from .forgotten_acts import handed_over
from .negated_leads import unnegated
from .object_first import object_first
from .office_jargon import unjargoned
from .said_idioms import idioms_said
from .slang import unslanged
from .task_verbs import de_gerund
from .text import FULL_NAME
from .ticket_lines import ticketed
from .wished_states import PARTICIPLE

_FILLER = re.compile(r"^(?:(?:uh+|uhm+|um+|erm*|hmm+|ah+)\b[,.]?\s+|(?:like|right|well),\s+|do one thing\s*[:,.\-–—]\s*"
                     r"|(?:please |kindly )?do the needful(?: and| by|,)\s+)+(?=\w)", re.I)  # "do one thing: X" (a regional English frame)
_POLITE_QUESTION = re.compile(r"^(?:is it possible|would it be possible|is there (?:any |a |some )?(?:way|chance))(?: for you)?"
                              r" (?:to|that you (?:could|can))\s+|^(?:can|could|may) (?:I|we) (?:please )?"
                              rf"(?=(?:get|have) (?:(?!\b(?:I|you|we|they|he|she)\b)[^?])+?\b(?:{PARTICIPLE}|going|started|running)\b)"
                              r"|^(?:is there )?any way (?:that )?you (?:could|can|might)\s+(?=[a-z])|^(?:any chance|is there any chance)"
                              r"(?: (?:you could|you can|you'd|you would|of you|that you could|that you can))\s+", re.I)
_PURPOSE = re.compile(r"^(?P<why>(?:so(?: that)?|just so|in order to|to) (?P<clause>[^,;:()\"]{3,120}?)),\s+"
                      r"(?P<request>(?!(?:i|we|you|it|they|he|she|there|this|that|the|my|and|but|so|then)\b)[a-z]\w+\b.*)$",
                      re.I | re.S)
# A bare "so" before a past event tells what happened ("So Ana sent me a file, ..."), not what the request is for.
_PAST = re.compile(r"\b(?:\w+ed|sent|got|told|wrote|said|made|had|was|were|did|came|went|left|took|gave|found|bought|paid"
                   r"|met|saw|forgot|brought|heard|read|put)\b", re.I)
_PERSON = re.compile(rf"{FULL_NAME}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{{\w+\}}")
_OBJECT_PRONOUN = re.compile(r"^(?P<v>\w+(?: \w+)?|\w+(?: [^\s\"()]+){0,5}? (?:with|to|for)) (?P<p>them|him|her)\b", re.I)
# "I'm trying to fit in a haircut, so how many events do I have Friday?": the question after a statement that names
# nothing (no name, number or quote) is the whole task.
_SO_ASKED = re.compile(r"^(?P<said>[^,;:?\"]{8,160}),\s+(?:and )?so\s+(?P<q>(?:what|which|who|whom|whose|when|where|how|is|are"
                       r"|do|does|did|can|could)\b[^?]*\?)\s*$", re.I)
_GOING = re.compile(r"\bget (?P<x>(?:the|my|a) [\w\- ]{1,30}?) (?:going|started|running)\b", re.I)


def _owner(m: re.Match[str]) -> str:
    """"'s" where "her" owns the noun after it ("open her address"), not where she is the object ("mail her the X")."""
    after = m.string[m.end():]
    return "'s" if m["p"].casefold() == "her" and re.match(r"\s+(?!(?:the|a|an|my|this|that|these|those|some|all|on|in|at"
                                                           r"|to|for|with|about|and|now|today)\b)[a-z]", after, re.I) else ""


def unframed(task: str) -> str:
    """``task`` with a filler, a polite question frame or a purpose said first moved out of the request's way."""
    text = object_first(unnegated(ticketed(aside_first(unjargoned(unslanged(handed_over(_FILLER.sub("", task.strip()))))))))  # "User wants: X deleted", "I want X sent to Bo"
    mind = re.match(r"(?:would|do|will) you mind\s+(?P<g>\w+ing\b.*?)\s*\?*\s*$", text, re.I | re.S)
    if mind and (plain := de_gerund(mind["g"])) != mind["g"]:  # "Would you mind finding out X?": find out X
        asks = mind.group().rstrip().endswith("?") and re.match(r"(?:check|find|tell|look|show|read|count|list)\b", plain, re.I)
        text = re.sub(r"(?<=\band )\w+ing\b.*", lambda m: de_gerund(m.group()), plain, count=1) + ("?" if asks else "")
    text = idioms_said(arrow_noted(text))  # "Notely -> archive -> restore X", "make it ring at 7 instead"
    polite = _POLITE_QUESTION.match(text)
    if polite:
        text = text[polite.end():].rstrip()
        text = text[:-1] if text.endswith("?") else text
    text = _GOING.sub(r"start \g<x>", text)
    asked = _SO_ASKED.match(text)
    if asked and not re.search(rf"{FULL_NAME}|\d", asked["said"]):
        return asked["q"]
    purpose = _PURPOSE.match(text)
    if not purpose or purpose["why"].lower().startswith("so ") and not purpose["why"].lower().startswith("so that") \
            and _PAST.search(purpose["clause"]):
        return text
    request, end = re.match(r"(.*?)([.!]?)$", purpose["request"], re.S).groups()
    people = {m.group() for m in _PERSON.finditer(purpose["clause"])}
    if len(people) == 1:  # "So that Ana can read it, mail her the report": her is Ana; "start a chat with them" too
        request = _OBJECT_PRONOUN.sub(lambda m: f"{m['v']} {next(iter(people))}{_owner(m)}", request, count=1)
    return f"{request} ({purpose['why'][0].lower()}{purpose['why'][1:]}){end}"
