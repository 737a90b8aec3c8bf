"""agents/result_questions.py: a yes/no question about the outcome ("Can X be one of my favourites?") is the request;
a wish said "it would be great to have X gone" or "... got a text with X" is too."""

from __future__ import annotations

import pytest

from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("asked", "meant"), [
    ("Can report_q3.pdf be one of my favourites in Drive?", "add report_q3.pdf to favourites in Drive"),
    ('Could the "Family" chat stay pinned in Telegram?', 'pin the "Family" chat in Telegram'),
    ('Can the picture beach_01.png go in the "Summer" album?', 'add the picture beach_01.png to the "Summer" album'),
    ("Can beach_01.png come off my favourite photos?", "remove beach_01.png from my favourite photos"),
    ("Could the number 555 0199 be dialled?", "call the number 555 0199"),
    ("Can my tablet be on the Wi-Fi network Cafe Guest?", "connect to the Wi-Fi network Cafe Guest"),
    ('Can there be a Telegram group called "Book club" with Ana Ruiz and Bo Li in it?',
     'create a Telegram group called "Book club" with Ana Ruiz and Bo Li'),
    ('Can Mia Chen\'s email "Invoice" get a reply saying "Paid"?', 'reply to the email "Invoice" from Mia Chen saying "Paid"'),
    ("Could Tom Hale get a text with the address of the nearest pharmacy?", "text Tom Hale the address of the nearest pharmacy"),
    ("Can news.example.org be saved as a bookmark in Firefox?", "bookmark news.example.org in Firefox"),
    ('Can my list "Groceries" end with "oat milk"?', 'add "oat milk" at the end of my list "Groceries"'),
])
def test_a_question_about_the_outcome_is_the_request(asked, meant):
    assert canonical(asked).casefold() == meant.casefold()


@pytest.mark.parametrize(("wished", "meant"), [
    ("It would be great to have my Telegram chat with Ola Berg gone.", "delete my Telegram chat with Ola Berg"),
    ('It would be nice to have the "Swim" alarm at 6:30 gone for good.', 'delete the "Swim" alarm at 6:30'),
    ("I'd love it if my Firefox history were wiped clean.", "clear my Firefox history"),
    ('It would be great if Tom Hale got a text with the end time of "Yoga" on Friday.', 'text Tom Hale the end time of "Yoga" on Friday'),
])
def test_a_wish_said_with_to_have_or_with_is_the_request(wished, meant):
    assert canonical(wished).casefold() == meant.casefold()


@pytest.mark.parametrize("asked", [
    "Can I see my favourites?",
    "Can you tell me what is in my cart?",
    "Could it be that the alarm is off?",
])
def test_a_question_about_the_speaker_or_the_phone_stays_asked(asked):
    assert not canonical(asked).casefold().startswith(("add", "create", "remove", "connect", "call"))
