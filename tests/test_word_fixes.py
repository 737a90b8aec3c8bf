"""A wrong word of a text named with the word meant: invented wordings and texts, with cases that must not fire."""

from cascadroid.agents import edits, word_fixes
from cascadroid.agents.spelling import respelled
from cascadroid.agents.wording import canonical


def test_the_wrong_and_the_right_word():
    for task in ('In my memo "Packing" I spelt "necessary" wrong as "neccessary". Put it right.',
                 "There's a typo in my Packing memo: it says neccessary where it should say necessary.",
                 'Please fix the spelling in the "Packing" memo? "neccessary" should read "necessary".',
                 "memo Packing: neccessary -> necessary"):
        said = canonical(task)
        assert edits.edit_of(said) == edits.Edit("necessary", "neccessary"), (task, said)
    assert edits.Edit("necessary", "neccessary").applied("Bring what is neccessary only") == "Bring what is necessary only"


def test_a_task_about_a_slip_keeps_the_slip_as_typed():
    task = "My memo Packing says tommorow where it should say tomorrow"
    assert word_fixes.about_spelling(task)
    assert "tommorow" in respelled(task)
    assert "tomorrow" in respelled("remind me tommorow at 9")  # elsewhere a slip is still mended


def test_must_not_fire():
    for task in ("Rename my memo Packing to Holiday packing", "What should the memo Packing say?",
                 'Replace "shoes" with "boots" in my memo "Packing"'):
        assert word_fixes.word_fix(task) is None, task
    assert word_fixes.arrowed_fix("memo Packing: title -> Holiday packing") is None  # a field of the memo, set
    said = canonical('the memo "Packing" should say "Only carry-on" instead')
    assert said.startswith("replace the text of"), said  # a whole new text, no word fixed
