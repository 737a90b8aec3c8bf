"""Noise kinds written from general English usage (never from a benchmark set's failures), for wording_noise.py:

- ``frames``: the request in a polite, casual or context frame ("Could you X for me?", "Hey, X", "X Thanks!");
- ``fronted``: a trailing adverbial said first ("X in Settings." -> "In Settings, X."; "X for Bo." -> "For Bo, X.");
- ``texting``: texting short forms (pls, u, ur, msg, tmrw, b4, &, w/, abt, 2 for "to" before a word), lower case,
  articles dropped;
- ``context``: an irrelevant sentence before or after the request ("I'm on the train.").

{slots}, quoted text, URLs and e-mail addresses are held out of every edit. Each kind draws from ``rng``.
"""

from __future__ import annotations

import random
import re

# What no edit touches: {slots}, "quoted text", e-mail addresses, and web addresses or anything else with a dot
# inside a word (store.example.com/deals, a.m.).
_PROTECTED = re.compile(r"\{[^{}]*\}|\"[^\"]*\"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\b[\w\-]+(?:\.[\w\-]+)+(?:/[^\s\"]*[^\s\".,!?;:])?")
_HELD = re.compile(r"\x00(\d+)\x00")
_TOKEN = r"\x00\d+\x00"


def _held(wording: str) -> tuple[str, list[str]]:
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group())
        return f"\x00{len(kept) - 1}\x00"

    return _PROTECTED.sub(hold, wording), kept


def _restored(text: str, kept: list[str]) -> str:
    return _HELD.sub(lambda m: kept[int(m.group(1))], text)


# Verbs a request starts with, and how they end in -ing (for "Would you mind X-ing?").
_GERUNDS = {
    "add": "adding", "archive": "archiving", "block": "blocking", "book": "booking", "bookmark": "bookmarking",
    "buy": "buying", "call": "calling", "change": "changing", "check": "checking", "clear": "clearing",
    "close": "closing", "copy": "copying", "create": "creating", "delete": "deleting", "email": "emailing",
    "find": "finding", "forward": "forwarding", "look": "looking", "make": "making", "mark": "marking",
    "move": "moving", "mute": "muting", "note": "noting", "open": "opening", "order": "ordering", "pin": "pinning",
    "play": "playing", "post": "posting", "put": "putting", "remove": "removing", "rename": "renaming",
    "replace": "replacing", "reply": "replying", "save": "saving", "search": "searching", "send": "sending",
    "set": "setting", "share": "sharing", "show": "showing", "star": "starring", "start": "starting",
    "stop": "stopping", "switch": "switching", "take": "taking", "text": "texting", "turn": "turning",
    "unmute": "unmuting", "unpin": "unpinning", "update": "updating", "write": "writing",
}
# Ordinary words that lose their capital when a frame goes before them ("Hey, open ..."); names keep theirs.
_COMMON_FIRST = frozenset(_GERUNDS) | frozenset(
    "what which who whom whose where when why how is are do does did can could should until according on in at to "
    "for from with the my a an this that these those there here if please today tomorrow enable disable get go tell ask "
    "give remind schedule cancel download install uninstall pay read ring mail print bake water visit browse let "
    "keep use pick choose select sort upload join leave invite accept decline view list "
    "type write".split())

# Frames around a request: {x} is the request said after a word ("could you x"), {X} as a sentence of its own.
_ACTION_FRAMES = (
    "Could you {x} for me?", "Can you {x}?", "Can you {x} real quick?", "I need you to {x}.", "Please {x}.",
    "Go ahead and {x}.", "Would you {x}, please?", "I'd like you to {x}.", "Pls {x}", "Could you please {x}?",
    "Do me a favour and {x}.", "Can you help me {x}?", "I want you to {x}.", "If you can, {x}.",
    "Would you mind {xing}?", "Mind {xing}?", "Be a dear and {x}.", "Could you {x} when you get a chance?",
    "Can you {x} for me, please?", "I'd appreciate it if you could {x}.", "Need you to {x}.",
)
_QUESTION_FRAMES = (
    "Quick question: {x}", "Question for you: {x}", "I was wondering - {x}", "Can you check something? {X}",
    "Help me out: {x}", "Random question, but {x}",
)
_ANY_FRAMES = (
    "Hey, {x}", "Quick one - {x}", "When you get a sec, {x}", "{X} Thanks!", "{X} Cheers", "Hi! {X}", "Okay, {x}",
    "Alright, {x}", "Hey there. {X}", "Morning! {X}", "{X} Thank you.", "Right, {x}", "One more thing: {x}",
    "Hello, {x}", "Sorry to bother you, but {x}", "{X} No rush.", "{X} Appreciate it.", "{X} Thanks a lot.",
    "{X} That's all.", "{X} Thanks in advance!", "I'm running late. {X}", "So, {x}", "Real quick: {x}",
    "{X} Thx", "Next up: {x}",
)
_END = re.compile(r"[.!]$")


def _lowered(text: str) -> str:
    """``text`` with its first word in lower case where it is an ordinary word."""
    first = re.match(r"[A-Za-z']+", text)
    return text[0].lower() + text[1:] if first and first.group().lower() in _COMMON_FIRST else text


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=\S)", text)


def frames(wording: str, rng: random.Random) -> str:
    text, kept = _held(wording.strip())
    question = text.endswith("?")
    first = re.match(r"[A-Za-z]+", text)
    verb = first.group().lower() if first else ""
    one_sentence = len(_sentences(text)) == 1
    choices = list(_ANY_FRAMES)
    if question:
        choices += _QUESTION_FRAMES
    elif one_sentence and verb in _GERUNDS:
        choices += _ACTION_FRAMES * 2  # a request said inside a frame is the common case
    frame = rng.choice(choices)
    sentence = text if re.search(r"[.!?]$", text) else text + "."  # said on its own
    if "{X}" in frame:
        return _restored(frame.replace("{X}", sentence), kept)
    if frame.endswith("{x}"):  # "Hey, x": the request goes on as it was said
        return _restored(frame.replace("{x}", _lowered(text)), kept)
    x = _lowered(_END.sub("", text))
    if "{xing}" in frame:
        if re.search(r"\band\b", x):  # "mind buying X and ship it": every verb would need its -ing
            return _restored(f"Could you {x}?", kept)
        x = _GERUNDS[verb] + x[len(verb):]
    return _restored(frame.replace("{xing}", x).replace("{x}", x), kept)


# A trailing adverbial said first: where ("in Settings", "on Signal", "in my contacts", "in {folder}"), when ("on
# {day}", "today", "right now"), for whom ("for Bo"), or to whom something is sent ("to {name}").
_NAME = rf"(?:{_TOKEN}|[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)"
_WHERE = rf"(?:in|on) (?:my |the )?(?:{_NAME}|(?:contacts|calendar|phone|inbox|gallery))"
_WHEN = r"today|tonight|tomorrow|right now|this (?:morning|afternoon|evening|week)"
_TRAILING = re.compile(rf"^(?P<body>\S.*?\S) (?P<adv>{_WHERE}|{_WHEN}|for {_NAME}|to {_NAME})(?P<end>[.!?]?)$")
_SENT = re.compile(r"^(?:send|forward|email|mail|give|show|hand|pass|share)\b", re.I)
_FOR_WHOM = re.compile(r"^(?:buy|get|book|make|order|bake|cook|reserve|print|pick up|grab|wrap|save)\b", re.I)
# An adverbial after a clause inside the request belongs to that clause ("... before X starts on Friday").
_CLAUSE = re.compile(r"\S \b(?:before|after|when|whenever|while|until|since|that|which|who|where|if|once)\b", re.I)
_TIED = re.compile(r"\b(?:is|are|was|were|be|been|located|connected|from|and|or|of|live|lives|open)$", re.I)


def fronted(wording: str, rng: random.Random) -> str:
    text, kept = _held(wording.strip())
    sentences = _sentences(text)
    for i in reversed(range(len(sentences))):
        match = _TRAILING.match(sentences[i])
        if not match or _TIED.search(match["body"]) or _CLAUSE.search(match["body"]) or len(match["body"].split()) < 2:
            continue
        adv = match["adv"]
        if adv.startswith("to ") and not _SENT.match(match["body"]) or \
                adv.startswith("for ") and not _FOR_WHOM.match(match["body"]):
            continue
        if not sentences[i].endswith("?") and re.match(r"on |today|tonight|tomorrow|right now|this ", adv) and \
                re.search(rf"(?:{_TOKEN}|\b[a-z]+)$", match["body"]) and not re.match(r"\S+$", match["body"]):
            # "text Bo the time of X on Friday": the day is X's, not when to text
            if _thing_before(match["body"], kept):
                continue
        said = f"{adv[0].upper()}{adv[1:]}, {_lowered(match['body'])}{match['end']}"
        sentences[i] = said
        return _restored(" ".join(sentences), kept)
    return wording


def _thing_before(body: str, kept: list[str]) -> bool:
    """True when ``body`` ends with a named thing (a quoted title, or "the start time of X") a time may belong to."""
    last = re.search(rf"{_TOKEN}$", body)
    return bool(last and kept[int(last.group().strip(chr(0)))].startswith('"') or re.search(r"\bof \S+$", body))


# Texting short forms (word -> what people type), general usage. "to" and "for" become "2" and "4" only before a
# word (never before a number, a {slot} or quoted text, where a digit would be read as part of a value).
_SHORT: dict[str, tuple[str, ...]] = {
    "please": ("pls", "plz"), "you": ("u",), "your": ("ur",), "you're": ("ur",), "message": ("msg",),
    "messages": ("msgs",), "text": ("txt",), "tomorrow": ("tmrw", "tmr"), "before": ("b4",), "and": ("&", "n"),
    "with": ("w/",), "without": ("w/o",), "about": ("abt",), "people": ("ppl",), "as soon as possible": ("asap",),
    "right now": ("rn",), "thanks": ("thx",), "thank you": ("ty",), "are": ("r",), "because": ("bc", "cuz"),
    "favourite": ("fav",), "favorite": ("fav",), "favourites": ("favs",), "favorites": ("favs",),
    "picture": ("pic",), "pictures": ("pics",), "information": ("info",), "minutes": ("mins",),
    "tonight": ("2nite",), "today": ("2day",), "don't": ("dont",), "i'm": ("im",), "what's": ("whats",),
    "okay": ("ok",), "want to": ("wanna",), "going to": ("gonna",), "number": ("#", "num"), "see you": ("cya",),
    "calendar": ("cal",), "address": ("addr",), "be": ("b",), "see": ("c",), "great": ("gr8",), "later": ("l8r",),
}
_SHORTABLE = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, _SHORT), key=len, reverse=True)) + r")(?![\w'])")
_BEFORE_WORD = re.compile(r"\b(?P<w>to|for)(?= (?!the\b|a\b|an\b)[a-z])")
_ARTICLE = re.compile(r"(?<![\w'])(?:the|a|an) (?=[a-z\x00])")


def texting(wording: str, rng: random.Random) -> str:
    text, kept = _held(wording.strip())
    text = text.lower()
    text = _ARTICLE.sub(lambda m: "" if rng.random() < 0.8 else m.group(), text)
    text = _SHORTABLE.sub(lambda m: rng.choice(_SHORT[m.group()]) if rng.random() < 0.85 else m.group(), text)
    text = _BEFORE_WORD.sub(lambda m: {"to": "2", "for": "4"}[m["w"]] if rng.random() < 0.7 else m["w"], text)
    text = re.sub(r"\.$", "", text)
    return _restored(re.sub(r"\s{2,}", " ", text).strip(), kept)


# Sentences that say nothing about the task: no app, person, value or task word.
_ASIDES = (
    "I'm on the train.", "My battery is at 5%.", "Long day.", "This is for work.", "Sorry, typing with one hand.",
    "It's raining here.", "I'm in a hurry.", "Just got home.", "Ignore any typos.", "Traffic is terrible.",
    "My screen is cracked, so bear with me.", "I keep forgetting this.", "Still half asleep.",
    "Phone's acting up a bit.", "Hope you're well.", "Sorry if this is a dumb question.", "My feet hurt.",
    "Doing some admin.", "My hands are full.", "Trying to get organised.", "Love this weather.",
    "The kids are asleep.", "Almost forgot.", "Can't find my glasses.", "I'm at the airport.",
    "Thanks, you're a lifesaver.", "Before I forget.", "Let's get this done.", "Sorry, I'm tired.",
    "It's so noisy in here.",
)


def context(wording: str, rng: random.Random) -> str:
    aside = rng.choice(_ASIDES)
    wording = wording.strip()
    if rng.random() < 0.6:
        return f"{aside} {wording}"
    return f"{wording}{'' if re.search(r'[.!?]$', wording) else '.'} {aside}"
