"""Invented screens for unit tests of the ranker: rows of tappable elements and text fields, and records of
actions already done."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

from cascadroid.agents.perceptor import Screen, perceive
from cascadroid.device.uiautomator import parse_observation


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


def stacked_rows_screen(package: str, rows: list[tuple[str, bool]]):
    """A page of rows stacked top to bottom, each (text, clickable)."""
    nodes = "".join(
        f'<node index="{i + 1}" text={quoteattr(text)} resource-id="" class="android.{"view.View" if click else "widget.TextView"}"'
        f' package="{package}" content-desc="" checkable="false" checked="false" clickable="{str(click).lower()}"'
        f' enabled="true" focusable="{str(click).lower()}" focused="false" scrollable="false" long-clickable="false"'
        f' password="false" selected="false" bounds="[40,{120 + 110 * i}][1040,{220 + 110 * i}]" />'
        for i, (text, click) in enumerate(rows))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><hierarchy rotation="0"><node index="0" text="" resource-id="" '
           f'class="android.widget.FrameLayout" package="{package}" content-desc="" checkable="false" checked="false" '
           f'clickable="false" enabled="true" focusable="false" focused="false" scrollable="false" long-clickable="false" '
           f'password="false" selected="false" bounds="[0,0][1080,2400]">{nodes}</node></hierarchy>')
    return perceive(parse_observation(xml))
