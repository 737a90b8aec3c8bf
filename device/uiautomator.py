"""The one UIAutomator-dump parser, shared by the simulator, Appium and adb backends."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..errors import DeviceError
from .types import Bounds, Element, Observation

_BOUNDS = re.compile(r"\[(-?\d+),(-?\d+)\]\[(-?\d+),(-?\d+)\]")
_BOOL_ATTRS = {
    "clickable": "clickable",
    "long-clickable": "long_clickable",
    "focusable": "focusable",
    "focused": "focused",
    "scrollable": "scrollable",
    "checkable": "checkable",
    "checked": "checked",
    "enabled": "enabled",
    "selected": "selected",
    "password": "password",
}


def parse_bounds(value: str) -> Bounds:
    match = _BOUNDS.fullmatch(value.strip())
    if not match:
        raise DeviceError(
            f"bounds {value!r} are not in UIAutomator form",
            hint="expected '[left,top][right,bottom]', e.g. '[0,0][1080,2400]'",
        )
    left, top, right, bottom = map(int, match.groups())
    return Bounds(left=left, top=top, right=right, bottom=bottom)


def parse_elements(xml: str) -> list[Element]:
    """Elements in depth-first order; ``id`` is the position in that order."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise DeviceError(
            f"the UI dump is not valid XML ({exc})",
            hint="check the device backend: the page source should be a UIAutomator <hierarchy>",
        ) from exc
    elements: list[Element] = []

    def visit(node: ET.Element, parent: int | None, depth: int) -> None:
        for child in node:
            if child.tag != "node" and "bounds" not in child.attrib:
                visit(child, parent, depth)
                continue
            attrs = child.attrib
            flags = {field: attrs.get(attr, "false") == "true" for attr, field in _BOOL_ATTRS.items()}
            flags["enabled"] = attrs.get("enabled", "true") == "true"
            element = Element(
                id=len(elements),
                cls=attrs.get("class", child.tag if child.tag != "node" else ""),
                text=attrs.get("text", ""),
                content_desc=attrs.get("content-desc", ""),
                resource_id=attrs.get("resource-id", ""),
                package=attrs.get("package", ""),
                hint=attrs.get("hint", ""),
                bounds=parse_bounds(attrs.get("bounds", "[0,0][0,0]")),
                parent=parent,
                depth=depth,
                **flags,
            )
            elements.append(element)
            visit(child, element.id, depth + 1)

    visit(root, None, 0)
    return elements


SYSTEM_UI = "com.android.systemui"


def foreground_package(elements: list[Element]) -> str:
    """The app in front. Multi-window dumps list their windows top first (status bar, keyboard,
    a dialog, the app, the navigation bar): the window holding the focused node wins, else the
    first that is neither system UI nor an input method nor a small overlay (a chat bubble); a dump
    of system UI alone (the shade, quick settings) is system UI's."""
    roots = [e for e in elements if e.parent is None and e.package]
    if not roots:
        return next((e.package for e in elements if e.package), "")
    focused = next((e for e in elements if e.focused and e.package), None)
    if focused is not None and _is_app(focused.package):
        return focused.package
    apps = [r for r in roots if _is_app(r.package)] or roots
    largest = max(_area(r) for r in apps)
    return next(r.package for r in apps if _area(r) >= 0.2 * largest)


def _area(e: Element) -> int:
    return max(e.bounds.width, 0) * max(e.bounds.height, 0)


def _is_app(package: str) -> bool:
    return package != SYSTEM_UI and "inputmethod" not in package and not package.endswith(".ime")


def parse_observation(
    xml: str,
    *,
    width: int | None = None,
    height: int | None = None,
    package: str | None = None,
    activity: str = "",
    screenshot: bytes | None = None,
    keyboard_shown: bool = False,
) -> Observation:
    """Build an Observation from a dump; size and package default to what the tree says."""
    elements = parse_elements(xml)
    if width is None or height is None:
        right = max((e.bounds.right for e in elements), default=0)
        bottom = max((e.bounds.bottom for e in elements), default=0)
        width, height = width or right, height or bottom
    if package is None:
        package = foreground_package(elements)
    return Observation(
        package=package,
        activity=activity,
        width=width,
        height=height,
        xml=xml,
        elements=elements,
        screenshot=screenshot,
        keyboard_shown=keyboard_shown,
    )
