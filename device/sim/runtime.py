"""SimDevice: the simulated phone. Navigation, keyboard, dialogs, notifications, surprises,
and the one place actions are checked and applied.

Every observation is the UIAutomator XML of the view tree, parsed by the shared
:func:`~cascadroid.device.uiautomator.parse_observation`; an action's element id is looked up
in that same parsed tree (and the node at the same pre-order index handles it). An action
that does not fit the screen raises :class:`~cascadroid.errors.InvalidActionError` before
anything changes.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel

from ...errors import DeviceError, InvalidActionError
from ..types import (
    Action,
    ActionResult,
    AppInfo,
    Back,
    Done,
    Home,
    LongPress,
    Observation,
    OpenApp,
    OpenUri,
    Swipe,
    Tap,
    TypeText,
    Wait,
    validate_action,
)
from ..uiautomator import parse_observation
from .app import App, Dialog, Notification, Screen
from .deeplinks import open_uri
from .frame import Frame, ancestors, compose_frame, press, target_index, type_into
from .page import Metrics
from .skins import choose_skin
from .snapshot import ReplayLog, restore
from .surprises import SurprisePlan, after_action, on_launch, parse_mode, plan_for
from .systemui import SYSTEMUI, SystemUi
from .view import Node

DEFAULT_START = datetime(2026, 3, 16, 9, 41)


class ActionLogEntry(BaseModel):
    """One act() call: the action, whether it changed the phone, and why not when it did not."""

    key: str | None
    action: Action
    applied: bool
    message: str = ""
    error: str | None = None


def discover_apps() -> list[type[App[Any]]]:
    """App classes from every module in :mod:`cascadroid.device.sim.apps` (with a ``name``)."""
    import importlib
    import pkgutil

    from . import apps as apps_pkg

    found: dict[str, type[App[Any]]] = {}
    for info in sorted(pkgutil.iter_modules(apps_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{apps_pkg.__name__}.{info.name}")
        for obj in vars(module).values():
            if (isinstance(obj, type) and issubclass(obj, App) and obj is not App
                    and obj.__module__ == module.__name__ and "name" in vars(obj)):
                found[obj.name] = obj
    return list(found.values())


class SimDevice:
    """A deterministic simulated Android phone (implements the Device protocol).

    >>> phone = SimDevice(seed=1)
    >>> phone.act(OpenApp(app="Contacts")); obs = phone.observe()
    >>> phone.app("contacts").state.contacts[0].name
    """

    deduplicates_actions = True  # an idempotency key is applied once (see act)
    opens_uris = True  # open_uri: deep links and Settings intent actions (see deeplinks.py)

    def __init__(
        self,
        seed: int = 0,
        *,
        width: int = 1080,
        height: int = 2400,
        surprises: bool | str = False,
        apps: Iterable[type[App[Any]]] | None = None,
        start_time: datetime = DEFAULT_START,
        skin: str | None = "classic",
    ) -> None:
        if width < 320 or height < 480:
            raise DeviceError(f"screen {width}x{height} is too small", hint="use at least 320x480 pixels")
        self.seed = seed
        self.skin = choose_skin(seed, skin)  # None: pixel or vendor drawn from the seed
        self.metrics = Metrics(width, height)
        self.now = start_time
        self.surprises = parse_mode(surprises)  # none, seeded, rate, ... (see surprises.SURPRISE_MODES)
        self.action_log: list[ActionLogEntry] = []
        self.answer: str | None = None
        self.finished = False
        self.notifications: list[Notification] = []
        self.permissions: dict[str, bool] = {}
        self._applied: dict[str, ActionResult] = {}
        self._stacks: dict[str, list[Screen]] = {}
        self.ui = SystemUi()  # dialogs, toast, heads-up, shade, loading: what system UI draws
        self._launches: dict[str, int] = {}
        self._next_notification = 1
        self._obs_cache: tuple[str, Observation] | None = None
        self._replay = ReplayLog()  # what snapshot() saves (see snapshot.py)
        self.renderer: Any = None  # render.Renderer, created by the first screenshot
        classes = list(apps) if apps is not None else discover_apps()
        self.apps: dict[str, App[Any]] = {}
        for cls in classes:
            self.apps[cls.name] = cls(self, random.Random(f"{seed}:{cls.name}"))
        if "home" not in self.apps:
            from .apps.home import Launcher

            self.apps["home"] = Launcher(self, random.Random(f"{seed}:home"))
        self.foreground = "home"
        self.surprise_plan = plan_for(self.surprises, self.launchable_apps(), random.Random(f"{seed}:surprises"))

    # -- public API -----------------------------------------------------------------------
    @property
    def width(self) -> int:
        return self.metrics.width

    @property
    def height(self) -> int:
        return self.metrics.height

    def app(self, name: str) -> App[Any]:
        """The app by name, label or package (e.g. ``"contacts"``); its ``.state`` is live."""
        return self.apps[self._resolve_app(name)]

    def launchable_apps(self) -> list[App[Any]]:
        return sorted((a for a in self.apps.values() if a.launchable), key=lambda a: (a.home_slot, a.label))

    def installed_apps(self) -> list[AppInfo]:
        """The home screen's apps, in its order (the ListsApps capability)."""
        return [AppInfo(label=a.label, package=a.package) for a in self.launchable_apps()]

    def contact_names(self) -> list[str]:
        """Names in the Contacts app right now (the ReadsContacts capability); none without it."""
        contacts = self.apps.get("contacts")
        return [c.name for c in contacts.state.contacts] if contacts is not None else []

    def observe(self, *, screenshot: bool = False) -> Observation:
        frame = self.compose()
        obs = self._parse(frame)
        if screenshot:
            from .render import render_png

            obs = obs.model_copy(update={"screenshot": render_png(self, frame)})
        return obs

    def act(self, action: Action | dict[str, Any]) -> ActionResult:
        if not isinstance(action, BaseModel):
            action = validate_action(action)
        key = action.idempotency_key
        if key is not None and key in self._applied:
            self.action_log.append(ActionLogEntry(key=key, action=action, applied=False,
                                                  message="already applied; not repeated"))
            return ActionResult(ok=True, applied=False, message=f"action {key!r} was already applied")
        self._replay.before_act(self)
        self.ui.toast_fresh = False
        try:
            message = self._apply(action)
        except InvalidActionError as exc:
            self.action_log.append(ActionLogEntry(key=key, action=action, applied=False, error=str(exc)))
            raise
        self._tick(action)
        result = ActionResult(ok=True, applied=True, message=message)
        if key is not None:
            self._applied[key] = result
        self.action_log.append(ActionLogEntry(key=key, action=action, applied=True, message=message))
        after_action(self, sum(1 for entry in self.action_log if entry.applied))
        self._replay.applied(self, action)
        return result

    @property
    def fresh(self) -> bool:
        """No action has been applied to this phone yet (the RestoresState capability)."""
        return not any(entry.applied for entry in self.action_log)

    def snapshot(self) -> dict[str, Any]:
        """What rebuilds this phone as it is now, screens and element ids included (JSON-ready)."""
        return self._replay.snapshot(self)

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Rebuild this phone in place from :meth:`snapshot` (a resumed run acts on the same phone)."""
        restore(self, snapshot)

    def state(self, app: str | None = None) -> dict[str, Any]:
        """App state as JSON-ready dicts: ``{"settings": {...}, ...}``, or one app's dict."""
        if app is not None:
            return self.app(app).state.model_dump(mode="json")
        return {name: a.state.model_dump(mode="json") for name, a in self.apps.items()}

    def export_state(self) -> dict[str, Any]:
        """Every app's state as JSON-ready dicts, plus the phone's own facts."""
        return {
            "apps": {name: app.state.model_dump(mode="json") for name, app in self.apps.items()},
            "foreground": self.foreground,
            "now": self.now.isoformat(),
            "answer": self.answer,
            "finished": self.finished,
            "notifications": [{"app": n.app, "title": n.title, "text": n.text} for n in self.notifications],
        }

    def load_state(self, app: str, data: dict[str, Any]) -> None:
        """Replace one app's state from a dict (validated by the app's state model)."""
        target = self.app(app)
        target.state = type(target.state).model_validate(data)

    # -- services for apps -----------------------------------------------------------------
    def stack(self, app: str) -> list[Screen]:
        return self._stacks.setdefault(app, [])

    def push(self, app: str, screen: Screen) -> None:
        self.stack(app).append(screen)

    def pop(self, app: str, screen: Screen | None = None) -> None:
        stack = self.stack(app)
        if screen is not None and screen in stack:
            del stack[stack.index(screen):]
        elif stack:
            stack.pop()
        if not stack and self.foreground == app:
            self.foreground = "home"

    def show_dialog(self, dialog: Dialog) -> None:
        self.ui.dialogs.append(dialog)

    def toast(self, text: str) -> None:
        self.ui.toast = text
        self.ui.toast_fresh = True

    def notify(self, notification: Notification) -> None:
        notification.id = self._next_notification
        notification.time = self.now
        self._next_notification += 1
        self.notifications.append(notification)
        if notification.heads_up:
            self.ui.heads_up, self.ui.heads_up_ttl = notification, 2

    def launch(self, name: str) -> None:
        """Bring an app to the front (resuming its back stack) and run its seeded surprises."""
        app = self.apps[name]
        self.ui.shade_open = False
        self.ui.dialogs.clear()
        self.foreground = name
        stack = self.stack(name)
        if not stack:
            stack.append(app.main_screen())
        if name == "home":
            return
        count = self._launches[name] = self._launches.get(name, 0) + 1
        on_launch(self, app, count)

    def open_notification(self, notification: Notification) -> None:
        if notification in self.notifications:
            self.notifications.remove(notification)
        if self.ui.heads_up is notification:
            self.ui.heads_up = None
        self.launch(notification.app)
        if notification.on_open is not None:
            notification.on_open()

    # -- composing the screen ------------------------------------------------------------
    @property
    def keyboard_shown(self) -> bool:
        if self.ui.shade_open or self.ui.dialogs or self.ui.loading:
            return False
        stack = self.stack(self.foreground)
        return bool(stack) and stack[-1].focus is not None

    def current_screen(self) -> Screen:
        """The foreground app's top screen (launching the app when its stack is empty)."""
        stack = self.stack(self.foreground)
        if not stack:
            self.launch(self.foreground)
        return stack[-1]

    def compose(self, *, with_dialog: bool = True) -> Frame:
        """The screen as it is now, composed into a :class:`Frame` (without the dialog: what is under it)."""
        return compose_frame(self, with_dialog=with_dialog)

    def _parse(self, frame: Frame) -> Observation:
        cached = self._obs_cache
        if cached is not None and cached[0] == frame.xml:
            return cached[1]
        obs = parse_observation(frame.xml, width=self.width, height=self.height, package=frame.package,
                                activity=frame.activity, keyboard_shown=frame.keyboard)
        if len(obs.elements) != len(frame.nodes):
            raise DeviceError(f"the simulator's tree ({len(frame.nodes)} nodes) and its XML "
                              f"({len(obs.elements)} elements) disagree",
                              hint="this is a bug in cascadroid's simulator; please report it")
        self._obs_cache = (frame.xml, obs)
        return obs

    # -- applying actions -------------------------------------------------------------------
    def _apply(self, action: Action) -> str:
        match action:
            case Tap():
                return self._tap(action.element, action.x, action.y, long=False)
            case LongPress():
                return self._tap(action.element, action.x, action.y, long=True)
            case TypeText():
                return self._type(action)
            case Swipe():
                return self._swipe(action)
            case Back():
                return self._back()
            case Home():
                self.ui.shade_open = False
                self.ui.dialogs.clear()
                self.ui.loading = False
                self._unfocus()
                self.foreground = "home"
                return "went to the home screen"
            case OpenApp():
                name = self._resolve_app(action.app, launch=True)
                self.launch(name)
                return f"opened {self.apps[name].label}"
            case OpenUri():
                return open_uri(self, action)
            case Wait():
                self.ui.loading = False
                return f"waited {action.seconds:g} s"
            case Done():
                self.finished = True
                self.answer = action.answer
                return "task marked done" + (f" with answer {action.answer!r}" if action.answer else "")
        raise InvalidActionError(f"unknown action {action!r}")  # pragma: no cover - the union guards it

    def _element(self, frame: Frame, element_id: int) -> Node:
        self._parse(frame).element(element_id)  # raises InvalidActionError listing valid ids
        return frame.nodes[element_id]

    def _tap(self, element: int | None, x: int | None, y: int | None, *, long: bool) -> str:
        frame = self.compose()
        what = "long_press" if long else "tap"
        if element is not None:
            self._element(frame, element)
        index = target_index(frame, element, x, y, what, width=self.width, height=self.height)
        if self.ui.loading:
            return "the app is still loading; nothing happened"
        return press(frame, index, x, long=long)

    def _type(self, action: TypeText) -> str:
        frame = self.compose()
        if action.element is not None:
            self._element(frame, action.element)
        return type_into(frame, action)

    def _swipe(self, action: Swipe) -> str:
        frame = self.compose()
        if action.element is not None:
            self._element(frame, action.element)
            chain = ancestors(frame, action.element)
            if any(frame.nodes[i].rid == f"{SYSTEMUI}:id/status_bar" for i in chain):
                self.ui.shade_open = True
                self._unfocus()
                return "opened the notification shade"
            candidates = [frame.nodes[i] for i in chain]
        else:
            candidates = [n for n in frame.nodes if n.on_scroll is not None]
        for node in candidates:
            if node.on_scroll is not None and node.on_scroll(action.direction):
                return f"scrolled {node.rid or node.cls} {action.direction}"
        return f"nothing to scroll {action.direction} there; the screen did not change"

    def _back(self) -> str:
        if self.ui.shade_open:
            self.ui.shade_open = False
            return "closed the notification shade"
        if self.ui.loading:
            self.ui.loading = False
            self.ui.dialogs.clear()
        elif self.ui.dialogs:
            dialog = self.ui.dialogs[-1]
            if not dialog.cancelable:
                return "this dialog cannot be dismissed with Back"
            self.ui.dialogs.pop()
            if dialog.on_cancel is not None:
                dialog.on_cancel()
            return f"dismissed {dialog.title!r}"
        screen = self.current_screen()
        if screen.focus is not None:
            screen.focus = None
            return "hid the keyboard"
        if screen.on_back():
            return "went back"
        if self.foreground == "home":
            return "already on the home screen"
        self.pop(self.foreground, screen)
        return "went back"

    def _tick(self, action: Action) -> None:
        self.now += timedelta(seconds=1 + (action.seconds if isinstance(action, Wait) else 0))
        if not self.ui.toast_fresh:
            self.ui.toast = None
        if self.ui.loading and not isinstance(action, (Back, Home, OpenApp)):
            self.ui.loading = False
        if self.ui.heads_up is not None:
            self.ui.heads_up_ttl -= 1
            if self.ui.heads_up_ttl <= 0:
                self.ui.heads_up = None

    def _unfocus(self) -> None:
        for stack in self._stacks.values():
            for screen in stack:
                screen.focus = None

    # -- helpers -------------------------------------------------------------------------
    def _resolve_app(self, name: str, *, launch: bool = False) -> str:
        wanted = name.strip().lower()
        for key, app in self.apps.items():
            if wanted in (key.lower(), app.label.lower(), app.package.lower()):
                if launch and not app.launchable and key != "home":
                    break
                return key
        labels = [a.label for a in self.launchable_apps()]
        raise InvalidActionError(f"there is no app called {name!r} on this phone",
                                 hint=f"installed apps: {labels}")


__all__ = ["ActionLogEntry", "Frame", "SimDevice", "SurprisePlan", "discover_apps"]
