"""AdbDevice: a phone or emulator driven with the ``adb`` command, for users without Appium.

Observe = ``uiautomator dump`` parsed by the shared parser, the focused app from
``dumpsys window``, ``screencap -p`` on demand. Act = ``input tap/swipe/text/keyevent``,
``am start`` / ``monkey`` to open an app. The launchable apps come from the launcher query
(``cmd package query-activities``, ``pm list packages`` on old phones), the contacts from
the contacts provider (``content query``); both are read once per device. Every command runs
with a timeout.
"""

from __future__ import annotations

import logging
import re
import shlex
import string
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import CascadroidError, ConfigurationError, DeviceConnectionError, DeviceError, UnsupportedActionError
from ._android import (
    KEYCODE_BACK,
    KEYCODE_DEL,
    KEYCODE_ENTER,
    KEYCODE_HOME,
    KEYCODE_MOVE_END,
    LONG_PRESS_MS,
    SWIPE_MS,
    VIEW,
    AndroidDevice,
    AppTarget,
    intent_text,
    label_from_package,
)
from .types import AppInfo, Element, Observation, OpenUri
from .uiautomator import parse_observation

if TYPE_CHECKING:
    from ..settings import Settings

_DUMP_FILE = "/sdcard/window_dump.xml"
_HIERARCHY = re.compile(r"<\?xml.*?</hierarchy>|<hierarchy.*?</hierarchy>", re.S)
_SIZE = re.compile(r"(Physical|Override) size:\s*(\d+)x(\d+)")
_FOCUS = re.compile(r"mCurrentFocus=Window\{\S+ \S+ ([\w.]+)(?:/([\w.$]+))?\}")
_FOCUSED_APP = re.compile(r"mFocusedApp=.*?\s([\w.]+)/([\w.$]+)")
_TYPEABLE = set(string.ascii_letters + string.digits + string.punctuation + " ")
_COMPONENT = re.compile(r"^\s*([A-Za-z][\w.]*)/([\w.$]+)\s*$", re.M)
_PACKAGE_LINE = re.compile(r"^package:([A-Za-z][\w.]*)\s*$", re.M)
_CONTACT_ROW = re.compile(r"^Row: \d+ display_name=(.*)$", re.M)
LAUNCHER_QUERY = ("cmd", "package", "query-activities", "--brief",
                  "-a", "android.intent.action.MAIN", "-c", "android.intent.category.LAUNCHER")
CONTACTS_QUERY = ("content", "query", "--uri", "content://com.android.contacts/contacts", "--projection", "display_name")
_LOST = re.compile(r"device\b.*\bnot found|no devices|offline|unauthorized|device still")  # not "sh: cmd: not found"
_log = logging.getLogger(__name__)
_CHECK_DEVICE = "check `adb devices`: the cable or emulator, that USB debugging is on, and that this computer is authorized"


def escape_input_text(text: str) -> str:
    """``text`` as ``input text`` wants it: spaces become ``%s`` (shell quoting is :meth:`AdbDevice.shell`'s).

    ``input text`` types printable ASCII only; anything else is refused with a clear error.
    """
    bad = sorted({ch for ch in text if ch not in _TYPEABLE})
    if bad:
        raise UnsupportedActionError(
            f"`adb shell input text` cannot type {''.join(bad)!r} (only printable ASCII)",
            hint="use AppiumDevice for other characters, or an IME such as ADBKeyboard",
        )
    return text.replace(" ", "%s")


def am_start_words(action: OpenUri) -> list[str]:
    """The device-side words of ``am start`` for ``action`` (a URI is viewed; an action alone is started)."""
    words = ["am", "start", "-a", action.action or VIEW]
    if action.uri:
        words += ["-d", action.uri]
    return words + (["-p", action.package] if action.package else [])


def list_devices(adb_path: str = "adb", *, timeout_s: float = 10.0) -> list[tuple[str, str]]:
    """``(serial, state)`` for each device ``adb devices`` lists; state is ``device`` when usable."""
    out = _run([adb_path, "devices"], timeout_s=timeout_s, what="adb devices").decode(errors="replace")
    rows = [line.split() for line in out.splitlines()[1:] if line.strip() and not line.startswith("*")]
    return [(row[0], row[1]) for row in rows if len(row) >= 2]


def _run(argv: Sequence[str], *, timeout_s: float, what: str) -> bytes:
    try:
        done = subprocess.run(list(argv), capture_output=True, timeout=timeout_s, check=False)
    except FileNotFoundError as exc:
        raise DeviceConnectionError(
            f"the adb command {argv[0]!r} was not found",
            hint="install Android platform-tools (Debian: apt-get install adb) or pass adb_path=",
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise DeviceConnectionError(
            f"{what} did not finish within {timeout_s:g}s", hint=f"the device may be frozen or unplugged; {_CHECK_DEVICE}"
        ) from exc
    if done.returncode != 0:
        raise _failure(what, done.stderr.decode(errors="replace").strip() or done.stdout.decode(errors="replace").strip())
    return done.stdout


def _failure(what: str, output: str) -> CascadroidError:
    first = output.splitlines()[0] if output else "no output"
    lowered = output.lower()
    if "more than one device" in lowered:
        return ConfigurationError(
            f"{what}: several devices are attached ({first})", hint="pass serial= one of the serials `adb devices` lists"
        )
    if _LOST.search(lowered):
        return DeviceConnectionError(f"{what}: {first}", hint=_CHECK_DEVICE)
    return DeviceError(f"{what} failed: {first}", hint="run the same adb command by hand to see the full output")


class AdbDevice(AndroidDevice):
    """A Device over the ``adb`` command. Element ids refer to the last :meth:`observe`."""

    def __init__(
        self,
        serial: str | None = None,
        adb_path: str = "adb",
        *,
        apps: Mapping[str, str] | Iterable[AppInfo] | None = None,
        timeout_s: float = 20.0,
    ) -> None:
        self.serial = serial
        self.adb_path = adb_path
        self.timeout_s = timeout_s
        super().__init__(apps)
        state = self._adb("get-state", what="adb get-state").decode().strip()
        if state != "device":
            raise DeviceConnectionError(f"device {self._name} is {state!r}, not ready", hint=_CHECK_DEVICE)
        self._size = self._screen_size()

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs: Any) -> AdbDevice:
        """Connect with ``settings.adb`` (``CASCADROID_ADB__SERIAL``, ``CASCADROID_ADB__ADB_PATH``)."""
        from ..settings import Settings

        config = (settings or Settings.load()).adb
        return cls(config.serial, config.adb_path, timeout_s=config.timeout_s, **kwargs)

    @property
    def _name(self) -> str:
        return repr(self.serial) if self.serial else "(the only attached device)"

    def _adb(self, *args: str, what: str | None = None) -> bytes:
        prefix = [self.adb_path, *(["-s", self.serial] if self.serial else [])]
        return _run([*prefix, *args], timeout_s=self.timeout_s, what=what or f"adb {' '.join(args)}")

    def shell(self, *words: str) -> str:
        """Run one command on the device and return its output; each word is shell-quoted, so
        the device sees exactly these words (adb joins them into one shell command line)."""
        return self._adb("shell", *map(shlex.quote, words), what=f"adb shell {' '.join(words)}").decode(
            errors="replace"
        )

    def _screen_size(self) -> tuple[int, int]:
        sizes = {kind: (int(w), int(h)) for kind, w, h in _SIZE.findall(self.shell("wm", "size"))}
        size = sizes.get("Override") or sizes.get("Physical")
        if size is None:
            raise DeviceError(f"cannot read the screen size of {self._name}", hint="check `adb shell wm size`")
        return size

    # -- capabilities ------------------------------------------------------------------------

    def _list_apps(self) -> list[AppInfo]:
        """Launcher activities (Android 7+); ``pm list packages -3`` (no home activity) before that."""
        try:
            out = self.shell(*LAUNCHER_QUERY)
        except DeviceConnectionError:
            raise
        except DeviceError:  # no `cmd package` before Android 7
            out = ""
        components = dict.fromkeys(_COMPONENT.findall(out))  # in the launcher's order, once each
        if components:
            seen: dict[str, AppInfo] = {}
            for package, activity in components:
                seen.setdefault(package, AppInfo(label=label_from_package(package), package=package, activity=activity))
            return list(seen.values())
        packages = _PACKAGE_LINE.findall(self.shell("pm", "list", "packages", "-3"))
        return [AppInfo(label=label_from_package(p), package=p) for p in sorted(set(packages))]

    def _read_contacts(self) -> list[str]:
        """Display names from the contacts provider; none (with a log line) when it refuses."""
        try:
            out = self.shell(*CONTACTS_QUERY)
        except DeviceConnectionError:
            raise
        except DeviceError as exc:
            _log.warning("cannot read the contacts of %s (%s); contact names will not be masked", self._name,
                         exc.message)
            return []
        return [name.strip() for name in _CONTACT_ROW.findall(out) if name.strip() not in ("", "NULL")]

    # -- Device protocol ---------------------------------------------------------------------

    def observe(self, *, screenshot: bool = False) -> Observation:
        xml = self._dump()
        package, activity = self._focus()
        png = self._screenshot() if screenshot else None
        width, height = self._size
        self._last = parse_observation(
            xml, width=width, height=height, package=package, activity=activity, screenshot=png
        )
        return self._last

    def _dump(self) -> str:
        out = self._adb("exec-out", "uiautomator", "dump", "/dev/tty").decode(errors="replace")
        found = _HIERARCHY.search(out)
        if found is None:  # some builds cannot dump to the terminal: go through a file
            self.shell("uiautomator", "dump", _DUMP_FILE)
            out = self._adb("exec-out", "cat", _DUMP_FILE).decode(errors="replace")
            found = _HIERARCHY.search(out)
        if found is None:
            raise DeviceError(
                f"uiautomator dump gave no UI tree: {out.strip()[:200]!r}",
                hint="the screen may be animating or secure; wait and observe again",
            )
        return found.group(0)

    def _focus(self) -> tuple[str | None, str]:
        windows = self.shell("dumpsys", "window")
        match = _FOCUS.search(windows) or _FOCUSED_APP.search(windows)
        if match is None:
            return None, ""  # the parser falls back to the tree's package
        return match.group(1), match.group(2) or ""

    def _screenshot(self) -> bytes:
        png = self._adb("exec-out", "screencap", "-p")
        if not png.startswith(b"\x89PNG"):
            raise DeviceError(f"screencap gave no PNG ({len(png)} bytes)", hint="check `adb exec-out screencap -p`")
        return png

    def _tap(self, x: int, y: int) -> None:
        self.shell("input", "tap", str(x), str(y))

    def _long_press(self, x: int, y: int) -> None:
        self.shell("input", "swipe", str(x), str(y), str(x), str(y), str(LONG_PRESS_MS))

    def _drag(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        self.shell("input", "swipe", *map(str, (*start, *end, SWIPE_MS)))

    def _back(self) -> None:
        self._key(KEYCODE_BACK)

    def _home(self) -> None:
        self._key(KEYCODE_HOME)

    def _key(self, *keycodes: int) -> None:
        self.shell("input", "keyevent", *map(str, keycodes))

    def _type_into(self, field: Element, text: str, *, focus: bool, clear: bool, submit: bool) -> None:
        """Tap to focus, delete the old text key by key, ``input text``, then Enter if asked."""
        escaped = escape_input_text(text)  # refuse before touching the device
        if focus:
            self._tap(*field.bounds.center)
        if clear and field.text:
            self._key(KEYCODE_MOVE_END, *[KEYCODE_DEL] * len(field.text))
        if text:
            self.shell("input", "text", escaped)
        if submit:
            self._key(KEYCODE_ENTER)

    def _open_uri(self, action: OpenUri) -> None:
        """``am start -a ACTION [-d URI] [-p PACKAGE]``: each word is quoted (and the URI was checked)."""
        out = self.shell(*am_start_words(action))
        if "Error" in out or "unable to resolve" in out:
            raise DeviceError(
                f"no app on {self._name} opens {intent_text(action)}: {out.strip().splitlines()[-1]}",
                hint="the app for this link or settings page is not installed; open the app and navigate instead",
            )

    def _launch(self, target: AppTarget, app: str) -> None:
        if target.activity:
            out = self.shell("am", "start", "-n", target.component)
        else:
            out = self.shell("monkey", "-p", target.package, "-c", "android.intent.category.LAUNCHER", "1")
        if "Error" in out or "No activities found" in out or "aborted" in out:
            raise DeviceError(
                f"could not open {app!r} ({target.component}): {out.strip().splitlines()[-1]}",
                hint="check the package is installed: `adb shell pm list packages`",
            )

