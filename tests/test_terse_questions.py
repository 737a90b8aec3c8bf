"""Short and chatty questions: what kind of value they ask for, and where a count is read."""

from __future__ import annotations

from cascadroid.agents import answers, counting


def test_a_date_asked_in_any_wording_is_a_date():
    assert answers.asked("What is the date of scan_0042.png?").kind == "date"
    assert answers.asked("for my records - which date was the invoice paid?").kind == "date"
    assert answers.asked("What day is the school fair?").kind == "date"
    assert answers.asked("What time does the fair start?").kind == "time"  # a time stays a time


def test_the_size_of_a_collection_is_how_many_things_it_holds():
    assert answers.asked("What is the size of the Hiking playlist?").kind == "count"
    assert answers.asked("How big is my Receipts folder?").kind == "count"
    assert answers.asked("What is the size of taxes_2024.pdf?").kind == "size"  # a file's bytes
    assert answers.asked("How big is the download?").kind == "size"


def test_it_in_a_count_question_is_the_holder_named_before():
    asked = counting.count_asked("Is my Hiking playlist long - how many songs does it have?")
    assert asked is not None and asked.noun == {"song"} and asked.place == {"hiking", "playlist"}
    asked = counting.count_asked("How many songs do I have?")
    assert asked is not None and not asked.place


def test_a_name_opening_a_short_question_finds_its_label_value_row():
    lines = ["    Ski report", "    Zermatt: -4°C, fresh snow", "    Chamonix: 2°C, cloudy", "    Verbier: -1°C, sunny"]
    asked = answers.asked("Chamonix temperature now?")
    assert answers.find(asked, lines, [], {}) == ("2°C", 0.9)
    assert answers.find(answers.asked("temperature now?"), lines, [], {}) is None  # no row named: no guess


def test_a_question_said_as_the_noun_phrase_it_asks_for_is_asked_plainly():
    from cascadroid.agents.wording import canonical
    assert canonical('The star rating of "Moss Lamp" in Buyly?') == 'What is the star rating of "Moss Lamp" in Buyly?'
    assert canonical("The name of the song that is playing on my radio app right now?") == \
        "What is the name of the song that is playing on my radio app right now?"
    assert canonical('The sender of the email "Rent"?') == 'Who sent the email "Rent"?'
    assert canonical("The rest of the list?") == "The rest of the list?"  # no value asked for
    assert canonical("The end of the story, please.") == "The end of the story"
