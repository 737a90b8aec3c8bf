"""The copy of a repeated control that belongs to the item the task names (agents/button_owners.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of


def _wallet():
    """An invented wallet: two cards, each followed by the same row holding the same unlabelled switch."""
    def section(top: int, name: str, kind: str, rid: str) -> list[str]:
        return [node("TextView", (40, top, 1040, top + 80), name), node("TextView", (40, top + 90, 1040, top + 150), kind),
                node("LinearLayout", (0, top + 160, 1080, top + 280), "", "",
                     node("TextView", (40, top + 180, 700, top + 260), "Pause"),
                     node("Switch", (900, top + 180, 1040, top + 260), "", "Pause card", clickable=True, rid=rid))]
    return screen_of(*section(300, "Everyday account", "Debit card · Visa", "org.example.wallet:id/a"),
                     *section(800, "Travel account", "Credit card · Visa", "org.example.wallet:id/b"))


def test_the_copy_after_the_item_the_task_names_is_the_one_in_rows_as_alike_as_the_control():
    observation, screen = _wallet()
    second = next(e.id for e in observation.elements if e.resource_id == "org.example.wallet:id/b")
    assert first("pause my credit card", screen) == {"kind": "tap", "element": second}


def test_must_not_fire_when_the_task_names_no_item():
    observation, screen = _wallet()
    firsts = next(e.id for e in observation.elements if e.resource_id == "org.example.wallet:id/a")
    assert first("Pause card", screen) == {"kind": "tap", "element": firsts}
