"""A composed simulator screen (:class:`Frame`) and the gestures that find and drive its nodes.

Pure functions of a frame: which node a tap or swipe aims at, which handler answers it, what
typing does to a field. :class:`~cascadroid.device.sim.runtime.SimDevice` checks element ids
against the parsed observation first and keeps the phone-level state (loading, dialogs, shade).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...errors import InvalidActionError
from ..types import TypeText
from .page import FRAME, Metrics, Page
from .systemui import SYSTEMUI, build_dialog, build_overlays, build_shade, build_status_bar
from .view import Node, split_windows, to_xml

if TYPE_CHECKING:
    from .runtime import SimDevice


@dataclass
class Frame:
    """One composed screen: the tree, its nodes in element-id order, and the XML."""

    root: Node
    nodes: list[Node]
    parents: list[int | None]
    xml: str
    package: str
    activity: str
    keyboard: bool
    modal: bool = False  # a dialog is shown (the screen below is drawn dimmed, not in the tree)


def flatten(node: Node, parent: int | None, nodes: list[Node], parents: list[int | None]) -> None:
    index = len(nodes)
    nodes.append(node)
    parents.append(parent)
    for child in node.children:
        flatten(child, index, nodes, parents)


def centered(m: Metrics, size: int) -> tuple[int, int, int, int]:
    cx, cy = m.width // 2, m.height // 2
    return (cx - size // 2, cy - size // 2, cx + size // 2, cy + size // 2)


def describe(node: Node) -> str:
    label = node.text or node.desc or next((n.text for n in node.walk() if n.text), "") or node.rid.rsplit("/", 1)[-1]
    short = node.cls.rsplit(".", 1)[-1]
    return f"{short} {label!r}" if label else short


def editable_ids(frame: Frame) -> list[int]:
    return [i for i, n in enumerate(frame.nodes) if n.is_editable and n.on_text is not None]


def compose_frame(device: SimDevice, *, with_dialog: bool = True) -> Frame:
    """Compose ``device``'s screen: system UI around the foreground app's top screen (or its dialog)."""
    m = device.metrics
    app = device.apps[device.foreground]
    screen = device.current_screen()
    package = SYSTEMUI if device.ui.shade_open else app.package
    root = Node(cls=FRAME, bounds=(0, 0, m.width, m.height), package=package)
    content = Node(cls=FRAME, rid="android:id/content", bounds=(0, m.status_bar, m.width, m.height))
    keyboard = modal = False
    activity = f"{app.package}/{type(screen).activity}"
    if device.ui.shade_open:
        root.add(content)
        build_shade(device, Page(content, metrics=m, package=SYSTEMUI))
        activity = f"{SYSTEMUI}/.NotificationShade"
    elif device.ui.loading:
        root.add(content)
        content.add(Node(cls="android.widget.ProgressBar", desc="Loading", rid=f"{app.package}:id/progress",
                         bounds=centered(m, m.dp(48)), style="spinner"))
    elif device.ui.dialogs and with_dialog:
        build_dialog(device, device.ui.dialogs[-1], root)
        modal = True
        package = root.package = device.ui.dialogs[-1].package
    else:
        keyboard = screen.focus is not None
        root.add(content)
        bottom = m.height - (m.keyboard if keyboard else 0)
        page = Page(content, metrics=m, package=app.package, screen=screen, bottom=bottom, skin=device.skin)
        screen.build(page)
        page.finish()
    root.children.insert(0, build_status_bar(device))
    build_overlays(device, root)
    windows = split_windows(root, package) if device.skin.windows else [root]
    nodes: list[Node] = []
    parents: list[int | None] = []
    for window in windows:
        flatten(window, None, nodes, parents)
    return Frame(root=root, nodes=nodes, parents=parents, xml=to_xml(*windows), package=package,
                 activity=activity, keyboard=keyboard, modal=modal)


def ancestors(frame: Frame, index: int) -> list[int]:
    """``index`` and the indices of its ancestors, innermost first."""
    chain: list[int] = []
    current: int | None = index
    while current is not None:
        chain.append(current)
        current = frame.parents[current]
    return chain


def target_index(frame: Frame, element: int | None, x: int | None, y: int | None, what: str, *,
                 width: int, height: int) -> int:
    """The node index an action aims at, from a (checked) element id or a point."""
    if (element is None) == (x is None or y is None):
        raise InvalidActionError(f"{what} needs either an element id or both x and y",
                                 hint="pass element=<id from the observation> or x=.., y=..")
    if element is not None:
        return element
    if x is None or y is None:  # pragma: no cover - checked above, narrows the type
        raise InvalidActionError(f"{what} needs both x and y")
    if not (0 <= x < width and 0 <= y < height):
        raise InvalidActionError(f"point ({x}, {y}) is outside the {width}x{height} screen",
                                 hint=f"use 0 <= x < {width} and 0 <= y < {height}")
    for index in range(len(frame.nodes) - 1, -1, -1):
        node = frame.nodes[index]
        if node.contains(x, y) and (node.on_click or node.on_long_click or node.on_tap_at or node.clickable):
            return index
    return 0


def press(frame: Frame, index: int, x: int | None, *, long: bool) -> str:
    """Tap (or long-press) node ``index``: a slider takes the point, else the nearest handler up the tree."""
    what = "long_press" if long else "tap"
    node = frame.nodes[index]
    if not long and node.on_tap_at is not None and x is not None:
        left, _, right, _ = node.bounds
        node.on_tap_at(min(1.0, max(0.0, (x - left) / max(1, right - left))))
        return f"set {node.desc or 'slider'}"
    for current in ancestors(frame, index):
        candidate = frame.nodes[current]
        handler = candidate.on_long_click if long else candidate.on_click
        if handler is not None and not candidate.enabled:
            return f"{describe(candidate)} is disabled; nothing happened"
        if handler is not None:
            handler()
            return f"{what} on {describe(candidate)}"
    return f"{describe(node)} does not respond to {what}; nothing happened"


def type_into(frame: Frame, action: TypeText) -> str:
    """Type into the (checked) element of ``action``, or into the focused field."""
    if action.element is not None:
        node = frame.nodes[action.element]
        if not node.is_editable or node.on_text is None:
            raise InvalidActionError(
                f"element {action.element} ({describe(node)}) is not a text field",
                hint=f"text fields on this screen: {editable_ids(frame) or 'none'}")
        if node.on_focus is not None:
            node.on_focus()
    else:
        found = next((n for n in frame.nodes if n.focused and n.is_editable and n.on_text), None)
        if found is None:
            raise InvalidActionError(
                "no text field is focused, so there is nowhere to type",
                hint=f"tap a text field first or pass its id; text fields: {editable_ids(frame) or 'none'}")
        node = found
    node.on_text(action.text if action.clear else node.value + action.text)  # type: ignore[misc]
    if action.submit and node.on_submit is not None:
        node.on_submit()
    return f"typed {action.text!r} into {node.rid or 'the field'}" + (" and submitted" if action.submit else "")


__all__ = ["Frame", "ancestors", "centered", "compose_frame", "describe", "editable_ids", "flatten", "press", "target_index",
           "type_into"]
