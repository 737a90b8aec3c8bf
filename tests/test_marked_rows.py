"""Every item of a list in a read state, acted on in turn: invented apps and wordings, with cases that must not fire."""

from typing import Any

from cascadroid.agents import marked_rows
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _list(rows: list[str]) -> Screen:
    lines = ['[5] TextView "Feed" (selected)'] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {5: "Feed", **{10 + 4 * i: r for i, r in enumerate(rows)}}
    bounds = {5: [0, 200, 300, 300], **{10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}}
    return Screen(package="com.example.board", digest="b", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _page(buttons: list[str]) -> Screen:
    lines = ["    Post"] + [f'[{20 + i}] ImageButton "{b}"' for i, b in enumerate(buttons)]
    labels = {20 + i: b for i, b in enumerate(buttons)}
    bounds = {20 + i: [100 * i, 40, 100 * i + 90, 130] for i in range(len(buttons))}
    return Screen(package="com.example.board", digest="p", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _cands(screen: Screen) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable]
    return out + [Candidate({"kind": "swipe", "direction": "down"}, "scroll", 0.2), Candidate({"kind": "back"}, "back", 0.1),
                  Candidate({"kind": "done"}, "finish", 3.0)]


def _best(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


POSTS = ["Unread, Kai Moreno, Harbour swim | Kai · Tide is low at 6", "Pia Lund, Bake sale | Pia · Bring trays",
         "Unread, Tove Berg, Lost keys | Tove · Found near the gate", "Jon Ek, Choir | Jon · Practice moved"]
OPENED = [{"kind": "tap", "line": f"tap [14] {POSTS[1]}", "outcome": "success"}]


def test_the_state_the_task_acts_on():
    for task in ("Hide every post I have already read", "anything I've already opened can be hidden; keep the unread ones",
                 "hide read posts", "the read posts - hide them all, keep the unread"):
        assert marked_rows.wanted(task) is False, task
    for task in ("Mark all my unread posts as read", "clear all unread", "every thread with new messages: open it"):
        assert marked_rows.wanted(task) is True, task
    for task in ("Hide the Bake sale post", "Mark the Choir post as read", "mark all posts as read"):
        assert marked_rows.wanted(task) is None, task  # one post; the state to set, not the rows to pick


def test_the_next_read_row_is_opened_never_an_unread_one():
    screen = _list(POSTS)
    cands = _cands(screen)
    marked_rows.adjust(cands, "Hide every post I have already read", {"hide"}, screen, [])
    assert _best(cands) == {"kind": "tap", "element": 14}
    assert next(c for c in cands if c.action.get("element") == 10).score < 0.5  # opening it would read it


def test_the_verb_on_its_page_then_back_then_finished():
    page = _page(["Navigate up", "Hide", "Mark unread"])
    cands = _cands(page)
    marked_rows.adjust(cands, "Hide every post I have already read", {"hide"}, page, OPENED)
    assert _best(cands) == {"kind": "tap", "element": 21}
    cands = _cands(page)
    pressed = OPENED + [{"kind": "tap", "line": "tap [21] Hide", "outcome": "success"}]
    marked_rows.adjust(cands, "Hide every post I have already read", {"hide"}, page, pressed)
    assert _best(cands) == {"kind": "back"}
    done = _list([POSTS[0], POSTS[2]])
    cands = _cands(done)
    marked_rows.adjust(cands, "Hide every post I have already read", {"hide"}, done, pressed)
    assert _best(cands) == {"kind": "done"}


def test_opening_an_unread_row_is_the_act_when_its_page_has_no_such_button():
    page = _page(["Navigate up", "Mute"])
    cands = _cands(page)
    marked_rows.adjust(cands, "Mark all my unread posts as read", {"mark"}, page, OPENED)
    assert _best(cands) == {"kind": "back"}


def test_must_not_fire():
    screen = _list(POSTS)
    for task in ("Hide the Bake sale post", "Mark the Choir post as read"):
        cands = _cands(screen)
        marked_rows.adjust(cands, task, {"hide", "mark"}, screen, [])
        assert [c.score for c in cands] == [c.score for c in _cands(screen)], task
