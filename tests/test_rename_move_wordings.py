"""Everyday wordings of renaming, moving and noting an attribute, read as the plain request."""

from __future__ import annotations

from fixtures_uidump import screen_of
from test_menus_counting import button, listing, row, tapped, toolbar

from cascadroid.agents.candidates import rank
from cascadroid.agents.wording import canonical


def test_call_it_a_new_name_is_a_rename():
    assert canonical("Please call it budget_final.xlsx").startswith("rename it to budget_final.xlsx")
    assert canonical("That playlist is badly named, please call it Road Songs instead.").startswith(
        "rename it to Road Songs")
    assert canonical("Call them now") == "Call them now"  # a phone call stays a call
    assert "rename" not in canonical("Call it in when you are ready")


def test_where_the_item_is_now_is_no_destination():
    picker = screen_of("com.mi.android.globalFileexplorer", toolbar("Move to", button("Navigate up", (0, 120, 100, 220))),
                       listing(row(300, "Downloads"), row(480, "Taxes"), row(660, "Pictures")))
    task = "scan_88.pdf landed in Downloads by accident - could you move it over to Taxes?"
    best = rank(task, "", picker, [], [tapped("scan_88.pdf"), tapped("Move to")])[0]
    assert best.action["kind"] == "tap" and "Taxes" in best.text


def test_a_terse_note_of_its_attribute_reads_it_first():
    assert canonical("memo Blue Door Bar: its address") == (
        'look up the address of Blue Door Bar and save it in a new note titled "Blue Door Bar"')


def test_give_it_a_new_name_is_a_rename():
    assert canonical("Give my Trip playlist a new name: Summer 2024") == "rename my Trip playlist to Summer 2024"
    assert canonical("give the scan the name receipt_04.pdf").startswith("rename the scan to receipt_04.pdf")
    assert canonical("give the dog a bath") == "give the dog a bath"  # no name given


def test_keep_it_in_a_note_saves_it_there():
    assert canonical("Find the gate code and stick it in my Travel note") == "Find the gate code and save it in my Travel note"
    assert canonical("keep it in the fridge") == "keep it in the fridge"


def test_a_leading_purpose_naming_nothing_gives_way_to_the_request():
    assert canonical("For my scrapbook, look up when IMG_4410.jpg was taken").startswith("look up when IMG_4410.jpg")
    assert canonical("For the Hiking album, add IMG_1.jpg") == "For the Hiking album, add IMG_1.jpg"  # names the album
