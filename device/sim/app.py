"""App, Screen, Dialog and Notification: the pieces an app module is made of.

An :class:`App` owns its state (a pydantic model, readable and writable from Python) and
names its first screen. A :class:`Screen` renders a view tree from that state with a
:class:`~.page.Page` each time the phone is observed; callbacks on nodes change the state.
The runtime (:class:`~.runtime.SimDevice`) owns navigation, dialogs and notifications;
apps reach it through ``self.runtime``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel

from .view import Callback

if TYPE_CHECKING:
    from .page import Page
    from .runtime import SimDevice
    from .skins import Skin

S = TypeVar("S", bound=BaseModel)


class Screen:
    """One screen of an app. Subclass it and implement :meth:`build`.

    Keep only transient UI state on the screen (drafts, the focused field, scroll offsets,
    the id of the record shown); durable data lives in ``self.app.state``.
    """

    activity: ClassVar[str] = ".MainActivity"

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.focus: str | None = None  # key of the focused text field (keyboard shown when set)
        self.scroll: dict[str, int] = {}  # first visible row per list resource id

    def build(self, page: Page) -> None:
        raise NotImplementedError

    def on_back(self) -> bool:
        """Handle Back inside the screen (e.g. leave a search); True means handled."""
        return False

    # navigation helpers
    def push(self, screen: Screen) -> None:
        self.app.runtime.push(self.app.name, screen)

    def close(self) -> None:
        """Leave this screen (like Back)."""
        self.app.runtime.pop(self.app.name, self)


class App(Generic[S]):
    """An app: identity, state, first screen. Subclasses set the class attributes below."""

    name: ClassVar[str]  # key for SimDevice.app(name) and OpenApp
    label: ClassVar[str]  # launcher label, also accepted by OpenApp
    package: ClassVar[str]
    icon: ClassVar[str] = ""  # renderer hint for the launcher icon
    home_slot: ClassVar[int] = 100  # launcher order (lower first)
    launchable: ClassVar[bool] = True  # shown on the home screen and accepted by OpenApp
    permission: ClassVar[str | None] = None  # e.g. "access your contacts": a first-open surprise

    def __init__(self, runtime: SimDevice, rng: random.Random) -> None:
        self.runtime = runtime
        self.state: S = self.initial_state(rng)

    def initial_state(self, rng: random.Random) -> S:
        """The state a fresh phone has; draw any sample data from ``rng`` only."""
        raise NotImplementedError

    def main_screen(self) -> Screen:
        raise NotImplementedError

    # hooks the runtime asks every app (override as needed)
    def status_icons(self) -> list[tuple[str, str]]:
        """(content-desc, icon) pairs for the status bar."""
        return []

    def quick_tiles(self) -> list[QuickTile]:
        """Toggles shown in the notification shade."""
        return []

    # services
    @property
    def skin(self) -> Skin:
        """How this phone's vendor writes screens (see :mod:`.skins`)."""
        return self.runtime.skin

    def now(self) -> datetime:
        return self.runtime.now

    def toast(self, text: str) -> None:
        self.runtime.toast(text)

    def notify(self, title: str, text: str, *, on_open: Callback | None = None, heads_up: bool = True) -> None:
        self.runtime.notify(Notification(app=self.name, title=title, text=text, on_open=on_open, heads_up=heads_up))

    def dialog(self, dialog: Dialog) -> None:
        self.runtime.show_dialog(dialog)

    def push(self, screen: Screen) -> None:
        self.runtime.push(self.name, screen)

    @property
    def screens(self) -> list[Screen]:
        """This app's back stack (bottom first)."""
        return self.runtime.stack(self.name)


@dataclass
class DialogButton:
    text: str
    on_click: Callback | None = None
    rid: str = ""  # resource id; default android:id/button1.. (positive last in the list)


@dataclass
class Dialog:
    """A modal dialog. Pressing a button dismisses it, then runs the button's callback."""

    title: str
    message: str = ""
    buttons: list[DialogButton] = field(default_factory=list)
    package: str = "android"
    cancelable: bool = True  # Back dismisses it (running on_cancel)
    on_cancel: Callback | None = None
    rid: str = "android:id/alertTitle"
    stacked: bool = False  # full-width buttons one below another (permission and system dialogs)


@dataclass
class Notification:
    app: str
    title: str
    text: str
    on_open: Callback | None = None  # called after the app is brought to the front
    heads_up: bool = True
    id: int = 0
    time: datetime | None = None


@dataclass
class QuickTile:
    label: str
    on: bool
    toggle: Callback
    icon: str = ""
