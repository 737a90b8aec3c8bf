"""On and off said in more languages (agents/switch_words.py): invented settings pages whose row opens a
sub-page and whose own switch toggles, with tasks that must not fire."""

from __future__ import annotations

import pytest
from fixtures_uidump import W, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.switch_states import button_state, separable_state
from cascadroid.agents.switch_words import particle_state, unspaced_state
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo
from cascadroid.unitext import script_words


@pytest.mark.parametrize(("task", "on"), [
    ("ενεργοποίησε το bluetooth τώρα", True), ("απενεργοποίησε την τοποθεσία", False), ("κλείσε το wifi", False),
    ("isključi bluetooth molim te", False), ("упали блутут", True), ("изключи wi-fi-то", False),
    ("вимкни геолокацію", False), ("zapni baterku", True), ("vypněte polohu", False), ("povoľ bluetooth", True),
    ("dezactivează locația", False), ("aprinde lanterna", True), ("sammuta bluetooth", False),
    ("הפעל בלוטות'", True), ("כבה את הבלוטות'", False), ("ব্লুটুথ বন্ধ করো", False), ("वाईफाई ऑन करो", True),
    ("washa bluetooth", True), ("zima data", False), ("ჩართე ბლუთუზი", True), ("անջատիր wifi-ն", False),
    ("patayin ang bluetooth", False), ("buksan ang wifi", True), ("унтраа bluetooth", False),
])
def test_the_wanted_state_is_read_in_more_languages(task, on):
    assert parse_goal(task).want_on is on


@pytest.mark.parametrize(("task", "on"), [
    ("ukljuci bluetooth", True), ("iskljuci wifi", False), ("ενεργοποιησε το nfc", True), ("opreste wifi", False),
])
def test_a_verb_typed_without_its_accents_says_the_state(task, on):
    assert parse_goal(task).want_on is on


@pytest.mark.parametrize(("task", "on"), [
    ("slå på bluetooth", True), ("stäng av wifi nu", False), ("skru av mobildata", False), ("slå til bluetooth", True),
    ("kapcsold be a bluetooth-t", True), ("kapcsolja ki a wifit", False), ("tiltsd le a helyadatokat", False),
    ("slå ett nummer på telefonen", None), ("ki hívott tegnap?", None), ("stäng appen", None),
    ("kapcsolatok megnyitása", None),
])
def test_a_particle_right_after_its_verb_says_the_state(task, on):
    assert particle_state(task) is on


def test_thai_off_is_inside_thai_on_for_either_cutter_so_the_text_decides():
    on, off = "เปิด", "ปิด"
    assert words(off) <= words(on) and set(script_words(off)) <= set(script_words(on))  # pairs cannot tell them apart
    assert unspaced_state("เปิดบลูทูธให้หน่อย") is True and parse_goal("เปิดบลูทูธให้หน่อย").want_on is True
    assert unspaced_state("ปิดบลูทูธให้หน่อย") is False and parse_goal("ช่วยปิดบลูทูธ").want_on is False
    assert unspaced_state("ปิดไวไฟแล้วเปิดบลูทูธ") is False  # off said anywhere: off, as in every language here
    assert unspaced_state("บลูทูธคืออะไร") is None  # "what is Bluetooth": no state
    assert unspaced_state("បិទ wifi") is False and unspaced_state("ເປີດ wifi") is True


@pytest.mark.parametrize("task", [
    "δείξε μου τις ρυθμίσεις του bluetooth", "kolik baterie zbývá", "var finns wifi-inställningarna",
    "ขอดูการตั้งค่าบลูทูธ", "Text Ana that I'll be late", "Set an alarm for 7",
])
def test_a_task_that_asks_no_state_has_none(task):
    assert parse_goal(task).want_on is None


def _settings(rows: list[tuple[str, str, bool]]) -> object:
    """A vendor settings page: each row's text opens a sub-page, its own switch (no text) toggles."""
    nodes = []
    for n, (title, summary, on) in enumerate(rows):
        top = 300 + 180 * n
        nodes.append(node(
            "android.widget.LinearLayout", (0, top, W, top + 170),
            node("android.widget.LinearLayout", (40, top, 880, top + 170),
                 node("android.widget.TextView", (40, top + 20, 880, top + 90), text=title, rid="android:id/title"),
                 node("android.widget.TextView", (40, top + 90, 880, top + 150), text=summary,
                      rid="android:id/summary")),
            node("android.view.View", (890, top + 40, 892, top + 130), rid="com.example.settings:id/divider"),
            node("android.widget.Switch", (915, top + 45, 1030, top + 125), rid="android:id/switch_widget",
                 click=True, checkable=True, checked=on),
            click=True))
    return screen_of("com.example.settings", node("android.widget.TextView", (40, 120, 900, 220), text="Connections"),
                     *nodes)


GREEK = [("Wi-Fi", "Σπίτι_5G", True), ("Bluetooth", "Ακουστικά Kestrel", False),
         ("Zigbee και έξυπνο σπίτι", "Σύνδεση με λάμπες και αισθητήρες", False),
         ("Λειτουργία πτήσης", "Απενεργοποίηση κλήσεων και μηνυμάτων", False)]
CZECH = [("Wi-Fi", "Domov", False), ("Zigbee a chytrá domácnost", "Ovládání žárovek a senzorů", True),
         ("Bluetooth", "Sluchátka Kestrel", True), ("Režim Letadlo", "Vypnuto", False)]
THAI = [("Wi-Fi", "บ้าน", True), ("Zigbee และบ้านอัจฉริยะ", "เชื่อมต่อหลอดไฟและเซนเซอร์", False),
        ("บลูทูธ", "หูฟัง Kestrel", False)]


def _top(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def _switch(screen, title: str) -> int:
    return next(i for i in screen.checked if screen.labels.get(i, "").startswith(title))


@pytest.mark.parametrize(("task", "rows", "title"), [
    ("ενεργοποίησε το zigbee για τις λάμπες", GREEK, "Zigbee"), ("άνοιξε το zigbee", GREEK, "Zigbee"),
    ("vypni zigbee, nechci ho", CZECH, "Zigbee"), ("zapni wi-fi", CZECH, "Wi-Fi"),
    ("เปิด zigbee ให้หน่อย", THAI, "Zigbee"), ("ปิด wi-fi หน่อย", THAI, "Wi-Fi"),
])
def test_an_on_or_off_task_taps_the_rows_own_switch_not_its_text(task, rows, title):
    screen = _settings(rows)
    assert _top(task, screen) == {"kind": "tap", "element": _switch(screen, title)}


@pytest.mark.parametrize(("task", "rows", "title"), [
    ("δείξε μου το zigbee", GREEK, "Zigbee"), ("nastavení zigbee", CZECH, "Zigbee"),
])
def test_a_task_asking_no_state_leaves_the_switch_alone(task, rows, title):
    screen = _settings(rows)
    assert _top(task, screen) != {"kind": "tap", "element": _switch(screen, title)}


@pytest.mark.parametrize(("task", "rows", "title"), [
    ("απενεργοποίησε το zigbee", GREEK, "Zigbee"), ("zapni zigbee", CZECH, "Zigbee"), ("ปิด zigbee", THAI, "Zigbee"),
])
def test_a_switch_already_in_the_wanted_state_is_not_tapped(task, rows, title):
    screen = _settings(rows)
    ranked = rank(task, "", screen, [], [])
    assert ranked[0].action != {"kind": "tap", "element": _switch(screen, title)}
    assert ranked[0].action["kind"] == "done"


@pytest.mark.parametrize("task", ["άνοιξε το Kestrel Notes", "เปิดแอป Kestrel Notes", "buksan ang Kestrel Notes"])
def test_an_open_the_app_task_still_opens_the_app(task):
    launcher = screen_of("com.example.launcher", node("android.widget.TextView", (40, 300, 300, 500), text="Clock",
                                                      desc="Clock", click=True))
    apps = [AppInfo(label="Kestrel Notes", package="com.example.kestrel"), AppInfo(label="Clock", package="x.clock")]
    assert rank(task, "", launcher, apps, [])[0].action == {"kind": "open_app", "app": "Kestrel Notes"}


def _devices(cards: list[tuple[str, str, str]]) -> object:
    """A smart-home list: each card (name, status) opens the device; its power button says what it does."""
    nodes = []
    for n, (name, status, power) in enumerate(cards):
        top = 400 + 220 * n
        nodes.append(node(
            "android.widget.RelativeLayout", (40, top, 1040, top + 200),
            node("android.widget.TextView", (80, top + 30, 800, top + 100), text=name),
            node("android.widget.TextView", (80, top + 100, 800, top + 170), text=status),
            node("android.widget.ImageView", (900, top + 50, 1000, top + 150), desc=power, click=True),
            click=True))
    return screen_of("com.example.home", node("android.widget.TextView", (40, 120, 900, 220), text="Domov"), *nodes)


HOME = [("Lampička ložnice", "Zapnuto", "Vypnout"), ("Lampička pracovna", "Vypnuto", "Zapnout"),
        ("Ohřívač vody", "Vypnuto", "Zapnout")]


def _button(screen, name: str) -> int:
    return next(i for i in screen.actionable if name in screen.context.get(i, "") and i not in screen.checked
                and screen.labels.get(i, "") in ("Zapnout", "Vypnout", "Turn on", "Turn off", "On", "Off"))


def test_a_power_button_that_says_its_act_is_the_switch_of_the_card_the_task_names():
    screen = _devices(HOME)
    assert _top("rozsviť lampičku v pracovně", screen) == {"kind": "tap", "element": _button(screen, "pracovna")}
    assert _top("vypni ohřívač vody", screen) != {"kind": "tap", "element": _button(screen, "Ohřívač")}  # already off
    english = _devices([("Porch light", "Off", "Turn on"), ("Garage heater", "On", "Turn off")])
    assert _top("turn off the garage heater", english) == {"kind": "tap", "element": _button(english, "Garage")}


def test_a_button_that_may_show_a_state_or_a_task_asking_no_state_is_no_switch():
    assert [button_state(b) for b in ("Turn on", "Zapnout", "Vypnout", "Turn off")] == [True, True, False, False]
    assert [button_state(b) for b in ("On", "Off", "Enabled", "Lampička", "Turn on the porch light")] == [None] * 5
    screen = _devices(HOME)
    assert _top("ukaž lampičku v pracovně", screen) != {"kind": "tap", "element": _button(screen, "pracovna")}


ENGLISH = [("Dark theme", "Use a dark background", False), ("Airplane mode", "", False), ("Flashlight", "", False),
           ("Location", "Apps can use your location", True), ("Battery saver", "", False), ("Mobile data", "", True)]


@pytest.mark.parametrize(("task", "title"), [
    ("zapni tmavý režim", "Dark theme"), ("slå på flygplansläge", "Airplane mode"), ("washa tochi", "Flashlight"),
    ("ενεργοποίησε τον φακό", "Flashlight"), ("kapcsold ki a helymeghatározást", "Location"),
    ("ปิดตำแหน่งหน่อย", "Location"), ("увімкни енергозбереження", "Battery saver"),
    ("vypni mobilní data", "Mobile data"), ("ჩართე მუქი თემა", "Dark theme"),
])
def test_a_setting_named_in_another_language_picks_its_switch_on_an_english_page(task, title):
    screen = _settings(ENGLISH)
    assert _top(task, screen) == {"kind": "tap", "element": _switch(screen, title)}


def test_a_setting_name_in_another_language_must_not_pick_another_switch():
    screen = _settings(ENGLISH)
    assert _top("zapni bluetooth", screen) not in [{"kind": "tap", "element": i} for i in screen.checked]
    short = _settings(ENGLISH[:3])  # no Location row: no other switch stands for it
    assert _top("vypni polohu", short) not in [{"kind": "tap", "element": i} for i in short.checked]


@pytest.mark.parametrize(("task", "on"), [
    ("لطفا بلوتوثو روشنش کن", True), ("وای‌فای رو خاموشش کن", False), ("شغلها من فضلك", True),
    ("کتابش رو بفرست برای مریم", None), ("روشنایی صفحه چقدره", None),
])
def test_an_arabic_or_persian_verb_with_its_object_written_on_says_the_state(task, on):
    assert parse_goal(task).want_on is on


@pytest.mark.parametrize(("task", "on"), [
    ("开蓝牙", True), ("帮我关位置信息", False), ("把热点关了", False), ("开一下手电筒", True), ("請開藍牙", True),
    ("把无线网络开上吧", True), ("关注这个频道", None), ("开始录音", None), ("关于本机", None), ("去开会", None),
    ("把蓝牙开关打开", None),  # 开关 is the switch, the noun; 打开 is read as a whole word elsewhere
    ("开微信", None),  # no setting named: an app opened, no state
])
def test_a_chinese_one_letter_verb_says_the_state_of_a_setting_it_names(task, on):
    assert separable_state(task) is on


CHINESE = [("WLAN", "家里的网络", True), ("蓝牙", "已连接 Kestrel 耳机", False), ("个人热点", "已开启", True)]


@pytest.mark.parametrize(("task", "done"), [("开个人热点", True), ("关蓝牙", True), ("关个人热点", False)])
def test_a_chinese_switch_already_in_the_one_letter_verbs_state_finishes(task, done):
    ranked = rank(task, "", _settings(CHINESE), [], [])
    assert (ranked[0].action["kind"] == "done") is done
