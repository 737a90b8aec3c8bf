"""The container named by what it holds: invented apps and wordings, with cases that must not fire."""

from typing import Any

from cascadroid.agents import held_in
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _page(title: str, rows: list[str], extra: dict[int, str] | None = None, selected: int | None = None) -> Screen:
    labels = {**(extra or {}), **{10 + 4 * n: r for n, r in enumerate(rows)}}
    lines = [f"    {title}"] + [f'[{i}] LinearLayout "{label}"' + (" (selected)" if i == selected else "")
                                 for i, label in labels.items()]
    return Screen(package="org.example.tunes", digest=title, lines=lines, actionable=list(labels), labels=labels)


def _cands(screen: Screen) -> list[Candidate]:
    return [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable] + [
        Candidate({"kind": "back"}, "go back", 0.1)]


def _top(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


TASK = "Delete the playlist that has my track night_drive.mp3 in it"
LISTS = ["Gym | 12 songs", "Road trip | 30 songs", "Sleep | 8 songs"]


def _opened(title: str) -> dict[str, Any]:
    return {"kind": "tap", "line": f'tap [10] "{title} | 12 songs"', "outcome": "success"}


def test_the_wordings_of_a_container_named_by_its_item():
    assert held_in.held(TASK) == held_in.Held("playlist", "night_drive.mp3")
    assert held_in.held("My track night_drive.mp3 is in one of my playlists: rename that playlist") == held_in.Held(
        "playlist", "night_drive.mp3")
    assert held_in.held("Pin the board that has the card 'Q3 plan' on it") is None  # single quotes: no item
    assert held_in.held('Pin the board that has the card "Q3 plan" on it') == held_in.Held("board", "Q3 plan")
    for task in ("Delete the playlist Gym", "Play night_drive.mp3", "Share the photo with Ana",
                 'Flag the memo with the heading "Budget"', 'Mute the channel with the name "ops-alerts"',
                 'Archive the ticket with subject "Printer jam"'):  # its own attribute names the thing itself
        assert held_in.held(task) is None, task  # must not fire


def test_each_container_in_turn_until_the_item_shows():
    tabs = _page("Tunes", ["night_drive.mp3 | 3:12", "dawn.mp3 | 2:40"], {3: "Tracks", 4: "Playlists"}, selected=3)
    cands = _cands(tabs)
    held_in.adjust(cands, TASK, tabs, [])
    assert _top(cands) == {"kind": "tap", "element": 4}  # the tab of the kind, not the track itself
    lists = _page("Playlists", LISTS)
    cands = _cands(lists)
    held_in.adjust(cands, TASK, lists, [_opened("Gym")])
    assert _top(cands) == {"kind": "tap", "element": 14}  # Gym was opened: Road trip next
    gym = _page("Gym", ["dawn.mp3 | 2:40"])
    cands = _cands(gym)
    held_in.adjust(cands, TASK, gym, [_opened("Gym")])
    assert _top(cands) == {"kind": "back"}
    trip = _page("Road trip", ["night_drive.mp3 | 3:12"], {5: "Delete playlist"})
    cands = _cands(trip)
    cands[0].score = 1.0  # the page's own act, as the ranker scores it
    held_in.adjust(cands, TASK, trip, [_opened("Gym"), {"kind": "back", "line": "go back", "outcome": "success"},
                                       _opened("Road trip")])
    assert _top(cands) == {"kind": "tap", "element": 5}  # found: the act here, not back, not the track


def test_must_not_fire():
    lists = _page("Playlists", LISTS)
    cands = _cands(lists)
    held_in.adjust(cands, "Delete the Gym playlist", lists, [])
    assert all(c.score <= 0.5 for c in cands)
