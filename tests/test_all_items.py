"""Emptying a list item by item (agents/all_items.py, usual_words' "empty my cart"), and "stop" pressing a
"Pause" button (goal.SYNONYMS): invented apps and wordings, and where none of it may fire."""

from __future__ import annotations

from cascadroid.agents.all_items import over_all, same_action_left
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.wording import canonical


def _basket(*items: str) -> Screen:
    labels = {10 + i: f"Delete {item}" for i, item in enumerate(items)}
    return Screen(package="de.example.markt", digest="b", lines=[f'[{i}] ImageButton "{t}"' for i, t in labels.items()],
                  actionable=list(labels), labels=labels, context={i: t.split(" ", 1)[1] for i, t in labels.items()})


_PRESSED = [{"kind": "tap", "outcome": "success", "line": 'tap [10] "Delete Oat milk"'}]


def test_emptying_a_basket_is_removing_everything_from_it() -> None:
    assert canonical("Empty my Zappo basket.").startswith("remove everything from my ")
    assert canonical("clear out the wishlist in Shoply").startswith("remove everything from the wishlist")


def test_clearing_what_is_no_container_of_picked_things_stays() -> None:
    assert canonical("Clear my browsing history") == "Clear my browsing history"
    assert "everything" not in canonical("Empty the trash")


def test_not_done_while_another_row_offers_the_same_action() -> None:
    assert over_all("remove everything from my basket")
    assert same_action_left("remove everything from my basket", _basket("Rye bread"), _PRESSED)


def test_done_when_the_list_is_empty_or_one_item_was_asked() -> None:
    assert not same_action_left("remove everything from my basket", _basket(), _PRESSED)
    assert not same_action_left("remove Oat milk from my basket", _basket("Rye bread"), _PRESSED)
    assert not over_all('delete the note "All hands"')  # a quoted title says no quantifier


def test_stop_presses_pause_where_no_stop_is() -> None:
    assert "pause" in parse_goal("Stop the stopwatch").words
    assert "pause" in parse_goal("halt the recording").words


def test_a_verb_said_not_to_do_puts_out_its_buttons_by_any_name() -> None:
    from cascadroid.agents import negation
    from cascadroid.agents.candidates import Candidate

    labels = {5: "Checkout", 6: "Delete Oat milk", 7: "Order history"}
    basket = Screen(package="de.example.markt", digest="n", lines=[f'[{i}] Button "{t}"' for i, t in labels.items()],
                    actionable=list(labels), labels=labels)
    taps = [Candidate({"kind": "tap", "element": i}, labels[i], 1.0) for i in labels]
    negation.adjust(taps, "remove everything from my basket, I do not want to buy any of it", basket)
    assert [c.score for c in taps] == [-1.0, 1.0, -1.0]  # "Checkout" and "Order" buy; "Delete" is asked
    kept = [Candidate({"kind": "tap", "element": i}, labels[i], 1.0) for i in labels]
    negation.adjust(kept, "remove everything from my basket", basket)
    assert [c.score for c in kept] == [1.0, 1.0, 1.0]  # nothing said not to do


def test_letting_a_stopped_thing_carry_on_resumes_it() -> None:
    assert canonical("Let the 20-minute countdown carry on.").startswith("resume the 20-minute countdown")
    assert canonical("let my upload continue") == "resume my upload"
    assert "resume" not in canonical("Let the kids watch TV")  # no going on said
    assert "resume" not in canonical("Mark a lap on the stopwatch and keep it going.")


def test_a_length_that_says_which_item_is_no_value_to_type() -> None:
    from cascadroid.agents.values import task_values

    assert task_values("resume the 20-minute countdown") == []
    assert [v.text for v in task_values("start a 20-minute countdown")] == ["20-minute"]  # a new one: its length
