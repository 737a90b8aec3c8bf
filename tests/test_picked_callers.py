"""agents/picked_callers.py: everyone whose call I missed, read off the call log and written into a note; invented
wordings and logs, with cases that must not fire."""

from cascadroid.agents import picked_callers
from cascadroid.agents.picked_callers import EVERYONE, PICKED, caller_part

LOG = ['[15] LinearLayout "Ines Duarte | Missed · May 3, 11:20"', '[19] LinearLayout "Kofi Mensah | Outgoing · May 3, 10:05"',
       '[23] LinearLayout "Ravi Nair | Missed · May 2, 17:45"', '[27] LinearLayout "Ines Duarte | Missed · May 1, 09:00"']


def test_a_note_of_everyone_whose_call_i_missed_reads_them_first():
    for said, title in (('Make a note titled "Follow up" with the names of everyone whose call I missed.', "Follow up"),
                        ("note Follow up: missed callers", "Follow up"),
                        ('write who they were from in a new note called "Follow up" (I missed some calls today)',
                         "Follow up")):
        found = caller_part(said)
        assert found is not None and found[1] == EVERYONE, said
        assert found[2] == f'Create a note titled "{title}" that says "{PICKED}"', said


def test_every_missed_caller_once_in_the_log_order():
    assert picked_callers.read(EVERYONE, LOG) == "Ines Duarte and Ravi Nair"
    assert picked_callers.read("name", LOG) == "Ines Duarte"  # the newest one alone
    assert picked_callers.read(EVERYONE, LOG[1:2]) is None


def test_must_not_fire():
    assert caller_part('Make a note titled "Follow up" with the names of my team') is None  # no missed calls
    assert caller_part("How many calls did I miss?") is None  # a question, no note
    assert caller_part("Who are the people I missed calls from?") is None
