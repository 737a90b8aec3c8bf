"""Answers read off a page (agents/page_answers.py, the folder reading in agents/details.py): invented
screens and wordings, with cases where nothing must be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cascadroid.agents import answers, details, page_answers
from cascadroid.agents.app_choice import choose
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo


def _answer(task: str, lines: list[str], objects: list[str] | None = None) -> str | None:
    task = canonical(task)  # as the ranker reads it
    q = answers.asked(task)
    assert q is not None
    return page_answers.answer(q.kind, q.topic, task, lines, objects or [])


# ---- the value beside a label ----------------------------------------------------------------------
ABOUT = ["[3] ImageButton \"Navigate up\"", "    About tablet", "    Device name", "    Tab S9",
         "    Kernel version", "    6.1.25-android14", "    Baseband version", "    S911BXXU2", "    Model number",
         "    SM-X710"]


def test_value_under_its_label_on_the_next_line():
    assert _answer("What kernel version is this tablet on?", ABOUT) == "6.1.25-android14"
    assert _answer("which baseband version do I have", ABOUT) == "S911BXXU2"


def test_value_beside_its_label_on_one_row():
    lines = ["[5] LinearLayout \"Firmware version | 2.4.1\"", "[6] LinearLayout \"Serial number | X93KQ\""]
    assert _answer("Which firmware version is the watch on?", lines) == "2.4.1"
    assert _answer("What's the serial number of my phone?", ["    Serial number: X93KQ"]) == "X93KQ"


def test_no_label_the_question_names_reads_nothing():
    assert _answer("What kernel is it?", ABOUT) is None  # one word is no label ("Kernel version" has two)
    assert _answer("Which album is the newest?", ["    Album cover", "    blue.png"]) is None


def test_a_settings_row_naming_the_phone_is_no_label():
    lines = ["[10] LinearLayout \"Connected devices | Bluetooth, pairing\""]
    assert _answer("Which Wi-Fi network is my phone connected to?", lines) is None
    assert _answer("Which Wi-Fi network is it on?", ["[14] LinearLayout \"Wi-Fi networks | 5 networks nearby\""]) is None


def test_an_item_row_is_no_label_and_value():
    row = ["[26] LinearLayout \"Design review | Mon, Mar 23 · 09:00 · Room 12\""]
    assert _answer("What's the finishing time of design review on monday?", row) is None


def test_an_item_named_by_the_task_is_no_label():
    lines = ["    Trip budget", "    $1,200"]
    assert _answer("What is Trip budget?", lines, ["Trip budget"]) is None


# ---- the items under a section ----------------------------------------------------------------------
EARBUDS = ["[2] ImageButton \"Navigate up\"", "    Bluetooth", "[4] Switch \"Use Bluetooth\" (on)",
           "    Previously connected devices", "[7] LinearLayout \"Galaxy Buds2 | Battery 80%\"", "    Car Kit 7",
           "    Not connected", "[9] LinearLayout \"See all\""]


def test_items_under_the_named_section():
    assert _answer("Which devices has my phone paired with?", EARBUDS) == "Galaxy Buds2, Car Kit 7"
    assert _answer("my known bluetooth devices?", EARBUDS) == "Galaxy Buds2, Car Kit 7"


def test_list_the_things_is_a_question():
    assert _answer("List the devices my phone is paired with.", EARBUDS) == "Galaxy Buds2, Car Kit 7"
    assert answers.asked('List "milk" in my Groceries note') is None  # a quoted thing to write: a request


def test_no_section_named_lists_nothing():
    assert page_answers.section_items("Which devices are nearby?", answers.asked("Which devices are nearby?").topic,
                                      ["    Nearby", "    Lamp 2"]) is None  # no kept / paired header asked
    assert page_answers.section_items("Turn on paired devices", {"paired", "device"}, EARBUDS) is None  # no question


# ---- one side of a range ----------------------------------------------------------------------------
def test_end_of_a_range():
    row = ["[9] LinearLayout \"Pottery class | 18:15-20:00 · Studio 3\""]
    assert _answer("When does Pottery class wrap up?", row, ["Pottery class"]) == "20:00"
    assert _answer("What time does the Pottery class finish?", row, ["Pottery class"]) == "20:00"
    assert _answer("What time does Pottery class begin?", row, ["Pottery class"]) == "18:15"


def test_range_on_the_item_page_with_nothing_named():
    page = ["[1] ImageButton \"Navigate up\"", "    Dentist", "    Friday, May 8", "    9:00 AM - 9:45 AM"]
    assert _answer("dentist friday ends when?", page) == "9:45 AM"


def test_end_asked_of_a_row_showing_its_start_only():
    row = ["[26] LinearLayout \"Team lunch | Tue, Jun 2 · 12:30 · Canteen\""]
    assert page_answers.end_not_shown("When does Team lunch end?", "time", row, ["Team lunch"])
    assert not page_answers.end_not_shown("When does Team lunch start?", "time", row, ["Team lunch"])
    ranged = ["[26] LinearLayout \"Team lunch | 12:30-13:30\""]
    assert not page_answers.end_not_shown("When does Team lunch end?", "time", ranged, ["Team lunch"])


def test_neither_side_asked_or_two_ranges_reads_nothing():
    row = ["[9] LinearLayout \"Pottery class | 18:15-20:00\""]
    assert page_answers.range_side("Where is Pottery class?", row[0]) is None
    day = ["    Standup", "    9:00 - 9:15", "    Review", "    14:00 - 15:00"]
    assert _answer("when does it end?", day) is None


# ---- how many ratings -------------------------------------------------------------------------------
def test_rating_count_in_parentheses_or_said():
    row = ["[4] LinearLayout \"Kettle Pro | €39.00 · 4.2 ★ (1,204)\""]
    assert _answer("How many reviews does Kettle Pro have?", row, ["Kettle Pro"]) == "1,204"
    page = ["    Kettle Pro", "    €39.00", "    4.2 ★ · 87 ratings"]
    assert _answer("how many people rated the Kettle Pro?", page, ["Kettle Pro"]) == "87"


def test_rating_count_not_asked_reads_nothing():
    assert page_answers.rating_count("What is Kettle Pro's rating?", "4.2 ★ (1,204)") is None
    assert page_answers.rating_count("How many reviews does it have?", "Kettle Pro | €39.00") is None


# ---- the item that mentions a word ------------------------------------------------------------------
MEMOS = ["[5] LinearLayout \"Groceries | eggs, bread\"", "[7] LinearLayout \"Weekend | call the plumber about the sink\"",
         "[9] LinearLayout \"Ideas | a song about rain\""]


def test_title_of_the_row_that_mentions_the_word():
    assert _answer('Which memo mentions "plumber"? Its title please.', MEMOS) == "Weekend"
    assert _answer("what is the name of the memo with plumber in it?", MEMOS) == "Weekend"


def test_title_field_of_the_open_item():
    page = ["[3] EditText \"Title\" = \"Weekend\"", "[4] EditText \"Note\" = \"call the plumber\""]
    assert _answer('Which note says "plumber"? tell me the title', page) == "Weekend"


def test_mentions_read_nothing_when_ambiguous_or_asked_otherwise():
    two = MEMOS + ["[11] LinearLayout \"Chores | plumber on Tuesday\""]
    assert _answer('Which memo mentions "plumber"?', two) is None  # two rows: open or search, no guess
    assert page_answers.mentioned_word('What does the note "Weekend" say?', ["Weekend"]) is None  # its text is asked


# ---- the folder a file is in ------------------------------------------------------------------------
def test_folder_is_the_last_part_of_the_location():
    q = answers.asked("Which folder is scan_04.png in?")
    assert details.label_kind(q, "Which folder is scan_04.png in?") == "folder"
    page = ["    scan_04.png", "    Location", "    Internal storage / DCIM / Screenshots", "    Size", "    1.2 MB"]
    assert details.labelled_value("folder", page) == "Screenshots"
    assert details.labelled_value("folder", ["    Path: /sdcard/Download"]) == "Download"


def test_folder_questions_in_other_words():
    for task in ("What folder holds scan_04.png?", "scan_04.png - which folder?", "Find out which directory scan_04.png "
                 "is in.", "Tell me the folder scan_04.png is saved in.", "which folder (scan_04.png)?"):
        assert details.label_kind(answers.asked(task), task) == "folder", task


def test_a_folder_named_in_a_count_is_no_folder_question():
    for task in ("How many files are in the Music folder?", "Which folder has the most photos?"):
        assert details.label_kind(answers.asked(task), task) != "folder"


# ---- the page a phone's fact is on -----------------------------------------------------------------
@dataclass
class _C:
    action: dict[str, Any]
    text: str
    score: float


def test_about_row_raised_for_a_phone_fact_only():
    labels = {4: "Connections | Wi-Fi, Bluetooth", 8: "About device | Galaxy A54", 9: "Battery | 61%"}
    cands = [_C({"kind": "tap", "element": i}, "", 0.0) for i in labels]
    page_answers.steer(cands, "What's the build number of my phone?", labels, list(labels))
    assert max(cands, key=lambda c: c.score).action["element"] == 8
    cands = [_C({"kind": "tap", "element": i}, "", 0.0) for i in labels]
    page_answers.steer(cands, "How much battery is left?", labels, list(labels))
    assert all(c.score == 0.0 for c in cands)


def test_a_phone_fact_opens_settings():
    apps = [AppInfo(label="Réglages", package="com.vendor.settings"), AppInfo(label="Notes", package="com.x.notes")]
    task = "what android version do I have?"
    best = max(choose(set(), "launcher", apps, task), key=lambda c: c.score)
    assert best.app.label == "Réglages"
    assert not page_answers.phone_fact("What version of the Notes app is it?")
