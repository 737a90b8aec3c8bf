"""Page: the layout builder screens use. It stacks widgets top to bottom and computes bounds.

Every widget method appends a :class:`~.view.Node` (with the Android class, resource id and
flags a real app would have) and returns it. Sizes are in dp and scale with the screen width
(1080 px wide = 2.625 px per dp, like a Pixel). Resource ids given without a ``:`` are
prefixed with the app package: ``rid="search"`` becomes ``com.android.contacts:id/search``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from .skins import SKINS, Skin
from .view import Callback, Node

if TYPE_CHECKING:
    from .app import Screen

T = TypeVar("T")

TEXT = "android.widget.TextView"
BUTTON = "android.widget.Button"
IMAGE_BUTTON = "android.widget.ImageButton"
EDIT = "android.widget.EditText"
LINEAR = "android.widget.LinearLayout"
FRAME = "android.widget.FrameLayout"
GROUP = "android.view.ViewGroup"
RECYCLER = "androidx.recyclerview.widget.RecyclerView"


@dataclass(frozen=True, slots=True)
class Metrics:
    """Screen size and density (px per dp)."""

    width: int
    height: int

    @property
    def density(self) -> float:
        return self.width / 411.43

    def dp(self, value: float) -> int:
        return round(value * self.density)

    @property
    def status_bar(self) -> int:
        return self.dp(24)

    @property
    def keyboard(self) -> int:
        return round(self.height * 0.36)


@dataclass(frozen=True, slots=True)
class ToolbarAction:
    """An icon button in a toolbar: ``desc`` is its content-desc, ``icon`` a renderer hint."""

    desc: str
    on_click: Callback
    icon: str = ""
    rid: str = ""
    enabled: bool = True


class Page:
    """A vertical layout region inside ``container`` from ``top`` to ``bottom``."""

    def __init__(
        self,
        container: Node,
        *,
        metrics: Metrics,
        package: str,
        screen: Screen | None = None,
        left: int | None = None,
        top: int | None = None,
        right: int | None = None,
        bottom: int | None = None,
        skin: Skin = SKINS["classic"],
    ) -> None:
        b = container.bounds
        self.skin = skin
        self.container = container
        self.metrics = metrics
        self.package = package
        self.screen = screen
        self.left = b[0] if left is None else left
        self.top = b[1] if top is None else top
        self.right = b[2] if right is None else right
        self.bottom = b[3] if bottom is None else bottom
        self.y = self.top
        self._overlays: list[Node] = []

    # -- geometry -------------------------------------------------------------------------
    def dp(self, value: float) -> int:
        return self.metrics.dp(value)

    @property
    def remaining(self) -> int:
        return max(0, self.bottom - self.y)

    def rid(self, name: str) -> str:
        if not name or ":" in name:
            return name
        return self.skin.resource_id(f"{self.package}:id/{name}")

    def take(self, height: int) -> tuple[int, int, int, int]:
        """The bounds of the next ``height`` pixels down the page (less where the page ends); moves past them."""
        height = min(height, self.remaining)
        box = (self.left, self.y, self.right, self.y + height)
        self.y += height
        return box

    def _take_padded(self, height: int, pad_dp: float = 16) -> tuple[int, int, int, int]:
        """Like :meth:`take` but inset left and right (fields and buttons are not edge to edge)."""
        l, t, r, b = self.take(height)
        pad = self.dp(pad_dp) if r - l > self.dp(4 * pad_dp) else 0
        return (l + pad, t, r - pad, b)

    def _add(self, node: Node) -> Node:
        return self.container.add(node)

    def space(self, dp: float) -> None:
        self.take(self.dp(dp))

    def sub(self, node: Node, *, screen: Screen | None = None, pad: float = 0) -> Page:
        """A page that lays out inside ``node`` (already placed), with ``pad`` dp inset."""
        p = self.dp(pad)
        l, t, r, b = node.bounds
        return Page(node, metrics=self.metrics, package=self.package, screen=screen or self.screen,
                    left=l + p, top=t, right=r - p, bottom=b, skin=self.skin)

    def box(self, height_dp: float, *, cls: str = LINEAR, rid: str = "", style: str = "",
            pad: float = 16, **flags: object) -> Page:
        """A container row of the given height; returns a page to fill it."""
        node = self._add(Node(cls=cls, bounds=self.take(self.dp(height_dp)), rid=self.rid(rid),
                              style=style, **flags))  # type: ignore[arg-type]
        return self.sub(node, pad=pad)

    def columns(self, height_dp: float, count: int, *, rid: str = "") -> list[Page]:
        """``count`` equal side-by-side cells in one row; returns a page per cell."""
        row = self._add(Node(cls=LINEAR, bounds=self.take(self.dp(height_dp)), rid=self.rid(rid)))
        l, t, r, b = row.bounds
        width = (r - l) / count
        cells = []
        for i in range(count):
            cell = row.add(Node(cls=FRAME, bounds=(round(l + i * width), t, round(l + (i + 1) * width), b)))
            cells.append(self.sub(cell))
        return cells

    # -- widgets --------------------------------------------------------------------------
    def toolbar(self, title: str, *, back: Callback | None = None,
                actions: Sequence[ToolbarAction] = (), rid: str = "toolbar") -> Node:
        bar = self._add(Node(cls=GROUP, bounds=self.take(self.dp(64)), rid=self.rid(rid), style="toolbar"))
        l, t, r, b = bar.bounds
        x = l + self.dp(4)
        size = self.dp(48)
        mid = (t + b) // 2
        if back is not None:
            bar.add(Node(cls=IMAGE_BUTTON, desc="Navigate up", bounds=(x, mid - size // 2, x + size, mid + size // 2),
                         clickable=True, focusable=True, on_click=back, icon="back"))
            x += size + self.dp(8)
        else:
            x += self.dp(12)
        right = r - self.dp(4)
        buttons = []
        for action in reversed(actions):
            buttons.append(Node(cls=IMAGE_BUTTON, desc=action.desc, rid=self.rid(action.rid),
                                bounds=(right - size, mid - size // 2, right, mid + size // 2),
                                clickable=action.enabled, enabled=action.enabled, focusable=True,
                                on_click=action.on_click, icon=action.icon or action.desc.lower()))
            right -= size
        bar.add(Node(cls=TEXT, text=self.skin.say(title), bounds=(x, mid - self.dp(16), right, mid + self.dp(16)),
                     style="title"))
        bar.children.extend(reversed(buttons))
        return bar

    def text(self, text: str, *, rid: str = "", style: str = "body", height: float = 40, desc: str = "",
             on_click: Callback | None = None, selected: bool = False) -> Node:
        return self._add(Node(cls=TEXT, text=self.skin.say(text), desc=desc, rid=self.rid(rid),
                              bounds=self._take_padded(self.dp(height)),
                              style=style, clickable=on_click is not None, focusable=on_click is not None,
                              on_click=on_click, selected=selected))

    def edit(self, key: str, value: str, *, hint: str, on_change: Callable[[str], None], rid: str = "",
             on_submit: Callback | None = None, password: bool = False, height: float = 56,
             style: str = "edit") -> Node:
        """A text field. It is focused when ``screen.focus == key``; tapping it focuses it."""
        screen = self.screen
        focused = screen is not None and screen.focus == key

        def focus() -> None:
            if screen is not None:
                screen.focus = key

        shown = ("•" * len(value) if password else value) or ("" if self.skin.hint_attr else hint)
        return self._add(Node(cls=EDIT, text=shown, value=value, rid=self.rid(rid or key),
                              hint=hint if self.skin.hint_attr else "",
                              bounds=self._take_padded(self.dp(height)), clickable=True, focusable=True,
                              long_clickable=True, focused=focused, password=password, on_text=on_change,
                              on_submit=on_submit, on_focus=focus, on_click=focus,
                              style=style + (" hint" if not value else "")))

    def button(self, text: str, on_click: Callback, *, rid: str = "", desc: str = "", height: float = 48,
               enabled: bool = True, style: str = "button") -> Node:
        return self._add(Node(cls=BUTTON, text=self.skin.say(text), desc=desc, rid=self.rid(rid),
                              bounds=self._take_padded(self.dp(height)),
                              clickable=enabled, focusable=True, enabled=enabled, on_click=on_click, style=style))

    def action(self, label: str, on_click: Callback, *, rid: str = "", icon: str = "") -> Node:
        """An action cell (Call, Save, Directions). Compose skins draw an icon View with no text and
        the label as a sibling TextView below it; other skins a Button that says the label."""
        if not self.skin.compose_actions:
            return self.button(label, on_click, rid=rid)
        l, t, r, b = self.take(self.remaining)
        size, mid = self.dp(40), (l + r) // 2
        node = self._add(Node(cls="android.view.View", rid=self.rid(rid), clickable=True, focusable=True,
                              bounds=(mid - size // 2, t + self.dp(4), mid + size // 2, t + self.dp(4) + size),
                              on_click=on_click, icon=icon or label.lower(), style="icon_button"))
        self._add(Node(cls=TEXT, text=self.skin.say(label), bounds=(l, t + self.dp(44), r, b), style="caption center"))
        return node

    def webview(self, drawn: str, *, height: float = 120, rid: str = "") -> Node:
        """A WebView (a promo, a web page) whose text is in the pixels only: no labelled node."""
        return self._add(Node(cls="android.webkit.WebView", rid=self.rid(rid), bounds=self._take_padded(self.dp(height)),
                              focusable=True, drawn=drawn, style="webview"))

    def icon_button(self, desc: str, on_click: Callback, *, icon: str = "", rid: str = "",
                    height: float = 56, style: str = "icon_button") -> Node:
        return self._add(Node(cls=IMAGE_BUTTON, desc=desc, rid=self.rid(rid), bounds=self.take(self.dp(height)),
                              clickable=True, focusable=True, on_click=on_click, icon=icon or desc.lower(),
                              style=style))

    def switch(self, title: str, checked: bool, on_toggle: Callback, *, rid: str = "", summary: str = "",
               height: float = 72, on_open: Callback | None = None) -> Node:
        """A settings row with a switch at its end; the skin decides how the switch reads.

        classic: the Switch says its title and state (``"Wi-Fi: ON"``) and the row flips it.
        compose: the switch is an unlabelled checkable View; its title is a sibling TextView.
        desc: the Switch is known by content-desc with text ``ON``/``OFF``. With ``on_open`` the
        row opens a page and only the switch flips (a vendor's "Wi‑Fi" row in Connections).
        """
        title, summary = self.skin.say(title), self.skin.say(summary)
        row = self._add(Node(cls=LINEAR, bounds=self.take(self.dp(height)), clickable=True, focusable=True,
                             on_click=on_open or on_toggle))
        l, t, r, b = row.bounds
        pad = self.dp(16)
        text_right = r - self.dp(80)
        if summary:
            row.add(Node(cls=TEXT, text=title, rid="android:id/title", bounds=(l + pad, t + self.dp(12), text_right,
                                                                            t + self.dp(40)), style="body"))
            row.add(Node(cls=TEXT, text=summary, rid="android:id/summary",
                         bounds=(l + pad, t + self.dp(40), text_right, b - self.dp(8)), style="caption"))
        else:
            row.add(Node(cls=TEXT, text=title, rid="android:id/title",
                         bounds=(l + pad, t, text_right, b), style="body"))
        mid = (t + b) // 2
        box = (r - self.dp(72), mid - self.dp(16), r - pad, mid + self.dp(16))
        separate = on_open is not None
        if self.skin.switch == "compose":
            row.add(Node(cls="android.view.View", rid="", bounds=box, checkable=True, checked=checked,
                         clickable=separate, focusable=separate, on_click=on_toggle if separate else None,
                         style="switch"))
        elif self.skin.switch == "desc":
            row.add(Node(cls="android.widget.Switch", text="ON" if checked else "OFF", desc=title,
                         rid="android:id/switch_widget", bounds=box, checkable=True, checked=checked,
                         clickable=separate, focusable=True, on_click=on_toggle if separate else None,
                         style="switch"))
        else:
            row.add(Node(cls="android.widget.Switch", text=f"{title}: {'ON' if checked else 'OFF'}", desc=title,
                         rid=self.rid(rid or "switch_widget"), bounds=box, checkable=True,
                         checked=checked, focusable=True, style="switch"))
        return row

    def slider(self, label: str, fraction: float, on_change: Callable[[float], None], *, rid: str = "",
               value_text: str = "", step: float = 0.1) -> Node:
        """A labelled SeekBar. Swipe right/left moves it by ``step``; a tap sets it where it lands."""
        self.text(label, style="body", height=32)
        fraction = min(1.0, max(0.0, fraction))

        def scroll(direction: str) -> bool:
            delta = {"right": step, "left": -step}.get(direction)
            if delta is None:
                return False
            new = min(1.0, max(0.0, round(fraction + delta, 6)))
            if new == fraction:
                return False
            on_change(new)
            return True

        return self._add(Node(cls="android.widget.SeekBar", text=value_text or f"{fraction * 100:.0f}",
                              desc=label, rid=self.rid(rid), bounds=self.take(self.dp(48)), clickable=True,
                              focusable=True, scrollable=True, on_scroll=scroll, on_tap_at=on_change,
                              level=fraction, style="slider"))

    def item(self, title: str, subtitle: str = "", *, on_click: Callback | None = None,
             on_long_click: Callback | None = None, rid: str = "", icon: str = "", height: float = 72,
             desc: str = "", selected: bool = False, avatar: str = "") -> Node:
        """A list row: title and optional subtitle, optional leading icon or letter avatar."""
        title, subtitle = self.skin.say(title), self.skin.say(subtitle)
        row = self._add(Node(cls=LINEAR, bounds=self.take(self.dp(height)), rid=self.rid(rid), desc=desc,
                             clickable=on_click is not None, focusable=on_click is not None,
                             long_clickable=on_long_click is not None, on_click=on_click,
                             on_long_click=on_long_click, selected=selected, style="item"))
        l, t, r, b = row.bounds
        x = l + self.dp(16)
        if icon or avatar:
            size = self.dp(40)
            mid = (t + b) // 2
            row.add(Node(cls="android.widget.ImageView", text="", desc="", icon=icon, style="avatar" if avatar else "icon",
                         bounds=(x, mid - size // 2, x + size, mid + size // 2), value=avatar))
            x += size + self.dp(16)
        right = r - self.dp(16)
        if subtitle:
            row.add(Node(cls=TEXT, text=title, rid="android:id/title", bounds=(x, t + self.dp(10), right, t + self.dp(38)),
                         style="body"))
            row.add(Node(cls=TEXT, text=subtitle, rid="android:id/summary",
                         bounds=(x, t + self.dp(38), right, b - self.dp(8)), style="caption"))
        else:
            row.add(Node(cls=TEXT, text=title, rid="android:id/title", bounds=(x, t, right, b), style="body"))
        return row

    def scroll_list(self, rid: str, items: Sequence[T], render: Callable[[Page, T, int], None], *,
                    row_height: float = 72, empty_text: str = "", height: float | None = None) -> Node:
        """A RecyclerView showing only the rows that fit; swipe up/down pages through the rest.

        The first visible index is kept in ``screen.scroll[rid]``; ``render(row_page, item,
        index)`` fills one row (call e.g. ``row_page.item(...)``; it is given the row height).
        """
        box = self.take(self.dp(height) if height is not None else self.remaining)
        full_rid = self.rid(rid)
        node = self._add(Node(cls=RECYCLER, rid=full_rid, bounds=box, scrollable=len(items) > 0, style="list"))
        row_px = self.dp(row_height * self.skin.row_scale)
        visible = max(1, (box[3] - box[1]) // row_px)
        screen = self.screen
        scroll = screen.scroll if screen is not None else {}
        last_start = max(0, len(items) - visible)
        start = min(scroll.get(full_rid, 0), last_start)
        if not items and empty_text:
            node.add(Node(cls=TEXT, text=empty_text, bounds=(box[0], box[1], box[2], box[1] + self.dp(56)),
                          style="caption center"))
        inner = self.sub(node)
        for index in range(start, min(len(items), start + visible)):
            cell = Page(node, metrics=self.metrics, package=self.package, screen=screen, left=box[0], right=box[2],
                        top=inner.y, bottom=inner.y + row_px, skin=self.skin)
            inner.y += row_px
            render(cell, items[index], index)

        def on_scroll(direction: str) -> bool:
            step = max(1, visible - 1)
            if direction == "down":
                new = min(last_start, start + step)
            elif direction == "up":
                new = max(0, start - step)
            else:
                return False
            if new == start:
                return False
            scroll[full_rid] = new
            return True

        node.on_scroll = on_scroll
        node.scrollable = last_start > 0
        return node

    def tabs(self, labels: Iterable[str], selected: str, on_select: Callable[[str], None], *,
             rid: str = "tabs", height: float = 56) -> Node:
        row = self._add(Node(cls="android.widget.HorizontalScrollView", rid=self.rid(rid),
                             bounds=self.take(self.dp(height)), style="tabs"))
        labels = list(labels)
        l, t, r, b = row.bounds
        width = (r - l) / max(1, len(labels))
        for i, label in enumerate(labels):
            row.add(Node(cls=TEXT, text=label, desc=label, bounds=(round(l + i * width), t, round(l + (i + 1) * width), b),
                         clickable=True, focusable=True, selected=label == selected,
                         on_click=lambda label=label: on_select(label), style="tab"))
        return row

    def fab(self, desc: str, on_click: Callback, *, icon: str = "add", rid: str = "fab") -> Node:
        """A floating action button at the bottom right, drawn (and hit-tested) above the page."""
        size = self.dp(56)
        right = self.right - self.dp(16)
        bottom = self.bottom - self.dp(16)
        node = Node(cls=IMAGE_BUTTON, desc=desc, rid=self.rid(rid), bounds=(right - size, bottom - size, right, bottom),
                    clickable=True, focusable=True, on_click=on_click, icon=icon, style="fab")
        self._overlays.append(node)
        return node

    def finish(self) -> None:
        """Append overlays (FABs) after the content so they come last in the tree."""
        self.container.children.extend(self._overlays)
        self._overlays.clear()
