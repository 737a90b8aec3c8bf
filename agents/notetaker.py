"""Notetaker: keeps facts that later steps need (a phone number, a price, an address).

It asks a model only when the task is about finding or passing on information and the screen
changed; the notes live in the run state, so they survive a resume."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

INSTRUCTIONS = """Your role: notetaker. From the screen, write down only facts the task
will need later (names, numbers, addresses, prices, times). Reply with JSON:
{"notes": [{"key": short name, "value": exact text from the screen}]} (empty list if nothing new)."""

# A task needs notes when it asks for information or carries a fact from one screen to another.
# The signs are plain English, not any app's words: a question, a request to look something up,
# a choice by rank ("the cheapest ..."), a fact named by what it belongs to ("the address of ...")
# or by whose it is and where it is kept ("Ana's address from my contacts"). Quoted text is what to type, so it is not read.
_QUESTION = r"\?|\b(?:what|which|who|whom|whose|when|where|why|how)\b"
_LOOK_UP = r"\b(?:find|look up|search for|check(?! out)|tell me|read out|report)\b"
_RANKED = r"\b(?:best|worst|cheapest|dearest|nearest|closest|highest|lowest|latest|earliest|newest|oldest|most|least)\b"
_FACT_OF = r"\bthe (?:[\w-]+ ){0,2}of\b|'s (?:[\w-]+ ){1,2}from\b"
_INFO = re.compile("|".join((_QUESTION, _LOOK_UP, _RANKED, _FACT_OF)), re.I)
_NEWEST = re.compile(r"\b(?:latest|newest|most recent|last)\b", re.I)
_QUOTED = re.compile(r"[\"“”«»][^\"“”«»]*[\"“”«»]")


class Note(BaseModel):
    key: str = Field(max_length=60)
    value: str = Field(max_length=300)


class NotetakerOutput(BaseModel):
    notes: list[Note] = Field(default_factory=list, max_length=5)


def wanted(task: str, screen_changed: bool) -> bool:
    """Only information-seeking tasks need notes, and only when there is something new to read."""
    from .subgoals import read_part
    from .wording import canonical

    task = canonical(task)  # as the ranker reads it ("Send Bo Ana Ruiz's number by SMS": Ana Ruiz's)
    from .comparisons import pair

    return screen_changed and (bool(_INFO.search(_QUOTED.sub(" ", task))) or read_part(task) is not None
                               or pair(task) is not None)  # "larger: a.pdf / b.pdf"


def by_rules(task: str, screen_lines: list[str], objects: list[str], held: dict[str, str] | None = None) -> dict[str, str]:
    """Notes without a model: the value the task asks about (a number, a time, an address...) when
    it shows on the line of the thing the task names; kept under its kind for a later step. A value
    already ``held`` for a later step is not read again (the next app's form may echo its name). For a
    superlative ("the cheapest ..."), the best row read so far."""
    from . import comparisons, superlatives
    from .wording import canonical

    best = superlatives.remember(canonical(task), screen_lines, held or {})
    compared = comparisons.remember(canonical(task), screen_lines)  # "A or B?": each one's value, once it shows
    return {**best, **compared, **_values(task, screen_lines, objects, held)}


def _values(task: str, screen_lines: list[str], objects: list[str], held: dict[str, str] | None) -> dict[str, str]:
    from . import (
        answers,
        cart_contents,
        details,
        picked_callers,
        read_together,
        requested,
        source_places,
        subgoals,
        superlatives,
    )
    from .forwarding import forwarded, last_said
    from .wording import canonical

    part = subgoals.read_part(canonical(task)) or subgoals.read_part(task)  # as the ranker reads the task
    if part is not None and all(kind in (held or {}) for kind in part.kinds):
        return {}
    if part is not None and part.also:  # "the name and price of the cheapest X": read on its own page
        return read_together.read(part.kinds, screen_lines, held or {}, (held or {}).get(superlatives.BEST, ""), part.object)
    if part is not None and part.asked.kind == "item":  # a thing a message asks for, by its name
        name = requested.item_named(screen_lines, [part.object])
        return {"item": name} if name else {}
    if part is not None and part.object == cart_contents.OBJECT:  # the cart's items, by name
        value = cart_contents.read(screen_lines, part.asked.kind)
        return {part.asked.kind: value} if value else {}
    if part is not None and part.asked.kind == source_places.MAILED:  # a place a message names, on the message
        value = source_places.named_place(screen_lines, [part.object])
        return {part.asked.kind: value} if value else {}
    if part is not None and part.object == picked_callers.OBJECT:  # the newest missed call's row: who, or the number
        value = picked_callers.read(part.asked.kind, screen_lines)
        return {part.asked.kind: value} if value else {}
    if part is not None:  # a value to pass on: read it on its object's line (or the object's own page)
        keys = [part.object] if part.object and not answers.superlative(part.object) else []
        if forwarded(canonical(task)) is not None:  # a message passed on whole: the newest its sender wrote, read
            said = last_said(screen_lines, part.object)  # on their conversation (a list's preview may be cut short)
            return {part.asked.kind: said} if said else {}
        kind = details.label_kind(part.asked, part.question)  # an Info page lists it under its label
        listed = details.labelled_value(kind, screen_lines) if kind else None
        if listed and (not keys or details.titled(screen_lines, keys)):
            return {part.asked.kind: listed}
        found = answers.find(part.asked, screen_lines, keys, {})
        if found and part.asked.kind == "file" and keys and found[0].casefold() in task.casefold():
            found = answers.find(part.asked, screen_lines, keys + [found[0]], {})  # "rename a.pdf to ...": the other name
        if found and found[1] >= (0.6 if not keys else 0.9) and not _cut_preview(part.asked.kind, found[0], screen_lines):
            return {part.asked.kind: found[0]}
        ranked = details.ranked_name(part.question, screen_lines) if part.asked.kind in ("file", "name") else None
        if ranked is None and part.asked.kind == "file" and _NEWEST.search(part.question):
            ranked = details.first_file(screen_lines)  # "my latest picture": a gallery lists the newest first
        return {part.asked.kind: ranked} if ranked else {}
    asked = answers.asked(task if "?" in task else f"what is {task}?")
    if asked is None or asked.kind in ("line", "count"):
        return {}
    found = answers.find(asked, screen_lines, objects, {})
    return {asked.kind: found[0]} if found and found[1] >= 0.9 else {}


def prompt(notes: dict[str, str], screen_text: str) -> str:
    known = "".join(f"- {k}: {v}\n" for k, v in notes.items()) or "- (none)\n"
    return f"Notes so far:\n{known}Screen:\n{screen_text}\nNew notes?"


def _cut_preview(kind: str, value: str, screen_lines: list[str]) -> bool:
    """An address that ends a long list row's preview may be cut short there ("bo@mail.exa"): read it on the
    item's own page instead."""
    if kind not in ("email", "url"):
        return False
    tail = f'{value}"'
    return any(line.startswith("[") and tail in line and " | " in line and len(line.split(tail)[0].rsplit(" | ", 1)[-1])
               + len(value) >= 40 for line in screen_lines)

