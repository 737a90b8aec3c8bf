"""Exploring apps without doing anything in them: screens, elements and transitions for the memory.

For each app the device declares (:func:`~cascadroid.device.types.device_apps`), the explorer
opens it and goes breadth-first over the screens it finds: on each screen it taps every safe
element once (one row of a repeated list, never a switch, slider, field or anything
:func:`.side_effects.unsafe`), records where the tap led, and returns with Back (or leaves the
app and opens it again, then replays the known path, when Back goes elsewhere). Pop-ups in the
way are dismissed, never confirmed; permission requests are denied. Nothing is typed.

A device that can checkpoint itself (the simulated phone: :class:`RestoresState`) is explored as
a throwaway copy of itself: each app starts from the user's state, a walk that lost its way (a
tap changed the app, e.g. opened a tab) starts over from it, and the phone is put back exactly
as it was afterwards: the user's phone state is untouched.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel, Field

from ..device.types import AppInfo, Back, Device, OpenApp, RestoresState, Tap, device_apps
from ..errors import ConfigurationError, DeviceConnectionError, DeviceError
from ..memory.knowledge import KnowledgeStore, KnownElement, KnownScreen, Transition
from . import interruptions
from .perceptor import Screen, perceive
from .screen_keys import element_key, flags, kinds, repeated, signature, title
from .side_effects import unsafe

DEFAULT_BUDGET = 40  # taps per app
_NEVER_TAPPED = ("Switch", "CheckBox", "RadioButton", "ToggleButton", "SeekBar", "Slider", "RatingBar",
                 "CheckedTextView", "Spinner")
_MAX_BACKS = 8  # presses of Back to leave an app
_MAX_SETTLE = 4  # pop-ups dismissed in a row before giving up on a screen
_DIALOG_IDS = ("button1", "button2", "button3")


class AppReport(BaseModel):
    label: str
    package: str
    screens: int = 0
    transitions: int = 0
    taps: int = 0
    skipped_unsafe: int = 0
    seconds: float = 0.0
    error: str = ""


class ExploreReport(BaseModel):
    """What ``explore`` found, per app."""

    apps: list[AppReport] = Field(default_factory=list)
    seconds: float = 0.0
    restored: bool = False  # the device was put back as it was (a device that checkpoints itself)

    @property
    def screens(self) -> int:
        return sum(a.screens for a in self.apps)

    @property
    def transitions(self) -> int:
        return sum(a.transitions for a in self.apps)


def choose_apps(device: Device, names: Sequence[str] | None) -> list[AppInfo]:
    """The device's apps, or those ``names`` picks (label or package, any case)."""
    listed = device_apps(device)
    if not listed:
        raise ConfigurationError("the device does not list its apps, so there is nothing to explore",
                                 hint="use a device that declares its apps (ListsApps: sim, adb, appium)")
    if not names:
        return listed
    chosen = []
    for name in names:
        found = next((a for a in listed if name.casefold() in (a.label.casefold(), a.package.casefold())), None)
        if found is None:
            raise ConfigurationError(f"the device has no app {name!r}",
                                     hint=f"use one of: {', '.join(a.label for a in listed)}")
        chosen.append(found)
    return chosen


def explore(device: Device, knowledge: KnowledgeStore, *, apps: Sequence[str] | None = None,
            budget: int = DEFAULT_BUDGET) -> ExploreReport:
    """Explore ``apps`` (default: every app the device declares), at most ``budget`` taps each."""
    if budget < 1:
        raise ConfigurationError(f"budget {budget} is too small", hint="allow at least 1 tap per app (default 40)")
    chosen = choose_apps(device, apps)
    saved = device.snapshot() if isinstance(device, RestoresState) else None
    started = time.perf_counter()
    report = ExploreReport()
    try:
        for app in chosen:
            explorer = AppExplorer(device, knowledge, app, budget, [a.label for a in chosen])
            if saved is not None:  # each app from the user's state; lost, start over from it
                explorer.reset = lambda: device.restore(saved)
                explorer.reset()
            report.apps.append(explorer.run())
    finally:
        if saved is not None:
            device.restore(saved)
            report.restored = True
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def explore_into(device: Device, memory: Any, app: str | Sequence[str] | None = None, *,
                 budget: int = DEFAULT_BUDGET) -> ExploreReport:
    """:func:`explore` into a MemoryStore's knowledge (``Agent.explore``, ``cascadroid explore``)."""
    if memory is None:
        raise ConfigurationError("exploring needs a memory to keep what it finds",
                                 hint="pass memory=PATH (or leave memory at its default) instead of memory=False")
    return explore(device, memory.knowledge, apps=[app] if isinstance(app, str) else app, budget=budget)


class AppExplorer:
    """Breadth-first over one app's screens (see the module docstring)."""

    def __init__(self, device: Device, knowledge: KnowledgeStore, app: AppInfo, budget: int,
                 labels: list[str]) -> None:
        self.device, self.knowledge, self.app, self.budget = device, knowledge, app, budget
        self.labels = labels
        self.report = AppReport(label=app.label, package=app.package)
        self.seen: set[str] = set()
        self.tried: set[tuple[str, str]] = set()
        self.queued: set[str] = set()
        self.reset: Callable[[], None] | None = None  # puts the device back as it was (RestoresState)

    def run(self) -> AppReport:
        started = time.perf_counter()
        try:
            self._walk()
        except DeviceConnectionError:
            raise
        except DeviceError as exc:
            self.report.error = exc.message
        self.report.seconds = round(time.perf_counter() - started, 3)
        return self.report

    def _walk(self) -> None:
        screen = self._enter()
        if screen is None:
            self.report.error = f"{self.app.label} did not open"
            return
        root = self._record(screen)
        self.queued.add(root)
        queue: deque[tuple[str, list[str]]] = deque([(root, [])])
        while queue and self.report.taps < self.budget:
            sig, path = queue.popleft()
            screen = self._reach(path, sig)
            if screen is None or signature(screen) != sig:
                continue
            for key in self._targets(screen):
                if self.report.taps >= self.budget:
                    break
                screen = self._explore_one(screen, sig, key, path, queue)
                if screen is None or signature(screen) != sig:
                    break  # lost the way back: a key on another screen would be recorded under this one

    def _explore_one(self, screen: Screen, sig: str, key: str, path: list[str],
                     queue: deque[tuple[str, list[str]]]) -> Screen | None:
        """Tap ``key`` on ``screen``, record where it led, come back; the screen now (None: lost)."""
        element = _find(screen, key)
        if element is None:
            return screen
        self.tried.add((sig, key))
        self.report.taps += 1
        after = self._act(Tap(element=element))
        if after is None:
            return self._reach(path, sig)
        if after.package != self.app.package:
            return self._return(sig, path)  # it opened another app: not this app's knowledge
        target = self._record(after)
        self.knowledge.record_transition(Transition(source=sig, key=key, target=target, app=self.app.package,
                                                    label=screen.labels.get(element, "")))
        self.report.transitions += 1
        if target == sig:
            return after  # the same screen (a tab, a filter): nothing to come back from
        if target not in self.queued and not _is_dialog(after):
            queue.append((target, [*path, key]))
            self.queued.add(target)
        back = self._act(Back())
        if back is not None and back.package == self.app.package and signature(back) == sig:
            self.knowledge.record_transition(Transition(source=target, key="back", target=sig, app=self.app.package))
            return back
        return self._reach(path, sig)

    def _targets(self, screen: Screen) -> list[str]:
        """Keys of the safe elements to tap, one per repeated row kind, in screen order."""
        if _is_dialog(screen):
            return []
        rows, kind_of = repeated(screen), kinds(screen)
        sig = signature(screen)
        out: list[str] = []
        for element in screen.actionable:
            key = element_key(screen, element, rows=rows, kind_of=kind_of)
            if key in out or (sig, key) in self.tried:
                continue
            if not self._tappable(screen, element, kind_of.get(element, "")):
                continue
            out.append(key)
        return out

    def _tappable(self, screen: Screen, element: int, kind: str) -> bool:
        if element in screen.editable or element in screen.checked or element in screen.from_ocr:
            return False
        if kind.endswith(_NEVER_TAPPED) or "scrollable" in flags(screen, element):
            return False
        if _holds_switch(screen, element):
            return False  # tapping the row flips its switch
        label = screen.labels.get(element, "")
        if unsafe(label, screen.locators.get(element, {}).get("resource_id", "")):
            self.report.skipped_unsafe += 1
            return False
        return bool(label)

    def _record(self, screen: Screen) -> str:
        sig = signature(screen)
        if sig not in self.seen:
            self.seen.add(sig)
            self.report.screens += 1
            rows, kind_of = repeated(screen), kinds(screen)
            elements = [KnownElement(key=element_key(screen, i, rows=rows, kind_of=kind_of),
                                     label=screen.labels.get(i, ""), kind=kind_of.get(i, ""),
                                     checkable=i in screen.checked) for i in screen.actionable]
            texts = [line.strip() for line in screen.lines if line.startswith("    ")][:20]
            self.knowledge.record_screen(KnownScreen(signature=sig, app=screen.package, title=title(screen),
                                                     elements=elements, texts=texts))
        return sig

    # ---- moving around -------------------------------------------------------------------
    def _act(self, action: Tap | Back | OpenApp) -> Screen | None:
        """Do ``action`` and read the screen once pop-ups are out of the way (None: could not)."""
        try:
            self.device.act(action)
        except DeviceConnectionError:
            raise
        except DeviceError:
            return None
        return self._settle(action.kind)

    def _settle(self, last: str) -> Screen | None:
        for _ in range(_MAX_SETTLE):
            observation = self.device.observe()
            ctx = interruptions.Context(apps=self.labels, app_package=self.app.package, last_action=last)
            found = interruptions.recognise(observation, ctx)
            if found is None:
                return perceive(observation)
            decision = interruptions.decide(found, ctx, permissions="deny")
            action = decision.action if decision is not None else Back().model_dump()
            if action.get("kind") == "tap" and action.get("element") == found.buttons.get("positive"):
                action = Back().model_dump()  # never confirm: Back instead
            try:
                self.device.act(interruptions.ACTION.validate_python(action))
            except DeviceConnectionError:
                raise
            except DeviceError:
                return None
            last = action["kind"]
        return None

    def _enter(self) -> Screen | None:
        """Leave the app (Back until something else is in front), then open it at its first screen."""
        for _ in range(_MAX_BACKS):
            now = self._settle("back")
            if now is None or now.package != self.app.package:
                break
            self.device.act(Back())
        return self._act(OpenApp(app=self.app.label))

    def _reach(self, path: list[str], sig: str | None = None) -> Screen | None:
        """The screen at the end of ``path`` (element keys) from the app's first screen; when it is not
        ``sig`` (an earlier tap changed the app, e.g. opened a tab), once more from the device's saved state."""
        screen = self._replay(path)
        if sig is not None and self.reset is not None and (screen is None or signature(screen) != sig):
            self.reset()
            screen = self._replay(path)
        return screen

    def _replay(self, path: list[str]) -> Screen | None:
        screen = self._enter()
        for key in path:
            element = _find(screen, key) if screen is not None else None
            if element is None:
                return None
            screen = self._act(Tap(element=element))
        return screen

    def _return(self, sig: str, path: list[str]) -> Screen | None:
        back = self._act(Back())
        if back is not None and back.package == self.app.package and signature(back) == sig:
            return back
        return self._reach(path, sig)


def _find(screen: Screen | None, key: str) -> int | None:
    if screen is None:
        return None
    rows, kind_of = repeated(screen), kinds(screen)
    return next((i for i in screen.actionable if element_key(screen, i, rows=rows, kind_of=kind_of) == key), None)


def _is_dialog(screen: Screen) -> bool:
    """An AlertDialog (its standard button ids) is on the screen: look, never press."""
    return any(loc.get("resource_id", "").rsplit("/", 1)[-1] in _DIALOG_IDS for loc in screen.locators.values())


def _holds_switch(screen: Screen, element: int) -> bool:
    box = screen.bounds.get(element)
    if box is None:
        return False
    for other in screen.checked:
        inner = screen.bounds.get(other)
        if other != element and inner and box[0] <= inner[0] and box[1] <= inner[1] and inner[2] <= box[2] \
                and inner[3] <= box[3]:
            return True
    return False
