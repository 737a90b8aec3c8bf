"""Five medium templates and the five two-app ones of the third held batch (unseen_templates_c.py loads them)."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.contacts import digits
from cascadroid.device.sim.apps.maps import CUISINES, Place
from cascadroid.device.sim.apps.phone import Call
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    NOTES_PKG,
    create_contact,
    day_text,
    ensure_contact,
    open_event,
    open_place,
    person,
    phone_number,
    send_text,
    sent_texts,
    two_people,
)
from cascadroid.device.sim.tasks.nav import (
    BROWSING,
    CHAT_PKG,
    SEEN,
    address_of,
    browse,
    chat_with,
    compose_mail,
    long_press,
    sent_mail,
)
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import LOCATIONS, NEW_EVENTS, fill_event, sample_day, sample_time
from cascadroid.device.sim.tasks.system import add_alarm_fields

SORRY = ["Sorry I missed you, I'll call back in 10", "In a meeting, will ring you later", "Saw your call, what's up?"]
SHOPS = [("Harbor Bakery", "Bakery", "bakery bread"), ("Sunrise Bagels", "Bakery", "bagels breakfast"),
         ("Corner Bike Shop", "Bike shop", "bikes repair"), ("Riverside Pool", "Swimming pool", "swim pool")]
GROUPS = ["Choir", "Allotment", "Five-a-side", "Quiz night"]
WORDS_IN_NOTES = ["plumber", "landlord", "passport", "dentist"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def missed_call_from(device: Any, number: str) -> None:
    """A missed call from ``number``, the newest entry of the call log."""
    log = device.app("phone").state.call_log
    log.append(Call(number=number, direction="missed", time=max([c.time for c in log] + [device.now])))


# ---- medium ---------------------------------------------------------------------------------------
class PinOneMuteOther(TaskTemplate):
    name = "unseen3_chat_pin_one_mute_other"
    apps = ("chat",)
    difficulty = "medium"
    may_change = ("chat.chats.*.pinned", "chat.chats.*.muted", *SEEN)
    goal = "In Signal, pin my chat with {name} and mute the {group} group."
    goals = ("Two Signal things: keep {name}'s chat at the top, and I'm tired of the {group} group's "
             "notifications, so silence that one.", "signal: pin {name}, mute {group}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name, other = two_people(rng)
        return {"name": name, "other": other, "group": rng.choice(GROUPS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        for title in (params["group"], params["name"]):
            if app.titled(title) is not None:
                app.delete(app.titled(title).id)
        group = app.add_chat(params["group"], [params["name"], params["other"]], group=True)
        app.post(group.id, params["other"], "Who is coming on Thursday?", minutes_ago=30)
        app.post(chat_with(device, params["name"]).id, params["name"], "Call you later", minutes_ago=20)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        one, group = device.app("chat").titled(params["name"]), device.app("chat").titled(params["group"])
        return bool(one and group and one.pinned and not one.muted and group.muted and not group.pinned)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Signal")
        for title, option in ((params["name"], "Pin"), (params["group"], "Mute")):
            plan.scroll_to(rid(CHAT_PKG, "conversation_list"), resource_id="android:id/title", text=title)
            long_press(plan, resource_id="android:id/title", text=title).tap(text=option)
        return plan.done()


class NearestRestaurant(QuestionTask):
    name = "unseen3_maps_nearest_restaurant_question"
    apps = ("maps",)
    difficulty = "medium"
    goal = "Which {cuisine} restaurant is closest to me?"
    goals = ("I'm hungry and don't feel like walking far. What's the nearest {cuisine} place on the map?",
             "closest {cuisine} spot?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"cuisine": rng.choice(sorted(CUISINES))}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        found = [p for p in device.app("maps").state.places if p.cuisine == params["cuisine"]]
        near = min(p.distance_km for p in found)
        return [p.name for p in found if p.distance_km == near]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Maps").type(f"{params['cuisine']} restaurant", resource_id=rid(
            "com.android.maps", "search")).back()
        return plan.done(self.expected(device, params)[0])


class RepeatEvent(TaskTemplate):
    name = "unseen3_calendar_repeat_event_on_day"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events",)
    goal = "Add \"{title}\" on {new_day_text} as well, same time and place as the one on {day_text}; keep that one."
    goals = ("I'm doing {title} twice. It's already in my calendar on {day_text}; put the same thing on "
             "{new_day_text} at the same time and location.", "{title}: also on {new_day_text}, same time/place")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        day, new_day = rng.sample(range(1, 11), 2)
        return {"title": rng.choice(NEW_EVENTS), "day": sample_day(rng, day, day),
                "new_day": sample_day(rng, new_day, new_day), "time": sample_time(rng),
                "location": rng.choice(LOCATIONS)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"]), "new_day_text": day_text(params["new_day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), params["time"], params["location"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [e for e in device.app("calendar").state.events if normalize(e.title) == normalize(params["title"])]
        days = sorted(e.day.isoformat() for e in found)
        same = all(e.start == params["time"] and normalize(params["location"]) in normalize(e.location)
                   for e in found)
        return len(found) == 2 and days == sorted([params["day"], params["new_day"]]) and same

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).back().tap(content_desc="New event")
        fill_event(plan, params["title"], params["new_day"], params["time"], params["location"])
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class DeleteNotesMentioning(TaskTemplate):
    name = "unseen3_notes_delete_all_mentioning"
    apps = ("notes",)
    difficulty = "medium"
    may_change = ("notes.notes",)
    goal = "Delete all my notes that mention the {word}."
    goals = ("Everything with the {word} is sorted now, so any note that talks about the {word} can go. "
             "Please remove them.", "notes about {word}: delete all")
    OTHERS = [("Groceries", "Milk, eggs, rice"), ("Book list", "Piranesi; The Overstory"),
              ("Workout", "Mon legs, Wed back"), ("Garden", "Water tomatoes every 2 days")]

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"word": rng.choice(WORDS_IN_NOTES), "titles": rng.sample(["Monday", "Errands", "To ask", "Later",
                                                                          "Reminders"], 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        notes.state.notes = []
        word = params["word"]
        bodies = [f"Call the {word} before Friday", f"Ask the {word} about the invoice"]
        mixed = [*self.OTHERS[:2], (params["titles"][0], bodies[0]), self.OTHERS[2], (params["titles"][1], bodies[1]),
                 self.OTHERS[3]]
        for title, body in mixed:
            notes.add(title, body)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        notes = device.app("notes")
        return not notes.find(params["word"]) and all(notes.titled(title) for title, _ in self.OTHERS)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Notes").type(params["word"], resource_id=rid(NOTES_PKG, "search")).back()
        for title in params["titles"]:
            plan.tap_row(title).tap(resource_id=rid(NOTES_PKG, "delete_note"))
        return plan.done()


class AllAlarmsOff(TaskTemplate):
    name = "unseen3_clock_all_alarms_off"
    apps = ("clock",)
    difficulty = "medium"
    may_change = ("clock.alarms.*.enabled",)
    goal = "Switch off all my alarms."
    goals = ("I'm on holiday next week and don't want anything ringing. Turn every alarm off, but don't "
             "delete them.", "all alarms off")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"extra": rng.choice([(5, 45), (9, 0), (11, 15), (18, 30)]), "off": rng.randint(0, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        for index, alarm in enumerate(clock.state.alarms):
            alarm.enabled = index != params["off"]
        clock.add_alarm(*params["extra"], "Dentist")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        alarms = device.app("clock").state.alarms
        return len(alarms) == 4 and not any(a.enabled for a in alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock")
        for alarm in sorted(device.app("clock").state.alarms, key=lambda a: (a.hour, a.minute)):
            if alarm.enabled:
                desc = f"{alarm.time_text} alarm"
                plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=desc).tap(content_desc=desc)
        return plan.done()


# ---- hard (two apps) --------------------------------------------------------------------------------
class TextMissedCaller(TaskTemplate):
    name = "unseen3_text_last_missed_caller"
    apps = ("phone", "messages", "contacts")
    difficulty = "hard"
    may_change = ("messages.threads", *SEEN)
    goal = "Text whoever I last missed a call from: \"{text}\""
    goals = ("Somebody just tried to ring me and I couldn't pick up. Don't call them back, just send them a text "
             "saying \"{text}\".", "sms my last missed caller - {text}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "text": rng.choice(SORRY)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        missed_call_from(device, params["phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = normalize(params["text"])
        return any(want in normalize(t) for t in sent_texts(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Phone").tap(text="Recents")
        return send_text(plan, params["name"], params["text"]).done()


class SaveMissedNumber(TaskTemplate):
    name = "unseen3_save_missed_number_as_contact"
    apps = ("phone", "contacts")
    difficulty = "hard"
    may_change = ("contacts.contacts",)
    goal = "My last missed call came from a number I haven't saved. Add it to my contacts as {name}."
    goals = ("That missed call a minute ago was {name}, calling from a number I don't have. Could you store it in "
             "Contacts under {name}?", "last missed number -> new contact {name}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        contacts = device.app("contacts")
        contacts.state.contacts = [c for c in contacts.state.contacts
                                   if c.name != params["name"] and digits(c.phone) != digits(params["phone"])]
        missed_call_from(device, params["phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(c.name) == normalize(params["name"]) and digits(c.phone) == digits(params["phone"])
                   for c in device.app("contacts").state.contacts)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Phone").tap(text="Recents")
        return create_contact(plan, params["name"], params["phone"]).done()


class WebEventToCalendar(TaskTemplate):
    name = "unseen3_web_event_to_calendar"
    apps = ("browser", "calendar")
    difficulty = "hard"
    may_change = ("calendar.events", *BROWSING)
    goal = "Put the {which} listed on events.example.com in my calendar, on its day and time."
    goals = ("events.example.com says there's a {which} this week and I'd like to go. Add it to my calendar for "
             "the right day and time.", "{which} (events.example.com) -> calendar")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"which": rng.choice(["jazz night", "book fair"])}

    def listing(self, device: Any, params: dict[str, Any]) -> tuple[str, date, str, str]:
        """Title, day, start and place of the event, read off the page (the next such weekday)."""
        line = next(x for x in device.app("browser").page("events.example.com").lines
                    if x.lower().startswith(params["which"]))
        match = re.match(r"(.+?)(?: at (.+))?, (\w+day) (\d\d:\d\d)$", line)
        title, place, weekday, start = match.groups()
        today = device.now.date()
        ahead = (WEEKDAYS.index(weekday) - today.weekday()) % 7
        return title, today + timedelta(days=ahead), start, place or ""

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        _, day, start, _ = self.listing(device, params)
        key = normalize(params["which"].split()[0])
        return any(key in normalize(e.title) and e.day == day and e.start == start
                   for e in device.app("calendar").state.events)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        title, day, start, place = self.listing(device, params)
        plan = browse(Plan(device), "events.example.com").open("Calendar").tap(content_desc="New event")
        fill_event(plan, title, day.isoformat(), start, place)
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class AlarmAtOpening(TaskTemplate):
    name = "unseen3_alarm_when_place_opens"
    apps = ("maps", "clock")
    difficulty = "hard"
    may_change = ("clock.alarms",)
    goal = "Set an alarm for the time {place} opens."
    goals = ("I want to be at {place} the moment they open. Look up their opening time in Maps and set an alarm "
             "for it.", "alarm at {place} opening time")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name, category, words = rng.choice(SHOPS)
        return {"place": name, "category": category, "keywords": words,
                "opens": rng.choice(["06:45", "07:15", "08:45", "09:15", "10:30"]),
                "distance": round(rng.uniform(0.3, 6.0), 1)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        maps = device.app("maps").state
        maps.places = [p for p in maps.places if p.name != params["place"]]
        maps.places.append(Place(id=maps.next_id, name=params["place"], category=params["category"], rating=4.4,
                                 reviews=310, address="18 Bay St", phone="+1 415-555-0642", opens=params["opens"],
                                 closes="18:00", distance_km=params["distance"], keywords=params["keywords"]))
        maps.next_id += 1
        hour, minute = (int(x) for x in params["opens"].split(":"))
        clock = device.app("clock").state
        clock.alarms = [a for a in clock.alarms if (a.hour, a.minute) != (hour, minute)]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(a.time_text == params["opens"] and a.enabled for a in device.app("clock").state.alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_place(Plan(device), params["place"], params["place"])
        hour, minute = (int(x) for x in params["opens"].split(":"))
        add_alarm_fields(plan.open("Clock").tap(content_desc="Add alarm"), hour, minute)
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


class DayPlanByMail(TaskTemplate):
    name = "unseen3_mail_day_plan"
    apps = ("calendar", "mail")
    difficulty = "hard"
    may_change = ("mail.emails", *SEEN)
    goal = "Email {to} a list of what's in my calendar on {day_text}."
    goals = ("{to} wants to know how busy I am on {day_text}. Send them an email with the names of my events "
             "that day.", "mail {to}: my {day_text} events")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"to": address_of(person(rng)), "day": sample_day(rng, 2, 9), "titles": rng.sample(NEW_EVENTS, 2),
                "times": sorted([sample_time(rng, 8, 12), sample_time(rng, 13, 19)])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        titles = {normalize(t) for t in params["titles"]}
        cal.state.events = [e for e in cal.state.events if normalize(e.title) not in titles]
        for title, start in zip(params["titles"], params["times"]):
            cal.add_event(title, date.fromisoformat(params["day"]), start)

    def titles(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [e.title for e in device.app("calendar").on_day(date.fromisoformat(params["day"]))]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        wanted = [normalize(t) for t in self.titles(device, params)]
        return any(all(f" {w} " in f" {normalize(m.subject + ' ' + m.body)} " for w in wanted)
                   for m in sent_mail(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar")
        for _ in range((date.fromisoformat(params["day"]) - device.now.date()).days):
            plan.tap(content_desc="Next day")
        body = ", ".join(self.titles(device, params))
        return compose_mail(plan, params["to"], f"My plans for {day_text(params['day'])}", body).done()


MEDIUM = [PinOneMuteOther, NearestRestaurant, RepeatEvent, DeleteNotesMentioning, AllAlarmsOff]
TWO_APPS = [TextMissedCaller, SaveMissedNumber, WebEventToCalendar, AlarmAtOpening, DayPlanByMail]

__all__ = ["MEDIUM", "TWO_APPS"]
