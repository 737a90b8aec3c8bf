"""Short notes with arrows or an app and a colon as requests (agents/arrow_notes.py). Invented apps, people, items."""

from __future__ import annotations

from cascadroid.agents.arrow_notes import arrow_noted


def test_places_walked_through_then_the_act():
    assert arrow_noted('Notely -> archive -> restore "Plans"') == 'restore "Plans" in archive in Notely'
    assert arrow_noted("Tickr -> timer -> pause") == "pause the timer in Tickr"


def test_an_act_with_no_thing_of_its_own_acts_on_the_step_before():
    assert arrow_noted("cheapest sushi bar -> ring it") == "ring the cheapest sushi bar"
    assert arrow_noted("cat.png -> mail to bo@ex.org") == "mail cat.png to bo@ex.org"
    assert arrow_noted('post "Hiring" from Ana Li -> open the link it has') == \
        'open the link that post "Hiring" from Ana Li has'
    assert arrow_noted("text from Bo Li -> the number it came from -> add to Bo Li's card") == \
        "add the number that text from Bo Li came from to Bo Li's card"


def test_a_value_passed_on_to_a_person():
    assert arrow_noted("newest song -> title -> Ana Li on Chatly") == "send Ana Li the title of the newest song on Chatly"
    assert arrow_noted("SMS -> Bo Li: mobile no. of Ana Oduya") == "text Bo Li the mobile number of Ana Oduya"


def test_a_value_of_a_thing_kept_in_a_new_note():
    assert arrow_noted('clip a.mp4: where shot -> new note titled "a"') == 'save where clip a.mp4 was shot in a new note titled "a"'
    assert arrow_noted("song Dune: length -> new memo Dune") == "save the length of song Dune in a new memo Dune"
    assert arrow_noted("song Dune: length -> Ana Li") == "song Dune: length -> Ana Li"


def test_an_app_and_a_colon_then_an_act_or_a_question():
    assert arrow_noted("Pinly: delete board Cats") == "delete board Cats in Pinly"
    assert arrow_noted("Pinly: # boards with pins?") == "How many boards with pins on Pinly?"
    assert arrow_noted("Pinly: Ana Li's last pin for me?") == "What is Ana Li's last pin for me on Pinly?"
    assert arrow_noted('Pinly: new board "Cats" with 3 pins') == 'create a new Pinly board "Cats" with 3 pins'


def test_notes_that_are_messages_questions_or_other_forms_are_left_alone():
    for said in ("Bo: call me when you land", "Hotspot: switch it off", "Ana: did you get my mail?", "Bo: send it to me tonight",
                 "Draft -> Final", "contacts: Bo Li -> favourite", "notes rename: Draft -> Final",
                 '"Yoga" Monday -> start time?', "fwd Invoice 7 -> bo@ex.org", "example.org -> Miso soup",
                 "Ana: lunch at noon?"):
        assert arrow_noted(said) == said


def test_a_list_named_before_a_colon_is_where_a_thing_goes_out_or_in():
    from cascadroid.agents.wording import canonical
    assert canonical("zibmap saved places: remove cheapest Ramen bar") == \
        "remove the cheapest Ramen bar from my saved places in zibmap"
    assert canonical("my wishlist: add Quarn lamp") == "add Quarn lamp to my wishlist"
    assert arrow_noted('Lumo playlist Gym: drop "Song 2"') == 'remove "Song 2" from my playlist Gym in Lumo'
    # must not fire: an app or a person before the colon, no list; a new list made
    assert arrow_noted("Pinly: delete board Cats") == "delete board Cats in Pinly"
    assert "wishlist" not in canonical("Ada Obi: remove that photo")
    assert not canonical("new list: add milk").startswith("add milk")
