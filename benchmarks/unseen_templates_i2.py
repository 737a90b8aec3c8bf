"""Five medium templates and the four hard ones of the ninth held batch (unseen_templates_i.py loads them)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.maps import Place
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, answer_matches, normalize, price_forms
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    MESSAGES_PKG,
    NOTES_PKG,
    SHOP_PKG,
    ensure_contact,
    open_contact,
    open_event,
    open_note,
    open_place,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
    street_address,
)
from cascadroid.device.sim.tasks.nav import SEEN, compose_mail, said
from cascadroid.device.sim.tasks.people import has_number
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import WORDS, new_note, notes_titled

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAST_EVENTS = ["Pottery class", "Dinner with Sam", "Boiler check", "Salsa lesson", "Job interview", "Quiz night",
               "Blood test", "Climbing session"]
TYPOS = [("Wensday", "Wednesday", "Meeting moved to {w} at three"),
         ("recieve", "receive", "Did you {w} the parcel from Anna"),
         ("tommorow", "tomorrow", "Bring the spare charger {w} morning"),
         ("seperate", "separate", "Keep the receipts in a {w} folder"),
         ("definately", "definitely", "We are {w} going to the lake"),
         ("accomodation", "accommodation", "Book the {w} for the ski trip")]
NOTE_TITLES = ["Reminder", "Message draft", "Trip note", "Quick jot"]
TEXTS = ["Are you home yet", "The parcel arrived this morning", "Dinner at eight then", "Bring an umbrella today",
         "I found your sunglasses", "Traffic is awful on the bridge", "Can you feed the cat on Sunday"]
REPLIES = ["Sorry for the slow reply", "Good to hear from you", "Let's catch up soon", "Thanks for checking in"]
MESSAGES = ["The meeting is moved to Thursday", "I left your book at the front desk",
            "The keys are under the blue pot", "Dinner is booked for eight"]
RESTAURANTS = ["Sakura Sushi", "Lotus Thai", "Casa Verde", "Taj Palace", "Trattoria Roma", "Green Bowl"]
SERVICES = ["CloudBox", "PayQuick", "StreamFlix", "RideNow", "FoodHub"]
CODE_NOTES = {"Codes": ["Gym locker 1942", "Bike lock 3310"], "Login codes": ["Router 7781", "Garage 5520"],
              "Security codes": ["Alarm 0412", "Safe 9087"]}


def count_forms(count: int) -> list[str]:
    return [str(count), WORDS[count]] if count < len(WORDS) else [str(count)]


def ensure_place(device: Any, name: str, **fields: Any) -> Place:
    """The Maps place called ``name`` (added as a restaurant if this phone's Maps lacks it), with ``fields`` set."""
    maps = device.app("maps")
    found = maps.named(name)
    if found is None:
        found = Place(id=maps.state.next_id, name=name, category="Restaurant", cuisine="", rating=4.1, reviews=120,
                      address="8 Quay Rd", phone="+1 415-555-0300", keywords="restaurant food")
        maps.state.next_id += 1
        maps.state.places.append(found)
    for key, value in fields.items():
        setattr(found, key, value)
    return found


# ---- medium ---------------------------------------------------------------------------------------
class LastWeekdayEvent(QuestionTask):
    name = "unseen9_calendar_last_weekday_event_question"
    apps = ("calendar",)
    difficulty = "medium"
    goal = "What did I have in my calendar last {weekday}?"
    goals = ("I'm trying to remember what I was doing last {weekday}. What was the event on my calendar that day?",
             "event last {weekday}?",
             "Look back in Calendar: which event did I have on the most recent {weekday} before today?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"weekday": rng.choice(WEEKDAYS), "titles": rng.sample(PAST_EVENTS, 3),
                "start": rng.choice(["10:00", "13:30", "18:00", "19:30"])}

    def _days_back(self, device: Any, params: dict[str, Any]) -> int:
        return (device.now.date().weekday() - WEEKDAYS.index(params["weekday"])) % 7 or 7

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        back = self._days_back(device, params)
        today = device.now.date()
        days = [today - timedelta(days=back), today + timedelta(days=7 - back), today - timedelta(days=back - 1)]
        names = {normalize(t) for t in params["titles"]}
        cal.state.events = [e for e in cal.state.events if e.day not in days and normalize(e.title) not in names]
        for title, day in zip(params["titles"], days):
            cal.add_event(title, day, params["start"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["titles"][0]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return answer_matches(answer, self.expected(device, params)) and not answer_matches(
            answer, params["titles"][1:])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar")
        for _ in range(self._days_back(device, params)):
            plan.tap(resource_id=rid(CALENDAR_PKG, "prev_day"))
        return plan.done(params["titles"][0])


class FixMisspeltWord(TaskTemplate):
    name = "unseen9_notes_fix_one_misspelt_word"
    apps = ("notes",)
    difficulty = "medium"
    may_change = ("notes.notes.*.body",)
    goal = "In my note \"{title}\" I spelt \"{right}\" wrong as \"{wrong}\". Fix that word and leave the rest."
    goals = ("There's a typo in my {title} note: it says {wrong} where it should say {right}. Correct only that "
             "word, the rest of the text is fine.",
             "note {title}: {wrong} -> {right}",
             "Could you fix the spelling in the \"{title}\" note? \"{wrong}\" should read \"{right}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        wrong, right, text = rng.choice(TYPOS)
        return {"title": rng.choice(NOTE_TITLES), "wrong": wrong, "right": right, "text": text}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        notes.add(params["title"], params["text"].format(w=params["wrong"]))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = notes_titled(device, params["title"])
        want = normalize(params["text"].format(w=params["right"]))
        return len(found) == 1 and normalize(found[0].body) == want

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        plan.type(params["text"].format(w=params["right"]), resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class RemoveAndTotal(QuestionTask):
    name = "unseen9_shop_remove_item_then_total_question"
    apps = ("shop",)
    difficulty = "medium"
    may_change = ("shop.cart",)
    goal = "Take the {item} out of my Shop cart, then tell me what the cart total comes to."
    goals = ("I've decided against the {item}. Remove it from my cart in Shop, and let me know the new total for "
             "what's left.",
             "cart -= {item}; new total?",
             "Remove \"{item}\" from the Shop cart and tell me how much the remaining cart costs.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"products": products(rng, 3), "quantities": [1, rng.randint(1, 2), rng.randint(1, 3)]}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"item": params["products"][0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name, quantity in zip(params["products"], params["quantities"]):
            shop.add_to_cart(product(device, name).id, quantity=quantity)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return price_forms(device.app("shop").total())

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = sorted((product(device, n).id, q) for n, q in zip(params["products"][1:], params["quantities"][1:]))
        have = sorted((i.product_id, i.quantity) for i in device.app("shop").state.cart)
        return have == want and super().check(device, params, answer)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        plan.tap(content_desc=f"Remove {params['products'][0]}")
        return plan.done(f"${plan.phone.app('shop').total():.2f}")


class SecondToLastText(QuestionTask):
    name = "unseen9_messages_second_to_last_text_question"
    apps = ("messages",)
    difficulty = "medium"
    may_change = SEEN
    goal = "What did the second-to-last text from {name} say?"
    goals = ("{name} sent me a few texts. Not the latest one, the one just before it - what did that message say?",
             "{name}'s 2nd-last text?",
             "Read me the text {name} sent right before their most recent one.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "texts": rng.sample(TEXTS, 4),
                "reply": rng.choice(REPLIES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        for index, text in enumerate(params["texts"]):
            put_message(device, params["phone"], text, minutes_ago=300 - 60 * index)
        put_message(device, params["phone"], params["reply"], incoming=False, minutes_ago=90)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["texts"][2]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return answer_matches(answer, self.expected(device, params)) and not answer_matches(
            answer, [params["texts"][3], params["reply"]])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Messages").tap_row(params["name"]).done(params["texts"][2])


class ReplyBottomThread(TaskTemplate):
    name = "unseen9_messages_reply_to_bottom_conversation"
    apps = ("messages",)
    difficulty = "medium"
    may_change = ("messages.threads", "messages.next_id")
    goal = "Reply \"{reply}\" to the oldest conversation in Messages - the one at the very bottom of the list."
    goals = ("Someone texted me ages ago and I never answered; their conversation has sunk to the bottom of my "
             "Messages list. Send them \"{reply}\".",
             "oldest sms thread: reply \"{reply}\"",
             "Scroll all the way down in Messages and answer the last conversation there with \"{reply}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "text": rng.choice(TEXTS),
                "reply": rng.choice(REPLIES), "others": [phone_number(rng) for _ in range(8)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        threads = device.app("messages").state.threads
        oldest = min((m.time for t in threads for m in t.messages), default=device.now)
        for index, number in enumerate(params["others"]):
            put_message(device, number, TEXTS[index % len(TEXTS)], minutes_ago=30 + 45 * index)
        ago = int((device.now - oldest).total_seconds() // 60) + 24 * 60
        put_message(device, params["phone"], params["text"], minutes_ago=ago)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        others = [m.text for t in device.app("messages").state.threads if t.address != params["phone"]
                  for m in t.messages if not m.incoming]
        return said(sent_texts(device, params["phone"]), params["reply"]) and not said(others, params["reply"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages").tap_row(params["name"])
        plan.type(params["reply"], resource_id=rid(MESSAGES_PKG, "compose_message_text"))
        return plan.tap(resource_id=rid(MESSAGES_PKG, "send_message_button")).done()


# ---- hard (two or three apps) ---------------------------------------------------------------------
class EmailElseText(TaskTemplate):
    name = "unseen9_email_if_address_else_text"
    apps = ("contacts", "mail", "messages")
    difficulty = "hard"
    may_change = ("mail.emails", "mail.next_id", "messages.threads", "messages.next_id", *SEEN)
    goal = ("Send {name} the message \"{message}\": by email if they have an email address in Contacts, otherwise "
            "as a text.")
    goals = ("I need {name} to know: \"{message}\". If my contact card for them has an email, email it; if it "
             "doesn't, just text them instead.",
             "tell {name} \"{message}\" (email if they have one, else sms)",
             "Check whether {name} has an email in Contacts. If so, send \"{message}\" by email - if not, send it "
             "by SMS.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        return {"name": name, "phone": phone_number(rng), "message": rng.choice(MESSAGES),
                "email": f"{name.lower().replace(' ', '.')}@{rng.choice(['fastmail.com', 'proton.me'])}"
                if rng.random() < 0.5 else ""}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], email=params["email"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        mailed = [f"{e.subject} {e.body}" for e in device.app("mail").state.emails if e.folder == "Sent"
                  and (not params["email"] or e.to.strip().lower() == params["email"])]
        texted = said(sent_texts(device, params["phone"]), params["message"])
        if params["email"]:
            return said(mailed, params["message"]) and not texted
        return texted and not said(mailed, params["message"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["name"])
        if params["email"]:
            return compose_mail(plan, params["email"], "Quick note", params["message"]).done()
        return send_text(plan, params["name"], params["message"]).done()


class TomorrowVenuePhoneByText(TaskTemplate):
    name = "unseen9_text_phone_of_tomorrows_venue"
    apps = ("calendar", "maps", "messages")
    difficulty = "hard"
    may_change = ("messages.threads", "messages.next_id", *SEEN)
    goal = "Text {friend} the phone number of the place where my event tomorrow is."
    goals = ("{friend} is joining me tomorrow and wants to call ahead. Find where tomorrow's event is, look that "
             "place up in Maps and send {friend} its phone number by SMS.",
             "sms {friend}: phone # of tomorrow's event venue",
             "Look at tomorrow in my calendar, get the venue's number from Maps, and text it to {friend}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        place, decoy = rng.sample(RESTAURANTS, 2)
        return {"friend": person(rng), "phone": phone_number(rng), "place": place, "decoy": decoy,
                "titles": rng.sample(["Team dinner", "Birthday lunch", "Client meal", "Date night"], 2),
                "numbers": [f"+1 415-555-{n:04d}" for n in rng.sample(range(2000, 9999), 2)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["friend"], params["phone"])
        for name, number in zip((params["place"], params["decoy"]), params["numbers"]):
            ensure_place(device, name, phone=number)
        cal = device.app("calendar")
        today = device.now.date()
        names = {normalize(t) for t in params["titles"]}
        cal.state.events = [e for e in cal.state.events
                            if e.day != today + timedelta(days=1) and normalize(e.title) not in names]
        cal.add_event(params["titles"][1], today + timedelta(days=3), "19:00", location=params["decoy"])
        cal.add_event(params["titles"][0], today + timedelta(days=1), "12:30", location=params["place"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sent = " ".join(sent_texts(device, params["phone"]))
        return has_number(sent, params["numbers"][0]) and not has_number(sent, params["numbers"][1])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["titles"][0])
        open_place(plan, params["place"], params["place"])
        return send_text(plan, params["friend"], params["numbers"][0]).done()


class TextedCodeToNote(TaskTemplate):
    name = "unseen9_texted_code_as_last_line_of_note"
    apps = ("messages", "notes")
    difficulty = "hard"
    may_change = ("notes.notes.*.body", *SEEN)
    goal = "Add the code {service} texted me as a new last line of my note \"{title}\", like \"{service} <code>\"."
    goals = ("{service} sent me a code by SMS. I keep my codes in the {title} note, one per line - add this one at "
             "the bottom as \"{service}\" followed by the code, without touching the other lines.",
             "note {title} += {service} code from sms",
             "Get the code from {service}'s text message and append a line \"{service} <the code>\" to the end of "
             "my \"{title}\" note.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(sorted(CODE_NOTES))
        return {"title": title, "lines": CODE_NOTES[title], "service": rng.choice(SERVICES),
                "code": f"{rng.randint(100000, 999999)}", "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["service"], params["phone"])
        put_message(device, params["phone"], f"Your {params['service']} verification code is {params['code']}. "
                                             "Do not share it.", minutes_ago=4)
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        notes.add(params["title"], "\n".join(params["lines"]))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = notes_titled(device, params["title"])
        if len(found) != 1:
            return False
        lines = [normalize(x) for x in found[0].body.splitlines() if normalize(x)]
        return (len(lines) == len(params["lines"]) + 1 and lines[:-1] == [normalize(x) for x in params["lines"]]
                and params["code"] in lines[-1].split())

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages").tap_row(params["service"])
        open_note(plan, params["title"])
        body = "\n".join((*params["lines"], f"{params['service']} {params['code']}"))
        plan.type(body, resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class ContactCardToNote(TaskTemplate):
    name = "unseen9_contact_details_copied_into_note"
    apps = ("contacts", "notes")
    difficulty = "hard"
    may_change = ("notes.notes", "notes.next_id", *SEEN)
    goal = "Copy {name}'s phone number, email and address from Contacts into a new note titled \"{name}\"."
    goals = ("I want {name}'s details somewhere I can jot around them. Make a note called {name} holding their "
             "phone number, their email and their address, as Contacts has them.",
             "new note \"{name}\" = phone+email+address from contacts",
             "Create a note named \"{name}\" and put in it the number, email address and postal address stored for "
             "{name} in my contacts.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        return {"name": name, "phone": phone_number(rng), "address": street_address(rng),
                "email": f"{name.split()[0].lower()}{rng.randint(10, 99)}@{rng.choice(['gmx.net', 'hey.com'])}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], email=params["email"], address=params["address"])
        notes = device.app("notes")
        for note in notes.titled(params["name"]):
            notes.delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = notes_titled(device, params["name"])
        if len(found) != 1:
            return False
        body = found[0].body
        return (has_number(body, params["phone"]) and params["email"] in body.lower()
                and normalize(params["address"]) in normalize(body))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["name"])
        body = "\n".join((params["phone"], params["email"], params["address"]))
        return new_note(plan, params["name"], body).done()


MEDIUM = [LastWeekdayEvent, FixMisspeltWord, RemoveAndTotal, SecondToLastText, ReplyBottomThread]
HARD = [EmailElseText, TomorrowVenuePhoneByText, TextedCodeToNote, ContactCardToNote]

__all__ = ["HARD", "MEDIUM", "count_forms", "ensure_place"]
