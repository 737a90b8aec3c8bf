"""Values derived from what a page shows: an item's length from its "start - end" range (invented
screens and wordings, with cases that must not fire)."""

from cascadroid.agents import page_answers
from cascadroid.agents.answers import asked


def test_a_range_gives_its_length_in_minutes():
    assert page_answers.range_length("Sa., 21. März · 19:30–21:00") == "90 minutes"
    assert page_answers.range_length("from 2:30pm to 4pm") == "90 minutes"
    assert page_answers.range_length("11 pm - 1 am") == "120 minutes"  # over midnight
    assert page_answers.range_length("9 - 9:45 am") == "45 minutes"


def test_no_length_without_a_clock_range():
    assert page_answers.range_length("Pages 2 - 3") is None
    assert page_answers.range_length("Gate B12 · 14:05") is None


def test_how_long_reads_the_length_on_the_item_page():
    page = ["[4] ImageButton \"Navigate up\"", "    Dentist check-up", "    Thursday, 2 April", "    16:10 – 16:55",
            "    Praxis Nord"]
    for task in ("How long is the Dentist check-up on Thursday?", "how long will my Dentist check-up take?"):
        q = asked(task)
        assert q is not None and q.kind == "duration"
        assert page_answers.answer(q.kind, q.topic, task, page, ["Dentist check-up"]) == "45 minutes", task


def test_a_row_showing_only_the_start_sends_to_the_page():
    rows = ['[20] LinearLayout "Dentist check-up | Thu, Apr 2 · 16:10 · Praxis Nord"']
    assert page_answers.end_not_shown("How long is the Dentist check-up?", "duration", rows, ["Dentist check-up"])
    ranged = ['[20] LinearLayout "Dentist check-up | Thu, Apr 2 · 16:10–16:55"']
    assert not page_answers.end_not_shown("How long is the Dentist check-up?", "duration", ranged, ["Dentist check-up"])
    assert page_answers.answer("duration", set(), "How long is the Dentist check-up?", ranged,
                               ["Dentist check-up"]) == "45 minutes"


def test_what_a_picture_shows_is_its_description_part():
    rows = ['[14] FrameLayout "Image DSC_0042.JPG, Lighthouse, shot 2 May 2025"',
            '[18] FrameLayout "Image DSC_0043.JPG, Harbour seals, 3 May 2025, favourite"']
    for task in ("What's in the picture DSC_0043.JPG?", "what does DSC_0043.JPG show", "DSC_0043.JPG: what is it a photo of?"):
        assert page_answers.asks_depicted(task), task
        assert page_answers.answer("line", set(), task, rows, ["DSC_0043.JPG"]) == "Harbour seals", task


def test_no_depiction_asked_or_none_to_read():
    assert not page_answers.asks_depicted("What is in my cart?")  # no picture
    assert not page_answers.asks_depicted("When was the photo IMG_2.jpg taken?")
    bare = ['[14] FrameLayout "Photo IMG_2.jpg, taken May 2, 2025"']  # no description part: no guess
    assert page_answers.depicted(bare, ["IMG_2.jpg"]) is None
    two = ['[14] FrameLayout "Photo IMG_2.jpg, Beach, Dog"']
    assert page_answers.depicted(two, ["IMG_2.jpg"]) is None


def test_duration_is_asked_by_its_noun_too():
    assert asked("What's the duration of the Dentist check-up?").kind == "duration"
    assert asked("What is the running time of Gate 4 tour?").kind == "duration"
    assert asked("What time does the Dentist check-up start?").kind != "duration"
    assert page_answers.asks_depicted("Tell me what DSC_0043.JPG is a picture of.")
    assert not page_answers.asks_depicted("Tell me what the capital of France is.")
