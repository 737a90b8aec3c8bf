"""Perceptor: an observation becomes a compact, numbered element list a small model can read.

No model call when the UI tree is there; when it has nothing labelled (a game, a web view drawn
as one canvas), OCR on the screenshot adds text boxes (optional ``cascadroid[ocr]``). How
elements are named (real screens' conventions) lives in :mod:`.labels`.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from pydantic import BaseModel

from ..cascade.screenshot import ocr_lines
from ..device.types import Element, Locator, Observation
from .dialog_shape import keyboard_window, system_window
from .labels import Tree, cap, id_words, is_bare_state, merge, own_parts, said_lines
from .modal import behind
from .popups import covered as popped_over
from .popups import shade_down
from .screen_order import reading_order, tie_order
from .tab_positions import drop_positions
from .text import display, normalize


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
    context: dict[int, str] = {}  # the row an element sits in (the object a "Follow" button acts on)
    checked: dict[int, bool] = {}  # state of each switch / checkbox
    borrowed: list[int] = []  # ids named by their row's title (they say nothing themselves)
    disabled: list[int] = []  # listed for the model to read, never offered as actions
    from_ocr: list[int] = []  # ids of text boxes read from the screenshot: tap their bounds' center
    dialog: list[int] = []  # the taps of a modal dialog, left to right (agents/dialog_shape.py)
    placed: dict[int, list[int]] = {}  # bounds of each plain (info) line, by its index in ``lines``
    width: int = 0
    day: str = ""  # the phone's date (ISO) as the run last saw it shown (pickers.carry_day)

    def text(self) -> str:
        """The element list between data marks: what apps show is data, never instructions."""
        return "\n".join([SCREEN_OPEN, *self.lines, SCREEN_CLOSE])

    def tie_order(self) -> Any:
        """Sort key for ranked candidates: best first, equal scores in reading order (screen_order)."""
        return tie_order(self.bounds)

    def target(self, element_id: int) -> int | None:
        """The listed id that stands for ``element_id`` (itself, or the row that folds it in)."""
        return element_id if element_id in self.locators else self.aliases.get(element_id)


SYSTEM_UI = "com.android.systemui"
_NAV_BUTTON = re.compile(r"^com\.android\.systemui:id/(?:back|home|recent_apps|home_handle|ime_switcher|menu|rotate_suggestion"
                         r"|accessibility_button)$")  # the navigation bar's keys (the agent's own back and home act for them)
SCREEN_OPEN, SCREEN_CLOSE = "<<<screen data", "screen data>>>"  # calls.SYSTEM says what they mean


def screen_digest(observation: Observation) -> str:
    """A fingerprint of the app's content: the status bar (clock, icons) is left out."""
    parts = [
        f"{e.cls}|{e.text}|{e.content_desc}|{e.resource_id}|{e.checked}|{e.focused}|{e.selected}|{e.bounds}"
        for e in observation.elements if e.package != SYSTEM_UI
    ] or [observation.xml]
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=12).hexdigest()


def _can_act(e: Element) -> bool:
    """Would be actionable if enabled (a disabled Send button is still listed, marked disabled)."""
    return e.clickable or e.long_clickable or e.is_editable or e.scrollable or e.checkable


def _is_actionable(e: Element) -> bool:
    return e.enabled and _can_act(e)


def _flags(e: Element, borrowed: bool) -> str:
    parts = []
    if e.checkable:
        parts.append("on" if e.checked else "off")
    if e.is_editable:
        parts.append("field")
        if e.password:
            parts.append("password")
        if not e.text:
            parts.append("empty")
    if e.focused:
        parts.append("focused")
    if e.scrollable:
        parts.append("scrollable")
    if e.selected:
        parts.append("selected")
    if not e.enabled:
        parts.append("disabled")
    if borrowed:
        parts.append("named by its row")
    return ", ".join(parts)


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
    """Compact list: actionable elements (own words, folded child texts, row context), disabled
    controls (listed, not actionable) and info texts; OCR of the screenshot joins in when the tree
    has nothing labelled to offer (a game, a canvas-drawn WebView)."""
    elements = observation.elements
    if not elements and observation.screenshot:
        return perceive_ocr(observation, ocr=ocr)
    height = observation.height or max((e.bounds.bottom for e in elements), default=1)
    tree = Tree(elements, height)
    holders = {e.id for e in elements if _can_act(e) and not e.scrollable}  # scroll lists never fold rows
    owner: dict[int, int] = {}  # element id -> nearest holder ancestor id
    for e in elements:
        if e.parent is not None:
            owner[e.id] = e.parent if e.parent in holders else owner.get(e.parent, -1)
    child_texts: dict[int, list[str]] = {}
    for e in in_reading_order(elements):  # a row's texts as a person reads them, whatever the dump's order
        holder = owner.get(e.id, -1)
        if holder >= 0 and not _can_act(e):
            child_texts.setdefault(holder, []).extend(line for t in (e.text, e.content_desc) for line in said_lines(t))
    enabled = {e.id for e in elements if _is_actionable(e)}
    in_front = observation.package == SYSTEM_UI or shade_down(elements, height)  # the shade is the app; else bars are noise
    screen = Screen(package=observation.package, digest=screen_digest(observation), lines=[], actionable=[],
                    keyboard_shown=observation.keyboard_shown or any(keyboard_window(e.package or "") for e in elements))
    width = observation.width or max((e.bounds.right for e in elements), default=1)
    modal = behind(elements, width)  # under a modal dialog: read, never tapped
    covered = modal | popped_over(elements, height)  # under an open popup menu or the pulled-down shade: read only
    covered |= {e.id for e in elements if keyboard_window(e.package) and e.package != observation.package}
    screen.width = width
    for e in elements:
        if not _on_screen(e, width, height) or not in_front and _NAV_BUTTON.search(e.resource_id or ""):
            continue  # scrolled out of view or parked at [0,0][0,0]; the navigation bar's keys: back and home are actions
        if e.id in covered:
            said = merge(own_parts(e) + child_texts.get(e.id, [])) if _can_act(e) or owner.get(e.id, -1) < 0 else ""
            if said:
                screen.lines.append(f"    {said}")
        elif _can_act(e):
            _list_element(screen, tree, e, child_texts.get(e.id, []), enabled)
        elif owner.get(e.id, -1) < 0 and (e.text or e.content_desc) and (in_front or e.package != SYSTEM_UI):
            screen.placed[len(screen.lines)] = [e.bounds.left, e.bounds.top, e.bounds.right, e.bounds.bottom]
            screen.lines.append(f"    {merge(said_lines(e.text) + said_lines(e.content_desc))}")
    screen.aliases = {e: o for e, o in owner.items() if o >= 0 and o in screen.locators and e not in screen.locators}
    drop_positions(screen)
    if modal:  # a dialog's taps, left to right (its ids, where any, say their roles first: agents/dialog_roles.py);
        bars = {e.id for e in elements if system_window(e.package)}  # nor the system's bars, nor a keyboard's keys
        screen.dialog = sorted((i for i in screen.actionable if i in screen.bounds and i not in bars),
                               key=lambda i: screen.bounds[i][0])
    if observation.screenshot and _needs_ocr(screen, tree, elements):
        _merge_ocr(screen, observation, ocr, first_id=len(elements))
    return screen


def in_reading_order(elements: list[Element]) -> list[Element]:
    return [elements[i] for i in reading_order((e.id, (e.bounds.left, e.bounds.top, e.bounds.right, e.bounds.bottom))
                                               for e in elements)]


def _on_screen(e: Element, width: int, height: int) -> bool:
    b = e.bounds
    return b.right > 0 and b.bottom > 0 and b.left < width and b.top < height


def _visible_first(e: Element, own: list[str], folded: list[str]) -> list[str]:
    """A control's parts, its name first: the one child text that opens its own longer description ("Route" under
    "Route naar Albert Heijn", Compose's merged semantics) is the name it shows, as a classic button's own text is."""
    if e.text or not e.content_desc or len(folded) != 1:  # a button's one text, not a row's several
        return own + folded
    said = normalize(e.content_desc)
    shown = [f for f in folded if normalize(f) and said.startswith(normalize(f))]
    return shown + own + [f for f in folded if f not in shown]


def _list_element(screen: Screen, tree: Tree, e: Element, folded: list[str], enabled: set[int]) -> None:
    label = merge(_visible_first(e, own_parts(e, folded), folded))
    borrowed = False
    if not label or is_bare_state(e):
        title = tree.borrowed(e, enabled)
        borrowed = not label and bool(title)
        label = f"{title}: {label}" if title and label else title
    label = label or id_words(e.resource_id)
    if not label and not e.scrollable:
        if not e.is_editable:
            return
        label = "text field"
    kind = e.cls.rsplit(".", 1)[-1]
    flags = _flags(e, borrowed)
    value = f' = "{cap(display(e.text), 60)}"' if e.is_editable and e.text and not e.password else ""
    screen.lines.append(f"[{e.id}] {kind} \"{label}\"{value}" + (f" ({flags})" if flags else ""))
    screen.labels[e.id] = label
    if not e.enabled:
        screen.disabled.append(e.id)
        return
    screen.actionable.append(e.id)
    screen.locators[e.id] = _locator(e)
    screen.bounds[e.id] = [e.bounds.left, e.bounds.top, e.bounds.right, e.bounds.bottom]
    context = tree.context(e, enabled)
    if context:
        screen.context[e.id] = context
    if borrowed:
        screen.borrowed.append(e.id)
    if e.checkable:
        screen.checked[e.id] = e.checked
    if e.is_editable:
        screen.editable[e.id] = e.text


_CANVAS = ("WebView", "SurfaceView", "TextureView", "GLSurfaceView")


def _needs_ocr(screen: Screen, tree: Tree, elements: list[Element]) -> bool:
    """Nothing labelled on screen, or a canvas (WebView, SurfaceView) over much of it with no
    labelled node inside: the words are in the pixels."""
    own = [i for i in screen.actionable if i not in screen.borrowed and screen.labels.get(i)]
    if not own and not any(line.startswith("    ") for line in screen.lines):
        return True
    area = max(e.bounds.width * e.bounds.height for e in elements)
    for e in elements:
        big = e.bounds.width * e.bounds.height >= 0.4 * area
        if big and e.cls.endswith(_CANVAS) and not tree.texts(e.id, -1) and not (e.text or e.content_desc):
            return True
    return False


def _merge_ocr(screen: Screen, observation: Observation, ocr: Any, *, first_id: int) -> None:
    """Add the screenshot's text boxes as tap targets (ids after the tree's, tapped by their center)."""
    boxes = read_text_boxes(observation.screenshot or b"", ocr)
    for offset, (text, bounds) in enumerate(boxes):
        element_id = first_id + offset
        screen.lines.append(f"[{element_id}] Text \"{cap(display(text))}\" (read from the screenshot)")
        screen.actionable.append(element_id)
        screen.labels[element_id] = cap(display(text))
        screen.bounds[element_id] = bounds
        screen.from_ocr.append(element_id)
    screen.source = "tree+ocr" if first_id else "ocr"


def read_text_boxes(png: bytes, ocr: Any = None) -> list[tuple[str, list[int]]]:
    """(text, [left, top, right, bottom]) of each text box OCR finds in ``png`` (read once per image:
    redacting the same screenshot later reuses the read)."""
    return [(text, [box.left, box.top, box.right, box.bottom]) for box, text in ocr_lines(png, ocr=ocr)]


def perceive_ocr(observation: Observation, *, ocr: Any = None) -> Screen:
    """No UI tree at all: the screenshot's text boxes are the screen, each a tap target."""
    digest = hashlib.blake2b(observation.screenshot or b"", digest_size=12).hexdigest()
    screen = Screen(package=observation.package, digest=digest, lines=[], actionable=[], source="ocr",
                    keyboard_shown=observation.keyboard_shown)
    _merge_ocr(screen, observation, ocr, first_id=0)
    return screen


def locator_for(screen: Screen, element_id: int | None) -> Locator | None:
    if element_id is None or element_id not in screen.locators:
        return None
    return Locator(**screen.locators[element_id])
