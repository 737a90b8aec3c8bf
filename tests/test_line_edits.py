"""A new first or last line put into a text a field holds: invented apps and wordings, with cases that must not fire."""

from cascadroid.agents import edits, line_edits
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.wording import canonical


def _editor(title: str, body: str) -> Screen:
    lines = ['[4] ImageButton "Back"', '[6] Button "Done"', f'[8] EditText "heading" = "{title}" (field)',
             f'[9] EditText "content" = "{body}" (field)']
    labels = {4: "Back", 6: "Done", 8: "heading", 9: "content"}
    return Screen(package="com.example.jotter", digest="j", lines=lines, actionable=list(labels), labels=labels,
                  editable={8: title, 9: body})


def test_where_the_new_line_goes():
    for task, placed in (('Add "Renew passport" as the first line of my memo "Errands"', ("Renew passport", "top")),
                         ('Put "Renew passport" at the very top of the Errands list, above the rest',
                          ("Renew passport", "top")),
                         ('"Renew passport" matters most: it goes at the top of my "Errands" memo.',
                          ("Renew passport", "top")),
                         ('Add "Feed the fish" as a new last line of my memo "Errands"', ("Feed the fish", "bottom")),
                         ('In my list "Errands" append a line "Feed the fish"', ("Feed the fish", "bottom"))):
        assert line_edits.placed_line(task) == placed, task


def test_the_new_line_keeps_the_others_on_their_own_lines():
    screen = _editor("Errands", "Post the parcel\nBuy stamps")
    typed = edits.adjust('Add "Renew passport" as the first line of my memo "Errands"', [], screen)
    assert typed[-1].text == "Renew passport\nPost the parcel\nBuy stamps"
    typed = edits.adjust('Add "Feed the fish" as a new last line of my memo "Errands"', [], screen)
    assert typed[-1].text == "Post the parcel\nBuy stamps\nFeed the fish"
    assert line_edits.with_line("Renew passport\nBuy stamps", "Renew passport", "top") == "Renew passport\nBuy stamps"


def test_a_terse_note_edit_is_no_new_note():
    said = canonical('memo Errands: insert "Renew passport" at top')
    assert edits.edit_of(said) == edits.Edit("Renew passport", line="top"), said
    assert "create" not in said.casefold()


def test_must_not_fire():
    for task in ('Create a new memo "Errands" with "Renew passport" as its first line',  # a new item
                 'Add "Renew passport" to my memo "Errands"',  # no place: the end, on the same line
                 'Scroll to the top of my memo "Errands"',  # nothing quoted to add but its name
                 'Move "Renew passport" from the top to the bottom of my memo "Errands"'):  # both ends: a move
        assert line_edits.placed_line(task) is None, task
    assert canonical("memo Errands - call Bo").startswith("create a new memo")  # a terse new memo stays one


def test_a_pin_to_the_top_adds_no_line():
    for task in ('Pin the "Road works" chat to the top in Talkie.', 'Move the "Road works" group to the top of my list'):
        assert line_edits.placed_line(task) is None, task


def test_a_pointing_word_is_no_text_to_add():
    assert edits.edit_of("add oat milk to my shopping list") == edits.Edit("oat milk")  # text said: appended
    for task in ("add it to my wish list", "add this to my shopping list", "add them to the list"):
        assert edits.edit_of(task) is None, task  # the thing on screen, not the word "it"
