"""A dialog told by its geometry when no AlertDialog id marks it (a Compose or Flutter dialog dumps none).

A dialog is a window of its own over the screen that opened it, holding one card: narrower than the screen,
centred across it, clear of the top and bottom bars, with a text and at most four buttons, and nothing to tap
outside it in its window but the bare scrim under it (a tap outside the card falls there), or drawn on a bare layer
over the page in the page's own window (Flutter's showDialog); or a modal bottom sheet, a panel across the screen's width risen from its foot. Another
window of an app lies under the card, or, where the app draws the sheet in its own window (Flutter's
showModalBottomSheet), its scrim: a bare control across the width from the top down to the panel, drawn just before it. Its buttons sit on one line at the
card's foot; the positive one is the last as the dialog's script reads (the right end, the left in Arabic,
Hebrew or Persian), unless its words say otherwise (agents/dialog_roles.py decides first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..device.types import Element
from ..unitext import RIGHT_TO_LEFT
from .dialog_roles import button_roles

if TYPE_CHECKING:
    from .perceptor import Screen

_SIDE = 0.05  # of the width: a card's sides are this much clear of the screen's, and this even
_BARS = 0.1  # of the height: a card clear of the top and bottom bars
_MAX_BUTTONS = 4
_KEYS = 10  # controls of one or two characters: a keyboard's keys
_KEYBOARDS = ("inputmethod", "keyboard", "honeyboard", "swiftkey", "touchtype", "gboard", "com.baidu.input", "omronsoft")
_SHEET_TOP = 0.25  # of the height: a sheet's top lies below the screen's top quarter
_OTHER = ("com.android.systemui", *_KEYBOARDS)
# The platform's services that raise a sheet over whatever app calls them: Google Play's in-app review and in-app
# update (Play Core), Play services' sign-in, account picker and password saving, the credential manager.
_OVER_ANY_APP = ("com.android.vending", "com.google.android.gms", "com.android.credentialmanager")


def system_window(package: str) -> bool:
    """The system's bars or a keyboard: windows that are no app's, neither a dialog nor what it covers."""
    return any(o in package for o in _OTHER)


def keyboard_window(package: str) -> bool:
    """A keyboard's window: its keys, toolbar and clipboard button type into the app in front, they are none of its
    controls (a Samsung Keyboard's "Área de transferência" is the clipboard, not a bank transfer)."""
    return any(k in package for k in _KEYBOARDS)


def _root(e: Element, by_id: dict[int, Element]) -> Element:
    while e.parent is not None and e.parent in by_id:
        e = by_id[e.parent]
    return e


def _acts(e: Element) -> bool:
    return e.clickable or e.checkable or e.is_editable


def shaped_card(elements: list[Element], width: int) -> Element | None:
    """The card of a dialog no id marks, by the geometry above, or None."""
    by_id = {e.id: e for e in elements}
    height = max((e.bounds.bottom for e in elements), default=0)
    if not width or not height:
        return None
    roots: dict[int, list[Element]] = {}
    for e in elements:
        if not system_window(e.package):
            roots.setdefault(_root(e, by_id).id, []).append(e)
    if len(roots) < 2:
        return None
    parents = {e.parent for e in elements}
    for root_id, members in roots.items():
        found, under = _card_in(members, width, height, parents), [o for o in roots if o != root_id]
        if found is None:  # a sheet lies over a window of its own app (not a permission dialog's, a taskbar's)
            found = _sheet_in(members, width, height)
            under = [o for o in under if by_id[o].package == by_id[root_id].package or by_id[root_id].package in _OVER_ANY_APP]
        if found is not None and any(any(_acts(e) for e in roots[o]) and _spans(by_id[o], found) for o in under):
            return found
    return None


def _card_in(members: list[Element], width: int, height: int, parents: set[int | None]) -> Element | None:
    """The card of a dialog window: the controls it holds besides a barrier (a bare leaf spanning the card under it: the
    scrim a tap outside the card falls on, "touch_outside") are its buttons, every one inside it."""
    for c in members:  # pre-order: the highest card first
        b = c.bounds
        if _acts(c) or b.left < _SIDE * width or b.right > (1 - _SIDE) * width or \
                abs(b.left - (width - b.right)) > _SIDE * width or b.top < _BARS * height or b.bottom > (1 - _BARS) * height:
            continue
        acting = [e for e in members if _acts(e) and not _barrier(e, c, parents)]
        if not 1 <= len(acting) <= _MAX_BUTTONS:
            continue
        inside = [e for e in members if _within(e, c)]
        texts = any(not _acts(e) and (e.text or e.content_desc).strip() for e in inside if e is not c)
        if all(e in inside for e in acting) and (texts or _says(acting)):
            return c
    return None


def bar_window(members: list[Element], width: int, height: int) -> bool:
    """A window that is a bar: a strip across the screen's width no taller than the bars' band, its controls side by side
    on one line (a tab bar, a bottom app bar, a mini-player or a snackbar drawn in a window of its own). It covers nothing:
    no modal sheet, no popup menu (a menu stacks its items)."""
    if not members or not width or not height:
        return False
    b = members[0].bounds  # pre-order: the window's root first
    acting = [e for e in members if _acts(e)]
    return b.left <= _SIDE * width and b.right >= (1 - _SIDE) * width and b.height <= _BARS * height and len(acting) >= 2 \
        and all(a.bounds.top < o.bounds.bottom and o.bounds.top < a.bounds.bottom for a in acting for o in acting)


def _sheet_in(members: list[Element], width: int, height: int) -> Element | None:
    """A modal bottom sheet in its own window (Compose's ModalBottomSheet, Flutter's showModalBottomSheet): the
    highest panel across the screen's width, risen from its foot to below its top quarter, holding every control and
    text of its window (the rest is its scrim) and a text or two controls; never a keyboard (a grid of keys of a character or two, whatever its
    package is called)."""
    acting = [e for e in members if _acts(e)]
    keys = sum(0 < len((e.text or e.content_desc).strip()) <= 2 for e in acting)  # a row saying nothing itself is no key
    if not acting or keys >= _KEYS or bar_window(members, width, height):  # (keyboards known by package never form a
        return None  # window here: shaped_card); a tab bar in a window of its own is no sheet
    for c in members:  # pre-order: the highest panel first
        b = c.bounds
        if _acts(c) or b.left > _SIDE * width or b.right < (1 - _SIDE) * width or \
                not _SHEET_TOP * height <= b.top or b.bottom < (1 - _BARS) * height:
            continue
        inside = [e for e in members if _within(e, c)]
        texts = any(not _acts(e) and (e.text or e.content_desc).strip() for e in inside if e is not c)
        bare = not any((e.text or e.content_desc).strip() for e in members if e not in inside)  # the rest: scrim
        if all(e in inside for e in acting) and bare and (texts or len(acting) >= 2):
            return c
    return None


def scrim_sheet(elements: list[Element], width: int) -> Element | None:
    """A modal bottom sheet drawn in the page's own window (Flutter's, with its page hidden or not): the panel across
    the width from below the top quarter to the foot, holding a text and a control or two controls, right after its
    sibling scrim, a clickable element with no children and no text across the width from the top to the panel's
    top (the barrier a tap outside the sheet falls on, "Dismiss" to a screen reader)."""
    height = max((e.bounds.bottom for e in elements), default=0)
    if not width or not height:
        return None
    parents = {e.parent for e in elements}
    for k, scrim in enumerate(elements):
        b = scrim.bounds
        if not scrim.clickable or scrim.id in parents or scrim.text.strip() or system_window(scrim.package) or \
                b.left > _SIDE * width or b.right < (1 - _SIDE) * width or b.top > _BARS * height:
            continue
        panel = next((e for e in elements[k + 1:] if e.parent == scrim.parent), None)
        if panel is None or _acts(panel) or abs(panel.bounds.top - b.bottom) > 0.02 * height or \
                panel.bounds.top < _SHEET_TOP * height or panel.bounds.bottom < (1 - _BARS) * height or \
                panel.bounds.left > _SIDE * width or panel.bounds.right < (1 - _SIDE) * width:
            continue
        inside = [e for e in elements if e is not panel and _within(e, panel) and not system_window(e.package)]
        acting = [e for e in inside if _acts(e)]
        texts = any(not _acts(e) and (e.text or e.content_desc).strip() for e in inside)
        if acting and (texts or len(acting) >= 2):
            return panel
    return None


def layer_card(elements: list[Element], width: int) -> Element | None:
    """A dialog drawn in the page's own window (Flutter's showDialog, a WebView's modal): a bare layer spanning the
    page drawn before it under the same parent, the last drawn there, holding nothing but a card (as in a window of its
    own, above) while the page under it holds controls."""
    height = max((e.bounds.bottom for e in elements), default=0)
    if not width or not height:
        return None
    by_id = {e.id: e for e in elements}
    parents = {e.parent for e in elements}
    kids: dict[int | None, list[Element]] = {}
    for e in elements:
        kids.setdefault(e.parent, []).append(e)
    for parent, row in kids.items():
        if parent is None or len(row) < 2 or parent not in by_id:
            continue
        layer, page = row[-1], row[-2]
        if _acts(layer) or (layer.text or layer.content_desc).strip() or system_window(layer.package) or \
                not _within(page, layer):
            continue
        members, below = _subtree(layer, elements), _subtree(page, elements)
        if any(_acts(e) for e in below):
            found = _card_in(members, width, height, parents)
            if found is not None:
                return found
    return None


def _subtree(top: Element, elements: list[Element]) -> list[Element]:
    inside, out = {top.id}, [top]
    for e in elements:  # pre-order: a parent comes before its children
        if e.parent in inside and e.id not in inside:
            inside.add(e.id)
            out.append(e)
    return out


def _barrier(e: Element, card: Element, parents: set[int | None]) -> bool:
    """A scrim: a leaf saying nothing that spans the card (drawn under it, it takes the taps outside the card)."""
    return e.id not in parents and not (e.text or e.content_desc).strip() and e is not card and _within(card, e)


def _says(acting: list[Element]) -> bool:
    return any((e.text or e.content_desc).count("\n") >= 1 for e in acting)  # a Flutter card's merged texts


def _within(e: Element, c: Element) -> bool:
    a, b = e.bounds, c.bounds
    return b.left <= a.left and a.right <= b.right and b.top <= a.top and a.bottom <= b.bottom


def _spans(window: Element, card: Element) -> bool:
    return _within(card, window)


def positive_by_place(screen: Screen, element: int) -> bool:
    """The last button of a dialog told by its geometry, as its script reads (see the module docstring)."""
    row = [i for i in screen.dialog if i not in screen.editable]
    if len(row) < 2 or element not in row:
        return False
    rtl = any(RIGHT_TO_LEFT.search(screen.labels.get(i, "")) for i in row)
    return element == (row[0] if rtl else row[-1])


def negative_by_place(screen: Screen, element: int) -> bool:
    """The other button of a two-button dialog told by its geometry: the dismissive one before the positive, unless
    the other one's words say it is the dismissive one ("Jetzt nicht" stacked under "Einschalten")."""
    row = [i for i in screen.dialog if i not in screen.editable]
    worded = [i for i in row if {"negative", "dismiss", "deny"} & set(button_roles(
        screen.labels.get(i, ""), screen.locators.get(i, {}).get("resource_id", "")))]
    return len(row) == 2 and element in row and not positive_by_place(screen, element) and worded in ([], [element])
