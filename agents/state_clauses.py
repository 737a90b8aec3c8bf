"""Things named by what the user did or did not do to them, said as their state.

"messages I have not read yet" are unread messages, "calls I did not answer" missed ones,
"the emails I starred" starred emails, "chats I have muted" muted chats: a plural noun with a relative
clause of the user and a state verb becomes the state word before the noun, the way lists mark rows
("unread", "missed", "starred"). A count asked of a part ("how many of my contacts are starred?", "how many of
the chats are not read?") is asked of the things in that state ("how many starred contacts are there?").
General English grammar only.
"""

from __future__ import annotations

import re

# verb (any tense said) -> the state word a list shows
_STATE = {"read": "read", "open": "opened", "opened": "opened", "answer": "answered", "answered": "answered",
          "see": "seen", "seen": "seen", "saw": "seen", "star": "starred", "starred": "starred", "pin": "pinned",
          "pinned": "pinned", "mute": "muted", "muted": "muted", "archive": "archived", "archived": "archived",
          "flag": "flagged", "flagged": "flagged", "miss": "missed", "missed": "missed", "save": "saved",
          "saved": "saved", "play": "played", "played": "played", "listen": "played", "listened": "played"}
# the negative of a state a list shows: unread, missed (a call not answered), unopened
_NEGATED = {"read": "unread", "seen": "unread", "opened": "unopened", "answered": "unanswered", "played": "unplayed",
            "starred": "unstarred", "pinned": "unpinned", "muted": "unmuted", "saved": "unsaved"}
_CLAUSE = re.compile(
    r"\b(?P<x>(?-i:[a-z])[a-z]+s) (?:that |which )?(?:I|we) (?:(?P<aux>have|had|did|do|'ve)\s+)?(?P<neg>not |never )?"
    r"(?:yet |already )?(?:got round to |gotten around to |gotten to )?(?P<v>[a-z]+)(?: to)?(?P<yet> (?:yet|so far|already))?\b",
    re.I)


_PART = re.compile(r"^(?P<h>how many) of (?:my|the|your|our|all (?:my|the)) (?P<x>(?:[\w\-]+ ){0,3}?[\w\-]+s) (?:are|is)"
                   r" (?P<neg>not )?(?P<v>[a-z]+)(?: (?:right )?now| at the moment| currently)?\s*\?\s*$", re.I)


def _partitive(text: str) -> str:
    m = _PART.match(text.strip())
    state = m and _STATE.get(m["v"].casefold())
    if state and m["v"].casefold() == state:
        state = _NEGATED.get(state) if m["neg"] else state
        if state:
            return f"{m['h']} {state} {m['x']} are there?"
    return text


def stated(text: str) -> str:
    """``text`` with "<things> I (have) (not) <verb>(ed)" said as "<state> <things>"."""
    def swap(m: re.Match[str]) -> str:
        state = _STATE.get(m.group("v").casefold())
        if not state or m.group("x").casefold() in ("this", "thanks", "as", "was", "is", "has", "does", "yes"):
            return m.group(0)
        if m.group("neg"):
            state = "missed" if state == "answered" and m.group("x").casefold() == "calls" else _NEGATED.get(state)
            if not state:
                return m.group(0)
        elif not m.group("aux") and m.group("v").casefold() in ("read", "open", "answer", "see", "save", "star", "pin",
                                                                  "mute", "archive", "flag", "miss", "play", "listen"):
            return m.group(0)  # "emails I read aloud", "the chats I mute on Fridays": a habit, no state
        return f"{state} {m.group('x')}"
    return _CLAUSE.sub(swap, _partitive(text))
