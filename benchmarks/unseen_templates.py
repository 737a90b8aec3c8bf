"""Held task templates: 22 tasks (the four two-app ones in unseen_templates_two.py) on the simulated apps that the built-in suite does not have (other
actions, other values read, new two-app shapes), never used to tune the agent. A measure of unseen
TASKS, not only wordings: `python benchmarks/bench_structure.py --templates benchmarks/unseen_templates.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step, swipe
from cascadroid.device.sim.apps.clock import Stopwatch, Timer
from cascadroid.device.sim.apps.contacts import digits
from cascadroid.device.sim.apps.files import FOLDERS
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, answer_matches, normalize, time_forms
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    CONTACTS_PKG,
    NOTES_PKG,
    day_text,
    edit_contact,
    ensure_contact,
    open_event,
    open_product,
    person,
    phone_number,
    two_people,
)
from cascadroid.device.sim.tasks.media import FileTask
from cascadroid.device.sim.tasks.nav import CHAT_PKG, CHATS, PHRASES, chat_send, chat_sent, chat_with, open_file, said
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import _ExistingEvent, notes_titled
from cascadroid.device.sim.tasks.system import _ExistingAlarm

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the two-app templates beside this file
from unseen_templates_two import LABELS, TWO_APPS  # noqa: E402

SHOP = "com.android.shop"


# ---- Clock ----------------------------------------------------------------------------------------
class ResetStopwatch(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_clock_reset_stopwatch", ("clock",), "easy", ("clock.stopwatch",)
    goal = "Reset the stopwatch."
    goals = ("Put the stopwatch back to zero and clear its laps.", "stopwatch back to 0 please")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"elapsed": rng.randint(60, 3000)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("clock").state.stopwatch = Stopwatch(elapsed_s=params["elapsed"], laps=[params["elapsed"] / 2])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sw = device.app("clock").state.stopwatch
        return sw.elapsed_s == 0 and sw.started_at is None and not sw.laps

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Clock").tap(text="Stopwatch").tap(resource_id=rid(CLOCK_PKG, "stopwatch_reset")).done()


class _RunningTimer(TaskTemplate):
    apps, difficulty, may_change = ("clock",), "easy", ("clock.timer",)
    button = "timer_delete"

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"minutes": rng.choice([10, 15, 20, 25, 40])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.timer = Timer(duration_s=params["minutes"] * 60, remaining_s=params["minutes"] * 60,
                                  started_at=clock.now())

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Clock").tap(text="Timer").tap(resource_id=rid(CLOCK_PKG, self.button)).done()


class CancelTimer(_RunningTimer):
    name = "unseen_clock_cancel_timer"
    goal = "Cancel the timer that is running."
    goals = ("I don't need my {minutes}-minute timer any more, get rid of it.", "kill the timer")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("clock").state.timer.duration_s == 0


class PauseTimer(_RunningTimer):
    name, button = "unseen_clock_pause_timer", "timer_pause"
    goal = "Pause my timer."
    goals = ("Hold the {minutes} minute timer for now, without deleting it.", "timer pause")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        timer = device.app("clock").state.timer
        return timer.duration_s == params["minutes"] * 60 and timer.started_at is None


class AlarmTimeQuestion(QuestionTask):
    name, apps, difficulty = "unseen_clock_alarm_time_question", ("clock",), "easy"
    goal = "What time is my \"{label}\" alarm set for?"
    goals = ("When does the {label} alarm go off?", "{label} alarm - what time?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"label": rng.choice(LABELS), "hour": rng.choice([6, 7, 9, 12, 17, 20]), "minute": rng.choice([5, 25, 35])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = [a for a in clock.state.alarms if a.label != params["label"]]
        clock.add_alarm(params["hour"], params["minute"], params["label"], enabled=True)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return time_forms(f"{params['hour']:02d}:{params['minute']:02d}")

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        desc = f"{params['hour']:02d}:{params['minute']:02d} {params['label']}"
        plan = Plan(device).open("Clock").scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=desc)
        return plan.done(self.expected(device, params)[0])


class RelabelAlarm(_ExistingAlarm):
    name, difficulty = "unseen_clock_relabel_alarm", "medium"
    may_change = ("clock.alarms.*.label", "clock.alarms.*.enabled")
    goal = "Change the label of my {time} alarm to \"{new_label}\"."
    goals = ("Call the alarm at {time} \"{new_label}\" from now on.", "{time} alarm label -> {new_label}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "new_label": rng.choice(LABELS)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(a.label) == normalize(params["new_label"]) for a in self._alarms(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = self._show(device, params).tap(content_desc=f"{self.goal_fields(params)['time']} {params['label']}")
        plan.type(params["new_label"], resource_id=rid(CLOCK_PKG, "alarm_label"))
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


class TimerHours(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_clock_timer_hours", ("clock",), "medium", ("clock.timer",)
    goal = "Start a timer for 1 hour and {minutes} minutes."
    goals = ("I need a countdown of one hour {minutes} minutes, please start it.", "timer 1h {minutes}m")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"minutes": rng.choice([5, 10, 20, 30, 45])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("clock").state.timer = Timer()

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        timer = device.app("clock").state.timer
        return timer.duration_s == 3600 + params["minutes"] * 60 and timer.started_at is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(text="Timer")
        plan.fill(CLOCK_PKG, {"timer_hours": "1", "timer_minutes": str(params["minutes"])})
        return plan.tap(resource_id=rid(CLOCK_PKG, "timer_start")).done()


# ---- Settings -------------------------------------------------------------------------------------
class AndroidVersionQuestion(QuestionTask):
    name, apps, difficulty = "unseen_settings_android_version_question", ("settings",), "easy"
    goal = "Which Android version is my phone running?"
    goals = ("What version of Android do I have?", "android version?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return ["15"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Settings").tap_row("About phone").done("Android 15")


class PairedDevicesQuestion(QuestionTask):
    name, apps, difficulty = "unseen_settings_paired_devices_question", ("settings",), "medium"
    goal = "Which Bluetooth devices are saved on my phone?"
    goals = ("Name the Bluetooth gadgets my phone has been paired with.", "my paired bluetooth devices?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return list(device.app("settings").state.paired_devices)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return all(answer_matches(answer, [name]) for name in self.expected(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Settings").tap_row("Connected devices").done(", ".join(self.expected(device, params)))


class BrightnessPercent(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_settings_brightness_percent", ("settings",), "medium", (
        "settings.brightness",)
    goal = "Set the screen brightness to {percent}%."
    goals = ("Make the display brightness {percent} percent.", "brightness {percent}%")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"percent": rng.choice([20, 30, 80, 90])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("settings").state.brightness = random.Random(str(params)).choice([40, 50, 60, 70])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return abs(device.app("settings").state.brightness - params["percent"]) <= 5

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        rows, slider = device.app("settings").route("brightness")
        plan = Plan(device).open("Settings")
        for row in rows:
            plan.tap_row(row)
        up = params["percent"] > device.app("settings").state.brightness
        return plan.until(lambda phone: self.check(phone, params, None), swipe("right" if up else "left", **slider)).done()


# ---- Calendar, Contacts, Notes --------------------------------------------------------------------
class EventEndQuestion(_ExistingEvent, QuestionTask):
    name, difficulty = "unseen_calendar_event_end_question", "easy"
    goal = "When does \"{title}\" on {day_text} end?"
    goals = ("What's the finishing time of {title} on {day_text}?", "{title} {day_text} ends when?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        event = self.event(device, params)
        if event is None:
            raise LookupError(params["title"])
        return time_forms(event.end)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_event(Plan(device), params["title"]).done(self.expected(device, params)[0])


class MoveEventDay(_ExistingEvent):
    name, difficulty, may_change = "unseen_calendar_move_event_day", "medium", ("calendar.events.*.day",)
    goal = "Move \"{title}\" from {day_text} to {new_day_text}, at the same time."
    goals = ("Shift {title} to {new_day_text}; keep the start time it has on {day_text}.",
             "{title}: {day_text} -> {new_day_text}, same time")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        new_day = date.fromisoformat(params["day"]) + timedelta(days=rng.choice([1, 2, 3, 5]))
        return {**params, "new_day": new_day.isoformat()}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {**super().goal_fields(params), "new_day_text": day_text(params["new_day"])}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        event = self.event(device, params)
        return event is not None and event.day.isoformat() == params["new_day"] and event.start == params["time"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["new_day"], resource_id=rid(CALENDAR_PKG, "event_date_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class ContactWithEmail(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_contacts_add_with_email", ("contacts",), "medium", ("contacts.contacts",)
    goal = "Add {name} to my contacts with the number {phone} and the email {email}."
    goals = ("New contact: {name}, phone {phone}, e-mail {email}.", "save {name} {phone} {email}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        return {"name": name, "phone": phone_number(rng), "email": f"{name.split()[0].lower()}@mailbox.example"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        contacts = device.app("contacts")
        for c in [c for c in contacts.state.contacts if c.name == params["name"]]:
            contacts.delete(c.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(c.name) == normalize(params["name"]) and digits(c.phone) == digits(params["phone"])
                   and c.email.strip().lower() == params["email"] for c in device.app("contacts").state.contacts)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Contacts").tap(content_desc="Create contact")
        plan.fill(CONTACTS_PKG, {"name_field": params["name"], "phone_field": params["phone"],
                                 "email_field": params["email"]})
        return plan.tap(resource_id=rid(CONTACTS_PKG, "save")).done()


class RemoveEmail(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_contacts_remove_email", ("contacts",), "medium", (
        "contacts.contacts.*.email",)
    goal = "Remove the email address from {name}'s contact, keeping the phone number."
    goals = ("{name}'s email in Contacts is out of date; delete it but leave the rest.", "clear {name} email")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], email=f"{params['name'].split()[0].lower()}@old.example")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(c.name == params["name"] and not c.email.strip() and digits(c.phone) == digits(params["phone"])
                   for c in device.app("contacts").state.contacts)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return edit_contact(Plan(device), params["name"], "email", "").done()


class NoteMentionTitleQuestion(QuestionTask):
    name, apps, difficulty = "unseen_notes_which_mentions_question", ("notes",), "medium"
    goal = "Which of my notes mentions \"{word}\"? Tell me its title."
    goals = ("I wrote \"{word}\" in one of my notes - what is that note called?", "note with {word} in it: title?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"word": rng.choice(["saxophone", "passport photos", "tire pressure", "oat milk"]),
                "title": rng.choice(["Odds and ends", "Sunday", "Misc", "Before the trip"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for n in notes.find(params["word"]) + notes_titled(device, params["title"]):
            notes.delete(n.id)
        notes.add(params["title"], f"Remember the {params['word']} and the keys")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["title"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Notes").type(params["word"], resource_id=rid(NOTES_PKG, "search"))
        return plan.done(params["title"])


# ---- Files, Shop, Signal --------------------------------------------------------------------------
class FileFolderQuestion(FileTask, QuestionTask):
    name, difficulty = "unseen_files_folder_question", "easy"
    goal = "Which folder is {file} in?"
    goals = ("Where on my phone is the file {file} stored? Just the folder.", "{file} folder?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "folder": rng.choice(FOLDERS)}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["folder"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_file(Plan(device), params["file"]).done(params["folder"])


class ReviewsQuestion(QuestionTask):
    name, apps, difficulty = "unseen_shop_reviews_question", ("shop",), "easy"
    goal = "How many ratings does \"{product}\" have in Shop?"
    goals = ("In the Shop app, how many people rated {product}?", "{product} number of ratings")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0]}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(product(device, params["product"]).reviews)]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_product(Plan(device), params["product"]).done(self.expected(device, params)[0])


class AddTwo(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_shop_add_two", ("shop",), "medium", ("shop.cart",)
    goal = "Put two of \"{product}\" in my Shop cart."
    goals = ("I need {product} twice - add 2 to the cart in Shop.", "cart += 2x {product}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("shop").remove_from_cart(product(device, params["product"]).id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = product(device, params["product"]).id
        return [i.quantity for i in device.app("shop").state.cart if i.product_id == want] == [2]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_product(Plan(device), params["product"])
        return plan.tap(resource_id=rid(SHOP, "add_to_cart")).tap(resource_id=rid(SHOP, "add_to_cart")).done()


class SendToTwo(TaskTemplate):
    name, apps, difficulty, may_change = "unseen_chat_send_to_two", ("chat",), "medium", CHATS
    goal = "Send \"{text}\" to both {a} and {b} on Signal."
    goals = ("On Signal, tell {a} and also {b}: \"{text}\"", "signal {a} + {b}: {text}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = two_people(rng)
        return {"a": a, "b": b, "text": rng.choice(PHRASES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name in (params["a"], params["b"]):
            device.app("chat").post(chat_with(device, name).id, name, "Hi there!", minutes_ago=30)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return all(said(chat_sent(device, n), params["text"]) for n in (params["a"], params["b"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = chat_send(Plan(device), params["a"], params["text"])
        for _ in range(3):  # back to the chat list (the keyboard first)
            if not plan.sees(resource_id=rid(CHAT_PKG, "search")):
                plan.back()
        return chat_send(plan, params["b"], params["text"]).done()


TEMPLATES = [ResetStopwatch, CancelTimer, PauseTimer, AlarmTimeQuestion, AndroidVersionQuestion, EventEndQuestion,
             FileFolderQuestion, ReviewsQuestion,  # easy
             RelabelAlarm, TimerHours, PairedDevicesQuestion, BrightnessPercent, MoveEventDay, ContactWithEmail,
             RemoveEmail, NoteMentionTitleQuestion, AddTwo, SendToTwo,  # medium
             *TWO_APPS]  # hard
__all__ = ["TEMPLATES"]
