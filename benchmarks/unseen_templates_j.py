"""Held task templates, tenth batch: 16 tasks on the simulated phone that neither the built-in suite nor batches
1-9 have: one item of a checklist note ticked off, every alarm before an hour switched off, the screen set up for
a dark cinema, the favourites taken in one city un-favourited, the favourite files of one folder un-starred,
every email whose subject mentions a word starred, a phone number whose last two digits were swapped corrected,
every event at one venue moved to another venue, an event added to start when another ends, every conversation
from an unsaved number deleted (each behind its confirmation), a group message passed on to a third person, the
oldest favourite photo named, and requests over two apps: a timer that rings when today's next event starts, the
gap between an emailed price and the Shop's price, a contact's stale number replaced by the one Maps lists, and a
code from a note texted to a friend. The easy ones and two medium ones are here, the other five medium ones and
the four hard ones in unseen_templates_j2.py. Never used to tune the agent:
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_j.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step, swipe
from cascadroid.device.sim.apps.contacts import digits
from cascadroid.device.sim.tasks.base import TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import (
    CLOCK_PKG,
    NOTES_PKG,
    TODAY,
    edit_contact,
    ensure_contact,
    open_note,
    person,
)
from cascadroid.device.sim.tasks.nav import FILES_PKG, GALLERY_PKG, SEEN, open_email, open_file, open_photo
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import notes_titled
from cascadroid.device.sim.tasks.system import settings_route

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_j2 import HARD, MEDIUM  # noqa: E402

CHECKLISTS = {"Move house": ["Book the van", "Cancel the gas", "Forward the post", "Pack the kitchen",
                             "Return the keys"],
              "Camping": ["Check the tent", "Buy gas canisters", "Charge the lamp", "Pack sleeping bags"],
              "Party prep": ["Order the cake", "Buy balloons", "Send invitations", "Borrow chairs", "Make a playlist"]}
ALARM_LABELS = ["Wake up", "Meds", "Yoga", "Feed the cat", "Bins out", "Call Mum", "Water plants", "Stretch"]
CITIES = ["Ljubljana", "Tromso", "Cordoba", "Plovdiv", "Gdansk", "Aarhus"]
CAPTIONS = ["Sunset", "Market", "Old bridge", "Harbour", "Cathedral", "Street food", "Castle", "Tram"]
FOLDERS = ["Downloads", "Documents", "Music", "Recordings"]
FILES = {"Downloads": ["boarding_pass.pdf", "setup_guide.pdf", "menu_scan.jpg"],
         "Documents": ["lease_2026.pdf", "cv_final.docx", "budget_q2.xlsx"],
         "Music": ["demo_take3.mp3", "lullaby.mp3", "rehearsal.wav"],
         "Recordings": ["meeting_0312.m4a", "voice_note_17.m4a", "interview.m4a"]}
MAIL_WORDS = ["invoice", "receipt", "booking"]
COMPANIES = ["Lumen Energy", "Northwind Telecom", "Bluebird Air", "Quickfix Plumbing", "Harbor Hotels",
             "Greenleaf Market"]


# ---- easy -----------------------------------------------------------------------------------------
class TickChecklistItem(TaskTemplate):
    name = "unseen10_notes_tick_off_checklist_item"
    apps = ("notes",)
    difficulty = "easy"
    may_change = ("notes.notes.*.body",)
    goal = "In my \"{title}\" checklist note, tick off \"{item}\": change its [ ] box to [x]."
    goals = ("Good news, \"{item}\" is done! My {title} note is a checklist with [ ] boxes - mark that one line as "
             "done with [x] and leave the rest as they are.",
             "{title}: tick \"{item}\" [x]",
             "Please check off \"{item}\" in the {title} note by putting an x in its box.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(sorted(CHECKLISTS))
        items = rng.sample(CHECKLISTS[title], 4)
        return {"title": title, "items": items, "item": items[rng.randint(1, 3)], "done": items[0]}

    def _body(self, params: dict[str, Any], ticked: set[str]) -> str:
        return "\n".join(f"[{'x' if i in ticked else ' '}] {i}" for i in params["items"])

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        notes.add(params["title"], self._body(params, {params["done"]}))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = notes_titled(device, params["title"])
        if len(found) != 1:
            return False
        lines = [" ".join(x.lower().split()) for x in found[0].body.splitlines() if x.strip()]
        want = self._body(params, {params["done"], params["item"]}).lower().splitlines()
        return lines == want

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        plan.type(self._body(params, {params["done"], params["item"]}), resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class EarlyAlarmsOff(TaskTemplate):
    name = "unseen10_clock_switch_off_alarms_before_hour"
    apps = ("clock",)
    difficulty = "easy"
    may_change = ("clock.alarms.*.enabled",)
    goal = "Switch off every alarm that is set for before {hour}:00, but keep them, and leave the later alarms on."
    goals = ("I don't need to be up before {hour} o'clock any more. Turn off all my alarms earlier than {hour}:00 "
             "(don't delete them) - the ones at {hour}:00 or later stay on.",
             "alarms < {hour}:00 off",
             "Could you disable each alarm that rings before {hour}:00? Keep the rest switched on.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        hours = sorted(rng.sample(range(5, 12), 5))
        cut = rng.randint(2, 3)
        return {"hour": hours[cut], "times": [[h, rng.choice([0, 15, 30, 45])] for h in hours],
                "labels": rng.sample(ALARM_LABELS, 5)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for (hour, minute), label in zip(params["times"], params["labels"]):
            clock.add_alarm(hour, minute, label, enabled=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        alarms = device.app("clock").state.alarms
        return len(alarms) == len(params["times"]) and all(a.enabled == (a.hour >= params["hour"]) for a in alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock")
        for hour, minute in params["times"]:
            if hour < params["hour"]:
                desc = f"{hour:02d}:{minute:02d} alarm"
                plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=desc).tap(content_desc=desc)
        return plan.done()


class CinemaScreen(TaskTemplate):
    name = "unseen10_settings_screen_for_dark_cinema"
    apps = ("settings",)
    difficulty = "easy"
    may_change = ("settings.dark_mode", "settings.brightness")
    goal = "I'm in a dark cinema: turn on the dark theme and put the screen brightness at its lowest."
    goals = ("The film is starting and my phone is lighting up the whole row. Make the display cinema-friendly: "
             "dark theme on and brightness right down to the minimum.",
             "cinema: dark theme + min brightness",
             "Set my phone up for sitting in a dark theatre - switch to the dark theme and turn the brightness all "
             "the way down.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"brightness": rng.choice([45, 55, 65, 75, 85])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        settings = device.app("settings").state
        settings.dark_mode, settings.brightness = False, params["brightness"]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        settings = device.app("settings").state
        return settings.dark_mode and settings.brightness == 0

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = settings_route(Plan(device), "dark_mode", True)
        rows, slider = plan.phone.app("settings").route("brightness")
        plan.open("Settings")
        for row in rows:
            if not plan.sees(**slider):
                plan.tap_row(row)
        step = swipe("left", **slider)
        return plan.until(lambda phone: phone.app("settings").state.brightness == 0, step).done()


class UnfavouriteCityPhotos(TaskTemplate):
    name = "unseen10_gallery_unfavourite_photos_from_city"
    apps = ("gallery",)
    difficulty = "easy"
    may_change = ("gallery.photos.*.favourite",)
    goal = "Take every photo I shot in {city} out of my favourites. Keep my other favourites."
    goals = ("I've gone off my {city} pictures. Any favourite photo that was taken in {city} should stop being a "
             "favourite; favourites from other places stay.",
             "unfav all {city} photos",
             "Please remove the favourite mark from the photos taken in {city}, and only those.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        city, other = rng.sample(CITIES, 2)
        names = [f"IMG_{n}.jpg" for n in rng.sample(range(10000, 99999), 5)]
        return {"city": city, "other": other, "photos": names, "captions": rng.sample(CAPTIONS, 5),
                "places": [city, other, city, other, city], "favourite": [True, True, True, True, False]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        for photo in app.state.photos:
            photo.favourite = False
        for index, name in enumerate(params["photos"]):
            photo = app.add_photo(name, params["captions"][index], TODAY - timedelta(days=2 + 3 * index),
                                  params["places"][index])
            photo.favourite = params["favourite"][index]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        favourites = {p.name for p in device.app("gallery").state.photos if p.favourite}
        return favourites == {params["photos"][1], params["photos"][3]}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for name in (params["photos"][0], params["photos"][2]):
            open_photo(plan, name).tap(resource_id=rid(GALLERY_PKG, "favorite")).back()
        return plan.done()


class UnstarFolderFavourites(TaskTemplate):
    name = "unseen10_files_unfavourite_all_in_folder"
    apps = ("files",)
    difficulty = "easy"
    may_change = ("files.files.*.favourite",)
    goal = "Remove every file in my {folder} folder from favourites; favourites in other folders stay."
    goals = ("My favourites are cluttered with stuff from {folder}. Un-favourite all the {folder} files, but don't "
             "touch favourite files that live in other folders.",
             "unfav all files in {folder}",
             "Take the favourite star off each file inside {folder}, please - only that folder.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        folder, other = rng.sample(FOLDERS, 2)
        return {"folder": folder, "other": other, "mine": FILES[folder], "others": FILES[other][:2]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        names = set(params["mine"]) | set(params["others"])
        app.state.files = [f for f in app.state.files if f.name not in names]
        for item in app.state.files:
            item.favourite = False
        for index, name in enumerate(params["mine"]):
            app.add(name, params["folder"], 120 + 40 * index).favourite = index != 1
        for name in params["others"]:
            app.add(name, params["other"], 300).favourite = True

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        files = device.app("files").state.files
        return {f.name for f in files if f.favourite} == set(params["others"]) and all(
            any(f.name == n for f in files) for n in params["mine"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for index, name in enumerate(params["mine"]):
            if index != 1:
                open_file(plan, name).tap(resource_id=rid(FILES_PKG, "favourite")).back()
        return plan.done()


# ---- medium ---------------------------------------------------------------------------------------
class StarSubjectsWithWord(TaskTemplate):
    name = "unseen10_mail_star_every_subject_with_word"
    apps = ("mail",)
    difficulty = "medium"
    may_change = ("mail.emails.*.starred", *SEEN)
    goal = "Star every email whose subject has the word \"{word}\" in it."
    goals = ("I need to find my {word} emails quickly later. Put a star on each email with \"{word}\" in its "
             "subject line - the others stay unstarred.",
             "star all mail w/ \"{word}\" in subject",
             "Go through my mail and star all messages whose subject mentions \"{word}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        word = rng.choice(MAIL_WORDS)
        companies = rng.sample(COMPANIES, 5)
        subjects = [f"Your {word} from {companies[0]}", f"{word.capitalize()} {rng.randint(1000, 9999)} - "
                    f"{companies[1]}", f"{companies[2]}: {word} for March",
                    f"{companies[3]} newsletter", f"Welcome to {companies[4]}"]
        return {"word": word, "subjects": subjects, "minutes": rng.sample(range(20, 600, 20), 5)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail = device.app("mail")
        mail.state.emails = [e for e in mail.state.emails if params["word"] not in normalize(e.subject).split()]
        for email in mail.state.emails:
            email.starred = False
        for index, (subject, ago) in enumerate(zip(params["subjects"], params["minutes"])):
            company = subject.split(" from ")[-1].split(" - ")[-1].split(":")[0]
            body = f"Hello, this is about your {params['word']}." if index == 4 else "Thanks for being a customer."
            mail.receive(company, f"hello@{company.split()[0].lower()}.com", subject, body, minutes_ago=ago)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        emails = device.app("mail").state.emails
        return sorted(e.subject for e in emails if e.starred) == sorted(params["subjects"][:3])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for subject in params["subjects"][:3]:
            open_email(plan, subject).tap(content_desc="Star").back()
        return plan.done()


class SwappedDigits(TaskTemplate):
    name = "unseen10_contacts_fix_swapped_last_two_digits"
    apps = ("contacts",)
    difficulty = "medium"
    may_change = ("contacts.contacts.*.phone",)
    goal = "I saved {name}'s phone number with the last two digits the wrong way round. Fix it in Contacts."
    goals = ("Calls to {name} keep going to a stranger - I swapped the final two digits of their number when I "
             "saved it. Correct the number in their contact.",
             "{name} number: last 2 digits swapped, fix",
             "The number in my contact {name} ends with its last two digits reversed. Please put them in the right "
             "order.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        first, second = rng.sample(range(10), 2)
        right = f"+1 {rng.randint(201, 989)}-555-{rng.randint(10, 99)}{first}{second}"
        return {"name": person(rng), "right": right, "wrong": right[:-2] + right[-1] + right[-2]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["wrong"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [c for c in device.app("contacts").state.contacts if c.name == params["name"]]
        return len(found) == 1 and digits(found[0].phone) == digits(params["right"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return edit_contact(Plan(device), params["name"], "phone", params["right"]).done()


TEMPLATES = [TickChecklistItem, EarlyAlarmsOff, CinemaScreen, UnfavouriteCityPhotos, UnstarFolderFavourites,
             StarSubjectsWithWord, SwappedDigits, *MEDIUM, *HARD]

__all__ = ["TEMPLATES"]
