"""A choice between two named things, by the values their rows or pages show: invented apps, units and
wordings, with cases that must not fire."""

from cascadroid.agents import comparisons


def test_the_two_things_and_the_comparative():
    assert comparisons.pair("Which video is bigger, trip.mp4 or party.mov?") == ("trip.mp4", "party.mov")
    assert comparisons.pair("Between Kiwi Lamp and Moss Rug, which one costs more?") == ("Kiwi Lamp", "Moss Rug")
    assert comparisons.pair('Which is closer: "Lido Pool" or "Ice Rink"?') == ("Lido Pool", "Ice Rink")
    assert comparisons.pair("Kiwi Lamp vs Moss Rug, cheaper one?") == ("Kiwi Lamp", "Moss Rug")
    assert comparisons.pair("is Lido Pool or Ice Rink better rated") == ("Lido Pool", "Ice Rink")
    assert comparisons.key("Which app uses more storage, Atlas or Bento?") == ("size", max)


def test_no_comparison_without_two_things_or_a_comparative():
    assert comparisons.pair("Which is the cheapest lamp?") is None  # a superlative over a list
    assert comparisons.pair("Send Kiwi Lamp or Moss Rug to Ana") is None  # no comparative
    assert comparisons.pair("Send Ana and Bo the bigger file") is None
    assert comparisons.answer("What does Kiwi Lamp cost?", ["[4] View \"Kiwi Lamp | 12,50 €\""], {}) is None


def test_values_in_any_unit_on_rows_and_pages():
    rows = ['[10] LinearLayout "trip.mp4 | Movies · 980 KB"', '[14] LinearLayout "party.mov | Camera · 1,2 Go"']
    assert comparisons.answer("Which video is bigger, trip.mp4 or party.mov?", rows, {}) == "party.mov"
    assert comparisons.answer("Which video is smaller, trip.mp4 or party.mov?", rows, {}) == "trip.mp4"
    page = ["[3] ImageButton \"Navigate up\"", "    Moss Rug", "    Rating 4.2 ★", "    £39.99", "[9] Button \"Add to basket\""]
    task = "Between Kiwi Lamp and Moss Rug, which one costs more?"
    notes = comparisons.remember(task, page)
    assert comparisons.answer(task, page, {}) is None  # one value known: no answer yet
    assert comparisons.answer(task, ['[5] View "Kiwi Lamp | £12.50"'], notes) == "Moss Rug"


def test_until_both_are_known_the_other_is_searched_and_no_answer_given():
    class C:
        def __init__(self, action, text, score):
            self.action, self.text, self.score = action, text, score

    done = C({"kind": "done", "answer": "Kiwi Lamp"}, "answer", 6.0)
    task = "Kiwi Lamp vs Moss Rug, cheaper one?"
    lines = ['[7] EditText "Search" = "Kiwi Lamp" (field)', '[11] View "Kiwi Lamp | 12,50 €"']
    out = [done]
    assert comparisons.adjust(out, task, lines, {}, {7: "Kiwi Lamp"}, {7: "Search"}, C) is None
    assert done.score == 1.0
    assert [c.action for c in out[1:]] == [{"kind": "type", "element": 7, "text": "Moss Rug"}]
    both, out = lines + ['[12] View "Moss Rug | 8,00 €"'], [done]
    assert comparisons.adjust(out, task, both, {}, {7: "Kiwi Lamp"}, {7: "Search"}, C) == "Moss Rug" and out == [done]
    assert comparisons.adjust(out, "What does Kiwi Lamp cost?", both, {}, {7: "Kiwi Lamp"}, {7: "Search"}, C) is None
