"""Notetaker: keeps facts that later steps need (a phone number, a price, an address).

It asks a model only when the task is about finding or passing on information and the screen
changed; the notes live in the run state, so they survive a resume."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

INSTRUCTIONS = """Your role: notetaker. From the screen, write down only facts the task
will need later (names, numbers, addresses, prices, times). Reply with JSON:
{"notes": [{"key": short name, "value": exact text from the screen}]} (empty list if nothing new)."""

_INFO_WORDS = re.compile(
    r"\b(what|which|who|when|where|how many|how much|best|cheapest|rated|address|price|"
    r"phone number|time of|code)\b",
    re.I,
)


class Note(BaseModel):
    key: str = Field(max_length=60)
    value: str = Field(max_length=300)


class NotetakerOutput(BaseModel):
    notes: list[Note] = Field(default_factory=list, max_length=5)


def wanted(task: str, screen_changed: bool) -> bool:
    """Only information-seeking tasks need notes, and only when there is something new to read."""
    return screen_changed and bool(_INFO_WORDS.search(task))


def prompt(notes: dict[str, str], screen_text: str) -> str:
    known = "".join(f"- {k}: {v}\n" for k, v in notes.items()) or "- (none)\n"
    return f"Notes so far:\n{known}Screen:\n{screen_text}\nNew notes?"
