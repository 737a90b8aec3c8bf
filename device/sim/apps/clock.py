"""Clock: alarms (add, edit, toggle, delete), a timer and a stopwatch on the simulated clock."""

from __future__ import annotations

import random
from datetime import datetime

from pydantic import BaseModel, Field

from ..app import App, Dialog, DialogButton, Screen
from ..page import Page, ToolbarAction
from ..view import Node


class Alarm(BaseModel):
    id: int
    hour: int = Field(ge=0, le=23)
    minute: int = Field(ge=0, le=59)
    label: str = ""
    enabled: bool = True

    @property
    def time_text(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


class Timer(BaseModel):
    duration_s: int = 0  # set length; 0 = no timer
    remaining_s: int = 0  # left when paused (or at start)
    started_at: datetime | None = None  # set while running


class Stopwatch(BaseModel):
    elapsed_s: float = 0.0  # accumulated while paused
    started_at: datetime | None = None  # set while running
    laps: list[float] = Field(default_factory=list)


class ClockState(BaseModel):
    alarms: list[Alarm] = Field(default_factory=list)
    timer: Timer = Field(default_factory=Timer)
    stopwatch: Stopwatch = Field(default_factory=Stopwatch)
    next_id: int = 1


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


class Clock(App[ClockState]):
    name = "clock"
    label = "Clock"
    package = "com.google.android.deskclock"
    icon = "clock"
    home_slot = 30

    def initial_state(self, rng: random.Random) -> ClockState:
        state = ClockState()
        for hour, minute, label in rng.sample([(6, 30, "Gym"), (7, 0, "Wake up"), (7, 45, ""), (8, 15, "Work"),
                                               (22, 0, "Bedtime"), (13, 30, "Meds")], 3):
            state.alarms.append(Alarm(id=state.next_id, hour=hour, minute=minute, label=label,
                                      enabled=rng.random() < 0.6))
            state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return ClockHome(self)

    def status_icons(self) -> list[tuple[str, str]]:
        return [("Alarm set.", "alarm")] if any(a.enabled for a in self.state.alarms) else []

    # changes, for screens and task code
    def add_alarm(self, hour: int, minute: int, label: str = "", enabled: bool = True) -> Alarm:
        alarm = Alarm(id=self.state.next_id, hour=hour, minute=minute, label=label, enabled=enabled)
        self.state.next_id += 1
        self.state.alarms.append(alarm)
        return alarm

    def alarm(self, alarm_id: int) -> Alarm | None:
        return next((a for a in self.state.alarms if a.id == alarm_id), None)

    def timer_remaining(self) -> int:
        t = self.state.timer
        if t.started_at is None:
            return t.remaining_s
        return max(0, t.remaining_s - int((self.now() - t.started_at).total_seconds()))

    def stopwatch_elapsed(self) -> float:
        sw = self.state.stopwatch
        running = (self.now() - sw.started_at).total_seconds() if sw.started_at else 0.0
        return sw.elapsed_s + running


class ClockHome(Screen):
    activity = ".DeskClock"
    app: Clock

    def __init__(self, app: Clock) -> None:
        super().__init__(app)
        self.tab = "Alarm"
        self.timer_draft = {"hours": "", "minutes": "", "seconds": ""}

    def build(self, page: Page) -> None:
        page.toolbar(self.tab)
        page.tabs(["Alarm", "Clock", "Timer", "Stopwatch"], self.tab, self._select)
        getattr(self, f"_{self.tab.lower()}")(page)

    def _select(self, tab: str) -> None:
        self.tab = tab
        self.focus = None

    # -- alarms
    def _alarm(self, page: Page) -> None:
        alarms = sorted(self.app.state.alarms, key=lambda a: (a.hour, a.minute))
        page.scroll_list("alarm_recycler_view", alarms, self._alarm_row, row_height=96, empty_text="No alarms")
        page.fab("Add alarm", lambda: self.push(AlarmEditor(self.app, None)), icon="add")

    def _alarm_row(self, page: Page, alarm: Alarm, index: int) -> None:
        row = page.item(alarm.time_text, alarm.label or "Alarm", rid="alarm_row", height=96,
                        desc=f"{alarm.time_text} {alarm.label}".strip(),
                        on_click=lambda: self.push(AlarmEditor(self.app, alarm.id)))
        l, t, r, b = row.bounds
        mid = (t + b) // 2

        def toggle() -> None:
            alarm.enabled = not alarm.enabled

        row.add(Node(cls="android.widget.Switch", text=f"{alarm.time_text} alarm: {'ON' if alarm.enabled else 'OFF'}",
                     desc=f"{alarm.time_text} alarm",
                     rid=page.rid("onoff"), bounds=(r - page.dp(72), mid - page.dp(16), r - page.dp(16), mid + page.dp(16)),
                     checkable=True, checked=alarm.enabled, clickable=True, focusable=True, on_click=toggle,
                     style="switch"))

    # -- clock
    def _clock(self, page: Page) -> None:
        now = self.app.now()
        page.space(48)
        page.text(now.strftime("%H:%M"), rid="digital_clock", style="display center", height=120)
        page.text(now.strftime("%a, %b %-d"), rid="date", style="body center")

    # -- timer
    def _timer(self, page: Page) -> None:
        t = self.app.state.timer
        if t.duration_s == 0:
            page.space(16)
            for key, hint in (("hours", "Hours"), ("minutes", "Minutes"), ("seconds", "Seconds")):
                page.edit(f"timer_{key}", self.timer_draft[key], hint=hint, rid=f"timer_{key}",
                          on_change=lambda text, key=key: self.timer_draft.__setitem__(key, text))
                page.space(8)
            page.button("Start", self._start_timer, rid="timer_start")
            return
        remaining = self.app.timer_remaining()
        page.space(48)
        page.text(_clock(remaining) if remaining else "Time's up", rid="timer_time", style="display center", height=120)
        running = t.started_at is not None
        cells = page.columns(72, 2)
        cells[0].button("Delete", self._delete_timer, rid="timer_delete")
        cells[1].button("Pause" if running else "Resume", self._pause_timer, rid="timer_pause")

    def _start_timer(self) -> None:
        try:
            h, m, s = (int(self.timer_draft[k] or 0) for k in ("hours", "minutes", "seconds"))
        except ValueError:
            self.app.toast("Enter whole numbers")
            return
        total = h * 3600 + m * 60 + s
        if total <= 0:
            self.app.toast("Set a duration first")
            return
        self.app.state.timer = Timer(duration_s=total, remaining_s=total, started_at=self.app.now())
        self.timer_draft = {k: "" for k in self.timer_draft}
        self.focus = None

    def _pause_timer(self) -> None:
        t = self.app.state.timer
        if t.started_at is None:
            t.started_at = self.app.now()
        else:
            t.remaining_s, t.started_at = self.app.timer_remaining(), None

    def _delete_timer(self) -> None:
        self.app.state.timer = Timer()

    # -- stopwatch
    def _stopwatch(self, page: Page) -> None:
        sw = self.app.state.stopwatch
        page.space(48)
        page.text(_clock(self.app.stopwatch_elapsed()), rid="stopwatch_time", style="display center", height=120)
        running = sw.started_at is not None
        cells = page.columns(72, 2)
        if running:
            cells[0].button("Lap", self._lap, rid="stopwatch_lap")
        else:
            cells[0].button("Reset", self._reset, rid="stopwatch_reset")
        cells[1].button("Pause" if running else "Start", self._start_stop, rid="stopwatch_start")
        for i, lap in enumerate(sw.laps[-8:], start=max(1, len(sw.laps) - 7)):
            page.item(f"Lap {i}", _clock(lap), rid="lap_row", height=56)

    def _start_stop(self) -> None:
        sw = self.app.state.stopwatch
        if sw.started_at is None:
            sw.started_at = self.app.now()
        else:
            sw.elapsed_s, sw.started_at = self.app.stopwatch_elapsed(), None

    def _lap(self) -> None:
        self.app.state.stopwatch.laps.append(self.app.stopwatch_elapsed())

    def _reset(self) -> None:
        self.app.state.stopwatch = Stopwatch()


class AlarmEditor(Screen):
    """Set the time as 24-hour numbers, an optional label; Save, or Delete an existing alarm."""

    activity = ".AlarmEditActivity"
    app: Clock

    def __init__(self, app: Clock, alarm_id: int | None) -> None:
        super().__init__(app)
        self.alarm_id = alarm_id
        alarm = app.alarm(alarm_id) if alarm_id is not None else None
        self.draft = {"hour": f"{alarm.hour}" if alarm else "", "minute": f"{alarm.minute:02d}" if alarm else "",
                      "label": alarm.label if alarm else ""}

    def build(self, page: Page) -> None:
        actions = [ToolbarAction("Save", self.save, icon="check", rid="save")]
        if self.alarm_id is not None:
            actions.insert(0, ToolbarAction("Delete alarm", self._confirm_delete, icon="delete", rid="delete"))
        page.toolbar("Add alarm" if self.alarm_id is None else "Edit alarm", back=self.close, actions=actions)
        page.space(8)
        for key, hint in (("hour", "Hour (0-23)"), ("minute", "Minute (0-59)"), ("label", "Label")):
            page.edit(key, self.draft[key], hint=hint, rid=f"alarm_{key}",
                      on_change=lambda text, key=key: self.draft.__setitem__(key, text))
            page.space(8)

    def save(self) -> None:
        try:
            hour, minute = int(self.draft["hour"]), int(self.draft["minute"] or 0)
        except ValueError:
            self.app.toast("Enter the hour and minute as numbers")
            return
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            self.app.toast("Hour must be 0-23 and minute 0-59")
            return
        alarm = self.app.alarm(self.alarm_id) if self.alarm_id is not None else None
        if alarm is None:
            self.app.add_alarm(hour, minute, self.draft["label"].strip())
        else:
            alarm.hour, alarm.minute, alarm.label, alarm.enabled = hour, minute, self.draft["label"].strip(), True
        self.app.toast(f"Alarm set for {hour:02d}:{minute:02d}")
        self.close()

    def _confirm_delete(self) -> None:
        def delete() -> None:
            self.app.state.alarms = [a for a in self.app.state.alarms if a.id != self.alarm_id]
            self.close()

        self.app.dialog(Dialog("Delete this alarm?", buttons=[DialogButton("Cancel"), DialogButton("Delete", delete)],
                               package=self.app.package))
