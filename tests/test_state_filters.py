"""A switch state that picks the rows a removal acts on ("delete the reminders that are off"): the rows in that state
are opened, no switch is toggled. Invented screens and wordings, with cases that must not fire."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.state_filters import filtered_state, row_scores
from cascadroid.agents.wording import canonical


def _reminders(items: list[tuple[str, bool]]) -> Screen:
    lines, labels, checked, context = ["    Nudges"], {}, {}, {}
    for n, (name, on) in enumerate(items):
        row, switch = 20 + 3 * n, 21 + 3 * n
        lines += [f'[{row}] LinearLayout "{name}"', f'[{switch}] Switch "{name} reminder" ({"on" if on else "off"})']
        labels[row], labels[switch], checked[switch], context[switch] = name, f"{name} reminder", on, name
    return Screen(package="org.example.nudge", digest=str(items), lines=lines, actionable=list(labels), labels=labels,
                  checked=checked, context=context, locators={i: {"text": label} for i, label in labels.items()})


ITEMS = [("Water ferns", True), ("Pay rent", False), ("Stretch break", True), ("Call grandma", False)]


def test_the_state_a_removal_names_picks_its_rows():
    for task in ("Delete all the reminders that are switched off.", "clear out disabled reminders",
                 "Anything I've turned off can go, delete those and keep the rest.", "Which reminders are off? Remove them."):
        assert filtered_state(canonical(task)) is False, task
    assert filtered_state(canonical("Delete the reminders that are on")) is True


def test_a_state_that_sets_a_switch_or_a_named_item_picks_no_rows():
    for task in ("Turn off the reminders that are on", "Switch off every reminder", "Delete the Pay rent reminder",
                 "How many reminders are off?"):
        assert filtered_state(canonical(task)) is None, task


def test_the_rows_in_that_state_are_opened_and_no_switch_is_toggled():
    page = _reminders(ITEMS)
    assert row_scores(page, False) == {23: 5.0, 29: 5.0}  # the rows of the switches that are off, not the switches
    ranked = rank("Delete all the reminders that are switched off.", "", page, ["Nudge"], [])
    assert ranked[0].action == {"kind": "tap", "element": 23}
    assert not any(c.action.get("element") in page.checked and c.score > 0 for c in ranked)
    assert not any(c.action["kind"] == "done" and c.score > 0.5 for c in ranked)  # rows in that state are left
