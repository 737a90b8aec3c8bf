"""Held task templates, third batch: 22 tasks on the simulated apps that neither the built-in suite nor the
first two unseen batches have (other values read, counts, comparisons, two things in one request, new
two-app shapes; five of the medium ones and the five two-app ones are in unseen_templates_c2.py), never used to tune the agent:
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_c.py`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.chat import ME
from cascadroid.device.sim.apps.files import FOLDERS
from cascadroid.device.sim.tasks.base import QuestionTask, normalize, price_forms
from cascadroid.device.sim.tasks.common import (
    CONTACTS_PKG,
    SHOP_PKG,
    day_text,
    ensure_contact,
    open_event,
    person,
    phone_number,
)
from cascadroid.device.sim.tasks.media import PhotoTask
from cascadroid.device.sim.tasks.nav import (
    BROWSING,
    FILES_PKG,
    GALLERY_PKG,
    SEEN,
    SUBJECTS,
    browse,
    chat_with,
    mail_from,
    open_chat,
    open_file,
)
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import LOCATIONS, NEW_EVENTS, WORDS, sample_day, sample_time

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the two-app templates beside this file
from unseen_templates_c2 import MEDIUM, TWO_APPS  # noqa: E402

NEW_FILES = ["rent_receipt.pdf", "vacation_budget.xlsx", "wedding_speech.docx", "passport_scan.pdf",
             "car_manual.pdf", "yoga_playlist.mp3", "thesis_draft.docx", "gym_plan.txt"]
MINE = ["I'll bring the board games", "Parking is behind the library", "Let's split the bill",
        "My train gets in at 7", "I left your charger on the desk"]
ALBUMS = ["Keepers", "For printing", "Grandma", "Best of spring"]


def count_forms(count: int) -> list[str]:
    return [str(count)] + ([WORDS[count]] if count < len(WORDS) else [])


def date_forms(day: date) -> list[str]:
    return [f"{day:%B} {day.day}", f"{day:%b} {day.day}", f"{day.day} {day:%B}", f"{day.day} {day:%b}",
            day.isoformat(), f"{day.month}/{day.day}"]


def duration_forms(minutes: int) -> list[str]:
    forms = [f"{minutes} minutes", f"{minutes} min", f"{minutes} mins", f"{minutes}min"]
    extra = {30: ["half an hour", "half hour", "0.5 hours"], 45: ["three quarters of an hour", "0.75 hours"],
             90: ["1.5 hours", "one and a half hours", "an hour and a half", "1 hour 30", "1 hour and 30", "1h30",
                  "1h 30"],
             120: ["2 hours", "two hours", "2 hrs", "2h"]}
    return forms + extra.get(minutes, [])


def named_first(answer: str | None, want: str, other: str) -> bool:
    """``want`` is named in the answer and, if ``other`` is named too, before it ("A is cheaper than B")."""
    have, w, o = f" {normalize(answer or '')} ", f" {normalize(want)} ", f" {normalize(other)} "
    return w in have and (o not in have or have.index(w) < have.index(o))


# ---- easy -----------------------------------------------------------------------------------------
class WhoseNumber(QuestionTask):
    name = "unseen3_contacts_whose_number_question"
    apps = ("contacts",)
    difficulty = "easy"
    goal = "Whose number is {phone}?"
    goals = ("Some number, {phone}, keeps showing up on my phone. Is that somebody in my contacts? Who?",
             "{phone} = who?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["name"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Contacts").type(params["phone"], resource_id=rid(CONTACTS_PKG, "search")).back()
        return plan.reveal(resource_id="android:id/title", text=params["name"]).done(params["name"])


class MailNewestSender(QuestionTask):
    name = "unseen3_mail_newest_sender_question"
    apps = ("mail",)
    difficulty = "easy"
    may_change = SEEN
    goal = "Who sent me my newest email?"
    goals = ("My mail app just pinged. Who was that email from?", "latest mail from?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "subject": rng.choice(SUBJECTS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail_from(device, params["sender"], params["subject"], "Quick question about the weekend.", minutes_ago=3)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["sender"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Mail").done(params["sender"])


class FileModified(QuestionTask):
    name = "unseen3_files_modified_question"
    apps = ("files",)
    difficulty = "easy"
    goal = "When was {file} last modified?"
    goals = ("I think I edited {file} a while back. What date does the Files app say it was last changed?",
             "{file} last change date")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"file": rng.choice(NEW_FILES), "folder": rng.choice(FOLDERS), "days": rng.randint(3, 40),
                "hour": rng.randint(8, 21), "size": rng.randint(30, 5000)}

    def changed(self, device: Any, params: dict[str, Any]) -> date:
        return (device.now - timedelta(days=params["days"])).date()

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        for item in [f for f in app.state.files if f.name == params["file"]]:
            app.delete(item.id)
        item = app.add(params["file"], params["folder"], params["size"])
        item.modified = datetime.combine(self.changed(device, params), time(params["hour"], 12))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return date_forms(device.app("files").named(params["file"]).modified.date())

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_file(Plan(device), params["file"]).done(self.expected(device, params)[0])


class ChatMyLastMessage(QuestionTask):
    name = "unseen3_chat_my_last_message_question"
    apps = ("chat",)
    difficulty = "easy"
    may_change = SEEN
    goal = "What was the last thing I wrote to {name} on Signal?"
    goals = ("Remind me what I last told {name} in our Signal chat, I can't remember what I said.",
             "my last signal msg to {name}?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "mine": rng.choice(MINE)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        chat = chat_with(device, params["name"])
        app.post(chat.id, ME, "Hi! Long time no see", minutes_ago=120)
        app.post(chat.id, params["name"], "Are we still on for Saturday?", minutes_ago=60)
        app.post(chat.id, ME, params["mine"], minutes_ago=50)
        app.post(chat.id, params["name"], "Perfect, see you then", minutes_ago=10)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["mine"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_chat(Plan(device), params["name"]).done(params["mine"])


class CartCount(QuestionTask):
    name = "unseen3_shop_cart_count_question"
    apps = ("shop",)
    difficulty = "easy"
    goal = "How many products are in my Shop cart?"
    goals = ("Before I check out: how many things did I put in my cart in the Shop app?", "shop cart, # of items")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"products": products(rng, rng.randint(2, 4))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        for name in params["products"]:
            shop.add_to_cart(product(device, name).id)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return count_forms(device.app("shop").cart_count())

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        return plan.done(self.expected(device, params)[0])


class SavedPlacesCount(QuestionTask):
    name = "unseen3_maps_saved_count_question"
    apps = ("maps",)
    difficulty = "easy"
    goal = "How many places have I saved in Maps?"
    goals = ("I keep starring spots on the map. How many saved places do I have by now?", "maps saved count")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"count": rng.randint(2, 4), "pick": rng.randint(0, 9999)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        maps = device.app("maps").state
        maps.saved = random.Random(params["pick"]).sample([p.id for p in maps.places], params["count"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return count_forms(len(device.app("maps").state.saved))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Maps").done(self.expected(device, params)[0])


class PhotoCaption(PhotoTask, QuestionTask):
    name = "unseen3_gallery_photo_subject_question"
    difficulty = "easy"
    may_change = ()
    goal = "What is in the photo {photo}?"
    goals = ("There's a picture called {photo} in my gallery and I've no idea what it is. What does it show?",
             "{photo}: what's on it")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["caption"]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery")
        plan.scroll_to(rid(GALLERY_PKG, "photo_list"), resource_id="android:id/title", text=params["photo"])
        return plan.done(params["caption"])


class DealPrice(QuestionTask):
    name = "unseen3_browser_deal_price_question"
    apps = ("browser",)
    difficulty = "easy"
    may_change = BROWSING
    goal = "How much is today's deal on {site}?"
    goals = ("A friend says {site} has a good deal of the day. What does it cost?", "{site} deal price?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"site": "store.example.com/deals"}

    def price(self, device: Any) -> float:
        line = device.app("browser").page("store.example.com/deals").lines[0]
        return float(re.search(r"\$(\d+\.\d\d)", line).group(1))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return price_forms(self.price(device))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browse(Plan(device), params["site"]).done(f"${self.price(device):.2f}")


# ---- medium ---------------------------------------------------------------------------------------
class EventLength(QuestionTask):
    name = "unseen3_calendar_event_length_question"
    apps = ("calendar",)
    difficulty = "medium"
    goal = "How long is \"{title}\" on {day_text}?"
    goals = ("I need to know how much time to block out for {title} on {day_text}. How long does it run?",
             "{title} {day_text} - duration")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NEW_EVENTS), "day": sample_day(rng), "time": sample_time(rng),
                "minutes": rng.choice([30, 45, 90, 120])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), params["time"],
                      random.Random(params["title"]).choice(LOCATIONS), duration_min=params["minutes"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return duration_forms(params["minutes"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_event(Plan(device), params["title"]).done(f"{params['minutes']} minutes")


class _Which(QuestionTask):
    """A choice between two named things: the answer names the right one (first, if it names both)."""

    def pair(self, device: Any, params: dict[str, Any]) -> tuple[str, str]:
        raise NotImplementedError

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [self.pair(device, params)[0]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return named_first(answer, *self.pair(device, params))


class CheaperProduct(_Which):
    name = "unseen3_shop_cheaper_of_two_question"
    apps = ("shop",)
    difficulty = "medium"
    goal = "Which costs less in Shop: \"{a}\" or \"{b}\"?"
    goals = ("I can't decide between {a} and {b}. Which of the two is cheaper in the Shop app?",
             "{a} vs {b}, cheaper one?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = products(rng, 2)
        return {"a": a, "b": b}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        a, b = product(device, params["a"]), product(device, params["b"])
        if a.price == b.price:
            b.price += 1

    def pair(self, device: Any, params: dict[str, Any]) -> tuple[str, str]:
        a, b = product(device, params["a"]), product(device, params["b"])
        return (a.name, b.name) if a.price < b.price else (b.name, a.name)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop")
        for name in (params["a"], params["b"]):
            plan.type(name, resource_id=rid(SHOP_PKG, "search")).back()
        return plan.done(self.pair(device, params)[0])


class BiggerFile(_Which):
    name = "unseen3_files_bigger_of_two_question"
    apps = ("files",)
    difficulty = "medium"
    goal = "Which file is bigger, {a} or {b}?"
    goals = ("My storage is nearly full. Between {a} and {b}, which one takes up more space?", "larger: {a} / {b}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = rng.sample(NEW_FILES, 2)
        sizes = rng.sample(range(100, 9000, 400), 2)
        return {"a": a, "b": b, "sizes": sizes, "folders": [rng.choice(FOLDERS), rng.choice(FOLDERS)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        for name, size, folder in zip((params["a"], params["b"]), params["sizes"], params["folders"]):
            for item in [f for f in app.state.files if f.name == name]:
                app.delete(item.id)
            app.add(name, folder, size)

    def pair(self, device: Any, params: dict[str, Any]) -> tuple[str, str]:
        a, b = (device.app("files").named(params[k]) for k in ("a", "b"))
        return (a.name, b.name) if a.size_kb > b.size_kb else (b.name, a.name)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files")
        for name in (params["a"], params["b"]):
            plan.type(name, resource_id=rid(FILES_PKG, "search")).back()
        return plan.done(self.pair(device, params)[0])


class AlbumWithPhoto(PhotoTask):
    name = "unseen3_gallery_new_album_with_photo"
    difficulty = "medium"
    may_change = ("gallery.albums",)
    goal = "Make a new album called \"{album}\" and put {photo} in it."
    goals = ("I'd like to start a {album} album in Gallery, beginning with the photo {photo}.",
             "new album {album} + {photo}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "album": rng.choice(ALBUMS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        app = device.app("gallery")
        app.state.albums = [a for a in app.state.albums if a.name != params["album"]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        album, photo = device.app("gallery").album(params["album"]), device.app("gallery").named(params["photo"])
        return album is not None and photo is not None and photo.id in album.photo_ids

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery").tap(text="Albums").tap(content_desc="New album")
        plan.type(params["album"], resource_id=rid(GALLERY_PKG, "album_title")).tap(resource_id=rid(GALLERY_PKG, "done"))
        plan.tap(text="Photos").tap_row(params["photo"]).tap(resource_id=rid(GALLERY_PKG, "add_to_album"))
        return plan.tap_row(params["album"]).done()


TEMPLATES = [WhoseNumber, MailNewestSender, FileModified, ChatMyLastMessage, CartCount, SavedPlacesCount,
             PhotoCaption, DealPrice, EventLength, CheaperProduct, BiggerFile, AlbumWithPhoto, *MEDIUM, *TWO_APPS]

__all__ = ["TEMPLATES"]
