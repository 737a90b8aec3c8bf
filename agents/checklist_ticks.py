"""An item of a checklist kept as text ticked off: 'in my "Move house" note, tick off "Cancel the gas"', 'Good news,
"Book the van" is done!', 'hak "Milch" ab', 'marca "Pan" como hecho'.

A checklist in a note or draft holds one item a line, each behind a box ("[ ] Milk", "- [ ] Milk", "☐ Milk"); the
item's box is ticked ("[x] Milk", "☑ Milk") and every other line kept as it is. The item is the quoted text after a
tick verb, or the quoted text said to be done; a task with no done-word, box or checklist is no tick ('mark "Trip" as
read'). Plain text checklist conventions; the verbs in several languages.
"""

from __future__ import annotations

import re

from .text import normalize

_Q = r"[\"“«„](?P<x>[^\"“”«»„]+)[\"”»“]"
_AFTER_VERB = re.compile(r"\b(?:tick(?:\s+off)?|check\s+off|cross\s+off|mark(?:\s+off)?|hak\w*|abhaken|coche\w*|"
                         r"marca\w*|spunta\w*|vink\w*|отметь\w*)\s+" + _Q, re.I)
_SAID_DONE = re.compile(_Q + r"\s+(?:is|was|'s|ist|está|est|è)\s+(?:now\s+)?(?:done|finished|complete|completed|"
                        r"sorted|erledigt|hecho|fait|fatto)\b", re.I)
_CUE = re.compile(r"\b(?:done|complete|completed|checked|ticked|finished|tick|box|checklist|erledigt|hecho|fait|fatto|"
                  r"abhaken|hak\w*)\b|\[\s*x\s*\]|☑|✓|✔", re.I)
_BOX = re.compile(r"\[\s\]|\[\s{2}\]|☐|□")
_TICKED = {"☐": "☑", "□": "☑"}


def ticked_item(task: str) -> str | None:
    """The checklist item the task ticks off, or None."""
    if not _CUE.search(task):
        return None
    m = _AFTER_VERB.search(task) or _SAID_DONE.search(task)
    return m["x"].strip() if m else None


def with_tick(current: str, item: str) -> str:
    """``current`` with the box of the line naming ``item`` ticked (unchanged when no such open box is there)."""
    key = normalize(item)
    lines = current.split("\n")
    for index, line in enumerate(lines):
        box = _BOX.search(line)
        if box and key and key in normalize(line):
            lines[index] = line[:box.start()] + _TICKED.get(box.group(0), "[x]") + line[box.end():]
            break
    return "\n".join(lines)
