"""More tasks on Clock, Calendar, Maps, Shop and Settings (beyond system.py, productivity.py, places.py)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from ...script import Step
from ..apps.maps import CUISINES
from .base import QuestionTask, TaskTemplate, normalize
from .common import CALENDAR_PKG, CLOCK_PKG, day_text, open_event, open_place, open_product
from .places import best_place, product, products
from .plan import Plan, rid
from .productivity import CalendarCreateEvent, events_titled, sample_day, sample_time
from .system import ClockAddAlarm, add_alarm_fields

MAPS_PKG = "com.android.maps"


class AlarmTask(TaskTemplate):
    """Setup: one enabled alarm ``label`` at ``hour``:``minute`` (no other at that time)."""

    apps = ("clock",)
    difficulty = "medium"

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"hour": rng.choice([6, 7, 8, 9, 14, 18, 21]), "minute": rng.choice([0, 15, 30, 45]),
                "label": rng.choice(["Gym", "Meds", "Walk the dog", "Water plants"])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"time": f"{params['hour']:02d}:{params['minute']:02d}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ClockAddAlarm().setup(device, params)
        device.app("clock").add_alarm(params["hour"], params["minute"], params["label"], enabled=True)

    def alarms(self, device: Any, params: dict[str, Any]) -> list[Any]:
        return [a for a in device.app("clock").state.alarms if (a.hour, a.minute) == (params["hour"], params["minute"])]

    def show(self, device: Any, params: dict[str, Any]) -> Plan:
        time = self.goal_fields(params)["time"]
        plan = Plan(device).open("Clock")
        return plan.scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=f"{time} alarm")


class EventTask(TaskTemplate):
    """Setup: one event ``title`` on ``day`` at ``time`` at a location (no other with that title)."""

    apps = ("calendar",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Vet appointment", "Tax advisor", "Guitar lesson", "Museum visit"]),
                "day": sample_day(rng), "time": sample_time(rng), "location": rng.choice(["Room 12", "Cafe Nord"])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        CalendarCreateEvent().setup(device, params)
        device.app("calendar").add_event(params["title"], date.fromisoformat(params["day"]), params["time"],
                                         params["location"])

    def event(self, device: Any, params: dict[str, Any]) -> Any:
        found = events_titled(device, params["title"])
        return found[0] if len(found) == 1 else None


class BestPlaceTask(TaskTemplate):
    apps = ("maps",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"cuisine": rng.choice(sorted(CUISINES))}

    def show_best(self, device: Any, params: dict[str, Any]) -> Plan:
        return open_place(Plan(device), params["cuisine"], best_place(device, params["cuisine"]).name)


# ---- Clock --------------------------------------------------------------------------------------
class ClockEnableAlarm(AlarmTask):
    name = "clock_enable_alarm"
    tags = ("clock", "alarm", "toggle")
    may_change = ("clock.alarms.*.enabled",)
    goal = "Switch on my \"{label}\" alarm at {time}."
    goals = ("Turn the {time} alarm ({label}) back on.",
             "I disabled the \"{label}\" alarm at {time} last week - please enable it again.",
             "enable alarm {time} {label}")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        for alarm in self.alarms(device, params):
            alarm.enabled = False

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        alarms = self.alarms(device, params)
        return bool(alarms) and all(a.enabled for a in alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        time = self.goal_fields(params)["time"]
        return self.show(device, params).tap(content_desc=f"{time} alarm").done()


class ClockChangeAlarmTime(AlarmTask):
    name = "clock_change_alarm_time"
    tags = ("clock", "alarm", "edit")
    may_change = ("clock.alarms.*.hour", "clock.alarms.*.minute")
    goal = "Move my \"{label}\" alarm from {time} to {new_time}."
    goals = ("Change the {label} alarm so it rings at {new_time} instead of {time}.",
             "The \"{label}\" alarm at {time} is too early/late; please set it to {new_time}.",
             "alarm {label}: {time} -> {new_time}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        hour = (params["hour"] + rng.randint(1, 3)) % 24
        return {**params, "new_hour": hour, "new_minute": rng.choice([5, 25, 35, 55])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {**super().goal_fields(params), "new_time": f"{params['new_hour']:02d}:{params['new_minute']:02d}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any((a.hour, a.minute) == (params["new_hour"], params["new_minute"])
                   and normalize(a.label) == normalize(params["label"]) for a in device.app("clock").state.alarms) \
            and not self.alarms(device, params)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        time = self.goal_fields(params)["time"]
        plan = self.show(device, params).tap(content_desc=f"{time} {params['label']}")
        add_alarm_fields(plan, params["new_hour"], params["new_minute"])
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


class ClockAlarmsOnQuestion(QuestionTask):
    name = "clock_alarms_on_question"
    apps = ("clock",)
    difficulty = "medium"
    tags = ("clock", "question", "count")
    goal = "How many of my alarms are switched on?"
    goals = ("Count the enabled alarms in Clock.",
             "I keep waking up to alarms - how many of them are actually turned on right now?",
             "alarms on: how many?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"extra": [(rng.randint(5, 22), rng.choice([0, 30]), rng.random() < 0.5) for _ in range(rng.randint(1, 3))]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for hour, minute, on in params["extra"]:
            device.app("clock").add_alarm(hour, minute, "", enabled=on)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(sum(1 for a in device.app("clock").state.alarms if a.enabled))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Clock").done(self.expected(device, params)[0])


# ---- Calendar -----------------------------------------------------------------------------------
class CalendarRenameEvent(EventTask):
    name = "calendar_rename_event"
    difficulty = "medium"
    tags = ("calendar", "edit")
    may_change = ("calendar.events.*.title",)
    goal = "Rename \"{title}\" on {day_text} to \"{new_title}\"."
    goals = ("Change the title of my {title} event ({day_text}) to {new_title}.",
             "The calendar entry \"{title}\" on {day_text} should be called \"{new_title}\" - please rename it.",
             "event {title} -> {new_title}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "new_title": f"{params['title']} ({rng.choice(['moved', 'confirmed', 'online'])})"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not events_titled(device, params["title"]) and len(events_titled(device, params["new_title"])) == 1

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["new_title"], resource_id=rid(CALENDAR_PKG, "event_title_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class CalendarChangeLocation(EventTask):
    name = "calendar_change_location"
    difficulty = "medium"
    tags = ("calendar", "edit")
    may_change = ("calendar.events.*.location",)
    goal = "Change the location of \"{title}\" on {day_text} to {new_location}."
    goals = ("{title} ({day_text}) now happens at {new_location}; update the event.",
             "Heads up, \"{title}\" on {day_text} moved to {new_location} - could you fix the place in my calendar?",
             "event {title}: location = {new_location}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "new_location": rng.choice(["Harbor Hall", "Town Library", "Studio 5"])}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        event = self.event(device, params)
        return event is not None and normalize(event.location) == normalize(params["new_location"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["new_location"], resource_id=rid(CALENDAR_PKG, "event_location_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class CalendarLocationQuestion(EventTask, QuestionTask):
    name = "calendar_event_location_question"
    difficulty = "easy"
    tags = ("calendar", "question")
    goal = "Where is \"{title}\" on {day_text}?"
    goals = ("What's the location of my {title} event on {day_text}?",
             "I need to plan the trip: where does \"{title}\" on {day_text} take place?",
             "{title} location?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        event = self.event(device, params)
        return [event.location] if event and event.location else []

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_event(Plan(device), params["title"]).done(self.expected(device, params)[0])


# ---- Maps and Shop --------------------------------------------------------------------------------
class MapsPhoneQuestion(BestPlaceTask, QuestionTask):
    name = "maps_best_place_phone_question"
    difficulty = "medium"
    tags = ("maps", "question", "compare")
    goal = "What is the phone number of the best-rated {cuisine} restaurant in Maps?"
    goals = ("Give me the number of the top-rated {cuisine} place.",
             "I want to book a table at the best {cuisine} restaurant around - what's their phone number?",
             "best {cuisine} restaurant: phone?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [best_place(device, params["cuisine"]).phone]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.show_best(device, params).done(self.expected(device, params)[0])


class MapsUnsaveBest(BestPlaceTask):
    name = "maps_unsave_place"
    difficulty = "medium"
    tags = ("maps", "save")
    may_change = ("maps.saved",)
    goal = "Remove the best-rated {cuisine} restaurant from my saved places."
    goals = ("Unsave the top {cuisine} restaurant in Maps.",
             "I'm done with the best-rated {cuisine} place I saved in Maps - please take it off my list.",
             "unsave best {cuisine}")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        maps = device.app("maps")
        best = best_place(device, params["cuisine"]).id
        maps.state.saved = [best] + [i for i in maps.state.saved if i != best]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return best_place(device, params["cuisine"]).id not in device.app("maps").state.saved

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.show_best(device, params).tap(resource_id=rid(MAPS_PKG, "save_button")).done()


class ShopRatingQuestion(QuestionTask):
    name = "shop_rating_question"
    apps = ("shop",)
    difficulty = "easy"
    tags = ("shop", "question")
    goal = "What star rating does \"{product}\" have in Shop?"
    goals = ("How well is {product} rated in Shop?",
             "Before I buy {product}, can you check its rating in the Shop app?",
             "{product} rating?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0]}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [f"{product(device, params['product']).rating:.1f}"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_product(Plan(device), params["product"]).done(self.expected(device, params)[0])


class SettingsNetworkQuestion(QuestionTask):
    name = "settings_wifi_network_question"
    apps = ("settings",)
    difficulty = "medium"
    tags = ("settings", "question", "network")
    goal = "Which Wi-Fi network is my phone connected to?"
    goals = ("Name the Wi-Fi network I'm on right now.",
             "A guest asks which Wi-Fi we're using - can you check in Settings which network the phone is connected to?",
             "current wifi ssid?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"network": rng.choice(["HomeNet", "Office-5G", "NETGEAR42", "TP-Link_4F2A"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.settings import WifiNetwork

        state = device.app("settings").state
        state.wifi, state.airplane_mode = True, False
        if not any(n.ssid == params["network"] for n in state.networks):
            state.networks.append(WifiNetwork(ssid=params["network"], signal=4))
        state.wifi_network = params["network"]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [device.app("settings").state.wifi_network or ""]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        rows, _ = plan.phone.app("settings").route("wifi", True)
        plan.open("Settings")
        for row in rows:
            plan.tap_row(row)
        return plan.done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    ClockEnableAlarm, ClockChangeAlarmTime, ClockAlarmsOnQuestion, CalendarRenameEvent, CalendarChangeLocation,
    CalendarLocationQuestion, MapsPhoneQuestion, MapsUnsaveBest, ShopRatingQuestion, SettingsNetworkQuestion,
)
