"""Five medium templates and the four hard ones of the eighth held batch (unseen_templates_h.py loads them)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.maps import Place
from cascadroid.device.sim.apps.phone import Call
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, answer_matches, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    SHOP_PKG,
    call_contact,
    calls_to,
    day_text,
    ensure_contact,
    open_event,
    open_place,
    open_product,
    person,
    phone_number,
    put_message,
)
from cascadroid.device.sim.tasks.nav import CHAT_PKG, SEEN, chat_with, long_press, mail_from, open_email
from cascadroid.device.sim.tasks.people import has_number
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import WORDS, events_titled, new_note, notes_titled, sample_day

GROUPS = ["Saturday parkrun", "Cousins", "Board game nerds", "Street party", "Uni friends", "Bake sale"]
MEMBERS = ["Odile Fontaine", "Rashid Karim", "Bea Lindqvist", "Tobias Kern", "Yara Haddad", "Milo Dvorak",
           "Sunniva Aas", "Quentin Roy"]
LINES = ["Is everyone okay with Sunday?", "I'll bring the big tent", "Photos are in the shared folder",
         "Who has the spare key?", "Running late, sorry", "Let's vote on the date"]
TEXTS = ["Are you home yet?", "Call me when you can", "Did you see the game?", "Bring an umbrella",
         "The parcel arrived", "Dinner at eight?", "Don't forget the keys"]
EVENTS = ["Physio", "Team offsite", "Car service", "Piano recital", "Flat viewing", "Book club", "Yoga class",
          "Vaccination"]
RESTAURANTS = {"Sakura Sushi": "Sushi", "Lotus Thai": "Thai", "Casa Verde": "Mexican", "Taj Palace": "Indian",
               "Trattoria Roma": "Italian", "Green Bowl": "Vegan", "Brick Oven Co": "Pizza", "Smash Shack": "Burger"}
DINNER_MAIL = [("Dinner on Friday?", "How about {place}? I have heard great things about it."),
               ("Birthday meal", "Let's celebrate at {place}, my treat."),
               ("Catch-up lunch", "Shall we meet at {place} around one?")]
OTHER_MAIL = [("Book recommendation", "You have to read the new one by that author we like."),
              ("Holiday photos", "Finally sorted the photos from the trip, will share soon.")]
NOTE_TITLES = ["Cart list", "Things I'm buying", "Order plan", "Shopping to check"]


def count_forms(count: int) -> list[str]:
    return [str(count), WORDS[count]]


def ensure_place(device: Any, name: str, **fields: Any) -> Place:
    """The Maps place called ``name`` (added as a restaurant if this phone's Maps lacks it), with ``fields`` set."""
    maps = device.app("maps")
    found = maps.named(name)
    if found is None:
        found = Place(id=maps.state.next_id, name=name, category="Restaurant", cuisine=RESTAURANTS.get(name, ""),
                      rating=4.0, reviews=180, address="12 Market St", phone="+1 415-555-0200",
                      keywords="restaurant food")
        maps.state.next_id += 1
        maps.state.places.append(found)
    for key, value in fields.items():
        setattr(found, key, value)
    return found


# ---- medium ---------------------------------------------------------------------------------------
class CountTextsFrom(QuestionTask):
    name = "unseen8_messages_count_texts_from_person_question"
    apps = ("messages",)
    difficulty = "medium"
    may_change = SEEN
    goal = "How many text messages has {name} sent me today?"
    goals = ("{name} has been texting me all day and I've lost track. How many messages did they send me today?",
             "# texts from {name} today?",
             "Count the SMS messages I got from {name} today, please.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        count = rng.randint(2, 6)
        return {"name": person(rng), "phone": phone_number(rng), "texts": rng.sample(TEXTS, count),
                "mine": rng.randint(1, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        for index, text in enumerate(params["texts"]):
            put_message(device, params["phone"], text, minutes_ago=200 - 25 * index)
        for index in range(params["mine"]):
            put_message(device, params["phone"], "Okay!", incoming=False, minutes_ago=190 - 25 * index)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        thread = device.app("messages").thread_with(params["phone"])
        return count_forms(sum(1 for m in thread.messages if m.incoming and m.time.date() == device.now.date()))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages").tap_row(params["name"])
        return plan.done(self.expected(device, params)[0])


class PinMostUnread(TaskTemplate):
    name = "unseen8_chat_pin_most_unread"
    apps = ("chat",)
    difficulty = "medium"
    may_change = ("chat.chats.*.pinned", *SEEN)
    goal = "Pin the Signal chat that has the most unread messages."
    goals = ("One of my Signal chats has piled up way more unread messages than the rest. Pin that one to the top so "
             "I get to it first.",
             "pin signal chat w/ most unread",
             "Whichever Signal conversation has the highest unread count, pin it.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        groups = rng.sample(GROUPS, 3)
        return {"groups": groups, "counts": rng.sample(range(2, 9), 3), "members": rng.sample(MEMBERS, 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        app.state.chats = [c for c in app.state.chats if c.title not in params["groups"]]
        for chat in app.state.chats:
            chat.pinned, chat.unread = False, 0
        for group, count, member in zip(params["groups"], params["counts"], params["members"]):
            chat = chat_with(device, group, [member], group=True)
            for index in range(count):
                app.post(chat.id, member, LINES[index % len(LINES)], minutes_ago=60 - index)
            chat.unread = count

    def _target(self, params: dict[str, Any]) -> str:
        return max(zip(params["counts"], params["groups"]))[1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return [c.title for c in device.app("chat").state.chats if c.pinned] == [self._target(params)]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        target = self._target(params)
        plan = Plan(device).open("Signal")
        plan.scroll_to(rid(CHAT_PKG, "conversation_list"), resource_id="android:id/title", text=target)
        long_press(plan, resource_id="android:id/title", text=target)
        return plan.tap(text="Pin").done()


class MoveEventToDayOf(TaskTemplate):
    name = "unseen8_calendar_move_event_to_day_of_other"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events.*.day",)
    goal = "Move my \"{title}\" to the same day as my \"{other}\", keeping its time."
    goals = ("I'd like {title} and {other} on one day. Shift {title} to whatever day {other} is on - same start "
             "time, and don't touch {other}.",
             "{title} -> day of {other}",
             "Can you reschedule \"{title}\" so it falls on the day of \"{other}\"? Leave the time as it is.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title, other = rng.sample(EVENTS, 2)
        return {"title": title, "other": other, "days": rng.sample(range(1, 9), 2),
                "starts": [rng.choice(["09:30", "11:00", "15:00"]), rng.choice(["13:00", "17:30", "19:00"])]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        today = device.now.date()
        names = {normalize(params["title"]), normalize(params["other"])}
        cal.state.events = [e for e in cal.state.events if normalize(e.title) not in names]
        for title, day, start in zip((params["title"], params["other"]), params["days"], params["starts"]):
            cal.add_event(title, today + timedelta(days=day), start)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        moved, other = events_titled(device, params["title"]), events_titled(device, params["other"])
        other_day = device.now.date() + timedelta(days=params["days"][1])
        return (len(moved) == 1 and len(other) == 1 and other[0].day == other_day and moved[0].day == other_day
                and moved[0].start == params["starts"][0] and other[0].start == params["starts"][1])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        other_day = events_titled(device, params["other"])[0].day.isoformat()
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(other_day, resource_id=rid(CALENDAR_PKG, "event_date_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class CartQuantity(TaskTemplate):
    name = "unseen8_shop_cart_quantity_to_n"
    apps = ("shop",)
    difficulty = "medium"
    may_change = ("shop.cart",)
    goal = "I need {count} of the {item} in my Shop cart, not just one. Make it {count}."
    goals = ("There's one {item} in my Shop cart but I actually want {count} of them. Fix the quantity and leave the "
             "other things alone.",
             "cart: {item} x{count}",
             "Change how many {item} I'm buying in Shop to {count}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"products": products(rng, 2), "count": rng.randint(2, 4)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"item": params["products"][0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name in params["products"]:
            shop.add_to_cart(product(device, name).id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = [(product(device, params["products"][0]).id, params["count"]),
                (product(device, params["products"][1]).id, 1)]
        return sorted((i.product_id, i.quantity) for i in device.app("shop").state.cart) == sorted(want)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_product(Plan(device), params["products"][0])
        for _ in range(params["count"] - 1):
            plan.tap(resource_id=rid(SHOP_PKG, "add_to_cart"))
        return plan.done()


class CallMostFrequentCaller(TaskTemplate):
    name = "unseen8_phone_call_back_most_frequent_caller"
    apps = ("phone", "contacts")
    difficulty = "medium"
    may_change = ("phone.call_log", "phone.in_call")
    goal = "Call back whoever has called me the most times today."
    goals = ("Someone has been ringing me again and again today. Whoever called the most often, call them back.",
             "call back most frequent caller today",
             "Look at today's calls: the person with the most calls to me - phone them.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 3)
        return {"names": names, "phones": [phone_number(rng) for _ in names], "counts": rng.sample([1, 2, 4], 3),
                "order": rng.sample(range(7), 7)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, phone in zip(params["names"], params["phones"]):
            ensure_contact(device, name, phone)
        calls = [phone for phone, count in zip(params["phones"], params["counts"]) for _ in range(count)]
        log = device.app("phone").state.call_log
        for slot, phone in zip(params["order"], calls):
            direction = "missed" if slot % 2 else "incoming"
            log.append(Call(number=phone, direction=direction, time=device.now - timedelta(minutes=20 + 25 * slot),
                            duration_s=0 if direction == "missed" else 60 + slot))
        log.sort(key=lambda c: c.time)

    def _target(self, params: dict[str, Any]) -> int:
        return params["counts"].index(max(params["counts"]))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        target = self._target(params)
        return bool(calls_to(device, params["phones"][target])) and not any(
            calls_to(device, p) for i, p in enumerate(params["phones"]) if i != target)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Phone")
        return call_contact(plan, params["names"][self._target(params)]).done()


# ---- hard (two apps) ------------------------------------------------------------------------------
class EventPlaceRating(QuestionTask):
    name = "unseen8_event_place_maps_rating_question"
    apps = ("calendar", "maps")
    difficulty = "hard"
    goal = "What rating does the place of my \"{title}\" on {day_text} have in Maps?"
    goals = ("My {title} on {day_text} is at some restaurant I've never tried. How many stars does Maps give that "
             "place?",
             "maps rating of {title}'s venue?",
             "Check where \"{title}\" ({day_text}) takes place and tell me that place's star rating on Maps.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        places = rng.sample(sorted(RESTAURANTS), 2)
        return {"title": rng.choice(["Team dinner", "Anniversary dinner", "Client lunch", "Farewell meal"]),
                "day": sample_day(rng, 1, 7), "place": places[0], "decoy": places[1],
                "ratings": [r / 10 for r in rng.sample(range(31, 50), 2)]}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, rating in zip((params["place"], params["decoy"]), params["ratings"]):
            ensure_place(device, name, rating=rating)
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), "19:30", location=params["place"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [f"{device.app('maps').named(params['place']).rating:.1f}"]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return answer_matches(answer, self.expected(device, params)) and not answer_matches(
            answer, [f"{params['ratings'][1]:.1f}"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"])
        return open_place(plan, params["place"], params["place"]).done(self.expected(device, params)[0])


class StarredContactsGroup(TaskTemplate):
    name = "unseen8_starred_contacts_into_signal_group"
    apps = ("contacts", "chat")
    difficulty = "hard"
    may_change = ("chat.chats", "chat.next_id", *SEEN)
    goal = "Make a Signal group called \"{group}\" with everyone I've starred in Contacts."
    goals = ("My starred contacts are my inner circle. Start a new Signal group named {group} with exactly those "
             "people in it.",
             "signal group {group} = starred contacts",
             "Create the Signal group \"{group}\" and add all of my starred contacts to it, nobody else.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(MEMBERS, 4)
        count = rng.randint(2, 3)
        return {"group": rng.choice(["Inner circle", "Close friends", "Core team", "Favourites"]),
                "starred": names[:count], "plain": names[count:], "phones": [phone_number(rng) for _ in names]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for item in device.app("contacts").state.contacts:
            item.starred = False
        for name, phone in zip([*params["starred"], *params["plain"]], params["phones"]):
            ensure_contact(device, name, phone).starred = name in params["starred"]
        app = device.app("chat")
        app.state.chats = [c for c in app.state.chats if normalize(c.title) != normalize(params["group"])]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [c for c in device.app("chat").state.chats if normalize(c.title) == normalize(params["group"])]
        return len(found) == 1 and found[0].group and sorted(found[0].members) == sorted(params["starred"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Contacts").open("Signal").tap(content_desc="New group")
        plan.type(params["group"], resource_id=rid(CHAT_PKG, "group_name"))
        for name in params["starred"]:
            plan.type(name, resource_id=rid(CHAT_PKG, "search")).tap_row(name)
        return plan.tap(resource_id=rid(CHAT_PKG, "create")).done()


class CartIntoNote(TaskTemplate):
    name = "unseen8_cart_items_into_new_note"
    apps = ("shop", "notes")
    difficulty = "hard"
    may_change = ("notes.notes", "notes.next_id", *SEEN)
    goal = "Write what's in my Shop cart into a new note called \"{title}\", one product per line."
    goals = ("Before I check out I want a record of my Shop cart. Make a note titled {title} listing each product "
             "in the cart on its own line.",
             "note \"{title}\": my cart items",
             "List the names of the things in my Shop cart in a new Notes note, \"{title}\", a line for each.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NOTE_TITLES), "products": products(rng, rng.randint(2, 3))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name in params["products"]:
            shop.add_to_cart(product(device, name).id)
        notes = device.app("notes")
        for note in notes_titled(device, params["title"]):
            notes.delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = notes_titled(device, params["title"])
        if len(found) != 1:
            return False
        have = sorted(normalize(x) for x in found[0].body.splitlines() if normalize(x))
        return have == sorted(normalize(n) for n in params["products"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        return new_note(plan, params["title"], "\n".join(params["products"])).done()


class MailedPlacePhone(QuestionTask):
    name = "unseen8_mailed_restaurant_phone_question"
    apps = ("mail", "maps")
    difficulty = "hard"
    may_change = SEEN
    goal = "{name} emailed me suggesting a restaurant. What's that restaurant's phone number in Maps?"
    goals = ("I want to book the place {name} suggested in their email. Can you find its phone number on Maps?",
             "phone of restaurant from {name}'s email?",
             "Which restaurant did {name} propose by email? Give me its number from Maps.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        places = rng.sample(sorted(RESTAURANTS), 2)
        subject, body = rng.choice(DINNER_MAIL)
        other, other_body = rng.choice(OTHER_MAIL)
        return {"name": person(rng), "other_name": person(rng), "place": places[0], "decoy": places[1],
                "subject": subject, "body": body.format(place=places[0]), "other": other, "other_body": other_body,
                "phones": [f"+1 415-555-{n:04d}" for n in rng.sample(range(2000, 9999), 2)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, phone in zip((params["place"], params["decoy"]), params["phones"]):
            ensure_place(device, name, phone=phone)
        mail_from(device, params["other_name"], params["other"], params["other_body"], minutes_ago=15)
        mail_from(device, params["name"], params["subject"], params["body"], minutes_ago=50)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["phones"][0]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return has_number(answer, params["phones"][0]) and not has_number(answer, params["phones"][1])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"])
        return open_place(plan, params["place"], params["place"]).done(params["phones"][0])


MEDIUM = [CountTextsFrom, PinMostUnread, MoveEventToDayOf, CartQuantity, CallMostFrequentCaller]
HARD = [EventPlaceRating, StarredContactsGroup, CartIntoNote, MailedPlacePhone]

__all__ = ["HARD", "MEDIUM", "count_forms", "ensure_place"]
