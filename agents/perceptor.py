"""Perceptor: an observation becomes a compact, numbered element list a small model can read.

No model call when the UI tree is there; when it is not (a game, a web view drawn as one
canvas), OCR on the screenshot gives text boxes instead (optional ``cascadroid[ocr]``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel

from ..device.types import Element, Locator, Observation
from ..errors import ConfigurationError


class Screen(BaseModel):
    """What the other roles see of one observation (plain data: it is checkpointed)."""

    package: str
    digest: str
    lines: list[str]
    actionable: list[int]
    editable: dict[int, str] = {}
    locators: dict[int, dict[str, str]] = {}
    labels: dict[int, str] = {}
    bounds: dict[int, list[int]] = {}
    keyboard_shown: bool = False
    source: str = "tree"
    screenshot: str | None = None
    aliases: dict[int, int] = {}

    def text(self) -> str:
        """The element list between data marks: what apps show is data, never instructions."""
        return "\n".join([SCREEN_OPEN, *self.lines, SCREEN_CLOSE])

    def target(self, element_id: int) -> int | None:
        """The listed id that stands for ``element_id`` (itself, or the row that folds it in)."""
        return element_id if element_id in self.locators else self.aliases.get(element_id)


SYSTEM_UI = "com.android.systemui"
SCREEN_OPEN, SCREEN_CLOSE = "<<<screen data", "screen data>>>"  # calls.SYSTEM says what they mean


def screen_digest(observation: Observation) -> str:
    """A fingerprint of the app's content: the status bar (clock, icons) is left out."""
    parts = [
        f"{e.cls}|{e.text}|{e.content_desc}|{e.resource_id}|{e.checked}|{e.focused}|{e.selected}|{e.bounds}"
        for e in observation.elements if e.package != SYSTEM_UI
    ] or [observation.xml]
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=12).hexdigest()


def _is_actionable(e: Element) -> bool:
    return e.enabled and (e.clickable or e.long_clickable or e.is_editable or e.scrollable or e.checkable)


def _flags(e: Element) -> str:
    parts = []
    if e.checkable:
        parts.append("on" if e.checked else "off")
    if e.is_editable:
        parts.append("field")
        if e.focused:
            parts.append("focused")
    if e.scrollable:
        parts.append("scrollable")
    if e.selected:
        parts.append("selected")
    if not e.enabled:
        parts.append("disabled")
    return " ".join(parts)


def _locator(e: Element) -> dict[str, str]:
    """The most stable way to find this element again: resource id, then text, then description."""
    loc: dict[str, str] = {}
    if e.resource_id:
        loc["resource_id"] = e.resource_id
    if e.text and not e.is_editable:
        loc["text"] = e.text
    elif e.content_desc:
        loc["content_desc"] = e.content_desc
    return loc


def perceive(observation: Observation, *, ocr: Any = None) -> Screen:
    """Compact list: actionable elements (with texts of their children folded in) and info texts."""
    elements = observation.elements
    if not elements and observation.screenshot:
        return perceive_ocr(observation, ocr=ocr)
    owner: dict[int, int] = {}  # element id -> nearest actionable ancestor id
    for e in elements:
        if e.parent is not None:
            parent = elements[e.parent]
            owner[e.id] = parent.id if _is_actionable(parent) else owner.get(parent.id, -1)
    child_texts: dict[int, list[str]] = {}
    for e in elements:
        holder = owner.get(e.id, -1)
        if holder >= 0 and not _is_actionable(e) and (e.text or e.content_desc):
            child_texts.setdefault(holder, []).append(e.text or e.content_desc)

    lines: list[str] = []
    actionable: list[int] = []
    editable: dict[int, str] = {}
    locators: dict[int, dict[str, str]] = {}
    labels: dict[int, str] = {}
    bounds: dict[int, list[int]] = {}
    for e in elements:
        own = e.text or e.content_desc
        if _is_actionable(e):
            label = " | ".join(x for x in [own, *child_texts.get(e.id, [])] if x) or e.resource_id.rsplit("/", 1)[-1]
            row = owner.get(e.id, -1)
            if e.checkable and row >= 0 and child_texts.get(row) and child_texts[row][0] not in label:
                label = f"{child_texts[row][0]}: {label}"  # a bare ON/OFF switch takes its row's title
            if not label and not e.scrollable:
                continue
            actionable.append(e.id)
            kind = e.cls.rsplit(".", 1)[-1]
            flags = _flags(e)
            lines.append(f"[{e.id}] {kind} \"{label}\"" + (f" ({flags})" if flags else ""))
            locators[e.id] = _locator(e)
            labels[e.id] = label
            bounds[e.id] = [e.bounds.left, e.bounds.top, e.bounds.right, e.bounds.bottom]
            if e.is_editable:
                editable[e.id] = e.text
        elif own and owner.get(e.id, -1) < 0 and e.package != SYSTEM_UI:  # status-bar text is noise
            lines.append(f"    {own}")
    aliases = {e: o for e, o in owner.items() if o >= 0 and o in locators and e not in locators}
    return Screen(
        package=observation.package,
        aliases=aliases,
        digest=screen_digest(observation),
        lines=lines,
        actionable=actionable,
        editable=editable,
        locators=locators,
        labels=labels,
        bounds=bounds,
        keyboard_shown=observation.keyboard_shown,
    )


def perceive_ocr(observation: Observation, *, ocr: Any = None) -> Screen:
    """Text boxes from OCR when there is no UI tree; each box is a tap target by its center."""
    engine = ocr or load_ocr()
    result, _ = engine(_rgb_array(observation.screenshot or b""))
    lines = [f"    (ocr) {text} at ({int(sum(p[0] for p in box) / 4)},{int(sum(p[1] for p in box) / 4)})"
             for box, text, _score in (result or [])]
    digest = hashlib.blake2b(observation.screenshot or b"", digest_size=12).hexdigest()
    return Screen(package=observation.package, digest=digest, lines=lines, actionable=[], source="ocr")


def _rgb_array(png: bytes) -> Any:
    """OCR engines misread palette PNGs (the simulator's): hand them RGB pixels."""
    import io

    import numpy as np
    from PIL import Image

    return np.array(Image.open(io.BytesIO(png)).convert("RGB"))


def load_ocr() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise ConfigurationError(
            "the screen has no UI tree and OCR is not installed",
            hint="pip install 'cascadroid[ocr]' (rapidocr-onnxruntime ships its models)",
        ) from exc
    return RapidOCR()


def locator_for(screen: Screen, element_id: int | None) -> Locator | None:
    if element_id is None or element_id not in screen.locators:
        return None
    return Locator(**screen.locators[element_id])
