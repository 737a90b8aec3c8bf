"""A modal dialog on top: the screen behind it takes no taps.

Android draws a dialog as a window over the screen that opened it, with a scrim that swallows
touches outside the dialog. A dump of several windows (or a hand-written one) still lists the
screen behind: its "Uninstall" or "Delete" button sits there, untouchable, while the dialog asks
about the very same thing. Only the dialog's own controls are actions.

A dialog is known by Android's AlertDialog ids (``alertTitle``, ``parentPanel``, ``buttonPanel``,
``button1..3``, in the framework's or AppCompat's namespace; the permission controller's ``grant_dialog``) or a bottom sheet's
(``design_bottom_sheet``). Its card is the highest ancestor narrower than the screen (a bottom
sheet: the sheet itself), a container holding every such id; with no id, its geometry (agents/dialog_shape.py: a card in
a window of its own, a sheet drawn right after its scrim in the page's window, or a card on a bare layer drawn over the page in its window). Behind it: every element outside the card in a window that spans the
card (the keyboard's window does not; the status bar is the system's). Nothing is behind when no
card is found.
"""

from __future__ import annotations

from ..device.types import Element
from .dialog_shape import layer_card, scrim_sheet, shaped_card

DIALOG_IDS = frozenset({"alertTitle", "parentPanel", "buttonPanel", "button1", "button2", "button3",
                        "grant_dialog"})  # the permission controller's card
SHEET_IDS = frozenset({"design_bottom_sheet"})
SYSTEM_UI = "com.android.systemui"


def _tail(e: Element) -> str:
    return e.resource_id.rsplit("/", 1)[-1]


def card(elements: list[Element], width: int) -> Element | None:
    """The dialog's card (its highest ancestor narrower than the screen), or None."""
    by_id = {e.id: e for e in elements}
    sheet = next((e for e in elements if _tail(e) in SHEET_IDS), None)
    if sheet is not None:
        return sheet
    markers = [e for e in elements if _tail(e) in DIALOG_IDS and e.package != SYSTEM_UI]
    if not markers:
        # no id marks it: its geometry may (agents/dialog_shape.py), or a sheet's scrim in its own window
        return shaped_card(elements, width) or scrim_sheet(elements, width) or layer_card(elements, width)
    found = None
    node: Element | None = markers[0]
    while node is not None:
        if node.bounds.left > 0 and node.bounds.right < width:
            found = node if node.bounds.width > 0 else found
        else:
            break  # a full-width ancestor: the window or the screen
        node = by_id.get(node.parent) if node.parent is not None else None
    if found is None or _clickable(found) or not all(_holds(found, m, by_id) for m in markers):
        return None  # a lone button with a dialog's id is no dialog
    return found


def _clickable(e: Element) -> bool:
    return e.clickable or e.checkable or e.is_editable


def _holds(ancestor: Element, e: Element, by_id: dict[int, Element]) -> bool:
    node: Element | None = e
    while node is not None and node.id != ancestor.id:
        node = by_id.get(node.parent) if node.parent is not None else None
    return node is not None


def _root(e: Element, by_id: dict[int, Element]) -> Element:
    while e.parent is not None and e.parent in by_id:
        e = by_id[e.parent]
    return e


def behind(elements: list[Element], width: int) -> set[int]:
    """Ids of the elements a modal dialog covers (empty when no dialog shows)."""
    top = card(elements, width)
    if top is None:
        return set()
    by_id = {e.id: e for e in elements}
    inside = {top.id}
    for e in elements:  # pre-order: a parent comes before its children
        if e.parent in inside:
            inside.add(e.id)
    c = top.bounds
    out = set()
    for e in elements:
        if e.id in inside or e.package == SYSTEM_UI:
            continue
        w = _root(e, by_id).bounds
        if w.left <= c.left and c.right <= w.right and w.top <= c.top and c.bottom <= w.bottom:
            out.add(e.id)
    return out
