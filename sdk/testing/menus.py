"""A phone double made of menus: apps whose screens are buttons, rows and switches, nothing else.

It declares its apps (ListsApps) but cannot checkpoint itself, like a real phone over adb:
what an explorer does to it stays done. Buttons lead to screens, Back returns, a button with no
target is an *action*: pressing it is recorded in ``pressed`` (the side effect a test checks
never happened); switches flip. Observations are real UIAutomator XML parsed by the real parser.

    phone = MenuDevice({"Music": {"home": [("Library", "library"), ("Delete all", None)],
                                  "library": [("Playlists", "playlists"), ("Shuffle", ...)]}})
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ..device.types import ActionResult, AppInfo, Back, Home, Observation, OpenApp, Tap, TypeText
from ..device.uiautomator import parse_observation
from ..errors import InvalidActionError

LAUNCHER = "com.example.launcher"
SWITCH = "switch"  # a target that makes the element a switch


class MenuDevice:
    """``apps``: label -> screen name -> [(label, target screen | None | SWITCH)]; first screen is home."""

    def __init__(self, apps: dict[str, dict[str, list[tuple[str, str | None]]]]) -> None:
        self.apps = apps
        self.stack: list[tuple[str, str]] = []  # (app, screen); empty: the launcher
        self.switches: dict[tuple[str, str], bool] = {}
        self.pressed: list[str] = []  # actions (buttons without a target) that were pressed
        self.actions: list[object] = []

    def installed_apps(self) -> list[AppInfo]:
        return [AppInfo(label=label, package=_package(label)) for label in self.apps]

    def observe(self, *, screenshot: bool = False) -> Observation:
        return parse_observation(self._xml(), width=1080, height=2400)

    def act(self, action: object) -> ActionResult:
        self.actions.append(action)
        if isinstance(action, OpenApp):
            if action.app not in self.apps:
                raise InvalidActionError(f"app {action.app!r} is not installed", hint=f"one of {list(self.apps)}")
            if not self.stack or self.stack[-1][0] != action.app:
                self.stack.append((action.app, next(iter(self.apps[action.app]))))
        elif isinstance(action, Back):
            if self.stack:
                self.stack.pop()
        elif isinstance(action, Home):
            self.stack.clear()
        elif isinstance(action, Tap):
            self._tap(self.observe().element(action.element).text)
        elif isinstance(action, TypeText):
            raise InvalidActionError("this phone has no text fields")
        return ActionResult()

    def _tap(self, label: str) -> None:
        if not self.stack:
            self.stack.append((label, next(iter(self.apps[label]))))
            return
        app, screen = self.stack[-1]
        target = dict(self.apps[app][screen]).get(label)
        if target == SWITCH:
            self.switches[(screen, label)] = not self.switches.get((screen, label), False)
        elif target is None:
            self.pressed.append(label)
        else:
            self.stack.append((app, target))

    def _xml(self) -> str:
        if not self.stack:
            package, title, items = LAUNCHER, "Home", [(label, "app") for label in self.apps]
        else:
            app, screen = self.stack[-1]
            package, title, items = _package(app), screen.capitalize(), self.apps[app][screen]
        nodes = [_node(package, title, 100, clickable=False)]
        for i, (label, target) in enumerate(items):
            y = 300 + 150 * i
            if target == SWITCH:
                checked = self.switches.get((self.stack[-1][1], label), False)
                nodes.append(_node(package, label, y, cls="android.widget.Switch", checkable=True, checked=checked))
            else:
                nodes.append(_node(package, label, y, cls="android.widget.Button"))
        root = f'<node class="android.widget.FrameLayout" package="{package}" bounds="[0,0][1080,2400]">'
        return f'<hierarchy rotation="0">{root}{"".join(nodes)}</node></hierarchy>'


def _package(label: str) -> str:
    return "com.example." + "".join(c for c in label.lower() if c.isalnum())


def _node(package: str, text: str, y: int, *, cls: str = "android.widget.TextView", clickable: bool = True,
          checkable: bool = False, checked: bool = False) -> str:
    flags = f'clickable="{str(clickable).lower()}" checkable="{str(checkable).lower()}" checked="{str(checked).lower()}"'
    return (f'<node class="{cls}" package="{package}" text={quoteattr(text)} resource-id="" content-desc="" '
            f'{flags} enabled="true" bounds="[40,{y}][1040,{y + 120}]" />')
