"""Held task templates, eighth batch: 16 tasks on the simulated phone that neither the built-in suite nor batches
1-7 have: an album named by a photo in it and renamed, the newest download moved to another folder, a contact
named by where their email is, the lines of a list note counted, the farthest saved place unsaved, the first event
of a day given a place, an album made of every photo from one city, the texts from one person today counted, the
chat with the most unread messages pinned, an event moved to the day of another, a cart quantity raised to a
number, the most frequent caller of the day called back, and two-app requests: the Maps rating of an event's
venue, a Signal group of the starred contacts, the cart written into a note, and the phone number of a restaurant
suggested by email. The easy ones and two medium ones are here, the other five medium ones and the four hard ones
in unseen_templates_h2.py. Never used to tune the agent:
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_h.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    MAPS_PKG,
    TODAY,
    day_text,
    ensure_contact,
    open_contact,
    open_event,
    open_note,
    open_place,
    person,
    phone_number,
)
from cascadroid.device.sim.tasks.nav import FILES_PKG, GALLERY_PKG, open_album, open_file, open_photo
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import events_titled, sample_day

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_h2 import HARD, MEDIUM, count_forms, ensure_place  # noqa: E402

ALBUMS = ["Summer 2025", "Family", "Food", "Holiday", "Screenshots", "Concerts"]
NEW_ALBUMS = ["Greece trip", "Best of the year", "Wedding", "Little one"]
CITIES = ["Porto", "Tallinn", "Bergen", "Valletta", "Ghent"]
CAPTIONS = ["Sunset", "Beach", "Old town", "Harbor", "Market", "Bridge", "Cathedral", "Street food"]
DOWNLOADS = ["boarding_pass.pdf", "menu_takeaway.pdf", "payslip_feb.pdf", "lease_scan.pdf", "photo_export.zip",
             "ticket_museum.pdf"]
COMPANIES = ["northwind", "globex", "initech", "umbrella-labs", "stark-design", "acme"]
LIST_NOTES = {"Groceries": ["Eggs", "Spinach", "Yoghurt", "Lemons", "Rice", "Coffee beans", "Tortillas"],
              "Packing": ["Passport", "Charger", "Sunscreen", "Swimsuit", "Adapter", "Book", "Sandals"],
              "To do": ["Pay rent", "Call the vet", "Renew insurance", "Fix the tap", "Water plants", "Post parcel"],
              "Books to read": ["Middlemarch", "Dune", "Beloved", "Circe", "Piranesi", "Stoner", "Kindred"]}
SAVED = ["Sakura Sushi", "Lotus Thai", "Casa Verde", "Taj Palace", "Trattoria Roma", "Green Bowl", "Brick Oven Co"]
DAY_EVENTS = ["Stand-up", "Dentist", "Lunch with Ana", "Design review", "School run", "Gym"]
VENUES = ["Room 4B", "Harbour Cafe", "Library annex", "Studio 2", "Town hall"]


def photo_name(rng: random.Random) -> str:
    return f"IMG_{rng.randint(10000, 99999)}.jpg"


# ---- easy -----------------------------------------------------------------------------------------
class RenameAlbumOfPhoto(TaskTemplate):
    name = "unseen8_gallery_rename_album_holding_photo"
    apps = ("gallery",)
    difficulty = "easy"
    may_change = ("gallery.albums.*.name",)
    goal = "Rename the album that has my photo {photo} in it to \"{new_album}\"."
    goals = ("My photo {photo} sits in one of my albums, and that album needs a better name. Call it {new_album}.",
             "album with {photo} -> rename {new_album}",
             "Whichever Gallery album contains {photo}, change its name to \"{new_album}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"albums": rng.sample(ALBUMS, 3), "photos": [photo_name(rng) for _ in range(3)],
                "captions": rng.sample(CAPTIONS, 3), "new_album": rng.choice(NEW_ALBUMS), "target": rng.randint(0, 2)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"photo": params["photos"][params["target"]]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        app.state.albums = [a for a in app.state.albums if a.name not in (*params["albums"], params["new_album"])]
        for index, (album, photo, caption) in enumerate(zip(params["albums"], params["photos"], params["captions"])):
            added = app.add_photo(photo, caption, TODAY - timedelta(days=3 + index), CITIES[index])
            app.add_album(album, [added.id])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("gallery")
        names = [a.name for a in app.state.albums]
        renamed = app.album(params["new_album"])
        keep = [a for i, a in enumerate(params["albums"]) if i != params["target"]]
        return (renamed is not None and renamed.photo_ids == [app.named(params["photos"][params["target"]]).id]
                and params["albums"][params["target"]] not in names and all(a in names for a in keep))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_album(Plan(device), params["albums"][params["target"]]).tap(content_desc="Rename album")
        plan.type(params["new_album"], resource_id=rid(GALLERY_PKG, "album_title"))
        return plan.tap(resource_id=rid(GALLERY_PKG, "done")).done()


class MoveNewestDownload(TaskTemplate):
    name = "unseen8_files_move_newest_download"
    apps = ("files",)
    difficulty = "easy"
    may_change = ("files.files.*.folder",)
    goal = "Move the newest file in Downloads to my {target} folder."
    goals = ("The last thing I downloaded should be kept with my {target}. Move only that one file over there.",
             "newest download -> {target}",
             "Take whichever file landed in Downloads most recently and put it in {target}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"names": rng.sample(DOWNLOADS, 4), "hours": rng.sample(range(1, 90), 4),
                "target": rng.choice(["Documents", "Recordings"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        app.state.files = [f for f in app.state.files if f.folder != "Downloads" and f.name not in params["names"]]
        for name, hours in zip(params["names"], params["hours"]):
            app.add(name, "Downloads", 300 + hours).modified = device.now - timedelta(hours=hours)

    def _newest(self, params: dict[str, Any]) -> str:
        return min(zip(params["hours"], params["names"]))[1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        where = {f.name: f.folder for f in device.app("files").state.files if f.name in params["names"]}
        newest = self._newest(params)
        return where == {n: (params["target"] if n == newest else "Downloads") for n in params["names"]}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), self._newest(params)).tap(resource_id=rid(FILES_PKG, "move"))
        return plan.tap_row(params["target"]).done()


class StarByEmailDomain(TaskTemplate):
    name = "unseen8_contacts_star_by_email_domain"
    apps = ("contacts",)
    difficulty = "easy"
    may_change = ("contacts.contacts.*.starred",)
    goal = "Star the contact whose email address is at {domain}."
    goals = ("I have exactly one contact who works at {company} - their email ends in @{domain}. Give them a star.",
             "star contact @{domain}",
             "Find the person in my contacts with an @{domain} email and star them.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 3)
        return {"names": names, "companies": rng.sample(COMPANIES, 3), "phones": [phone_number(rng) for _ in names]}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        company = params["companies"][0]
        return {"company": company.replace("-", " ").title(), "domain": f"{company}.com"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        contacts = device.app("contacts")
        contacts.state.contacts = [c for c in contacts.state.contacts
                                   if not any(c.email.endswith(f"@{co}.com") for co in params["companies"])]
        for item in contacts.state.contacts:
            item.starred = False
        for name, company, phone in zip(params["names"], params["companies"], params["phones"]):
            user = name.split()[0].lower()
            ensure_contact(device, name, phone, email=f"{user}@{company}.com", starred=False)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return [c.name for c in device.app("contacts").state.contacts if c.starred] == [params["names"][0]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_contact(Plan(device), params["names"][0]).tap(content_desc="Star").done()


class CountNoteLines(QuestionTask):
    name = "unseen8_notes_count_list_lines_question"
    apps = ("notes",)
    difficulty = "easy"
    goal = "How many items are on my \"{title}\" list in Notes?"
    goals = ("I keep a {title} note with one thing per line. How many things are on it right now?",
             "# items in note {title}?",
             "Count the lines in my note called \"{title}\" - how many entries is that?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(sorted(LIST_NOTES))
        return {"title": title, "lines": rng.sample(LIST_NOTES[title], rng.randint(3, 7))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        notes.add(params["title"], "\n".join(params["lines"]))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        note = device.app("notes").titled(params["title"])[0]
        return count_forms(sum(1 for line in note.body.splitlines() if line.strip()))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_note(Plan(device), params["title"]).done(self.expected(device, params)[0])


class UnsaveFarthest(TaskTemplate):
    name = "unseen8_maps_unsave_farthest_saved_place"
    apps = ("maps",)
    difficulty = "easy"
    may_change = ("maps.saved",)
    goal = "Of my saved places in Maps, unsave the one that is farthest away."
    goals = ("I'm never going to travel all the way to the most distant of my saved places. Remove that one from my "
             "saved list, keep the others.",
             "maps: unsave farthest saved place",
             "Look at the places I've saved in Maps and take the save off whichever is the longest distance from me.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"places": rng.sample(SAVED, 3), "km": [d / 10 for d in rng.sample(range(5, 95), 3)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ids = [ensure_place(device, name, distance_km=km).id for name, km in zip(params["places"], params["km"])]
        device.app("maps").state.saved = ids

    def _farthest(self, params: dict[str, Any]) -> str:
        return max(zip(params["km"], params["places"]))[1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        maps = device.app("maps")
        want = {maps.named(n).id for n in params["places"] if n != self._farthest(params)}
        return set(maps.state.saved) == want and len(maps.state.saved) == len(want)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        name = self._farthest(params)
        return open_place(Plan(device), name, name).tap(resource_id=rid(MAPS_PKG, "save_button")).done()


# ---- medium ---------------------------------------------------------------------------------------
class FirstEventLocation(TaskTemplate):
    name = "unseen8_calendar_first_event_of_day_location"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events.*.location",)
    goal = "My first event on {day_text} will be at {venue}. Put that in its location."
    goals = ("Whatever comes first in my calendar on {day_text} has moved to {venue}. Set that event's location, "
             "leave the later ones alone.",
             "first event {day_text}: location {venue}",
             "On {day_text}, the earliest event's location should say \"{venue}\" - please update it.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"day": sample_day(rng, 1, 6), "titles": rng.sample(DAY_EVENTS, 3), "venue": rng.choice(VENUES),
                "starts": rng.sample(["08:00", "09:30", "11:15", "13:00", "16:45"], 3)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        day = date.fromisoformat(params["day"])
        names = {normalize(t) for t in params["titles"]}
        cal.state.events = [e for e in cal.state.events if e.day != day and normalize(e.title) not in names]
        for title, start in zip(params["titles"], params["starts"]):
            cal.add_event(title, day, start)

    def _first(self, params: dict[str, Any]) -> str:
        return min(zip(params["starts"], params["titles"]))[1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        first = self._first(params)
        found = {t: events_titled(device, t) for t in params["titles"]}
        if any(len(f) != 1 for f in found.values()):
            return False
        return all(normalize(f[0].location) == (normalize(params["venue"]) if t == first else "")
                   and f[0].start == s for (t, f), s in zip(found.items(), params["starts"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), self._first(params)).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["venue"], resource_id=rid(CALENDAR_PKG, "event_location_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class AlbumFromCity(TaskTemplate):
    name = "unseen8_gallery_album_of_city_photos"
    apps = ("gallery",)
    difficulty = "medium"
    may_change = ("gallery.albums", "gallery.next_id")
    goal = "Make a new album \"{album}\" with all my photos taken in {city}."
    goals = ("I want my {city} pictures together. Create an album called {album} and put every photo from {city} in "
             "it - no others.",
             "album {album} = all {city} photos",
             "In Gallery, start an album named \"{album}\" holding each of the photos I took in {city}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        city, other = rng.sample(CITIES, 2)
        count = rng.randint(2, 3)
        return {"album": rng.choice(NEW_ALBUMS), "city": city, "other": other,
                "photos": [photo_name(rng) for _ in range(count + 2)], "captions": rng.sample(CAPTIONS, count + 2),
                "count": count}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        app.state.albums = [a for a in app.state.albums if a.name != params["album"]]
        for photo in app.state.photos:
            if photo.place in (params["city"], params["other"]):
                photo.place = "Lisbon"
        for index, (photo, caption) in enumerate(zip(params["photos"], params["captions"])):
            city = params["city"] if index < params["count"] else params["other"]
            app.add_photo(photo, caption, TODAY - timedelta(days=2 + 3 * index), city)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("gallery")
        album = app.album(params["album"])
        want = {app.named(p).id for p in params["photos"][:params["count"]]}
        return album is not None and set(album.photo_ids) == want and len(album.photo_ids) == len(want)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery").tap(text="Albums").tap(content_desc="New album")
        plan.type(params["album"], resource_id=rid(GALLERY_PKG, "album_title"))
        plan.tap(resource_id=rid(GALLERY_PKG, "done"))
        for photo in params["photos"][:params["count"]]:
            plan.back().back().back()
            open_photo(plan, photo).tap(resource_id=rid(GALLERY_PKG, "add_to_album")).tap_row(params["album"])
        return plan.done()


TEMPLATES = [RenameAlbumOfPhoto, MoveNewestDownload, StarByEmailDomain, CountNoteLines, UnsaveFarthest,
             FirstEventLocation, AlbumFromCity, *MEDIUM, *HARD]

__all__ = ["TEMPLATES"]
