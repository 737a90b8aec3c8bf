"""Held task templates, second batch: 20 tasks on the simulated apps that neither the built-in suite nor the
first held batch (unseen_templates.py) has: other actions, other values read, new two-app shapes. Never
used to tune the agent; the held measure of unseen TASKS (the first batch is DEV now). The Maps and two-app
ones are in unseen_templates_b2.py.
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_b.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.browser import HOME, Bookmark, Tab
from cascadroid.device.sim.apps.clock import Stopwatch, Timer
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    SHOP_PKG,
    day_text,
    ensure_contact,
    open_event,
    open_note,
    person,
    phone_number,
    put_message,
)
from cascadroid.device.sim.tasks.nav import BROWSER_PKG, NOTES, SEEN, SUBJECTS, emails_titled, mail_from, open_email
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import _ExistingEvent, events_titled, new_note, sample_day

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the Maps and two-app templates beside this file
from unseen_templates_b2 import TWO_APPS  # noqa: E402

WORDS = ["zero", "one", "two", "three", "four", "five", "six"]


# ---- Clock ------------------------------------------------------------------------------------------
class ResumeTimer(TaskTemplate):
    name, apps, difficulty, may_change = "unseen2_clock_resume_timer", ("clock",), "easy", ("clock.timer",)
    goal = "Resume my paused timer."
    goals = ("Let the {minutes}-minute timer carry on counting down.", "unpause timer")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"minutes": rng.choice([5, 12, 30, 45]), "left": rng.randint(60, 240)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("clock").state.timer = Timer(duration_s=params["minutes"] * 60, remaining_s=params["left"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        timer = device.app("clock").state.timer
        return timer.duration_s == params["minutes"] * 60 and timer.started_at is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Clock").tap(text="Timer").tap(resource_id=rid(CLOCK_PKG, "timer_pause")).done()


class _RunningStopwatch(TaskTemplate):
    apps, difficulty, may_change = ("clock",), "easy", ("clock.stopwatch",)
    button = "stopwatch_start"

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"elapsed": rng.randint(30, 900)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.stopwatch = Stopwatch(elapsed_s=params["elapsed"], started_at=clock.now())

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(text="Stopwatch")
        return plan.tap(resource_id=rid(CLOCK_PKG, self.button)).done()


class StopStopwatch(_RunningStopwatch):
    name = "unseen2_clock_stop_stopwatch"
    goal = "Stop the stopwatch."
    goals = ("The stopwatch is still running - pause it, but don't reset it.", "halt stopwatch")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sw = device.app("clock").state.stopwatch
        return sw.started_at is None and sw.elapsed_s >= params["elapsed"]


class LapStopwatch(_RunningStopwatch):
    name, button = "unseen2_clock_stopwatch_lap", "stopwatch_lap"
    goal = "Record a lap on the running stopwatch."
    goals = ("Mark a lap time on the stopwatch and keep it going.", "stopwatch: lap")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sw = device.app("clock").state.stopwatch
        return bool(sw.laps) and sw.started_at is not None


# ---- Settings, Mail, Chrome ----------------------------------------------------------------------------
class OwnNumber(QuestionTask):
    name, apps, difficulty = "unseen2_settings_own_number_question", ("settings",), "easy"
    goal = "What is my own phone number?"
    goals = ("I forgot the number of this phone. Can you find it for me?", "my number?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return ["650-555-0100", "6505550100"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Settings").tap_row("About phone").done("+1 650-555-0100")


class MarkRead(TaskTemplate):
    name, apps, difficulty, may_change = "unseen2_mail_mark_read", ("mail",), "easy", ("mail.emails.*.read",)
    goal = "Mark the email \"{subject}\" as read."
    goals = ("The mail from {sender} about \"{subject}\" still shows as unread; make it read.",
             "mark read: {subject}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"subject": rng.choice(SUBJECTS), "sender": person(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail_from(device, params["sender"], params["subject"], "See the details below.", read=False)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return all(e.read for e in emails_titled(device, params["subject"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).done()


TAB_PAGES = {HOME: "Morning News", "weather.example.com": "Weather today", "library.example.com/hours":
             "City Library hours", "events.example.com": "Events this week", "store.example.com/deals": "Deals of the day"}


def set_tabs(device: Any, urls: list[str]) -> None:
    """Chrome has exactly these tabs open, the first one shown."""
    state = device.app("browser").state
    state.tabs = [Tab(id=i + 1, url=url) for i, url in enumerate(urls)]
    state.current, state.next_id = 1, len(urls) + 1


class TabCount(QuestionTask):
    name, apps, difficulty = "unseen2_browser_tab_count_question", ("browser",), "easy"
    goal = "How many tabs are open in Chrome?"
    goals = ("Count my open browser tabs for me.", "number of chrome tabs?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"count": rng.randint(2, 5)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        set_tabs(device, list(TAB_PAGES)[: params["count"]])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(params["count"]), WORDS[params["count"]]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Chrome").tap(resource_id=rid(BROWSER_PKG, "tab_switcher_button"))
        return plan.done(params["count"])


class SwitchTab(TaskTemplate):
    name, apps, difficulty, may_change = "unseen2_browser_switch_tab", ("browser",), "medium", ("browser.current",)
    goal = "Switch to my Chrome tab with \"{title}\"."
    goals = ("Go back to the tab where I had \"{title}\" open in Chrome - don't open it again.",
             "chrome: show the {title} tab")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        urls = [HOME, *rng.sample(list(TAB_PAGES)[1:], 3)]
        target = rng.choice(urls[1:])
        return {"urls": urls, "url": target, "title": TAB_PAGES[target]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        set_tabs(device, params["urls"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        tab = device.app("browser").tab()
        return tab is not None and tab.url == params["url"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Chrome").tap(resource_id=rid(BROWSER_PKG, "tab_switcher_button"))
        return plan.tap_row(params["title"]).done()


class OpenBookmark(TaskTemplate):
    name, apps, difficulty = "unseen2_browser_open_bookmark", ("browser",), "medium"
    may_change = ("browser.tabs", "browser.history", "browser.current", "browser.next_id")
    goal = "Open my Chrome bookmark \"{title}\"."
    goals = ("I saved \"{title}\" as a bookmark in the browser. Take me to it.", "bookmarks -> {title}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        urls = rng.sample(list(TAB_PAGES)[1:], 3)
        return {"urls": urls, "url": urls[1], "title": TAB_PAGES[urls[1]]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        set_tabs(device, [HOME])
        device.app("browser").state.bookmarks = [Bookmark(url=u, title=TAB_PAGES[u]) for u in params["urls"]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        tab = device.app("browser").tab()
        return tab is not None and tab.url == params["url"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Chrome").tap(content_desc="More options").tap_row("Bookmarks")
        return plan.tap_row(params["title"]).done()


# ---- Notes, Messages, Calendar, Shop ------------------------------------------------------------------
class CopyNote(TaskTemplate):
    name, apps, difficulty, may_change = "unseen2_notes_copy", ("notes",), "medium", NOTES
    goal = "Make a copy of my note \"{title}\" and call it \"{new_title}\"."
    goals = ("Duplicate the note \"{title}\": same text, new title \"{new_title}\", and keep the original.",
             "note {title} -> copy as {new_title}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(["Packing list", "Book club picks", "Garden plan", "Gift ideas"])
        body = rng.choice(["Tent, torch, two jumpers", "Dune and Circe", "Tomatoes by the fence", "Scarf for Mum"])
        return {"title": title, "new_title": f"{title} {rng.choice(['backup', 'v2', 'spare'])}", "body": body}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for title in (params["title"], params["new_title"]):
            for note in list(notes.titled(title)):
                notes.delete(note.id)
        notes.add(params["title"], params["body"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        notes = device.app("notes")
        same = [n for t in (params["title"], params["new_title"]) for n in notes.titled(t)
                if normalize(n.body) == normalize(params["body"])]
        return len(same) == 2 and len({n.id for n in same}) == 2

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"]).back()
        return new_note(plan, params["new_title"], params["body"]).done()


class UnreadTexter(QuestionTask):
    name, apps, difficulty, may_change = "unseen2_messages_unread_question", ("messages",), "medium", SEEN
    goal = "Who sent me a text message that I haven't read yet?"
    goals = ("There's an unread SMS in my Messages. From whom?", "unread text from who")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for thread in device.app("messages").state.threads:
            thread.read = True
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], "Call me when you can", minutes_ago=90)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["name"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Messages").done(params["name"])


class FirstEvent(QuestionTask):
    name, apps, difficulty = "unseen2_calendar_first_event_question", ("calendar",), "medium"
    goal = "What is the first thing on my calendar on {day_text}?"
    goals = ("Which event do I have earliest on {day_text}?", "{day_text}: first appointment?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        titles = rng.sample(["Yoga class", "Budget review", "Lunch with Priya", "Dentist check", "Team standup"], 3)
        hours = sorted(rng.sample(range(8, 19), 3))
        return {"day": sample_day(rng, 2, 9), "titles": titles, "hours": hours}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        calendar, day = device.app("calendar"), date.fromisoformat(params["day"])
        for event in [e for e in calendar.state.events if e.day == day]:
            calendar.delete(event.id)
        for title, hour in zip(reversed(params["titles"]), reversed(params["hours"])):
            for event in events_titled(device, title):
                calendar.delete(event.id)
            calendar.add_event(title, day, f"{hour:02d}:00")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["titles"][0]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_event(Plan(device), params["titles"][0]).done(params["titles"][0])


class EventHourLater(_ExistingEvent):
    name, difficulty = "unseen2_calendar_event_hour_later", "medium"
    may_change = ("calendar.events.*.start",)
    goal = "Move \"{title}\" on {day_text} one hour later."
    goals = ("Push {title} ({day_text}) back by an hour, same day.", "{title} {day_text}: +1h")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        hour, minute = (int(x) for x in params["time"].split(":"))
        return {**params, "time": f"{min(hour, 18):02d}:{minute:02d}", "new_time": f"{min(hour, 18) + 1:02d}:{minute:02d}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        event = self.event(device, params)
        return event is not None and event.start == params["new_time"] and event.day.isoformat() == params["day"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["new_time"], resource_id=rid(CALENDAR_PKG, "event_time_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class EmptyCart(TaskTemplate):
    name, apps, difficulty, may_change = "unseen2_shop_empty_cart", ("shop",), "medium", ("shop.cart",)
    goal = "Empty my Shop cart."
    goals = ("Take everything out of my cart in Shop, I don't want to buy any of it.", "clear shop cart")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"products": products(rng, rng.randint(2, 3))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name in params["products"]:
            shop.add_to_cart(product(device, name).id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not device.app("shop").state.cart

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        for name in params["products"]:
            plan.tap(content_desc=f"Remove {name}")
        return plan.done()


TEMPLATES = [ResumeTimer, StopStopwatch, LapStopwatch, OwnNumber, MarkRead, TabCount, SwitchTab, OpenBookmark,
             CopyNote, UnreadTexter, FirstEvent, EventHourLater, EmptyCart, *TWO_APPS]
__all__ = ["TEMPLATES"]
