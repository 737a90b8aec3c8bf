"""An item named by part of its number ("whose number ends in 4411"), on an invented address book: the digits go
into its search box, then the first row found is opened; no digits named, or no search box, and nothing fires."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import number_fragments
from cascadroid.agents.candidates import rank

BOOK = "org.example.addressbook"


def book(query: str, *names: str) -> object:
    field = node("android.widget.EditText", (40, 100, 1040, 220), text=query or "Find people",
                 rid="org.example.addressbook:id/find", click=True)
    rows = [node("android.widget.LinearLayout", (0, 300 + 180 * i, W, 460 + 180 * i),
                 node("android.widget.TextView", (40, 320 + 180 * i, 1000, 440 + 180 * i), text=name), click=True)
            for i, name in enumerate(names)]
    add = node("android.widget.ImageButton", (880, 2100, 1040, 2260), desc="New person", click=True)
    return screen_of(BOOK, field, node("androidx.recyclerview.widget.RecyclerView", (0, 280, W, 2000), *rows,
                                       scroll=True), add)


TASK = "Change the name of the person whose mobile number ends with 4411 to Iris Lund"


def test_the_digits_are_read_from_the_end_or_start_of_a_number():
    assert number_fragments.fragment(TASK) == "4411"
    assert number_fragments.fragment("the card starting with 4929, block it") == "4929"
    assert number_fragments.fragment("entry ...8812 -> delete") == "8812"


def test_no_digits_are_read_from_other_numbers():
    assert number_fragments.fragment("Call 0307 4411 now") is None
    assert number_fragments.fragment("the meeting ends in 10 minutes") is None  # no number of an item


def test_the_digits_are_searched_for_then_the_row_found_is_opened():
    best = rank(TASK, "", book("", "Ada Moss", "Bike shop", "Carl Ek"), [], [], notes={})[0]
    assert best.action["kind"] == "type" and best.action["text"] == "4411"
    found = book("4411", "Bike shop")
    best = rank(TASK, "", found, [], [{"kind": "type", "line": 'type "4411" into [3] find', "outcome": "success"}],
                notes={})[0]
    assert best.action == {"kind": "tap", "element": next(i for i, t in found.labels.items() if t == "Bike shop")}


def test_without_a_number_fragment_the_list_is_not_searched_for_digits():
    best = rank("Change the name of Bike shop to Iris Lund", "", book("", "Ada Moss", "Bike shop"), [], [], notes={})[0]
    assert not (best.action["kind"] == "type" and best.action.get("text", "").isdigit())
