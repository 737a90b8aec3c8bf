"""A shop's or list's notice that the task's add is done ("Added to basket", "カートに追加しました") finishes the task
instead of adding a second one; another product's notice, a count, more to do, or a failed add finish nothing
(agents/added_notice.py)."""

import pytest
from fixtures_uidump import W, node, screen_of

from cascadroid.agents.added_notice import notice
from cascadroid.agents.candidates import rank


def _product(title: str, notice_text: str, *, button: str = "Add to basket"):
    return screen_of("com.example.shop",
                     node("android.widget.ImageButton", (20, 120, 130, 230), desc="Back", click=True),
                     node("android.widget.TextView", (40, 300, W - 40, 400), text=title),
                     node("android.widget.TextView", (40, 420, W - 40, 480), text="£64.99"),
                     node("android.widget.Button", (40, 1900, 520, 2020), text=button, click=True),
                     node("android.widget.Button", (560, 1900, W - 40, 2020), text="Buy now", click=True),
                     node("android.widget.LinearLayout", (0, 2100, W, 2260),
                          node("android.widget.TextView", (40, 2130, 700, 2230), text=notice_text),
                          node("android.widget.Button", (760, 2130, W - 40, 2230), text="View basket", click=True)))


def _japanese_sheet():
    return screen_of("com.example.jpshop",
                     node("android.widget.TextView", (40, 300, W - 40, 400), text="トレッキングシューズ 防水 ブラウン"),
                     node("android.widget.Button", (40, 1300, W - 40, 1420), text="カートに入れる", click=True),
                     node("android.widget.FrameLayout", (0, 1500, W, 2300),
                          node("android.widget.TextView", (40, 1540, W - 40, 1620), text="カートに追加しました"),
                          node("android.widget.TextView", (40, 1640, W - 40, 1720), text="トレッキングシューズ 防水 ブラウン · 数量 1"),
                          node("android.widget.Button", (40, 1800, W - 40, 1920), text="カートを見る", click=True),
                          node("android.widget.Button", (40, 1960, W - 40, 2080), text="靴下 3足組 ¥990 追加", click=True)))


@pytest.mark.parametrize(("task", "screen"), [
    ("add the trail running shoes to my basket", lambda: _product("Trail running shoes, grey", "Added to basket")),
    ("put the hiking boots in my cart", lambda: _japanese_sheet()),
])
def test_a_notice_of_the_tasks_add_finishes_the_task(task, screen):
    assert rank(task, "", screen(), [], [])[0].action == {"kind": "done"}


@pytest.mark.parametrize(("task", "screen"), [
    ("add the rain jacket to my basket", lambda: _product("Trail running shoes, grey", "Added to basket")),
    ("add 2 trail running shoes to my basket", lambda: _product("Trail running shoes, grey", "Added to basket")),
    ("add the trail running shoes to my basket and check out", lambda: _product("Trail running shoes, grey",
                                                                                 "Added to basket")),
    ("add the trail running shoes to my basket", lambda: _product("Trail running shoes, grey",
                                                                   "Item couldn't be added to basket")),
    ("add the trail running shoes to my basket", lambda: _product("Trail running shoes, grey", "Free delivery over £50")),
    ("what did I add to my basket?", lambda: _product("Trail running shoes, grey", "Added to basket")),
])
def test_no_notice_of_this_add_finishes_nothing(task, screen):
    assert notice(task, screen()) is None
    assert rank(task, "", screen(), [], [])[0].action != {"kind": "done"}
