"""Held task templates, fourth batch: 20 tasks on the simulated phone that neither the built-in suite nor batches
1-3 have (settings values read, favourites listed, the last mail I sent, a timer in seconds, a field copied from
one contact to another, a whole day cleared, an undo of airplane mode, deleting only what is switched off, moving
every file of a type, bulk actions on groups, sums and "the next one" questions, and two-app shapes from mail to
the calendar, settings to chat, a note to the shop, a folder to a note; four of the medium ones and the five hard
ones are in unseen_templates_d2.py), never used to tune the agent:
`python benchmarks/bench_structure.py --templates benchmarks/unseen_templates_d.py`.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.clock import Alarm, Timer
from cascadroid.device.sim.apps.settings import WifiNetwork
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    contact,
    day_text,
    edit_contact,
    ensure_contact,
    open_contact,
    phone_number,
    street_address,
    two_people,
)
from cascadroid.device.sim.tasks.nav import FILES_PKG, SEEN, address_of
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import WORDS, sample_day
from cascadroid.device.sim.tasks.system import settings_route

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the rest of the batch beside this file
from unseen_templates_d2 import MEDIUM, TWO_APPS  # noqa: E402

SSIDS = ["HomeNet", "Cafe_Guest", "Office-5G", "NETGEAR42", "Pixel hotspot", "Library Free WiFi", "TP-Link_4F2A"]
SENT_SUBJECTS = ["Receipts for March", "Cover letter draft", "Saturday plans", "Photos from the trip",
                 "Question about the invoice", "Spare key"]
KEPT_FILES = ["rental_contract.pdf", "wifi_router_manual.pdf", "birth_certificate.pdf", "holiday_itinerary.docx",
              "sleep_sounds.mp3", "expenses_2026.xlsx"]
DAY_PLANS = ["Physio session", "Choir rehearsal", "Team lunch", "Driving lesson", "Pottery class", "Plumber visit"]


def count_forms(count: int) -> list[str]:
    return [str(count)] + ([WORDS[count]] if count < len(WORDS) else [])


def mentions_all(answer: str | None, names: list[str]) -> bool:
    """Every name appears in the answer (normalised, whole words)."""
    have = f" {normalize(answer or '')} "
    return bool(names) and all(f" {normalize(n)} " in have for n in names)


def first_named(answer: str | None, want: list[str], other: list[str]) -> bool:
    """One of ``want`` is in the answer and, if one of ``other`` is too, it comes first."""
    have = f" {normalize(answer or '')} "

    def at(forms: list[str]) -> int:
        found = [have.index(f" {normalize(f)} ") for f in forms if f" {normalize(f)} " in have]
        return min(found) if found else -1

    w, o = at(want), at(other)
    return w >= 0 and (o < 0 or w < o)


# ---- easy -----------------------------------------------------------------------------------------
class BrightnessLevel(QuestionTask):
    name = "unseen4_settings_brightness_level_question"
    apps = ("settings",)
    difficulty = "easy"
    goal = "What is my screen brightness set to?"
    goals = ("My screen looks a bit dim to me lately. What level is the brightness on right now, in percent?",
             "brightness level?",
             "Tell me the current display brightness.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"percent": rng.choice([25, 35, 45, 55, 65, 75, 85, 95])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("settings").state.brightness = params["percent"]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(device.app("settings").state.brightness)]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Settings")
        for row in device.app("settings").route("brightness")[0]:
            plan.tap_row(row)
        return plan.done(f"{params['percent']}%")


class WifiNetworksCount(QuestionTask):
    name = "unseen4_settings_wifi_networks_count_question"
    apps = ("settings",)
    difficulty = "easy"
    goal = "How many Wi-Fi networks can my phone see right now?"
    goals = ("I'm trying to work out how crowded the wifi is around here. How many networks are showing up nearby?",
             "nearby wifi networks: how many",
             "Count the Wi-Fi networks in range for me.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"networks": rng.sample(SSIDS, rng.randint(3, 6))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        state = device.app("settings").state
        state.networks = [WifiNetwork(ssid=s, secured=i % 3 != 2, signal=1 + i % 4) for i, s in enumerate(params["networks"])]
        state.wifi, state.airplane_mode, state.wifi_network = True, False, params["networks"][0]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return count_forms(len(device.app("settings").state.networks))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Settings")
        for row in device.app("settings").route("networks")[0]:
            plan.tap_row(row)
        return plan.done(self.expected(device, params)[0])


class FavouritePhotosCount(QuestionTask):
    name = "unseen4_gallery_favourites_count_question"
    apps = ("gallery",)
    difficulty = "easy"
    goal = "How many photos have I marked as favourites in Gallery?"
    goals = ("Quick one: I've been hearting pictures all year. How many favourite photos do I actually have?",
             "fav photos count",
             "In my gallery, count the favourites.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"count": rng.randint(1, 4), "pick": rng.randint(0, 9999)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        photos = device.app("gallery").state.photos
        chosen = {p.id for p in random.Random(params["pick"]).sample(photos, params["count"])}
        for photo in photos:
            photo.favourite = photo.id in chosen

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return count_forms(sum(p.favourite for p in device.app("gallery").state.photos))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Gallery").tap(text="Favourites").done(self.expected(device, params)[0])


class LastSentSubject(QuestionTask):
    name = "unseen4_mail_last_sent_subject_question"
    apps = ("mail",)
    difficulty = "easy"
    may_change = SEEN
    goal = "What was the subject of the last email I sent?"
    goals = ("I fired off an email earlier and can't remember what I called it. What's the subject line of the most "
             "recent mail I sent?",
             "subject of my latest sent email",
             "The email I sent most recently - what was its subject?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        newer, older = rng.sample(SENT_SUBJECTS, 2)
        first, second = two_people(rng)
        return {"newer": newer, "older": older, "to": [address_of(first), address_of(second)],
                "ago": rng.randint(30, 200)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail = device.app("mail")
        for subject, to, ago in ((params["older"], params["to"][1], params["ago"] + 400),
                                 (params["newer"], params["to"][0], params["ago"])):
            mail.send(to, subject, "See attached.").time = device.now - timedelta(minutes=ago)
        mail.receive("Gym Club", "hello@gym.example", "Class timetable", "New times from Monday.", minutes_ago=5)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [max(device.app("mail").in_folder("Sent"), key=lambda e: e.time).subject]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return first_named(answer, self.expected(device, params), [params["older"]])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Mail").tap(text="Sent").done(params["newer"])


class TimerSeconds(TaskTemplate):
    name = "unseen4_clock_timer_seconds"
    apps = ("clock",)
    difficulty = "easy"
    may_change = ("clock.timer",)
    goal = "Start a timer for {seconds} seconds."
    goals = ("My tea has to steep for exactly {seconds} seconds. Can you time that for me?",
             "{seconds}s timer",
             "Count down {seconds} seconds on the clock, please.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"seconds": rng.choice([20, 30, 40, 45, 50, 75, 90])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("clock").state.timer = Timer()

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        timer = device.app("clock").state.timer
        return timer.duration_s == params["seconds"] and timer.started_at is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock").tap(text="Timer")
        plan.type(str(params["seconds"]), resource_id=rid(CLOCK_PKG, "timer_seconds"))
        return plan.tap(resource_id=rid(CLOCK_PKG, "timer_start")).done()


class FavouriteFiles(QuestionTask):
    name = "unseen4_files_favourites_list_question"
    apps = ("files",)
    difficulty = "easy"
    goal = "Which files have I added to my favourites in Files?"
    goals = ("I starred a couple of files a while ago so I'd find them again, and now I forget which ones. What are "
             "they?",
             "starred files?",
             "List my favourite files.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"files": rng.sample(KEPT_FILES, 2), "folders": [rng.choice(["Downloads", "Documents", "Music"])
                                                                for _ in range(2)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        for item in app.state.files:
            item.favourite = False
        for name, folder in zip(params["files"], params["folders"]):
            for item in [f for f in app.state.files if f.name == name]:
                app.delete(item.id)
            app.add(name, folder, 300).favourite = True

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [f.name for f in device.app("files").in_folder("Favourites")]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return mentions_all(answer, self.expected(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files").tap_row("Favourites")
        return plan.done(" and ".join(self.expected(device, params)))


# ---- medium ---------------------------------------------------------------------------------------
class CopyAddress(TaskTemplate):
    name = "unseen4_contacts_copy_address"
    apps = ("contacts",)
    difficulty = "medium"
    may_change = ("contacts.contacts.*.address",)
    goal = "{b} has moved in with {a}. Give {b}'s contact the same address as {a}'s."
    goals = ("Good news, {b} and {a} live together now! Could you update {b} in my contacts so the address matches "
             "the one I have for {a}?",
             "{b} address = {a}'s address",
             "Copy {a}'s address into {b}'s contact card.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = two_people(rng)
        return {"a": a, "b": b, "address": street_address(rng), "old": street_address(rng),
                "phones": [phone_number(rng), phone_number(rng)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        old = params["old"] if params["old"] != params["address"] else ""
        ensure_contact(device, params["a"], params["phones"][0], address=params["address"])
        ensure_contact(device, params["b"], params["phones"][1], address=old)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        a, b = contact(device, params["a"]), contact(device, params["b"])
        return bool(a and b and normalize(a.address) == normalize(params["address"])
                    and normalize(b.address) == normalize(params["address"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["a"]).back()
        return edit_contact(plan, params["b"], "address", params["address"]).done()


class ClearDay(TaskTemplate):
    name = "unseen4_calendar_clear_day"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events",)
    goal = "Clear my calendar for {day_text}: delete everything on that day."
    goals = ("I'm taking {day_text} off sick, so none of that day's plans are happening. Take them all off my "
             "calendar.",
             "{day_text}: cancel all events",
             "Every event I have on {day_text} can go - remove them.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"day": sample_day(rng, 1, 4), "titles": rng.sample(DAY_PLANS, 2),
                "times": sorted(rng.sample(["08:30", "10:00", "12:15", "14:00", "16:45", "18:30"], 2))}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        day = date.fromisoformat(params["day"])
        cal.state.events = [e for e in cal.state.events if e.day != day]
        for title, start in zip(params["titles"], params["times"]):
            cal.add_event(title, day, start, "Room 12")
        for offset, title in ((-1, "Recycling pickup"), (1, "Call with bank")):  # neighbours that must stay
            cal.add_event(title, day + timedelta(days=offset), "09:00")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        day = date.fromisoformat(params["day"])
        kept = [e for e in device.app("calendar").state.events if e.day != day]
        titles = {normalize(e.title) for e in kept}
        others = len([e for e in kept if normalize(e.title) not in ("recycling pickup", "call with bank")])
        return (not device.app("calendar").on_day(day) and {"recycling pickup", "call with bank"} <= titles
                and others == self._others(device, params))

    def _others(self, device: Any, params: dict[str, Any]) -> int:
        """How many seeded events on other days a fresh phone has after setup (none may be deleted)."""
        from cascadroid.device.sim import SimDevice

        fresh = SimDevice(seed=device.seed)
        day = date.fromisoformat(params["day"])
        return len([e for e in fresh.app("calendar").state.events if e.day != day])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar")
        for _ in range((date.fromisoformat(params["day"]) - device.now.date()).days):
            plan.tap(content_desc="Next day")
        for title in params["titles"]:
            plan.tap_row(title).tap(resource_id=rid(CALENDAR_PKG, "delete_event"))
        return plan.done()


class BackOnline(TaskTemplate):
    name = "unseen4_settings_back_online_after_airplane"
    apps = ("settings",)
    difficulty = "medium"
    may_change = ("settings.airplane_mode", "settings.wifi", "settings.wifi_network", "settings.bluetooth")
    goal = "Get my phone back online over Wi-Fi; airplane mode is still on."
    goals = ("I landed an hour ago and my phone still has no internet. I think flight mode is still on from the "
             "trip. Can you sort it out so I'm back on Wi-Fi?",
             "plane mode off, wifi back on",
             "Turn airplane mode off and switch Wi-Fi on again.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"network": rng.choice(SSIDS[:4])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        state = device.app("settings").state
        if not any(n.ssid == params["network"] for n in state.networks):
            state.networks.insert(0, WifiNetwork(ssid=params["network"], secured=True, signal=4))
        state.wifi_network = params["network"]
        state.airplane_mode, state.wifi, state.bluetooth = True, False, False

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        state = device.app("settings").state
        return not state.airplane_mode and state.wifi and state.wifi_network is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = settings_route(Plan(device), "airplane_mode", False)
        for _ in device.app("settings").route("airplane_mode")[0]:
            plan.back()
        rows, target = device.app("settings").route("wifi", True)
        for row in rows:
            plan.tap_row(row)
        return plan.reveal(**target).tap(**target).done()


ALARMS = [(6, 30, "Gym"), (7, 15, "Wake up"), (9, 0, "Standup"), (13, 30, "Meds"), (17, 45, "Pick up kids"),
          (21, 45, "Lights out")]


class DeleteOffAlarms(TaskTemplate):
    name = "unseen4_clock_delete_switched_off_alarms"
    apps = ("clock",)
    difficulty = "medium"
    may_change = ("clock.alarms",)
    goal = "Delete all the alarms that are switched off."
    goals = ("My alarm list is a mess. Anything I've turned off I clearly don't need, so get rid of those and leave "
             "the active ones alone.",
             "clear out disabled alarms",
             "Which alarms are off? Delete them, keep the rest.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        alarms = sorted(rng.sample(range(len(ALARMS)), 5))
        return {"alarms": alarms, "off": sorted(rng.sample(alarms, 2))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for index in params["alarms"]:
            clock.add_alarm(*ALARMS[index], enabled=index not in params["off"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        have = sorted((a.hour, a.minute, a.label, a.enabled) for a in device.app("clock").state.alarms)
        want = sorted((*ALARMS[i], True) for i in params["alarms"] if i not in params["off"])
        return have == want

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Clock")
        for index in params["off"]:
            alarm = Alarm(id=0, hour=ALARMS[index][0], minute=ALARMS[index][1], label=ALARMS[index][2])
            desc = f"{alarm.time_text} {alarm.label}"
            plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=desc).tap(content_desc=desc)
            plan.tap(resource_id=rid(CLOCK_PKG, "delete")).tap(text="Delete")
        return plan.done()


PDFS = ["gas_bill_may.pdf", "concert_tickets.pdf", "warranty_tv.pdf", "school_form.pdf"]
OTHERS = ["holiday_photos.zip", "podcast_notes.txt", "recipe_scan.jpg", "old_budget.xlsx"]


class MovePdfs(TaskTemplate):
    name = "unseen4_files_move_all_pdfs"
    apps = ("files",)
    difficulty = "medium"
    may_change = ("files.files.*.folder",)
    goal = "Move all the PDFs in my Downloads folder to Documents."
    goals = ("My Downloads folder is cluttered. Any PDF sitting in there belongs in Documents instead - could you "
             "shift them over?",
             "Downloads pdfs -> Documents",
             "Every .pdf file from Downloads should end up in Documents.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"pdfs": rng.sample(PDFS, 2), "others": rng.sample(OTHERS, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        names = {*params["pdfs"], *params["others"]}
        app.state.files = [f for f in app.state.files if f.folder != "Downloads" and f.name not in names]
        for index, name in enumerate(params["pdfs"] + params["others"]):
            app.add(name, "Downloads", 200 + 150 * index)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("files")
        moved = all(app.named(n) is not None and app.named(n).folder == "Documents" for n in params["pdfs"])
        stayed = all(app.named(n) is not None and app.named(n).folder == "Downloads" for n in params["others"])
        return moved and stayed and not any(f.name.endswith(".pdf") for f in app.in_folder("Downloads"))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files").tap_row("Downloads")
        for index, name in enumerate(sorted(params["pdfs"], key=str.lower)):
            if index:
                plan.back()  # from the moved file's details to the folder
            plan.tap_row(name).tap(resource_id=rid(FILES_PKG, "move")).tap_row("Documents")
        return plan.done()


TEMPLATES = [BrightnessLevel, WifiNetworksCount, FavouritePhotosCount, LastSentSubject, TimerSeconds, FavouriteFiles,
             CopyAddress, ClearDay, BackOnline, DeleteOffAlarms, MovePdfs, *MEDIUM, *TWO_APPS]

__all__ = ["TEMPLATES"]
