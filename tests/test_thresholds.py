"""A count of rows by a value each shows ("how many Ramen bars are rated 4 or better", "under $20"), on an invented
places app's screens: the kind counted is searched for first, then the rows of that kind meeting the condition are
counted (no number on a row answers it); a count with no value of a kind rows show is left as it was."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import counting
from cascadroid.agents.candidates import rank
from cascadroid.agents.thresholds import Threshold, threshold

GUIDE = "org.example.cityguide"


def row(top: int, label: str) -> str:
    return node("android.widget.LinearLayout", (0, top, W, top + 200),
                node("android.widget.TextView", (40, top + 20, 1000, top + 180), text=label), click=True)


def guide(query: str, *labels: str) -> object:
    field = node("android.widget.EditText", (40, 100, 1040, 220), text=query or "Search the guide",
                 rid="org.example.cityguide:id/search_box", click=True)
    return screen_of(GUIDE, field, node("androidx.recyclerview.widget.RecyclerView", (0, 300, W, 2300),
                                        *(row(300 + 210 * i, label) for i, label in enumerate(labels)), scroll=True))


RAMEN = ("Menya Kai | 4.6 ★ (812) · Ramen bar · 12 Dock Rd · 0.4 km", "Slurp Shop | 3.9 ★ (95) · Ramen bar · 7 Elm Ct · 1.1 km",
         "Noodle Den | 4.1 ★ (40) · Ramen bar · 31 Hill St · 2.0 km", "Taco Loco | 4.8 ★ (1,002) · Taqueria · 2.2 km")


def test_a_condition_is_read_with_its_kind_of_value():
    assert threshold("How many Ramen bars are rated 4 or better?") == Threshold("rating", ">=", 4.0)
    assert threshold("Count the hotels with at most 3 stars") == Threshold("rating", "<=", 3.0)
    assert threshold("how many of the lamps cost under €40?") == Threshold("price", "<", 40.0)
    assert threshold("How many parks are more than 2 km away?") == Threshold("distance", ">", 2000.0)
    assert threshold("How many calls lasted longer than 10 minutes?") == Threshold("duration", ">", 10.0)


def test_a_number_of_no_kind_rows_show_is_no_condition():
    assert threshold("How many emails have more than 3 attachments?") is None
    assert threshold("How many alarms are set for 7 or later?") is None
    assert counting.count_asked("How many unread emails do I have?").over is None
    assert not counting.by_value("How many photos are in my Trip album?")


def test_the_kind_counted_is_searched_for_first():
    best = rank("How many Ramen bars in the guide are rated 4 or better?", "", guide(""), [], [], notes={})[0]
    assert best.action["kind"] == "type" and best.action["text"] == "Ramen"


def test_rows_of_the_kind_meeting_the_condition_are_counted():
    history = [{"kind": "type", "line": 'type "Ramen" into [5] search', "outcome": "success"},
               {"kind": "swipe", "line": "scroll down to see more", "outcome": "no_change"}]  # the list's end
    best = rank("How many Ramen bars in the guide are rated 4 or better?", "", guide("Ramen", *RAMEN), [], history,
                notes={})[0]
    assert best.action == {"kind": "done", "answer": "2"}  # Menya Kai and Noodle Den; the taqueria is no ramen bar
    ask = counting.count_asked("How many Ramen bars in the guide are rated 4 or better?")
    assert counting.count(ask, guide("Ramen", *RAMEN))[0] == 2


def test_a_plain_count_is_no_count_by_value():
    ask = counting.count_asked("How many Ramen bars are there?")
    assert ask.over is None and ask.marks == set()
    assert not counting.by_value("How many Ramen bars are there?")
