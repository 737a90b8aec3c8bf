"""A fake ``adb`` executable for tests: serves UIAutomator dumps from files, records every command.

Use it from Python (it writes an ``adb`` script you can put first on ``PATH`` or pass as
``adb_path``)::

    fake = FakeAdb(tmp_path, screens={"home": FakeScreen(xml=HOME_XML, package="com.example")},
                   launchable=["org.example.mail/.Inbox"], contacts=["Ana Lima"])
    device = AdbDevice(adb_path=str(fake.executable))
    device.act(Tap(x=10, y=20))
    assert fake.shell_commands()[-1] == ["input", "tap", "10", "20"]
    assert device.contact_names() == ["Ana Lima"]   # from `content query`, as on a phone

The script itself (``python fake_adb.py ARGS``) reads its world from ``$CASCADROID_FAKE_ADB_HOME``:
``config.json`` (devices, screens, transitions, launchable apps, contacts), ``state.json`` (the screen stack, typed text)
and appends one JSON line per call to ``commands.jsonl``. Shell commands are split the way
the device's shell would split them, so a test sees exactly what the device would run.
Standard library only: it starts fast and runs without cascadroid installed.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import struct
import sys
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

HOME_ENV = "CASCADROID_FAKE_ADB_HOME"
_BOUNDS = re.compile(r"\[(-?\d+),(-?\d+)\]\[(-?\d+),(-?\d+)\]")
_KEYCODE_HOME, _KEYCODE_BACK = "3", "4"


@dataclass
class FakeScreen:
    """One screen: its UIAutomator dump and the app in focus."""

    xml: str
    package: str = "com.example.app"
    activity: str = ".MainActivity"


@dataclass
class FakeTransition:
    """Tapping an element on ``source`` whose text, content-desc or resource-id equals ``target`` opens ``to``."""

    source: str
    target: str
    to: str


@dataclass
class _Config:
    screens: dict[str, FakeScreen]
    start: str
    devices: dict[str, str] = field(default_factory=lambda: {"emulator-5554": "device"})
    size: tuple[int, int] = (1080, 2400)
    transitions: list[FakeTransition] = field(default_factory=list)
    apps: dict[str, str] = field(default_factory=dict)
    tty_dump: bool = True
    launchable: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    launcher_query: bool = True
    intents: dict[str, str] = field(default_factory=dict)


class FakeAdb:
    """Writes the fake adb's world into ``home`` and reads back what it was asked to do."""

    def __init__(
        self,
        home: str | os.PathLike[str],
        screens: Mapping[str, FakeScreen],
        *,
        start: str | None = None,
        transitions: Iterable[FakeTransition] = (),
        apps: Mapping[str, str] | None = None,
        devices: Mapping[str, str] | None = None,
        size: tuple[int, int] = (1080, 2400),
        tty_dump: bool = True,
        launchable: Iterable[str] | None = None,
        contacts: Iterable[str] = (),
        launcher_query: bool = True,
        intents: Mapping[str, str] | None = None,
    ) -> None:
        """``apps`` maps packages to screens for ``am start``/``monkey`` (default: each screen's
        package); ``tty_dump=False`` acts like devices that cannot ``uiautomator dump /dev/tty``.

        ``launchable``: the ``package/activity`` components the launcher query lists (default:
        every screen's but the start screen's); ``launcher_query=False`` acts like phones older
        than Android 7, which have no ``cmd package`` (``pm list packages -3`` lists them then).
        ``contacts``: the display names the contacts provider returns. ``intents`` maps an intent
        action (``android.settings.WIFI_SETTINGS``) or a URI scheme (``tel``) to the screen
        ``am start -a ACTION [-d URI]`` opens; others are answered "unable to resolve Intent"."""
        if not screens:
            raise ValueError("FakeAdb needs at least one screen")
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        start = start or next(iter(screens))
        if launchable is None:
            launchable = [f"{pack.package}/{pack.activity}" for name, pack in screens.items() if name != start]
        config = _Config(
            screens=dict(screens),
            start=start,
            devices=dict(devices) if devices is not None else {"emulator-5554": "device"},
            size=size,
            transitions=list(transitions),
            apps=dict(apps or {pack.package: name for name, pack in screens.items()}),
            tty_dump=tty_dump,
            launchable=list(dict.fromkeys(launchable)),
            contacts=list(contacts),
            launcher_query=launcher_query,
            intents=dict(intents or {}),
        )
        _write_json(self.home / "config.json", asdict(config))
        _write_json(self.home / "state.json", {"stack": [start], "typed": []})
        (self.home / "commands.jsonl").write_text("")
        self.executable = self.home / "bin" / "adb"
        self.executable.parent.mkdir(exist_ok=True)
        self.executable.write_text(
            "#!/bin/sh\n"
            f"{HOME_ENV}={shlex.quote(str(self.home))} exec {shlex.quote(sys.executable)} -I "
            f"{shlex.quote(str(Path(__file__).resolve()))} \"$@\"\n"
        )
        self.executable.chmod(0o755)

    @property
    def bin_dir(self) -> Path:
        """Put this first on ``PATH`` to make ``adb`` mean the fake."""
        return self.executable.parent

    def calls(self) -> list[dict]:
        """Every call: ``argv`` (after ``adb``), ``serial``, and ``shell`` words for shell commands."""
        lines = (self.home / "commands.jsonl").read_text().splitlines()
        return [json.loads(line) for line in lines if line]

    def shell_commands(self) -> list[list[str]]:
        """The device-side words of each ``shell``/``exec-out`` call, in order."""
        return [call["shell"] for call in self.calls() if call.get("shell") is not None]

    @property
    def screen(self) -> str:
        return _read_json(self.home / "state.json")["stack"][-1]

    @property
    def typed(self) -> list[str]:
        return _read_json(self.home / "state.json")["typed"]

    def set_device_state(self, serial: str, state: str | None) -> None:
        """Simulate plugging (``"device"``), ``"offline"``, ``"unauthorized"``, or unplugging (None)."""
        config = _read_json(self.home / "config.json")
        if state is None:
            config["devices"].pop(serial, None)
        else:
            config["devices"][serial] = state
        _write_json(self.home / "config.json", config)


# -- the executable ------------------------------------------------------------------------


class _Exit(Exception):
    def __init__(self, code: int, stderr: str = "") -> None:
        self.code, self.stderr = code, stderr


def main(argv: list[str]) -> int:
    home = Path(os.environ.get(HOME_ENV, ""))
    if not (home / "config.json").is_file():
        sys.stderr.write(f"fake adb: set {HOME_ENV} to a folder made by cascadroid.testing.FakeAdb\n")
        return 2
    serial, args = _global_options(argv)
    words = shlex.split(" ".join(args[1:])) if args and args[0] in ("shell", "exec-out") else None
    with open(home / "commands.jsonl", "a") as log:
        log.write(json.dumps({"argv": argv, "serial": serial, "shell": words}) + "\n")
    world = _World(home)
    try:
        out = world.run(serial, args, words)
    except _Exit as done:
        sys.stderr.write(done.stderr)
        return done.code
    sys.stdout.buffer.write(out)
    return 0


def _global_options(argv: list[str]) -> tuple[str | None, list[str]]:
    serial = os.environ.get("ANDROID_SERIAL")
    rest = list(argv)
    while rest and rest[0] in ("-s", "-d", "-e", "-H", "-P"):
        flag = rest.pop(0)
        if flag in ("-s", "-H", "-P") and rest:
            value = rest.pop(0)
            serial = value if flag == "-s" else serial
    return serial, rest


class _World:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.config = _read_json(home / "config.json")
        self.state = _read_json(home / "state.json")

    def save(self) -> None:
        _write_json(self.home / "state.json", self.state)

    def run(self, serial: str | None, args: list[str], words: list[str] | None) -> bytes:
        if not args:
            raise _Exit(1, "adb: no command given\n")
        if args[0] == "devices":
            rows = "".join(f"{name}\t{state}\n" for name, state in self.config["devices"].items())
            return f"List of devices attached\n{rows}\n".encode()
        if args[0] == "version":
            return b"Android Debug Bridge version 1.0.41 (cascadroid fake)\n"
        self._select(serial)
        if args[0] == "get-state":
            return b"device\n"
        if words is not None:
            return self.shell(words)
        raise _Exit(1, f"adb: unknown command {args[0]}\n")

    def _select(self, serial: str | None) -> None:
        devices: dict[str, str] = self.config["devices"]
        if serial is None:
            if not devices:
                raise _Exit(1, "adb: no devices/emulators found\n")
            if len(devices) > 1:
                raise _Exit(1, "adb: more than one device/emulator\n")
            serial = next(iter(devices))
        if serial not in devices:
            raise _Exit(1, f"adb: device '{serial}' not found\n")
        if devices[serial] == "offline":
            raise _Exit(1, "adb: device offline\n")
        if devices[serial] == "unauthorized":
            raise _Exit(1, "adb: device unauthorized.\nCheck for a confirmation dialog on your device.\n")

    @property
    def screen(self) -> dict:
        return self.config["screens"][self.state["stack"][-1]]

    def shell(self, words: list[str]) -> bytes:
        match words:
            case ["uiautomator", "dump", "/dev/tty"] if not self.config["tty_dump"]:
                return b"ERROR: null root node returned by UiTestAutomationBridge.\n"
            case ["uiautomator", "dump", "/dev/tty"]:
                return (self.screen["xml"] + "UI hierchary dumped to: /dev/tty\n").encode()
            case ["uiautomator", "dump", path]:
                self.state.setdefault("files", {})[path] = self.screen["xml"]
                self.save()
                return f"UI hierchary dumped to: {path}\n".encode()
            case ["cat", path]:
                if path not in self.state.get("files", {}):
                    raise _Exit(1, f"cat: {path}: No such file or directory\n")
                return self.state["files"][path].encode()
            case ["wm", "size"]:
                width, height = self.config["size"]
                return f"Physical size: {width}x{height}\n".encode()
            case ["dumpsys", "window", *_]:
                screen = self.screen
                focus = f"{screen['package']}/{screen['activity']}"
                return f"  mCurrentFocus=Window{{1a2b3c u0 {focus}}}\n  mFocusedApp=ActivityRecord{{4d5e u0 {focus} t7}}\n".encode()
            case ["screencap", "-p"]:
                return _png(*self.config["size"])
            case ["input", "tap", x, y]:
                self._tap(int(x), int(y))
                return b""
            case ["input", "swipe", *_]:
                return b""
            case ["input", "keyevent", *codes]:
                for code in codes:
                    self._key(code)
                return b""
            case ["input", "text", text]:
                self.state["typed"].append(text.replace("%s", " "))
                self.save()
                return b""
            case ["am", "start", "-n", component]:
                return self._open(component.split("/")[0], f"Starting: Intent {{ cmp={component} }}\n")
            case ["am", "start", "-a", action, *rest]:
                return self._start_intent(action, rest)
            case ["monkey", "-p", package, *_]:
                return self._open(package, "Events injected: 1\n")
            case ["cmd", "package", "query-activities", *flags] if self.config["launcher_query"]:
                return self._query_activities(flags)
            case ["pm", "list", "packages", *flags]:
                return self._list_packages(flags)
            case ["content", "query", "--uri", uri, *rest]:
                return self._content_query(uri, rest)
        raise _Exit(127, f"/system/bin/sh: {words[0] if words else ''}: inaccessible or not found\n")

    def _start_intent(self, action: str, rest: list[str]) -> bytes:
        """``am start -a ACTION [-d URI] [-p PACKAGE]``: the URI's scheme (else the action) picks the screen."""
        uri = rest[rest.index("-d") + 1] if "-d" in rest else ""
        key = uri.split(":", 1)[0] if uri else action
        intent = f"act={action}" + (f" dat={uri}" if uri else "")
        screen = self.config.get("intents", {}).get(key)
        if screen is None:
            return f"Starting: Intent {{ {intent} }}\nError: Activity not started, unable to resolve Intent {{ {intent} }}\n".encode()
        self.state["stack"].append(screen)
        self.save()
        return f"Starting: Intent {{ {intent} }}\n".encode()

    def _query_activities(self, flags: list[str]) -> bytes:
        """As Android prints it: only MAIN/LAUNCHER is answered; ``--brief`` gives one component each."""
        if "android.intent.category.LAUNCHER" not in flags:
            return b"No activities found\n"
        rows = self.config["launchable"]
        if not rows:
            return b"No activities found\n"
        out = [f"{len(rows)} activities found:"]
        for i, component in enumerate(rows):
            out += [f"  Activity #{i}:", "    priority=0 preferredOrder=0 match=0x108000 specificIndex=-1 isDefault=false",
                    f"    {component}"]
        return ("\n".join(out) + "\n").encode()

    def _list_packages(self, flags: list[str]) -> bytes:
        """``-3`` lists the launchable (user) apps; otherwise a few system packages come too."""
        packages = [c.split("/")[0] for c in self.config["launchable"]]
        if "-3" not in flags:
            packages += ["android", "com.android.systemui", "com.android.providers.contacts"]
        return "".join(f"package:{p}\n" for p in dict.fromkeys(packages)).encode()

    def _content_query(self, uri: str, rest: list[str]) -> bytes:
        if uri not in ("content://com.android.contacts/contacts", "content://contacts/phones/"):
            return f"Error while accessing provider:{uri}\njava.lang.IllegalArgumentException: Unknown URI {uri}\n".encode()
        column = rest[rest.index("--projection") + 1] if "--projection" in rest else "display_name"
        if column != "display_name":
            raise _Exit(1, f"Error while accessing provider:contacts\nno such column: {column}\n")
        names = self.config["contacts"]
        if not names:
            return b"No result found.\n"
        return "".join(f"Row: {i} display_name={name}\n" for i, name in enumerate(names)).encode()

    def _tap(self, x: int, y: int) -> None:
        here = self.state["stack"][-1]
        for transition in self.config["transitions"]:
            if transition["source"] == here and _hit(self.screen["xml"], transition["target"], x, y):
                self.state["stack"].append(transition["to"])
                self.save()
                return

    def _key(self, code: str) -> None:
        if code == _KEYCODE_BACK and len(self.state["stack"]) > 1:
            self.state["stack"].pop()
        elif code == _KEYCODE_HOME:
            self.state["stack"] = [self.config["start"]]
        self.save()

    def _open(self, package: str, ok: str) -> bytes:
        screen = self.config["apps"].get(package)
        if screen is None:
            return f"Error: Activity not started, unable to resolve Intent for {package}\n".encode()
        self.state["stack"].append(screen)
        self.save()
        return ok.encode()


def _hit(xml: str, target: str, x: int, y: int) -> bool:
    """Whether (x, y) falls inside an element whose text, content-desc or resource-id is ``target``."""
    import xml.etree.ElementTree as ET

    for node in ET.fromstring(xml).iter():
        attrs = node.attrib
        if target in (attrs.get("text"), attrs.get("content-desc"), attrs.get("resource-id")):
            box = _BOUNDS.fullmatch(attrs.get("bounds", ""))
            if box:
                left, top, right, bottom = map(int, box.groups())
                if left <= x < right and top <= y < bottom:
                    return True
    return False


def _png(width: int, height: int) -> bytes:
    """A tiny grey PNG whose header carries the screen size (pixels are 1x1 to stay small)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    text = f"Comment\x00fake screen {width}x{height}".encode()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"tEXt", text) + chunk(
        b"IDAT", zlib.compress(b"\x00\x80")
    ) + chunk(b"IEND", b"")


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text())


def _write_json(path: Path, data: object) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
