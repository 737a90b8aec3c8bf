"""Perception and ranking on real-convention screens (hand-written uiautomator dumps in
tests/fixtures/real_screens, each with a task and its right first action)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from cascadroid.agents.candidates import rank
from cascadroid.agents.labels import id_words
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.text import normalize, words
from cascadroid.device.types import AppInfo, Bounds, Element, Locator
from cascadroid.device.uiautomator import parse_observation

_spec = importlib.util.spec_from_file_location(
    "bench_real_screens", Path(__file__).resolve().parent.parent / "benchmarks" / "bench_real_screens.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_real_screens", bench)  # dataclasses look their module up there
_spec.loader.exec_module(bench)

FIXTURES = {f.name: f for f in bench.load_fixtures()}
HAS_OCR = importlib.util.find_spec("rapidocr_onnxruntime") is not None
needs_ocr = pytest.mark.skipif(not HAS_OCR, reason="OCR fixtures need cascadroid[ocr] (rapidocr-onnxruntime)")


def screen_of(name: str):
    fixture = FIXTURES[name]
    observation = parse_observation(fixture.xml)
    return observation, perceive(observation)


def line_of(screen, element_id: int) -> str:
    return next(line for line in screen.lines if line.startswith(f"[{element_id}]"))


def find(observation, **fields) -> Element:
    return next(e for e in observation.elements if all(getattr(e, k) == v for k, v in fields.items()))


def test_there_are_enough_fixtures_in_both_sets():
    splits = [f.split for f in FIXTURES.values()]
    assert len(splits) >= 30 and splits.count("heldout") >= 10


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_every_fixture_parses_into_a_screen(name):
    fixture = FIXTURES[name]
    observation = parse_observation(fixture.xml)
    assert observation.elements and observation.width > 0 and observation.height > 0
    if fixture.package:
        assert observation.package == fixture.package
    screen = perceive(observation)  # canvas fixtures say nothing without their screenshot (OCR test below)
    assert (screen.lines or fixture.screenshot) and all(len(line) < 220 for line in screen.lines)


def _written_before_the_seventh_session(name: str) -> bool:
    """d01-d47 and h01-h28. The blind held-out batch h29-h53 (written in the seventh session, never
    tuned on) is measured and reported by the bench, not held to a bar here."""
    number = int(name[1:].split("_")[0])  # h100 and later have three digits
    return (name[0] == "d" and number <= 47) or (name[0] == "h" and number <= 28)


def test_first_action_is_right_for_90_percent_of_the_tree_fixtures_written_before_the_blind_batch():
    """Candidate 1 alone (no model); canvas fixtures are measured with OCR below."""
    tree = [f for f in FIXTURES.values() if f.screenshot is None and _written_before_the_seventh_session(f.name)]
    assert len(tree) == 73  # the set this bar was set on: a fixture added later must not slip in
    right = [f.name for f in tree if bench.is_right(f, *_first(f))]
    assert len(right) >= 0.9 * len(tree), sorted(set(FIXTURES) - set(right))


def _first(fixture, ocr=None):
    observation, screen, ranked = bench.first_candidates(bench.current(), fixture, ocr)
    return observation, screen, ranked[0].action


@needs_ocr
@pytest.mark.parametrize("name", sorted(n for n, f in FIXTURES.items() if f.screenshot))
def test_a_canvas_screen_is_read_from_its_screenshot_and_its_button_ranks_first(name):
    fixture = FIXTURES[name]
    observation, screen, action = _first(fixture)
    assert screen.source == "tree+ocr" and screen.from_ocr
    assert all(i >= len(observation.elements) for i in screen.from_ocr)
    assert bench.is_right(fixture, observation, screen, action), action


@pytest.mark.parametrize("task", ["Turn Wi-Fi off", "Turn Wi‑Fi off", "disable wifi", "switch off Wi-Fi",
                                  "turn off the wi-fi please", "Wi-Fi off", "Could you disable WiFi?",
                                  "I want wifi disabled", "make sure Wi‑Fi is turned off", "WLAN ausschalten",
                                  "desactivar wifi", "Wi-Fi 끄기", "关闭WLAN"])
def test_wifi_off_in_any_wording_ranks_the_wifi_switch_first_on_network_and_internet(task):
    observation, screen = screen_of("d01_pixel_network_wifi_off")
    switch = find(observation, content_desc="Wi\u2011Fi")
    best = rank(task, "", screen, [], [])[0]
    assert best.action == {"kind": "tap", "element": switch.id}, best.text


def test_a_switch_already_in_the_wanted_state_is_not_tapped_and_finishing_is_offered():
    observation, screen = screen_of("d01_pixel_network_wifi_off")
    ranked = rank("Turn Wi-Fi on", "", screen, [], [])
    assert ranked[0].action == {"kind": "done"}


def test_a_switch_keeps_its_description_and_its_state_text():
    observation, screen = screen_of("d01_pixel_network_wifi_off")
    switch = find(observation, content_desc="Wi\u2011Fi")
    assert screen.labels[switch.id] == "Wi-Fi | ON" and screen.checked[switch.id] is True


def test_a_compose_switch_with_no_text_is_named_by_its_row_title():
    observation, screen = screen_of("h06_compose_switch_notifications")
    switch = next(e for e in observation.elements if e.checkable and e.checked)
    assert screen.labels[switch.id] == "Notifications" and switch.id in screen.borrowed
    assert "named by its row" in line_of(screen, switch.id)


def test_an_empty_chat_input_is_listed_and_named_by_its_placeholder_and_send_is_disabled():
    observation, screen = screen_of("d05_messages_compose_reply")
    field = find(observation, cls="android.widget.EditText")
    send = find(observation, content_desc="Send SMS")
    assert screen.labels[field.id] == "Text message" and field.id in screen.editable
    assert send.id in screen.disabled and send.id not in screen.actionable
    assert "disabled" in line_of(screen, send.id)


def test_a_messaging_row_keeps_who_said_what():
    observation, screen = screen_of("d05_messages_compose_reply")
    bubble = find(observation, content_desc="Maria Gonzalez said Dinner at 7? 6:02 PM")
    assert screen.labels[bubble.id] == "Maria Gonzalez said Dinner at 7? 6:02 PM"  # the child text is not repeated


def test_a_password_field_is_named_by_its_hint_and_marked():
    observation, screen = screen_of("d22_login_password_hint")
    field = find(observation, resource_id="com.example.bank:id/password")
    assert field.hint == "Password" and field.is_editable
    assert screen.labels[field.id] == "Password" and "password" in line_of(screen, field.id)
    email = find(observation, resource_id="com.example.bank:id/email")
    assert line_of(screen, email.id).startswith(f'[{email.id}] EditText "Email" = "jo@example.com"')


@pytest.mark.parametrize("cls, password, hint, editable", [
    ("android.widget.AutoCompleteTextView", False, "", True), ("androidx.compose.material3.TextField", False, "", True),
    ("com.google.android.material.textfield.TextInputEditText", False, "", True), ("android.view.View", True, "", True),
    ("com.example.ChipInput", False, "Add recipients", True),
    ("com.google.android.material.textfield.TextInputLayout", False, "", False), ("android.widget.TextView", False, "", False),
])
def test_fields_are_recognised_beyond_edittext(cls, password, hint, editable):
    element = Element(id=0, cls=cls, password=password, hint=hint, focusable=True,
                      bounds=Bounds(left=0, top=0, right=10, bottom=10))
    assert element.is_editable is editable


def test_obfuscated_resource_ids_are_never_labels():
    observation, screen = screen_of("d13_wechat_open_chat")
    assert not any(label in ("ngl", "gm8", "cj1", "kbq") for label in screen.labels.values())
    assert id_words("com.tencent.mm:id/ngl") == "" and id_words("x:id/a1b") == ""
    assert id_words("com.google.android.gm:id/compose_button") == "compose button"


def test_long_texts_are_capped_and_webview_rows_stay_separate():
    observation, screen = screen_of("d19_webview_pricing_link")
    assert max(len(line) for line in screen.lines) < 140
    assert any(line.rstrip().endswith("…") for line in screen.lines)
    links = [screen.labels[i] for i in screen.actionable if screen.labels[i] in ("Home", "Pricing", "Blog")]
    assert links == ["Home", "Pricing", "Blog"]


@pytest.mark.parametrize("name, package", [
    ("d21_multiwindow_systemui_first", "com.android.settings"),
    ("h09_multiwindow_search_keyboard", "com.android.chrome"),
    ("d25_quick_settings_flashlight", "com.android.systemui"),
])
def test_the_foreground_package_is_the_app_window_not_the_status_bar(name, package):
    assert parse_observation(FIXTURES[name].xml).package == package


def test_unicode_is_normalised_before_matching():
    for variant in ("Wi\u2011Fi", "Wi\u2010Fi", "Wi\u2013Fi", "Wi\u2014Fi", "Wi\u2212Fi", "WI-FI", "wifi", "Ｗｉ－Ｆｉ"):
        assert words(variant) == {"wifi"}, variant
    assert normalize("Über\u00a0Café\u202f–\u2009menu") == "über café - menu"
    assert words("Über Café") == {"über", "café"}


@pytest.mark.parametrize("label, task", [
    ("张伟", "打开与张伟的聊天"), ("友だち追加", "友だち追加を開く"), ("김민수", "김민수와의 채팅방 열기"),
    ("الرياضة", "افتح قسم الرياضة"), ("Сообщения", "Открой сообщения"), ("ตั้งค่า", "เปิดตั้งค่า"),
])
def test_words_match_in_any_script(label, task):
    assert words(label) and words(label) & words(task)


def test_rank_takes_device_apps_or_plain_labels_and_knows_the_current_app_by_package():
    observation, screen = screen_of("d27_open_spotify_from_chrome")
    apps = FIXTURES["d27_open_spotify_from_chrome"].apps
    task = "Play my Discover Weekly on Spotify"
    assert rank(task, "", screen, apps, [])[0].action == {"kind": "open_app", "app": "Spotify"}
    assert rank(task, "", screen, [a.label for a in apps], [])[0].action == {"kind": "open_app", "app": "Spotify"}
    inside = screen.model_copy(update={"package": "com.spotify.music"})
    offered = [c for c in rank(task, "", inside, apps, [], limit=20) if c.action.get("app") == "Spotify"]
    assert offered and offered[0].score < 0  # already in Spotify: opening it again is not progress


def test_the_app_a_task_needs_comes_from_the_devices_labels_and_packages():
    apps = [AppInfo(label="Telefon", package="com.samsung.android.dialer"),
            AppInfo(label="Signal", package="org.thoughtcrime.securesms"),
            AppInfo(label="Einstellungen", package="com.android.settings")]
    observation, screen = screen_of("d27_open_spotify_from_chrome")
    assert rank("Call mom", "", screen, apps, [])[0].action == {"kind": "open_app", "app": "Telefon"}
    assert rank("turn bluetooth on", "", screen, apps, [])[0].action == {"kind": "open_app", "app": "Einstellungen"}
    assert rank("Open Signal", "", screen, apps, [])[0].action == {"kind": "open_app", "app": "Signal"}


@pytest.mark.parametrize("name", ["d12_social_follow_natgeo", "h13_feed_like_post", "h08_webview_shop_add_to_cart"])
def test_a_verb_button_in_the_row_that_names_the_object_ranks_first(name):
    fixture = FIXTURES[name]
    assert bench.is_right(fixture, *_first(fixture))


def _window(package: str, bounds: str, text: str = "") -> str:
    return (f'<node class="android.widget.FrameLayout" package="{package}" bounds="{bounds}">'
            f'<node class="android.widget.TextView" package="{package}" text="{text}" bounds="{bounds}"/></node>')


@pytest.mark.parametrize("windows, package", [
    ([("com.android.systemui", "[0,0][1080,136]"), ("com.google.android.permissioncontroller", "[60,800][1020,1700]"),
      ("com.example.app", "[0,0][1080,2400]")], "com.google.android.permissioncontroller"),
    ([("com.facebook.orca", "[900,400][1060,560]"), ("com.example.app", "[0,0][1080,2400]")], "com.example.app"),
    ([("com.android.systemui", "[0,0][1080,2400]")], "com.android.systemui"),
])
def test_the_foreground_window_is_the_first_app_window_that_is_not_an_overlay(windows, package):
    xml = "<hierarchy>" + "".join(_window(p, b, "x") for p, b in windows) + "</hierarchy>"
    assert parse_observation(xml).package == package


def test_elements_out_of_view_are_not_listed():
    xml = ("<hierarchy><node class='android.widget.FrameLayout' package='p' bounds='[0,0][1080,2400]'>"
           "<node class='android.widget.Button' package='p' text='Visible' clickable='true' bounds='[0,100][500,200]'/>"
           "<node class='android.widget.Button' package='p' text='Parked' clickable='true' bounds='[0,0][0,0]'/>"
           "<node class='android.widget.Button' package='p' text='Below' clickable='true' bounds='[0,2600][500,2700]'/>"
           "</node></hierarchy>")
    screen = perceive(parse_observation(xml, width=1080, height=2400))
    assert list(screen.labels.values()) == ["Visible"]


def test_vowel_signs_stay_inside_words_and_arabic_points_do_not_matter():
    assert words("सेटिंग्स खोलें") == {"सेटिंग्स", "खोलें"}
    assert words("مَرْحَبًا") == words("مرحبا")


def test_a_locator_with_a_misspelt_field_is_refused_not_matched_to_everything():
    switch = Element(id=3, cls="android.widget.Switch", bounds=Bounds(left=0, top=0, right=10, bottom=10))
    assert Locator(cls="android.widget.Switch").matches(switch)
    with pytest.raises(ValidationError, match="class_name"):
        Locator(class_name="android.widget.Switch")  # type: ignore[call-arg]


@pytest.mark.parametrize(("expect", "action", "right"), [
    ({"kind": "done"}, {"kind": "done"}, True),
    ({"kind": "done"}, {"kind": "done", "success": False, "answer": "This cannot be done"}, False),
    ({"kind": "done", "answer": "24°"}, {"kind": "done", "answer": "It is 24° now"}, True),
    ({"kind": "done", "answer": "24°"}, {"kind": "done", "answer": "18°"}, False),
    ({"kind": "done"}, {"kind": "back"}, False),
    ({"kind": "back"}, {"kind": "back"}, True),
    ({"kind": "back", "or": [{"content_desc": "Close"}]}, {"kind": "tap", "element": 0}, True),
    ({"kind": "back", "or": [{"content_desc": "Close"}]}, {"kind": "tap", "element": 1}, False),
])
def test_a_finished_or_covered_screen_is_scored_by_done_with_its_answer_or_by_back(expect, action, right):
    xml = ('<hierarchy rotation="0"><node index="0" class="android.widget.ImageButton" content-desc="Close" '
           'clickable="true" enabled="true" bounds="[0,0][100,100]" package="p" text="" resource-id=""/>'
           '<node index="1" class="android.widget.Button" text="Open" clickable="true" enabled="true" '
           'bounds="[0,200][100,300]" package="p" content-desc="" resource-id=""/></hierarchy>')
    fixture = bench.Fixture("x", "dev", "task", expect, xml, [])
    observation = parse_observation(xml)
    assert bench.is_right(fixture, observation, perceive(observation), action) is right
