"""Tasks on Settings, Clock and Phone."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step, swipe
from .base import TaskTemplate
from .common import CLOCK_PKG, PHONE_PKG, call_contact, calls_to, ensure_contact, person, phone_number
from .plan import Plan, rid


# ---- Settings -------------------------------------------------------------------------------------
class _Toggle(TaskTemplate):
    """Turn one setting on or off (``field`` of the Settings state; where it lives depends on the skin)."""

    apps = ("settings",)
    difficulty = "easy"
    field: str

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"state": rng.choice(["on", "off"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        state = device.app("settings").state
        state.airplane_mode = False
        setattr(state, self.field, params["state"] != "on")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return getattr(device.app("settings").state, self.field) == (params["state"] == "on")

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return settings_route(Plan(device), self.field, params["state"] == "on").done()


class SettingsWifi(_Toggle):
    name = "settings_wifi"
    may_change = ("settings.wifi",)
    tags = ("settings", "toggle")
    goal = "Turn Wi-Fi {state}."
    goals = (
        "Switch Wi-Fi {state}.",
        "Could you set the phone's Wi-Fi to {state}?",
        "wifi {state}",
    )
    field = "wifi"


class SettingsBluetooth(_Toggle):
    name = "settings_bluetooth"
    may_change = ("settings.bluetooth",)
    tags = ("settings", "toggle")
    goal = "Turn Bluetooth {state}."
    goals = (
        "Switch Bluetooth {state}.",
        "Please set Bluetooth to {state} on my phone.",
        "bluetooth {state}",
    )
    field = "bluetooth"


class SettingsAirplane(_Toggle):
    name = "settings_airplane_mode"
    may_change = ("settings.airplane_mode", "settings.wifi", "settings.bluetooth")
    tags = ("settings", "toggle")
    goal = "Turn airplane mode {state}."
    goals = (
        "Switch flight mode {state}.",
        "Could you set airplane mode to {state} in the settings?",
        "airplane {state}",
    )
    field = "airplane_mode"

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("settings").state.airplane_mode = params["state"] != "on"


class SettingsDarkTheme(_Toggle):
    name = "settings_dark_theme"
    may_change = ("settings.dark_mode",)
    tags = ("settings", "toggle", "display")
    goal = "Turn the dark theme {state}."
    goals = (
        "Switch dark mode {state}.",
        "Please set the phone's dark theme to {state}.",
        "dark theme {state}",
    )
    field = "dark_mode"


class SettingsBrightness(TaskTemplate):
    name = "settings_brightness"
    may_change = ("settings.brightness",)
    apps = ("settings",)
    difficulty = "medium"
    tags = ("settings", "display", "slider")
    goal = "Set the screen brightness to its {level}."
    goals = (
        "Put the display brightness at its {level}.",
        "Can you change the screen brightness so it's at its {level}?",
        "brightness {level}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"level": rng.choice(["maximum", "minimum"])}

    def _target(self, params: dict[str, Any]) -> int:
        return 100 if params["level"] == "maximum" else 0

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("settings").state.brightness = random.Random(str(params)).choice([30, 40, 50, 60, 70])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("settings").state.brightness == self._target(params)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        target = self._target(params)
        rows, slider = device.app("settings").route("brightness")
        plan = Plan(device).open("Settings")
        for row in rows:
            plan.tap_row(row)
        step = swipe("right" if target else "left", **slider)
        return plan.until(lambda phone: phone.app("settings").state.brightness == target, step).done()


class SettingsConnectWifi(TaskTemplate):
    name = "settings_connect_wifi"
    may_change = ("settings.wifi", "settings.wifi_network")
    apps = ("settings",)
    difficulty = "medium"
    tags = ("settings", "network")
    goal = "Connect to the Wi-Fi network {network}."
    goals = (
        "Join the {network} Wi-Fi.",
        "I'm at a new place - please connect the phone to the network called {network}.",
        "wifi {network}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"network": rng.choice(["Cafe_Guest", "Office-5G", "Library Free WiFi", "NETGEAR42", "Pixel hotspot"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.settings import WifiNetwork

        state = device.app("settings").state
        state.wifi, state.airplane_mode = True, False
        if not any(n.ssid == params["network"] for n in state.networks):
            state.networks.append(WifiNetwork(ssid=params["network"], secured=False, signal=2))
        state.wifi_network = next(n.ssid for n in state.networks if n.ssid != params["network"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        state = device.app("settings").state
        return state.wifi and state.wifi_network == params["network"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        rows, networks = device.app("settings").route("networks")
        plan = Plan(device).open("Settings")
        for row in rows:
            plan.tap_row(row)
        plan.scroll_to(networks["resource_id"], resource_id="android:id/title", text=params["network"])
        return plan.tap_row(params["network"]).done()


def settings_route(plan: Plan, setting: str, on: bool) -> Plan:
    """Open Settings and change ``setting`` the way this phone's Settings lays it out."""
    rows, target = plan.phone.app("settings").route(setting, on)
    plan.open("Settings")
    for row in rows:
        plan.tap_row(row)
    return plan.reveal(**target).tap(**target)


# ---- Clock --------------------------------------------------------------------------------------
def _alarm_time(rng: random.Random) -> tuple[int, int]:
    return rng.choice([5, 6, 7, 8, 9, 10, 14, 16, 18, 21]), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])


class ClockAddAlarm(TaskTemplate):
    name = "clock_add_alarm"
    may_change = ("clock.alarms",)
    apps = ("clock",)
    difficulty = "easy"
    tags = ("clock", "alarm", "create")
    goal = "Set an alarm for {time} labelled \"{label}\"."
    goals = (
        "New alarm at {time}, label: {label}.",
        "Please wake me up at {time}; call the alarm \"{label}\".",
        "alarm {time} {label}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        hour, minute = _alarm_time(rng)
        return {"hour": hour, "minute": minute, "label": rng.choice(["Pills", "Call mom", "Laundry", "Standup",
                                                                      "Pick up kids", "Stretch"])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"time": f"{params['hour']:02d}:{params['minute']:02d}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock").state
        clock.alarms = [a for a in clock.alarms if (a.hour, a.minute) != (params["hour"], params["minute"])]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from .base import normalize

        return any((a.hour, a.minute) == (params["hour"], params["minute"]) and a.enabled
                   and normalize(a.label) == normalize(params["label"]) for a in device.app("clock").state.alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(content_desc="Add alarm")
        add_alarm_fields(plan, params["hour"], params["minute"], params["label"])
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


def add_alarm_fields(plan: Plan, hour: int, minute: int, label: str = "") -> Plan:
    fields = {"alarm_hour": str(hour), "alarm_minute": f"{minute:02d}"}
    return plan.fill(CLOCK_PKG, {**fields, "alarm_label": label} if label else fields)


class _ExistingAlarm(TaskTemplate):
    apps = ("clock",)
    difficulty = "medium"

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        hour, minute = _alarm_time(rng)
        return {"hour": hour, "minute": minute, "label": rng.choice(["Gym", "Meds", "Walk the dog", "Water plants"])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"time": f"{params['hour']:02d}:{params['minute']:02d}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ClockAddAlarm().setup(device, params)
        device.app("clock").add_alarm(params["hour"], params["minute"], params["label"], enabled=True)

    def _alarms(self, device: Any, params: dict[str, Any]) -> list[Any]:
        return [a for a in device.app("clock").state.alarms if (a.hour, a.minute) == (params["hour"], params["minute"])]

    def _show(self, device: Any, params: dict[str, Any]) -> Plan:
        time = self.goal_fields(params)["time"]
        plan = Plan(device).open("Clock")
        return plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=f"{time} alarm")


class ClockDisableAlarm(_ExistingAlarm):
    name = "clock_disable_alarm"
    may_change = ("clock.alarms.*.enabled",)
    tags = ("clock", "alarm", "toggle")
    goal = "Turn off the \"{label}\" alarm at {time}, without deleting it."
    goals = (
        "Switch off the {time} alarm ({label}) but keep it.",
        "Can you disable my \"{label}\" alarm at {time}? Don't delete it, I'll need it again.",
        "alarm {time} {label} off",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        alarms = self._alarms(device, params)
        return bool(alarms) and not any(a.enabled for a in alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        time = self.goal_fields(params)["time"]
        return self._show(device, params).tap(content_desc=f"{time} alarm").done()


class ClockDeleteAlarm(_ExistingAlarm):
    name = "clock_delete_alarm"
    may_change = ("clock.alarms",)
    tags = ("clock", "alarm", "delete")
    goal = "Delete the \"{label}\" alarm at {time}."
    goals = (
        "Remove my {time} alarm called {label}.",
        "I don't need the \"{label}\" alarm at {time} any more, please delete it.",
        "delete alarm {time}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not self._alarms(device, params) and len(device.app("clock").state.alarms) > 0

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        time = self.goal_fields(params)["time"]
        plan = self._show(device, params).tap(content_desc=f"{time} {params['label']}")
        return plan.tap(resource_id=rid(CLOCK_PKG, "delete")).tap(text="Delete").done()


class ClockStartTimer(TaskTemplate):
    name = "clock_start_timer"
    may_change = ("clock.timer",)
    apps = ("clock",)
    difficulty = "medium"
    tags = ("clock", "timer")
    goal = "Start a timer for {minutes} minutes."
    goals = (
        "Set a {minutes}-minute timer and start it.",
        "The pasta needs {minutes} minutes - could you run a timer?",
        "timer {minutes} min",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"minutes": rng.choice([3, 5, 8, 12, 15, 20, 25, 45])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.clock import Timer

        device.app("clock").state.timer = Timer()

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        timer = device.app("clock").state.timer
        return timer.duration_s == params["minutes"] * 60 and timer.started_at is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(text="Timer")
        plan.type(str(params["minutes"]), resource_id=rid(CLOCK_PKG, "timer_minutes"))
        return plan.tap(resource_id=rid(CLOCK_PKG, "timer_start")).done()


class ClockStopwatch(TaskTemplate):
    name = "clock_start_stopwatch"
    may_change = ("clock.stopwatch",)
    apps = ("clock",)
    difficulty = "easy"
    tags = ("clock", "stopwatch")
    goal = "Start the stopwatch."
    goals = (
        "Begin timing with the stopwatch.",
        "I'm about to go for a run, please start the stopwatch for me.",
        "stopwatch go",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.clock import Stopwatch

        device.app("clock").state.stopwatch = Stopwatch()

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("clock").state.stopwatch.started_at is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(text="Stopwatch")
        return plan.tap(resource_id=rid(CLOCK_PKG, "stopwatch_start")).done()


# ---- Phone --------------------------------------------------------------------------------------
class PhoneCallContact(TaskTemplate):
    name = "phone_call_contact"
    may_change = ("phone.call_log", "phone.in_call")
    apps = ("contacts", "phone")
    difficulty = "easy"
    tags = ("phone", "call")
    goal = "Call {name}."
    goals = (
        "Phone {name}.",
        "Could you ring {name} for me, please?",
        "call {name} now",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return bool(calls_to(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return call_contact(Plan(device), params["name"]).done()


class PhoneDialNumber(TaskTemplate):
    name = "phone_dial_number"
    may_change = ("phone.call_log", "phone.in_call")
    apps = ("phone",)
    difficulty = "easy"
    tags = ("phone", "call", "keypad")
    goal = "Call the number {number}."
    goals = (
        "Dial {number}.",
        "Please place a call to {number} for me.",
        "ring {number}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"number": f"+1 800-555-{rng.randint(1000, 9999)}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return bool(calls_to(device, params["number"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Phone").type(params["number"], resource_id=rid(PHONE_PKG, "digits"))
        return plan.tap(resource_id=rid(PHONE_PKG, "dialpad_voice_call_button")).done()


class PhoneReturnMissedCall(TaskTemplate):
    name = "phone_return_missed_call"
    may_change = ("phone.call_log", "phone.in_call")
    apps = ("phone", "contacts")
    difficulty = "medium"
    tags = ("phone", "call", "call_log")
    goal = "Call back whoever I missed a call from most recently."
    goals = (
        "Return my latest missed call.",
        "I missed a call a moment ago - please call that person back.",
        "call back last missed",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.phone import Call

        ensure_contact(device, params["name"], params["phone"])
        log = device.app("phone").state.call_log
        log.append(Call(number=params["phone"], direction="missed", time=max([c.time for c in log] + [device.now])))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return bool(calls_to(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Phone").tap(text="Recents")
        return plan.tap(resource_id=rid(PHONE_PKG, "call_log_row")).done()


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    SettingsWifi, SettingsBluetooth, SettingsAirplane, SettingsDarkTheme, SettingsBrightness, SettingsConnectWifi,
    ClockAddAlarm, ClockDisableAlarm, ClockDeleteAlarm, ClockStartTimer, ClockStopwatch,
    PhoneCallContact, PhoneDialNumber, PhoneReturnMissedCall,
)
