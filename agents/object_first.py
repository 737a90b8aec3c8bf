"""A request said in German or Dutch word order: the thing first, then "you", then the verb (often last).

"The page x.org in Nimbus as a bookmark you save", "The file a.txt you to my favourites add", "The photo b.jpg you
from my favourites take out", "To Bo Li an email you send", "On Monday at 9:00 a new event "Yoga" you make",
"On the mail "Plans" you answer with "Yes"", "With the network Home you connect the phone", "What the total of my
cart is, you tell me?". Said the English way: "save the page x.org in Nimbus as a bookmark", "add the file a.txt to
my favourites", "take the photo b.jpg out of my favourites", "email Bo Li", "make a new event "Yoga" on
Monday at 9:00", "reply to the mail "Plans" with "Yes"", "connect the phone to the network Home", "What is the
total of my cart?"; "(the address in my contacts is)" is "(the address is in my contacts)", "with as location X" is
"with X as the location", "and as text "Hi"" is "saying "Hi"". Clauses joined by ", and" are each said so. Quoted text is never read for grammar. General
English only.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN, quotes_kept
from .task_verbs import VERBS

_VERBS = VERBS | frozenset("rename keep find open make connect answer respond pay check".split())
_PARTICLES = frozenset("out off up back down away in on".split())
# A thing said first: never a question word, a modal, a subject pronoun or a conjunction.
_NOT_THING = frozenset("what which who whom whose when where why how can could would will shall should may might must do "
                       "does did is are was were have has had i we they he she it if as so because thank thanks and but or "
                       "please let".split())
_PREP = r"(?P<p>to|on|with|in|for|at)"
_DET = r"(?:a|an|the|my|this|that|his|her|their|our|your)"
_TOLD = re.compile(r",?\s*(?:(?:and|so|then)\s+)?you (?:tell|say|give) (?:it )?(?:to )?me\s*(?P<e>[?.!]*)\s*$", re.I)
_ASKED = re.compile(r"^(?P<w>(?:how (?:many|much)(?: [\w\-]+)?|what|which [\w\-]+|who|where|when))\s+(?P<s>.+?)"
                    r"\s+(?P<c>is|are|was|were)\s*(?P<e>[?.!]*)$", re.I)
_POLITE = re.compile(r",?\s*(?:please|for me)\s*(?P<e>[.!?]*)\s*$", re.I)
# "(the address in my contacts is)": the copula said last; "with as location X": X as the location.
_COPULA_LAST = re.compile(r"\((?P<s>(?:the|my|his|her|their|its) [\w\-]+(?: [\w\-]+)?) (?P<p>(?:in|on|at|from|under) [^()]+?)"
                          r" (?P<c>is|are)\)", re.I)
_AS_FIELD = re.compile(rf"\bwith as (?:the |its )?(?P<f>location|place|title|subject|name|text|body|label) "
                       rf"(?P<v>{OPEN}\d+{CLOSE}|[^,.;!?()]+?)(?=\s*(?:[,.;!?()]|$))", re.I)
_NO_PREP_BEFORE = r"(?<!\bto)(?<!\bon)(?<!\bwith)(?<!\bin)(?<!\bfor)"


def object_first(task: str) -> str:
    """``task`` in English word order when said with the thing first and "you" before a final verb (see the module
    docstring); the same text otherwise."""
    return quotes_kept(task, _reordered)


def _reordered(text: str) -> str:
    text = _AS_FIELD.sub(r"with \g<v> as the \g<f>", _COPULA_LAST.sub(r"(\g<s> \g<c> \g<p>)", text))
    text = re.sub(rf"\s+and as (?:the |its )?(?:text|body|message)\s+(?={OPEN})", " saying ", text, flags=re.I)
    return _asked(text) or _requested(text) or text


def _asked(text: str) -> str:
    """"What the total of my cart is, you tell me?" -> What is the total of my cart?"""
    told = _TOLD.search(text)
    if not told:
        return ""
    m = _ASKED.match(text[:told.start()].strip())
    if not m:
        return ""
    return f"{m['w'][:1].upper()}{m['w'][1:]} {m['c']} {m['s']}?"


def _requested(text: str) -> str:
    parts = re.split(r"(,\s+and\s+|;\s+)", text)
    said = [_clause(part, first=i == 0) if i % 2 == 0 else " and " for i, part in enumerate(parts)]
    if all(s is None for s in said[::2]):
        return ""
    return "".join(s if s is not None else parts[i] for i, s in enumerate(said)).strip()


def _clause(clause: str, first: bool = True) -> str | None:
    body, end = clause.strip(), ""
    if polite := _POLITE.search(body):
        body, end = body[:polite.start()], polite["e"]
    if m := re.search(r"[.!]+$", body):
        body, end = body[:m.start()], m.group() + end
    m = re.match(r"(?P<o>.+?)\s*,?\s+you\s+(?P<r>.+)$", body, re.I | re.S)
    lead = m["o"].split()[0].casefold() if m else ""
    if not m or re.search(r"\byou\b|[.;:!?](?:\s|$)|\s[-–—]\s|\b(?:can|could|would|will|do|did|should|shall|may|might|must|thank|if|when|as"
                          r"|that|so|and|or|but|because|let|help|see|after|before|once|until|till|unless|while|since|whenever"
                          r"|wherever)\W*$", m["o"], re.I) or "?" in m["r"]:
        return None  # "X - could you V ...", "Bo, can you V ...?": asked, not said object first; "After you open X, V": a time
    if lead in _NOT_THING and (first or lead != "what"):
        return None  # "..., and what is there you keep": what is there is the thing kept
    thing, rest = m["o"].strip(" ,"), m["r"].strip()
    words = rest.split()
    if words[0].rstrip(",").casefold() in _VERBS:  # "X you save as a bookmark", "X you make, with Y"
        verb, more = words[0].rstrip(","), rest[len(words[0].rstrip(",")):].strip()
    else:  # "X you to my favourites add", "X you from my favourites take out"
        last = words[-1].casefold()
        particle = last if last in _PARTICLES and len(words) > 1 else ""
        verb = words[-2] if particle else words[-1]
        if verb.casefold() not in _VERBS:
            return None
        more = " ".join(words[:-2] if particle else words[:-1])
        if particle == "out" and more.startswith("from "):
            more = "out of " + more[5:]
        elif particle:
            more = f"{particle} {more}".strip()
    return _said(verb.casefold(), thing, more) + end


def _said(verb: str, thing: str, more: str) -> str:
    """The verb, its thing and the rest in English order (a place or person said first with a preposition goes after
    the thing it names, or right after a verb of answering or connecting)."""
    more = f"{'' if more.startswith(',') else ' '}{more}" if more else ""
    pp = re.fullmatch(rf"{_PREP} (?P<pp>.+?)", thing, re.I)
    if not pp:
        return f"{verb} {_lower(thing)}{more}"
    split = re.fullmatch(rf"{_PREP} (?P<pp>.+?){_NO_PREP_BEFORE} (?P<np>{_DET} .+)", thing, re.I)
    sent = re.fullmatch(r"an? (?P<k>e-?mail|text(?: message)?|sms|message)", split["np"], re.I) if split else None
    if sent and verb == "send" and split["p"].casefold() == "to":  # "To Bo Li an email you send": email Bo Li
        return f"{'email' if 'mail' in sent['k'].casefold() else 'text'} {split['pp']}{more}"
    if split and verb not in ("answer", "reply", "respond", "connect"):  # "To Bo Li a card": a card to Bo Li
        return f"{verb} {split['np']} {split['p'].casefold()} {split['pp']}{more}"
    place = pp["pp"]
    if verb in ("answer", "reply", "respond"):  # "On the mail X you answer with Y": reply to it
        return f"reply to {place}{more}"
    if verb == "connect":  # "With the network X you connect the phone": to it
        return f"connect{more} to {place}"
    return f"{verb}{more} {pp['p'].casefold()} {place}"


def _lower(thing: str) -> str:
    """"The page x.org" -> "the page x.org" (a name keeps its capital)."""
    first = thing.split()[0]
    return thing[:1].lower() + thing[1:] if first.casefold() in ("the", "a", "an", "my", "this", "that", "your", "our") else thing
