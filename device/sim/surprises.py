"""Surprises the simulated phone can inject, drawn the way real Android draws them.

A :class:`SurprisePlan` says which apps show what; :func:`plan_for` builds one from a mode:

- ``none``: nothing; ``seeded``: a random mix drawn from the phone's seed;
- ``rate``: a rating pop-up (the app's own AlertDialog) the first time each app opens;
- ``update``: an update dialog from the store (another package) the first time each app opens;
- ``permission``: a runtime permission request from the permission controller the first time
  each app opens (apps with no permission of their own ask to send notifications, as
  Android 13+ apps do), including apps a task never names;
- ``system``: an "isn't responding" dialog of package ``android`` after the third action;
- ``slow``: a spinner on each app's first open, until the next action;
- ``all``: every kind above at once.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...errors import ConfigurationError
from .app import Dialog, DialogButton

if TYPE_CHECKING:
    from .app import App
    from .runtime import SimDevice

SURPRISE_MODES = ("none", "seeded", "rate", "update", "permission", "system", "slow", "all")
PERMISSION_PACKAGE = "com.google.android.permissioncontroller"
PERMISSION_IDS = "com.android.permissioncontroller:id/"  # real dialogs keep the AOSP id prefix
STORE_PACKAGE = "com.android.vending"
NOTIFICATIONS = "send you notifications"
ANR_AFTER = 3


@dataclass
class SurprisePlan:
    """Which surprises this phone has (empty when surprises are off)."""

    permission: set[str] = field(default_factory=set)  # apps asking a permission on first open
    rating: dict[str, int] = field(default_factory=dict)  # app -> launch number showing a rating pop-up
    slow: set[str] = field(default_factory=set)  # apps showing a spinner on first open
    update: dict[str, int] = field(default_factory=dict)  # app -> launch number showing an update dialog
    anr_after: int | None = None  # an "isn't responding" dialog after this many applied actions (once)


def parse_mode(mode: bool | str | None) -> str:
    """``True`` is ``seeded``, ``False``/``None`` is ``none``; anything else must be a known mode."""
    if mode is True:
        return "seeded"
    if mode is False or mode is None:
        return "none"
    if mode not in SURPRISE_MODES:
        raise ConfigurationError(f"unknown surprise mode {mode!r}",
                                 hint=f"use one of {', '.join(SURPRISE_MODES)}")
    return str(mode)


def plan_for(mode: bool | str | None, apps: list[App[Any]], rng: random.Random) -> SurprisePlan:
    """The plan for ``mode`` over the launchable ``apps`` (``rng`` only matters for ``seeded``)."""
    mode = parse_mode(mode)
    names = sorted(a.name for a in apps)
    if mode == "seeded":
        return _seeded(apps, rng)
    plan = SurprisePlan()
    every = mode == "all"
    if every or mode == "rate":
        plan.rating = {name: 1 for name in names}
    if every or mode == "update":
        plan.update = {name: 1 for name in names}
    if every or mode == "permission":
        plan.permission = set(names)
    if every or mode == "slow":
        plan.slow = set(names)
    if every or mode == "system":
        plan.anr_after = ANR_AFTER
    return plan


def _seeded(apps: list[App[Any]], rng: random.Random) -> SurprisePlan:
    plan = SurprisePlan()
    names = sorted(a.name for a in apps)
    by_name = {a.name: a for a in apps}
    for name in names:
        if by_name[name].permission and rng.random() < 0.6:
            plan.permission.add(name)
        if rng.random() < 0.3:
            plan.slow.add(name)
    if names:
        plan.rating[rng.choice(names)] = rng.choice([1, 2])
        if rng.random() < 0.3:
            plan.update[rng.choice(names)] = 1
        if rng.random() < 0.3:
            plan.anr_after = rng.randint(3, 6)
    return plan


def on_launch(device: SimDevice, app: App[Any], count: int) -> None:
    """Show what the plan has for ``app``'s ``count``-th launch (the last shown is on top)."""
    plan = device.surprise_plan
    name = app.name
    if count == 1 and name in plan.slow:
        device.ui.loading = True
    if plan.update.get(name) == count:
        device.show_dialog(update_dialog(app))
    if plan.rating.get(name) == count:
        device.show_dialog(rating_dialog(app))
    if name in plan.permission and name not in device.permissions:
        device.show_dialog(permission_dialog(app, lambda granted: device.permissions.__setitem__(name, granted)))


def after_action(device: SimDevice, applied: int) -> None:
    """The system dialog once ``applied`` actions have landed (while an app, not home, is in front)."""
    plan = device.surprise_plan
    if plan.anr_after is None or applied < plan.anr_after or device.foreground == "home":
        return
    plan.anr_after = None
    device.show_dialog(anr_dialog(device, device.apps[device.foreground]))


def rating_dialog(app: App[Any]) -> Dialog:
    """The app's own AlertDialog: button1 (positive) rates, button2 (negative) says not now."""
    return Dialog(title=f"Enjoying {app.label}?", message="Tap a star to rate it on Google Play.",
                  buttons=[DialogButton("Not now"), DialogButton("Rate now")], package=app.package)


def update_dialog(app: App[Any]) -> Dialog:
    """An in-app update prompt drawn by the store: a package the task never opened."""
    return Dialog(title="Update available",
                  message=f"A new version of {app.label} is available. Update now to get the latest features.",
                  buttons=[DialogButton("No thanks"), DialogButton("Update")], package=STORE_PACKAGE)


def permission_dialog(app: App[Any], answer: Callable[[bool], None]) -> Dialog:
    """Android's runtime permission request: stacked buttons with the permission controller's ids."""
    what = app.permission or NOTIFICATIONS
    if "location" in what:
        allow = [DialogButton("While using the app", lambda: answer(True), PERMISSION_IDS + "permission_allow_foreground_only_button"),
                 DialogButton("Only this time", lambda: answer(True), PERMISSION_IDS + "permission_allow_one_time_button")]
    else:
        allow = [DialogButton("Allow", lambda: answer(True), PERMISSION_IDS + "permission_allow_button")]
    deny = DialogButton("Don't allow", lambda: answer(False), PERMISSION_IDS + "permission_deny_button")
    return Dialog(title=f"Allow {app.label} to {what}?", buttons=[*allow, deny], package=PERMISSION_PACKAGE,
                  cancelable=False, rid=PERMISSION_IDS + "permission_message", stacked=True)


def anr_dialog(device: SimDevice, app: App[Any]) -> Dialog:
    """The system's "isn't responding" dialog (package ``android``, ids aerr_close / aerr_wait)."""
    def close() -> None:
        device.stack(app.name).clear()
        device.foreground = "home"

    return Dialog(title=f"{app.label} isn't responding",
                  buttons=[DialogButton("Close app", close, "android:id/aerr_close"),
                           DialogButton("Wait", None, "android:id/aerr_wait")],
                  package="android", stacked=True)


__all__ = ["SURPRISE_MODES", "SurprisePlan", "after_action", "on_launch", "parse_mode", "plan_for"]
