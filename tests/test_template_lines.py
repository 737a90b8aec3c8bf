"""A value read earlier written into the task's own template (agents/template_lines.py): invented services and
notes, and quotes that hold no placeholder."""

from __future__ import annotations

from cascadroid.agents.subgoals import in_progress
from cascadroid.agents.template_lines import filled


def test_a_template_after_like_is_what_it_stands_for() -> None:
    assert filled('Add it as a new last line of my note "Vault", like "ParkMe <code>".', "884213") == \
        'Add "ParkMe 884213" as a new last line of my note "Vault".'
    assert filled('save it in "Trips" in the form "Gate {gate}"', "B12") == 'save "Gate B12" in "Trips"'


def test_a_placeholder_in_a_quoted_line_takes_the_value() -> None:
    assert filled('append a line "Locker [the number]" to my "Gym" note', "42") == 'append a line "Locker 42" to my "Gym" note'


def test_quotes_without_a_placeholder_stay() -> None:
    for rest in ('Add it to my note "Codes <3"', 'Text Bo it', 'Add it to my note "Vault", like "ParkMe code"'):
        assert filled(rest, "884213") == rest


def test_the_read_value_fills_the_template_once_read() -> None:
    task = 'Add the code Velo texted me as a new last line of my note "Bike", like "Velo <code>".'
    assert in_progress(task, {})[1] is not None  # read first
    now, reading = in_progress(task, {"code": "5521"})
    assert reading is None and '"Velo 5521"' in now and "<code>" not in now


def test_several_values_read_together_are_a_new_items_text() -> None:
    from cascadroid.agents.read_together import read
    from cascadroid.agents.subgoals import read_part

    task = "save Mira Okafor's mobile number, e-mail and address from Contacts in a new memo titled \"Mira\"."
    part = read_part(task)
    assert part is not None and part.kinds == ("phone", "email", "address")
    card = ["    Mira Okafor", '[16] Button "Call"', "    +44 20 7946 0018", '[23] LinearLayout "mira@ok.example | Work"',
            "    14 Elm Row, Leith", "    Address"]
    assert read(part.kinds, card, {}, "", part.object) == {"phone": "+44 20 7946 0018", "email": "mira@ok.example",
                                                           "address": "14 Elm Row, Leith"}
    assert read(part.kinds, ["    Someone Else", "    +1 555 0100"], {}, "", part.object) == {}  # not her card
    now, _ = in_progress(task, {"phone": "+44 20 7946 0018", "email": "mira@ok.example", "address": "14 Elm Row, Leith"})
    assert now == 'create a new memo titled "Mira" that says "+44 20 7946 0018, mira@ok.example, 14 Elm Row, Leith"'
    assert filled("save it in a new memo", "x, y") == "save it in a new memo"  # one value: unchanged here


def test_a_form_with_a_value_still_to_type_is_not_saved_and_not_made_twice() -> None:
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.perceptor import Screen

    labels = {4: "Save", 6: "title", 7: "body"}
    form = Screen(package="org.example.jot", digest="f", lines=['[4] ImageButton "Save"', '[6] EditText "title" = "Mira"',
                  '[7] EditText "body" = "Text"'], actionable=[4, 6, 7], editable={6: "Mira", 7: ""}, labels=labels)
    typed = [{"kind": "tap", "line": 'tap [9] "New memo"', "key": "tap 9", "outcome": "success"},
             {"kind": "type", "line": 'type [6] "title" "Mira"', "key": "type 6", "outcome": "success"}]
    task = 'save +44 20 7946 0018 in a new memo titled "Mira"'
    best = rank(task, "", form, ["Jot"], typed)[0]
    assert best.action.get("kind") == "type" and "7946" in best.action.get("text", "")
    listing = Screen(package="org.example.jot", digest="l", lines=['[11] LinearLayout "Mira | +44 20 7946 0018"',
                     '[15] ImageButton "New memo"'], actionable=[11, 15], labels={11: "Mira | +44 20 7946 0018", 15: "New memo"})
    saved = typed + [{"kind": "type", "line": 'type [7] "body" "+44 20 7946 0018"', "key": "type 7", "outcome": "success"},
                     {"kind": "tap", "line": 'tap [4] "Save"', "key": "tap 4", "outcome": "success"}]
    ranked = rank(task, "", listing, ["Jot"], saved)
    assert ranked[0].action == {"kind": "done"}, ranked  # made once, with every value: finished, not a second memo
