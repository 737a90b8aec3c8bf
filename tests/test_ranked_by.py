"""A superlative by the count each row shows ("the most unread", "the fewest photos"): invented apps and wordings,
with cases that must not fire."""

from cascadroid.agents import answers, marked_rows, ranked_by


def test_the_thing_counted_and_the_direction():
    for task, noun, largest in (("Mute the forum thread with the most new replies", {"new", "reply"}, True),
                                ("open the board w/ most open tickets", {"open", "ticket"}, True),
                                ("Which crate has the fewest parcels?", {"parcel"}, False),
                                ("one queue has way more alerts than the others: silence it", {"alert"}, True),
                                ("the folder with the highest file count", {"file"}, True)):
        found = ranked_by.counted_noun(task)
        assert found is not None and noun <= found[0] and found[1] is largest, task
    for task in ("Buy the most expensive lamp", "the most popular song", "Call whoever rang me the most times",
                 "at the most three", "I have more alerts than ever", "the most recent clip"):
        assert ranked_by.counted_noun(task) is None, task  # another superlative, or no count a row shows


def test_a_rows_count_of_the_thing():
    task = "Mute the forum thread with the most new replies"
    assert ranked_by.count_of(task, "Bike repair | 12 replies · 3 new") == 12.0
    assert ranked_by.count_of(task, "Replies: 4 | Garden club") == 4.0
    assert ranked_by.count_of(task, "Garden club · 2 members") is None  # a count of something else
    assert ranked_by.count_of("Mute the thread", "Bike repair | 12 replies") is None


def test_the_row_with_the_most_and_the_fewest():
    rows = {1: "Bike repair, 3 alerts | Ivo: chain", 2: "Garden club, 11 alerts | Lea: seeds", 3: "Choir | You: ok"}
    assert answers.ranked_row("Silence the board with the most alerts", rows, set()) == 2
    assert answers.ranked_row("Silence the board with the fewest alerts", rows, set()) == 1
    assert answers.ranked_row("Silence the Choir board", rows, set()) is None  # must not fire: no superlative


def test_a_ranked_count_is_no_bulk_act_on_every_unread_row():
    assert marked_rows.wanted("Archive the inbox with the most unread messages") is None
    assert marked_rows.wanted("Archive every unread message") is True  # must still fire: all of them


def test_the_name_that_comes_back_most_often_in_a_log():
    log = {1: "Ivo Brandt | Missed · 09:10", 2: "Lea Sommer | Received · 08:40", 3: "Lea Sommer | Missed · 08:05",
           4: "Ivo Brandt | Received · 07:55", 5: "Lea Sommer | Received · 07:10", 6: "Recents"}
    for task in ("Ring back whoever rang me the most times", "phone the most frequent caller",
                 "Someone kept buzzing me over and over - call that person back"):
        assert answers.ranked_row(task, log, set()) in (2, 3, 5), task
    once = {1: "Ivo Brandt | Missed · 09:10", 2: "Lea Sommer | Received · 08:40", 3: "Oda Lind | Missed · 08:05"}
    assert answers.ranked_row("phone the most frequent caller", once, set()) is None  # must not fire: no repeats
    assert ranked_by.history_tabs({6: "Recents", 7: "Favourites", 8: "Call history"}, {6}) == [8]
