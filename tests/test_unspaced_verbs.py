"""A task written without spaces (Chinese, Thai) has its act at the start of the run, after a courtesy opener, not in
every pair of its letters (agents/unspaced_verbs.py): a row sharing a pair of the object earns no verb bonus. Invented
screens of a file manager and a Thai bill-payment app."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.goal import parse_goal


def _rows(*labels: str) -> list[str]:
    return [node("LinearLayout", (0, 300 + i * 200, 1080, 480 + i * 200), "", label, clickable=True)
            for i, label in enumerate(labels)]


def _tapped(task: str, screen) -> str:
    action = first(task, screen)
    return screen.labels[action["element"]] if action.get("kind") == "tap" else str(action)


def test_the_act_of_an_unspaced_task_is_its_start_after_the_opener():
    assert parse_goal("请打开昨天微信发来的合同").verbs == {"打开"}
    assert "微信" not in parse_goal("帮我找一下昨天微信上收到的合同").verbs
    assert "关掉" in parse_goal("把闹钟关掉").verbs  # the object said first: its verb is not at the start
    assert "設定" in parse_goal("設定を開いて").verbs  # Japanese ends on its verb: left to its own readers


def test_a_folder_sharing_a_pair_of_the_object_gets_no_verb_bonus():
    _, screen = screen_of(*_rows("下载 · 5 项", "微信 · 3 项", "截图 · 40 项", "租房合同_签字版.pdf | 昨天 14:20 · 2.1 MB",
                                 "旅行照片.zip | 上周 · 300 MB"))
    assert _tapped("帮我找一下昨天微信上收到的合同", screen).startswith("租房合同")
    assert _tapped("请打开昨天微信发来的合同", screen).startswith("租房合同")
