"""Every item showing a quoted name, changed one at a time (agents/every_there.py), and the form's field that holds
the old name taking the new one (agents/fields.py): invented apps, with cases that must not fire."""

from __future__ import annotations

from typing import Any

from screens_made import made_screen

from cascadroid.agents import every_there
from cascadroid.agents.candidates import Candidate, rank
from cascadroid.agents.perceptor import Screen

CREW = ["Ana Ruiz | Sales · Acme Tools", "Bo Li | Support · Initech", "Cy Oba | Design · Acme Tools"]


def _list(rows: list[str]) -> Screen:
    lines = ["    Team"] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {10 + 4 * i: r for i, r in enumerate(rows)}
    bounds = {10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}
    return Screen(package="com.example.crew", digest="l", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _best(task: str, screen: Screen, since: list[dict[str, Any]]) -> dict[str, Any]:
    cands = [Candidate({"kind": "tap", "element": i}, "", 1.0) for i in screen.actionable]
    cands += [Candidate({"kind": "back"}, "back", 0.1), Candidate({"kind": "done"}, "finish", 3.5)]
    every_there.adjust(cands, task, screen, since)
    return max(cands, key=lambda c: c.score).action


def _tap(label: str) -> dict[str, Any]:
    return {"kind": "tap", "line": f'tap [10] "{label[:40]}"', "outcome": "success"}


TASK = 'Everyone I have at "Acme Tools" now works at "Initech" - change each of them.'


def test_the_old_name_is_read_only_with_a_quantifier_and_a_new_name():
    assert every_there.old_name('Every event I have at "Room 4" is now at "Hall B" instead.') == "Room 4"
    assert every_there.old_name('set the location of each event located at "Studio 9" to "Loft 2"') == "Studio 9"
    assert every_there.old_name('Move the event at "Room 4" to "Hall B"') is None  # one item
    assert every_there.old_name('delete all notes in "Drafts"') is None  # no new name: nothing to change


def test_each_row_showing_the_old_name_in_turn_then_finished():
    assert every_there.old_name(TASK) is None  # "Everyone": no quantifier word of its own
    task = 'All contacts at "Acme Tools" moved to "Initech": change their company.'
    assert _best(task, _list(CREW), []) == {"kind": "tap", "element": 10}
    saved = [_tap(CREW[0]), _tap("Edit"), _tap("Save")]
    page = made_screen("com.example.crew", "Ana Ruiz", [("ImageButton", "Edit")])
    assert _best(task, page, saved) == {"kind": "back"}
    once = [CREW[0].replace("Acme Tools", "Initech"), *CREW[1:]]
    assert _best(task, _list(once), saved) == {"kind": "tap", "element": 18}
    assert _best(task, _list([r.replace("Acme Tools", "Initech") for r in CREW]), saved) == {"kind": "done"}


def test_the_field_holding_the_old_name_takes_the_new():
    form = made_screen("com.example.crew", "Edit contact", [("ImageButton", "Save")],
                       {"role field": "Designer", "team field": "Design", "company field": "Acme Tools"})
    best = rank('All contacts at "Acme Tools" moved to "Initech": change their company.', "", form, [], [])[0]
    assert best.action == {"kind": "type", "element": 8, "text": "Initech"}
    plain = made_screen("com.example.crew", "Edit contact", [("ImageButton", "Save")],
                        {"role field": "Designer", "company field": "Initech"})
    assert not any(c.action.get("kind") == "type" and c.score >= 3.0 for c in rank(
        'All contacts at "Acme Tools" moved to "Initech": change their company.', "", plain, [], []))  # done already
