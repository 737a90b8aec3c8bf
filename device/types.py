"""Device data: elements, observations, actions (one discriminated union), results, locators."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator, model_validator


class Bounds(BaseModel):
    model_config = ConfigDict(frozen=True)

    left: int
    top: int
    right: int
    bottom: int

    @property
    def center(self) -> tuple[int, int]:
        return ((self.left + self.right) // 2, (self.top + self.bottom) // 2)

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.right and self.top <= y < self.bottom

    def __str__(self) -> str:
        return f"[{self.left},{self.top}][{self.right},{self.bottom}]"


IOS_TEXT_INPUTS = frozenset(
    f"XCUIElementType{kind}" for kind in ("TextField", "SecureTextField", "SearchField", "TextView")
)

_ANDROID_TEXT_INPUTS = ("EditText", "TextField", "AutoCompleteTextView")


class Element(BaseModel):
    """One node of the UI tree. ``id`` is its depth-first index: stable within a screen."""

    model_config = ConfigDict(frozen=True)

    id: int
    cls: str = ""
    text: str = ""
    content_desc: str = ""
    resource_id: str = ""
    package: str = ""
    bounds: Bounds
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
    hint: str = ""
    parent: int | None = None
    depth: int = 0

    @property
    def label(self) -> str:
        """The best human-readable name: text, then description, then resource id tail."""
        return self.text or self.content_desc or self.resource_id.rsplit("/", 1)[-1]

    @property
    def is_editable(self) -> bool:
        """A text field: Android's EditText family (AutoCompleteTextView, Compose TextField), a
        password input, a focusable node with a hint (a custom input), or an iOS text input."""
        return (any(kind in self.cls for kind in _ANDROID_TEXT_INPUTS) or self.password
                or bool(self.hint and self.focusable) or self.cls in IOS_TEXT_INPUTS)


class Observation(BaseModel):
    """What the device shows now: the UIAutomator XML, its parsed elements, optional PNG."""

    package: str = ""
    activity: str = ""
    width: int
    height: int
    xml: str
    elements: list[Element]
    screenshot: bytes | None = None
    keyboard_shown: bool = False

    def element(self, element_id: int) -> Element:
        from ..errors import InvalidActionError

        if 0 <= element_id < len(self.elements) and self.elements[element_id].id == element_id:
            return self.elements[element_id]
        valid = [e.id for e in self.elements if e.clickable or e.is_editable]
        raise InvalidActionError(
            f"element {element_id} is not on screen",
            hint=f"use one of the ids on this screen: {valid[:40]}",
        )

    def focused_element(self) -> Element | None:
        return next((e for e in self.elements if e.focused and e.is_editable), None)

    def find(self, locator: Locator) -> Element | None:
        return next((e for e in self.elements if locator.matches(e)), None)


class Locator(BaseModel):
    """Finds an element by stable properties (never raw coordinates). All given fields must match."""

    model_config = ConfigDict(frozen=True, extra="forbid")  # a misspelt field ("class_name") must not match everything

    resource_id: str | None = None
    text: str | None = None
    content_desc: str | None = None
    cls: str | None = None
    text_contains: str | None = None

    def matches(self, element: Element) -> bool:
        checks = [
            (self.resource_id, element.resource_id),
            (self.text, element.text),
            (self.content_desc, element.content_desc),
            (self.cls, element.cls),
        ]
        if any(want is not None and want != have for want, have in checks):
            return False
        if self.text_contains is not None:
            hay = f"{element.text} {element.content_desc}".lower()
            if self.text_contains.lower() not in hay:
                return False
        return True


class _ActionBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    idempotency_key: str | None = Field(
        default=None, description="set by the agent (run id + step); a device applies a key once"
    )


class Tap(_ActionBase):
    kind: Literal["tap"] = "tap"
    element: int | None = None
    x: int | None = None
    y: int | None = None


class LongPress(_ActionBase):
    kind: Literal["long_press"] = "long_press"
    element: int | None = None
    x: int | None = None
    y: int | None = None


class TypeText(_ActionBase):
    """Type into ``element`` (focusing it first), or into the focused field when None."""

    kind: Literal["type"] = "type"
    text: str
    element: int | None = None
    clear: bool = True
    submit: bool = False


class Swipe(_ActionBase):
    """Scroll content: direction is where the content moves into view (``down`` shows more below)."""

    kind: Literal["swipe"] = "swipe"
    direction: Literal["up", "down", "left", "right"]
    element: int | None = None


class Back(_ActionBase):
    kind: Literal["back"] = "back"


class Home(_ActionBase):
    kind: Literal["home"] = "home"


class OpenApp(_ActionBase):
    kind: Literal["open_app"] = "open_app"
    app: str


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f]+")
_INTENT = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+")
_SHELL_SPECIAL = set("`$\\\"'<>|;(){}")  # never in a URI a device command line receives


class OpenUri(_ActionBase):
    """Start an intent: ``uri`` with the VIEW action (``tel:``, ``smsto:``, ``geo:``, ``https:``, an
    app's own scheme), or an intent ``action`` alone (``android.settings.WIFI_SETTINGS``);
    ``package`` restricts which app handles it."""

    kind: Literal["open_uri"] = "open_uri"
    uri: str | None = None
    action: str | None = None
    package: str | None = None

    @field_validator("uri")
    @classmethod
    def _safe_uri(cls, uri: str | None) -> str | None:
        if uri is not None and (not _URI.fullmatch(uri) or _SHELL_SPECIAL & set(uri)):
            raise ValueError(f"{uri[:80]!r} is not a URI a device can open (scheme:rest, no spaces, quotes "
                             "or shell characters; percent-encode them)")
        return uri

    @field_validator("action", "package")
    @classmethod
    def _dotted_name(cls, name: str | None) -> str | None:
        if name is not None and not _INTENT.fullmatch(name):
            raise ValueError(f"{name[:80]!r} is not a dotted name like android.settings.WIFI_SETTINGS")
        return name

    @model_validator(mode="after")
    def _something_to_open(self) -> OpenUri:
        if self.uri is None and self.action is None:
            raise ValueError("open_uri needs a uri or an intent action")
        return self


class Wait(_ActionBase):
    kind: Literal["wait"] = "wait"
    seconds: float = Field(default=1.0, ge=0.0, le=30.0)


class Done(_ActionBase):
    """End the task; ``answer`` carries a result for question tasks."""

    kind: Literal["done"] = "done"
    answer: str | None = None
    success: bool = True


Action = Annotated[
    Tap | LongPress | TypeText | Swipe | Back | Home | OpenApp | OpenUri | Wait | Done,
    Field(discriminator="kind"),
]
ACTION_TYPES = (Tap, LongPress, TypeText, Swipe, Back, Home, OpenApp, OpenUri, Wait, Done)
_ACTION_ADAPTER: TypeAdapter[Action] = TypeAdapter(Action)


def validate_action(data: Any) -> Action:
    """An Action from JSON-like data; InvalidActionError (listing the kinds) when it is not one."""
    from ..errors import InvalidActionError

    try:
        return _ACTION_ADAPTER.validate_python(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'action'}: {e['msg']}" for e in exc.errors()[:3])
        kinds = [t.model_fields["kind"].default for t in ACTION_TYPES]
        raise InvalidActionError(f"not a valid action ({problems})",
                                 hint=f"send one of the kinds {kinds} with its fields, e.g. "
                                      '{"kind": "tap", "element": 12}') from exc


class ActionResult(BaseModel):
    """``applied`` is False when the device recognised the idempotency key as already done."""

    ok: bool = True
    applied: bool = True
    message: str = ""


@runtime_checkable
class Device(Protocol):
    """What every backend provides: look at the screen, do one action."""

    def observe(self, *, screenshot: bool = False) -> Observation: ...

    def act(self, action: Action) -> ActionResult: ...


# ---- optional capabilities: declared by a backend, never probed by attribute names --------


class AppInfo(BaseModel):
    """One app a device can launch: the label a person reads, its package, its home activity."""

    model_config = ConfigDict(frozen=True)

    label: str
    package: str
    activity: str | None = None


@runtime_checkable
class ListsApps(Protocol):
    """A device that can say which apps it can launch (launcher query, ``pm``, Appium, the simulator)."""

    def installed_apps(self) -> list[AppInfo]: ...


@runtime_checkable
class ReadsContacts(Protocol):
    """A device that can read its contacts' names (the privacy detectors mask them)."""

    def contact_names(self) -> list[str]: ...


@runtime_checkable
class DeduplicatesActions(Protocol):
    """A device that applies an action's idempotency key at most once (so a resumed act may resend)."""

    deduplicates_actions: bool


@runtime_checkable
class OpensUris(Protocol):
    """A device that starts intents: ``open_uri`` deep links and Settings intent actions."""

    opens_uris: bool


@runtime_checkable
class RestoresState(Protocol):
    """An in-process device (the simulator) whose whole state a run checkpoints and a resume restores.

    ``snapshot()`` is JSON-ready; ``restore(snapshot)`` puts the device back in that state, screens
    and element ids included; ``fresh`` says no action has been applied to it yet.
    """

    @property
    def fresh(self) -> bool: ...

    def snapshot(self) -> dict[str, Any]: ...

    def restore(self, snapshot: dict[str, Any]) -> None: ...


def device_snapshot(device: object) -> dict[str, Any] | None:
    """The state to checkpoint with a run; None for a device that lives outside this process."""
    return device.snapshot() if isinstance(device, RestoresState) else None


def device_apps(device: object) -> list[AppInfo]:
    """The apps ``device`` declares it can launch; empty when it does not declare them."""
    return list(device.installed_apps()) if isinstance(device, ListsApps) else []


def device_contacts(device: object) -> list[str]:
    """Contact names ``device`` declares; empty when it cannot read contacts."""
    return list(device.contact_names()) if isinstance(device, ReadsContacts) else []


def deduplicates(device: object) -> bool:
    return isinstance(device, DeduplicatesActions) and bool(device.deduplicates_actions)


def opens_uris(device: object) -> bool:
    return isinstance(device, OpensUris) and bool(device.opens_uris)
