"""Actions on several items in one request: two different actions on two named items, ...
Invented apps, screens and wordings only."""

from __future__ import annotations

from screens_made import done_record as _done
from screens_made import made_screen as _screen

from cascadroid.agents.candidates import rank
from cascadroid.agents.progress import parts
from cascadroid.agents.task_parts import current_part
from cascadroid.agents.wording import canonical


def test_two_actions_on_two_items_are_two_parts_in_turn():
    said = canonical("In Telegram, archive my chat with Ines Park and star the Book club channel.")
    assert parts(said) == ["archive my chat with Ines Park in Telegram", "star the Book club channel in Telegram"]
    assert len(parts(canonical("unmute Tomas Weir, unpin Ines Park"))) == 2
    assert parts(canonical("On Telegram please star Ines Park and archive Tomas Weir.")) == [
        "star Ines Park on Telegram", "archive Tomas Weir on Telegram"]
    assert parts(canonical("Star the Budget sheet and delete the Old draft file on Dropbox")) == [
        "Star the Budget sheet on Dropbox", "delete the Old draft file on Dropbox"]
    # must not fire: one verb on two items, two verbs on one item, a send and a call
    assert len(parts(canonical("pin Tomas Weir and Ines Park"))) == 1
    assert len(parts(canonical("mute and archive the Pottery group"))) == 1
    assert len(parts(canonical("pin the Pottery group and pin it again"))) == 1


def test_the_next_part_starts_once_the_first_verb_was_pressed_and_not_before():
    said = canonical("In Telegram, archive my chat with Ines Park and star the Book club channel.")
    opened = [{"kind": "open_app", "key": "telegram", "line": "open_app telegram", "outcome": "success"}]
    assert current_part(said, opened).startswith("archive")
    assert current_part(said, [*opened, _done("tap", 'tap [7] "Star"')]).startswith("archive")  # not its verb
    assert current_part(said, [*opened, _done("tap", 'tap [7] "Archive chat"')]).startswith("star")


def test_no_finishing_while_the_second_item_action_is_unpressed():
    said = canonical("In Telegram, archive my chat with Ines Park and star the Book club channel.")
    chats = _screen("org.example.talk", "Chats", [("LinearLayout", "Book club | Ana: see you"),
                                                  ("LinearLayout", "Tomas Weir | ok")])
    history = [{"kind": "open_app", "key": "telegram", "line": "open_app telegram", "outcome": "success"},
               _done("long_press", 'long_press [5] "Ines Park"'), _done("tap", 'tap [7] "Archive"')]
    ranked = rank(said, "", chats, ["Telegram"], history, limit=20)
    assert ranked[0].action.get("kind") != "done"
    waiting = next(c for c in ranked if c.action == {"kind": "done"})
    finished = [*history, _done("long_press", 'long_press [5] "Book club"'), _done("tap", 'tap [8] "Star"')]
    done = next(c for c in rank(said, "", chats, ["Telegram"], finished, limit=20) if c.action == {"kind": "done"})
    assert done.score >= waiting.score + 4.0


def test_every_item_showing_some_words_is_read_from_the_request():
    from cascadroid.agents.every_match import every
    assert every(canonical("Archive every email about the Harbor lease")) == ("archive", "email", "Harbor lease")
    assert every(canonical('remove all the reminders containing "gym"')) == ("remove", "reminder", "gym")
    assert every(canonical("Trash every memo that contains the word invoice.")) == ("delete", "memo", "invoice")
    assert every(canonical("The Harbor lease is signed, so any memo that talks about the Harbor lease can go. "
                           "Bin them.")) == ("delete", "memo", "Harbor lease")
    # must not fire: one item, a count, every item with no words to match
    assert every(canonical("delete the memo that mentions the Harbor lease")) is None
    assert every(canonical("how many memos mention the Harbor lease?")) is None
    assert every(canonical("Delete all my timers")) is None


def test_the_words_are_searched_then_each_row_showing_them_is_opened_and_no_finishing_before():
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.every_match import adjust
    task = "Archive every email about the Harbor lease"
    inbox = _screen("org.example.post", "Inbox", [("LinearLayout", "Tomas Weir | Harbor lease draft attached"),
                                                   ("LinearLayout", "Ines Park | Lunch on Friday?")], {"Search mail": ""})
    out = [Candidate({"kind": "done"}, "finish", 3.0), Candidate({"kind": "tap", "element": 6}, "tap Ines", 1.0),
           Candidate({"kind": "tap", "element": 5}, "tap Tomas", 0.5)]
    adjust(out, task, inbox, Candidate, [])
    best = max(out, key=lambda c: c.score)
    assert best.action == {"kind": "type", "element": 7, "text": "Harbor lease"}
    searched = [_done("type", 'type [7] "Search mail" "Harbor lease"')]
    out = [Candidate({"kind": "done"}, "finish", 3.0), Candidate({"kind": "tap", "element": 5}, "tap Tomas", 0.5)]
    adjust(out, task, inbox, Candidate, searched)
    assert max(out, key=lambda c: c.score).action == {"kind": "tap", "element": 5}
    assert out[0].score < 0  # a row about it is still listed
    # none left: finishing is not held back; and a task on one item is left alone
    rest = _screen("org.example.post", "Inbox", [("LinearLayout", "Ines Park | Lunch on Friday?")], {"Search mail": ""})
    out = [Candidate({"kind": "done"}, "finish", 3.0)]
    adjust(out, task, rest, Candidate, searched)
    assert out[0].score == 3.0
    out = [Candidate({"kind": "done"}, "finish", 3.0)]
    adjust(out, "Archive the email about the Harbor lease", inbox, Candidate, [])
    assert [c.score for c in out] == [3.0]


def test_a_new_container_made_with_a_member_is_made_then_the_member_put_in_it():
    said = canonical('Make a new playlist called "Night drive" and put Blue Monday in it.')
    assert parts(said) == ['create a new playlist "Night drive"', 'add Blue Monday to the playlist "Night drive"']
    assert parts(canonical("new folder Receipts + scan_04.pdf"))[1] == 'add scan_04.pdf to the folder "Receipts"'
    assert parts(canonical('Create an playlist named "Run" and add Hey Jude to it'))[0] == 'create a new playlist "Run"'
    assert parts(canonical("In Tunes, make a new Run playlist with Hey Jude in it."))[1] == \
        'add Hey Jude to the playlist "Run" in Tunes'
    assert parts(canonical("I want to start a Mountains board in Pinboard, beginning with the photo peak.jpg"))[0] \
        .endswith('create a new board "Mountains" in Pinboard')
    # must not fire: a container with no member named, a member added to an existing one
    assert len(parts(canonical('Create a new playlist "Night drive" in Tunes.'))) == 1
    assert len(parts(canonical("create a playlist with my favourite songs"))) == 1
    opened = [{"kind": "open_app", "key": "tunes", "line": "open_app tunes", "outcome": "success"}]
    made = [*opened, _done("type", 'type [9] "Name" "Night drive"'), _done("tap", 'tap [10] "Create"')]
    assert current_part(said, [*opened, _done("type", 'type [9] "Name" "Night drive"')]).startswith("create")
    assert current_part(said, made).startswith("add Blue Monday")


def test_the_member_is_found_first_the_new_container_chosen_after_its_add():
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.paired_acts import adjust
    part = 'add Blue Monday to the playlist "Night drive"'
    lists = _screen("org.example.tunes", "Playlists", [("LinearLayout", "Night drive | 0 songs"),
                                                        ("TextView", "Songs")])
    made = [_done("type", 'type [9] "Name" "Night drive"'), _done("tap", 'tap [10] "Create"')]
    out = [Candidate({"kind": "tap", "element": 5}, "tap Night drive", 5.0), Candidate({"kind": "done"}, "finish", 4.0),
           Candidate({"kind": "tap", "element": 6}, "tap Songs", 0.0)]
    adjust(out, part, lists, made)
    assert max(out, key=lambda c: c.score).action == {"kind": "tap", "element": 6}
    out = [Candidate({"kind": "tap", "element": 5}, "tap Night drive", 5.0)]
    adjust(out, part, lists, [*made, _done("tap", 'tap [12] "Add to playlist"')])
    assert out[0].score == 5.0  # now the place it goes
    out = [Candidate({"kind": "tap", "element": 5}, "tap Night drive", 5.0)]
    adjust(out, part, lists, [])  # must not fire: a playlist that was there already may be filled from inside
    assert out[0].score == 5.0


def test_a_caller_picked_by_the_call_log_is_read_first_then_used():
    from cascadroid.agents.subgoals import in_progress, read_part
    said = canonical('Message whoever I just missed a call from: "Driving, back in 20"')
    part = read_part(said)
    assert part is not None and part.asked.kind == "name" and "missed call" in part.question
    assert in_progress(said, {"name": "Ines Park"})[0] == 'text Ines Park: "Driving, back in 20"'
    them = canonical("Someone tried to call me and I couldn't answer. Text them \"On the bus, call you later\".")
    assert in_progress(them, {"name": "+1 555 0100"})[0].startswith("text +1 555 0100: ")
    saved = canonical("The number of my latest missed call isn't in my phone book yet; save it as Tomas Weir.")
    part = read_part(saved)
    assert part is not None and part.asked.kind == "phone"
    assert in_progress(saved, {"phone": "+1 555 0199"})[0] == \
        "Create a new contact named Tomas Weir with the phone number +1 555 0199"
    # must not fire: a person named, a question about the call log, calling back
    assert read_part(canonical('Text Tomas Weir "hi"')) is None
    assert read_part(canonical("who was my last missed call from?")) is None
    assert read_part(canonical("call back whoever I missed a call from")) is None


def test_the_newest_missed_call_is_read_off_the_call_log_and_its_rows_are_never_pressed():
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.picked_callers import adjust, read
    log = ['[5] LinearLayout "Ines Park | Incoming · 10:02"', '[9] LinearLayout "+44 20 7946 0018, Missed call, 09:40"',
           '[13] LinearLayout "Tomas Weir | Missed · 08:15"']
    assert read("name", log) == "+44 20 7946 0018"
    assert read("phone", log) == "+44 20 7946 0018"
    assert read("phone", log[2:]) is None  # a saved contact's row shows no number
    assert read("name", log[:1]) is None  # must not fire: no missed call listed
    keypad = _screen("org.example.dialer", "Phone", [("TextView", "Keypad"), ("TextView", "Call history"),
                                                      ("ImageButton", "Call")])
    out = [Candidate({"kind": "tap", "element": 7}, "tap Call", 3.0), Candidate({"kind": "tap", "element": 6}, "tab", 0.0)]
    adjust(out, "What is the number of my last missed call?", keypad)
    assert max(out, key=lambda c: c.score).action == {"kind": "tap", "element": 6} and out[0].score < 0
    out = [Candidate({"kind": "tap", "element": 7}, "tap Call", 3.0)]
    adjust(out, "Call Tomas Weir", keypad)  # must not fire: no missed call asked about
    assert out[0].score == 3.0


def test_a_text_sent_once_and_shown_in_its_persons_chat_is_finished_not_typed_again():
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.picked_callers import sent_once
    chat = _screen("org.example.sms", "Ines Park", [("TextView", "On the bus | You: On the bus")], {"Message": ""})
    sent = [_done("type", 'type [6] "Message" "On the bus"'), _done("tap", 'tap [7] "Send"')]
    out = [Candidate({"kind": "type", "element": 6, "text": "On the bus"}, "type", 5.0),
           Candidate({"kind": "done"}, "finish", 0.0)]
    sent_once(out, 'text Ines Park: "On the bus"', chat, sent)
    assert max(out, key=lambda c: c.score).action == {"kind": "done"}
    out = [Candidate({"kind": "done"}, "finish", 0.0)]
    sent_once(out, 'text Tomas Weir: "On the bus"', chat, sent)  # must not fire: another person's chat
    assert out[0].score == 0.0
    out = [Candidate({"kind": "done"}, "finish", 0.0)]
    sent_once(out, 'text Ines Park: "On the bus"', chat, sent[:1])  # typed, never sent
    assert out[0].score == 0.0
