"""Calendar: a day view and an agenda, event details, create, edit and delete events."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction

_TITLES = ["Team standup", "Dentist", "Lunch with Sam", "Yoga class", "Project review", "Haircut",
           "Book club", "1:1 with manager", "Car service", "Piano lesson", "Budget meeting", "Coffee with Ana",
           "Parent-teacher meeting", "Flight check-in", "Soccer practice", "Design workshop"]
_PLACES = ["Room 4B", "Main St Clinic", "Cafe Luna", "Studio 9", "Online", "City Library", "Garage on 5th", ""]


class Event(BaseModel):
    id: int
    title: str
    day: date
    start: str = Field(pattern=r"^\d{2}:\d{2}$")  # 24-hour "HH:MM"
    duration_min: int = 60
    location: str = ""

    @property
    def end(self) -> str:
        t = datetime.combine(self.day, parse_time(self.start)) + timedelta(minutes=self.duration_min)
        return t.strftime("%H:%M")


class CalendarState(BaseModel):
    events: list[Event] = Field(default_factory=list)
    next_id: int = 1


def parse_time(text: str) -> time:
    """'9:30' or '09:30' -> time; ValueError otherwise."""
    return datetime.strptime(text.strip(), "%H:%M").time()


def day_label(day: date) -> str:
    return day.strftime("%a, %b %-d")


class Calendar(App[CalendarState]):
    name = "calendar"
    label = "Calendar"
    package = "com.google.android.calendar"
    icon = "calendar"
    home_slot = 40

    def initial_state(self, rng: random.Random) -> CalendarState:
        state = CalendarState()
        today = self.runtime.now.date()
        for title in rng.sample(_TITLES, 9):
            day = today + timedelta(days=rng.randint(0, 13))
            start = f"{rng.randint(8, 18):02d}:{rng.choice([0, 30]):02d}"
            state.events.append(Event(id=state.next_id, title=title, day=day, start=start,
                                      duration_min=rng.choice([30, 60, 90]), location=rng.choice(_PLACES)))
            state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return CalendarHome(self)

    # queries and changes, for screens and task code
    def event(self, event_id: int) -> Event | None:
        return next((e for e in self.state.events if e.id == event_id), None)

    def find(self, title: str) -> list[Event]:
        want = title.strip().lower()
        return [e for e in self.agenda(all_days=True) if e.title.lower() == want]

    def on_day(self, day: date) -> list[Event]:
        return sorted((e for e in self.state.events if e.day == day), key=lambda e: e.start)

    def agenda(self, *, all_days: bool = False) -> list[Event]:
        """Events from today on (or all), soonest first."""
        today = self.now().date()
        return sorted((e for e in self.state.events if all_days or e.day >= today), key=lambda e: (e.day, e.start))

    def add_event(self, title: str, day: date, start: str, location: str = "", duration_min: int = 60) -> Event:
        event = Event(id=self.state.next_id, title=title, day=day, start=start, location=location,
                      duration_min=duration_min)
        self.state.next_id += 1
        self.state.events.append(event)
        return event

    def delete(self, event_id: int) -> None:
        self.state.events = [e for e in self.state.events if e.id != event_id]


class CalendarHome(Screen):
    """Tabs Day (one date, previous/next buttons) and Agenda (everything from today on)."""

    activity = ".AllInOneActivity"
    app: Calendar

    def __init__(self, app: Calendar) -> None:
        super().__init__(app)
        self.view = "Day"
        self.day = app.now().date()

    def build(self, page: Page) -> None:
        page.toolbar("Calendar", actions=[ToolbarAction("Today", self._today, icon="today", rid="today")])
        page.tabs(["Day", "Agenda"], self.view, self._select)
        if self.view == "Day":
            cells = page.columns(56, 3, rid="day_header")
            cells[0].icon_button("Previous day", lambda: self._move(-1), icon="chevron_left", rid="prev_day")
            cells[1].text(day_label(self.day), rid="date_title", style="title center", height=56)
            cells[2].icon_button("Next day", lambda: self._move(1), icon="chevron_right", rid="next_day")
            page.scroll_list("event_list", self.app.on_day(self.day), self._row, row_height=72,
                             empty_text="No events")
        else:
            page.scroll_list("agenda_list", self.app.agenda(), self._agenda_row, row_height=80,
                             empty_text="Nothing planned")
        page.fab("New event", lambda: self.push(EventEditor(self.app, None, self.day)), icon="add", rid="new_event")

    def _select(self, view: str) -> None:
        self.view = view
        self.scroll.clear()

    def _today(self) -> None:
        self.day = self.app.now().date()
        self.scroll.clear()

    def _move(self, days: int) -> None:
        self.day += timedelta(days=days)
        self.scroll.clear()

    def _row(self, page: Page, event: Event, index: int) -> None:
        where = f" · {event.location}" if event.location else ""
        page.item(event.title, f"{event.start}–{event.end}{where}", rid="event_row", icon="event",
                  on_click=lambda: self.push(EventDetail(self.app, event.id)))

    def _agenda_row(self, page: Page, event: Event, index: int) -> None:
        where = f" · {event.location}" if event.location else ""
        page.item(event.title, f"{day_label(event.day)} · {event.start}{where}", rid="event_row", icon="event",
                  height=80, on_click=lambda: self.push(EventDetail(self.app, event.id)))


class EventDetail(Screen):
    activity = ".EventInfoActivity"
    app: Calendar

    def __init__(self, app: Calendar, event_id: int) -> None:
        super().__init__(app)
        self.event_id = event_id

    def build(self, page: Page) -> None:
        event = self.app.event(self.event_id)
        if event is None:
            page.toolbar("Event", back=self.close)
            page.text("This event was deleted.", style="caption")
            return
        page.toolbar("", back=self.close, actions=[
            ToolbarAction("Edit event", lambda: self.push(EventEditor(self.app, event.id, event.day)), icon="edit",
                          rid="edit_event"),
            ToolbarAction("Delete event", self._delete, icon="delete", rid="delete_event"),
        ])
        page.text(event.title, rid="event_title", style="headline", height=64)
        page.item(event.day.strftime("%A, %B %-d, %Y"), icon="calendar", rid="event_date", height=56)
        page.item(f"{event.start} – {event.end}", icon="clock", rid="event_time", height=56)
        if event.location:
            page.item(event.location, icon="location", rid="event_location", height=56)

    def _delete(self) -> None:
        self.app.delete(self.event_id)
        self.app.toast("Event deleted")
        self.close()


class EventEditor(Screen):
    """Create (``event_id`` None) or edit an event: title, date (YYYY-MM-DD), time (HH:MM), location."""

    activity = ".event.EditEventActivity"
    app: Calendar
    FIELDS = (("title", "Title"), ("date", "Date (YYYY-MM-DD)"), ("time", "Start time (HH:MM)"),
              ("location", "Location"))

    def __init__(self, app: Calendar, event_id: int | None, day: date) -> None:
        super().__init__(app)
        self.event_id = event_id
        event = app.event(event_id) if event_id is not None else None
        self.draft = {"title": event.title if event else "", "date": (event.day if event else day).isoformat(),
                      "time": event.start if event else "", "location": event.location if event else ""}

    def build(self, page: Page) -> None:
        page.toolbar("New event" if self.event_id is None else "Edit event", back=self.close,
                     actions=[ToolbarAction("Save", self.save, icon="check", rid="save",
                                            enabled=not self.app.skin.guarded_buttons or bool(self.draft["title"].strip()))])
        page.space(8)
        for key, hint in self.FIELDS:
            page.edit(key, self.draft[key], hint=hint, rid=f"event_{key}_field",
                      on_change=lambda text, key=key: self.draft.__setitem__(key, text))
            page.space(8)

    def save(self) -> None:
        draft = {k: v.strip() for k, v in self.draft.items()}
        if not draft["title"]:
            self.app.toast("Add a title")
            return
        try:
            day = date.fromisoformat(draft["date"])
            start = parse_time(draft["time"] or "09:00").strftime("%H:%M")
        except ValueError:
            self.app.toast("Use a date like 2026-03-20 and a time like 14:30")
            return
        event = self.app.event(self.event_id) if self.event_id is not None else None
        if event is None:
            self.app.add_event(draft["title"], day, start, draft["location"])
        else:
            event.title, event.day, event.start, event.location = draft["title"], day, start, draft["location"]
        self.app.toast("Event saved")
        self.close()
