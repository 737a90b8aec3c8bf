"""Held task templates, ninth batch: 16 tasks on the simulated phone that neither the built-in suite nor batches
1-8 have: a line put at the top of an existing note, the third-newest photo favourited, tomorrow's event deleted,
two fields of a contact filled at once, an alarm copied to another time, a note deleted with the count of those
left given back, last <weekday>'s event named, three fields of an event changed at once, one misspelt word of a
note fixed, a cart item removed with the new total given back, the second-to-last text of a thread read out, a
reply to the conversation at the very bottom of a long list, and requests over two or three apps: a message sent
by email or by text depending on what a contact has, the phone number of tomorrow's venue texted, a texted code
added as the last line of a note, and a contact's details copied into a new note. The easy ones and two medium
ones are here, the other five medium ones and the four hard ones in unseen_templates_i2.py. Never used to tune
the agent: `python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_i.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    CONTACTS_PKG,
    NOTES_PKG,
    TODAY,
    ensure_contact,
    open_contact,
    open_event,
    open_note,
    person,
    phone_number,
    street_address,
)
from cascadroid.device.sim.tasks.nav import GALLERY_PKG, open_photo
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import events_titled, notes_titled

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_i2 import HARD, MEDIUM, count_forms  # noqa: E402

LIST_NOTES = {"Weekend jobs": ["Mow the lawn", "Clean the gutters", "Wash the car", "Sort the recycling"],
              "Shopping run": ["Bread", "Oat milk", "Tomatoes", "Dish soap", "Apples"],
              "Trip prep": ["Book the hotel", "Print tickets", "Pack chargers", "Water the plants"],
              "Gift list": ["Scarf for Mum", "Puzzle for Leo", "Candle for Ana", "Socks for Dad"]}
FIRST_LINES = ["Pick up the keys", "Call the plumber", "Buy batteries", "Return the library books"]
CAPTIONS = ["Sunset", "Beach", "Old town", "Harbor", "Market", "Bridge", "Cathedral", "Street food"]
PLACES = ["Porto", "Tallinn", "Bergen", "Valletta", "Ghent"]
EVENTS = ["Physio", "Car service", "Piano lesson", "Flat viewing", "Haircut", "Parents' evening", "Vet visit",
          "Tax advisor"]
ALARM_LABELS = ["Gym", "Meds", "School run", "Walk the dog", "Stretch", "Bins out"]
NOTE_TITLES = ["Old receipts", "Draft ideas", "Parking spot", "Wifi at Mum's", "Plant care"]


def photo_name(rng: random.Random) -> str:
    return f"IMG_{rng.randint(10000, 99999)}.jpg"


# ---- easy -----------------------------------------------------------------------------------------
class InsertFirstLine(TaskTemplate):
    name = "unseen9_notes_insert_line_at_top"
    apps = ("notes",)
    difficulty = "easy"
    may_change = ("notes.notes.*.body",)
    goal = "Add \"{line}\" as a new first line of my note \"{title}\", above everything that's already there."
    goals = ("\"{line}\" is the most urgent thing on my {title} list, so it should go at the very top of that note. "
             "Keep all the other lines as they are, under it.",
             "note {title}: insert \"{line}\" at top",
             "Put \"{line}\" on the first line of the {title} note and leave the rest below it.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(sorted(LIST_NOTES))
        return {"title": title, "lines": rng.sample(LIST_NOTES[title], 3), "line": rng.choice(FIRST_LINES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        notes.add(params["title"], "\n".join(params["lines"]))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = notes_titled(device, params["title"])
        if len(found) != 1:
            return False
        lines = [normalize(x) for x in found[0].body.splitlines() if normalize(x)]
        return lines == [normalize(x) for x in (params["line"], *params["lines"])]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        plan.type("\n".join((params["line"], *params["lines"])), resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class FavouriteThirdPhoto(TaskTemplate):
    name = "unseen9_gallery_favourite_third_newest_photo"
    apps = ("gallery",)
    difficulty = "easy"
    may_change = ("gallery.photos.*.favourite",)
    goal = "Favourite the third photo in my Gallery, counting from the newest."
    goals = ("In my photo list, the newest is first. Skip the first two and mark the third one as a favourite - "
             "just that one.",
             "fav 3rd newest photo",
             "Could you star the third most recent picture in Gallery as a favourite?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"photos": [photo_name(rng) for _ in range(5)], "captions": rng.sample(CAPTIONS, 5),
                "places": [rng.choice(PLACES) for _ in range(5)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        for photo in app.state.photos:
            photo.favourite = False
            photo.taken = min(photo.taken, TODAY - timedelta(days=30))
        for index, (name, caption, place) in enumerate(zip(params["photos"], params["captions"], params["places"])):
            app.add_photo(name, caption, TODAY - timedelta(days=1 + 2 * index), place)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return [p.name for p in device.app("gallery").state.photos if p.favourite] == [params["photos"][2]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_photo(Plan(device), params["photos"][2])
        return plan.tap(resource_id=rid(GALLERY_PKG, "favorite")).done()


class DeleteTomorrowsEvent(TaskTemplate):
    name = "unseen9_calendar_delete_tomorrows_event"
    apps = ("calendar",)
    difficulty = "easy"
    may_change = ("calendar.events",)
    goal = "Cancel whatever I have in my calendar tomorrow: delete that event."
    goals = ("Tomorrow's plans are off. There's one thing in my calendar for tomorrow - remove it, and keep the "
             "events on other days.",
             "delete tomorrow's event",
             "Please delete the event that's scheduled for tomorrow.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"titles": rng.sample(EVENTS, 3), "days": [1, *rng.sample([2, 3, 4, 5, 6], 2)],
                "starts": [rng.choice(["09:00", "10:30", "14:00", "16:30"]) for _ in range(3)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        tomorrow = device.now.date() + timedelta(days=1)
        names = {normalize(t) for t in params["titles"]}
        cal.state.events = [e for e in cal.state.events if e.day != tomorrow and normalize(e.title) not in names]
        order = sorted(zip(params["days"], params["titles"], params["starts"]), reverse=True)
        for day, title, start in order:  # tomorrow's is not simply the first one added
            cal.add_event(title, device.now.date() + timedelta(days=day), start)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        today = device.now.date()
        return not events_titled(device, params["titles"][0]) and all(
            [e.day for e in events_titled(device, t)] == [today + timedelta(days=d)]
            for t, d in zip(params["titles"][1:], params["days"][1:])) and not any(
            e.day == today + timedelta(days=1) for e in device.app("calendar").state.events)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["titles"][0])
        return plan.tap(resource_id=rid(CALENDAR_PKG, "delete_event")).done()


class EmailAndAddress(TaskTemplate):
    name = "unseen9_contacts_set_email_and_address_together"
    apps = ("contacts",)
    difficulty = "easy"
    may_change = ("contacts.contacts.*.email", "contacts.contacts.*.address")
    goal = "Give my contact {name} the email {email} and the address {address}."
    goals = ("{name} just sent me their details: email {email}, and they live at {address}. Put both into their "
             "contact card.",
             "{name}: email {email}, address {address}",
             "Update {name} in Contacts - email should be {email} and address {address}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        user = name.lower().replace(" ", "_")
        return {"name": name, "phone": phone_number(rng), "email": f"{user}@{rng.choice(['mailbox.org', 'posteo.net'])}",
                "address": street_address(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], email="", address="")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [c for c in device.app("contacts").state.contacts if c.name == params["name"]]
        return (len(found) == 1 and found[0].email.strip().lower() == params["email"]
                and normalize(found[0].address) == normalize(params["address"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["name"]).tap(resource_id=rid(CONTACTS_PKG, "menu_edit"))
        plan.fill(CONTACTS_PKG, {"email_field": params["email"], "address_field": params["address"]})
        return plan.tap(resource_id=rid(CONTACTS_PKG, "save")).done()


class CopyAlarm(TaskTemplate):
    name = "unseen9_clock_copy_alarm_to_other_time"
    apps = ("clock",)
    difficulty = "easy"
    may_change = ("clock.alarms", "clock.next_id")
    goal = "Make a copy of my \"{label}\" alarm at {hour}:{minute:02d}, with the same label, and keep the original."
    goals = ("I want my {label} alarm twice: the one I have now, plus an identical one (same label) that goes off at "
             "{hour}:{minute:02d}.",
             "duplicate alarm {label} -> {hour}:{minute:02d}",
             "Copy the \"{label}\" alarm so there's a second \"{label}\" alarm at {hour}:{minute:02d}; don't change the "
             "first one.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"label": rng.choice(ALARM_LABELS), "old": [rng.randint(5, 9), rng.choice([0, 15, 30, 45])],
                "hour": rng.randint(12, 21), "minute": rng.choice([0, 10, 20, 40, 50])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = [a for a in clock.state.alarms if normalize(a.label) != normalize(params["label"])]
        clock.add_alarm(params["old"][0], params["old"][1], params["label"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        mine = sorted((a.hour, a.minute, a.enabled) for a in device.app("clock").state.alarms
                      if normalize(a.label) == normalize(params["label"]))
        return mine == sorted([(params["old"][0], params["old"][1], True), (params["hour"], params["minute"], True)])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(content_desc="Add alarm")
        plan.fill(CLOCK_PKG, {"alarm_hour": str(params["hour"]), "alarm_minute": f"{params['minute']:02d}",
                              "alarm_label": params["label"]})
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


# ---- medium ---------------------------------------------------------------------------------------
class DeleteNoteCountLeft(QuestionTask):
    name = "unseen9_notes_delete_then_count_left_question"
    apps = ("notes",)
    difficulty = "medium"
    may_change = ("notes.notes",)
    goal = "Delete my note \"{title}\" and tell me how many notes I have left after that."
    goals = ("I don't need the {title} note any more - get rid of it. Then how many notes remain in the app?",
             "rm note {title}; # notes left?",
             "Please remove the \"{title}\" note, and afterwards count the notes that are still there for me.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NOTE_TITLES), "body": rng.choice(["Nothing important", "Ask at the desk",
                                                                       "Level 3, bay 12"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        notes.add(params["title"], params["body"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return count_forms(len(device.app("notes").state.notes))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not notes_titled(device, params["title"]) and super().check(device, params, answer)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"]).tap(resource_id=rid(NOTES_PKG, "delete_note"))
        return plan.done(count_forms(len(device.app("notes").state.notes) - 1)[0])


class EventThreeFields(TaskTemplate):
    name = "unseen9_calendar_change_title_time_place_at_once"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events.*.title", "calendar.events.*.start", "calendar.events.*.location")
    goal = "Change my \"{title}\" event: call it \"{new_title}\", start it at {start}, and set the place to {venue}."
    goals = ("Everything about {title} changed except the day. It's now \"{new_title}\", it starts at {start} and it "
             "happens at {venue}. Update that event.",
             "event {title} -> title {new_title}, {start}, @ {venue}",
             "Edit the calendar event \"{title}\" so the title reads \"{new_title}\", the time is {start} and the "
             "location is {venue}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(EVENTS)
        return {"title": title, "new_title": f"{title} (moved)" if rng.random() < 0.5 else f"{title} - new venue",
                "day": rng.randint(1, 8), "old_start": rng.choice(["08:30", "10:00", "12:30"]),
                "start": rng.choice(["14:15", "15:45", "17:00", "18:30"]),
                "venue": rng.choice(["Room 4B", "Harbour Cafe", "Library annex", "Studio 2"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        names = {normalize(params["title"]), normalize(params["new_title"])}
        cal.state.events = [e for e in cal.state.events if normalize(e.title) not in names]
        cal.add_event(params["title"], device.now.date() + timedelta(days=params["day"]), params["old_start"],
                      location="Town hall")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = events_titled(device, params["new_title"])
        return (len(found) == 1 and not events_titled(device, params["title"]) and found[0].start == params["start"]
                and normalize(found[0].location) == normalize(params["venue"])
                and found[0].day == device.now.date() + timedelta(days=params["day"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.fill(CALENDAR_PKG, {"event_title_field": params["new_title"], "event_time_field": params["start"],
                                 "event_location_field": params["venue"]})
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


TEMPLATES = [InsertFirstLine, FavouriteThirdPhoto, DeleteTomorrowsEvent, EmailAndAddress, CopyAlarm,
             DeleteNoteCountLeft, EventThreeFields, *MEDIUM, *HARD]

__all__ = ["TEMPLATES"]
