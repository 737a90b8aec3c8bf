"""The newest item of a list ordered by time, and my own last message in a conversation.

"Who sent my newest email?", "who called me last?": lists of things that arrive over time (mail,
messages, calls, notifications, downloads, photos) show the newest first; when their rows show a
time the first (or, for the oldest, last) timed row is read (agents/counting.py ``latest``), and
when they show none, the first row. The name is read without the row's leading state words
("Unread, Starred, Ana Ruiz, Lunch" -> "Ana Ruiz, Lunch").

"What was the last thing I wrote to Ana?", "my last message to Bo": in a conversation, my own
messages sit on the right, theirs on the left (every Android messenger); the answer is the lowest
right-side bubble, never the other person's last message. A list row that previews "You: text"
says mine too. General Android conventions and English question grammar only.
"""

from __future__ import annotations

import re

from . import counting, end_rows, nth_rows, owners, switched_rows
from .answers import first_row_name
from .perceptor import Screen
from .text import words

_LATEST = re.compile(r"\b(?:latest|newest|most recent(?:ly)?|last|recent|just (?:came in|arrived|got|received|pinged|landed|"
                     r"popped up|sent))\b", re.I)
_ARRIVING = re.compile(r"\b(?:e-?mail(?:s|ed)?|mail(?:s|ed)?|messages?|messaged|msgs?|text(?:s|ed)?|sms|call(?:s|ed)?|callers?|"
                       r"rang|notifications?|voicemails?|"
                       r"downloads?|photos?|pictures?|screenshots?|dms?|chats?)\b", re.I)
_WHO = re.compile(r"\bwho\b|\bwhom\b|\bfrom\s*\??\s*$|\bsender\b|\bfrom whom\b", re.I)
_SAYS = re.compile(r"\b(?:say|says|said|wr[io]te|written|reads?|about|contents?|body|text of)\b", re.I)  # its words, not its title
_STATE = frozenset(words("unread read starred important flagged pinned muted new draft", stopwords=frozenset()))


def read(task: str, kind: str, screen: Screen, found: tuple[str, float] | None) -> tuple[str, float] | None:
    """The answer of a question about my own last message or the newest item, else ``found`` unchanged
    (a question about my own message is never answered with another's words: None until mine shows)."""
    if owners.asked_value(task):  # "whose number is +1 555 0100?": the name beside it, never the number
        name = owners.owner(task, screen.lines)
        return (name, 1.0) if name else None
    if asks_mine(task):
        mine = my_last(task, screen)
        return (mine, 1.0) if mine else None
    if (kind == "time" or re.search(r"\btimes?\b", task, re.I)) and (switched := switched_rows.answer(task, screen)):
        return switched, 1.0  # "the earliest alarm I have switched on"
    if asks_their_first(task):
        first = their_first(screen)
        return (first, 1.0) if first else None
    if at := asks_their_before_last(task):  # "the second-to-last text from Bo": never the newest, nor a list preview
        before = their_from_last(screen, at)
        return (before, 1.0) if before else None
    row = latest_row(task, screen) if kind in ("name", "line") or _WHO.search(task) else None  # "who sent the email"
    name = first_row_name([row]) if row else None
    if row and not name and not _WHO.search(task) and not _SAYS.search(task):  # "the newest file?": the row's title
        name = re.split(r"\s[|·•]\s|,\s", row)[0].strip() or None
    return (name, 0.9) if name else found


def latest_row(task: str, screen: Screen) -> str | None:
    """The row a "latest / newest / who ... last" question means: the first timed row (counting.latest);
    on a list whose rows show no time, its first row when the question asks who sent or called."""
    end = "oldest" if re.search(r"\b(?:oldest|earliest|first)\b", task, re.I) else "newest" if _LATEST.search(task) else None
    dated = end_rows.dated_end(end, task, screen) if end else None  # every row dated: by its date, in any order
    timed = screen.labels.get(dated, "") if dated is not None else counting.latest(task, screen)
    if timed is not None:
        return strip_states(timed)
    if not (_LATEST.search(task) and _ARRIVING.search(task) and _WHO.search(task)):
        return None
    if re.search(r"\b(?:oldest|earliest|first)\b", task, re.I):
        return None
    listed = [screen.labels.get(i, "") for i in counting.rows(screen)]
    items = [label for label in listed if re.search(r"\s[|·•]\s|,\s", label) and len(label.split()) >= 3]
    if len(items) < 2 or len(items) < len(listed) // 2:
        return None  # not a list of items (a launcher's icons, a row of tabs)
    return strip_states(items[0])


def strip_states(label: str) -> str:
    """A row's label without the state words it starts with ("Unread, Starred, Ana Ruiz, Hi" -> "Ana Ruiz, Hi")."""
    parts = label.split(", ")
    while len(parts) > 1 and words(parts[0], stopwords=frozenset()) and words(parts[0], stopwords=frozenset()) <= _STATE:
        parts = parts[1:]
    return ", ".join(parts)


# ---- my own last message ----------------------------------------------------------------------------
_MINE = re.compile(r"\b(?:i|I)\s+(?:last\s+)?(?:wrote|said|told|sent|texted|messaged|replied|answered|typed|asked)\b"
                   r"|\bmy\s+(?:last|latest|most recent|previous)\s+(?:\w+\s+){0,2}?(?:message|msg|text|reply|answer|words?)\b"
                   r"|\bwhat did i\s+(?:last\s+)?(?:write|say|tell|send|text|reply|answer)\b", re.I)
_YOU = re.compile(r"^(?:you|me|moi|vous|du|ich|tú|yo|tu)\s*:\s*(.+)$", re.I)


def asks_mine(task: str) -> bool:
    """The question asks what I myself last wrote (not what the other person wrote)."""
    return bool(_MINE.search(task))


def my_last(task: str, screen: Screen) -> str | None:
    """The text of my own last message on this screen: the lowest right-side bubble of a conversation
    (others' bubbles on its left), or a "You: text" preview on the named chat's row. None if not shown."""
    if not asks_mine(task):
        return None
    width = screen.width or max((b[2] for b in [*screen.placed.values(), *screen.bounds.values()]), default=0)
    if width <= 0:
        return None
    mine, theirs = [], []
    for index, box in sorted(screen.placed.items(), key=lambda item: item[1][1]):
        left, right = box[0], box[2]
        if right - left > 0.8 * width or box[1] < 0:
            continue  # a full-width line (a title, a date header) is nobody's bubble
        text = screen.lines[index].strip()
        if left > 0.2 * width and right > 0.85 * width:
            mine.append(text)
        elif left < 0.15 * width and right < 0.85 * width:
            theirs.append(text)
    if mine and theirs:
        return mine[-1]
    names = [n for n in re.findall(r"\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*", task) if n.casefold() not in ("i", "what")]
    for element in screen.actionable:
        head, _, preview = screen.labels.get(element, "").partition(" | ")
        said = _YOU.match(preview.strip())
        if said and names and any(n.casefold() in head.casefold() for n in names):
            return said.group(1).strip()
    return None


# ---- their first message ----------------------------------------------------------------------------
_THEIR_FIRST = re.compile(r"\b(?:first|earliest|oldest)\s+(?:\w+\s+){0,2}?(?:message|msg|text|sms|reply)\b(?=.*\b(?:sent|"
                          r"texted|wrote|messaged|got|received|to me|from)\b)(?!.*\bI\s+(?:ever\s+)?(?:sent|texted|wrote)\b)", re.I)
_THEIRS = re.compile(r"\|\s*(?:received|incoming|they said|[\w .'-]{1,30} said)\s*:", re.I)
_MINE_SAID = re.compile(r"\|\s*(?:you said|sent|you)\s*:", re.I)


def asks_their_first(task: str) -> bool:
    """The question asks for the first message the other person sent ("the first text Bo ever sent me")."""
    return bool(_THEIR_FIRST.search(task))


def their_first(screen: Screen) -> str | None:
    """The topmost message of theirs in a conversation: a bubble described as received (Android's "Received:"
    description), never one of mine ("You said:")."""
    for element in sorted(screen.actionable, key=lambda i: (screen.bounds.get(i) or [0, 0])[1]):
        label = screen.labels.get(element, "")
        if _THEIRS.search(label) and not _MINE_SAID.search(label):
            return label.split(" | ")[0].strip() or None
    return None


# ---- their message N before the latest -----------------------------------------------------------
_MESSAGE = re.compile(r"\b(?:messages?|msgs?|texts?|sms|dms?|repl(?:y|ies)|texted|sent|wrote|said)\b", re.I)


def asks_their_before_last(task: str) -> int:
    """How many messages before the other person's latest one the question asks for ("the second-to-last
    text from Bo": 1, "Bo's third most recent message": 2); 0 when it asks for no such message (or mine)."""
    at = nth_rows.offset(task)
    return at if at and _MESSAGE.search(task) and not asks_mine(task) and not asks_their_first(task) else 0


def their_from_last(screen: Screen, at: int) -> str | None:
    """Their message ``at`` bubbles above their lowest one in a conversation (bubbles described as received,
    else the left-side ones while right-side ones show too); None off a conversation."""
    described = [(screen.bounds.get(i) or [0, 0, 0, 0])[1:2] + [screen.labels.get(i, "")] for i in screen.actionable]
    theirs = [label.split(" | ")[0].strip() for _, label in sorted(described, key=lambda d: d[0])
              if _THEIRS.search(label) and not _MINE_SAID.search(label)]
    if not theirs:
        width = screen.width or max((b[2] for b in screen.placed.values()), default=0)
        sides = [(box[1], box[0] < 0.15 * width, screen.lines[i].strip()) for i, box in screen.placed.items()
                 if width and box[1] >= 0 and box[2] - box[0] <= 0.8 * width]
        if any(not left for _, left, _ in sides):  # both sides show: a conversation
            theirs = [text for _, left, text in sorted(sides) if left]
    return theirs[-1 - at] if at < len(theirs) else None
