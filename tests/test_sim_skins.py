"""Simulator skins: the pixel and vendor screens show the conventions real dumps have (switches
known by a sibling title or by content-desc with ON/OFF, U+2011 in "Wi‑Fi", a system-UI window
first, minified ids, hints as attributes, disabled buttons, Compose cells, a WebView known only
by its pixels, lists that need scrolling), and the classic screens stay as they were."""

from __future__ import annotations

import importlib.util

import pytest

from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.skins import minify
from cascadroid.device.types import Element, Locator, Observation, OpenApp, Tap, TypeText
from cascadroid.device.uiautomator import parse_observation
from cascadroid.errors import DeviceError

WIFI = "Wi\u2011Fi"


def _tap_text(phone: SimDevice, text: str) -> None:
    phone.act(Tap(element=_find(phone.observe(), text=text).id))


def _find(obs: Observation, **locator: str) -> Element:
    element = obs.find(Locator(**locator))
    assert element is not None, (locator, sorted({e.label for e in obs.elements if e.label}))
    return element


def _row_of(obs: Observation, element: Element) -> list[Element]:
    return [e for e in obs.elements if e.parent == element.parent]


def test_the_seed_draws_a_vendor_skin_and_a_named_one_is_kept() -> None:
    drawn = {SimDevice(seed=seed, skin=None).skin.name for seed in range(12)}
    assert drawn == {"pixel", "vendor"}
    assert SimDevice(seed=3, skin=None).skin == SimDevice(seed=3, skin=None).skin
    assert SimDevice(seed=3).skin.name == "classic"
    with pytest.raises(DeviceError) as info:
        SimDevice(seed=0, skin="sony")
    assert "pixel" in (info.value.hint or "")


def test_pixel_wifi_switch_has_no_text_and_its_title_is_a_sibling_in_the_row() -> None:
    phone = SimDevice(seed=1, skin="pixel")
    phone.act(OpenApp(app="Settings"))
    _tap_text(phone, "Network & internet")
    _tap_text(phone, "Internet")
    obs = phone.observe()
    title = _find(obs, text=WIFI)
    switch = next(e for e in _row_of(obs, title) if e.checkable)
    assert (switch.text, switch.content_desc, switch.cls) == ("", "", "android.view.View")
    assert "Wi-Fi" not in obs.xml  # U+2011, never the ASCII hyphen
    before = phone.app("settings").state.wifi
    _tap_text(phone, WIFI)
    assert phone.app("settings").state.wifi is not before


def test_vendor_wifi_row_opens_its_page_and_only_its_switch_flips_it() -> None:
    phone = SimDevice(seed=1, skin="vendor")
    phone.act(OpenApp(app="Settings"))
    _tap_text(phone, "Connections")
    obs = phone.observe()
    switch = _find(obs, content_desc=WIFI)
    assert switch.text in ("ON", "OFF") and switch.checkable
    assert _find(obs, text="Flight mode")  # not "Airplane mode"
    before = phone.app("settings").state.wifi
    _tap_text(phone, WIFI)
    assert phone.app("settings").state.wifi is before
    assert _find(phone.observe(), text="Available networks")
    phone.act({"kind": "back"})
    phone.act(Tap(element=_find(phone.observe(), content_desc=WIFI).id))
    assert phone.app("settings").state.wifi is not before


@pytest.mark.parametrize("skin", ["pixel", "vendor"])
def test_status_bar_is_its_own_system_ui_window_first_and_the_app_is_still_found(skin: str) -> None:
    phone = SimDevice(seed=2, skin=skin)
    phone.act(OpenApp(app="Contacts"))
    obs = phone.observe()
    roots = [e for e in obs.elements if e.parent is None]
    assert [r.package for r in roots] == ["com.android.systemui", "com.android.contacts"]
    assert parse_observation(obs.xml).package == "com.android.contacts"
    classic = SimDevice(seed=2)
    classic.act(OpenApp(app="Contacts"))
    assert len([e for e in classic.observe().elements if e.parent is None]) == 1


def test_vendor_minifies_shop_and_maps_ids_but_not_system_apps() -> None:
    vendor, classic = SimDevice(seed=0, skin="vendor"), SimDevice(seed=0)
    for phone in (vendor, classic):
        phone.act(OpenApp(app="Shop"))
    ids = {e.resource_id for e in vendor.observe().elements if e.resource_id.startswith("com.android.shop:")}
    assert f"com.android.shop:id/{minify('search')}" in ids and "com.android.shop:id/search" not in ids
    assert all(len(i.rsplit("/", 1)[1]) == 3 for i in ids)
    assert _find(classic.observe(), resource_id="com.android.shop:id/search")
    vendor.act(OpenApp(app="Contacts"))
    assert _find(vendor.observe(), resource_id="com.android.contacts:id/search")


def test_an_empty_field_has_its_hint_in_the_hint_attribute_not_its_text() -> None:
    phone = SimDevice(seed=0, skin="pixel")
    phone.act(OpenApp(app="Contacts"))
    field = _find(phone.observe(), resource_id="com.android.contacts:id/search")
    assert (field.text, field.hint) == ("", "Search contacts")
    assert 'hint="Search contacts"' in phone.observe().xml


def test_save_is_disabled_until_a_name_is_typed() -> None:
    phone = SimDevice(seed=0, skin="vendor")
    phone.act(OpenApp(app="Contacts"))
    phone.act(Tap(element=_find(phone.observe(), content_desc="Create contact").id))
    save = _find(phone.observe(), content_desc="Save")
    assert not save.enabled
    count = len(phone.app("contacts").state.contacts)
    phone.act(Tap(element=save.id))
    assert len(phone.app("contacts").state.contacts) == count
    name = _find(phone.observe(), resource_id="com.android.contacts:id/name_field")
    phone.act(TypeText(element=name.id, text="Ada Lovelace"))
    assert _find(phone.observe(), content_desc="Save").enabled


def test_pixel_call_action_is_an_unlabelled_compose_view_with_its_label_beside_it() -> None:
    phone = SimDevice(seed=0, skin="pixel")
    phone.act(OpenApp(app="Contacts"))
    phone.act(Tap(element=_find(phone.observe(), resource_id="com.android.contacts:id/contact_row").id))
    obs = phone.observe()
    call = _find(obs, resource_id="com.android.contacts:id/call_button")
    assert (call.cls, call.text, call.content_desc, call.clickable) == ("android.view.View", "", "", True)
    assert any(e.text == "Call" for e in _row_of(obs, call))


def test_the_shop_promo_is_a_webview_with_no_labelled_node() -> None:
    phone = SimDevice(seed=0, skin="vendor")
    phone.act(OpenApp(app="Shop"))
    obs = phone.observe()
    web = _find(obs, cls="android.webkit.WebView")
    assert (web.text, web.content_desc) == ("", "") and "Spring sale" not in obs.xml
    assert not [e for e in obs.elements if e.parent == web.id]


@pytest.mark.skipif(importlib.util.find_spec("rapidocr_onnxruntime") is None, reason="OCR extra not installed")
def test_the_shop_promo_is_readable_by_ocr_from_the_screenshot() -> None:
    from cascadroid.agents.perceptor import read_text_boxes

    phone = SimDevice(seed=0, skin="pixel")
    phone.act(OpenApp(app="Shop"))
    shot = phone.observe(screenshot=True).screenshot
    assert shot is not None
    assert "spring sale" in " ".join(text for text, _ in read_text_boxes(shot)).lower()


def test_vendor_settings_home_needs_scrolling_to_reach_about_phone() -> None:
    phone = SimDevice(seed=0, skin="vendor")
    phone.act(OpenApp(app="Settings"))
    assert phone.observe().find(Locator(text="About phone")) is None
    phone.act({"kind": "swipe", "direction": "down",
               "element": _find(phone.observe(), resource_id="com.android.settings:id/recycler_view").id})
    phone.act({"kind": "swipe", "direction": "down",
               "element": _find(phone.observe(), resource_id="com.android.settings:id/recycler_view").id})
    assert _find(phone.observe(), text="About phone")


def test_a_snapshot_restores_the_same_skin() -> None:
    phone = SimDevice(seed=4, skin="vendor")
    phone.act(OpenApp(app="Settings"))
    copy = SimDevice(seed=0)
    copy.restore(phone.snapshot())
    assert copy.skin.name == "vendor" and copy.observe().xml == phone.observe().xml
