"""The simulated phone honours deep links and intent actions as Android does: each lands on
the handling app's page with the link's values filled in, and nothing else changes."""

from __future__ import annotations

import pytest

from cascadroid.device import OpenUri
from cascadroid.device.sim import SimDevice
from cascadroid.errors import InvalidActionError


def _texts(phone: SimDevice) -> list[str]:
    return [e.text for e in phone.observe().elements if e.text]


def _opened(phone: SimDevice, **fields: str) -> list[str]:
    phone.act(OpenUri(**fields))
    return _texts(phone)


def test_tel_opens_the_dialer_with_the_number_filled_and_calls_no_one():
    phone = SimDevice(seed=0)
    calls_before = list(phone.state("phone")["call_log"])

    texts = _opened(phone, uri="tel:5550100")

    assert phone.foreground == "phone" and "5550100" in texts
    assert phone.state("phone")["call_log"] == calls_before


def test_smsto_opens_a_conversation_with_the_body_drafted_not_sent():
    phone = SimDevice(seed=0)
    threads_before = phone.state("messages")

    texts = _opened(phone, uri="smsto:5550100?body=Running%20late")

    assert phone.foreground == "messages" and "Running late" in texts and "5550100" in texts
    assert phone.state("messages") == threads_before


def test_geo_opens_a_maps_search_for_the_query():
    phone = SimDevice(seed=0)

    texts = _opened(phone, uri="geo:0,0?q=coffee")

    assert phone.foreground == "maps"
    assert phone.app("maps").screens[-1].query == "coffee" and "coffee" in texts


def test_mailto_opens_a_compose_addressed_with_the_subject():
    phone = SimDevice(seed=0)

    texts = _opened(phone, uri="mailto:ana@example.com?subject=Lunch&body=Noon%3F")

    assert phone.foreground == "mail" and {"ana@example.com", "Lunch", "Noon?"} <= set(texts)


def test_a_calendar_insert_opens_a_new_event_with_the_title():
    phone = SimDevice(seed=0)
    events_before = phone.state("calendar")

    texts = _opened(phone, uri="content://com.android.calendar/events?title=Dentist",
                    action="android.intent.action.INSERT")

    assert phone.foreground == "calendar" and {"New event", "Dentist"} <= set(texts)
    assert phone.state("calendar") == events_before  # nothing saved until the user saves


def test_an_https_link_loads_in_the_browser():
    phone = SimDevice(seed=0)
    url = phone.state("browser")["pages"][0]["url"]

    texts = _opened(phone, uri=f"https://{url}")

    assert phone.foreground == "browser" and url in texts


def test_an_apps_own_scheme_opens_that_app():
    phone = SimDevice(seed=0)

    _opened(phone, uri="notes://")

    assert phone.foreground == "notes"


@pytest.mark.parametrize("skin", ["classic", "pixel", "vendor"])
@pytest.mark.parametrize(("intent", "titles"), [
    ("android.settings.WIFI_SETTINGS", {"Wi-Fi", "Wi\u2011Fi", "Internet"}),
    ("android.settings.BLUETOOTH_SETTINGS", {"Bluetooth", "Connected devices"}),
    ("android.settings.DISPLAY_SETTINGS", {"Display"})])
def test_a_settings_intent_opens_that_page_on_every_skin(skin, intent, titles):
    phone = SimDevice(seed=0, skin=skin)

    phone.act(OpenUri(action=intent))
    labels = [e.text or e.content_desc for e in phone.observe().elements if e.text or e.content_desc]

    assert phone.foreground == "settings" and "Navigate up" in labels  # a page, not the Settings home
    assert labels[labels.index("Navigate up") + 1] in titles


@pytest.mark.parametrize("fields", [{"uri": "tel:5550100", "package": "com.example.other"},
                                    {"uri": "spotify:track:1"}, {"action": "android.settings.NOT_A_PAGE"},
                                    {"uri": "tel:1", "action": "android.intent.action.DELETE"}])
def test_a_link_nothing_handles_is_refused_and_changes_nothing(fields):
    phone = SimDevice(seed=0)
    before = (phone.export_state(), _texts(phone))

    with pytest.raises(InvalidActionError) as caught:
        phone.act(OpenUri(**fields))

    assert caught.value.hint and (phone.export_state(), _texts(phone)) == before


def test_back_from_a_deep_linked_page_returns_within_the_app_and_a_snapshot_restores_it():
    phone = SimDevice(seed=0)
    phone.act(OpenUri(action="android.settings.WIFI_SETTINGS"))
    snapshot, shown = phone.snapshot(), _texts(phone)

    restored = SimDevice(seed=0)
    restored.restore(snapshot)

    assert _texts(restored) == shown
