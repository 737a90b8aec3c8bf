"""XCUITest page sources (Appium's XCUITest driver, iOS) parsed into the shared Element model.

An iOS page source is a tree of ``XCUIElementType*`` nodes under ``XCUIElementTypeApplication``
with ``type, name, label, value, enabled, visible, accessible, x, y, width, height``. The
element class is the type; ``label`` (else ``value``) is the text; ``name`` is kept as the
resource id when it is a developer identifier (``login_button``, ``com.apple.settings.wifi``)
and as the description when it is other words. Frames are in points, as Appium's gestures are.
Nodes with ``visible="false"`` (rows scrolled off screen) are left out; their children are kept.
A table, collection or scroll view is scrollable when its content (off-screen rows included)
reaches past its frame: the source does not say so itself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from ..errors import DeviceError
from ._android import label_from_package
from .types import IOS_TEXT_INPUTS, AppInfo, Bounds, Element, Observation

PREFIX = "XCUIElementType"
APPLICATION = f"{PREFIX}Application"
EDITABLE = frozenset(kind[len(PREFIX):] for kind in IOS_TEXT_INPUTS)
CLICKABLE = frozenset({
    "Button", "Cell", "Switch", "Toggle", "Link", "Tab", "MenuItem", "MenuBarItem", "Key", "Icon",
    "SegmentedControl", "Slider", "Stepper", "PickerWheel", "Picker", "DatePicker", "CheckBox",
    "RadioButton", "PopUpButton", "ComboBox", "PageIndicator", "Incrementor", "DisclosureTriangle",
})
CHECKABLE = frozenset({"Switch", "Toggle", "CheckBox", "RadioButton"})
SCROLLABLE = frozenset({"Table", "CollectionView", "ScrollView", "TextView", "WebView"})
_IDENTIFIER = re.compile(r"\S*(?:[._]|[a-z][A-Z])\S*|[a-z0-9]+(?:-[a-z0-9]+)+")  # login_button, wifiCell, search-pill


def element_type(node: ET.Element) -> str | None:
    """``XCUIElementTypeButton`` for a node the driver reports (by ``type``, else its tag)."""
    kind = node.attrib.get("type") or node.tag
    return kind if kind.startswith(PREFIX) else None


def is_xcuitest(xml: str) -> bool:
    """True when ``xml`` is an XCUITest page source rather than a UIAutomator dump."""
    head = xml[:4000]
    return f"<{APPLICATION}" in head or f'type="{APPLICATION}"' in head


def walk(root: ET.Element) -> Iterator[tuple[ET.Element, str, int | None, int]]:
    """``(node, xpath, parent id, depth)`` for each listed node, depth first; ids count from 0.

    The XPath is absolute and positional over the document as served, so a driver finds the
    same node again; :func:`parse_xcuitest` and the device's typing use this one walk.
    """
    count = 0

    def visit(node: ET.Element, path: str, parent: int | None, depth: int) -> Iterator[tuple]:
        nonlocal count
        seen: dict[str, int] = {}
        for child in node:
            seen[child.tag] = seen.get(child.tag, 0) + 1
            child_path = f"{path}/{child.tag}[{seen[child.tag]}]"
            if element_type(child) and child.attrib.get("visible", "true") != "false":
                own = count
                count += 1
                yield child, child_path, parent, depth
                yield from visit(child, child_path, own, depth + 1)
            else:
                yield from visit(child, child_path, parent, depth)

    if element_type(root):  # a source without the <AppiumAUT> wrapper: the application is the root
        count = 1
        yield root, f"/{root.tag}", None, 0
        yield from visit(root, f"/{root.tag}", 0, 1)
    else:
        yield from visit(root, f"/{root.tag}", None, 0)


def parse_root(xml: str) -> ET.Element:
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        raise DeviceError(
            f"the XCUITest page source is not valid XML ({exc})",
            hint="check the Appium XCUITest driver: the page source should be an <AppiumAUT> tree",
        ) from exc


def xcuitest_xpaths(xml: str) -> list[str]:
    """The XPath of each element, in the id order of :func:`parse_xcuitest`."""
    return [path for _node, path, _parent, _depth in walk(parse_root(xml))]


def _number(value: str | None) -> int:
    try:
        return round(float(value or 0))
    except ValueError:
        return 0


def _bounds(attrs: dict[str, str]) -> Bounds:
    x, y = _number(attrs.get("x")), _number(attrs.get("y"))
    return Bounds(left=x, top=y, right=x + _number(attrs.get("width")), bottom=y + _number(attrs.get("height")))


def _overflows(node: ET.Element) -> bool:
    """Whether any descendant's frame reaches outside ``node``'s frame (there is more to scroll to)."""
    frame = _bounds(node.attrib)
    for child in node.iter():
        if child is not node and element_type(child):
            box = _bounds(child.attrib)
            if box.width and box.height and (box.top < frame.top or box.bottom > frame.bottom
                                              or box.left < frame.left or box.right > frame.right):
                return True
    return False


def _texts(kind: str, attrs: dict[str, str], *, tab: bool) -> tuple[str, str, str]:
    """``(text, content_desc, resource_id)`` from label, value and name.

    A node other than static text that the driver marks ``accessible="false"`` (a window, a
    table, a bar, a decorative image) says nothing a person reads: its name is kept as the
    resource id only. A tab's value is its selection ("1"), not words.
    """
    name, label, value = (attrs.get(key, "").strip() for key in ("name", "label", "value"))
    if attrs.get("accessible") == "false" and kind not in CLICKABLE | EDITABLE | {"StaticText"}:
        return "", "", name
    if tab:
        value = ""
    placeholder = attrs.get("placeholderValue", "").strip()
    if kind in EDITABLE:  # the label names the field; the value is what is typed (or the placeholder)
        text = "" if value == placeholder else value
        described = label
    else:
        text = label or ("" if kind in CHECKABLE else value)
        if label and value and value != label and kind not in CHECKABLE and kind not in ("Cell", "Other"):
            text = f"{label}, {value}"  # a slider's "50%", a button's state
        described = ""
    if name and name not in (label, text, described, placeholder):
        if _IDENTIFIER.fullmatch(name):
            return text, described, name
        described = described or name
    return text, described, ""


def _element(node: ET.Element, element_id: int, parent: Element | None, depth: int, package: str) -> Element:
    attrs = node.attrib
    kind = (element_type(node) or "")[len(PREFIX):]
    tab = kind == "Button" and parent is not None and parent.cls == f"{PREFIX}TabBar"
    text, content_desc, resource_id = _texts(kind, attrs, tab=tab)
    hint = attrs.get("placeholderValue", "").strip() if kind in EDITABLE else ""
    enabled = attrs.get("enabled", "true") != "false"
    return Element(
        id=element_id,
        cls=PREFIX + kind,
        text=text,
        content_desc=content_desc,
        resource_id=resource_id,
        package=package,
        bounds=_bounds(attrs),
        clickable=kind in CLICKABLE or kind in EDITABLE,
        focusable=kind in EDITABLE,
        focused=attrs.get("focused") == "true" or attrs.get("hasFocus") == "true",
        scrollable=kind in SCROLLABLE and _overflows(node),
        checkable=kind in CHECKABLE,
        checked=kind in CHECKABLE and attrs.get("value", "") in ("1", "true"),
        enabled=enabled,
        selected=attrs.get("selected") == "true" or (tab and attrs.get("value") == "1"),
        password=kind == "SecureTextField",
        hint=hint,
        parent=parent.id if parent is not None else None,
        depth=depth,
    )


def parse_xcuitest(xml: str, *, package: str | None = None, screenshot: bytes | None = None) -> Observation:
    """An Observation from an XCUITest page source.

    ``package`` defaults to the application's ``bundleId`` attribute (newer drivers), else its
    name (blank on the home screen); the size is the application's frame. A visible ``XCUIElementTypeKeyboard`` sets
    ``keyboard_shown``.
    """
    root = parse_root(xml)
    app = next((node for node in root.iter() if element_type(node) == APPLICATION), None)
    if package is None:
        package = (app.attrib.get("bundleId") or app.attrib.get("name") or "").strip() if app is not None else ""
    elements: list[Element] = []
    keyboard = False
    for node, _path, parent, depth in walk(root):
        elements.append(_element(node, len(elements), elements[parent] if parent is not None else None, depth, package))
        keyboard = keyboard or element_type(node) == f"{PREFIX}Keyboard"
    frame = _bounds(app.attrib) if app is not None else None
    width = frame.width if frame and frame.width else max((e.bounds.right for e in elements), default=0)
    height = frame.height if frame and frame.height else max((e.bounds.bottom for e in elements), default=0)
    return Observation(package=package, width=width, height=height, xml=xml, elements=elements,
                       screenshot=screenshot, keyboard_shown=keyboard)


def navigation_back_button(observation: Observation) -> Element | None:
    """The back button of the top navigation bar, as the XCUITest driver's own ``back`` finds it:
    the button labelled "Back" (or named ``BackButton``), else the bar's first button; only
    enabled buttons on the left half count."""
    bars = sorted((e for e in observation.elements if e.cls == f"{PREFIX}NavigationBar"), key=lambda e: e.bounds.top)
    for bar in bars:
        buttons = []
        for e in observation.elements[bar.id + 1:]:
            if e.depth <= bar.depth:
                break
            if e.cls == f"{PREFIX}Button" and e.enabled and e.bounds.center[0] < observation.width // 2:
                buttons.append(e)
        named = [e for e in buttons if e.label == "Back" or "BackButton" in (e.resource_id, e.content_desc)]
        if named or buttons:
            return (named or buttons)[0]
    return None


def ios_apps(listed: Any) -> list[AppInfo]:
    """Apps from ``mobile: listApps`` (bundle id -> Info.plist fields), labelled by display name."""
    apps = []
    for bundle_id, info in (listed.items() if isinstance(listed, dict) else []):
        fields = info if isinstance(info, dict) else {}
        label = fields.get("CFBundleDisplayName") or fields.get("CFBundleName") or label_from_package(bundle_id)
        apps.append(AppInfo(label=str(label), package=str(bundle_id)))
    return apps
