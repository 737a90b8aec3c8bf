"""Interruptions recognised and decided on real-convention screens (hand-written uiautomator dumps
in tests/fixtures/interruptions: the permission controller and the old package installer, a
store's rating sheet and an app's rating prompt, "isn't responding" dialogs, update prompts, a
spinner), in English, German, Spanish, French and Japanese; and screens that are no interruption."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascadroid.agents.interruptions import Context, Interruption, decide, names_app, recognise
from cascadroid.device.uiautomator import parse_observation

FIXTURES = Path(__file__).parent / "fixtures" / "interruptions"
APPS = ["Maps", "Signal", "Notes", "Recetas", "マップ", "Clock", "Contacts"]


def _screen(name: str):
    return parse_observation((FIXTURES / name).read_text(encoding="utf-8"), width=1080, height=2400)


def _context(task: str = "", *, app: str = "com.example.app", last: str = "open_app", handled=()) -> Context:
    return Context(task=task, apps=APPS, app_package=app, last_action=last, handled=list(handled))


def _pressed(obs, decision) -> str:
    """What the decision does on this screen: the text of the tapped element, or the action kind."""
    action = decision.action
    if action["kind"] == "tap":
        return obs.element(action["element"]).text
    return action["kind"]


@pytest.mark.parametrize(("fixture", "kind", "pressed"), [
    ("rating_apprater_es.xml", "rating", "NO, GRACIAS"),
    ("rating_play_in_app_review.xml", "rating", "Not now"),
    ("update_play_en.xml", "update", "No thanks"),
    ("update_custom_fr.xml", "update", "Plus tard"),
    ("anr_maps_ja.xml", "system", "待機"),
    ("anr_clock_android7.xml", "system", "WAIT"),
    ("loading_spinner.xml", "loading", "wait"),
])
def test_each_kind_is_recognised_by_structure_and_got_out_of_the_way(fixture, kind, pressed):
    obs = _screen(fixture)
    found = recognise(obs, _context("Find a recipe for paella"))
    assert found is not None and found.kind == kind
    decision = decide(found, _context("Find a recipe for paella"))
    assert decision is not None and _pressed(obs, decision) == pressed


def test_a_system_dialog_that_comes_back_is_closed():
    obs = _screen("anr_maps_ja.xml")
    found = recognise(obs, _context())
    assert found.requester == "マップ"  # the app named in the title, in a script without spaces
    again = decide(found, _context(handled=[found.signature, "rating|x|y"]))
    assert _pressed(obs, again) == "アプリを閉じる"


def test_permission_from_an_app_the_task_does_not_name_is_denied():
    obs = _screen("permission_location_pixel.xml")
    found = recognise(obs, _context("Text Ines the address of the best sushi place"))
    assert found.kind == "permission" and found.requester == "Maps"
    decision = decide(found, _context("Text Ines the address of the best sushi place"))
    assert _pressed(obs, decision) == "Don’t allow" and "denied" in decision.reason


def test_permission_for_the_app_the_task_names_is_granted_while_in_use():
    obs = _screen("permission_location_pixel.xml")
    task = "Open Maps and save the nearest bakery"
    decision = decide(recognise(obs, _context(task)), _context(task))
    assert _pressed(obs, decision) == "While using the app"


def test_old_package_installer_dialog_in_german_follows_the_policy():
    obs = _screen("permission_contacts_installer_de.xml")
    found = recognise(obs, _context())
    assert found.kind == "permission" and found.requester == "Signal"
    named = "Schreibe Anna in Signal: Hallo"
    assert _pressed(obs, decide(found, _context(named))) == "ZULASSEN"
    assert _pressed(obs, decide(found, _context("Schreibe Anna: Hallo"))) == "ABLEHNEN"
    assert _pressed(obs, decide(found, _context(named), permissions="deny")) == "ABLEHNEN"
    assert _pressed(obs, decide(found, _context("Schreibe Anna: Hallo"), permissions="grant")) == "ZULASSEN"


def test_a_permission_request_from_no_known_app_is_denied_even_when_the_task_names_apps():
    found = Interruption(kind="permission", package="com.google.android.permissioncontroller",
                         title="Allow this app to record audio?", buttons={"allow": 3, "deny": 4})
    assert decide(found, _context("Open Maps")).action == {"kind": "tap", "element": 4}


@pytest.mark.parametrize("fixture", ["confirm_delete_fr.xml", "settings_app_permission.xml"])
def test_the_apps_own_dialog_and_a_settings_page_are_no_interruption(fixture):
    obs = _screen(fixture)
    after_a_tap = _context("Delete the contact Ana", app=obs.package, last="tap")
    assert recognise(obs, after_a_tap) is None


def test_an_unprompted_dialog_from_another_package_is_dismissed_but_the_apps_own_is_left_alone():
    obs = _screen("confirm_delete_fr.xml")  # an AlertDialog with no rating/update words
    foreign = recognise(obs, _context(app="com.example.other", last="open_app"))
    assert foreign is not None and foreign.kind == "dialog"
    assert _pressed(obs, decide(foreign, _context())) == "Annuler"
    assert recognise(obs, _context(app=obs.package, last="open_app")) is None


def test_a_task_about_rating_keeps_the_rating_prompt():
    obs = _screen("rating_play_in_app_review.xml")
    assert recognise(obs, _context("Rate this app 5 stars", app=obs.package, last="tap")) is None


def test_the_same_interruption_handled_again_and_again_is_left_to_the_model():
    obs = _screen("update_play_en.xml")
    found = recognise(obs, _context())
    assert decide(found, _context(handled=[found.signature] * 2)) is not None
    assert decide(found, _context(handled=[found.signature] * 3)) is None


def test_a_pop_up_with_no_dismiss_button_is_backed_out_of():
    found = Interruption(kind="promo", package="com.example", title="Go premium", buttons={"positive": 5})
    assert decide(found, _context()).action["kind"] == "back"


def test_app_names_match_whole_words_in_any_script():
    assert names_app("Open Maps and search", "Maps")
    assert not names_app("Open Mapsforge", "Maps")
    assert names_app("「マップ」は応答していません", "マップ")
    assert names_app("Wi\u2011Fi settings", "Wi-Fi")


def test_a_task_about_the_permission_itself_leaves_the_request_to_the_model():
    obs = _screen("permission_location_pixel.xml")
    assert recognise(obs, _context("Allow location access")) is None
    assert recognise(obs, _context("Erlaube den Standortzugriff: Berechtigung erteilen")) is None


def test_a_name_in_the_task_is_no_permission_word():
    obs = _screen("permission_location_pixel.xml")
    found = recognise(obs, _context("Delete the contact Greta Grant"))
    assert found is not None and found.kind == "permission"
