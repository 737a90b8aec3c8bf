"""Calendar and Notes on the simulated phone, driven through their screens."""

from __future__ import annotations

from datetime import date

from cascadroid.device.script import back, open_app, run_script, swipe, tap, type_into
from cascadroid.device.sim import SimDevice
from cascadroid.device.types import Locator

CAL = "com.google.android.calendar:id/"
NOTES = "com.google.android.keep:id/"


def titles(phone: SimDevice) -> list[str]:
    return [e.text for e in phone.observe().elements if e.resource_id == "android:id/title"]


def new_event(phone: SimDevice, title: str, day: str, time: str, location: str = "") -> None:
    run_script(phone, [open_app("Calendar"), tap(content_desc="New event"),
                       type_into(title, resource_id=CAL + "event_title_field"),
                       type_into(day, resource_id=CAL + "event_date_field"),
                       type_into(time, resource_id=CAL + "event_time_field"),
                       type_into(location, resource_id=CAL + "event_location_field"),
                       tap(resource_id=CAL + "save")])


def test_create_an_event_and_find_it_in_day_view_and_agenda() -> None:
    phone = SimDevice(seed=1)
    calendar = phone.app("calendar")
    before = len(calendar.state.events)
    new_event(phone, "Vet appointment", "2026-03-18", "14:30", "Clinic on 3rd")
    assert len(calendar.state.events) == before + 1
    event = calendar.find("Vet appointment")[0]
    assert (event.day, event.start, event.location) == (date(2026, 3, 18), "14:30", "Clinic on 3rd")
    assert "Vet appointment" not in titles(phone)  # the day view shows today, Mar 16
    run_script(phone, [tap(content_desc="Next day"), tap(content_desc="Next day")])
    assert phone.observe().find(Locator(resource_id=CAL + "date_title")).text == "Wed, Mar 18"
    assert "Vet appointment" in titles(phone)
    run_script(phone, [tap(text="Agenda")])
    seen: list[str] = []
    for _ in range(5):
        seen += [t for t in titles(phone) if t not in seen]
        run_script(phone, [swipe("down", resource_id=CAL + "agenda_list")])
    agenda = [e.title for e in calendar.agenda()]
    assert seen == agenda and "Vet appointment" in seen


def test_edit_and_delete_an_event() -> None:
    phone = SimDevice(seed=2)
    calendar = phone.app("calendar")
    new_event(phone, "Tax advisor", "2026-03-16", "09:00")
    run_script(phone, [tap(resource_id="android:id/title", text="Tax advisor"), tap(content_desc="Edit event"),
                       type_into("16:15", resource_id=CAL + "event_time_field"), tap(resource_id=CAL + "save")])
    assert calendar.find("Tax advisor")[0].start == "16:15"
    assert phone.observe().find(Locator(resource_id=CAL + "event_time")) is not None  # back on the details
    run_script(phone, [tap(content_desc="Delete event")])
    assert calendar.find("Tax advisor") == []


def test_a_bad_date_is_refused_and_nothing_is_saved() -> None:
    phone = SimDevice(seed=3)
    calendar = phone.app("calendar")
    before = calendar.state.model_dump()
    new_event(phone, "Broken", "March 40th", "25:99")
    assert calendar.state.model_dump() == before
    obs = phone.observe()
    assert obs.find(Locator(resource_id=CAL + "event_title_field")) is not None  # still in the editor
    assert any("Use a date like" in e.text for e in obs.elements)


def test_notes_create_search_edit_delete() -> None:
    phone = SimDevice(seed=4)
    notes = phone.app("notes")
    count = len(notes.state.notes)
    run_script(phone, [open_app("Notes"), tap(content_desc="New note"), type_into("Trip", resource_id=NOTES + "title"),
                       type_into("Book the ferry", resource_id=NOTES + "body"), tap(resource_id=NOTES + "save")])
    assert len(notes.state.notes) == count + 1 and notes.titled("Trip")[0].body == "Book the ferry"
    assert titles(phone)[0] == "Trip"  # newest first
    run_script(phone, [type_into("ferry", resource_id=NOTES + "search")])
    assert titles(phone) == ["Trip"]
    run_script(phone, [back(), tap(resource_id="android:id/title", text="Trip"),
                       type_into("Book the ferry and the hotel", resource_id=NOTES + "body"),
                       tap(resource_id=NOTES + "save")])
    assert notes.titled("Trip")[0].body == "Book the ferry and the hotel"
    run_script(phone, [tap(resource_id="android:id/title", text="Trip"), tap(content_desc="Delete note")])
    assert notes.titled("Trip") == [] and len(notes.state.notes) == count


def test_an_empty_note_is_discarded_and_a_search_without_match_says_so() -> None:
    phone = SimDevice(seed=5)
    notes = phone.app("notes")
    before = notes.state.model_dump()
    run_script(phone, [open_app("Notes"), tap(content_desc="New note"), tap(resource_id=NOTES + "save")])
    assert notes.state.model_dump() == before
    run_script(phone, [type_into("zzzz", resource_id=NOTES + "search")])
    assert any(e.text == "No notes match 'zzzz'" for e in phone.observe().elements)
