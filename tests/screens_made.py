"""Invented screens for unit tests of the ranker: rows of tappable elements and text fields, and records of
actions already done."""

from __future__ import annotations

from typing import Any

from cascadroid.agents.perceptor import Screen


def made_screen(package: str, title: str, rows: list[tuple[str, str]], fields: dict[str, str] | None = None) -> Screen:
    """``rows``: (class, label) of each tappable element from id 5; ``fields``: label -> text of each text field."""
    lines, labels, editable = [f"    {title}"], {}, {}
    for i, (cls, label) in enumerate(rows, 5):
        lines.append(f'[{i}] {cls} "{label}"')
        labels[i] = label
    for i, (label, text) in enumerate((fields or {}).items(), 5 + len(rows)):
        lines.append(f'[{i}] EditText "{label}" = "{text}" (field)')
        labels[i], editable[i] = label, text
    return Screen(package=package, digest=f"{title}-{sorted(editable.items())}", lines=lines, actionable=list(labels),
                  labels=labels, editable=editable, locators={i: {"text": label} for i, label in labels.items()})


def done_record(kind: str, line: str) -> dict[str, Any]:
    """The history record of an action of ``kind`` on the screen line ``line`` that succeeded."""
    return {"kind": kind, "line": line, "key": line.split(' "')[0], "outcome": "success", "screen": "s"}
