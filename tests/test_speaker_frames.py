"""A note to self, a relayed request and a hedged ask said plainly: invented apps and wordings, with must-not-fire cases."""

from cascadroid.agents.speaker_frames import unframed


def test_a_note_to_self_loses_its_label_and_its_have_to():
    assert unframed("Note to self: gotta archive the Lumo ticket 88.") == "archive the Lumo ticket 88."
    assert unframed("Memo to myself - need to mute the Oak street thread.") == "mute the Oak street thread."
    assert unframed('Reminder for self (seriously): pin "Rent" in Ledgerly - have to pin it.') == (
        'pin "Rent" in Ledgerly - pin it.')
    assert unframed("Note to self: water the fern so I stop forgetting.") == "water the fern."  # why: no act


def test_a_relayed_request_is_said_as_ones_own():
    assert unframed('My landlord says to pay "March rent" in Ledgerly.') == 'pay "March rent" in Ledgerly.'
    assert unframed("My little brother asked me to block Zed on Quorra.") == "block Zed on Quorra."
    assert unframed("Grandpa wants to know which bakery on Trailmap opens first.") == (
        "I want to know which bakery on Trailmap opens first.")
    assert unframed("Our office manager is asking what the Quorra server is called.") == (
        "I want to know what the Quorra server is called.")
    assert unframed("My flatmate wants dark theme switched on in Knobs.") == "I want dark theme switched on in Knobs."


def test_a_hedged_ask_loses_its_hedges_and_the_asking_for_leave():
    assert unframed("I think maybe you could kinda mute the Oak thread in Quorra? If that's ok?") == (
        "mute the Oak thread in Quorra")
    assert unframed("Could you maybe, like, pin the Rent entry? Like, at the top, if that's alright with you?") == (
        "pin the Rent entry, at the top")
    assert unframed("Hey, would you perhaps check how many tickets Lumo has open, if you don't mind?") == (
        "check how many tickets Lumo has open")


def test_must_not_fire():
    for task in (
        "Could you mute the Oak thread?",  # a plain polite ask: the rest of the wording layer reads it
        "My sister wants to know the door code - text it to her on Quorra.",  # she is the recipient
        'Note the phrase "gotta go" in Ledgerly.',
        'Send Bo "if that\'s ok with you, I will come"',  # quoted words are the message
        "My landlord's number is 555 0101: call it.",
        "I think the Oak thread is muted; unmute it.",
    ):
        assert unframed(task) == task, task
