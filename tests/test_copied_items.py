"""A copy of a timed item asked for as a new one: invented wordings, with cases that must not fire."""

from cascadroid.agents.copied_items import copied
from cascadroid.agents.wording import canonical


def test_a_copy_is_a_new_item_with_the_same_name():
    for task in ('Make a copy of my "Swim" alarm at 6:45, and leave the old one alone.',
                 "I want my Swim alarm twice: the current one and another that rings at 6:45.",
                 "clone alarm Swim -> 6:45", 'Duplicate the "Swim" alarm for 6:45 please'):
        assert canonical(task) == 'set a new alarm for 6:45 labelled "Swim"', task
    assert canonical("Copy my Choir practice event to Thursday") == 'create a new event titled "Choir practice" on Thursday'


def test_must_not_fire():
    for task in ("Copy the address of Vera Holt into a note", "Move my Swim alarm to 6:45",
                 "Make a copy of the Budget file in Documents", "Set my Swim alarm to ring twice"):
        assert copied(task) == task, task
    assert copied("copy my Swim alarm to Thursday") == "copy my Swim alarm to Thursday"  # an alarm needs a clock time
