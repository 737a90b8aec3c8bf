"""The one result of a search just typed is the thing the task means: invented apps and wordings, with cases that
must not fire."""

from typing import Any

from cascadroid.agents import search_results
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _results(rows: list[str]) -> Screen:
    lines = ['[4] EditText "search" = "acme.io" (field)'] + [f'[{10 + i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    lines.append('[30] ImageButton "New member"')
    labels = {4: "search", **{10 + i: r for i, r in enumerate(rows)}, 30: "New member"}
    bounds = {4: [0, 100, 1080, 220], **{10 + i: [0, 240 + 160 * i, 1080, 390 + 160 * i] for i in range(len(rows))},
              30: [880, 2100, 1040, 2260]}
    return Screen(package="org.example.roster", digest="r", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, editable={4: "acme.io"}, width=1080)


def _cands(screen: Screen) -> list[Candidate]:
    scores = {30: 1.0}
    return [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", scores.get(i, 0.0)) for i in screen.actionable
            if i not in screen.editable] + [Candidate({"kind": "back"}, "go back", 0.1)]


TYPED = [{"kind": "type", "line": 'type "acme.io" into [4] search', "outcome": "success"}]


def _top(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


def test_the_one_result_of_a_search_is_opened_before_a_new_button():
    screen = _results(["Ines Kovac"])
    cands = _cands(screen)
    search_results.adjust(cands, "Mute the member whose email is at acme.io", screen, TYPED)
    assert _top(cands) == {"kind": "tap", "element": 10}


def test_must_not_fire():
    for rows, task, history in ((["Ines Kovac", "Ola Berg"], "Mute the member at acme.io", TYPED),  # two results
                                (["Ines Kovac"], "Create a member with the email ines@acme.io", TYPED),  # creating
                                (["Ines Kovac"], "Mute the member at acme.io",
                                 TYPED + [{"kind": "tap", "line": "tap [10] Ines Kovac", "outcome": "success"}]),
                                (["Ines Kovac"], "Mute the member at acme.io", [])):  # nothing searched
        screen = _results(rows)
        cands = _cands(screen)
        search_results.adjust(cands, task, screen, history)
        assert _top(cands) == {"kind": "tap", "element": 30}, (rows, task)
