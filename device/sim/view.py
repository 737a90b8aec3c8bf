"""View nodes: what a screen declares, serialised to the XML ``uiautomator dump`` writes.

A :class:`Node` carries the attributes a real dump has (class, text, content-desc,
resource-id, bounds, flags) plus behaviour that never reaches the XML: callbacks the runtime
calls when an action lands on the node, and drawing hints for the screenshot renderer.
Element ids are the depth-first (pre-order) index of a node, the same order
:func:`cascadroid.device.uiautomator.parse_elements` numbers them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Callback = Callable[[], None]

_XML_HEADER = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>"
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;"})


@dataclass(eq=False, slots=True)
class Node:
    """One view. ``bounds`` is (left, top, right, bottom) in screen pixels."""

    cls: str = "android.view.View"
    bounds: tuple[int, int, int, int] = (0, 0, 0, 0)
    text: str = ""
    desc: str = ""
    rid: str = ""
    package: str = ""
    clickable: bool = False
    long_clickable: bool = False
    focusable: bool = False
    focused: bool = False
    scrollable: bool = False
    checkable: bool = False
    checked: bool = False
    enabled: bool = True
    selected: bool = False
    password: bool = False
    children: list[Node] = field(default_factory=list)
    # behaviour: called by the runtime, never serialised
    on_click: Callback | None = None
    on_long_click: Callback | None = None
    on_text: Callable[[str], None] | None = None  # EditText: receives the new full text
    on_submit: Callback | None = None  # EditText: the IME action key (search / send / done)
    on_scroll: Callable[[str], bool] | None = None  # direction -> moved?
    on_tap_at: Callable[[float], None] | None = None  # SeekBar: fraction 0..1 along its width
    on_focus: Callback | None = None  # EditText: make this the focused field
    value: str = ""  # EditText: the real content (``text`` shows the hint when empty)
    hint: str = ""  # written as the ``hint`` attribute (API 26+ dumps); empty: not written
    # drawing hints for the renderer
    style: str = ""
    icon: str = ""
    level: float | None = None  # SeekBar / progress fraction
    drawn: str = ""  # text only in the pixels (a WebView or canvas), never in the XML

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Node]:
        """This node and its descendants in pre-order (the element-id order)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    @property
    def is_editable(self) -> bool:
        return self.cls.endswith("EditText")

    def contains(self, x: int, y: int) -> bool:
        left, top, right, bottom = self.bounds
        return left <= x < right and top <= y < bottom


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _write(node: Node, index: int, package: str, out: list[str]) -> None:
    pkg = node.package or package
    left, top, right, bottom = node.bounds
    out.append(
        f'<node index="{index}" text="{node.text.translate(_ESCAPES)}" '
        f'resource-id="{node.rid}" class="{node.cls}" package="{pkg}" '
        f'content-desc="{node.desc.translate(_ESCAPES)}" checkable="{_flag(node.checkable)}" '
        f'checked="{_flag(node.checked)}" clickable="{_flag(node.clickable)}" '
        f'enabled="{_flag(node.enabled)}" focusable="{_flag(node.focusable)}" '
        f'focused="{_flag(node.focused)}" scrollable="{_flag(node.scrollable)}" '
        f'long-clickable="{_flag(node.long_clickable)}" password="{_flag(node.password)}" '
        f'selected="{_flag(node.selected)}" bounds="[{left},{top}][{right},{bottom}]"'
        + (f' hint="{node.hint.translate(_ESCAPES)}"' if node.hint else "")
    )
    if node.children:
        out.append(">")
        for i, child in enumerate(node.children):
            _write(child, i, pkg, out)
        out.append("</node>")
    else:
        out.append(" />")


def to_xml(*windows: Node, rotation: int = 0) -> str:
    """The dump: ``<hierarchy rotation=..>`` around each window's root node, top window first."""
    out = [_XML_HEADER, f'<hierarchy rotation="{rotation}">']
    for index, root in enumerate(windows):
        _write(root, index, root.package, out)
    out.append("</hierarchy>")
    return "".join(out)


def split_windows(root: Node, package: str) -> list[Node]:
    """A multi-window dump's roots: system-UI windows among ``root``'s children (the status bar)
    first, each its own window, then the app's window (``root`` without them; same node objects)."""
    system = [child for child in root.children if child.package and child.package != package
              and child.rid.endswith(":id/status_bar")]
    if not system:
        return [root]
    app = Node(cls=root.cls, bounds=root.bounds, package=root.package,
               children=[child for child in root.children if child not in system])
    return [*system, app]
