"""A request said with emoji and hashtags standing in for words.

"📧 "Rent" from Ivo ➡️ 🗑️ #inboxzero", "⏰ "Gym" @ 7:00 ➡️ 🗑️ pls", "💬 Ivo on Quorra ➡️ 🗑️ delete the whole chat",
"💬 Ivo on Quorra: "hi" ✉️ send it", "📱 text Ivo ⏰ start time of "Demo" 📅 Monday". Emoji are the same in every
language, and an app's own icons use them the same way (a bin deletes, a star stars, an envelope is mail). An emoji
for a kind of thing before the thing's name (a quote, a capitalised name, a number) says that kind ("the email
"Rent""); a calendar before a day says "on", "@" before a time "at"; a bin, a star, a pin with no verb after it says
its act; any other emoji is decoration and goes, and so do hashtags. A task that says no act in words
after that (a question, "🌙 dark theme ➡️ off") is read as written. Steps joined by arrows ("A ➡️ B") are one
request: B's act on A (a bare act: "delete the email "Rent""; "V it" after a named message: the message sent to the
person; "V the N" where A names an N: that N with A's person; "remove the star": from A). Quoted text is never read.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS
from .text import QUOTED

_NOUN = {"📧": "email", "📨": "email", "📩": "email", "✉": "email", "💬": "chat", "🗨": "chat", "⏰": "alarm", "⏲": "timer",
         "⏱": "stopwatch", "📁": "folder", "📂": "folder", "📝": "note", "🗒": "note", "🛒": "cart", "📷": "photo",
         "📸": "photo", "🖼": "photo", "🎵": "song", "🎶": "song", "👤": "contact", "📇": "contact", "🔖": "bookmark",
         "📍": "place", "🗺": "map", "⭐": "star", "🌟": "star", "📌": "pin"}
_ACT = {"🗑": "delete", "❌": "delete", "⭐": "star", "🌟": "star", "📌": "pin", "🔇": "mute", "🔕": "mute",
        "➕": "add"}
_DAY = ("📅", "📆", "🗓")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF]")
_JOINERS = re.compile(r"[\ufe0f\ufe0e\u200d\U0001F3FB-\U0001F3FF]")
_ARROW = re.compile(r"\s*(?:➡|→|⇒|⟶|👉|=>|->)\s*")
_TYPED_ARROW = re.compile(r"[→⇒⟶](?![\ufe0f])")  # arrows a keyboard types as text (not the emoji ➡️)
# a label first, like a to-do entry's ("#question who ...", "#sms to Bo: ..."): the label goes, a verb's word stays
_LABEL_FIRST = re.compile(r"^\s*#(?P<w>[^\W\d_]\w*)\s+(?=[^\s#])")
_HASHTAG = re.compile(r"(?<![\w/&#])#(?P<w>[^\W\d_][\w]*)")
_NAMED = re.compile(r"\s*(?:[\"“«„]|(?-i:[A-Z0-9]))")
# a name followed by its own kind word ("🛒 Shop cart", "📝 "Keys" note"): the kind is said already
_KINDED = re.compile(r"\s*(?:[\"“«„][^\"”»“]*[\"”»“]|(?:(?-i:[A-Z])[\w\-]*\s+)+)\s*(?:email|mail|message|chat|group|alarm|timer|"
                     r"folder|note|album|photo|song|playlist|contact|event|file|bookmark|tab|list|cart|place)s?\b")
_UNDOING = frozenset("unsave unstar unpin unmute unarchive unfollow unblock unfavourite unfavorite unlike unsubscribe uninstall "
                     "unhide unselect unlock unshare unbookmark".split())  # "unread" is a state, no act
_PLEASE = re.compile(r"\b(?:pls|plz|please|thx|thanks)\b", re.I)


def _gloss(segment: str) -> str:
    """One step's emoji said in words (see the module docstring)."""
    out, i = [], 0
    for m in _EMOJI.finditer(segment):
        out.append(segment[i:m.start()])
        e, after = m.group(0), segment[m.end():]
        nxt = re.match(r"\s*([A-Za-z']+)", after)
        word = nxt.group(1).casefold() if nxt else ""
        before = segment[:m.start()]
        alone = not before.strip() or not _PLEASE.sub("", _EMOJI.sub("", after)).strip(" ,.!?")
        if alone and _said_whole(before):  # "Unsave X from my places!! 📍❌": the sentence said it, the emoji adorn it
            out.append(" ")
            i = m.end()
            continue
        if e in _DAY and _NAMED.match(after):
            out.append(" on ")
        elif e in _NOUN and re.search(r"\b(?:the|a|my|your)\s*$", before):
            out.append(f" {_NOUN[e]} ")  # "remove the ⭐"
        elif e in _ACT and alone and word not in VERBS and (_NAMED.match(after) or e not in _NOUN):
            out.append(f" {_ACT[e]} ")  # "🗑️" alone, "⭐ Ivo Petrov"
        elif e in _NOUN and _NAMED.match(after) and not _KINDED.match(after):
            out.append(f" the {_NOUN[e]} ")
        else:
            out.append(" ")
        i = m.end()
    out.append(segment[i:])
    text = "".join(out)
    text = re.sub(r"\s@\s*(?=\d)", " at ", text)
    return re.sub(r"\s+", " ", _PLEASE.sub(" ", text)).strip(" ,")


def _said_whole(before: str) -> bool:
    """A request said in words, ended, before trailing emoji ("Unsave X!!", "... Make it and put Y in it")."""
    said = _EMOJI.sub("", before).rstrip()
    last = re.split(r"(?<=[.!?])\s+", said.rstrip(".!? "))[-1]
    return said.endswith(("!", ".", "?")) and _an_act(_first_word(last))


def _an_act(word: str) -> bool:
    """A verb of the tasks, or an undoing of one ("unsave", "unstar")."""
    return word in VERBS or word in _UNDOING


def _first_word(text: str) -> str:
    m = re.match(r"\s*([A-Za-z]+)", text)
    return m.group(1).casefold() if m else ""


def _joined(context: str, act: str) -> str:
    """Step B (an act) done on step A (the thing it names)."""
    end = re.search(r"[.!?]*$", act).group(0)
    act = act[:len(act) - len(end)].strip() if end else act
    if " " not in act:  # "delete"
        return f"{act} {context}{end}"
    if re.fullmatch(r"[a-z]+ it", act, re.I) and not re.search(r":\s*\"", context):  # "open it": the thing A names
        return f"{act[:-3]} {context}{end}"
    said = re.match(rf"^(?P<who>.+?):\s*(?P<q>{QUOTED.pattern})\s*$", context)
    if said and re.fullmatch(r"[a-z]+ it", act, re.I):  # "the chat Ivo on Quorra: "hi"" + "send it"
        who = re.sub(r"^the [a-z]+ ", "", said["who"])
        return f"{act[:-3]} {said['q']} to {who}{end}"
    kind = re.match(r"^the (?P<k>[a-z]+) (?P<x>.+)$", context)
    named = re.fullmatch(r"(?P<v>[a-z]+) the (?:(?P<w>whole|entire) )?(?P<k>[a-z]+)", act, re.I)
    if kind and named and named["k"].casefold() == kind["k"]:  # "delete the whole chat" + "the chat Ivo"
        return f"{act} with {kind['x']}{end}"
    if kind and named and named["v"].casefold() in ("remove", "take", "clear"):  # "remove the star" + "the email X"
        return f"{act} from {context}{end}"
    return f"{act} {context}{end}" if kind else f"{context} {act}{end}"


def unemojied(task: str) -> str:
    """``task`` with its emoji said in words and its hashtags gone (see the module docstring); else the same text."""
    parts = re.split(f"({QUOTED.pattern})", task)
    if not any(_EMOJI.search(_TYPED_ARROW.sub("", p)) or _HASHTAG.search(p) for p in parts[::2]):
        return task  # a typed arrow alone ("a.mp3 → bo@ex.org by email") is a note's arrow (the arrow readers'), no emoji
    held: list[str] = []
    for i in range(1, len(parts), 2):
        held.append(parts[i])
        parts[i] = f'"\x00{len(held) - 1}\x00"'
    text = _JOINERS.sub("", _HASHTAG.sub(" ", "".join(parts)))
    steps = [s for s in (_gloss(s) for s in _ARROW.split(text)) if s.strip(" ,.!?")]
    last = re.match(r"^(?P<a>.*?:\s*\"\x00\d+\x00\")\s+(?P<b>[a-z]+ it)\s*[.!]*$", steps[-1] if steps else "", re.I)
    if last and _first_word(last["b"]) in VERBS:  # "Ivo on Quorra: "hi" send it": a step of its own
        steps[-1:] = [last["a"], last["b"]]
    if not steps:
        return task
    if len(steps) >= 2 and _first_word(steps[-1]) in VERBS and not any(_first_word(s) in VERBS for s in steps[:-1]):
        text = _joined(" ".join(steps[:-1]), steps[-1])
    else:
        text = " ".join(steps)
    if not any(_an_act(w) for w in re.findall(r"[a-z]+", text.casefold())):
        return _LABEL_FIRST.sub(lambda m: f"{m['w']} " if _an_act(m["w"].casefold()) else "", task, count=1)  # "#question where is X?"
    text = re.sub(r'"\x00(\d+)\x00"', lambda m: held[int(m.group(1))], re.sub(r"\s+", " ", text)).strip()
    return text if text.strip(" .,!?") else task
