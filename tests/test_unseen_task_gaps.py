"""General task shapes the agent was never tuned on: a level set on a slider, a verb no button says, ...
Invented screens and wordings only."""

from __future__ import annotations

from cascadroid.agents.cancelling import cancels_item
from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.slider_levels import level_reached, shown_level, wanted_level
from cascadroid.agents.wording import canonical


def _sliders(levels: dict[str, str], package: str = "org.example.lamp") -> Screen:
    lines = ["    Lighting"] + [f'[{i}] SeekBar "{name} {level}" (scrollable)'
                                  for i, (name, level) in enumerate(levels.items(), 5)]
    labels = {i: f"{name} {level}" for i, (name, level) in enumerate(levels.items(), 5)}
    return Screen(package=package, digest="-".join(levels.values()), lines=lines, actionable=list(labels),
                  labels=labels, locators={i: {"desc": label} for i, label in labels.items()})


def test_a_percentage_named_by_the_task_is_the_level_wanted():
    assert wanted_level("Dim the porch lamp to 35%") == 35
    assert wanted_level("make the fan speed 70 percent please") == 70
    assert wanted_level("set the lamp to 20% and the fan to 80%") is None  # two levels: not one slider's
    assert wanted_level("Make the lamp warmer") is None
    assert shown_level("Warmth 45%") == 45 and shown_level("Warmth") is None


def test_a_slider_moves_toward_the_named_level_and_the_task_ends_there():
    task = "Set the porch lamp warmth to 30%"
    first = rank(task, "", _sliders({"Warmth": "70%"}), [], [])[0]
    assert first.action == {"kind": "swipe", "direction": "left", "element": 5}
    up = rank("Set the porch lamp warmth to 90 percent", "", _sliders({"Warmth": "70%"}), [], [])[0]
    assert up.action == {"kind": "swipe", "direction": "right", "element": 5}
    there = rank(task, "", _sliders({"Warmth": "30%"}), [], [])[0]
    assert there.action["kind"] == "done"


def test_no_named_level_keeps_the_words_way_and_another_slider_at_the_level_ends_nothing():
    dimmer = rank("Make the porch lamp dimmer", "", _sliders({"Warmth": "70%"}), [], [])[0]
    assert dimmer.action == {"kind": "swipe", "direction": "left", "element": 5}
    screen = _sliders({"Warmth": "30%", "Fan speed": "60%"})
    assert not level_reached("Set the fan speed to 30%", {"fan", "speed"}, screen.labels,
                             {5: "SeekBar", 6: "SeekBar"})
    assert rank("Set the fan speed to 30%", "", screen, [], [])[0].action == {
        "kind": "swipe", "direction": "left", "element": 6}


def _buttons(package: str, labels: list[str], title: str) -> Screen:
    lines = [f"    {title}"] + [f'[{i}] Button "{label}"' for i, label in enumerate(labels, 5)]
    ids = dict(enumerate(labels, 5))
    return Screen(package=package, digest=title, lines=lines, actionable=list(ids), labels=ids,
                  locators={i: {"text": label} for i, label in ids.items()})


def test_cancelling_a_thing_presses_its_delete_or_stop_button_not_back():
    screen = _buttons("org.example.oven", ["Stop", "Add 1 min"], "Preheat 180°")
    assert cancels_item("Cancel the oven preheat") and cancels_item("please cancel my 6:15 wake-up call")
    first = rank("Cancel the oven preheat", "", screen, [], [])[0]
    assert first.action == {"kind": "tap", "element": 5}
    booking = _buttons("org.example.rides", ["Delete", "Share trip"], "Ride at 18:40")
    assert rank("cancel my ride at 18:40", "", booking, [], [])[0].action == {"kind": "tap", "element": 5}


def test_cancelling_a_dialog_or_nothing_named_is_still_going_back():
    assert not cancels_item("Cancel that popup") and not cancels_item("cancel it") and not cancels_item("Cancel")
    assert not cancels_item("the cancel button is greyed out, what now?")
    screen = _buttons("org.example.oven", ["Start", "Add 1 min"], "Preheat")
    assert rank("cancel this dialog", "", screen, [], [])[0].action == {"kind": "back"}


def test_a_thing_no_longer_needed_then_acted_on_by_a_pronoun_is_the_object():
    assert canonical("I don't need my lunch reminder any more, remove it.") == "remove my lunch reminder."
    assert canonical("We no longer use the Spare key note; bin it please.").startswith("delete the Spare key note")
    assert canonical("I don't need my umbrella, it is sunny") == "I do not need my umbrella, it is sunny"


def test_back_to_zero_is_a_reset_and_hold_is_a_pause():
    counter = _buttons("org.example.tally", ["Add lap", "Reset", "Share"], "Tally 37")
    assert rank("Put the tally counter back to zero", "", counter, [], [])[0].action == {"kind": "tap", "element": 6}
    player = _buttons("org.example.podcasts", ["Skip 30s", "Pause", "Speed"], "Episode 12")
    assert rank("Hold the episode for now", "", player, [], [])[0].action == {"kind": "tap", "element": 6}
    assert "reset" not in parse_goal("Set the counter to 10").verbs  # a number set is no reset
    assert "reset" not in parse_goal("Drop the price back to 0.99").verbs
