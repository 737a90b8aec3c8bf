"""A time read off the rows whose switch is in a state: invented schedules, with cases that must not fire."""

from cascadroid.agents import switched_rows
from cascadroid.agents.perceptor import Screen


def _schedule(rows: list[tuple[str, str, bool]]) -> Screen:
    """(name, time, on) rows, each a row and its switch (the switch's description carries the row's words)."""
    lines, labels, checked, context = ['    Watering'], {}, {}, {}
    for n, (name, time, on) in enumerate(rows):
        row, switch = 10 + 3 * n, 11 + 3 * n
        lines += [f'[{row}] LinearLayout "{name} | {time}"', f'[{switch}] Switch "{name}" ({"on" if on else "off"})']
        labels[row], labels[switch] = f"{name} | {time}", name
        checked[switch], context[switch] = on, f"{time} | {name}"
    return Screen(package="com.example.garden", digest="g", lines=lines, actionable=list(labels), labels=labels,
                  checked=checked, context=context)


ZONES = _schedule([("Front beds", "5:10 AM", False), ("Herbs", "6:40 AM", True), ("Lawn", "9:15 PM", True),
                   ("Pots", "7:05 AM", False)])


def test_the_earliest_and_latest_time_of_the_rows_in_the_asked_state():
    assert switched_rows.answer("What time is the earliest zone I have switched on?", ZONES) == "6:40 AM"
    assert switched_rows.answer("latest enabled zone?", ZONES) == "9:15 PM"
    assert switched_rows.answer("Of the zones that are off, which time comes first?", ZONES) == "5:10 AM"


def test_must_not_fire():
    assert switched_rows.answer("What time is the Herbs zone?", ZONES) is None  # no state, no order
    assert switched_rows.answer("Which zone comes first?", ZONES) is None  # an order but no state
    one = _schedule([("Herbs", "6:40 AM", True)])
    assert switched_rows.answer("earliest zone that is on?", one) is None  # no list to compare
    assert switched_rows.answer("Which zone comes first, of those that are on?", ZONES) == "6:40 AM"
