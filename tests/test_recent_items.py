"""My own last message (right-side bubbles), the newest row of a list ordered by time, and a details
label whose value holds a clock time: invented screens and wordings, with cases that must not fire."""

from cascadroid.agents import details, recent_items
from cascadroid.agents.perceptor import Screen


def chat(*bubbles: tuple[str, bool], width: int = 1080) -> Screen:
    """A conversation: (text, mine) bubbles from top to bottom; mine on the right, theirs on the left."""
    lines, placed = ["[3] ImageButton \"Navigate up\"", "    Jonas Weber"], {1: [150, 60, 700, 120]}
    for n, (text, mine) in enumerate(bubbles):
        placed[len(lines)] = [width - 40 - 400, 300 + n * 150, width - 40, 400 + n * 150] if mine else \
            [40, 300 + n * 150, 440, 400 + n * 150]
        lines.append(f"    {text}")
    return Screen(package="com.example.talk", digest="x", lines=lines, actionable=[3], labels={3: "Navigate up"},
                  bounds={3: [0, 40, 120, 160]}, placed=placed, width=width)


def test_my_last_message_is_the_lowest_bubble_on_the_right():
    page = chat(("Bis morgen?", False), ("Ich bringe Kuchen mit", True), ("Super, danke!", False))
    for task in ("What did I last write to Jonas Weber in Talk?", "Remind me what I told Jonas Weber",
                 "my last msg to Jonas Weber?", "What was the last thing I sent Jonas Weber?"):
        assert recent_items.read(task, "line", page, ("Super, danke!", 1.0)) == ("Ich bringe Kuchen mit", 1.0), task


def test_their_last_message_is_not_asked_about_mine():
    page = chat(("Bis morgen?", False), ("Ich bringe Kuchen mit", True), ("Super, danke!", False))
    assert not recent_items.asks_mine("What was the last thing Jonas Weber wrote?")
    assert recent_items.read("What was the last thing Jonas Weber wrote?", "line", page, ("Super, danke!", 1.0)) == \
        ("Super, danke!", 1.0)


def test_mine_not_shown_holds_the_answer():
    only_theirs = chat(("Bis morgen?", False), ("Super, danke!", False))
    assert recent_items.read("What did I last say to Jonas Weber?", "line", only_theirs, ("Super, danke!", 0.9)) is None


def _inbox(rows: list[str]) -> Screen:
    lines = ['[5] TextView "Primary" (selected)'] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {5: "Primary", **{10 + 4 * i: r for i, r in enumerate(rows)}}
    bounds = {5: [0, 200, 300, 300], **{10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}}
    return Screen(package="com.example.post", digest="y", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def test_newest_untimed_row_is_the_first_and_its_state_words_go():
    page = _inbox(["Unread, Starred, Ines Duarte, Quarterly numbers | Ines Duarte · Attached the sheet",
                   "Kofi Mensah, Lunch? | Kofi Mensah · Are you free on Friday", "Ravi Nair, Photos | Ravi Nair · Here"])
    for task in ("Who sent me the most recent email?", "latest e-mail: from whom?", "who sent my newest message"):
        assert recent_items.read(task, "email", page, None) == ("Ines Duarte", 0.9), task


def test_no_newest_without_a_time_word_or_a_list_of_items():
    page = _inbox(["Unread, Ines Duarte, Quarterly numbers | Ines Duarte · Attached", "Kofi Mensah, Lunch? | Kofi · Hi"])
    assert recent_items.read("Who sent me the email about lunch?", "name", page, None) is None
    assert recent_items.read("What does my newest email say?", "line", page, None) is None  # its text, not a sender
    icons = _inbox(["Phone", "Camera", "Clock"])
    assert recent_items.read("Who sent my latest message?", "name", icons, None) is None


def test_details_value_holding_a_clock_time_is_read_below_its_label():
    page = ["    Nom", "    devis.pdf", "    Taille", "    240 Ko", "    Modifié", "    4 mars 2026 18:40"]
    assert details.labelled_value("date", ["    Size", "    3.2 MB", "    Modified", "    Feb 2, 2026 09:15"]) == \
        "Feb 2, 2026 09:15"
    assert details.labelled_value("size", page) == "240 Ko"
    maps = ["    8 Rue Cler", "    Address", "    09:00–18:00", "    Hours"]
    assert details.labelled_value("address", maps) == "8 Rue Cler"  # a caption under its value still reads above


def test_newest_said_by_a_verb_of_arrival():
    page = _inbox(["Unread, Ines Duarte, Quarterly numbers | Ines Duarte · Attached the sheet",
                   "Kofi Mensah, Lunch? | Kofi Mensah · Are you free on Friday"])
    assert recent_items.read("Who emailed me most recently?", "name", page, None) == ("Ines Duarte", 0.9)
    assert recent_items.read("Who emailed me about lunch?", "name", page, None) is None


def test_dated_rows_in_any_order_give_the_newest_by_date_and_its_title():
    page = _inbox(["tide_table.pdf | 90 kB · Apr 2", "kayak_rental.png | 1.2 MB · Apr 19", "permit.docx | 40 kB · Apr 7"])
    for task in ("Which file in my Inbox is the newest?", "latest attachment?", "the most recent file: which one?"):
        assert recent_items.read(task, "name", page, None) == ("kayak_rental.png", 0.9), task
    assert recent_items.read("Which file is the oldest?", "name", page, None) == ("tide_table.pdf", 0.9)
    assert recent_items.read("What does my newest file say?", "line", page, None) is None  # its words, not its title


def test_the_newest_outgoing_row_when_the_question_says_i_called():
    page = _inbox(["Ines Duarte | Incoming · May 3, 11:20", "Kofi Mensah | Outgoing · May 3, 10:05",
                   "Ravi Nair | Outgoing · May 2, 17:45"])
    for task in ("Who did I call most recently?", "Who was the last person I rang?", "last outgoing call: who?"):
        assert recent_items.read(task, "name", page, None) == ("Kofi Mensah", 0.9), task
    assert recent_items.read("Who called me last?", "name", page, None) == ("Ines Duarte", 0.9)


def test_their_first_message_is_the_topmost_received_bubble():
    bubbles = ["Moin! Neue Nummer | Received: Moin! Neue Nummer", "Gespeichert | You said: Gespeichert",
               "Bis Freitag | Received: Bis Freitag"]
    labels = {12 + i: b for i, b in enumerate(bubbles)}
    page = Screen(package="com.example.talk", digest="t", lines=[f'[{i}] TextView "{b}"' for i, b in labels.items()],
                  actionable=list(labels), labels=labels, bounds={i: [40, 300 + 150 * n, 900, 420 + 150 * n]
                                                                  for n, i in enumerate(labels)})
    for task in ("What was the first text Jonas Weber ever sent me?", "Tell me the earliest message I got from Jonas",
                 "Jonas Weber's first sms to me?"):
        assert recent_items.read(task, "line", page, None) == ("Moin! Neue Nummer", 1.0), task
    assert not recent_items.asks_their_first("What was the first text I sent Jonas Weber?")  # mine, not theirs
    assert not recent_items.asks_their_first("What does the first message in my inbox say?")
    assert recent_items.read("What was the last thing Jonas wrote?", "line", page, None) is None
