"""What a task's pronouns stand for: the people and things the other clauses of the task name.

"Kofi Mensah wants report.pdf; text it to them" -> "text report.pdf to Kofi Mensah": "it"
takes a thing (quoted text, a file, a web address), "them"/"him"/"her" a person (a full name, an e-mail
address), else the thing. General English pronoun use only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .clauses import needer, object_of
from .ranked_wording import SUPERLATIVE, ranked_things
from .text import QUOTED

OPEN, CLOSE = "\ue000", "\ue001"  # a quoted span, kept aside while the rest of a task is rewritten
HELD = re.compile(f"{OPEN}(\\d+){CLOSE}")


def quotes_kept(task: str, rewrite: Callable[[str], str | None]) -> str:
    """``rewrite`` applied to ``task`` with its quoted spans kept aside (no rule rewrites inside a title or a
    message), then put back; ``task`` itself when ``rewrite`` finds nothing to say."""
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group())
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    said = rewrite(QUOTED.sub(hold, task.strip()))
    return HELD.sub(lambda m: held[int(m.group(1))], said) if said else task
ITEMS = (r"conversations?|chats?|threads?|messages?|e-?mails?|mails?|photos?|pictures?|images?|videos?|files?|documents?"
         r"|notes?|events?|alarms?|recordings?|songs?|downloads?|screenshots?|drafts?|bookmarks?|apps?")
_KINDS = r"albums?|playlists?|folders?|groups?|lists?|tabs?|contacts?|reminders?|timers?"  # more kinds a title names
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_THING = r"(?<![\w.@/])(?:[\w-]+\.)+(?:com|org|net|io|dev|app|co|uk|de|fr|eu|info|edu|gov)\b(?:/[\w\-./]*\w)?" \
         r"|(?<![\w.@])[\w\-]+\.[a-z0-9]{2,4}\b(?!\.\w)"  # a web address; a file name
_NAME = r"\b[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)+"  # one capitalised word may be an app
_IT = re.compile(r"(?<!\bdo )\b(?:it|this one|that one)\b", re.I)  # "do it" is the asked action, no thing
_THEM = re.compile(r"\b(?:them|him|her)\b|\b(?:they|he|she)\b(?=\s+(?:said|wrote|sent|texted|emailed|called|asked|told"
                   r"|messaged)\b)", re.I)
LEFT = re.compile(r"\b(?:it|its|them|they|this|that|these|those|her|his|their|the ones?)\b", re.I)  # a pronoun still to resolve


def people(clause: str) -> list[str]:
    """The people a clause names: e-mail addresses and full names outside quotes."""
    return re.findall(_EMAIL, clause) + [re.sub(r"'s$", "", _LEADING.sub("", n)) for n in re.findall(_NAME, clause)
                                         if _LEADING.sub("", n).count(" ")]


# A reason's or time's first word written capitalised at a sentence's start ("Since Bo Li asked"): no part of a name.
_LEADING = re.compile(r"^(?:Since|Because|As|While|Once|Now|So|But|And|Or|If|Though|Although|Unless|Until|After|Before|When"
                      r"|Whenever|Given|Seeing)\s+(?=[A-Z])")


def things(clause: str) -> list[str]:
    """The things a clause names: what someone needs ("Bo Li needs the code from ..."), quoted text (with the item
    word after it), web addresses, file names,
    a name in sentence case that is the clause's subject ("Book club no longer needs ..."), and a value named by
    whose it is ("the Netflix code")."""
    subject = _SUBJECT.match(clause)
    introduced = [f"the {re.sub(r' (?:that|which|who) .*$', '', m['t'])}" for m in _INTRODUCED.finditer(clause)]
    first, introduced = (introduced, []) if not HELD.search(clause) else ([], introduced)  # a quoted title names it best
    return first + ([o] if (o := object_of(clause)) else []) + \
        [m.group(0) for m in re.finditer(rf"{HELD.pattern}(?:\s+(?:{ITEMS}|{_KINDS})\b)?", clause)] + \
        [m.group(0) for m in re.finditer(_THING, re.sub(_EMAIL, " ", clause))] + \
        ([subject.group("t")] if subject and subject.group("t").split()[0].casefold() not in _NOT_NAMES else []) + \
        [m.group(0) for m in _NAMED_VALUE.finditer(clause)] + [m["t"] for m in _ATTENDED.finditer(clause)] + \
        [f"the {m['a']} from {m['n']}'s {m['k']}" for m in _VALUE_IN.finditer(clause)] + introduced


# A thing the clause brings in by saying it exists: "I have an album named Beach 2024", "there is a Chrome tab with
# Weather open", "you will find an event called Dentist on Friday" (the album named Beach 2024, ...).
_INTRODUCED = re.compile(r"^(?:there is|there's|I have|I've got|I have got|I got|you will find|you'll find|you can find"
                         r"|I made|I created|I saved|I added|(?:(?-i:[A-Z])[\w\-]*|my \w+|the \w+ app) (?:has|contains|holds|keeps|shows))"
                         r" (?:an?|one) (?P<t>(?:[\w\-]+ ){0,3}?(?:[\w\-]+) "
                         r"(?:called|named|titled|labell?ed|with|from|about|for)\b[^,;.!?]{1,60}?)\s*[.!]?$", re.I)


# A value named by whose it is: "the Netflix code", "my Lufthansa booking reference" ("I need the Netflix code later").
_NAMED_VALUE = re.compile(r"\b(?:the|my|our|that|this)\s+(?:[A-Z][\w'\-]*\s+){1,3}(?:code|password|pin|number|address|link"
                          r"|booking reference|reference|tracking number)\b")


# What the user will not attend, named unquoted: "I will not go to Book club on Friday after all" (Book club).
_ATTENDED = re.compile(r"^(?:I|we) (?:(?:will not|cannot|can not|am not|are not|do not|would not)(?: be)?(?: able to)?(?: going to)?"
                       r" (?:go(?:ing)? to|make it to|attend(?:ing)?|be at|come to)|did not (?:go to|make it to|attend)|never went to"
                       r"|(?:will |am |are )?(?:skip(?:ping|ped)?|miss(?:ing|ed)?))"
                       r" (?:the )?(?P<t>(?-i:[A-Z])[\w'\-]*(?: (?!(?:on|at|this|next|tomorrow|today|tonight|after|anymore|any"
                       r"|either|then|with|in)\b)[\w'\-]+){0,4})", re.I)


# Where a value is: "the address is in an email from Aiko Tanaka" (the address from Aiko Tanaka's email).
_VALUE_IN = re.compile(r"\bthe (?P<a>address|code|password|number|link|time|date|details|location) (?:is|was|are|were) in "
                       r"(?:an?|the|his|her|their|my) (?P<k>e-?mail|mail|message|text|sms|chat) from "
                       r"(?P<n>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,2})")


_LOCATED = re.compile(r"the \w+ from .+'s \S+")


def locates_value(clause: str) -> bool:
    """Does the clause only say where a value is ("the code is in a text from Noor Haddad") or what it is
    ("Bo's email is bo@x.org")? Once the request names that value (and whose), the clause adds nothing."""
    clause = clause.strip(" ,.;:")
    return bool(_VALUE_IN.fullmatch(clause[:1].lower() + clause[1:]) or _STATED_VALUE.search(clause))  # or states it


# A capitalised subject of up to four words, then its verb: "Book club no longer needs", "Gym plan is done".
_SUBJECT = re.compile(r"^(?P<t>[A-Z][\w'\-]*(?: [\w'\-]+){0,3}?) (?=(?:no longer|is|are|was|were|has|have|had|needs?|does|did"
                      r"|should|keeps?|can|will|would|must|isn't|aren't|doesn't|looks|seems|got|gets)\b)")
_NOT_NAMES = frozenset("i my the this that these those it its our your his her their we you he she they there a an "
                       "someone everyone nobody since because as while once now so but and or if though although unless "
                       "until after before when whenever given seeing".split())


def resolve(request: str, context: list[str]) -> str:
    """``request`` with its first "it" as the first thing and its first "them" as the first person (else
    the thing) the ``context`` clauses name."""
    named_people = [p for c in context for p in people(c)]
    named_things = [t for c in context for t in things(c)]
    named_things = [t for t in named_things if t not in named_people] or named_things  # "it" is a thing first
    located = [t for t in named_things if _LOCATED.fullmatch(t)]  # "the code is in a text from X": that code, not "the code"
    named_things = located + [t for t in named_things if t not in located]
    ranked = [t for c in context for t in ranked_things(c)]  # "we meet at the best Ramen place: ... its address"
    if ranked and not named_things:  # "look it up and text them its price": "it" says it once
        if not _IT.search(request):
            request = _ITS.sub(lambda m: _its(m, ranked[0]), request, count=1)
        named_things = ranked
    elif not _IT.search(request) and len(set(named_things or named_people)) == 1 and (named_things or (named_people[0] not in request and not _THEM.search(request))) \
            and not _RANKED.search(request.split(" its ")[0]):  # "Before I buy Trail Mug, check its rating"; not "find the biggest file and note its name"
        request = _ITS.sub(lambda m: _its(m, (named_things or named_people)[0]), request, count=1)
    held_in = [t for t in named_things if _HOLDER.search(t)]
    if len(held_in) == 1:  # "I am tidying up my Work folder. Delete the oldest file there": in that folder
        request = _THERE.sub(f" in {held_in[0]}", request, count=1)
    owners = [p for p in named_people if "@" not in p] or named_people  # a contact is a person's, not an address's
    if owners and not [p for p in people(request) if not re.search(rf"\b(?:to|as|into) {re.escape(p)}", request)]:  # "ship it to the address in their contact": the person's
        request = _OWNER.sub(f"{owners[0]}'s", request, count=1)
        if len(set(named_people)) == 1:  # "Bo Li is no longer a favourite, unstar the contact": that person
            request = _THE_PERSON.sub(named_people[0], request, count=1)
    stated = [m.group("v") for c in context if (m := _STATED_VALUE.search(c))]
    if stated and _PUT_IT.search(request):  # "X's email is a@b.org, add it to their contact": the value goes in
        request = _IT.sub(stated[0], request, count=1)
    elif named_things and not any(_UNKNOWN.search(c) for c in context):  # "which photo ...": "it" is the one read
        request = _IT.sub(lambda m: _named(m, named_things[0]), request, count=1)
    named_people = named_people or [w for c in context if (w := needer(c))]  # "my boss needs X, email it to him"
    if named_people or named_things:
        request = _THEM.sub(lambda m: _named(m, (named_people or named_things)[0], (owners or named_things)[0]), request, count=1)
    return request


# A thing that holds others ("my Work folder", "the Pets album"), and "there" for it after a request's object.
_HOLDER = re.compile(r"\b(?:folder|album|playlist|directory|inbox|cart|basket|list|board|channel|group|chat)$", re.I)
_THERE = re.compile(r"(?<=\w)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe) there\b(?! (?:is|are|was|were|will|has|have|'s)\b)(?!\w)",
                    re.I)  # not "are there any X": no place
# An embedded question about a thing ("Bo emailed me which photo goes in X"): "it" is that unknown thing.
_UNKNOWN = re.compile(r"\b(?:which|what) (?:photo|picture|image|file|document|video|song|item|product|one)s?\b", re.I)
_RANKS = rf"(?:{SUPERLATIVE}|biggest|largest|smallest|oldest|newest|latest|longest|shortest)\b"
_RANKED = re.compile(rf"\bthe {_RANKS}", re.I)  # "find the oldest file and note its name": its is that file's
_ITS = re.compile(rf"\bits (?P<r>{_RANKS}[\w\- ]*?(?=\s+(?:and|to|in|into|on|for|with)\b|[,.;!?]|$))|\bits (?P<a>(?:name|price|address|phone number|number|rating|location|hours|website)"
                  r"(?: and (?:its )?(?:name|price|address|phone number|number|rating|location|hours|website))?)\b", re.I)
_THE_PERSON = re.compile(r"\b(?:the|this|that) (?:contact|person)\b(?!\s*(?:list|app|card|details|page|'s)\b)", re.I)
# A clause stating a value ("... is a@b.org"), and a request putting "it" somewhere ("add it to", "save it in").
_STATED_VALUE = re.compile(rf"(?:\b(?:is|was|is now|has changed to|changed to)|[,:])\s+(?P<v>{_EMAIL})\s*[.!]?$", re.I)
_PUT_IT = re.compile(r"^(?:add|save|put|store|enter|type|paste|copy|write) it (?:to|in|into|on|onto)\b", re.I)
_OWNER = re.compile(r"\b(?:their|his)\b(?=\s+(?:contact|address|number|phone|e-?mail|birthday)\b)", re.I)


def _its(m: re.Match[str], owner: str) -> str:
    """"its name" -> "the name of X"; "its biggest file" -> "the biggest file in X" (a place it is ranked in)."""
    return f"the {m['r']} in {owner}" if m["r"] else f"the {m['a']} of {owner}"


def restated(clause: str, request: str) -> bool:
    """Everything the clause names (people, things, a ranked place) is in the request now ("I would like to
    gift Bo Li a "Mug"" beside "buy "Mug" and ship it to Bo Li's address")."""
    named = people(clause) + ([] if _STATED_VALUE.search(clause) else  # "Bo's email is X": Bo and X
                              [t for t in things(clause) if not HELD.fullmatch(t)] + ranked_things(clause))
    quoted = HELD.findall(clause)
    return bool(named or quoted) and all(n in request for n in named) and all(
        f"{OPEN}{q}{CLOSE}" in request for q in quoted)


def _named(m: re.Match[str], thing: str, owner: str = "") -> str:
    """The pronoun as the thing; "her" before a noun ("her number") as its owner's ("Ana's number")."""
    after = m.string[m.end():]
    owned = m.group(0).casefold() == "her" and re.match(r"\s+(?!(?:to|in|on|at|for|from|with|about|a|an|the|its|their|his|her|my|your|our|and|or|but|then|that|saying|so|if|know)\b)[a-z]", after)
    if owned:
        return f"{owner or thing}'s"
    kind_said = re.fullmatch(rf"{HELD.pattern}\s+[a-z]+", thing) and not re.search(r"\b(?:the|my|a|an|this|that)\s+$", m.string[:m.start()], re.I)
    return f"the {thing}" if kind_said else thing  # 'How many are in it' -> 'in the "Weekend" album'


_ASKER = re.compile(rf"^(?P<who>{_EMAIL}|{_NAME}) (?:wants to know|would like to know|asked(?: me)?|is asking(?: me)?"
                    r"|wonders) (?P<why>(?:[^;.!?]|\.(?=\w))+?)\s*(?:[;.!?]|\s[-–—])\s*(?:(?:please|could you|can you|would you)\s+)?"
                    r"(?:(?:check|look (?:it|that) up)\b(?:\s+(?:my|the) \w+)?(?:\s+(?P<what>(?:its|the) [\w ]+?))?(?P<where>\s+(?:in|on) [\w ]+?)?(?:\s+and|,)?\s+)?"
                    r"(?P<v>text|e-?mail|mail|message|tell|sms|dm|\w+) (?:(?:it|that) to )?(?:them|him|her)\b"
                    r"(?:\s+(?:it|that|the (?:time|answer|result|number|size|price))\b)?(?P<rest>.*)$", re.I)
_WHAT_TIME = re.compile(r"^what time (?P<x>.+?) (?P<v>begins|starts|ends|finishes|is)\b", re.I)
_SENDS = frozenset("text email e-mail mail message tell sms dm signal whatsapp telegram".split())


def relayed(text: str) -> str:
    """"Bo Li wants to know what time X begins; please check and text them" -> "text Bo Li the start time
    of X": a question someone asked, answered to them."""
    m = _ASKER.match(text)
    if not m or m.group("v").casefold() not in _SENDS:
        return text
    why = m.group("why").strip(" ,")
    when = _WHAT_TIME.match(why)
    owned = _ITS.match(m.group("rest").strip())
    what_is = re.match(r"(?:what|which) (?P<x>.+?) (?:is|are)$", why, re.I)
    if owned and owned["a"] and what_is:  # "asked what the cheapest lamp is - look it up and text them its name and price"
        rest = m.group("rest").strip()[owned.end():]
        return f"{m.group('v')} {m.group('who')} the {owned.group('a')} of {what_is.group('x')}{rest}".rstrip(" .") + "."
    if when:
        why = f"the {'end' if when.group('v').casefold() in ('ends', 'finishes') else 'start'} time of {when.group('x')}" \
              f"{why[when.end():]}"
    elif m.group("what") and things(why):  # "wants to know if a.docx fits ...; check its size and text it to them"
        why = f"the {m.group('what').split(maxsplit=1)[1]} of {things(why)[0]}"
    elif not re.match(r"(?:how|what|when|where|which|who)\b", why, re.I):
        return text
    rest = re.sub(r"^\s*\((?:with the |the )?subject\b:?\s*", ", with the subject ", m.group("rest")).rstrip(")?.! ")
    return f"{m.group('v')} {m.group('who')} {why}{rest}"


QUOTES = re.compile(r"[\"“«„]([^\"”»“]{1,200})[\"”»“]")


def hold_quotes(text: str) -> tuple[str, list[str]]:
    """``text`` with each quoted message held out of reach as a numbered mark, and the messages held."""
    held: list[str] = []

    def keep(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    return QUOTES.sub(keep, text), held


def release(text: str, held: list[str]) -> str:
    """The held messages put back in place of their marks."""
    return HELD.sub(lambda m: held[int(m.group(1))], text)
