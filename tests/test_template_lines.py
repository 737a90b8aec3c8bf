"""A value read earlier written into the task's own template (agents/template_lines.py): invented services and
notes, and quotes that hold no placeholder."""

from __future__ import annotations

from cascadroid.agents.subgoals import in_progress
from cascadroid.agents.template_lines import filled


def test_a_template_after_like_is_what_it_stands_for() -> None:
    assert filled('Add it as a new last line of my note "Vault", like "ParkMe <code>".', "884213") == \
        'Add "ParkMe 884213" as a new last line of my note "Vault".'
    assert filled('save it in "Trips" in the form "Gate {gate}"', "B12") == 'save "Gate B12" in "Trips"'


def test_a_placeholder_in_a_quoted_line_takes_the_value() -> None:
    assert filled('append a line "Locker [the number]" to my "Gym" note', "42") == 'append a line "Locker 42" to my "Gym" note'


def test_quotes_without_a_placeholder_stay() -> None:
    for rest in ('Add it to my note "Codes <3"', 'Text Bo it', 'Add it to my note "Vault", like "ParkMe code"'):
        assert filled(rest, "884213") == rest


def test_the_read_value_fills_the_template_once_read() -> None:
    task = 'Add the code Velo texted me as a new last line of my note "Bike", like "Velo <code>".'
    assert in_progress(task, {})[1] is not None  # read first
    now, reading = in_progress(task, {"code": "5521"})
    assert reading is None and '"Velo 5521"' in now and "<code>" not in now
