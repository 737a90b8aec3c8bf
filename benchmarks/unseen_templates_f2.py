"""Five medium templates and the four hard ones of the sixth held batch (unseen_templates_f.py loads them)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from unseen_templates_e2 import first_named, mentions  # batch 5's answer checks, beside this file

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.gallery import SUBJECTS
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize, price_forms
from cascadroid.device.sim.tasks.common import (
    CLOCK_PKG,
    NOTES_PKG,
    SHOP_PKG,
    call_contact,
    calls_to,
    ensure_contact,
    open_product,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
)
from cascadroid.device.sim.tasks.nav import GALLERY_PKG, SEEN, SENT, compose_mail, open_photo, sent_mail
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import new_note, notes_titled
from cascadroid.device.sim.tasks.system import settings_route

FIRST_LINES = [("Spanish verbs", "ser, estar, tener, hacer"), ("Pack for Lisbon", "adapter, sunscreen, light jacket"),
               ("Ask the landlord", "damp in the bathroom, spare key"), ("Quiz answers", "Canberra, 1969, helium"),
               ("Paint colours", "Sage green for the hall, chalk white ceiling")]
KEEP_LABELS = ["Gym", "Meds", "School run", "Bins out", "Yoga", "Wake up", "Tea break"]
KEEP_TIMES = [(6, 5), (7, 35), (8, 50), (12, 10), (17, 25), (19, 40), (21, 55)]
SWITCHES = (("wifi", "Wi-Fi"), ("bluetooth", "Bluetooth"), ("dark_mode", "the dark theme"))
PINGS = ["Are you free tonight?", "Got your parcel", "Running late, sorry", "Did you see the news?",
         "Thanks for yesterday"]
TOWNS = ["Millbrook", "Ashford", "Brookhaven", "Cedar Falls"]
OTHER_TOWNS = ["Eastport", "Kingsbridge", "Northwood"]
ROADS = ["Mill Lane", "Station Road", "Quarry Hill", "Bell Street", "Church Walk"]
NEWER = ("Weekend", "Market Saturday, swim Sunday")
FRIENDS = ["sam.rivera@example.org", "alex.okafor@example.org", "jo.lindqvist@example.net", "kim.tanaka@example.org"]


def money_forms(value: float) -> list[str]:
    """'12.50' also as '12.5'; whole amounts also without cents."""
    forms = price_forms(value)
    return forms + ([f"{value:.1f}"] if f"{value:.2f}".endswith("0") and value != int(value) else [])


# ---- medium ---------------------------------------------------------------------------------------
class TitleFromFirstLine(TaskTemplate):
    name = "unseen6_notes_untitled_title_from_first_line"
    apps = ("notes",)
    difficulty = "medium"
    may_change = ("notes.notes.*.title",)
    goal = "My note with no title: give it its own first line as the title."
    goals = ("One of my notes shows up without a title and I can never find it. Use the first line of what it says "
             "as its title, and don't change the text.",
             "untitled note -> title = its first line",
             "Copy the first line of my untitled note into its title.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        first, rest = rng.choice(FIRST_LINES)
        return {"first": first, "rest": rest}

    def _body(self, params: dict[str, Any]) -> str:
        return f"{params['first']}\n{params['rest']}"

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["first"]) + notes.titled(""):
            notes.delete(note.id)
        for note in notes.titled(NEWER[0]):
            notes.delete(note.id)
        notes.add("", self._body(params))
        notes.add(*NEWER)  # a newer, titled note above it

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        notes = device.app("notes").state.notes
        found = [n for n in notes if normalize(n.body) == normalize(self._body(params))]
        return (len(found) == 1 and normalize(found[0].title) == normalize(params["first"])
                and all(n.title.strip() for n in notes))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Notes").tap_row("(untitled)")
        plan.type(params["first"], resource_id=rid(NOTES_PKG, "title"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class DeleteAllAlarmsBut(TaskTemplate):
    name = "unseen6_clock_delete_all_alarms_but_one"
    apps = ("clock",)
    difficulty = "medium"
    may_change = ("clock.alarms",)
    goal = "Delete all my alarms except the \"{keep}\" one."
    goals = ("My alarm list is cluttered with old stuff. Get rid of every alarm apart from {keep} - that one stays "
             "exactly as it is.",
             "delete alarms, keep {keep}",
             "Remove each alarm but leave my {keep} alarm alone.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        picked = rng.sample(range(len(KEEP_LABELS)), rng.randint(3, 4))
        return {"alarms": picked, "keep": KEEP_LABELS[picked[-1]], "on": [rng.random() < 0.6 for _ in picked]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for index, on in zip(params["alarms"], params["on"]):
            clock.add_alarm(*KEEP_TIMES[index], KEEP_LABELS[index], enabled=on)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        index = params["alarms"][-1]
        have = [(a.hour, a.minute, a.label, a.enabled) for a in device.app("clock").state.alarms]
        return have == [(*KEEP_TIMES[index], KEEP_LABELS[index], params["on"][-1])]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock")
        for index in params["alarms"][:-1]:
            desc = f"{KEEP_TIMES[index][0]:02d}:{KEEP_TIMES[index][1]:02d} {KEEP_LABELS[index]}"
            plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=desc).tap(content_desc=desc)
            plan.tap(resource_id=rid(CLOCK_PKG, "delete")).tap(text="Delete")
        return plan.done()


class ThreeSwitches(TaskTemplate):
    name = "unseen6_settings_three_switches"
    apps = ("settings",)
    difficulty = "medium"
    may_change = ("settings.wifi", "settings.bluetooth", "settings.dark_mode")
    goal = "Turn Wi-Fi {wifi}, Bluetooth {bluetooth} and the dark theme {dark_mode}."
    goals = ("I'm setting the phone up for the evening: Wi-Fi needs to be {wifi}, Bluetooth {bluetooth}, and the "
             "dark theme {dark_mode}. Could you do all three?",
             "wifi {wifi}, bt {bluetooth}, dark theme {dark_mode}",
             "Three things in Settings: Wi-Fi {wifi}, Bluetooth {bluetooth}, dark theme {dark_mode}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {key: rng.choice(["on", "off"]) for key, _ in SWITCHES}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        state = device.app("settings").state
        state.airplane_mode = False
        for key, _ in SWITCHES:
            setattr(state, key, params[key] == "off")  # each starts the other way

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        state = device.app("settings").state
        return all(getattr(state, key) == (params[key] == "on") for key, _ in SWITCHES)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for key, _ in SWITCHES:
            rows, _target = plan.phone.app("settings").route(key, params[key] == "on")
            settings_route(plan, key, params[key] == "on")
            for _row in rows:  # back to Settings' first screen for the next switch
                plan.back()
        return plan.done()


class PriceDifference(QuestionTask):
    name = "unseen6_shop_price_difference_question"
    apps = ("shop",)
    difficulty = "medium"
    goal = "How much more does \"{dear}\" cost than \"{cheap}\" in Shop?"
    goals = ("I'm torn between {dear} and {cheap}. What's the price difference between them in the Shop app?",
             "price gap: {dear} vs {cheap}?",
             "In Shop, by how much is {dear} dearer than {cheap}?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        dear, cheap = products(rng, 2)
        low = rng.randint(9, 40)
        return {"dear": dear, "cheap": cheap, "prices": [low + rng.randint(3, 60) + 0.99, low + 0.49]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, price in zip((params["dear"], params["cheap"]), params["prices"]):
            product(device, name).price = price

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        diff = round(product(device, params["dear"]).price - product(device, params["cheap"]).price, 2)
        return money_forms(diff)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_product(Plan(device), params["dear"]).back()
        open_product(plan, params["cheap"])
        return plan.done(f"${self.expected(device, params)[0]}")


class FavouriteBySubject(TaskTemplate):
    name = "unseen6_gallery_favourite_by_subject"
    apps = ("gallery",)
    difficulty = "medium"
    may_change = ("gallery.photos.*.favourite",)
    goal = "Mark every photo of the {subject} in my gallery as a favourite."
    goals = ("I love my {subject} pictures and want them all in Favourites. Could you go through the gallery and "
             "favourite each one?",
             "favourite all {subject} photos",
             "All my photos showing the {subject}: make them favourites, nothing else.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        numbers = rng.sample(range(100, 999), 2)
        return {"caption": rng.choice(SUBJECTS), "photos": [f"PXL_0{n}.jpg" for n in numbers],
                "days": rng.sample(range(2, 200), 2)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"subject": params["caption"].lower()}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        gallery = device.app("gallery")
        for photo in gallery.state.photos:
            photo.favourite = False
        for name, days in zip(params["photos"], params["days"]):
            gallery.add_photo(name, params["caption"], device.now.date() - timedelta(days=days), "Oslo")

    def _wanted(self, device: Any, params: dict[str, Any]) -> list[Any]:
        return [p for p in device.app("gallery").state.photos if p.caption == params["caption"]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        favourites = {p.id for p in device.app("gallery").state.photos if p.favourite}
        return favourites == {p.id for p in self._wanted(device, params)}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for photo in [p for p in device.app("gallery").newest() if p in self._wanted(device, params)]:  # list order
            open_photo(plan, photo.name).tap(resource_id=rid(GALLERY_PKG, "favorite")).back()
        return plan.done()


# ---- hard (two or three apps) ----------------------------------------------------------------------
class CallSecondLatestTexter(TaskTemplate):
    name = "unseen6_call_second_latest_texter"
    apps = ("messages", "phone")
    difficulty = "hard"
    may_change = ("phone.call_log", "phone.in_call", *SEEN)
    goal = "Call the person who sent me the second most recent text."
    goals = ("Two people texted me just now. The latest one can wait; ring the one who messaged just before them.",
             "call 2nd latest texter",
             "Look at who texted me: not the newest message, the one before it - call that person.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 3)
        return {"names": names, "phones": [phone_number(rng) for _ in names], "texts": rng.sample(PINGS, 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, phone in zip(params["names"], params["phones"]):
            ensure_contact(device, name, phone)
        for phone, text, minutes in reversed(list(zip(params["phones"], params["texts"], (4, 25, 70)))):
            put_message(device, phone, text, minutes_ago=minutes, latest=True)  # names[0] newest, names[1] next

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        newest, second, third = params["phones"]
        return bool(calls_to(device, second)) and not calls_to(device, newest) and not calls_to(device, third)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return call_contact(Plan(device).open("Messages"), params["names"][1]).done()


class PriciestCartItemByText(TaskTemplate):
    name = "unseen6_priciest_cart_item_by_text"
    apps = ("shop", "messages")
    difficulty = "hard"
    may_change = ("messages.threads", *SEEN)
    goal = "Text {name} the name and price of the most expensive thing in my Shop cart."
    goals = ("{name} offered to chip in for the priciest item in my cart. Send them an SMS saying which one that is "
             "and what it costs.",
             "sms {name}: priciest cart item + price",
             "What's the dearest product in my Shop cart? Text {name} its name and its price.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "products": products(rng, 3),
                "prices": [p + 0.99 for p in rng.sample(range(12, 90), 3)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        shop = device.app("shop")
        shop.state.cart = []
        for name, price in zip(params["products"], params["prices"]):
            product(device, name).price = price
            shop.add_to_cart(product(device, name).id)

    def _priciest(self, device: Any) -> Any:
        shop = device.app("shop")
        if not shop.state.cart:
            raise LookupError("the cart is empty")  # emptied by the run: the task's record is gone, the check fails
        return max((shop.product(i.product_id) for i in shop.state.cart), key=lambda p: p.price)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        top = self._priciest(device)
        sent = " | ".join(sent_texts(device, params["phone"]))
        others = [n for n in params["products"] if n != top.name]
        return (mentions(sent, top.name) and any(mentions(sent, f) for f in price_forms(top.price))
                and not any(mentions(sent, n) for n in others))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        top = self._priciest(device)
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        return send_text(plan, params["name"], f"{top.name}, {top.price_text}").done()


class CartNoteText(TaskTemplate):
    name = "unseen6_product_cart_note_and_text"
    apps = ("shop", "notes", "messages")
    difficulty = "hard"
    may_change = ("shop.cart", "notes.notes", "messages.threads", *SEEN)
    goal = ("Add \"{product}\" to my Shop cart, write its price in a new note titled \"{product}\", and text {name} "
            "the price.")
    goals = ("Three things, please: put {product} in my cart, jot its price down in a note called {product}, and "
             "send {name} an SMS with that price.",
             "cart {product}; note {product} = price; sms {name} price",
             "I'm buying {product}. Put it in the Shop cart, save its price in a new note named after it, and text "
             "the price to {name}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0], "name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        device.app("shop").state.cart = []
        notes = device.app("notes")
        for note in notes.titled(params["product"]):
            notes.delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        item = product(device, params["product"])
        forms = price_forms(item.price)
        noted = any(any(mentions(n.body, f) for f in forms) for n in notes_titled(device, params["product"]))
        texted = any(any(mentions(t, f) for f in forms) for t in sent_texts(device, params["phone"]))
        cart = [(i.product_id, i.quantity) for i in device.app("shop").state.cart]
        return cart == [(item.id, 1)] and noted and texted

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        price = product(device, params["product"]).price_text
        plan = open_product(Plan(device), params["product"]).tap(resource_id=rid(SHOP_PKG, "add_to_cart"))
        new_note(plan, params["product"], price)
        return send_text(plan, params["name"], f"{params['product']} costs {price}").done()


class ContactsInTownByEmail(TaskTemplate):
    name = "unseen6_contacts_in_town_by_email"
    apps = ("contacts", "mail")
    difficulty = "hard"
    may_change = SENT
    goal = "Email {to} the names of all my contacts who live in {town}."
    goals = ("{to} is planning a get-together in {town} and asked who I know there. Check my contacts' addresses "
             "and email them the names of everyone living in {town}.",
             "email {to}: my contacts in {town}",
             "Who in my contacts has an address in {town}? Send the list of names to {to} by email.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(20)}), 5)
        inside = rng.randint(2, 3)
        return {"to": rng.choice(FRIENDS), "town": rng.choice(TOWNS), "inside": names[:inside],
                "outside": names[inside:], "streets": [f"{rng.randint(2, 90)} {rng.choice(ROADS)}" for _ in names],
                "elsewhere": [rng.choice(OTHER_TOWNS) for _ in names], "phones": [phone_number(rng) for _ in names]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        people = params["inside"] + params["outside"]
        for index, name in enumerate(people):
            town = params["town"] if name in params["inside"] else params["elsewhere"][index]
            ensure_contact(device, name, params["phones"][index], address=f"{params['streets'][index]}, {town}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        for email in sent_mail(device, params["to"]):
            text = f"{email.subject} | {email.body}"
            if all(mentions(text, n) for n in params["inside"]) and not any(mentions(text, n)
                                                                             for n in params["outside"]):
                return True
        return False

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Contacts")
        return compose_mail(plan, params["to"], f"My contacts in {params['town']}",
                            ", ".join(params["inside"])).done()


MEDIUM = [TitleFromFirstLine, DeleteAllAlarmsBut, ThreeSwitches, PriceDifference, FavouriteBySubject]
HARD = [CallSecondLatestTexter, PriciestCartItemByText, CartNoteText, ContactsInTownByEmail]

__all__ = ["HARD", "MEDIUM", "first_named"]
