"""Tasks on Calendar and Notes."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from ...script import Step
from .base import QuestionTask, TaskTemplate, normalize, time_forms
from .common import CALENDAR_PKG, NOTES_PKG, TODAY, day_text, open_event, open_note
from .plan import Plan, rid

NEW_EVENTS = ["Vet appointment", "Sprint planning", "Tennis with Omar", "Tax advisor", "Museum visit",
              "Guitar lesson", "Interview call", "Farmers market"]
LOCATIONS = ["Room 12", "Civic Center", "Cafe Nord", "Riverside Park", "Online", "Clinic on 3rd"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def sample_day(rng: random.Random, low: int = 1, high: int = 10) -> str:
    return (TODAY + timedelta(days=rng.randint(low, high))).isoformat()


def sample_time(rng: random.Random, low: int = 8, high: int = 19) -> str:
    return f"{rng.randint(low, high):02d}:{rng.choice([0, 15, 30, 45]):02d}"


def events_titled(device: Any, title: str) -> list[Any]:
    return [e for e in device.app("calendar").state.events if normalize(e.title) == normalize(title)]


def fill_event(plan: Plan, title: str, day: str, time: str, location: str) -> Plan:
    """On the New event screen: fill every field (the date field is pre-filled; typing replaces it)."""
    fields = {"title": title, "date": day, "time": time, "location": location}
    return plan.fill(CALENDAR_PKG, {f"event_{key}_field": value for key, value in fields.items()})


# ---- Calendar -------------------------------------------------------------------------------------
class CalendarCreateEvent(TaskTemplate):
    name = "calendar_create_event"
    may_change = ("calendar.events",)
    apps = ("calendar",)
    difficulty = "medium"
    tags = ("calendar", "create")
    goal = "Create a calendar event \"{title}\" on {day_text} at {time}, location: {location}."
    goals = (
        "New calendar event: {title}, {day_text}, {time}, at {location}.",
        "Could you put \"{title}\" in my calendar for {day_text} at {time}? It's at {location}.",
        "Add {title} to the calendar ({location}, {day_text} {time})",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NEW_EVENTS), "day": sample_day(rng), "time": sample_time(rng),
                "location": rng.choice(LOCATIONS)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for event in events_titled(device, params["title"]):
            device.app("calendar").delete(event.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(e.day == date.fromisoformat(params["day"]) and e.start == params["time"]
                   and normalize(params["location"]) in normalize(e.location)
                   for e in events_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar").tap(content_desc="New event")
        fill_event(plan, params["title"], params["day"], params["time"], params["location"])
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class _ExistingEvent(TaskTemplate):
    """Setup: one event ``title`` on ``day`` at ``time`` (and no other with that title)."""

    apps = ("calendar",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NEW_EVENTS), "day": sample_day(rng), "time": sample_time(rng)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        CalendarCreateEvent().setup(device, params)
        device.app("calendar").add_event(params["title"], date.fromisoformat(params["day"]), params["time"],
                                         random.Random(params["title"]).choice(LOCATIONS))

    def event(self, device: Any, params: dict[str, Any]) -> Any:
        found = events_titled(device, params["title"])
        return found[0] if len(found) == 1 else None


class CalendarReschedule(_ExistingEvent):
    name = "calendar_reschedule_event"
    may_change = ("calendar.events.*.start", "calendar.events.*.day")
    difficulty = "medium"
    tags = ("calendar", "edit")
    goal = "Move \"{title}\" on {day_text} to start at {new_time} the same day."
    goals = (
        "Reschedule {title} ({day_text}) to {new_time}, same day.",
        "Something came up: please push \"{title}\" on {day_text} so it starts at {new_time} instead.",
        "{title} {day_text} -> {new_time}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        new_time = params["time"]
        while new_time == params["time"]:
            new_time = sample_time(rng, 7, 20)
        return {**params, "new_time": new_time}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        event = self.event(device, params)
        return event is not None and event.start == params["new_time"] and \
            event.day == date.fromisoformat(params["day"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["new_time"], resource_id=rid(CALENDAR_PKG, "event_time_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class CalendarDeleteEvent(_ExistingEvent):
    name = "calendar_delete_event"
    may_change = ("calendar.events",)
    difficulty = "medium"
    tags = ("calendar", "delete")
    goal = "Delete \"{title}\" ({day_text}) from my calendar."
    goals = (
        "Remove the {title} event on {day_text}.",
        "\"{title}\" on {day_text} got cancelled, please take it out of my calendar.",
        "delete event {title}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not events_titled(device, params["title"]) and bool(device.app("calendar").state.events)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"])
        return plan.tap(resource_id=rid(CALENDAR_PKG, "delete_event")).done()


class CalendarTimeQuestion(_ExistingEvent, QuestionTask):
    name = "calendar_event_time_question"
    difficulty = "easy"
    tags = ("calendar", "question")
    goal = "What time does \"{title}\" on {day_text} start?"
    goals = (
        "When does {title} start on {day_text}?",
        "I forgot the start time of \"{title}\" on {day_text} - can you look it up?",
        "{title} start time?",
    )

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        event = self.event(device, params)
        return time_forms(event.start) if event else []

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_event(Plan(device), params["title"]).done(self.event(device, params).start)


class CalendarCountEvents(QuestionTask):
    name = "calendar_count_events"
    apps = ("calendar",)
    difficulty = "medium"
    tags = ("calendar", "question", "count")
    goal = "How many events do I have on {day_text}?"
    goals = (
        "Count the events in my calendar on {day_text}.",
        "How busy am I on {day_text}? Tell me the number of calendar events that day.",
        "events on {day_text}: how many?",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"day": sample_day(rng, 1, 6), "extra": rng.randint(1, 3)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        rng = random.Random(str(params))
        for title in rng.sample(NEW_EVENTS, params["extra"]):
            device.app("calendar").add_event(title, date.fromisoformat(params["day"]), sample_time(rng))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        count = len(device.app("calendar").on_day(date.fromisoformat(params["day"])))
        return [str(count)] + ([WORDS[count]] if count < len(WORDS) else [])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar")
        for _ in range((date.fromisoformat(params["day"]) - device.now.date()).days):
            plan.tap(content_desc="Next day")
        return plan.done(self.expected(device, params)[0])


# ---- Notes --------------------------------------------------------------------------------------
NOTE_TITLES = ["Trip ideas", "Shopping", "Call list", "Door code", "Locker", "Car parking", "Reading"]


def notes_titled(device: Any, title: str) -> list[Any]:
    return device.app("notes").titled(title)


class NotesCreate(TaskTemplate):
    name = "notes_create"
    may_change = ("notes.notes",)
    apps = ("notes",)
    difficulty = "easy"
    tags = ("notes", "create")
    goal = "Create a note titled \"{title}\" that says \"{body}\"."
    goals = (
        "New note \"{title}\": {body}",
        "Could you jot down \"{body}\" in a note and call it \"{title}\"?",
        "note {title} - {body}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Weekend plan", "Ideas", "To do", "Quotes"]),
                "body": rng.choice(["Buy stamps and call the bank", "Fix the bike light", "Book dentist for May",
                                    "Water the plants twice"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, params["title"]):
            device.app("notes").delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["body"]) in normalize(n.body) for n in notes_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return new_note(Plan(device), params["title"], params["body"]).done()


def new_note(plan: Plan, title: str, body: str) -> Plan:
    plan.open("Notes").tap(content_desc="New note")
    return plan.fill(NOTES_PKG, {"title": title, "body": body}).tap(resource_id=rid(NOTES_PKG, "save"))


class _ExistingNote(TaskTemplate):
    apps = ("notes",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NOTE_TITLES), "body": rng.choice(["Ask about the lease", "Level 2, spot 48",
                                                                       "Bring the blue folder"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        NotesCreate().setup(device, params)
        device.app("notes").add(params["title"], params["body"])


class NotesAppend(_ExistingNote):
    name = "notes_append"
    may_change = ("notes.notes.*.body",)
    difficulty = "medium"
    tags = ("notes", "edit")
    goal = "Add \"{extra}\" at the end of my note \"{title}\", keeping what it says."
    goals = (
        "Append \"{extra}\" to the note {title} without removing anything.",
        "Please add \"{extra}\" to the end of my \"{title}\" note; keep the existing text.",
        "note {title} += {extra}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "extra": rng.choice(["and the spare key", "before Friday",
                                                                    "call back at 5"])}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = normalize(f"{params['body']} {params['extra']}")
        return any(normalize(n.body).startswith(want) or normalize(n.body) == want
                   for n in notes_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        plan.type(f"{params['body']} {params['extra']}", resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class NotesDelete(_ExistingNote):
    name = "notes_delete"
    may_change = ("notes.notes",)
    difficulty = "easy"
    tags = ("notes", "delete")
    goal = "Delete my note \"{title}\"."
    goals = (
        "Remove the note called {title}.",
        "I don't need my \"{title}\" note any more, please delete it.",
        "delete note {title}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not notes_titled(device, params["title"]) and bool(device.app("notes").state.notes)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_note(Plan(device), params["title"]).tap(resource_id=rid(NOTES_PKG, "delete_note")).done()


class NotesCodeQuestion(QuestionTask):
    name = "notes_code_question"
    apps = ("notes",)
    difficulty = "easy"
    tags = ("notes", "question")
    goal = "What is the code written in my note \"{title}\"?"
    goals = (
        "Which code is in the note {title}?",
        "I saved a code in my \"{title}\" note - can you read it to me?",
        "{title} code?",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Door code", "Locker", "Gate code", "Safe"]), "code": str(rng.randint(1000, 9999))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        NotesCreate().setup(device, params)
        device.app("notes").add(params["title"], f"The code is {params['code']}")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        notes = notes_titled(device, params["title"])
        return [w for n in notes for w in n.body.split() if w.isdigit()]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_note(Plan(device), params["title"]).done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    CalendarCreateEvent, CalendarReschedule, CalendarDeleteEvent, CalendarTimeQuestion, CalendarCountEvents,
    NotesCreate, NotesAppend, NotesDelete, NotesCodeQuestion,
)
