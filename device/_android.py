"""Android facts shared by the real-device backends (Appium, adb): keycodes, gestures, app names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InvalidActionError
from .types import Element, Observation, Swipe

KEYCODE_HOME = 3
KEYCODE_BACK = 4
KEYCODE_ENTER = 66
KEYCODE_DEL = 67
KEYCODE_MOVE_END = 123

LONG_PRESS_MS = 1000
SWIPE_MS = 300

# Labels an agent may say, for stock Android apps; pass ``apps=`` to a device to add your own.
DEFAULT_APPS: dict[str, str] = {
    "settings": "com.android.settings",
    "chrome": "com.android.chrome",
    "contacts": "com.android.contacts",
    "phone": "com.android.dialer",
    "messages": "com.google.android.apps.messaging",
    "camera": "com.android.camera2",
    "clock": "com.android.deskclock",
    "calendar": "com.android.calendar",
    "files": "com.android.documentsui",
    "gallery": "com.android.gallery3d",
    "calculator": "com.android.calculator2",
}

_PACKAGE = re.compile(r"[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+")


@dataclass(frozen=True)
class AppTarget:
    """What to launch: a package, and an activity when the caller named one."""

    package: str
    activity: str | None = None

    @property
    def component(self) -> str:
        return f"{self.package}/{self.activity}" if self.activity else self.package


def resolve_app(app: str, apps: Mapping[str, str]) -> AppTarget:
    """``app`` is a package, ``package/activity``, or a label known to ``apps`` (case-insensitive)."""
    name = app.strip()
    known = {label.lower(): target for label, target in apps.items()}
    name = known.get(name.lower(), name)
    package, _, activity = name.partition("/")
    if not _PACKAGE.fullmatch(package):
        raise InvalidActionError(
            f"app {app!r} is not a package name nor a known app label",
            hint=f"use a package like 'com.android.settings', 'package/.Activity', or one of {sorted(apps)}; "
            "pass apps={'Label': 'package'} to the device for your own apps",
        )
    return AppTarget(package=package, activity=activity or None)


def merged_apps(apps: Mapping[str, str] | None) -> dict[str, str]:
    return {**DEFAULT_APPS, **{label.lower(): target for label, target in (apps or {}).items()}}


def require_observation(observation: Observation | None, action: str) -> Observation:
    if observation is None:
        raise InvalidActionError(
            f"{action} names an element but nothing was observed yet",
            hint="call observe() first: element ids refer to the last observation",
        )
    return observation


def target_point(
    observation: Observation | None, element: int | None, x: int | None, y: int | None, action: str
) -> tuple[int, int]:
    """The screen point for a tap or long press: the element's center, or the given point."""
    if element is not None:
        return require_observation(observation, action).element(element).bounds.center
    if x is None or y is None:
        raise InvalidActionError(f"{action} needs an element id or both x and y", hint="pass element=ID from the screen")
    if observation is not None and not (0 <= x < observation.width and 0 <= y < observation.height):
        raise InvalidActionError(
            f"point ({x}, {y}) is outside the {observation.width}x{observation.height} screen",
            hint="use an element id, or a point inside the screen",
        )
    return x, y


def type_target(observation: Observation | None, element: int | None) -> Element:
    """The field to type into: the given element, or the focused editable field."""
    observed = require_observation(observation, "type")
    if element is not None:
        return observed.element(element)
    focused = observed.focused_element()
    if focused is None:
        editable = [e.id for e in observed.elements if e.is_editable]
        raise InvalidActionError(
            "type has no element and no text field is focused",
            hint=f"pass element= one of the text fields on screen: {editable[:20]}",
        )
    return focused


def swipe_points(
    action: Swipe, observation: Observation | None, width: int, height: int
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Start and end of a finger drag that moves content in ``action.direction`` into view.

    Scrolling ``down`` (to see more below) drags the finger up, and so on; the drag spans the
    middle 60% of the element, or of the screen when no element is given.
    """
    if action.element is not None:
        box = require_observation(observation, "swipe").element(action.element).bounds
        left, top, right, bottom = box.left, box.top, box.right, box.bottom
    else:
        left, top, right, bottom = 0, 0, width, height
    cx, cy = (left + right) // 2, (top + bottom) // 2
    dy, dx = int((bottom - top) * 0.3), int((right - left) * 0.3)
    if action.direction == "down":
        return (cx, cy + dy), (cx, cy - dy)
    if action.direction == "up":
        return (cx, cy - dy), (cx, cy + dy)
    if action.direction == "right":
        return (cx + dx, cy), (cx - dx, cy)
    return (cx - dx, cy), (cx + dx, cy)


class AppliedKeys:
    """Idempotency keys this device instance has applied (bounded; oldest forgotten first)."""

    def __init__(self, limit: int = 10_000) -> None:
        self._keys: dict[str, None] = {}
        self._limit = limit

    def seen(self, key: str | None) -> bool:
        return key is not None and key in self._keys

    def add(self, key: str | None) -> None:
        if key is None:
            return
        self._keys[key] = None
        if len(self._keys) > self._limit:
            del self._keys[next(iter(self._keys))]
