"""A request corrected as it is said: "X, I mean Y" (actually, sorry make that, no wait, scratch that, or rather).

A careful listener replaces the part the correction stands in for, found by what it starts with: "ship it to Bo,
I mean to Bo's address" ships to the address (the last phrase with the same preposition); "alarm for 7:00, no
wait, 7:30" is for 7:30 (the last value of the same kind: a time, a day, a number, a quoted text, an address, a
name); "Cancel, I mean delete, the event" deletes it (one verb for another); a dictated "mute my chat with Bo - no,
scratch that, delete it" says a whole new request (its pronoun the thing the first one named), "the newest file - no,
the largest one" another kind, "the password - no, the code in my note" another thing. A restatement that parallels nothing
("Unstar X, I mean take the star off it", "the note, I mean the one Bo sent") is left as said. General English only.
"""

from __future__ import annotations

import re

from .referents import HELD
from .task_verbs import VERBS

# A part said to be dropped ("forget moving it", "never mind that", "not buy") is part of the correction's mark.
_DROPPED = r"(?:forget|never mind|don't|do not|not)(?: about)? (?:that|it|this|\w+ing(?: (?:it|that|them|this))?|\w+)"
_ONE = rf"(?:i mean|i meant|actually|or rather|sorry|make that|no|wait|scratch that|correction:?|{_DROPPED})"
_MARK = re.compile(rf"(?P<dash>,|\s[-–—])\s*(?P<chain>{_ONE}(?:,?\s+{_ONE}){{0,3}})\s*,?\s+", re.I)
_STRONG = re.compile(r"i mean|i meant|actually|or rather|scratch that|make that|correction|\bno,? wait|\bwait,? no|\bno,? sorry"
                     r"|\bsorry,? no|\bforget\b|\bnever mind\b", re.I)
_NOT_VERBS = frozenset("the a an my this that it i we you he she they what which who where when how is are was were do does did "
                       "can could would will should".split())
_PREPS = ("to", "for", "at", "on", "in", "into", "from", "with", "by", "until", "before", "after", "onto", "under", "as")
_WH = ("who", "what", "when", "where", "which", "why", "how", "whose")
_PLAIN_STEMS = frozenset("many much what which when wher have that this just wait sorr mean actu then them they your".split())
_DAY = (r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,? (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2}\b)?)?|today|tomorrow"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b)")
# Where an object ends and the place or role it is given starts ("add Bo to my speed dial": Bo).
_GIVEN = re.compile(r"\s+(?:to|into|onto|as)\b(?:\s.*)?$", re.I | re.S)
_DET = r"(?:the|my|a|an|this|that|his|her|their|our|your)"
_END = r"(?=\s*(?:[,.;!?]|\s[-–—]\s|$))"
_NAME = r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*"
# Values of one kind (the kind a correction said alone must match to replace one said before it).
_KINDS = (
    r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\w:])",  # a time or a small number
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight",
    HELD.pattern + r'|"[^"]*"',  # a quoted text (or the mark it is held aside as)
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    _NAME,
)


# A correction dictated with no punctuation ("text Bo the number of no wait the phone number of Ana").
_SPOKEN = re.compile(r"(?<=[\w\"'”])\s+(?P<m>no,? wait|wait,? no|scratch that)\s+(?!(?:time|times|list|line|queue)\b)(?=\w)", re.I)


def _spoken(text: str) -> str:
    """A dictated correction set off as it is written ("X no wait Y" -> "X, no wait, Y"); a request said again whole
    after it, with the verb it started with, is the request ("open the mail no wait the link open the page Bo sent":
    open the page Bo sent)."""
    m = _SPOKEN.search(text)
    if not m or text.count('"', 0, m.start()) % 2:
        return text
    first, after = re.match(r"\s*(?P<v>[A-Za-z]+)\b", text), text[m.end():]
    again = first and first["v"].casefold() in VERBS and re.search(rf"\b{first['v']}\b(?! (?:it|them|that|this)\b)", after, re.I)
    if again and not after.count('"', 0, again.start()) % 2:
        return after[again.start():]
    if not re.match(rf"(?:{_DET}|{'|'.join(_PREPS + _WH)})\b", after, re.I):
        return text  # "empty my cart no wait just take X out": a new clause, its place the one said first, left as said
    return f"{text[:m.start()]}, {m['m']}, {after}"


def corrected(text: str) -> str:
    """``text`` with each self-correction applied where it parallels a part said before it (else as said)."""
    text = _spoken(text)
    for _ in range(3):
        for mark in _MARK.finditer(text):
            chain = mark["chain"].casefold()
            dashed_no = mark["dash"] != "," and chain.startswith("no")  # "X - no, Y": a dictated correction
            after = text[mark.end():]
            dashed_value = mark["dash"] != "," and chain == "sorry" and re.match(rf'["\d]|{HELD.pattern}', after)
            if not (_STRONG.search(chain) or dashed_no or dashed_value) or (chain in ("sorry", "wait") and not dashed_value):
                continue  # 'note "Cleanup" - sorry, "Clean up"': a value said again; "Text Bo - sorry, I am late" is not
            rejected = bool(re.search(r"\bno\b|scratch that|forget|never mind", chain))
            said = _said_again(text[:mark.start()], after) if rejected or "mean" in chain else None
            if said is None:
                said = _apply(text[:mark.start()], after, "actually" not in chain or dashed_no or rejected, rejected)
            if said is not None:
                text = said
                break
        else:
            return text
    return text


def _apply(before: str, after: str, sure: bool = True, rejected: bool = False) -> str | None:
    """The text with the correction ``after`` put in place of what it parallels in ``before``; None when nothing."""
    words = after.split(maxsplit=1)
    if not words:
        return None
    first = words[0].casefold()
    if first in _PREPS:  # "to Bo, I mean to Bo's address in my contacts"
        said = re.match(r"[^,.;!?]+", after).group().rstrip()
        spot = [m for m in re.finditer(rf"\b{first}\b", before, re.I)]
        if not spot and sure and not re.search(r"[.;!?]", before):  # "text Bo - no, on Signal": the place the request lacked
            return f"{before} {after}"
        if not spot or re.search(r"[.;!?]", before[spot[-1].start():]):
            return None
        owner = re.match(rf"{first} (?P<o>(?:(?!{first}\b)[^,.;!?])+?'s) ", before[spot[-1].start():], re.I)
        the = re.match(rf"{first} the (?=\S)", said, re.I)
        if owner and the:  # "as Bo's email - no, as the address": Bo's address
            return before[:spot[-1].start()] + f"{said[:len(first)]} {owner['o']} {said[the.end():]}" + after[len(said):]
        return before[:spot[-1].start()] + said + after[len(said):]
    if first in _WH:  # "who called - no, who texted me last?", "text Bo where - no, when X starts"
        spot = [m for m in re.finditer(rf"\b(?:{'|'.join(_WH)})\b", before, re.I)]
        if spot and not re.search(r"[.;!?]", before[spot[-1].start():]):
            day = re.search(_DAY, before[spot[-1].start():], re.I)
            if day:  # "what is on Friday - no, how many events are there that day?": the day said before
                after = re.sub(r"\b(?:on )?(?:that|the same) day\b", f"on {day.group()}", after, count=1, flags=re.I)
            return before[:spot[-1].start()] + after
        return None
    for kind in _KINDS:
        value = re.match(rf"(?:{kind}){_END}", after, re.I)
        if not value:
            continue
        said = value.group()
        olds = list(re.finditer(rf"(?<![\w'])(?:{kind})(?![\w'])", before, re.I))
        if not olds or re.search(r"[.;!?]", before[olds[-1].end():]):
            return None
        start, end = olds[-1].span()
        if kind == _NAME and _opens(before, start) and (" " in before[start:end] or before[start:end].casefold() in VERBS):
            start = before.find(" ", start) + 1  # "Call Ana Ruiz": the verb said first is no part of the name ("Wi-Fi" alone is)
            if not start or start >= end:
                return None
        return before[:start] + said + before[end:] + after[len(said):]
    one = re.fullmatch(r"(?:(?P<lead>.*?(?:^|[.;!?]\s+|\band\s+|\bthen\s+)))?(?P<v>[a-z]+)", before, re.I | re.S)
    then = re.match(r"(?P<v>[a-z]+)\s*,\s*(?P<rest>\S.*)", after, re.I | re.S)
    if one and then and one["v"].casefold() not in ("it", "that", "this", "them", "please"):
        lead = one["lead"] or ""  # "Cancel, I mean delete, the event": one verb said for another
        verb = then["v"] if lead.strip() else then["v"][0].upper() + then["v"][1:] if one["v"][:1].isupper() else then["v"]
        return f"{lead}{verb} {then['rest']}"
    after = re.sub(r"^(?:just|simply|only|rather|instead)\s+", "", after, flags=re.I)
    return _restated(before, after, sure) or (_clause_for_clause(before, after) if rejected else None)


def _restated(before: str, after: str, sure: bool) -> str | None:
    """The correction said as a whole new part: a verb for the verb said last ("On X, mute, no wait, delete my chat",
    "Bo texted, no wait, emailed me"), a verb and a pronoun for the verb and its person ("Call Bo, no wait, text him
    ..."; not after "actually", which may go on rather than correct), a phrase for the phrase it starts like ("the last
    mail, no, sorry, the last text")."""
    after = re.sub(r"^(?P<p>(?:the|my|a|an) [\w\- ]{1,30}?),\s+(?=(?:of|for|from|in|at|on)\s)", r"\g<p> ", after, flags=re.I)
    np = re.search(rf"\b(?:the|my|a|an|this|that|his|her|their|our|your) (?:[\w\-]+ ){{0,2}}(?:[\w\-]+(?:\.\w{{2,4}})?|{HELD.pattern}|\"[^\"]*\")\s*$", before)
    of_it = re.match(r"(?P<y>(?:the|its) [\w\- ]{1,30}?) (?P<p>of|in|from|on) (?:it|that|this|them)\b(?P<rest>.*)$", after, re.I | re.S)
    if np and of_it:  # "email Bo my note "X" - I mean, the text of it - with ...": the text of the note
        rest = re.sub(r"^\s*[-–—]+\s*(?=\w)", ", ", of_it["rest"])
        return f"{before[:np.start()]}{re.sub(r'^its ', 'the ', of_it['y'])} {of_it['p']} {np.group().rstrip()}{rest}"
    last = re.search(r"(?P<w>[A-Za-z]+(?: (?:off|on|up|out|down|away|back))?)\s*$", before)
    first = re.match(r"[A-Za-z]+", after)
    if not last or not first:
        return None
    old, new = last["w"].casefold(), first.group().casefold()
    lead = before[:last.start()]
    if new in VERBS and old not in ("it", "that", "this", "them", "please") and re.search(r"(?:^|[,;!?:]\s*|\.\s+|\band\s*|\bthen\s*)$", lead, re.I):
        return lead + (after[:1].upper() + after[1:] if not lead.strip() and last["w"][:1].isupper() else after)
    if old.endswith("ed") and new.endswith("ed") and old != new and re.search(rf"{_NAME}\s+$", lead):
        return lead + after  # "Bo Li texted, no wait, emailed me X"
    person = re.fullmatch(rf"(?P<lead>(?:.*?(?:^|[.;!?]\s+|,\s+))?)(?P<v>[A-Za-z]+) (?P<who>{_NAME})\s*", before, re.S)
    said = re.match(r"(?P<v>[A-Za-z]+) (?:them|him|her)\b(?P<rest>.*)$", after, re.S)
    if sure and person and said:
        return f"{person['lead']}{said['v']} {person['who']}{said['rest']}"  # "Email Bo, no wait, Signal him: hi"
    start = re.match(r"(?:the|my|a|an|this|that|his|her|their|our|your) (?P<w>[\w\-]+)\b", after, re.I)
    spot = list(re.finditer(rf"\b(?:the|my|a|an|this|that|his|her|their|our|your) {re.escape(start['w'])}\b", before, re.I)) if start else []
    if spot and not re.search(r"[,.;!?]", before[spot[-1].start():]):
        return before[:spot[-1].start()] + after  # "who sent me the last mail, no, sorry, the last text?"
    end = re.search(r"\b(?:the|my|a|an|this|that|his|her|their|our|your) (?:[\w\-]+ ){0,2}[\w\-]+\s*$", before)
    if start and end and not re.search(r"\b(?:it|this|that|them|one)\b", after[:start.end()], re.I):
        return before[:end.start()] + after  # "what is the password - no, the code in my note X": one thing for another
    if (sure and start and person and person["v"].casefold() in VERBS and not re.search(r"\b(?:it|this|that|them|one)\b", after[:start.end()], re.I)
            and not re.search(r"\b(?:is|are|was|were|am|has|have|had|will|would|can|could)\b", after, re.I)):  # a phrase, no clause
        return f"{person['lead']}{person['v']} {after}"  # "turn Wi-Fi - no, sorry, the dark theme off": a thing for a name
    one = re.match(r"(?:the|my) (?P<a>[\w\-]+) one\b(?P<rest>.*)$", after, re.I | re.S)
    kind = list(re.finditer(r"\b(?:the|my|a|an) (?P<a>[\w\-]+) [\w\-]+", before, re.I)) if one else []
    if kind and not re.search(r"[.;!?]", before[kind[-1].start():]):  # "the newest file - no, the largest one"
        return before[:kind[-1].start("a")] + one["a"] + before[kind[-1].end("a"):] + one["rest"]
    return None


def _said_again(before: str, after: str) -> str | None:
    """"how many tabs - no, sorry, I mean bookmarks. How many bookmarks do I have?": a corrected request or question
    that the speaker then says again whole, in a sentence of its own; the one said first goes (not a story before it:
    "Bo emailed - no, texted me. ...")."""
    start = max((m.end() for m in re.finditer(r"[.;!?]\s+", before)), default=0)
    again = re.search(r"[.!?]\s+(?P<s>[A-Za-z]+)\b", after)
    if not again or re.search(r"[.;!?]", after[:again.start()].strip(" .!?")[:-1] or ""):
        return None
    opened, said = re.match(r"[A-Za-z]+", before[start:]), again["s"].casefold()
    if not opened or not _opens_request(opened.group().casefold()) or not _opens_request(said):
        return None
    dropped, kept = before[start:] + " " + after[:again.start("s")], after[again.start("s"):]
    values = re.findall(r'"[^"]*"|\S+\.\w{2,4}\b|\d[\d:.]*|(?-i:[A-Z])[\w\-]+', HELD.sub("", dropped))
    if len(HELD.findall(kept)) < len(set(HELD.findall(dropped))):
        return None  # (quotes held aside: as many said again)
    if any(v not in kept for v in values if not re.fullmatch(r"(?-i:[A-Z])[a-z]*", v) or v.casefold()[:4] not in _PLAIN_STEMS) \
            or not (_stems(dropped) & _stems(kept) or HELD.search(dropped) and HELD.search(kept)):
        return None  # the sentence said again must keep what the first named, and speak of the same thing
    return before[:start] + kept


def _opens_request(word: str) -> bool:
    """Does a sentence starting with ``word`` say a request or a question?"""
    return word in VERBS or word in _WH or word in ("is", "are", "do", "does", "did", "can", "could", "will", "would")


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (their first four letters), for telling whether two sentences speak of one thing."""
    return {w.casefold()[:4] for w in re.findall(r"[A-Za-z]{4,}", text)} - _PLAIN_STEMS


def _clause_for_clause(before: str, after: str) -> str | None:
    """"mute my chat with Bo - no, scratch that, delete it", "empty my cart - no, order everything in it": a whole new
    request for the one said, its pronoun the thing the first one named."""
    first = re.fullmatch(r"(?P<lead>(?:.*(?:^|[.;!?]\s+|\s[-–—]\s+))?)(?P<v>[A-Za-z]+)\s+(?P<o>[^.;!?]+?)\s*", before, re.S)
    new = re.match(r"(?P<v>[A-Za-z]+)\b", after)
    if not first or not new or new["v"].casefold() not in VERBS:
        return None
    if first["v"].casefold() not in VERBS and (first["lead"].strip() or first["v"].casefold() in _NOT_VERBS):
        return None  # a request's first word read as its verb ("empty my cart") only where the text starts
    head = re.match(r"[^.;!?]*", after).group()
    thing = _GIVEN.sub("", first["o"]).rstrip(" ,")  # "add Bo to my speed dial": Bo, not where he was to go
    thing = re.sub(r"^(?:off|on|up|out|down|away|back)\s+(?=\S)", "", thing)  # "turn off the alarm": the alarm
    if not re.match(r"(?:it|that|this|them|those|these)\b", thing, re.I):  # "buy that - no, put it in my cart": as said
        head = re.sub(r"\b(?P<v>[a-z]+) its (?P<n>[\w\-]+) (?P<p>off|away)\b", rf"\g<v> the \g<n> \g<p> {thing}", head, count=1,
                      flags=re.I)  # "take its star off": the star off the thing
        head = re.sub(r"\b(?:it|them|him|her)\b", lambda m: thing, head, count=1)
    return first["lead"] + head + after[len(re.match(r"[^.;!?]*", after).group()):]


def _opens(text: str, start: int) -> bool:
    """Does a capitalised run start the sentence (its first word a verb said capitalised)?"""
    return not text[:start].strip() or bool(re.search(r"[.;!?]\s*$", text[:start]))


# A correction said with or without a pause ("on signal no wait by email", "the timer - scratch that, the stopwatch"),
# its marks in a row taken as one ("no, sorry, I mean").
_BACK_MARK = (r"(?:no,? (?:wait|sorry)|(?:wait|sorry),? no|(?<=[,\u2013\u2014-] )(?:wait|sorry)(?=,)"
              r"|(?:no,? )?(?:scratch that|or rather|i mean(?![\s,.!?-]*(?:$|[,.]|if\b))))")
_TAKEN_BACK = re.compile(rf"\b{_BACK_MARK}\b(?:[\s,.!?-]*\b{_BACK_MARK}\b)*[\s,.!?-]*", re.I)
_FILLERS = frozenset("um uh erm er hmm like so yeah".split())


def _said(text: str) -> list[str]:
    return [w.rstrip(".-") for w in re.findall(r"\w[\w.@'+-]*", text.casefold())]


def taken_back(text: str) -> tuple[set[str], set[str]]:
    """The words of the phrase a self-correction takes back (the last two words before its last mark, fillers and
    function words left out) and every word said after the mark; two empty sets when the text corrects nothing."""
    marks = list(_TAKEN_BACK.finditer(text))
    if not marks:
        return set(), set()
    before = [w for w in _said(text[:marks[-1].start()]) if w not in _FILLERS]
    phrase = {w for w in before[-2:] if w not in _NOT_VERBS and w not in _PREPS and w != "of"}
    return phrase, set(_said(text[marks[-1].end():]))
