"""A request said after a contrast that rules out a neighbour: invented apps and wordings, with must-not-fire cases."""

from cascadroid.agents.contrasts import uncontrasted


def test_what_is_meant_stands_where_the_request_points_back():
    assert uncontrasted("Not a reminder - a stopwatch lap: add one now.") == "add a stopwatch lap now."
    assert uncontrasted("Not dark mode, not night light - battery saver: switch it on.") == "switch battery saver on."
    assert uncontrasted("Not Ivo Petrov's fax - his mobile number: change it to 555 0101.") == (
        "change Ivo Petrov's mobile number to 555 0101.")
    assert uncontrasted('Not a task - a new memo called "Keys": write the door code in it.') == (
        'write the door code in a new memo called "Keys".')
    assert uncontrasted("Not my office - Ivo Petrov's, from my contacts: send the parcel there.") == (
        "send the parcel to Ivo Petrov's office, from my contacts.")
    assert uncontrasted("Not a song I added - the one Ivo queued: skip it.") == "skip the song Ivo queued."


def test_a_way_of_sending_goes_after_the_request_and_a_kind_of_message_sends_it():
    assert uncontrasted("Not on Quorra - by fax: tell Ivo how long the call was.") == (
        "tell Ivo how long the call was by fax.")
    assert uncontrasted("Not a letter - a telegram: let Ivo know when the train leaves.") == (
        "telegram Ivo when the train leaves.")


def test_a_state_said_of_a_thing_said_alone_and_an_aspect_dropped():
    assert uncontrasted('Not pinned, not muted - just hidden from view: the thread "Rent".') == (
        'the thread "Rent" should be hidden from view.')
    assert uncontrasted('Not the colour - the size: the poster "Fair" should be printed at A3.') == (
        'the poster "Fair" should be printed at A3.')


def test_must_not_fire():
    for task in (
        "Not sure which one - delete the oldest memo.",  # no colon: nothing set against the request
        'Not a new memo - the existing "Keys": add the code to its end.',  # a named thing with nothing to stand for
        "Notes app: delete the memo Keys.",
        "Nothing urgent - mute Ivo: he is loud.",
        'Send Ivo "Not now - later: call me"',
    ):
        assert uncontrasted(task) == task, task


def test_a_hyphen_inside_a_word_is_no_dash():
    assert uncontrasted("Not e-mail, not Wi-Fi calling - night-mode: switch it off.") == "switch night-mode off."
    assert uncontrasted("Not e-mail - fax: send the form-B there.") != "Not e-mail - fax: send the form-B there."
