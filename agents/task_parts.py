"""What a task says beyond its verb: the part of a multi-part task in progress, the names it gives, a web
address it holds."""

from __future__ import annotations

import re
from typing import Any

from .goal import parse_goal
from .paired_acts import sent_parts
from .progress import parts
from .text import words

WEB_ADDRESS = re.compile(r"(?<![@\w.])(?:https?://)?(?:[a-z0-9-]+\.)+(?!(?:pdf|docx?|jpe?g|png|txt|mp[34]|zip|csv|xlsx?|"
                         r"pptx?|heic|gif|wav|m4a|apk)\b)[a-z]{2,}(?![\w@-])(?!\.\w)(?:/\S*)?", re.I)  # not a file


def current_part(task: str, history: list[dict[str, Any]]) -> str:
    """The part of a multi-part task in progress: one part per app opened so far."""
    pieces = parts(task)
    if len(pieces) == 1:
        return task
    opened = [h for h in history if h.get("kind") == "open_app" and h.get("outcome") == "success"]
    apps_seen = list(dict.fromkeys(h.get("key") for h in opened))
    index = min(max(len(apps_seen) - 1, 0), len(pieces) - 1)
    while index + 1 < len(pieces) and (_visited(pieces[index], history) or sent_parts(pieces, index, history)
                                       or _switched(pieces[index], history)):
        index += 1  # "go to example.com and open X": the page is open, X is next (in the same app)
    return pieces[index]


_SHOWN_STATE = re.compile(r":\s*(on|off)\W*$", re.I)


def _switched(piece: str, history: list[dict[str, Any]]) -> bool:
    """A part that sets a switch ("turn on the dark theme"), and a switch its words name was tapped from the other
    state ("Dark theme: OFF"): the next part is next, on the same page ("... and put the brightness at its lowest")."""
    goal = parse_goal(piece)
    if goal.want_on is None:
        return False
    for h in history:
        label = h.get("line", "").split("] ", 1)[-1].strip('"')
        shown = _SHOWN_STATE.search(label)
        if h.get("kind") == "tap" and h.get("outcome") == "success" and shown and (
                shown.group(1).lower() == "on") != goal.want_on and words(label) & goal.toggle_words:
            return True
    return False


_VISIT = re.compile(r"^(?:in [\w ]+,\s*)?(?:please\s+)?(?:go|navigate|head|browse|get)\s+(?:over\s+)?to\s+|"
                    r"^(?:in [\w ]+,\s*)?(?:please\s+)?(?:open|visit|load|pull up)\s+", re.I)


def _visited(piece: str, history: list[dict[str, Any]]) -> bool:
    """A part that only visits a web address, and that address was opened or typed."""
    m = _VISIT.match(piece)
    address = WEB_ADDRESS.fullmatch(re.sub(r"\s+(?:in|on|using|via)\s+[A-Z][\w-]*(?: app)?\W*$", "", piece[m.end():])
                                     .strip(" .")) if m else None  # "open example.com in Chrome": where, said after
    if address is None:
        return False
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", address.group(0).casefold()).rstrip("/")
    return any(h.get("outcome") == "success" and h.get("kind") in ("open_uri", "type", "tap")
               and key in h.get("line", h.get("key", "")).casefold() for h in history)


def goal_names(task: str) -> list[str]:
    """Runs of capitalised words after the first ("Call Ana Ruiz" -> ["Ana Ruiz"]); a run that
    starts the task keeps all but its first word when two or more follow ("Remove Ana Ruiz ...")."""
    out = []
    for m in _NAMES.finditer(task):
        run = m.group(0)
        if m.start() == 0 or not task[:m.start()].strip(" \"“'("):
            first, _, rest = run.partition(" ")
            run = rest if len(rest.split()) >= 2 else ""
        if run:
            out.append(re.sub(r"['’]s$", "", run))
    return out


_NAMES = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+(?:\s+(?![AI]\b)[A-Z]\b)?")  # "Model X"
