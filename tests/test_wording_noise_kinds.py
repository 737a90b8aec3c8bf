"""The general-English noise kinds (frames, spoken, fronted, texting, context): each is repeatable, keeps {slots},
quoted text, URLs and e-mail addresses as they are, and changes the wording only as its kind says."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import spoken_numbers  # noqa: E402
import wording_noise  # noqa: E402
import wording_noise_kinds as kinds  # noqa: E402

NEW = ("frames", "spoken", "fronted", "texting", "context")
GOALS = (
    'Please forward the memo "Before the 2 PM call" to {person} in Mailbox.',
    "Water the ferns at {when} and ping kim.lee@example.org about 20 minutes before, from hub.example.net/x.",
    'Rename the folder "{old}" to "Year To Date" for {person}.',
    "How many tickets are left for {show} on {day}?",
)


def _slots(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)[^{}]*\}", text))


@pytest.mark.parametrize("kind", NEW)
@pytest.mark.parametrize("goal", GOALS)
def test_slots_quotes_urls_and_emails_survive_and_the_noise_is_repeatable(kind, goal):
    said = wording_noise.noisy(goal, kind, "made_up_template")
    assert _slots(said) == _slots(goal)
    for kept in re.findall(r'"[^"]*"|\S+@\S+\.\w+|\w+\.example\.\w+/\w+', goal):
        assert kept in said
    assert said == wording_noise.noisy(goal, kind, "made_up_template")


@pytest.mark.parametrize("kind", NEW)
def test_every_new_kind_changes_some_goal(kind):
    assert any(wording_noise.noisy(goal, kind, f"t{i}") != goal for i, goal in enumerate(GOALS * 3))


def test_the_kinds_are_all_known_to_noisy():
    assert set(NEW) <= set(wording_noise.KINDS)


def test_frames_wrap_a_request_and_keep_its_words():
    for seed in range(40):
        said = kinds.frames("Archive the receipt {doc}.", random.Random(seed))
        assert "{doc}" in said and re.search(r"\b(?:archive|archiving) the receipt \{doc\}", said, re.I)
        assert said != "Archive the receipt {doc}."


def test_frames_put_a_verb_in_its_ing_form_only_after_mind():
    seen = {kinds.frames("Mute the lobby speaker.", random.Random(seed)) for seed in range(200)}
    assert any("muting the lobby speaker" in s for s in seen)
    assert all("muting" not in s or "ind" in s for s in seen)


def test_frames_around_a_statement_only_go_before_or_after_it():
    goal = "{boss} mailed me a file. Print it."
    for seed in range(60):
        said = kinds.frames(goal, random.Random(seed))
        assert goal in said or goal[:-1] in said or "{boss} mailed me a file. Print it." in said


def test_frames_keep_a_name_that_starts_the_request_capitalised():
    said = {kinds.frames("Zorbo needs the blue file.", random.Random(seed)) for seed in range(60)}
    assert all("Zorbo" in s for s in said)


def test_fronted_moves_a_trailing_place_or_time_first():
    assert kinds.fronted("Enable dark mode in Preferences.", random.Random(0)) == "In Preferences, enable dark mode."
    assert kinds.fronted("How many tickets are left for {show} on {day}?", random.Random(0)) == \
        "On {day}, how many tickets are left for {show}?"
    assert kinds.fronted("Bake a cake for {person}.", random.Random(0)) == "For {person}, bake a cake."
    assert kinds.fronted("Mail the invoice to {person}.", random.Random(0)) == "To {person}, mail the invoice."


def test_fronted_leaves_what_belongs_where_it_is():
    for goal in ("Rename the folder {old} to {new}.",  # "to" a new name, not to a person
                 "Ring me ten minutes before the match starts on {day}.",  # the day is the match's
                 "How many crates are in Storage?",  # where they are is what is asked
                 "Water the ferns."):
        assert kinds.fronted(goal, random.Random(0)) == goal


def test_texting_shortens_words_lowers_case_and_keeps_protected_text():
    said = kinds.texting('Please tell {person} about "The Big Show" before Tomorrow with a smile.', random.Random(3))
    assert said == said.lower().replace("{person}", "{person}").replace('"the big show"', '"The Big Show"')
    assert '"The Big Show"' in said and "{person}" in said and not said.endswith(".")
    assert sum(short in said.split() for short in ("pls", "plz", "abt", "b4", "tmrw", "tmr", "w/")) >= 2


def test_texting_never_turns_to_into_2_before_a_value():
    for seed in range(30):
        said = kinds.texting("Move the meeting from {start} to {end} and 9 to 10.", random.Random(seed))
        assert "2 {end}" not in said and " 2 10" not in said


def test_context_adds_one_sentence_that_names_nothing():
    goal = "Archive the receipt {doc}."
    for seed in range(30):
        said = kinds.context(goal, random.Random(seed))
        assert goal in said and said != goal and "{" not in said.replace("{doc}", "")
    assert len(kinds._ASIDES) >= 25 and not any(re.search(r"\w [A-Z]|\d{3}", a.replace(" I", " i")) for a in kinds._ASIDES)


@pytest.mark.parametrize("value, style, said", [
    ("07:30", 0, "seven thirty a.m."), ("19:30", 1, "seven thirty in the evening"),
    ("19:30", 2, "half past seven in the evening"), ("08:45", 2, "quarter to nine in the morning"),
    ("13:05", 0, "one oh five p.m."), ("12:00", 2, "noon"), ("15", 0, "fifteen"), ("$25", 0, "twenty-five dollars"),
    ("$4.99", 0, "four dollars and ninety-nine cents"), ("40%", 0, "forty percent"),
    ("Friday, March 3", 0, "Friday, March third"), ("May 21", 2, "the twenty-first of May"),
    ("10 minutes", 0, "ten minutes"),
])
def test_spoken_says_times_amounts_dates_and_counts_in_words(value, style, said):
    assert spoken_numbers.spoken_value(value, style) == said


@pytest.mark.parametrize("value", ["+1 415-555-0234", "482913", "12 Birch Way, Lakeside", "Room 12", "2031", "Ana"])
def test_spoken_keeps_phone_numbers_codes_addresses_and_names(value):
    assert spoken_numbers.spoken_value(value, 1) == value


def test_spoken_marks_slots_outside_quotes_and_the_formatter_says_them():
    wording = wording_noise.noisy('Wake me {minutes} minutes before "{title} at {time}" on {day}.', "spoken", "t")
    assert '"{title} at {time}"' in wording and re.search(r"\{minutes:w\d\}", wording)
    goal = spoken_numbers.FORMATTER.format(wording, minutes=20, title="Yoga", time="07:00", day="June 2")
    assert goal.startswith("Wake me twenty minutes before \"Yoga at 07:00\" on ")
    assert "June 2" not in goal and "second" in goal
    assert spoken_numbers.FORMATTER.format("{a} {b:>3}", a=1, b="x") == "1   x"
