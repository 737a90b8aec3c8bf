"""Noise a user's typing adds to a goal, applied to a goal's format string so its {slot}s stay intact.

Used by bench_structure.py ``--noise KIND`` to measure how the rules read the same tasks typed sloppily:

- ``typos``: one or two words of five letters or more get one slip each (two letters swapped, one dropped,
  one doubled, or a neighbouring key), never inside a {slot} or quotes;
- ``plain``: lower case, no sentence punctuation, apostrophes or quotes (``don't`` -> ``dont``; URLs kept);
- ``both``: ``plain`` then ``typos``;
- ``synonyms``: one or two task words said with an everyday synonym ("delete" -> "get rid of", "photo" ->
  "picture", "cheapest" -> "least expensive"), from a table of general English written apart from the
  rules, never inside a {slot} or quotes;
- ``frames``, ``fronted``, ``texting``, ``context``: the request in a polite or casual frame, a trailing adverbial
  said first, texting short forms, an irrelevant sentence around it (wording_noise_kinds.py);
- ``spoken``: times, amounts, dates and counts said in words (spoken_numbers.py; a {slot} outside quotes becomes
  ``{slot:wN}``, said in words by ``spoken_numbers.FORMATTER`` when the goal is filled in, if its value is one).

Deterministic: the same template name and kind always give the same goal.
"""

from __future__ import annotations

import random
import re
import zlib

import wording_noise_kinds
from spoken_numbers import spoken

KINDS = ("typos", "plain", "both", "synonyms", "frames", "spoken", "fronted", "texting", "context")

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in _KEYBOARD_ROWS for i, key in enumerate(row)
}
_PROTECTED = re.compile(r"\{[^{}]*\}|\"[^\"]*\"")
_WORD = re.compile(r"[A-Za-z]{5,}")


def noisy(wording: str, kind: str, key: str) -> str:
    """``wording`` with ``kind`` noise, seeded by ``key`` (the template's name)."""
    if kind not in KINDS:
        raise ValueError(f"noise kind {kind!r} is not one of {', '.join(KINDS)}")
    rng = random.Random(zlib.crc32(f"{kind}:{key}".encode()))
    if kind in ("plain", "both"):
        wording = _plain(wording)
    if kind in ("typos", "both"):
        wording = _typos(wording, rng)
    if kind == "synonyms":
        wording = _synonyms(wording, rng)
    if kind == "spoken":
        wording = _spoken(wording, rng)
    if kind in ("frames", "fronted", "texting", "context"):
        wording = getattr(wording_noise_kinds, kind)(wording, rng)
    return wording


def _spoken(wording: str, rng: random.Random) -> str:
    """Numbers written in ``wording`` said in words, and each {slot} outside quotes marked to be, in one style."""
    style = rng.randrange(3)
    parts, last = [], 0
    for match in _PROTECTED.finditer(wording):
        parts.append(spoken(wording[last:match.start()], style))
        slot = match.group()
        parts.append(f"{slot[:-1]}:w{style}}}" if re.fullmatch(r"\{\w+\}", slot) else slot)
        last = match.end()
    parts.append(spoken(wording[last:], style))
    return "".join(parts)


def _outside_protected(wording: str, edit) -> str:
    """``edit`` applied to the stretches of ``wording`` outside {slots} and quotes."""
    parts, last = [], 0
    for match in _PROTECTED.finditer(wording):
        parts.append(edit(wording[last:match.start()]))
        parts.append(match.group())
        last = match.end()
    parts.append(edit(wording[last:]))
    return "".join(parts)


def _plain(wording: str) -> str:
    wording = re.sub(r"\"(\{[^{}]*\})\"", r"\1", wording)  # a quoted slot loses its quotes
    wording = _outside_protected(wording, lambda text: re.sub(r"[.,!?;:]+(?=\s|$)|['\"()]", "", text.lower()))
    return re.sub(r"\s{2,}", " ", wording).strip()


def _typos(wording: str, rng: random.Random) -> str:
    spans = [(match.start(), match.end()) for match in _PROTECTED.finditer(wording)]
    words = [m for m in _WORD.finditer(wording) if not any(a <= m.start() < b for a, b in spans)]
    if not words:
        return wording
    chosen = sorted(rng.sample(words, min(len(words), rng.choice((1, 2)))), key=lambda m: m.start(), reverse=True)
    for match in chosen:
        wording = wording[:match.start()] + _slip(match.group(), rng) + wording[match.end():]
    return wording


def _slip(word: str, rng: random.Random) -> str:
    """One typing slip inside ``word`` (its first letter kept, as people rarely miss it)."""
    i = rng.randrange(1, len(word) - 1)
    slip = rng.choice(("swap", "drop", "double", "neighbour"))
    if slip == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if slip == "drop":
        return word[:i] + word[i + 1:]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    near = _NEIGHBOURS.get(word[i].lower(), word[i])
    return word[:i] + rng.choice(near) + word[i + 1:]


# Everyday synonyms of task words (word or phrase -> what people also say), general English only. Verbs
# (_VERBS) are said otherwise only where a request starts: "text" is also a noun, "open" an adjective.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "delete": ("remove", "erase", "get rid of", "trash"),
    "create": ("make", "set up", "start"),
    "open": ("launch", "pull up", "bring up"),
    "turn off": ("switch off", "disable", "shut off"),
    "turn on": ("switch on", "enable", "activate"),
    "send": ("shoot", "fire off"),
    "text": ("message", "SMS"),
    "call": ("ring", "phone", "dial"),
    "rename": ("change the name of",),
    "find": ("look up", "search for", "locate"),
    "reply": ("respond", "write back"),
    "buy": ("purchase", "order"),
    "clear": ("wipe", "empty"),
    "save": ("store", "keep"),
    "show": ("display",),
    "photo": ("picture", "image", "pic"),
    "photos": ("pictures", "images", "pics"),
    "note": ("memo",),
    "email": ("e-mail", "mail"),
    "message": ("msg", "text"),
    "cheapest": ("least expensive", "lowest-priced", "lowest priced"),
    "best-rated": ("top-rated", "highest-rated", "best reviewed"),
    "favourite": ("favorite",),
    "favourites": ("favorites",),
    "phone number": ("number", "mobile number", "cell number"),
    "tomorrow": ("tmrw",),
    "change": ("update", "edit", "modify"),
    "last": ("latest", "most recent"),
    "calendar event": ("appointment", "calendar entry"),
    "chat": ("conversation", "thread"),
    "cart": ("basket", "shopping cart"),
    "subject": ("subject line",),
    "location": ("place", "venue"),
    "price": ("cost",),
    "product": ("item",),
    "album": ("photo album",),
    "tell me": ("let me know",),
    "search for": ("look for",),
    "wi-fi": ("wifi", "wireless"),
    "brightness": ("screen brightness",),
    "unread": ("not yet read",),
    "what is": ("what's", "tell me"),
}
_VERBS = frozenset(("delete", "create", "open", "send", "text", "call", "rename", "find", "reply", "buy", "clear", "save",
                    "show", "turn off", "turn on", "change", "search for"))
_REQUEST_START = re.compile(r"(?:^|[.!?]\s+|\band (?:then )?|,\s*(?:then )?)$", re.I)
_SYNONYM = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _SYNONYMS), key=len, reverse=True)) + r")\b", re.I)


def _synonyms(wording: str, rng: random.Random) -> str:
    spans = [(match.start(), match.end()) for match in _PROTECTED.finditer(wording)]
    found = [m for m in _SYNONYM.finditer(wording) if not any(a <= m.start() < b for a, b in spans)
             and (m.group().lower() not in _VERBS or _REQUEST_START.search(wording[:m.start()]))]
    if not found:
        return wording
    chosen = sorted(rng.sample(found, min(len(found), rng.choice((1, 2)))), key=lambda m: m.start(), reverse=True)
    for match in chosen:
        said = rng.choice(_SYNONYMS[match.group().lower()])
        if match.group()[0].isupper():
            said = said[0].upper() + said[1:]
        wording = wording[:match.start()] + said + wording[match.end():]
    return wording
