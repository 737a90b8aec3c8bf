"""A person named by what they wrote ("whoever sent me the email "Rent"", "whoever posted last in the Choir group"):
who it was is read first, where the message is, and the rest of the task uses the name; a task naming the person
outright, or asking only who wrote, is left alone."""

from __future__ import annotations

from cascadroid.agents.authors import author_part
from cascadroid.agents.subgoals import read_part


def test_the_sender_of_a_mail_is_read_first():
    found = author_part('Text whoever sent me the email "Rent due" that I paid', "@")
    assert found.question == 'Who sent me the mail "Rent due"?' and found.rest == "Text @ that I paid"
    found = author_part('What is the mobile number of the sender of "Kiln booking"?', "@")
    assert found.question == 'Who sent me the mail "Kiln booking"?' and found.rest == "What is the mobile number of @?"


def test_the_last_speaker_of_a_group_is_read_first():
    found = author_part('DM whoever posted last in the Choir tenors group: "lift?"', "@")
    assert found.question == "Who wrote the last message in the Choir tenors group?" and found.key == "Choir tenors"
    assert found.rest == 'DM @: "lift?"'


def test_a_person_named_outright_is_no_author_to_read():
    assert author_part('Text Oskar Lind: "lift?"', "@") is None
    assert author_part("Who wrote the last message in the Choir tenors group?", "@") is None  # the question itself
    assert author_part("Mute the group that Oskar Lind is in", "@") is None


def test_the_read_comes_before_the_rest_of_the_task():
    part = read_part('Send "lift?" to whoever posted last in the Choir tenors group')
    assert part is not None and part.question == "Who wrote the last message in the Choir tenors group?"
    assert part.asked.kind == "name"


def test_asking_who_the_sender_is_is_the_question_itself():
    for task in ('What is the sender of the email "Pottery class"?', 'who is the sender of "Pottery class"',
                 'identify the sender of the mail "Pottery class".'):
        assert author_part(task, "@") is None, task
    assert author_part('What is the phone number of the sender of "Pottery class"?', "@") is not None  # must not fire
