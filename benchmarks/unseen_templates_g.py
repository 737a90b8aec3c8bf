"""Held task templates, seventh batch: 16 tasks on the simulated phone that neither the built-in suite nor batches
1-6 have: an email found only by the app's own search, an alarm named by its place in the list ("the one after the
7:10 one"), the longest event of a day, the cheapest thing in the cart taken out, the oldest email archived, a line
moved from one note to another, a group named by who is in it, a reply to whoever asked for something, a contact
found by the end of its number and renamed, the biggest file deleted, a message to whoever spoke last in a group,
a count of places meeting a condition, and two- and three-app requests that follow a person from one app into
another. The easy ones and two medium ones are here, the other five medium ones and the four hard ones in
unseen_templates_g2.py. Never used to tune the agent:
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_g.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import CALENDAR_PKG, CLOCK_PKG, NOTES_PKG, SHOP_PKG, day_text, open_note
from cascadroid.device.sim.tasks.nav import CHAT_PKG, MAIL_PKG, SEEN, chat_with, open_chat
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import sample_day

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_g2 import HARD, MEDIUM, first_named  # noqa: E402

ORDER_SUBJECT = "Your order has shipped"
ALARMS = [(6, 10), (6, 45), (7, 10), (7, 30), (8, 15), (9, 0), (11, 45), (13, 20), (17, 5), (20, 40)]
ALARM_NAMES = ["Wake up", "Feed the cat", "Leave for work", "Pills", "Meeting prep", "Coffee", "Lunch",
               "Pick up kids", "Gym bag", "Reading"]
DAY_EVENTS = ["Team sync", "Dentist", "Coffee with Priya", "Budget review", "Guitar lesson", "Haircut",
              "Parents' evening", "Code review"]
LENGTHS = [30, 45, 60, 90, 120, 150]
OLD_MAIL = [("Welcome to your new account", "Accounts Team"), ("Receipt for your donation", "Charity Desk"),
            ("Your warranty is registered", "Warranty Service"), ("Membership card enclosed", "City Gym")]
# (from note, to note, lines in the from note, lines already in the to note)
LIST_NOTES = [("This week", "Next week", ["Call the bank", "Return library books", "Book the MOT", "Fix the gate"],
               ["Renew passport", "Clean the oven"]),
              ("Market list", "Supermarket list", ["Tomatoes", "Fresh basil", "Goat cheese", "Sourdough"],
               ["Oat milk", "Rice", "Washing powder"]),
              ("Pack for the trip", "Leave at home", ["Hair dryer", "Second jacket", "Board game", "Tripod"],
               ["Laptop", "Umbrella"]),
              ("Gift ideas", "Ideas for later", ["Scarf for Mum", "Jigsaw for Leo", "Candle set", "Cookbook"],
               ["Concert tickets", "Plant pot"])]
GROUPS = ["Allotment crew", "Climbing Tuesdays", "Choir altos", "Book swap", "Five-a-side", "Quiz night team"]
MEMBERS = ["Ruth Okoro", "Tomas Vidal", "Anika Bose", "Wes Harlow", "Carmen Ruiz", "Pavel Novak", "Lena Brandt",
           "Idris Shah", "Maeve Quinn"]


def alarm_set(device: Any) -> set[tuple[int, int, str, bool]]:
    return {(a.hour, a.minute, a.label, a.enabled) for a in device.app("clock").state.alarms}


def lines(text: str) -> list[str]:
    return [normalize(line) for line in text.splitlines() if normalize(line)]


# ---- easy -----------------------------------------------------------------------------------------
class StarOrderBySearch(TaskTemplate):
    name = "unseen7_mail_star_order_found_by_search"
    apps = ("mail",)
    difficulty = "easy"
    may_change = ("mail.emails.*.starred", *SEEN)
    goal = "Star the email about my order {order}."
    goals = ("I've had a few shipping emails and they all look alike. Find the one for order number {order} and "
             "star it so I can track it later.",
             "star email order {order}",
             "Which email mentions order {order}? Give that one a star.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        orders = [str(n) for n in rng.sample(range(10000, 99999), 3)]
        return {"order": orders[0], "orders": orders, "minutes": rng.sample(range(20, 600), 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail = device.app("mail")
        for email in mail.state.emails:
            email.starred = False
        for order, minutes in zip(params["orders"], params["minutes"]):
            mail.receive("Shop Orders", "orders@shop.example.com", ORDER_SUBJECT,
                         f"Good news: order {order} is on its way and should arrive in 2-3 days.",
                         minutes_ago=minutes, read=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        starred = [e for e in device.app("mail").state.emails if e.starred]
        return len(starred) == 1 and params["order"] in starred[0].body

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail").type(params["order"], resource_id=rid(MAIL_PKG, "search")).back()
        plan.tap_row(ORDER_SUBJECT)
        return plan.tap(resource_id=rid(MAIL_PKG, "conversation_star")).done()


class AlarmAfterOff(TaskTemplate):
    name = "unseen7_clock_alarm_after_named_one_off"
    apps = ("clock",)
    difficulty = "easy"
    may_change = ("clock.alarms.*.enabled",)
    goal = "Switch off the alarm that comes right after my {time} one, but keep it."
    goals = ("My {time} alarm is fine, it's the next one after it that I don't need tomorrow. Turn that one off "
             "without deleting it.",
             "alarm after {time}: off",
             "Look at my alarms: the first one later than {time} - disable it, leave the rest as they are.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        picked = sorted(rng.sample(range(len(ALARMS)), 4))
        anchor = rng.randint(0, 2)
        return {"alarms": picked, "anchor": picked[anchor], "target": picked[anchor + 1]}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"time": "{:02d}:{:02d}".format(*ALARMS[params["anchor"]])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for index in params["alarms"]:
            clock.add_alarm(*ALARMS[index], ALARM_NAMES[index], enabled=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return alarm_set(device) == {(*ALARMS[i], ALARM_NAMES[i], i != params["target"]) for i in params["alarms"]}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        time = "{:02d}:{:02d}".format(*ALARMS[params["target"]])
        plan = Plan(device).open("Clock")
        plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=f"{time} alarm")
        return plan.tap(content_desc=f"{time} alarm").done()


class LongestEvent(QuestionTask):
    name = "unseen7_calendar_longest_event_question"
    apps = ("calendar",)
    difficulty = "easy"
    goal = "Which of my events on {day_text} lasts the longest?"
    goals = ("{day_text} looks packed. Of everything in my calendar that day, which event takes up the most time?",
             "longest event {day_text}?",
             "On {day_text}, what's the event with the longest duration? Just the name.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"day": sample_day(rng, 1, 6), "titles": rng.sample(DAY_EVENTS, 3),
                "lengths": rng.sample(LENGTHS, 3), "starts": sorted(rng.sample(["08:30", "10:00", "12:15",
                                                                                 "14:00", "16:30"], 3))}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        day = date.fromisoformat(params["day"])
        cal.state.events = [e for e in cal.state.events if e.day != day]
        for title, start, length in zip(params["titles"], params["starts"], params["lengths"]):
            cal.add_event(title, day, start, duration_min=length)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        day = date.fromisoformat(params["day"])
        return [max(device.app("calendar").on_day(day), key=lambda e: e.duration_min).title]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = self.expected(device, params)
        return first_named(answer, want, [t for t in params["titles"] if t not in want])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar")
        for _ in range((date.fromisoformat(params["day"]) - device.now.date()).days):
            plan.tap(resource_id=rid(CALENDAR_PKG, "next_day"))
        return plan.done(self.expected(device, params)[0])


class RemoveCheapestFromCart(TaskTemplate):
    name = "unseen7_shop_remove_cheapest_cart_item"
    apps = ("shop",)
    difficulty = "easy"
    may_change = ("shop.cart",)
    goal = "Take the cheapest thing out of my Shop cart and leave the rest."
    goals = ("I'm trimming my Shop order a little. Whatever costs the least in the cart, remove it; everything else "
             "stays.",
             "cart: remove cheapest item",
             "In my Shop cart, delete the lowest-priced product and keep the others.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"products": products(rng, 3), "prices": [p + 0.49 for p in rng.sample(range(6, 120), 3)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name, price in zip(params["products"], params["prices"]):
            product(device, name).price = price
            shop.add_to_cart(product(device, name).id)

    def _cheapest(self, device: Any, params: dict[str, Any]) -> str:
        return min(params["products"], key=lambda n: product(device, n).price)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        keep = [product(device, n).id for n in params["products"] if n != self._cheapest(device, params)]
        cart = device.app("shop").state.cart
        return sorted((i.product_id, i.quantity) for i in cart) == sorted((i, 1) for i in keep)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        return plan.tap(content_desc=f"Remove {self._cheapest(device, params)}").done()


class ArchiveOldest(TaskTemplate):
    name = "unseen7_mail_archive_oldest_inbox"
    apps = ("mail",)
    difficulty = "easy"
    may_change = ("mail.emails.*.folder", *SEEN)
    goal = "Archive the oldest email in my inbox."
    goals = ("My inbox has one email that's been sitting there longer than all the others. Archive that one, "
             "nothing else.",
             "archive oldest inbox email",
             "Find the email that came in first of everything in my inbox and move it to the archive.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        subject, sender = rng.choice(OLD_MAIL)
        return {"subject": subject, "sender": sender, "days": rng.randint(6, 30)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail = device.app("mail")
        mail.state.emails = [e for e in mail.state.emails if normalize(e.subject) != normalize(params["subject"])]
        for email in mail.state.emails:
            if email.folder == "Archive":
                email.folder = "Inbox"
        mail.receive(params["sender"], "no-reply@example.com", params["subject"], "Keep this email for reference.",
                     minutes_ago=params["days"] * 24 * 60, read=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        archived = [e for e in device.app("mail").state.emails if e.folder == "Archive"]
        return len(archived) == 1 and normalize(archived[0].subject) == normalize(params["subject"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail").tap_row(params["subject"])
        return plan.tap(resource_id=rid(MAIL_PKG, "archive")).done()


# ---- medium ---------------------------------------------------------------------------------------
class MoveLineBetweenNotes(TaskTemplate):
    name = "unseen7_notes_move_line_to_other_note"
    apps = ("notes",)
    difficulty = "medium"
    may_change = ("notes.notes.*.body",)
    goal = "Move \"{item}\" from my note \"{source}\" to my note \"{target}\"."
    goals = ("\"{item}\" is on my {source} list but it belongs on {target}. Take it off the one and add it to the "
             "other, and keep the rest of both lists as they are.",
             "move {item}: {source} -> {target}",
             "In Notes, shift the line \"{item}\" out of \"{source}\" and into \"{target}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        source, target, items, already = rng.choice(LIST_NOTES)
        kept = rng.sample(items, 3)
        return {"source": source, "target": target, "item": kept[rng.randint(0, 2)], "source_lines": kept,
                "target_lines": rng.sample(already, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for title in (params["source"], params["target"]):
            for note in notes.titled(title):
                notes.delete(note.id)
        notes.add(params["source"], "\n".join(params["source_lines"]))
        notes.add(params["target"], "\n".join(params["target_lines"]))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        notes = device.app("notes")
        source, target = notes.titled(params["source"]), notes.titled(params["target"])
        if len(source) != 1 or len(target) != 1:
            return False
        want_source = [normalize(x) for x in params["source_lines"] if x != params["item"]]
        want_target = sorted(normalize(x) for x in [*params["target_lines"], params["item"]])
        return lines(source[0].body) == want_source and sorted(lines(target[0].body)) == want_target

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        rest = [x for x in params["source_lines"] if x != params["item"]]
        plan = open_note(Plan(device), params["source"]).type("\n".join(rest), resource_id=rid(NOTES_PKG, "body"))
        plan.tap(resource_id=rid(NOTES_PKG, "save"))
        open_note(plan, params["target"])
        plan.type("\n".join([*params["target_lines"], params["item"]]), resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class MuteGroupWithMember(TaskTemplate):
    name = "unseen7_chat_mute_group_of_member"
    apps = ("chat",)
    difficulty = "medium"
    may_change = ("chat.chats.*.muted", *SEEN)
    goal = "Mute the Signal group that {name} is in."
    goals = ("{name} is in one of my Signal groups and it never stops buzzing. Find that group and mute it; leave "
             "my other groups alone.",
             "mute {name}'s signal group",
             "Which Signal group has {name} as a member? Mute that one.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        groups = rng.sample(GROUPS, 3)
        name, *others = rng.sample(MEMBERS, 7)
        members = [others[0:2], others[2:4], others[4:6]]
        members[0].insert(rng.randint(0, 2), name)
        return {"name": name, "groups": groups, "members": members}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        app.state.chats = [c for c in app.state.chats if c.title not in params["groups"]]
        for chat in app.state.chats:
            chat.muted = False
            if chat.group and params["name"] in chat.members:
                chat.members.remove(params["name"])
        for index, (title, members) in enumerate(zip(params["groups"], params["members"])):
            chat = chat_with(device, title, list(members), group=True)
            app.post(chat.id, members[-1], "See you all on Thursday", minutes_ago=30 + 20 * index)
            chat.unread = 0

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        muted = [c.title for c in device.app("chat").state.chats if c.muted]
        return muted == [params["groups"][0]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_chat(Plan(device), params["groups"][0])
        return plan.tap(resource_id=rid(CHAT_PKG, "menu_mute")).done()


TEMPLATES = [StarOrderBySearch, AlarmAfterOff, LongestEvent, RemoveCheapestFromCart, ArchiveOldest,
             MoveLineBetweenNotes, MuteGroupWithMember, *MEDIUM, *HARD]

__all__ = ["TEMPLATES"]
