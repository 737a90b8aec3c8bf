"""A row opened for the task's act whose page lacked it: its long-press menu once back on the list (invented apps
and wordings), with cases that must not fire."""

from typing import Any

from cascadroid.agents import menus, row_menus
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _list(rows: list[str], title: str = "Boards") -> Screen:
    lines = [f"    {title}"] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {10 + 4 * i: r for i, r in enumerate(rows)}
    bounds = {10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}
    return Screen(package="com.example.boards", digest="b", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _cands(screen: Screen, best: int | None = None) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}] {screen.labels[i]}", 4.0 if i == best else 0.5)
           for i in screen.actionable]
    return out + [Candidate({"kind": "back"}, "go back", 0.1), Candidate({"kind": "done"}, "finish", 0.0)]


def _top(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


def _is_act(label: str) -> bool:
    return menus.item_fits(label, {"archive"})


OPENED = {"kind": "tap", "line": 'tap [14] "Kiln repairs, 9 new | Odo: glaze is in"', "outcome": "success"}
BACK = {"kind": "back", "line": "go back", "outcome": "success"}


def test_back_on_the_list_the_opened_row_is_long_pressed_though_its_label_changed():
    screen = _list(["Pottery club | Mia: see you", "Kiln repairs | Odo: glaze is in", "Yard sale, 2 new | Lu: tables"])
    cands = _cands(screen, best=18)  # another ranking now prefers the next row
    row_menus.adjust(cands, screen, [OPENED, BACK], _is_act)
    assert _top(cands) == {"kind": "long_press", "element": 14}


def test_on_the_opened_rows_page_without_the_act_back_comes_first():
    page = Screen(package="com.example.boards", digest="p", lines=["    Kiln repairs", '[8] ImageButton "Navigate up"',
                                                                   '[9] ImageButton "Notify me"'],
                  actionable=[8, 9], labels={8: "Navigate up", 9: "Notify me"}, width=1080)
    cands = [Candidate({"kind": "tap", "element": 9}, "tap [9] Notify me", 1.0), Candidate({"kind": "back"}, "go back", 0.1)]
    row_menus.adjust(cands, page, [OPENED], _is_act)
    assert _top(cands) == {"kind": "back"}
    cands = [Candidate({"kind": "tap", "element": 9}, "tap [9] Notify me", 1.0), Candidate({"kind": "back"}, "go back", 0.1)]
    row_menus.adjust(cands, page, [OPENED], _is_act, overflow=True)  # must not fire: its menu may hold the act
    assert _top(cands) == {"kind": "tap", "element": 9}


def test_must_not_fire():
    screen = _list(["Pottery club | Mia: see you", "Kiln repairs | Odo: glaze is in", "Yard sale, 2 new | Lu: tables"])
    archived = {"kind": "tap", "line": 'tap [9] "Archive"', "outcome": "success"}
    pressed = {"kind": "long_press", "line": 'long press [14] "Kiln repairs | Odo: glaze is in"', "outcome": "success"}
    for since in ([OPENED], [OPENED, BACK, archived], [OPENED, BACK, pressed], []):  # not left; done; pressed already
        cands = _cands(screen, best=18)
        row_menus.adjust(cands, screen, since, _is_act)
        assert _top(cands) == {"kind": "tap", "element": 18}, since
    tab = {"kind": "tap", "line": 'tap [3] "Boards"', "outcome": "success"}  # a tab is no row
    cands = _cands(screen, best=18)
    row_menus.adjust(cands, screen, [tab, BACK], _is_act)
    assert _top(cands) == {"kind": "tap", "element": 18}


def test_a_row_the_task_names_is_left_to_the_named_rows_rules():
    screen = _list(["Pottery club | Mia: see you", "Kiln repairs | Odo: glaze is in", "Yard sale, 2 new | Lu: tables"])
    cands = _cands(screen, best=18)
    row_menus.adjust(cands, screen, [OPENED, BACK], lambda label: _is_act(label) or "kiln repairs" in label.casefold())
    assert _top(cands) == {"kind": "tap", "element": 18}
