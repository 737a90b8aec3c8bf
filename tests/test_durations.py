"""The longest / shortest row by the span or length it shows, on invented apps' screens (a day planner, a call log):
a span of clock times ("9am – 10:30am", "22:00-01:00", "14:00 bis 16:30") or a length ("1 h 20 min"); only the rows
of the day the task names count."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import answers, durations
from cascadroid.agents.candidates import rank

PLANNER = "org.example.dayplanner"


def row(top: int, *texts: str) -> str:
    parts = [node("android.widget.TextView", (60, top + 20 + 60 * i, 900, top + 70 + 60 * i), text=t)
             for i, t in enumerate(texts)]
    return node("android.widget.LinearLayout", (0, top, W, top + 160), *parts, click=True)


def day_page(title: str, *rows_: tuple[str, str]) -> object:
    """A planner's day page: a title with the day, arrows, one row per entry (no scrolling list)."""
    return screen_of(PLANNER, node("android.widget.TextView", (300, 100, 780, 200), text=title),
                     node("android.widget.ImageButton", (40, 100, 200, 200), desc="Earlier day", click=True),
                     node("android.widget.ImageButton", (880, 100, 1040, 200), desc="Later day", click=True),
                     *(row(300 + 180 * i, name, when) for i, (name, when) in enumerate(rows_)))


def first(task: str, screen):
    return rank(task, "", screen, [], [], notes={})[0]


def test_a_span_or_a_length_is_read_in_minutes():
    assert durations.minutes("Pottery class | 9am – 10:30am") == 90
    assert durations.minutes("Night shift · 22:00-01:00") == 180  # past midnight
    assert durations.minutes("Sitzung 14:00 bis 16:30") == 150
    assert durations.minutes("Mum · 1 h 20 min") == 80
    assert durations.minutes("Rehearsal 45 Min.") == 45
    assert answers.row_value("duration", "Pottery class | 9am – 10:30am") == 90


def test_no_length_where_a_row_says_none():
    assert durations.minutes("Missed call · 12 min ago") is None  # a time ago is no length
    assert durations.minutes("Pages 3 - 5") is None  # numbers, no clock times
    assert durations.minutes("Starts at 10:30") is None
    assert durations.minutes("Gym · 800 m") is None  # metres are no minutes


def test_longest_and_shortest_rank_by_duration_and_take_no_other_superlative():
    assert durations.LONGEST.search("Which session lasts the longest?")
    assert durations.LONGEST.search("Of all my bookings that day, which one takes up the most time?")
    assert durations.SHORTEST.search("the shortest call yesterday")
    assert not durations.LONGEST.search("Which shop is the cheapest?")
    assert not durations.LONGEST.search("I spend most time at home, call Ana")  # no question of time


def test_the_longest_entry_of_the_day_shown_is_answered_by_name():
    page = day_page("Fri, Mar 20, 2026", ("Pottery class", "9am – 10:30am"), ("Dentist check", "11:00 – 11:20"),
                    ("Choir", "18:00 – 20:15"))
    assert first("Which of my plans on Friday, March 20, 2026 lasts the longest?", page).action == {
        "kind": "done", "answer": "Choir"}
    assert first("What's the shortest of my plans on Friday, March 20, 2026?", page).action == {
        "kind": "done", "answer": "Dentist check"}


def test_another_days_page_gives_no_answer():
    page = day_page("Thu, Mar 19, 2026", ("Pottery class", "9am – 10:30am"), ("Choir", "18:00 – 20:15"))
    best = first("Which of my plans on Friday, March 20, 2026 lasts the longest?", page)
    assert best.action.get("kind") != "done"
