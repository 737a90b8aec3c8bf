"""Snapshots of a simulated phone: what a run checkpoints so that a resume acts on the same phone.

Screens hold callbacks and cannot be saved, so a snapshot is a replay log: the phone's data
(every app's state, the clock, the foreground app, notifications, permissions) as it was before
the first action, then the actions applied since, in order. Data changed outside ``act`` (a
task's setup between two runs) starts a new segment holding the data as it then was.
Restoring rebuilds the phone from its seed and replays the log: the same screens, the same
element ids, the same applied idempotency keys (a resent action is still applied only once).
Data segments are stored compressed (about 7 kB for the default phone instead of 26 kB): a run
checkpoints its snapshot with every step.
"""

from __future__ import annotations

import base64
import importlib
import json
import zlib
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ...errors import ConfigurationError, DeviceError, InvalidActionError
from ..types import Action

if TYPE_CHECKING:
    from .runtime import SimDevice

FORMAT = "cascadroid.sim-snapshot/1"


def phone_data(phone: SimDevice) -> dict[str, Any]:
    """The phone's data: everything that is not a screen (screens are rebuilt by replaying)."""
    return {**phone.export_state(), "permissions": dict(phone.permissions)}


class ReplayLog:
    """Kept by a SimDevice: data segments and the actions applied after each."""

    def __init__(self) -> None:
        self.segments: list[dict[str, Any]] = []
        # the data right after the last applied action (fresh JSON-ready containers, compared with ==:
        # a C-speed walk, where hashing a sorted JSON dump twice per action cost about 1 ms)
        self._after: dict[str, Any] | None = None

    def before_act(self, phone: SimDevice) -> None:
        data = phone_data(phone)
        if data != self._after:  # the first action, or data changed outside act
            if self.segments and "data_z" in self.segments[-1]:
                self.segments.pop()  # no action landed after it (the last one was invalid)
            self.segments.append({"data_z": _pack(data)})

    def applied(self, phone: SimDevice, action: Action) -> None:
        if "actions" not in self.segments[-1]:
            self.segments.append({"actions": []})
        self.segments[-1]["actions"].append(action.model_dump(mode="json"))
        self._after = phone_data(phone)

    def snapshot(self, phone: SimDevice) -> dict[str, Any]:
        segments = [dict(s, actions=list(s["actions"])) if "actions" in s else dict(s) for s in self.segments]
        data = phone_data(phone)
        if data != self._after:
            segments.append({"data_z": _pack(data)})
        return {"format": FORMAT, "phone": _phone_args(phone), "segments": segments}


def _pack(data: dict[str, Any]) -> str:
    return base64.b64encode(zlib.compress(json.dumps(data).encode(), 6)).decode("ascii")


def _unpack(packed: str) -> dict[str, Any]:
    return json.loads(zlib.decompress(base64.b64decode(packed)))


def _phone_args(phone: SimDevice) -> dict[str, Any]:
    return {
        "seed": phone.seed, "width": phone.width, "height": phone.height, "surprises": phone.surprises,
        "skin": phone.skin.name,
        "apps": [f"{type(app).__module__}:{type(app).__qualname__}" for app in phone.apps.values()],
    }


def restore(phone: SimDevice, snapshot: dict[str, Any]) -> None:
    """Rebuild ``phone`` in place as ``snapshot`` describes it."""
    if not isinstance(snapshot, dict) or snapshot.get("format") != FORMAT:
        raise ConfigurationError(
            f"not a simulated-phone snapshot (format {snapshot.get('format') if isinstance(snapshot, dict) else None!r})",
            hint=f"pass what SimDevice.snapshot() returned (format {FORMAT!r})",
        )
    args = dict(snapshot["phone"])
    apps = [_import(path) for path in args.pop("apps")]
    type(phone).__init__(phone, apps=apps, **args)
    for segment in snapshot["segments"]:
        if "data_z" in segment:
            _apply_data(phone, _unpack(segment["data_z"]))
        for index, action in enumerate(segment.get("actions", [])):
            try:
                phone.act(action)
            except InvalidActionError as exc:
                raise DeviceError(
                    f"cannot restore the simulated phone: saved action {index} ({action.get('kind')}) "
                    f"no longer applies ({exc.message})",
                    hint="the simulator changed since the run was saved; start the task again",
                ) from exc


def _apply_data(phone: SimDevice, data: dict[str, Any]) -> None:
    from .app import Notification

    for name, state in data["apps"].items():
        phone.load_state(name, state)
    phone.foreground = data["foreground"]
    phone.now = datetime.fromisoformat(data["now"])
    phone.answer, phone.finished = data["answer"], data["finished"]
    phone.permissions = dict(data.get("permissions", {}))
    saved = [(n["app"], n["title"], n["text"]) for n in data["notifications"]]
    if [(n.app, n.title, n.text) for n in phone.notifications] != saved:
        phone.notifications.clear()
        for app, title, text in saved:
            phone.notify(Notification(app=app, title=title, text=text, heads_up=False))


def _import(path: str) -> Any:
    module, _, name = path.partition(":")
    try:
        found: Any = importlib.import_module(module)
        for part in name.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError) as exc:
        raise ConfigurationError(f"the snapshot's app class {path!r} cannot be imported: {exc}",
                                 hint="restore with the same apps installed as when it was saved") from exc
    return found
