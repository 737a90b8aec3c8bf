"""System UI drawn around apps: status bar, notification shade, dialogs, heads-up, toasts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .app import Dialog, DialogButton, Notification
from .page import BUTTON, FRAME, LINEAR, TEXT, Page
from .view import Node

if TYPE_CHECKING:
    from .runtime import SimDevice

SYSTEMUI = "com.android.systemui"


@dataclass
class SystemUi:
    """What the phone draws over its apps right now; the simulator and its surprises change it."""

    dialogs: list[Dialog] = field(default_factory=list)
    heads_up: Notification | None = None
    heads_up_ttl: int = 0
    toast: str | None = None
    toast_fresh: bool = False  # set during the current action: shown until the next one
    loading: bool = False
    shade_open: bool = False


def build_status_bar(device: SimDevice) -> Node:
    m = device.metrics
    height = m.status_bar
    bar = Node(cls=FRAME, rid=f"{SYSTEMUI}:id/status_bar", package=SYSTEMUI, bounds=(0, 0, m.width, height),
               style="status_bar")
    pad = m.dp(16)
    clock = device.now.strftime("%H:%M")
    bar.add(Node(cls=TEXT, text=clock, rid=f"{SYSTEMUI}:id/clock", package=SYSTEMUI,
                 bounds=(pad, 0, pad + m.dp(56), height), style="status"))
    icons: list[tuple[str, str]] = []
    for app in device.apps.values():
        icons.extend(app.status_icons())
    icons.append(("Battery 82 percent.", "battery"))
    size = m.dp(20)
    right = m.width - pad
    top = (height - size) // 2
    nodes = []
    for desc, icon in reversed(icons):
        nodes.append(Node(cls="android.widget.ImageView", desc=desc, package=SYSTEMUI, icon=icon,
                          bounds=(right - size, top, right, top + size), style="status_icon"))
        right -= size + m.dp(6)
    bar.children.extend(reversed(nodes))
    return bar


def build_shade(device: SimDevice, page: Page) -> None:
    """The pulled-down shade: quick-settings tiles, then notifications, then Clear all."""
    tiles = [tile for app in device.apps.values() for tile in app.quick_tiles()]
    for start in range(0, len(tiles), 4):
        cells = page.columns(88, 4, rid="quick_settings")
        for cell, tile in zip(cells, tiles[start:start + 4]):
            cell.container.add(Node(
                cls="android.widget.Switch", text=tile.label, desc=f"{tile.label}, {'on' if tile.on else 'off'}",
                bounds=_inset(cell.container.bounds, device.metrics.dp(6)), clickable=True, focusable=True,
                checkable=True, checked=tile.on, on_click=tile.toggle, icon=tile.icon, style="tile"))
    page.space(8)
    if not device.notifications:
        page.text("No notifications", style="caption center", height=56, rid="no_notifications")
        return
    for notification in list(reversed(device.notifications))[:8]:
        app = device.apps.get(notification.app)
        page.item(notification.title, notification.text, rid="notification_row",
                  icon=app.icon if app else "", height=80, desc=f"{app.label if app else ''} notification",
                  on_click=lambda n=notification: device.open_notification(n))
    page.button("Clear all", device.notifications.clear, rid="clear_all", style="text_button")


def build_dialog(device: SimDevice, dialog: Dialog, root: Node) -> None:
    """A modal dialog window: only the dialog is in the dump (the screen below is not reachable)."""
    m = device.metrics
    lines = max(1, len(dialog.message) // 34 + 1) if dialog.message else 0
    title_lines = len(dialog.title) // 24 + 1
    extra = len(dialog.buttons) - (1 if dialog.stacked else 2)  # buttons beyond the first row
    height = m.dp(44 + 30 * title_lines + 28 * lines + 64) + m.dp(48) * max(0, extra)
    left, right = m.dp(28), m.width - m.dp(28)
    top = (m.height - height) // 2
    box = root.add(Node(cls=FRAME, rid="android:id/content", package=dialog.package,
                        bounds=(left, top, right, top + height), style="dialog"))
    page = Page(box, metrics=m, package=dialog.package, left=left + m.dp(24), right=right - m.dp(24))
    page.space(20)
    box.add(Node(cls=TEXT, text=dialog.title, rid=dialog.rid, bounds=page.take(m.dp(30 * title_lines)),
                 style="title wrap"))
    if dialog.message:
        box.add(Node(cls=TEXT, text=dialog.message, rid="android:id/message", bounds=page.take(m.dp(28 * lines)),
                     style="body wrap"))
    page.space(8)
    row = box.add(Node(cls=LINEAR, bounds=(left, page.y, right, top + height), rid="android:id/buttonPanel"))

    def press(button: DialogButton) -> Callable[[], None]:
        def run() -> None:
            if dialog in device.ui.dialogs:
                device.ui.dialogs.remove(dialog)
            if button.on_click is not None:
                button.on_click()
        return run

    if dialog.stacked:  # full-width buttons one below another, first on top
        y = row.bounds[1]
        for button in dialog.buttons:
            row.add(Node(cls=BUTTON, text=button.text, rid=button.rid, bounds=(left + m.dp(16), y, right - m.dp(16),
                         y + m.dp(48)), clickable=True, focusable=True, on_click=press(button), style="text_button"))
            y += m.dp(48)
        return
    x = right - m.dp(16)
    buttons = []
    for i, button in enumerate(reversed(dialog.buttons)):  # the last is button1 (positive), drawn rightmost
        width = m.dp(max(72, 11 * len(button.text) + 32))
        buttons.append(Node(cls=BUTTON, text=button.text, rid=button.rid or f"android:id/button{i + 1}",
                            bounds=(x - width, row.bounds[1], x, row.bounds[1] + m.dp(48)), clickable=True,
                            focusable=True, on_click=press(button), style="text_button"))
        x -= width + m.dp(8)
    row.children.extend(reversed(buttons))


def build_overlays(device: SimDevice, root: Node) -> None:
    """Heads-up notification and toast, drawn above everything (last in the tree)."""
    m = device.metrics
    note = device.ui.heads_up
    if note is not None and not device.ui.shade_open:
        app = device.apps.get(note.app)
        top = m.status_bar + m.dp(8)
        card = root.add(Node(cls=FRAME, rid=f"{SYSTEMUI}:id/heads_up", package=SYSTEMUI, clickable=True,
                             focusable=True, desc=f"{app.label if app else note.app} notification",
                             bounds=(m.dp(8), top, m.width - m.dp(8), top + m.dp(80)), style="heads_up",
                             on_click=lambda: device.open_notification(note), icon=app.icon if app else ""))
        page = Page(card, metrics=m, package=SYSTEMUI, left=card.bounds[0] + m.dp(64), right=card.bounds[2] - m.dp(16))
        page.space(10)
        page.text(note.title, rid="android:id/title", style="body bold", height=28)
        page.text(note.text, rid="android:id/text", style="caption", height=28)
    if device.ui.toast:
        width = min(m.width - m.dp(48), m.dp(24 + 9 * len(device.ui.toast)))
        bottom = m.height - m.dp(96)
        root.add(Node(cls="android.widget.Toast", text=device.ui.toast, package=SYSTEMUI, style="toast",
                      bounds=((m.width - width) // 2, bottom - m.dp(48), (m.width + width) // 2, bottom)))


def _inset(box: tuple[int, int, int, int], by: int) -> tuple[int, int, int, int]:
    return (box[0] + by, box[1] + by, box[2] - by, box[3] - by)


__all__ = ["build_dialog", "build_overlays", "build_shade", "build_status_bar"]
