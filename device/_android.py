"""What the real-device backends (Appium, adb) share: keycodes, gesture geometry, app labels,
and :class:`AndroidDevice`, which turns actions into a few backend primitives."""

from __future__ import annotations

import re
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..errors import InvalidActionError, UnsupportedActionError
from .types import Action, ActionResult, AppInfo, Element, Observation, OpenUri, Swipe

KEYCODE_HOME = 3
KEYCODE_BACK = 4
KEYCODE_ENTER = 66
KEYCODE_DEL = 67
KEYCODE_MOVE_END = 123

LONG_PRESS_MS = 1000
SWIPE_MS = 300

_PACKAGE = re.compile(r"[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+")


@dataclass(frozen=True)
class AppTarget:
    """What to launch: a package, and an activity when the caller named one."""

    package: str
    activity: str | None = None

    @property
    def component(self) -> str:
        return f"{self.package}/{self.activity}" if self.activity else self.package


# Package segments that name a platform, vendor or packaging rather than the app itself.
_GENERIC_SEGMENTS = frozenset(
    "com org net io co de uk android google apps app mobile client main sec samsung huawei miui xiaomi "
    "oneplus oppo vivo lge motorola sony htc asus zte meizu coloros oplus".split()
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def label_from_package(package: str) -> str:
    """A readable label from a package's words, for devices that do not report labels.

    ``com.google.android.apps.messaging`` -> "Messaging", ``org.telegram.messenger`` ->
    "Telegram Messenger", ``com.example.myNotes`` -> "Example My Notes". Platform, vendor
    and packaging words are dropped; the last two remaining segments are kept.
    """
    segments = [s for s in package.split("/")[0].split(".") if s]
    kept = [s for s in segments[1:] if s.lower() not in _GENERIC_SEGMENTS] or segments[-1:]
    words = [w for seg in kept[-2:] for w in _CAMEL.sub(" ", seg).replace("_", " ").split()]
    return " ".join(w[:1].upper() + w[1:] for w in words) or package


def declared_apps(apps: Mapping[str, str] | Iterable[AppInfo] | None) -> list[AppInfo]:
    """The user's own app labels: ``{"Label": "package[/activity]"}`` or AppInfo objects."""
    if apps is None:
        return []
    if isinstance(apps, Mapping):
        out = []
        for label, target in apps.items():
            package, _, activity = target.partition("/")
            out.append(AppInfo(label=label, package=package, activity=activity or None))
        return out
    return list(apps)


def merge_apps(declared: Sequence[AppInfo], found: Sequence[AppInfo]) -> list[AppInfo]:
    """One entry per package: the user's label wins, the device's home activity fills a gap."""
    by_package = {app.package: app for app in found}
    merged = []
    for app in declared:
        home = by_package.get(app.package)
        merged.append(app if app.activity or home is None else app.model_copy(update={"activity": home.activity}))
    named = {app.package for app in declared}
    return merged + [app for app in found if app.package not in named]


def unique_labels(apps: Sequence[AppInfo]) -> list[AppInfo]:
    """Apps whose labels collide (two "Camera"s) after the first are told apart by their package."""
    seen: set[str] = set()
    out = []
    for app in apps:
        key = app.label.casefold()
        out.append(app if key not in seen else app.model_copy(update={"label": f"{app.label} ({app.package})"}))
        seen.add(key)
    return out


def resolve_app(app: str, apps: Sequence[AppInfo]) -> AppTarget:
    """``app`` is a package, ``package/activity``, or a label (case-insensitive) of one of ``apps``."""
    name = app.strip()
    match = next((a for a in apps if a.label.casefold() == name.casefold()), None)
    match = match or next((a for a in apps if a.package == name), None)
    if match is not None:
        return AppTarget(package=match.package, activity=match.activity)
    package, _, activity = name.partition("/")
    if not _PACKAGE.fullmatch(package):
        labels = sorted({a.label for a in apps})
        raise InvalidActionError(
            f"app {app!r} is not a package name nor the label of an app on this device",
            hint=f"use a package like 'com.android.settings', 'package/.Activity', or one of {labels[:40]}; "
            "pass apps={'Label': 'package'} to the device for labels of your own",
        )
    return AppTarget(package=package, activity=activity or None)


VIEW = "android.intent.action.VIEW"


def intent_text(action: OpenUri) -> str:
    """``URI`` or ``ACTION`` (with `` in PACKAGE``) for messages and errors."""
    return (action.uri or action.action or "") + (f" in {action.package}" if action.package else "")


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


class AndroidDevice(ABC):
    """The Device protocol for a real phone: element ids resolve against the last observation,
    an idempotency key is applied once per instance, and each action maps to one primitive."""

    _last: Observation | None
    _size: tuple[int, int]
    opens_uris = True  # am start / mobile: deepLink (the OpensUris capability)

    def __init__(self, apps: Mapping[str, str] | Iterable[AppInfo] | None) -> None:
        self.declared_apps = declared_apps(apps)
        self._apps: list[AppInfo] | None = None  # what the device listed, read once
        self._contacts: list[str] | None = None
        self._applied = AppliedKeys()
        self._last = None

    @abstractmethod
    def observe(self, *, screenshot: bool = False) -> Observation: ...

    @abstractmethod
    def _tap(self, x: int, y: int) -> None: ...

    @abstractmethod
    def _long_press(self, x: int, y: int) -> None: ...

    @abstractmethod
    def _drag(self, start: tuple[int, int], end: tuple[int, int]) -> None: ...

    @abstractmethod
    def _type_into(self, field: Element, text: str, *, focus: bool, clear: bool, submit: bool) -> None:
        """``focus``: the caller named the field (tap it first); otherwise it has the focus."""

    @abstractmethod
    def _back(self) -> None: ...

    @abstractmethod
    def _home(self) -> None: ...

    @abstractmethod
    def _launch(self, target: AppTarget, app: str) -> None: ...

    def _open_uri(self, action: OpenUri) -> None:
        """Start the intent (a URI with VIEW, or an intent action); a backend that cannot, says so."""
        raise UnsupportedActionError(f"open_uri is not supported by {type(self).__name__}",
                                     hint="use open_app and navigate, or a backend that starts intents")

    # -- capabilities (ListsApps, ReadsContacts): read from the device once, then cached ----------

    def installed_apps(self, *, refresh: bool = False) -> list[AppInfo]:
        """The apps this phone can launch: the ``apps=`` given to the device, then its launcher's."""
        if self._apps is None or refresh:
            self._apps = self._list_apps()
        return unique_labels(merge_apps(self.declared_apps, self._apps))

    def contact_names(self, *, refresh: bool = False) -> list[str]:
        """Display names from the phone's address book (the privacy detectors mask them)."""
        if self._contacts is None or refresh:
            self._contacts = list(dict.fromkeys(name for name in self._read_contacts() if name.strip()))
        return list(self._contacts)

    def _list_apps(self) -> list[AppInfo]:
        """The launcher's apps; a backend that cannot ask knows only the declared ones."""
        return []

    def _read_contacts(self) -> list[str]:
        """Contact display names; a backend that cannot read them has none."""
        return []

    def _resolve(self, app: str) -> AppTarget:
        """A label the cached list lacks may be a newly installed app: list once more, then fail."""
        try:
            return resolve_app(app, self.installed_apps())
        except InvalidActionError:
            return resolve_app(app, self.installed_apps(refresh=True))

    def act(self, action: Action) -> ActionResult:
        if self._applied.seen(action.idempotency_key):
            return ActionResult(applied=False, message=f"action {action.idempotency_key} was already applied")
        message = self._apply(action)
        self._applied.add(action.idempotency_key)
        return ActionResult(message=message)

    def _apply(self, action: Action) -> str:
        match action.kind:
            case "tap":
                x, y = target_point(self._last, action.element, action.x, action.y, "tap")
                self._tap(x, y)
                return f"tapped ({x}, {y})"
            case "long_press":
                x, y = target_point(self._last, action.element, action.x, action.y, "long_press")
                self._long_press(x, y)
                return f"long-pressed ({x}, {y})"
            case "swipe":
                start, end = swipe_points(action, self._last, *self._size)
                self._drag(start, end)
                return f"swiped {start} -> {end}"
            case "type":
                field = type_target(self._last, action.element)
                self._type_into(
                    field, action.text, focus=action.element is not None, clear=action.clear, submit=action.submit
                )
                return f"typed {len(action.text)} characters into element {field.id}"
            case "back":
                self._back()
                return "pressed back"
            case "home":
                self._home()
                return "pressed home"
            case "open_app":
                target = self._resolve(action.app)
                self._launch(target, action.app)
                return f"opened {target.component}"
            case "open_uri":
                self._open_uri(action)
                return f"opened {intent_text(action)}"
            case "wait":
                time.sleep(action.seconds)
                return f"waited {action.seconds:g}s"
            case "done":
                return action.answer or "done"
        raise UnsupportedActionError(f"action kind {action.kind!r} is unknown to {type(self).__name__}")
