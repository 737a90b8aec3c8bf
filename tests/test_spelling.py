"""Typing slips in an English task are read as the words meant; names, titles and other languages are left alone."""

import pytest

from cascadroid.agents.spelling import meant, respelled, slipped_names
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("typed, read", [
    ("set an akarm for 6:30 on weekdays", "set an alarm for 6:30 on weekdays"),  # a neighbouring key
    ("pls renmae the playlist to Gym", "pls rename the playlist to Gym"),  # two letters swapped
    ("delte the screenshot from this morning", "delete the screenshot from this morning"),  # a letter dropped
    ("turn the brigthness all the way up", "turn the brightness all the way up"),
    ("send the adress to Tomasz", "send the address to Tomasz"),  # first letter kept: not "dress"
    ("open my calender for next week", "open my calendar for next week"),  # a rare word next to a common one
    ("mark the mial from Ingrid as unread", "mark the mail from Ingrid as unread"),
    ("fvaourite the picture of the lake", "favourite the picture of the lake"),  # phone words the list lacks
])
def test_a_slipped_word_is_read_as_the_word_meant(typed, read):
    assert respelled(typed) == read


@pytest.mark.parametrize("typed, read", [
    ("dont let the timer ring", "don't let the timer ring"),
    ("im late, text Priya whats up", "I'm late, text Priya what's up"),
    ("it doesnt matter, delete the file", "it doesn't matter, delete the file"),
])
def test_left_out_apostrophes_are_put_back(typed, read):
    assert respelled(typed) == read


@pytest.mark.parametrize("task", [
    'rename the note "Recipt ideas" to "Shoping list"',  # quoted titles stay as typed
    "text Zorbek that the meeting moved",  # a capitalised name
    "open qwertz.example.org/akarm in the browser",  # URLs and file names
    "move budgett_v2.xlsx to the Archive folder",
    "turn wifi off",  # nothing slipped
])
def test_names_titles_and_addresses_stay_as_typed(task):
    assert respelled(task) == task


@pytest.mark.parametrize("task", [
    "ponle una alarma por favor",  # Spanish: "alarma" is no slip of "alarm"
    "schalte bitte das licht an",  # German
    "ajoute un rappel pour demain",  # French
    "tolong matikan wifi",  # Indonesian
])
def test_other_languages_are_left_alone(task):
    assert respelled(task) == task


def test_a_word_that_is_no_slip_of_a_common_word_is_kept():
    assert meant("zorbek") is None
    assert meant("hotspot") is None  # a phone word, known
    assert meant("mila") is None  # four letters: only a swap counts, and no common word is one swap away


def test_the_reader_sees_the_mended_task():
    assert "alarm" in canonical("set an akarm for 7:15 called Swim")


@pytest.mark.parametrize("typed, read", [
    ("Turn Bletooth off before the flight", "Turn Bluetooth off before the flight"),  # a phone word with a capital
    ("Add the sunset shot to my Galllery favourites", "Add the sunset shot to my Gallery favourites"),
])
def test_a_phone_word_written_with_a_capital_is_mended_too(typed, read):
    assert respelled(typed) == read


def test_app_names_one_slip_away_are_found_against_the_device_apps():
    labels = {"telegram", "whatsapp", "instagram", "spotify", "maps"}
    assert slipped_names({"telegarm", "send", "photo"}, labels) == {"telegram"}
    assert slipped_names({"whatsap", "spotfy"}, labels) == {"whatsapp", "spotify"}
    assert slipped_names({"mapss", "photo", "signal"}, labels) == set()  # short names and known words stay


def test_a_task_naming_a_slipped_app_opens_that_app():
    from cascadroid.agents import app_choice
    from cascadroid.agents.goal import clause_verbs
    from cascadroid.agents.text import words
    from cascadroid.device.types import AppInfo

    apps = [AppInfo(label="Telegram", package="org.telegram.messenger"), AppInfo(label="Messages", package="com.google.android.apps.messaging"),
            AppInfo(label="Spotify", package="com.spotify.music")]
    for task, app in (("send Ilse the photo on Telegarm", "Telegram"), ("play my liked songs on Spotfy", "Spotify")):
        choices = app_choice.choose(words(task), "com.android.launcher3", apps, task, clause_verbs(task))
        assert max(choices, key=lambda c: c.score).app.label == app


def test_slips_of_what_a_phone_keeps_are_put_right_and_real_words_are_not():
    assert respelled("whats Ana Ruiz's adress in my phonebook?") == "what's Ana Ruiz's address in my phonebook?"
    assert respelled("how many things are in my calender on monday") == "how many things are in my calendar on monday"
    assert respelled("add it to my favroites and read the unread mesages") == "add it to my favorites and read the unread messages"
    assert respelled("the closet cafe, I stared at it, Adress Kowalczyk") == "the closet cafe, I stared at it, Address Kowalczyk"


@pytest.mark.parametrize("task", [
    "when does the garden centre close",
    "change the colour of the theatre tickets label",
    "organise my photos and cancel the travelled route",
])
def test_british_spellings_are_no_slips(task):
    assert respelled(task) == task


def test_common_misspellings_are_put_right_but_quoted_words_stay_as_typed():
    assert respelled("remaind me tommorow to check the calenders") == "remind me tomorrow to check the calendars"
    assert respelled('text Noor "dont wait, see you tommorow"') == 'text Noor "dont wait, see you tommorow"'


def test_misspellings_people_make_in_task_words():
    assert respelled("reply to the email i recieved from Kemal Aydin") == "reply to the email i received from Kemal Aydin"
    assert respelled("add Dentist to my calender tommorow") == "add Dentist to my calendar tomorrow"
    assert respelled("Adress of Pine Library?") == "Address of Pine Library?"
