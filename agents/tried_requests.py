"""A request after the user says they tried it and failed: "I tried to V X but couldn't ... - can you do it?".

"I tried to pin the "Rent" chat in Telegram but the menu kept closing. Can you?", "I tried changing my ringtone to
Bells and gave up - could you do it for me?", "I tried to forward Bo's last email to Ana but got lost - can you send it
on?". The user asks for what they tried; the request after it only points back at it ("Can you?", "Could you do it
(for me)?", "Please do that.", "can you V it (for me / on)?"). :func:`tried_first` says the tried act as the request
(its gerund as the verb: "tried changing X" -> "change X"). A request of its own after the attempt ("... - can you
save it to my places?") and a question ("... - what is it?") are left to the other readers. General English only.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS

_TRIED = re.compile(r"^\s*(?:I|we)\s+(?:already\s+|just\s+)?(?:tried|was trying|were trying|have tried|'ve tried)\s+"
                    r"(?:to\s+(?P<v>[a-z]+)\b|(?P<g>[a-z]+ing)\b)(?P<x>(?:[\"“][^\"”]*[\"”]|[^\"“])+?)"
                    r"(?:,?\s+(?:but|and)\s+)(?P<why>(?:[\"“][^\"”]*[\"”]|[^\"“.?!])+?)(?:[.!]\s+|\s+[-–—]+\s+|,\s+)"
                    r"(?P<rest>[^\"“]+)$", re.I | re.S)
_BACK = re.compile(r"^(?:so\s+)?(?:(?:can|could|would|will) you(?:\s+please)?(?:\s+(?:do it|do that|do this|try|help|"
                   r"(?P<v>[a-z]+) (?:it|them|that)(?: on| for me| properly| again)*))?|(?:please\s+)?(?:do it|do that|"
                   r"(?P<w>[a-z]+) (?:it|them|that)(?: on| for me| properly| again)*))(?:\s+for me)?(?:,?\s+please)?\s*[?.!]*\s*$",
                   re.I)


def tried_first(task: str) -> str:
    """``task``'s tried act as the request where the request only points back at it (see the module docstring)."""
    m = _TRIED.match(task)
    if not m or not (back := _BACK.match(m["rest"].strip())):
        return task
    verb = (m["v"] or _base(m["g"])).casefold()
    again = (back["v"] or back["w"] or "").casefold()
    if verb not in VERBS or (again and again not in VERBS):
        return task
    return f"{verb}{m['x'].rstrip(' ,')}"


def _base(gerund: str) -> str:
    """"changing" -> "change", "setting" -> "set", "adding" -> "add", "muting" -> "mute"."""
    stem = gerund[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem if stem in VERBS else stem + "e" if stem + "e" in VERBS else stem
