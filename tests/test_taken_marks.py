"""A mark taken off every row that shows it, one row at a time: invented apps in English, German and Spanish, with
cases that must not fire."""

from typing import Any

from cascadroid.agents import taken_marks
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _list(title: str, rows: list[str]) -> Screen:
    lines = ['[4] ImageButton "Navigate up"', f"    {title}"] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {4: "Navigate up", **{10 + 4 * i: r for i, r in enumerate(rows)}}
    bounds = {4: [0, 40, 120, 160], **{10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}}
    return Screen(package="com.example.tunes", digest="l", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _page(title: str, buttons: list[str]) -> Screen:
    lines = ['[4] ImageButton "Navigate up"', f"    {title}"] + [f'[{20 + i}] ImageButton "{b}"' for i, b in enumerate(buttons)]
    labels = {4: "Navigate up", **{20 + i: b for i, b in enumerate(buttons)}}
    bounds = {4: [0, 40, 120, 160], **{20 + i: [200 + 100 * i, 40, 290 + 100 * i, 130] for i in range(len(buttons))}}
    return Screen(package="com.example.tunes", digest="p", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _cands(screen: Screen) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable]
    return out + [Candidate({"kind": "back"}, "back", 0.1), Candidate({"kind": "done"}, "finish", 5.5)]


def _best(task: str, screen: Screen, since: list[dict[str, Any]]) -> dict[str, Any]:
    cands = _cands(screen)
    taken_marks.adjust(cands, task, screen, since)
    return max(cands, key=lambda c: c.score).action


def _tap(label: str) -> dict[str, Any]:
    return {"kind": "tap", "line": f"tap [10] {label}", "outcome": "success"}


SONGS = ["Night drive, starred | 3:41 · Lumo", "Paper boats | 2:58 · Ines", "Low tide, starred | 4:10 · Kaia",
         "Glass city | 3:05 · Lumo"]
OPEN = [_tap("Roadtrip | 4 songs")]


def test_the_mark_and_its_place_are_read_in_several_wordings():
    for task in ("Unstar every song in my Roadtrip playlist", "take the star off each Roadtrip song",
                 "remove all the Roadtrip songs from my favourites", "unfav all songs in Roadtrip"):
        assert taken_marks.mark(task) == "favorite", task
    assert taken_marks.mark("Entferne alle Lieder aus den Favoriten") == "favorite"
    assert taken_marks.mark("quita todas las canciones de mis favoritos") == "favorite"
    assert taken_marks.mark("unpin every chat") == "pin"
    for task in ("Unstar the song Night drive", "star every song in Roadtrip", "favourite all the Roadtrip songs",
                 "how many songs are starred?"):
        assert taken_marks.mark(task) is None, task  # one item, or a mark put on, or a question


def test_each_marked_row_is_opened_its_mark_taken_off_then_back():
    task = "Unstar every song in my Roadtrip playlist"
    assert _best(task, _list("Roadtrip", SONGS), OPEN) == {"kind": "tap", "element": 10}
    page = _page("Night drive", ["Unstar", "Share", "Delete"])
    since = [*OPEN, _tap(SONGS[0])]
    assert _best(task, page, since) == {"kind": "tap", "element": 20}
    assert _best(task, _page("Night drive", ["Star", "Share"]), [*since, _tap("Unstar")]) == {"kind": "back"}
    done_one = [SONGS[1], SONGS[2], SONGS[3].replace(", starred", "")]
    assert _best(task, _list("Roadtrip", done_one), [*since, _tap("Unstar"), {"kind": "back", "outcome": "success"}]) \
        == {"kind": "tap", "element": 14}
    none_left = [s.replace(", starred", "") for s in SONGS]
    assert _best(task, _list("Roadtrip", none_left), [*since, _tap("Unstar"), _tap(SONGS[2]), _tap("Unstar")]) \
        == {"kind": "done"}


def test_another_language_and_layout():
    task = "Entferne alle Notizen im Ordner Arbeit aus den Favoriten"
    rows = ["Angebot Müller, Favorit | 12. März", "Urlaub | 3. März", "Protokoll, Favorit | 1. März"]
    since = [_tap("Arbeit | 3 Notizen")]
    assert _best(task, _list("Arbeit", rows), since) == {"kind": "tap", "element": 10}
    page = _page("Angebot Müller", ["Aus Favoriten entfernen", "Teilen"])
    assert _best(task, page, [*since, _tap(rows[0])]) == {"kind": "tap", "element": 20}


def test_must_not_fire_outside_the_named_place_or_on_a_single_item():
    # the place named is no list's heading and was never opened: the rows cannot tell which are its own
    assert _best("unfavourite all the songs I heard in Lisbon", _list("Library", SONGS), []) == {"kind": "done"}
    assert _best("Unstar the song Night drive", _list("Roadtrip", SONGS), OPEN) == {"kind": "done"}
    # a page never reached from a marked row keeps its finish
    assert _best("Unstar every song", _page("Settings", ["Unstar"]), []) == {"kind": "done"}
