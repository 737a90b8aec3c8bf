"""An act the question after it waits on: invented apps and wordings, with cases that must not fire."""

from cascadroid.agents import act_first, counting
from cascadroid.agents.wording import canonical

PRESSED = [{"kind": "tap", "outcome": "success", "line": "tap [7] Move to bin (in: Recipe)"}]
OPENED = [{"kind": "tap", "outcome": "success", "line": "tap [12] Lentil soup | serves 4"}]


def test_the_act_first_then_the_question_alone():
    for task in ('Delete my recipe "Lentil soup" and tell me how many recipes I have left after that.',
                 "I'm done with the Lentil soup recipe - get rid of it. Then how many recipes remain?",
                 "rm recipe Lentil soup; # recipes left?"):
        said = canonical(task)
        assert act_first.ahead(said, []).casefold().startswith("delete"), said
        assert act_first.ahead(said, OPENED).casefold().startswith("delete"), said  # a row opened: not done yet
        asked = act_first.ahead(said, PRESSED)
        assert asked.casefold().startswith("how many recipes") and "lentil" not in asked.casefold(), asked


def test_a_count_of_what_is_left_counts_the_noun():
    for question in ("how many recipes are left?", "how many recipes remain in the app?", "how many recipes still there?"):
        assert counting.count_asked(question).noun == {"recipe"}, question
    assert counting.count_asked("how many left-handed mugs are in my cart?").noun == {"mug"}


def test_must_not_fire():
    for task in ("How many recipes do I have?", "Delete my recipe Lentil soup",
                 "Star my recipe Lentil soup and tell me how many recipes are starred",  # nothing taken away
                 "Delete the recipe that has the most steps"):
        said = canonical(task)
        assert act_first.split(said) is None, said
        assert act_first.ahead(said, []) == said
