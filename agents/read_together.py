"""Values read together: "text Bo the name and price of the cheapest lamp", "save the best taco place
as a contact with its name and number", "copy Mira Okafor's phone number, email and address into a note". The ranked row chosen on a list (the notes' best row) names the
item; its own page (the page whose title is that name) shows the rest, else the row does. Sending them
passes them on as one message, name first; a form takes each in its own field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import answers, details, event_details
from .answers import Asked
from .text import normalize, words
from .values import FIELDS, Value

_SENDING = frozenset(words("text message send sms email mail write reply share", stopwords=frozenset()))
_BY_FORM = ("email", "phone", "url")  # kinds whose form alone says what they are, on whatever line of the page
_PASSING_ON = _SENDING | frozenset(words("tell note post forward", stopwords=frozenset()))


def read(kinds: Sequence[str], lines: Sequence[str], held: dict[str, str], best_row: str, named: str = "") -> dict[str, str]:
    """The values of ``kinds`` on the page of the ranked item ``best_row`` names, else of the item the task
    ``named`` ("Mira Okafor's phone number, email and address": his card) ({} elsewhere)."""
    name = details.row_name(best_row) if best_row else named or None
    if not name or not _titled(lines, name):
        return {}
    page = [line for line in lines if not re.match(r"\s*\[\d+\]\s+\S+\s+\S.*\(.*scrollable", line)]
    out: dict[str, str] = {}
    for kind in kinds:
        if kind in held:
            continue
        if kind == "name":
            out[kind] = name
            continue
        found = answers.find(Asked(kind, set()), list(page), [], {})
        value = found[0] if found and found[1] >= 0.6 else answers.value_in(kind, best_row) or next(
            (v for line in page if kind in _BY_FORM and (v := answers.value_in(kind, line))), None)  # "a@b.org | Email"
        if value:
            out[kind] = value
    return out


def passed_on(part: str, task: str, notes: dict[str, str], kinds: Sequence[str], verbs: set[str]) -> list[Value]:
    """The values read earlier, to type now: the date, time and place a message says; the values read
    together as one message; else each value for the message or its kind's field."""
    notes = {k: v for k, v in notes.items() if not re.match(  # "Text Bo Li: ..." with Bo Li read: who it goes to
        rf"\s*(?:please\s+)?(?:text|sms|message|send\s+(?:a\s+)?(?:text|message|sms)\s+to)\s+{re.escape(v.strip())}\s*[:,]", part, re.I)}
    together = passed(kinds, notes) if verbs & _SENDING else []
    return event_details.passed_on(part, notes) or together or [
        Value(v, "message", FIELDS["message"] | FIELDS.get(k, frozenset())) for k, v in notes.items()
        if v.strip() and (normalize(v) not in normalize(task) or verbs & _PASSING_ON)]


def passed(kinds: Sequence[str], notes: dict[str, str]) -> list[Value]:
    """The values read, to send as one message: name first, then the others in the order asked."""
    said = sorted((k for k in kinds if notes.get(k, "").strip()), key=lambda k: k != "name")
    if len(said) < 2:
        return []
    return [Value(" ".join(notes[k] for k in said), "message", FIELDS["message"])]


def _titled(lines: Sequence[str], name: str) -> bool:
    """The screen is the item's own page: a line that is not a list row says exactly its name."""
    want = normalize(name)
    for line in lines:
        row = re.match(r"\s*\[\d+\]\s+\S+\s+\"(.*)\"", line)
        text = row.group(1) if row else line.strip()
        if normalize(text) == want and (not row or "|" not in text):
            return True
    return False
