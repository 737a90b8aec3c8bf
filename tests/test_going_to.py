"""Tasks that only go somewhere (agents/going_to.py): done once the thing is in front, and its row rather than
the row's buttons that do something else to it. Invented apps and wordings; cases where neither may fire."""

from __future__ import annotations

from cascadroid.agents.going_to import arrived, only_going, other_action
from cascadroid.agents.perceptor import Screen


def _screen(lines: list[str], labels: dict[int, str], editable: dict[int, str] | None = None) -> Screen:
    return Screen(package="org.example.reader", digest="d", lines=lines, actionable=list(labels), labels=labels,
                  editable=editable or {})


_TAPPED = [{"kind": "tap", "outcome": "success", "line": 'tap [14] "Rust weekly | rust.example.org"'}]
# A reader app after tapping the saved article's row: its title as plain text, the list gone.
_ARTICLE = _screen(["[3] EditText \"address\" = \"rust.example.org\" (field)", "[5] ImageButton \"Menu\"",
                    "    Rust weekly", "    Issue 312: async closures"], {3: "address", 5: "Menu"}, {3: "rust.example.org"})


def test_only_going_reads_the_tasks_verbs() -> None:
    assert only_going({"open"}) and only_going({"go", "do"}) and only_going({"take"})
    assert not only_going({"open", "delete"}) and not only_going(set()) and not only_going({"mute"})


def test_the_rows_other_actions_are_not_the_way_there() -> None:
    assert other_action("Close Rust weekly tab", "Rust weekly | rust.example.org", {"switch"})
    assert other_action("Remove Rust weekly", "Rust weekly", {"open"})


def test_other_actions_stay_when_asked_or_outside_a_row() -> None:
    assert not other_action("Close Rust weekly tab", "Rust weekly | rust.example.org", {"close"})  # asked
    assert not other_action("Close Rust weekly tab", "", {"switch"})  # no row: a page's own button
    assert not other_action("Open Rust weekly", "Rust weekly", {"open"})  # the going itself
    assert not other_action("Rust weekly", "Reading list", {"open"})  # the row, no verb


def test_arrived_when_the_tapped_things_page_shows_its_name() -> None:
    assert arrived(_ARTICLE, ["Rust weekly"], _TAPPED, {"open"})


def test_not_arrived_while_the_name_is_still_a_row_or_more_is_asked() -> None:
    still_listed = _screen(["[14] LinearLayout \"Rust weekly | rust.example.org\""], {14: "Rust weekly | rust.example.org"})
    assert not arrived(still_listed, ["Rust weekly"], _TAPPED, {"open"})
    assert not arrived(_ARTICLE, ["Rust weekly"], _TAPPED, {"open", "share"})  # something to do there still
    other = [{"kind": "tap", "outcome": "success", "line": 'tap [9] "Go weekly | go.example.org"'}]
    assert not arrived(_ARTICLE, ["Rust weekly"], other, {"open"})  # another row was tapped


def test_a_thing_said_saved_as_a_bookmark_earlier_is_in_the_bookmarks() -> None:
    from cascadroid.agents.browsing import collection

    assert collection('Take me to "Rust weekly" (we saved "Rust weekly" as a bookmark last week)') == "bookmark"
    assert collection("Save this page as a bookmark") is None  # a request to bookmark: an action
    assert collection("Bookmark the page I saved") is None
