"""The look-alike a task says it does not mean (agents/exclusions.py) and a four-letter option said with a case
ending (agents/word_forms.py), on an invented ride app's option sheet in several languages."""

from __future__ import annotations

import pytest
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.exclusions import others_kept, split
from cascadroid.agents.word_forms import JOINED, weight


def _sheet():
    """An invented ride app: three vehicle rows and the order button for the one preselected."""
    return screen_of(
        node("LinearLayout", (0, 1300, 1080, 1460), "", "", node("TextView", (40, 1320, 600, 1440), "Vela"),
             node("TextView", (700, 1320, 1040, 1440), "7,10 €"), clickable=True, rid="org.example.ride:id/cat"),
        node("LinearLayout", (0, 1460, 1080, 1620), "", "", node("TextView", (40, 1480, 600, 1600), "Luxo"),
             node("TextView", (700, 1480, 1040, 1600), "12,40 €"), clickable=True, rid="org.example.ride:id/cat"),
        node("LinearLayout", (0, 1620, 1080, 1780), "", "", node("TextView", (40, 1640, 600, 1760), "Maxi"),
             node("TextView", (700, 1640, 1040, 1760), "15,90 €"), clickable=True, rid="org.example.ride:id/cat"),
        node("Button", (40, 2100, 1040, 2220), "Tilaa Vela", clickable=True, rid="org.example.ride:id/order"))


def test_a_four_letter_option_said_with_a_case_ending_is_picked():
    observation, screen = _sheet()
    luxo = element(observation, text="Luxo")
    row = next(i for i, _ in enumerate(observation.elements) if screen.target(i) == screen.target(luxo.id)
               and observation.elements[i].clickable)
    for task in ("haluan mennä luxolla kotiin", "tahan luxoga koju sõita", "luxoval megyek haza", "luxoyla eve git"):
        assert first(task, screen) == {"kind": "tap", "element": row}, task


def test_case_endings_meet_only_whole_four_letter_words_and_only_known_endings():
    assert weight("luxoga", "luxo") == weight("boltilla", "bolt") == weight("taxiyle", "taxi") == JOINED
    assert weight("bolttal", "bolt") == JOINED  # Hungarian "-val" taking the word's last consonant
    for task_word, label_word in (("card", "car"), ("market", "mark"), ("booking", "book"), ("bookmark", "book"),
                                  ("saved", "save"), ("cardigan", "card"), ("hometal", "home"), ("latest", "late"),
                                  ("boltga", "bolt")):
        assert weight(task_word, label_word) == 0.0, (task_word, label_word)


def test_the_look_alike_said_after_a_no_word_or_instead_of_is_left_out_of_the_goal():
    for task, kept, left in (("haluan luxon, ei tavallista velaa", "haluan luxon", "tavallista velaa"),
                             ("tahan luxot, mitte tavalist velat", "tahan luxot", "tavalist velat"),
                             ("quiero el luxo, no el vela normal", "quiero el luxo", "el vela normal"),
                             ("zamów luxo zamiast zwykłej veli", "zamów luxo", "zwykłej veli"),
                             ("đặt xe luxo thôi ko cần xe vela", "đặt xe luxo thôi", "xe vela"),
                             ("normal vela değil, luxo istiyorum", "luxo istiyorum", "normal vela"),
                             ("벨라 말고 럭소로 불러줘", "럭소로 불러줘", "벨라")):
        assert split(task) == (kept, left), task
    # must not fire: a no-word answering, a comma before another request, "no" inside a clause
    for task in ("no, thanks", "open settings, then wifi", "book a ride to the airport", "değil mi bu",
                 "send it, si tienes tiempo"):
        assert split(task) == (task, ""), task


def test_the_order_button_of_the_look_alike_loses_to_the_option_asked_for():
    observation, screen = _sheet()
    assert first("haluan luxon, ei tavallista velaa", screen) != {"kind": "tap", "element": element(
        observation, resource_id="org.example.ride:id/order").id}


@pytest.mark.parametrize(("said", "plain"), [
    ('Start a memo titled "Dues" saying "Pay Friday" - don\'t change my other memos.', 'Start a memo titled "Dues" saying "Pay Friday".'),
    ("Pass the gate code on to Ivo Marsh on Wirely - not to anyone else.", "Pass the gate code on to Ivo Marsh on Wirely."),
    ("Share the poster with Kai and nobody else", "Share the poster with Kai"),
    ("Delete the Swim alarm, leave the other alarms alone.", "Delete the Swim alarm."),
    ('Crea una nota "Cena" sin tocar las demás.', 'Crea una nota "Cena".'),
    ("Envoie la photo à Léa et à personne d'autre.", "Envoie la photo à Léa."),
    ("Schick das Foto an Jan und an niemand sonst.", "Schick das Foto an Jan."),
    # must not fire: an exclusion naming a thing, the others acted on, a message saying it, a plain "without"
    ("Turn off Bluetooth but leave Wi-Fi on", "Turn off Bluetooth but leave Wi-Fi on"),
    ("Delete the other notes", "Delete the other notes"),
    ("Delete the Gym alarm and the rest", "Delete the Gym alarm and the rest"),
    ('Text Bo "not to anyone else"', 'Text Bo "not to anyone else"'),
    # review 27: a told message's own words, and a quoted one
    ("Tell Bo I love him and nobody else", "Tell Bo I love him and nobody else"),
    ("Tell Mira she sang best and no one else", "Tell Mira she sang best and no one else"),
    ('Text Ana "invite Bo and nobody else"', 'Text Ana "invite Bo and nobody else"'),
    ("Send the map to Ivo and no one else", "Send the map to Ivo"),
    ("Rename it without asking", "Rename it without asking"),
])
def test_a_closing_clause_keeping_every_other_thing_as_it_is_goes(said, plain):
    assert others_kept(said) == plain
