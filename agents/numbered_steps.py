"""Steps said as a numbered list, and a step that only finds what the next one acts on.

People write a task as steps: "1) open my inbox 2) find the mails from Kim 3) delete them", "1. find X, 2. send
it to Bo", "step 1: ... step 2: ...". :func:`stepped` folds a step that only finds or reads the thing the next step
acts on into that step ("find the mails from Kim" + "delete them" -> "delete the mails from Kim"; "read Kim's
email about which photo goes in the "Trip" album" + "add that photo to the album" -> "Kim emailed me which photo
goes in the "Trip" album. add that photo to the "Trip" album"); the steps that each act are left as said.
General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .text import FULL_NAME

# A step's number: "1)", "2.", "(3)", "step 4:", "#5" - at the start or after a space or a comma.
_MARK = re.compile(r"(?:^|(?<=[\s,;]))(?:\(?(?P<n>[1-9])[).:]|step (?P<s>[1-9])\s*[:.)-]|#(?P<h>[1-9])[).:]?)(?=\s)", re.I)
_MESSAGES = r"text(?: message)?|sms|message|e-?mail|mail"


def stepped(text: str) -> str:
    """``text`` with its numbered steps joined by "then" and a finding step folded into the next (see the
    module docstring); the same text when it numbers no steps from 1."""
    marks = list(_MARK.finditer(text))
    numbers = [int(m["n"] or m["s"] or m["h"]) for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)) or text[:marks[0].start()].strip():
        return text
    steps = [text[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(text))].strip(" ,;.") for i, m in enumerate(marks)]
    steps = [s for s in steps if s]
    folded = _folded(steps)
    if folded == steps:
        return text  # steps that each act are read as they are said
    return folded[0] if len(folded) == 1 else " ".join(f"{i}) {step}" for i, step in enumerate(folded, 1))


# A step that only finds the things the next acts on: "find all the mails from Kim" + "archive every one of them".
_FIND = re.compile(r"^(?:find|locate|look up|search for|go to|pick|select|get)\s+(?P<x>(?:all |every |each )?(?:the |my )?.+)$",
                   re.I)
_TAKEN = re.compile(r"\b(?:every one of them|each of them|all of them|them all|all|them|it|that one|those)\b", re.I)
# A step that reads a message to learn which thing: "read Kim Li's email about which photo goes in X".
_READ_WHICH = re.compile(rf"^(?:read|check|open|look at)\s+(?P<n>{FULL_NAME}|(?-i:[A-Z])[\w\-]*)'s\s+(?P<k>{_MESSAGES})\s+"
                         r"(?:about|on|saying|that says)\s+(?P<w>(?:which|what|where|when|who)\b.+)$", re.I)


def _folded(steps: list[str]) -> list[str]:
    out: list[str] = []
    for step in steps:
        prev = out[-1] if out else ""
        found = _FIND.match(prev)
        taken = _TAKEN.search(step)
        if found and taken and taken.start() > 0 and not re.match(r"(?:open|go to)\b", prev, re.I):
            # "find all the mails from Kim" then "archive them": archive all the mails from Kim
            out[-1] = f"{step[:taken.start()]}{found['x']}{step[taken.end():]}".strip()
            continue
        read = _READ_WHICH.match(prev)
        if read:  # what the message says is the request's context: "Kim emailed me which photo ..."
            verb = "emailed" if "mail" in read["k"].casefold() else "texted"
            named = re.search(r"(?P<q>\"[^\"]+\"|\ue000\d+\ue001) (?P<k>[a-z]+)\b", read["w"])
            if named:  # "the album" said again is the "Birthday" album the message is about
                step = re.sub(rf"\bthe {named['k']}\b", f"the {named['q']} {named['k']}", step)
            out[-1] = f"{read['n']} {verb} me {read['w']}. {step}"
            continue
        out.append(step)
    return out
