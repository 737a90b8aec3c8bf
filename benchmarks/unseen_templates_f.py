"""Held task templates, sixth batch: 16 tasks on the simulated phone that neither the built-in suite nor batches
1-5 have: acting on the second item of a list, a question answered by a difference (days until an event, how much
more one product costs), an item named by a property rather than its name (the latest alarm, the photos of one
subject, the untitled note), a choice by a condition (the best-rated product under a budget), a move undone, a
time pushed back by an amount, a value copied between two fields of one app, all-but-one deletions, a three-part
request in one sentence, and two- and three-app requests chosen by rank or by condition. The easy ones and two
medium ones are here, the other five medium ones and the four hard ones in unseen_templates_f2.py. Never used to
tune the agent: `python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_f.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.shop import CATALOG
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, answer_matches, normalize
from cascadroid.device.sim.tasks.common import CLOCK_PKG, SHOP_PKG, open_event, open_product
from cascadroid.device.sim.tasks.nav import FILES_PKG, MAIL_PKG, SEEN, mail_from, open_file
from cascadroid.device.sim.tasks.places import product
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.system import add_alarm_fields

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_f2 import HARD, MEDIUM, first_named  # noqa: E402

NOTE_PAIRS = [("Boiler service", "Engineer said to check the pressure in March"),
              ("Book club picks", "Piranesi, The Overstory, Small Things Like These"),
              ("Bike lock", "Combination 4-1-9-7"), ("Plant care", "Fern weekly, cactus once a month"),
              ("Gift ideas", "Tea set for Ana, gloves for Tom"), ("Wi-Fi at Mum's", "Network Garden2, pass lemon42"),
              ("Recipe swaps", "Oat milk instead of cream")]
COMING = ["Passport renewal", "Piano recital", "Flu jab", "Car MOT", "Moving day", "Job interview", "Eye test"]
SECOND_MAIL = [("Your table is booked", "Table for four at 8pm, see you then."),
               ("Library books due soon", "Two items are due back on Friday."),
               ("Invoice 2291 attached", "Please find this month's invoice attached."),
               ("Photos from the hike", "Uploaded the album, have a look."),
               ("Change to your flight", "Your departure time has moved by 20 minutes.")]
ALARM_TIMES = [(5, 50), (6, 25), (7, 10), (7, 40), (9, 15), (12, 30), (15, 45), (18, 20), (21, 10), (22, 35)]
ALARM_LABELS = ["Early bus", "Stretch", "Vitamins", "School run", "Standup", "Walk", "Call Dad", "Laundry",
                "Water plants", "Lights out"]
MOVED_FILES = ["lease_agreement.pdf", "holiday_budget.xlsx", "band_rehearsal.m4a", "cv_2026.docx",
               "boarding_pass.pdf", "interview_notes.m4a", "gym_playlist.mp3"]
FOLDERS = ["Downloads", "Documents", "Music", "Recordings"]
# category -> the budget the goal names (every product is re-priced around it in setup)
BUDGETS = {"Headphones": 100, "Chargers": 30, "Coffee": 15, "Books": 20, "Kitchen": 50, "Backpacks": 60}
# category -> (one of them, several of them) as a goal says it
KINDS = {"Headphones": ("pair of headphones", "headphones"), "Chargers": ("charger", "chargers"),
         "Coffee": ("coffee", "coffees"), "Books": ("book", "books"), "Kitchen": ("kitchen item", "kitchen items"),
         "Backpacks": ("backpack", "backpacks")}
RATINGS = [4.8, 4.5, 4.1, 3.7, 3.4]
LATER = [10, 15, 20, 30, 45]


def hhmm(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


def alarm_set(device: Any) -> set[tuple[int, int, str, bool]]:
    return {(a.hour, a.minute, a.label, a.enabled) for a in device.app("clock").state.alarms}


# ---- easy -----------------------------------------------------------------------------------------
class SecondNewestNote(QuestionTask):
    name = "unseen6_notes_second_newest_title_question"
    apps = ("notes",)
    difficulty = "easy"
    goal = "What is the title of my second most recent note?"
    goals = ("I wrote two notes just now and I'm after the one before the very last. What's that note called?",
             "title of 2nd newest note?",
             "Not my latest note, the one before it: what's its title?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        older, newer = rng.sample(NOTE_PAIRS, 2)
        return {"older": list(older), "newer": list(newer)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for title, _body in (params["older"], params["newer"]):
            for note in notes.titled(title):
                notes.delete(note.id)
        for title, body in (params["older"], params["newer"]):
            notes.add(title, body)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [device.app("notes").listed()[1].title]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        listed = device.app("notes").listed()
        return first_named(answer, [listed[1].title], [listed[0].title])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Notes").done(self.expected(device, params)[0])


class DaysUntil(QuestionTask):
    name = "unseen6_calendar_days_until_question"
    apps = ("calendar",)
    difficulty = "easy"
    goal = "How many days from today until my \"{title}\"?"
    goals = ("I keep losing track of time. Going by my calendar, how many days have I got left before {title}?",
             "days until {title}?",
             "{title} is in my calendar - how many days away is it from today?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(COMING), "days": rng.randint(3, 40), "time": rng.choice(["09:30", "14:00",
                                                                                            "16:15"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], device.now.date() + timedelta(days=params["days"]), params["time"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        event = next(e for e in device.app("calendar").state.events
                     if normalize(e.title) == normalize(params["title"]))
        return [str((event.day - device.now.date()).days)]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        days = self.expected(device, params)
        return answer_matches(answer, days) and first_named(answer, days, [str(int(days[0]) + 1),
                                                                           str(int(days[0]) - 1)])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_event(Plan(device), params["title"]).done(f"{self.expected(device, params)[0]} days")


class StarSecondNewestMail(TaskTemplate):
    name = "unseen6_mail_star_second_newest"
    apps = ("mail",)
    difficulty = "easy"
    may_change = ("mail.emails.*.starred", *SEEN)
    goal = "Star the second newest email in my inbox."
    goals = ("Two emails just came in, and it's the earlier of the two I need to come back to, not the latest one. "
             "Could you star it?",
             "star 2nd newest email",
             "In my inbox, the email just below the newest one: give it a star.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        second, newest = rng.sample(SECOND_MAIL, 2)
        return {"second": list(second), "newest": list(newest), "senders": [f"{n} Team" for n in
                                                                              rng.sample(["Bistro", "Library",
                                                                                          "Billing", "Hiking",
                                                                                          "Airline"], 2)],
                "minutes": rng.randint(2, 30)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for email in device.app("mail").state.emails:
            email.starred = False
        (s_subject, s_body), (n_subject, n_body) = params["second"], params["newest"]
        mail_from(device, params["senders"][0], s_subject, s_body, minutes_ago=params["minutes"] + 35)
        mail_from(device, params["senders"][1], n_subject, n_body, minutes_ago=params["minutes"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        starred = [e for e in device.app("mail").state.emails if e.starred]
        return len(starred) == 1 and normalize(starred[0].subject) == normalize(params["second"][0])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail").tap_row(params["second"][0])
        return plan.tap(resource_id=rid(MAIL_PKG, "conversation_star")).done()


class LatestAlarmOff(TaskTemplate):
    name = "unseen6_clock_latest_alarm_off"
    apps = ("clock",)
    difficulty = "easy"
    may_change = ("clock.alarms.*.enabled",)
    goal = "Switch off whichever of my alarms is set for the latest time of day, but keep it."
    goals = ("I won't need my last alarm of the day for a while. Turn off the one that goes off latest - don't "
             "delete it, and leave the others alone.",
             "latest alarm off",
             "The alarm with the latest time: disable it (keep it in the list).")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        picked = sorted(rng.sample(range(len(ALARM_TIMES)), 4))
        return {"alarms": picked, "on": [rng.random() < 0.6 for _ in picked[:-1]] + [True]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for index, on in zip(params["alarms"], params["on"]):
            clock.add_alarm(*ALARM_TIMES[index], ALARM_LABELS[index], enabled=on)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = {(*ALARM_TIMES[i], ALARM_LABELS[i], on) for i, on in zip(params["alarms"], params["on"])}
        last = params["alarms"][-1]
        want = (want - {(*ALARM_TIMES[last], ALARM_LABELS[last], True)}) | {(*ALARM_TIMES[last], ALARM_LABELS[last],
                                                                            False)}
        return alarm_set(device) == want

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        time = hhmm(*ALARM_TIMES[params["alarms"][-1]])
        plan = Plan(device).open("Clock")
        plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=f"{time} alarm")
        return plan.tap(content_desc=f"{time} alarm").done()


class UndoFileMove(TaskTemplate):
    name = "unseen6_files_undo_move"
    apps = ("files",)
    difficulty = "easy"
    may_change = ("files.files.*.folder",)
    goal = "I just moved {file} into {wrong} by mistake. Put it back in {home}."
    goals = ("Argh, I tapped the wrong folder: {file} ended up in {wrong}, but it lives in {home}. Can you move it "
             "back where it was?",
             "undo: {file} back to {home}",
             "{file} should not be in {wrong} - return it to {home}, please.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        home, wrong = rng.sample(FOLDERS, 2)
        return {"file": rng.choice(MOVED_FILES), "home": home, "wrong": wrong, "size": rng.randint(80, 4000)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        app.state.files = [f for f in app.state.files if f.name != params["file"]]
        app.add(params["file"], params["wrong"], params["size"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [f for f in device.app("files").state.files if f.name == params["file"]]
        return len(found) == 1 and found[0].folder == params["home"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), params["file"]).tap(resource_id=rid(FILES_PKG, "move"))
        return plan.tap_row(params["home"]).done()


# ---- medium ---------------------------------------------------------------------------------------
class BestRatedUnderBudget(TaskTemplate):
    name = "unseen6_shop_best_rated_under_budget"
    apps = ("shop",)
    difficulty = "medium"
    may_change = ("shop.cart",)
    goal = "Put the best-rated {kind} under ${budget} in my Shop cart."
    goals = ("I'm looking at {kinds} in Shop but I won't spend ${budget} or more. Of the ones that cost less than "
             "that, add the one with the highest rating to my cart.",
             "cart: top-rated {kind} < ${budget}",
             "In Shop, find the {kind} with the best rating among those under ${budget} and add it to the cart.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        category = rng.choice(sorted(BUDGETS))
        budget = BUDGETS[category]
        names = rng.sample(CATALOG[category], len(CATALOG[category]))
        prices = [budget + rng.randint(4, budget // 2) + 0.99,  # the best rated is over budget
                  budget - rng.randint(1, budget // 5) - 0.51]  # the one wanted
        prices += [round(rng.randint(budget // 4, budget - 2) + rng.choice([0.0, 0.49, 0.99]), 2)
                   for _ in names[2:]]
        return {"category": category, "budget": budget, "names": names, "prices": prices}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        kind, kinds = KINDS[params["category"]]
        return {"kind": kind, "kinds": kinds}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name, price, rating in zip(params["names"], params["prices"], RATINGS):
            item = product(device, name)
            item.price, item.rating = price, rating

    def _wanted(self, device: Any, params: dict[str, Any]) -> Any:
        shop = device.app("shop")
        under = [p for p in shop.state.products if p.category == params["category"] and p.price < params["budget"]]
        return max(under, key=lambda p: p.rating)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        cart = device.app("shop").state.cart
        return [(i.product_id, i.quantity) for i in cart] == [(self._wanted(device, params).id, 1)]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_product(Plan(device), self._wanted(device, params).name)
        return plan.tap(resource_id=rid(SHOP_PKG, "add_to_cart")).done()


class AlarmLaterBy(TaskTemplate):
    name = "unseen6_clock_alarm_later_by"
    apps = ("clock",)
    difficulty = "medium"
    may_change = ("clock.alarms",)
    goal = "Make my \"{label}\" alarm go off {later} minutes later than it does now."
    goals = ("I've been waking up too early for no reason. Push my {label} alarm back by {later} minutes, keep "
             "everything else about it.",
             "{label} alarm +{later} min",
             "Move the {label} alarm {later} minutes later, please.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        picked = rng.sample(range(len(ALARM_TIMES) - 2), 3)  # the last two would cross into a busy evening
        return {"alarms": picked, "target": picked[0], "later": rng.choice(LATER)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"label": ALARM_LABELS[params["target"]]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for index in sorted(params["alarms"]):
            clock.add_alarm(*ALARM_TIMES[index], ALARM_LABELS[index], enabled=True)

    def _moved(self, params: dict[str, Any]) -> tuple[int, int]:
        hour, minute = ALARM_TIMES[params["target"]]
        total = hour * 60 + minute + params["later"]
        return total // 60, total % 60

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = {(*ALARM_TIMES[i], ALARM_LABELS[i], True) for i in params["alarms"] if i != params["target"]}
        return alarm_set(device) == want | {(*self._moved(params), ALARM_LABELS[params["target"]], True)}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        label = ALARM_LABELS[params["target"]]
        time = hhmm(*ALARM_TIMES[params["target"]])
        plan = Plan(device).open("Clock")
        plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=f"{time} {label}")
        add_alarm_fields(plan.tap(content_desc=f"{time} {label}"), *self._moved(params))
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


TEMPLATES = [SecondNewestNote, DaysUntil, StarSecondNewestMail, LatestAlarmOff, UndoFileMove, BestRatedUnderBudget,
             AlarmLaterBy, *MEDIUM, *HARD]

__all__ = ["TEMPLATES"]
