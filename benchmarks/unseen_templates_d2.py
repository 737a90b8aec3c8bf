"""Four medium templates and the five hard ones of the fourth held batch (unseen_templates_d.py loads them)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.phone import Call
from cascadroid.device.sim.apps.settings import WifiNetwork
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize, price_forms
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    NOTES_PKG,
    SHOP_PKG,
    day_text,
    ensure_contact,
    open_event,
    open_product,
    person,
    phone_number,
)
from cascadroid.device.sim.tasks.nav import (
    CHAT_PKG,
    CHATS,
    MAIL_PKG,
    SEEN,
    address_of,
    chat_send,
    chat_sent,
    chat_with,
    long_press,
    mail_from,
    open_email,
    said,
    sent_mail,
)
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import WORDS, new_note, sample_day, sample_time

CLASSES = ["Swim lesson", "Spanish class", "Physio session", "Choir rehearsal", "Pottery class"]
MEETINGS = ["Budget review", "Site visit", "Kickoff call", "Quarterly check-in", "Design critique"]
REPLIES = ["No problem, let's find another date", "Thanks for letting me know", "Okay, talk soon"]
NEW_GROUPS = ["Running club", "Office lunch", "Cousins"]
SHOPPING_NOTES = ["To buy", "Order online", "Shopping list"]
RECORDINGS = ["band_practice.m4a", "call_with_landlord.m4a", "birdsong_morning.m4a", "idea_for_song.m4a",
              "speech_rehearsal.m4a"]


def count_forms(count: int) -> list[str]:
    return [str(count)] + ([WORDS[count]] if count < len(WORDS) else [])


def date_forms(day: date) -> list[str]:
    return [f"{day:%B} {day.day}", f"{day:%b} {day.day}", f"{day.day} {day:%B}", f"{day.day} {day:%b}",
            day.isoformat(), f"{day.month}/{day.day}"]


# ---- medium ---------------------------------------------------------------------------------------
class MuteAllGroups(TaskTemplate):
    name = "unseen4_chat_mute_every_group"
    apps = ("chat",)
    difficulty = "medium"
    may_change = ("chat.chats.*.muted", *SEEN)
    goal = "Mute all my Signal groups, but not my chats with single people."
    goals = ("The group chats on Signal won't stop buzzing. Silence every group conversation; I still want to hear "
             "from people who message me directly.",
             "signal: mute every group",
             "Every group chat I'm in on Signal should be muted.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"group": rng.choice(NEW_GROUPS), "members": [person(rng), person(rng)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        if app.titled(params["group"]) is None:
            group = app.add_chat(params["group"], params["members"], group=True)
            app.post(group.id, params["members"][0], "Anyone up for Thursday?", minutes_ago=15)
        for chat in app.state.chats:
            chat.muted = False

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        chats = device.app("chat").state.chats
        return all(c.muted == c.group for c in chats) and any(c.group for c in chats)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Signal")
        for chat in device.app("chat").listed():
            if chat.group:
                plan.scroll_to(rid(CHAT_PKG, "conversation_list"), resource_id="android:id/title", text=chat.title)
                long_press(plan, resource_id="android:id/title", text=chat.title).tap(text="Mute")
        return plan.done()


class TwoPricesTotal(QuestionTask):
    name = "unseen4_shop_two_prices_total_question"
    apps = ("shop",)
    difficulty = "medium"
    goal = "How much would {a} and {b} cost together in Shop?"
    goals = ("I'm tempted to get both the {a} and the {b} from the Shop app. What would the two come to altogether?",
             "{a} + {b} total price?",
             "Add up the prices of \"{a}\" and \"{b}\" in Shop for me.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = products(rng, 2)
        return {"a": a, "b": b}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return price_forms(round(product(device, params["a"]).price + product(device, params["b"]).price, 2))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop")
        for name in (params["a"], params["b"]):
            plan.type(name, resource_id=rid(SHOP_PKG, "search")).back()
        return plan.done(f"${self.expected(device, params)[0]}")


class NextOccurrence(QuestionTask):
    name = "unseen4_calendar_next_occurrence_question"
    apps = ("calendar",)
    difficulty = "medium"
    goal = "When is my next {title}?"
    goals = ("I've got a few {title} sessions coming up in my calendar. What date is the next one?",
             "next {title} - date?",
             "Look up the date of my upcoming {title}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        first, second = sorted(rng.sample(range(1, 13), 2))
        return {"title": rng.choice(CLASSES), "days": [first, second], "time": sample_time(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        today = device.now.date()
        for offset in (params["days"][1], -3, params["days"][0]):  # one already past
            cal.add_event(params["title"], today + timedelta(days=offset), params["time"], "Studio 2")

    def _days(self, device: Any, params: dict[str, Any]) -> list[date]:
        today = device.now.date()
        return sorted(e.day for e in device.app("calendar").find(params["title"]) if e.day >= today)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return date_forms(self._days(device, params)[0])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        have = f" {normalize(answer or '')} "

        def at(day: date) -> int:
            found = [have.index(f" {normalize(f)} ") for f in date_forms(day) if f" {normalize(f)} " in have]
            return min(found) if found else -1

        days = self._days(device, params)
        first, later = at(days[0]), [at(d) for d in days[1:]]
        return first >= 0 and all(x < 0 or first < x for x in later)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar").tap(text="Agenda")
        plan.scroll_to(rid(CALENDAR_PKG, "agenda_list"), resource_id="android:id/title", text=params["title"])
        return plan.done(self.expected(device, params)[0])


class CallsToPerson(QuestionTask):
    name = "unseen4_phone_calls_to_person_count_question"
    apps = ("phone",)
    difficulty = "medium"
    goal = "How many times have I called {name}, according to my call log?"
    goals = ("I feel like I'm always the one ringing {name}. How many calls to them are in my call history?",
             "calls I made to {name}: count",
             "Count my outgoing calls to {name}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "count": rng.randint(2, 4),
                "other": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        log = device.app("phone").state.call_log
        start = max([c.time for c in log] + [device.now - timedelta(days=1)])
        calls = [("outgoing", params["phone"])] * params["count"] + [("incoming", params["phone"]),
                                                                     ("missed", params["phone"])]
        random.Random(params["other"]).shuffle(calls)
        calls.insert(2, ("outgoing", params["other"]))  # someone else, between them
        for index, (kind, number) in enumerate(calls):
            log.append(Call(number=number, direction=kind, time=start + timedelta(minutes=20 * (index + 1)),
                            duration_s=0 if kind == "missed" else 120))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        want = params["phone"]
        return count_forms(sum(c.direction == "outgoing" and c.number == want for c in device.app("phone").state.call_log))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Phone").tap(text="Recents").done(self.expected(device, params)[0])


# ---- hard (two apps, or several parts) --------------------------------------------------------------
class MailNewTime(TaskTemplate):
    name = "unseen4_mail_new_time_into_event"
    apps = ("mail", "calendar")
    difficulty = "hard"
    may_change = ("calendar.events", *SEEN)
    goal = "{sender} emailed me a new start time for \"{title}\". Change the event in my calendar to match."
    goals = ("Got an email from {sender} saying {title} has been moved. Can you read it and fix the time in my "
             "calendar? It's still the same day.",
             "fix {title} time per {sender}'s mail",
             "Update my calendar: the new time for {title} is in {sender}'s email.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        old, new = rng.sample(["09:00", "10:30", "11:15", "13:45", "15:00", "16:30"], 2)
        return {"sender": person(rng), "title": rng.choice(MEETINGS), "day": sample_day(rng, 2, 9), "time": old,
                "new_time": new}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), params["time"], "Room 4B")
        mail_from(device, params["sender"], f"{params['title']}: new time",
                  f"Hi! Small change: {params['title']} on {day_text(params['day'])} now starts at "
                  f"{params['new_time']} instead of {params['time']}. Same room.", minutes_ago=12)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = device.app("calendar").find(params["title"])
        return len(found) == 1 and found[0].start == params["new_time"] and found[0].day.isoformat() == params["day"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), f"{params['title']}: new time")
        open_event(plan, params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["new_time"], resource_id=rid(CALENDAR_PKG, "event_time_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class CancelAndReply(TaskTemplate):
    name = "unseen4_mail_cancelled_event_delete_and_reply"
    apps = ("mail", "calendar")
    difficulty = "hard"
    may_change = ("calendar.events", "mail.emails", *SEEN)
    goal = "{sender} cancelled {title} by email. Delete it from my calendar and reply \"{reply}\"."
    goals = ("Looks like {title} on {day_text} isn't happening - {sender} just wrote to call it off. Take it out of "
             "my calendar and answer their email with: {reply}",
             "{title} cancelled ({sender}): remove event + reply '{reply}'",
             "Reply \"{reply}\" to {sender}'s cancellation email and remove {title} from my calendar.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "title": rng.choice(MEETINGS), "day": sample_day(rng, 1, 8),
                "time": sample_time(rng), "reply": rng.choice(REPLIES)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), params["time"], "Cafe Nord")
        mail_from(device, params["sender"], f"Cancelling {params['title']}",
                  f"Sorry, I have to cancel {params['title']} on {day_text(params['day'])}. Can we find another "
                  "date later?", minutes_ago=8)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        gone = not device.app("calendar").find(params["title"])
        replied = any(normalize(params["reply"]) in normalize(m.body) for m in sent_mail(device, address_of(params["sender"])))
        return gone and replied

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), f"Cancelling {params['title']}").tap(resource_id=rid(MAIL_PKG, "reply"))
        plan.type(params["reply"], resource_id=rid(MAIL_PKG, "body")).tap(resource_id=rid(MAIL_PKG, "send"))
        open_event(plan, params["title"]).tap(resource_id=rid(CALENDAR_PKG, "delete_event"))
        return plan.done()


class WifiNameToFriend(TaskTemplate):
    name = "unseen4_settings_wifi_name_to_signal"
    apps = ("settings", "chat")
    difficulty = "hard"
    may_change = CHATS
    goal = "Tell {friend} on Signal the name of the Wi-Fi network I'm connected to."
    goals = ("{friend} is coming over and asked what my wifi is called. Check which network I'm on and send them "
             "the name on Signal.",
             "signal {friend} my wifi name",
             "Which Wi-Fi am I on? Send its name to {friend} via Signal.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"friend": person(rng), "network": rng.choice(["Fernweh-5G", "Attic_Router", "BlueHouse", "Moonbase"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        state = device.app("settings").state
        state.networks = [n for n in state.networks if n.ssid != params["network"]]
        state.networks.insert(1, WifiNetwork(ssid=params["network"], secured=True, signal=4))
        state.wifi, state.airplane_mode, state.wifi_network = True, False, params["network"]
        app = device.app("chat")
        app.post(chat_with(device, params["friend"]).id, params["friend"], "On my way! What's your wifi called?",
                 minutes_ago=4)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["friend"]), params["network"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Settings")
        for row in device.app("settings").route("wifi")[0]:
            plan.tap_row(row)
        return chat_send(plan, params["friend"], params["network"]).done()


class NoteToCart(TaskTemplate):
    name = "unseen4_note_items_to_shop_cart"
    apps = ("notes", "shop")
    difficulty = "hard"
    may_change = ("shop.cart",)
    goal = "Add everything on my note \"{title}\" to my Shop cart."
    goals = ("I jotted down what I need in a note called {title}. Can you put those things in my cart in the Shop "
             "app?",
             "{title} note -> shop cart",
             "Put the products listed in my {title} note into the Shop cart.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(SHOPPING_NOTES), "products": products(rng, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        notes.state.notes = [n for n in notes.state.notes if normalize(n.title) != normalize(params["title"])]
        notes.add(params["title"], "; ".join(params["products"]))
        device.app("shop").state.cart = []

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        cart = {item.product_id for item in device.app("shop").state.cart}
        return cart == {product(device, name).id for name in params["products"]}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Notes").type(params["title"], resource_id=rid(NOTES_PKG, "search")).back()
        first, second = params["products"]
        open_product(plan, first).tap(resource_id=rid(SHOP_PKG, "add_to_cart")).back()
        plan.type(second, resource_id=rid(SHOP_PKG, "search")).back()
        plan.scroll_to(rid(SHOP_PKG, "results"), resource_id="android:id/title", text=second).tap_row(second)
        return plan.tap(resource_id=rid(SHOP_PKG, "add_to_cart")).done()


class FolderToNote(TaskTemplate):
    name = "unseen4_folder_listing_into_note"
    apps = ("files", "notes")
    difficulty = "hard"
    may_change = ("notes.notes",)
    goal = "Make a note titled \"{title}\" listing every file in my Recordings folder."
    goals = ("Before I wipe my Recordings folder I want a record of what's in it. Write the file names down in a "
             "new note called {title}.",
             "note {title}: names of files in Recordings",
             "In a new note, {title}, list the files that are in Recordings.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Recordings backup", "Old recordings", "Audio list"]),
                "files": rng.sample(RECORDINGS, 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        app.state.files = [f for f in app.state.files if f.folder != "Recordings" and f.name not in params["files"]]
        for index, name in enumerate(params["files"]):
            app.add(name, "Recordings", 900 + 400 * index)
        notes = device.app("notes")
        notes.state.notes = [n for n in notes.state.notes if normalize(n.title) != normalize(params["title"])]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        names = [f.name for f in device.app("files").in_folder("Recordings")]
        for note in device.app("notes").titled(params["title"]):
            text = f" {normalize(note.body)} "
            if names and all(f" {normalize(n.rsplit('.', 1)[0])} " in text for n in names):
                return True
        return False

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files").tap_row("Recordings")
        names = [f.name for f in device.app("files").in_folder("Recordings")]
        return new_note(plan, params["title"], ", ".join(names)).done()


MEDIUM = [MuteAllGroups, TwoPricesTotal, NextOccurrence, CallsToPerson]
TWO_APPS = [MailNewTime, CancelAndReply, WifiNameToFriend, NoteToCart, FolderToNote]

__all__ = ["MEDIUM", "TWO_APPS"]
