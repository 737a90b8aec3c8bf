"""A part that sets a switch is over once a switch its words name was tapped from the other state; the next part of
the task, on the same page, is in progress (agents/task_parts.py). Invented settings pages, with cases that must not
move on."""

from cascadroid.agents.task_parts import current_part


def _tap(label: str) -> dict:
    return {"kind": "tap", "line": f'tap [12] "{label}"', "outcome": "success"}


TASK = "turn on battery saver and put the ring volume at its highest"


def test_the_next_part_once_the_switch_was_flipped():
    assert current_part(TASK, []) == "turn on battery saver"
    assert current_part(TASK, [_tap("Battery saver | Battery saver: OFF")]) == "put the ring volume at its highest"
    task = "switch off the hotspot, then set media volume to 20%"
    assert current_part(task, [_tap("Hotspot | Hotspot: ON")]).endswith("media volume to 20%")


def test_must_not_move_on_from_another_switch_or_the_same_state():
    assert current_part(TASK, [_tap("Bluetooth | Bluetooth: OFF")]) == "turn on battery saver"  # another setting
    assert current_part(TASK, [_tap("Battery saver | Battery saver: ON")]) == "turn on battery saver"  # turned off
