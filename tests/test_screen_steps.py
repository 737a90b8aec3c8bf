"""UI steps said loosely are read as the request they make (agents/screen_steps.py, closings.py, values.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.closings import untailed
from cascadroid.agents.screen_steps import screen_stepped
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("Open Quillo, long-press the chat with Tove Brandt and hit Archive.", "In Quillo, archive the chat with Tove Brandt."),
    ('Open the note "Errands", tap Rename and make it "Errands old".', 'rename the note "Errands" to "Errands old".'),
    ("Go into Zibbook, open Pim Okafor, hit Edit and change the name to Pim Oak, then save.",
     "In Zibbook, rename Pim Okafor to Pim Oak."),
    ('Open the mail "Kite day", tap Reply, type "count me in" and hit send.', 'reply "count me in" to the mail "Kite day".'),
    ("In Docsy, hit the star on budget_q3.xlsx so it shows up in my starred files.", "In Docsy, star budget_q3.xlsx."),
    ("Open IMG_2231.jpg and tap the heart again.", "unfavourite IMG_2231.jpg."),
    ("Tap the trash can on lake.png.", "delete lake.png."),
    ("Go into Settings, open Bluetooth and tap Kite Buds to connect to it.",
     "In Settings, connect to the Bluetooth Kite Buds."),
    ('Open Tikkr, tap the "Swim" alarm, change the time to 06:40 and hit OK.',
     'In Tikkr, change the time of the "Swim" alarm to 06:40.'),
    ('Open the memo "Packing", tap at the very end and type "and socks".', 'add "and socks" at the end of the memo "Packing".'),
    ('Open Zibcal, hit the + button, fill in "Kite day" for Friday at 10:00, put Pier 4 as the location and save.',
     'In Zibcal, add "Kite day" for Friday at 10:00, with Pier 4 as the location.'),
    ("Open Zibbook, tap the +, type Pim Okafor and the number 555-0142, then hit Save.",
     "In Zibbook, add Pim Okafor with the number 555-0142."),
    ("Open Zibshop, tap the basket icon and tell me the total it shows.", "In Zibshop, tell me the total of the basket."),
    ("Abre Quillo, mantén pulsado el chat Familia y toca Silenciar.", "In Quillo, silenciar el chat Familia."),
    ("Öffne die Notiz Einkauf und tippe auf Löschen.", "die Notiz Einkauf löschen."),
    ("Ouvre la note Courses et appuie sur Supprimer.", "supprimer la note Courses."),
])
def test_a_tap_on_a_named_control_is_the_act_it_names(said: str, meant: str) -> None:
    assert screen_stepped(said) == meant


@pytest.mark.parametrize("said", [
    "I hit the gym, then call Tove Brandt",  # no control tapped
    "Tap Delete.",  # nothing picked before the button
    "Open Settings, change the ringtone to Bells.",  # an app opened, not a thing tapped
    "Open Zibbook and add Pim Okafor.",
])
def test_what_taps_no_named_control_stays(said: str) -> None:
    assert screen_stepped(said) == said


def test_an_ok_tapped_is_the_button_not_a_closing() -> None:
    assert untailed("change the time to 06:40 and hit OK.") == "change the time to 06:40 and hit OK."
    assert untailed("change the time to 06:40, ok?") == "change the time to 06:40"


def test_loose_steps_read_as_the_request() -> None:
    assert canonical("Open Quillo, long-press the chat with Tove Brandt and hit Delete.") \
        == "delete the chat with Tove Brandt, in Quillo."
    assert canonical("Go into Zibbook, open Pim Okafor, hit Edit and change the name to Pim Oak, then save.") \
        == "rename Pim Okafor to Pim Oak, in Zibbook."


@pytest.mark.parametrize("said", [
    # an icon tapped in an app just opened, nothing picked, goes to a section (review 29, item 2)
    "Open Photos and tap the trash icon",
    "Open Photos and tap the bin",
    "Open Chrome and tap the bookmark icon",
    "Open Gallery and tap the heart",
    "Open the Kestrel app and tap the star",
    "Open Snapgrid and hit Delete",
    "Öffne Bildwerk und tippe auf Löschen",
    "Open the Appmart and tap the star next to the app",
    "Open Snapgrid and tap the heart on the first one",
])
def test_a_tap_right_after_an_app_is_opened_is_no_act_on_the_app(said: str) -> None:
    assert screen_stepped(said) == said


@pytest.mark.parametrize(("said", "kept"), [
    # Edit opens an editor: what is made or typed next is the content, not a new name (review 29, item 7)
    ("Open the photo, tap Edit and make it black and white", "make it black and white"),
    ("Open the photo, tap Edit and make it brighter", "make it brighter"),
    ('Open the note Larder, tap Edit and type "oat milk"', 'type "oat milk"'),
    ("Öffne das Foto, tippe auf Bearbeiten und mach es heller", "mach es heller"),
])
def test_what_is_made_or_typed_after_edit_is_no_new_name(said: str, kept: str) -> None:
    assert "rename" not in screen_stepped(said) and kept in screen_stepped(said)


def test_a_thing_named_in_an_app_just_opened_is_still_acted_on() -> None:
    assert screen_stepped("Open Docsy and hit the star on budget_q3.xlsx") == "Open Docsy and star budget_q3.xlsx"


def test_an_edit_names_a_new_name_only_as_a_name() -> None:
    assert screen_stepped("Open Pim Okafor, hit Edit and change the name to Pim Oak") == "rename Pim Okafor to Pim Oak"
    assert screen_stepped("Open the note Larder, tap Rename and type Pantry") == "rename the note Larder to Pantry"


def test_a_plus_that_is_no_new_thing_and_a_control_that_acts_stay_steps():
    # must not fire (review2 item 13): a calculator's plus, a chat's + (attachments), a field or a number typed after
    # "New", a control that acts ("refresh", "next")
    for said in ("Open Calculator, type 3, tap plus, type 5 and tell me the result",
                 "In the calculator press the plus button, enter 7 and hit equals",
                 "Open the chat with Ivo Tran, tap the + and type a caption",
                 "In the Kiln thread hit the plus icon and write hello",
                 "tap New, enter the meeting name and save",
                 "tap the refresh button and tell me the price it shows",
                 "tap the next button and tell me the title it shows",
                 "hit the reload icon and read me the score it shows"):
        assert screen_stepped(said) == said
