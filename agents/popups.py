"""An open popup menu, or the notification shade pulled down, covers the windows under it: they are read, never tapped.

A PopupMenu / ListPopupWindow (an overflow "more" menu, a sort dropdown, a Spinner's list), a Compose DropdownMenu
and a WebView's ``<select>`` list are each a window of their own, drawn over the app's window that opened them and
smaller than it. While one is open a tap outside it only closes it, and what lies under it is hidden: the rows, tabs
and bars of the window below take no taps. Such a popup is known by structure alone: a window of an app lying inside a
larger window of the same app, holding at least two controls (a menu's items: a lone tooltip or coach mark lets
touches through). A text field focused under it keeps it from covering anything: that list is the field's suggestions
(an AutoCompleteTextView's), opened while typing goes on.

The notification shade pulled down over an app is the system UI's window across most of the screen (not its status
bar or navigation bar strips), holding controls (notifications, quick settings tiles): the app's windows lie under it.
"""

from __future__ import annotations

from ..device.types import Element
from .dialog_shape import bar_window, system_window

SYSTEM_UI = "com.android.systemui"
_MENU_ITEMS = 2  # controls a popup holds at least
_SHADE = 0.5  # of the screen's height: a system window at least this tall is the shade, not a bar
_SLACK = 4  # px a popup's window may pass its owner's edge by (shadow insets)


def _acts(e: Element) -> bool:
    return e.enabled and (e.clickable or e.checkable or e.is_editable)


def _windows(elements: list[Element]) -> dict[int, list[Element]]:
    """Each window's root id -> its elements (pre-order: a root comes before its nodes)."""
    out: dict[int, list[Element]] = {}
    root: dict[int, int] = {}
    for e in elements:
        r = root.get(e.parent, e.id) if e.parent is not None else e.id
        root[e.id] = r
        out.setdefault(r, []).append(e)
    return out


def _inside(inner: Element, outer: Element) -> bool:
    a, b = inner.bounds, outer.bounds
    return (b.left - _SLACK <= a.left and a.right <= b.right + _SLACK and b.top - _SLACK <= a.top
            and a.bottom <= b.bottom + _SLACK)


def _area(e: Element) -> int:
    return max(e.bounds.width, 0) * max(e.bounds.height, 0)


def shade_down(elements: list[Element], height: int) -> bool:
    """The system UI's window across most of the screen, holding controls: the shade (or quick settings) is down."""
    windows = _windows(elements)
    by_id = {e.id: e for e in elements}
    return any(by_id[r].package == SYSTEM_UI and by_id[r].bounds.height >= _SHADE * height and any(_acts(e) for e in m)
               for r, m in windows.items())


def covered(elements: list[Element], height: int) -> set[int]:
    """Ids of the elements an open popup menu or the pulled-down shade covers (empty when neither shows)."""
    windows = _windows(elements)
    by_id = {e.id: e for e in elements}
    apps = {r: m for r, m in windows.items() if not system_window(by_id[r].package or "")}
    width = max((e.bounds.right for e in elements), default=0)
    out: set[int] = set()
    if shade_down(elements, height):
        for members in apps.values():
            out.update(e.id for e in members)
        return out
    for r, members in apps.items():
        popup = by_id[r]
        if sum(_acts(e) for e in members) < _MENU_ITEMS or bar_window(members, width, height):
            continue  # a tab bar in a window of its own: its tabs side by side, no menu
        for o, under in apps.items():
            owner = by_id[o]
            if o == r or owner.package != popup.package or _area(popup) >= _area(owner) or not _inside(popup, owner):
                continue
            if any(e.focused and e.is_editable for e in under):
                continue  # a field's suggestions, typed on
            out.update(e.id for e in under)
    return out
