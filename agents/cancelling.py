"""Cancelling a thing ("cancel my 7:00 alarm", "cancel the running countdown") ends or deletes it: apps label that
"Delete", "Stop", "Remove" or "Cancel X". Cancelling a dialog, a prompt or nothing named ("cancel", "cancel that
popup") is going back, which the ranker already offers.
"""

from __future__ import annotations

import re

# What a cancel closes rather than ends: the screen's own dialog or step, or no object at all.
_CLOSING = r"(?:dialog|pop-?up|prompt|window|sheet|menu|screen|page|this|that|it|everything|all)"
_CANCEL = re.compile(rf"(?:^|[.;:!?,]\s*|\b(?:and|then|please|just)\s+)(?:please\s+)?cancel\s+(?!{_CLOSING}\b)"
                     rf"(?:(?:the|my|our|your|a|an|this|that|these|those)\s+)?(?!{_CLOSING}\b)[\w\"'“]", re.I)
# The buttons that end or delete a thing, after the task's "cancel".
ENDING_VERBS = frozenset("cancel delete remove stop end dismiss discard".split())


def cancels_item(task: str) -> bool:
    """The task cancels a named thing (an alarm, a timer, a booking), not the screen's dialog."""
    return bool(_CANCEL.search(task))
