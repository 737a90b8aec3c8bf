"""Progress, not loops: what the history says about the next action.

A policy that always takes the best-ranked action loops as soon as two screens point at each
other (open an app, go back, open it again). Every action taken recently is pushed down whatever
its outcome, more for each repeat and most when it changed nothing; the same action on the same
screen counts again, and a tap counts as much as a failure when what it opened was walked back (one or two
"back" presses returned to the screen it was taken on: whoever pressed back, the agent or a stronger tier, judged it
a wrong turn; an app opened and left is the app choice's business). Multi-part tasks ("find X and then text it to Y") are split into parts, and the part in progress is the first whose sign of completion is not in the history yet.
"""

from __future__ import annotations

import re
from typing import Any

RECENT = 8  # actions looked back over
REPEAT = 1.5  # per recent repeat of the same action
SAME_SCREEN = 1.5  # the same action on the same screen again
FAILED = 3.0  # an action that changed nothing or failed
_WALK_BACK = 2  # "back" presses that may undo one action (a keyboard or a sheet first, then the page)
_WALKED_BACK_KINDS = ("tap", "long_press")
_FAILED = ("no_change", "error", "wrong_screen", "refused")

_PARTS = re.compile(r"\s*(?:,?\s*and then\s+|,?\s*then\s+|;\s*|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMx)(?<!\bMrs)(?<!\bProf)\.\s+(?=(?-i:[A-Z]))|(?:,?\s+and|,)(?:\s+also)?\s+(?=(?:text|call|send|save|add|"
                    r"create|set|ship|share|email|message|tell|reply|write|note|buy|put|open|turn|post|forward|paste|mail|add)\b))", re.I)


def penalty(key: str, screen_digest: str, history: list[dict[str, Any]], line: str = "") -> float:
    """How much to push down the action with history key ``key`` (and line ``line``: an element's
    id alone is no identity across screens, its label is) on screen ``screen_digest``."""
    out = 0.0
    start = max(0, len(history) - RECENT)
    for i, entry in enumerate(history[start:], start):
        if entry.get("key") != key or (line and entry.get("line") and entry.get("line") != line):
            continue
        out += REPEAT
        if entry.get("outcome") in _FAILED or walked_back(history, i, screen_digest):
            out += FAILED
        if screen_digest and entry.get("screen") == screen_digest:
            out += SAME_SCREEN
    return out


def walked_back(history: list[dict[str, Any]], index: int, screen_digest: str) -> bool:
    """Whether the tap of ``history[index]`` was undone: one or two "back" presses right after it returned to
    the screen it was taken on (the next entry's screen, or ``screen_digest`` when the backs were the last steps)."""
    if history[index].get("kind") not in _WALKED_BACK_KINDS:
        return False
    taken_on, after = history[index].get("screen"), index + 1
    if after < len(history) and history[after].get("screen") == taken_on:
        return False  # the tap changed nothing seen (a field focused, the keyboard up): a back hides, undoes nothing
    while after < len(history) and history[after].get("kind") == "back" and after - index <= _WALK_BACK:
        after += 1
    if not taken_on or after == index + 1 or any(h.get("kind") == "back" for h in history[after:after + 1]):
        return False
    return (history[after].get("screen") if after < len(history) else screen_digest) == taken_on


def parts(task: str) -> list[str]:
    """The parts of a multi-part task, in order ("Find X in A and text it to B" -> two parts).
    Quoted text is never split ('a note that says "buy milk and call Ann"' is one part)."""
    quoted: list[str] = []

    def hide(match: re.Match[str]) -> str:
        quoted.append(match.group(0))
        return f"\x00{len(quoted) - 1}\x00"

    hidden = _parts(_QUOTED.sub(hide, task))
    return [re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], p) for p in hidden]


_QUOTED = re.compile(r"[\"“«„][^\"”»“]{1,200}[\"”»“]")


# "... (since it is a present for Bo)", "... (as it is for the trip)": why, said after the steps; no part of the last one.
# Other words in parentheses say which or how ("(as report.pdf)", "(it's the one from the pier)") and stay.
_REASON = re.compile(r"\s*\((?:since|because|cause|so that|as (?:it|I|we|they|he|she|this|that|you)\b)[^()]*\)\s*\.?\s*$", re.I)


def _parts(task: str) -> list[str]:
    task = _REASON.sub("", task) if _PARTS.search(_REASON.sub("", task)) else task
    trailing = re.search(rf"[.,]\s+({_CONTEXT.pattern})\.?$", task)  # "... . in Shop": where the whole task happens
    pieces = [p.strip(" ,.") for p in _PARTS.split(task[:trailing.start()] if trailing else task) if p and p.strip(" ,.")]
    for i in range(len(pieces) - 1, 0, -1):
        if _FIELD.match(pieces[i]):  # "...; location: Town Hall": a field of the same thing, no step of its own
            pieces[i - 1:i + 1] = [f"{pieces[i - 1]}; {pieces[i]}"]
    for i in range(len(pieces) - 2, -1, -1):
        if _WHEN.match(pieces[i]):  # "after lunch, set a timer": when the next step is done, no step of its own
            pieces[i:i + 2] = [f"{pieces[i]}, {pieces[i + 1]}"]
    context = [p for p in pieces if _CONTEXT.fullmatch(p)] + ([trailing.group(1)] if trailing else [])
    pieces = [f"{p} {' '.join(context)}" if context else p for p in pieces if p not in context]
    return pieces or [task]


_WHEN = re.compile(r"^(?:right\s+|just\s+|only\s+)?(?:before|after|until|till|once|as\s+soon\s+as|when|whenever|while)\b"
                   r"(?!\s+(?:is|are|was|were|does|do|did|will|would|can|could|should|you)\b)", re.I)
_FIELD = re.compile(r"^(?-i:[a-z])[\w\-]*(?: [\w\-]+)?:\s+\S", re.I)
_CONTEXT = re.compile(r"(?:in|on|using|via|with|from)\s+(?:the\s+|my\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:\s+app)?")


def actions_since_app_change(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The history entries since the last app was opened (the current app's own steps)."""
    out: list[dict[str, Any]] = []
    for entry in reversed(history):
        if entry.get("kind") in ("open_app", "home"):
            break
        out.append(entry)
    return list(reversed(out))
