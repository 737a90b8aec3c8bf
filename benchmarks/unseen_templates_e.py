"""Held task templates, fifth batch: 16 tasks on the simulated phone that neither the built-in suite nor batches
1-4 have: acting on the oldest or newest item of a list, values read off a list, a quantity put back to what was
wanted, one field of the newest item edited, bulk actions on a filtered subset, a count and a comparison over
filtered records, and two-app requests that carry a list, a place or several times from one app to another. The
easy ones and two medium ones are here, the other five medium ones and the four hard ones in
unseen_templates_e2.py. Never used to tune the agent:
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_e.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.browser import Bookmark
from cascadroid.device.sim.apps.phone import Call
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import NOTES_PKG, SHOP_PKG, ensure_contact, open_product, person, phone_number
from cascadroid.device.sim.tasks.nav import GALLERY_PKG, MAIL_PKG, SEEN, browser_menu, mail_from
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_e2 import HARD, MEDIUM, first_named  # noqa: E402

BOOKMARKS = [("Train times", "rail.example.com/timetable"), ("Kids' school", "northside-school.example.org"),
             ("Tax forms", "tax.example.gov/forms"), ("Yoga studio", "flowyoga.example.com/classes"),
             ("Allotment society", "allotments.example.net"), ("Bin collection", "council.example.gov/bins"),
             ("Swim times", "leisure.example.com/pool"), ("Guitar chords", "chords.example.org/beginner")]
DOWNLOADS = ["bus_timetable.pdf", "concert_poster.png", "warranty_card.pdf", "flat_inventory.docx",
             "party_invite.pdf", "ferry_booking.pdf"]
NEW_MAIL = ["Your parcel is on its way", "Dinner on Friday?", "Minutes from today's call",
            "New sign-in to your account", "Rent reminder"]
NEWEST_NOTES = [("Parking spot", "Level 3, row F, near the lift"), ("Gate code", "Side gate: 7741#"),
                ("Things to fix", "Dripping tap, loose hinge, hall bulb"),
                ("Ideas for Mum", "Scarf, orchid, spa voucher")]
NEW_TITLES = ["Sorted", "Weekend", "Keep this", "Important", "House", "Misc", "Home stuff"]


def stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


# ---- easy -----------------------------------------------------------------------------------------
class DeleteOldestPhoto(TaskTemplate):
    name = "unseen5_gallery_delete_oldest_photo"
    apps = ("gallery",)
    difficulty = "easy"
    may_change = ("gallery.photos",)
    goal = "Delete the oldest photo in my gallery."
    goals = ("My phone keeps saying storage is nearly full. Start small: get rid of the oldest picture I have, "
             "nothing else.",
             "delete oldest photo",
             "In Gallery, the photo taken longest ago - delete it.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"photo": f"IMG_0{rng.randint(100, 999)}.jpg", "days": rng.randint(420, 900),
                "caption": rng.choice(["Graduation", "First car", "Old flat", "Grandpa's garden"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        gallery = device.app("gallery")
        gallery.add_photo(params["photo"], params["caption"], device.now.date() - timedelta(days=params["days"]),
                          "Lakeside")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from cascadroid.device.sim import SimDevice

        photos = device.app("gallery").state.photos
        before = len(SimDevice(seed=device.seed).app("gallery").state.photos)  # the seeded ones, all newer
        return all(p.name != params["photo"] for p in photos) and len(photos) == before

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery")
        plan.scroll_to(rid(GALLERY_PKG, "photo_list"), resource_id="android:id/title", text=params["photo"])
        return plan.tap_row(params["photo"]).tap(resource_id=rid(GALLERY_PKG, "trash")).done()


class BookmarkAddress(QuestionTask):
    name = "unseen5_browser_bookmark_address_question"
    apps = ("browser",)
    difficulty = "easy"
    goal = "What is the web address of my Chrome bookmark \"{title}\"?"
    goals = ("I need to give a friend the link I bookmarked as {title}, but I can't remember it. What's the URL?",
             "url of bookmark {title}?",
             "My {title} bookmark - which address does it point to?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title, url = rng.choice(BOOKMARKS)
        return {"title": title, "url": url}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        marks = device.app("browser").state.bookmarks
        marks[:] = [b for b in marks if b.title != params["title"]]
        marks.insert(1, Bookmark(url=params["url"], title=params["title"]))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        found = [b.url for b in device.app("browser").state.bookmarks if b.title == params["title"]]
        return found + [f"https://{u}" for u in found]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browser_menu(Plan(device).open("Chrome"), "Bookmarks").done(params["url"])


class NewestDownload(QuestionTask):
    name = "unseen5_files_newest_download_question"
    apps = ("files",)
    difficulty = "easy"
    goal = "Which file in my Downloads folder is the most recent?"
    goals = ("I downloaded something the other day and now I can't remember what it was called. What's the newest "
             "file in Downloads?",
             "latest download?",
             "In Downloads, which file came in last?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"files": rng.sample(DOWNLOADS, 4), "days": sorted(rng.sample(range(1, 30), 4))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        app.state.files = [f for f in app.state.files if f.folder != "Downloads" and f.name not in params["files"]]
        for index, (name, days) in enumerate(zip(params["files"], reversed(params["days"]))):
            app.add(name, "Downloads", 150 + 230 * index).modified = device.now - timedelta(days=days, hours=index)

    def _ordered(self, device: Any) -> list[str]:
        return [f.name for f in sorted(device.app("files").in_folder("Downloads"), key=lambda f: f.modified,
                                       reverse=True)]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return self._ordered(device)[:1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        newest, *older = self._ordered(device)
        have = f" {normalize(answer or '')} "
        return (f" {normalize(stem(newest))} " in have
                and not any(f" {normalize(stem(name))} " in have for name in older))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Files").tap_row("Downloads").done(self.expected(device, params)[0])


class LastDialled(QuestionTask):
    name = "unseen5_phone_last_dialled_question"
    apps = ("phone",)
    difficulty = "easy"
    goal = "Who was the last person I called?"
    goals = ("I rang someone earlier to sort something out and now I've forgotten who it was. Who did I call most "
             "recently? Not who called me.",
             "last outgoing call: who?",
             "The most recent call I made - who was it to?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 3)
        return {"dialled": names[0], "earlier": names[1], "caller": names[2],
                "phones": [phone_number(rng) for _ in range(3)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for key, phone in zip(("dialled", "earlier", "caller"), params["phones"]):
            ensure_contact(device, params[key], phone)
        log = device.app("phone").state.call_log
        start = max([c.time for c in log] + [device.now - timedelta(days=1)])
        for index, (number, kind) in enumerate(((params["phones"][1], "outgoing"), (params["phones"][0], "outgoing"),
                                                (params["phones"][2], "incoming"))):
            log.append(Call(number=number, direction=kind, time=start + timedelta(minutes=25 * (index + 1)),
                            duration_s=95))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        phone = device.app("phone")
        last = [c for c in phone.state.call_log if c.direction == "outgoing"][-1]
        found = phone.contact_for(last.number)
        return [found.name if found else last.number]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return first_named(answer, self.expected(device, params), [params["earlier"], params["caller"]])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Phone").tap(text="Recents").done(self.expected(device, params)[0])


class StarNewestMail(TaskTemplate):
    name = "unseen5_mail_star_newest"
    apps = ("mail",)
    difficulty = "easy"
    may_change = ("mail.emails.*.starred", *SEEN)
    goal = "Star the email I received most recently."
    goals = ("An email just landed and I need to deal with it later, so I don't want to lose it. Can you star the "
             "newest one in my inbox?",
             "star latest email",
             "The newest email in my inbox: give it a star.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "subject": rng.choice(NEW_MAIL), "minutes": rng.randint(3, 40)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for email in device.app("mail").state.emails:
            email.starred = False
        mail_from(device, params["sender"], params["subject"], "Details inside, have a look when you can.",
                  minutes_ago=params["minutes"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        starred = [e for e in device.app("mail").state.emails if e.starred]
        return len(starred) == 1 and normalize(starred[0].subject) == normalize(params["subject"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail").tap_row(params["subject"])
        return plan.tap(resource_id=rid(MAIL_PKG, "conversation_star")).done()


# ---- medium ---------------------------------------------------------------------------------------
class CartJustOne(TaskTemplate):
    name = "unseen5_shop_cart_just_one"
    apps = ("shop",)
    difficulty = "medium"
    may_change = ("shop.cart",)
    goal = "I only want one {product} in my Shop cart, not {count}."
    goals = ("Oops, somehow there are {count} of the {product} in my cart. I just need the one - can you fix that "
             "and leave the other things alone?",
             "cart: {product} x1 only",
             "Make the quantity of \"{product}\" in my cart one again.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        target, *others = products(rng, 3)
        return {"product": target, "others": others, "count": rng.randint(2, 4)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart = []
        first, last = params["others"]
        for name, quantity in ((first, 1), (params["product"], params["count"]), (last, 1)):
            shop.add_to_cart(product(device, name).id, quantity)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        have = {i.product_id: i.quantity for i in device.app("shop").state.cart}
        return have == {product(device, n).id: 1 for n in (params["product"], *params["others"])}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        plan.tap(content_desc=f"Remove {params['product']}").back()
        return open_product(plan, params["product"]).tap(resource_id=rid(SHOP_PKG, "add_to_cart")).done()


class RenameNewestNote(TaskTemplate):
    name = "unseen5_notes_rename_newest"
    apps = ("notes",)
    difficulty = "medium"
    may_change = ("notes.notes.*.title",)
    goal = "Rename my most recent note to \"{new_title}\"."
    goals = ("The note I wrote last has a title that makes no sense to me now. Call it {new_title} instead, and "
             "don't change what it says.",
             "newest note -> title {new_title}",
             "Give the latest of my notes the title {new_title}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title, body = rng.choice(NEWEST_NOTES)
        return {"title": title, "body": body, "new_title": rng.choice(NEW_TITLES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["title"]) + notes.titled(params["new_title"]):
            notes.delete(note.id)
        notes.add(params["title"], params["body"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        notes = device.app("notes")
        renamed = notes.titled(params["new_title"])
        return (not notes.titled(params["title"]) and len(renamed) == 1
                and normalize(renamed[0].body) == normalize(params["body"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Notes").tap_row(params["title"])
        plan.type(params["new_title"], resource_id=rid(NOTES_PKG, "title"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


TEMPLATES = [DeleteOldestPhoto, BookmarkAddress, NewestDownload, LastDialled, StarNewestMail, CartJustOne,
             RenameNewestNote, *MEDIUM, *HARD]

__all__ = ["TEMPLATES"]
