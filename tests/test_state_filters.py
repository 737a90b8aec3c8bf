"""A switch state that picks the rows a removal acts on ("delete the reminders that are off"), and every file of a type
("move all the PDFs"): the rows in that state or of that type
are opened, no switch is toggled. Invented screens and wordings, with cases that must not fire."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.state_filters import filtered_state, row_scores
from cascadroid.agents.wording import canonical


def _reminders(items: list[tuple[str, bool]]) -> Screen:
    lines, labels, checked, context = ["    Nudges"], {}, {}, {}
    for n, (name, on) in enumerate(items):
        row, switch = 20 + 3 * n, 21 + 3 * n
        lines += [f'[{row}] LinearLayout "{name}"', f'[{switch}] Switch "{name} reminder" ({"on" if on else "off"})']
        labels[row], labels[switch], checked[switch], context[switch] = name, f"{name} reminder", on, name
    return Screen(package="org.example.nudge", digest=str(items), lines=lines, actionable=list(labels), labels=labels,
                  checked=checked, context=context, locators={i: {"text": label} for i, label in labels.items()})


ITEMS = [("Water ferns", True), ("Pay rent", False), ("Stretch break", True), ("Call grandma", False)]


def test_the_state_a_removal_names_picks_its_rows():
    for task in ("Delete all the reminders that are switched off.", "clear out disabled reminders",
                 "Anything I've turned off can go, delete those and keep the rest.", "Which reminders are off? Remove them."):
        assert filtered_state(canonical(task)) is False, task
    assert filtered_state(canonical("Delete the reminders that are on")) is True


def test_a_state_that_sets_a_switch_or_a_named_item_picks_no_rows():
    for task in ("Turn off the reminders that are on", "Switch off every reminder", "Delete the Pay rent reminder",
                 "How many reminders are off?"):
        assert filtered_state(canonical(task)) is None, task


def test_the_rows_in_that_state_are_opened_and_no_switch_is_toggled():
    page = _reminders(ITEMS)
    assert row_scores(page, False) == {23: 5.0, 29: 5.0}  # the rows of the switches that are off, not the switches
    ranked = rank("Delete all the reminders that are switched off.", "", page, ["Nudge"], [])
    assert ranked[0].action == {"kind": "tap", "element": 23}
    assert not any(c.action.get("element") in page.checked and c.score > 0 for c in ranked)
    assert not any(c.action["kind"] == "done" and c.score > 0.5 for c in ranked)  # rows in that state are left


def _files(title: str, rows: list[str]) -> Screen:
    lines, labels = ['[3] ImageButton "Navigate up"', f"    {title}"], {3: "Navigate up"}
    for n, row in enumerate(rows):
        lines.append(f'[{10 + n}] LinearLayout "{row}"')
        labels[10 + n] = row
    return Screen(package="org.example.drawer", digest=title + str(rows), lines=lines, actionable=list(labels),
                  labels=labels, locators={i: {"text": label} for i, label in labels.items()})


def _tap(label: str) -> dict:
    return {"kind": "tap", "line": f'[10] LinearLayout "{label}"', "key": f"tap:{label}", "outcome": "success", "screen": "s"}


def test_every_file_of_a_type_is_moved_in_turn_and_the_list_looked_at_again():
    from cascadroid.agents.every_kind import file_type

    assert file_type("Move all the PDFs in my Inbox folder to Keepsakes") == "pdf"
    assert file_type("delete every .mp3 file") == "mp3" and file_type("Move report.pdf to Keepsakes") is None
    task = "Move all the PDFs in my Inbox folder to Keepsakes."
    home = _files("Drawer", ["Keepsakes | 3 items", "Inbox | 4 items"])
    assert rank(task, "", home, ["Drawer"], [])[0].action == {"kind": "tap", "element": 11}  # where they are, first
    listing = _files("Inbox", ["lease.pdf | 2 MB", "song.ogg | 4 MB", "bill.pdf | 1 MB"])
    done = [_tap("Inbox | 4 items"), _tap("lease.pdf | 2 MB"), _tap("Move to"), _tap("Keepsakes")]
    page = _files("lease.pdf", ["Move to", "Share"])
    assert rank(task, "", page, ["Drawer"], done)[0].action == {"kind": "back"}  # one moved: back to the list
    back = done + [{"kind": "back", "line": "go back", "key": "back", "outcome": "success", "screen": "s"}]
    after = _files("Inbox", ["song.ogg | 4 MB", "bill.pdf | 1 MB"])
    ranked = rank(task, "", after, ["Drawer"], back)
    assert ranked[0].action == {"kind": "tap", "element": 11}  # the next PDF; not finished while one shows
    assert all(c.score <= 0.5 for c in ranked if c.action["kind"] == "done")
    cleared = _files("Inbox", ["song.ogg | 4 MB"])
    assert rank(task, "", cleared, ["Drawer"], back)[0].action["kind"] == "done"  # none left on the list
    assert rank(task, "", listing, ["Drawer"], [_tap("Inbox | 4 items")])[0].action["element"] in (10, 12)


CHATS = ["Lena Vogt | Lena Vogt: See you", "Book circle, 2 unread | Omar Haddad: Chapter 5?", "Tariq Aziz | You: ok",
         "Allotment gang | You: Seeds are in", "Hikers | Rui Sato: Sunday?"]


def test_every_group_row_is_opened_for_the_verb_and_no_one_person_chat():
    from cascadroid.agents.group_rows import is_group, verb_of

    assert [is_group(c) for c in CHATS] == [False, True, False, True, True]
    assert verb_of("Mute all my groups, but not chats with single people", {"mute"}) == "muted"
    assert verb_of("Mute Book circle", {"mute"}) is None and verb_of("Mute all my chats", {"mute"}) is None
    task = "Pin every group chat."
    ranked = rank(task, "", _files("Talk", CHATS), ["Talk"], [])
    assert ranked[0].action == {"kind": "tap", "element": 11}  # the first group, not Lena's chat
    assert all(c.score < 0 for c in ranked if c.action.get("element") in (10, 12))  # one-person chats left alone
    pressed = [_tap("Book circle, 2 unread | Omar Haddad: Chapter 5?"), _tap("Pin")]
    assert rank(task, "", _files("Book circle", ["Unpin", "Call"]), ["Talk"], pressed)[0].action == {"kind": "back"}
    pinned = [c.replace(", 2 unread", ", pinned") if "Book" in c else c.replace(" |", ", pinned |") if c[0] in "AH" else c
              for c in CHATS]
    assert rank(task, "", _files("Talk", pinned), ["Talk"], pressed)[0].action["kind"] == "done"  # all groups pinned
