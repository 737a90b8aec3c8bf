"""Questions read what is shown and change nothing: a slider's level, the newest mail (the newest mail I sent, on a
list of sent mail): invented screens and wordings, with cases that must not fire."""

from __future__ import annotations

from screens_made import done_record, made_screen

from cascadroid.agents import conversations, listed_rows
from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.wording import canonical


def _sliders(levels: dict[str, str]) -> Screen:
    lines = ["    Lighting"] + [f'[{i}] SeekBar "{level} | {name}" (scrollable)' for i, (name, level) in enumerate(levels.items(), 5)]
    labels = {i: f"{level} | {name}" for i, (name, level) in enumerate(levels.items(), 5)}
    return Screen(package="org.example.lamp", digest="-".join(levels.values()), lines=lines, actionable=list(labels),
                  labels=labels, locators={i: {"desc": label} for i, label in labels.items()})


def test_a_question_reads_the_named_slider_and_never_moves_it():
    page = _sliders({"Porch lamp warmth": "40%", "Fan speed": "70%"})
    for task in ("How warm is the porch lamp warmth set?", "porch lamp warmth?", "Tell me the current fan speed."):
        ranked = rank(task, "", page, ["Lamp"], [])
        assert ranked[0].action["kind"] == "done", task
        assert ranked[0].action["answer"] == ("70%" if "fan" in task else "40%"), task
        assert not any(c.action["kind"] == "swipe" and "element" in c.action for c in ranked), task


def test_a_slider_is_still_moved_by_a_request_and_not_read_for_another_setting():
    page = _sliders({"Porch lamp warmth": "40%"})
    ranked = rank("Set the porch lamp warmth to 80%", "", page, ["Lamp"], [])
    assert ranked[0].action == {"kind": "swipe", "direction": "right", "element": 5}
    ranked = rank("What is the fan speed set to?", "", page, ["Lamp"], [])  # another setting: not this slider's level
    assert not any(c.action.get("answer") == "40%" for c in ranked)


def _mail(title: str, rows: list[str]) -> Screen:
    return made_screen("com.example.post", title, [("TextView", "Inbox"), ("TextView", "Outbox")]
                       + [("LinearLayout", r) for r in rows])


SENT = ["To: ana.ruiz@example.org, Boat trip | To: ana.ruiz@example.org · Tickets inside.",
        "To: bo.li@example.org, Garden tools | To: bo.li@example.org · Can I borrow?"]
RECEIVED = ["Unread, Cem Aydin, Quarterly numbers | Cem Aydin · See the sheet", "Dora Lind, Piano lesson | Dora Lind · Moved"]


def test_the_mail_i_sent_last_is_read_on_a_list_of_sent_mail():
    for task in ("What was the subject of the last email I sent?", "subject of my latest sent email",
                 "The email I sent most recently - what was its subject?"):
        assert '"' not in canonical(task), task  # "I sent" is no title
        assert conversations.answer("subject", canonical(task), _mail("Outbox", SENT).lines, []) == ("Boat trip", 1.0)
        ranked = rank(task, "", _mail("Outbox", SENT), ["Post"], [done_record("tap", '[6] TextView "Outbox"')])
        assert ranked[0].action == {"kind": "done", "answer": "Boat trip"}, task
        # mail that came in is not mail I sent: no answer from the inbox
        assert conversations.answer("subject", canonical(task), _mail("Inbox", RECEIVED).lines, []) is None, task


def test_the_newest_mail_received_is_the_first_row_of_the_inbox_and_never_a_sent_one():
    task = canonical("What's the subject of my latest email?")
    assert conversations.answer("subject", task, _mail("Inbox", RECEIVED).lines, []) == ("Quarterly numbers", 1.0)
    assert conversations.answer("subject", task, _mail("Outbox", SENT).lines, []) is None
    old = canonical("What's the subject of my oldest email?")  # the oldest is not the first row
    assert conversations.answer("subject", old, _mail("Inbox", RECEIVED).lines, []) is None
    plain = canonical("What's the subject of the email from Dora Lind?")  # a named sender: her row
    assert conversations.answer("subject", plain, _mail("Inbox", RECEIVED).lines, ["Dora Lind"]) == ("Piano lesson", 1.0)


def test_a_title_after_the_item_is_still_quoted_but_a_clause_with_i_is_not():
    assert canonical("open the note I wrote yesterday") == "open the note I wrote yesterday"
    assert canonical("read the email Lunch plans") == 'read the email "Lunch plans"'


def _page(title: str, rows: list[str]) -> Screen:
    lines, labels, bounds = ['[3] ImageButton "Navigate up"', f"    {title}"], {3: "Navigate up"}, {3: [0, 40, 120, 160]}
    for n, row in enumerate(rows):
        lines.append(f'[{10 + n}] LinearLayout "{row}"')
        labels[10 + n], bounds[10 + n] = row, [0, 300 + 150 * n, 1080, 440 + 150 * n]
    return Screen(package="org.example.shelf", digest=title, lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, locators={i: {"text": label} for i, label in labels.items()})


STARRED = ["lease_2025.odt, starred | 80 kB · Feb 2", "tax_return.pdf, starred | 1.1 MB · Jan 30"]


def test_a_list_question_is_answered_with_every_row_of_the_page_it_names():
    for task in ("Which documents have I starred in Shelf?", "starred documents?", "List my favourite documents.",
                 "I starred some documents last week and forget which ones. What are they?"):
        ranked = rank(task, "", _page("Starred", STARRED), ["Shelf"], [done_record("tap", '[9] TextView "Starred"')])
        assert ranked[0].action == {"kind": "done", "answer": "lease_2025.odt and tax_return.pdf"}, task


def test_a_list_answer_needs_the_page_of_that_collection_and_a_list_question():
    home = _page("Documents", ["Starred | 2 items", "Recent | 9 items", "Shared | 1 item"])
    other = _page("Recent", ["notes.txt | 2 kB · Mar 1", "photo.jpg | 3 MB · Mar 2"])
    for page in (home, other):  # the app's home (titled with the kind asked for), another folder
        assert listed_rows.answer(canonical("Which documents have I starred?"), page, {"shelf"}) is None
    page = _page("Starred", STARRED)
    assert listed_rows.answer(canonical("How many documents have I starred?"), page, set()) is None  # a count
    assert listed_rows.answer(canonical("Which starred document is the largest?"), page, set()) is None  # one of them
    assert listed_rows.answer(canonical("Unstar all my documents"), page, set()) is None  # a request
    for task in ("To which address did I send the email Starred docs?", "Which class is on Starred day?"):
        assert not listed_rows.asks_list(canonical(task)), task  # "address", "class": one thing, not a plural
