"""The ranker chooses the same under any hash seed: ties and first keys never come from a set's order.

Invented screens (a Chinese photo page whose menu verb is one run of characters, a profile form whose date
field names its format only in its hint) are ranked in two subprocesses with different PYTHONHASHSEED values;
both must print the same candidates. Before the fix, seeds 0 and 1 disagreed on both screens.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from test_ui_conventions import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.menus import item_fits
from cascadroid.agents.pickers import _date_text
from cascadroid.agents.text import lead_keys, words

_SCRIPT = """
import sys
sys.path.insert(0, "tests")
from test_ui_conventions import node, screen_of
from cascadroid.agents.candidates import rank
CASES = [
    ("收藏这张照片", [node("TextView", (40, 200, 1040, 300), "照片详情"),
                node("Button", (40, 1500, 520, 1620), "收藏此照片", clickable=True),
                node("Button", (560, 1500, 1040, 1620), "分享照片", clickable=True),
                node("ImageButton", (960, 100, 1060, 200), "", "更多选项", clickable=True)]),
    ("Enter my birthday, March 9 2026", [node("TextView", (40, 200, 1040, 300), "Profile"),
                node("EditText", (40, 400, 1040, 520), "", "", clickable=True, hint="Date of birth (DD/MM/YYYY)"),
                node("Button", (40, 1700, 1040, 1820), "Save", clickable=True)]),
    ("お気に入りに追加して", [node("TextView", (40, 200, 1040, 300), "写真"),
                node("Button", (40, 1500, 520, 1620), "お気に入り登録", clickable=True),
                node("Button", (560, 1500, 1040, 1620), "共有", clickable=True)]),
]
for task, kids in CASES:
    _, screen = screen_of(*kids)
    print(task, [(c.text, repr(c.score)) for c in rank(task, "", screen, [], [])[:4]])
"""


def _ranked_under(seed: int) -> str:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=root, env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout


def test_two_hash_seeds_rank_the_same_tied_screens_alike():
    first, second = _ranked_under(0), _ranked_under(1)
    assert first.count("\n") == 3
    assert first == second


def test_a_date_field_takes_the_format_its_name_writes():
    day = date(2026, 3, 9)
    assert _date_text(day, words("Date (DD/MM/YYYY)"), "", "Date (DD/MM/YYYY)") == "09/03/2026"
    assert _date_text(day, words("Fecha (MM-DD-YYYY)"), "", "Fecha (MM-DD-YYYY)") == "03-09-2026"


def test_a_date_field_naming_no_format_gets_the_date_written_out():
    day = date(2026, 3, 9)
    assert _date_text(day, words("Start date"), "", "Start date") == "March 9, 2026"


def test_the_first_word_of_a_run_without_spaces_is_its_first_pair():
    assert lead_keys("收藏此照片") == {"收藏"}
    assert lead_keys("Groceries list") == {"grocerie", "grocery"}
    assert lead_keys("") == set()


def test_a_menu_item_fits_by_its_first_words_as_read():
    assert item_fits("收藏此照片", words("收藏"))
    assert item_fits("Groceries", {"grocery"})


def test_a_menu_item_whose_verb_comes_later_in_the_run_does_not_fit():
    assert not item_fits("删除收藏", words("收藏"))  # "delete the favourite": its first pair is another verb


def test_the_ranked_chinese_menu_verb_comes_first():
    _, screen = screen_of(node("TextView", (40, 200, 1040, 300), "照片详情"),
                          node("Button", (40, 1500, 520, 1620), "收藏此照片", clickable=True),
                          node("Button", (560, 1500, 1040, 1620), "分享照片", clickable=True))
    assert rank("收藏这张照片", "", screen, [], [])[0].text.endswith("收藏此照片")
