"""A checklist item kept as text ticked off, every other line kept (agents/checklist_ticks.py, agents/edits.py), and
an edit typed then saved is finished: invented notes in English, German and Spanish, with cases that must not fire."""

from cascadroid.agents import checklist_ticks, edits

TODO = "- [ ] Call plumber\n- [x] Pay rent\n- [ ] Book flights"
EINKAUF = "☐ Brot\n☐ Milch\n☑ Eier"


def test_the_item_is_read_in_several_wordings():
    assert checklist_ticks.ticked_item('In my "Chores" note, tick off "Call plumber"') == "Call plumber"
    assert checklist_ticks.ticked_item('Great, "Book flights" is done! Mark it in my Trip list') == "Book flights"
    assert checklist_ticks.ticked_item('hak "Milch" in meiner Einkaufsliste ab') == "Milch"
    assert checklist_ticks.ticked_item('marca "Pan" como hecho en mi lista') == "Pan"
    for task in ('mark "Trip" as read', 'add "Call plumber" to my Chores note', "tick off the plumber"):
        assert checklist_ticks.ticked_item(task) is None, task


def test_only_the_items_box_is_ticked():
    assert checklist_ticks.with_tick(TODO, "Book flights") == "- [ ] Call plumber\n- [x] Pay rent\n- [x] Book flights"
    assert checklist_ticks.with_tick(EINKAUF, "Milch") == "☐ Brot\n☑ Milch\n☑ Eier"
    assert checklist_ticks.with_tick(TODO, "Pay rent") == TODO  # ticked already
    assert checklist_ticks.with_tick("Call plumber\nPay rent", "Call plumber") == "Call plumber\nPay rent"  # no box


def test_an_edit_typed_and_saved_is_finished():
    task = 'In my "Chores" note, tick off "Call plumber"'
    typed = {"kind": "type", "line": 'type "- [x] Call plumber" into [13] body', "outcome": "success"}
    saved = {"kind": "tap", "line": 'tap [11] "Save"', "outcome": "success"}
    assert edits.saved(task, [typed, saved])
    assert not edits.saved(task, [saved])  # nothing typed
    assert not edits.saved(task, [typed, {"kind": "tap", "line": 'tap [12] "Share note"', "outcome": "success"}])
    assert not edits.saved("call Bo", [typed, saved])  # no edit asked
