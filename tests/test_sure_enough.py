"""Steps the device does not take on the ranker's lead alone (agents/sure_enough.py), and their deferral in
choices mode (agents/decide.py): a commit with an empty field, a text retyped in a later app, a return to an
app the run has left. Invented apps and labels."""

from __future__ import annotations

from test_decide import choose_with_cloud

from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.sure_enough import why_unsure
from cascadroid.settings import DecisionSettings


def _form(fields: dict[int, str]) -> Screen:
    return Screen(package="org.example.post", digest="d", lines=[], actionable=[5, 6, *fields],
                  editable=fields, labels={5: "Send", 6: "Attach", **{k: "field" for k in fields}})


def _history(*entries: tuple[str, str]) -> list[dict]:
    return [{"kind": kind, "key": key, "outcome": "success", "line": key} for kind, key in entries]


def test_a_commit_with_an_empty_field_is_unsure_and_with_every_field_filled_is_not():
    tap_send = {"kind": "tap", "element": 5}
    assert why_unsure(tap_send, _form({1: "ann@example.org", 2: "Hello", 3: ""}), []) == "commit"
    assert why_unsure(tap_send, _form({1: "ann@example.org", 2: "Hello", 3: "Message"}), []) == "commit"  # its hint
    assert why_unsure(tap_send, _form({1: "ann@example.org", 2: "Hello", 3: "Lunch at 12:30 by the pier"}), []) == ""
    assert why_unsure({"kind": "tap", "element": 6}, _form({1: ""}), []) == ""  # showing more is not committing


def test_a_text_typed_in_an_earlier_app_is_unsure_when_typed_again_in_a_later_one():
    history = _history(("open_app", "open_app Browsy"), ("type", 'type [3] "tides.example.net"'),
                       ("tap", "tap [4]"), ("open_app", "open_app Chatterly"))
    retype = {"kind": "type", "element": 7, "text": "tides.example.net"}
    assert why_unsure(retype, _form({7: ""}), history) == "retyped"
    assert why_unsure({"kind": "type", "element": 7, "text": "Harbour crew"}, _form({7: ""}), history) == ""
    same_app = history[:3]  # typed again in the same app: a retry, not a value carried over
    assert why_unsure(retype, _form({7: ""}), same_app) == ""


def test_opening_again_an_app_the_run_has_left_is_unsure_and_opening_a_new_one_is_not():
    history = _history(("open_app", "open_app Browsy"), ("tap", "tap [4]"), ("open_app", "open_app Chatterly"))
    assert why_unsure({"kind": "open_app", "app": "Browsy"}, _form({}), history) == "returning"
    assert why_unsure({"kind": "open_app", "app": "Jotter"}, _form({}), history) == ""
    assert why_unsure({"kind": "open_app", "app": "Browsy"}, _form({}), history[:2]) == ""  # not left yet


def _choose(ranked: list[Candidate], screen: Screen, history: list[dict], confidence: float):
    return choose_with_cloud(ranked, [confidence, 0.05], DecisionSettings(), screen, history)


def test_an_unsure_commit_is_deferred_below_the_finish_bar_and_taken_on_the_device_above_it():
    ranked = [Candidate({"kind": "tap", "element": 5}, "tap [5] Send", 3.0), Candidate({"kind": "back"}, "go back", 0.1)]
    decided, asked = _choose(ranked, _form({1: "ann@example.org", 3: ""}), [], 0.55)
    assert (decided.how, decided.why) == ("escalate", "commit") and len(asked) == 1
    decided, asked = _choose(ranked, _form({1: "ann@example.org", 3: ""}), [], 0.9)
    assert decided.how == "structure" and asked == []
    decided, asked = _choose(ranked, _form({1: "ann@example.org", 3: "See you at noon"}), [], 0.55)
    assert decided.how == "structure" and asked == []


def _rows(labels: dict[int, str]) -> Screen:
    return Screen(package="org.example.talk", digest="r", lines=[], actionable=list(labels), labels=labels)


def test_typing_over_a_text_the_run_typed_in_that_field_is_unsure_and_a_first_text_or_an_app_s_own_is_not():
    history = _history(("open_app", "open_app Wayfinder"), ("type", 'type [4] "Tapas"'))
    over = {"kind": "type", "element": 4, "text": "no wait the other"}
    assert why_unsure(over, _form({4: "Tapas"}), history) == "overwrite"
    assert why_unsure(over, _form({4: ""}), history) == ""  # an empty field: a first text
    assert why_unsure(over, _form({4: "Old title"}), history) == ""  # the app's own text: an edit, not a change of mind
    assert why_unsure({"kind": "type", "element": 4, "text": "Tapas"}, _form({4: "Tapas"}), history) == ""


def test_typing_a_part_of_the_item_just_picked_is_unsure():
    history = _history(("open_app", "open_app Textly"), ("type", 'type [3] "Rosa Ferre"'))
    history.append({"kind": "tap", "key": "tap [7]", "outcome": "success", "line": 'tap [7] "Rosa Ferre | +1 555-0188"'})
    echo = {"kind": "type", "element": 9, "text": "+1 555-0188"}
    assert why_unsure(echo, _form({9: ""}), history) == "echoed"
    assert why_unsure({"kind": "type", "element": 9, "text": "12 Quay Street"}, _form({9: ""}), history) == ""
    assert why_unsure(echo, _form({9: ""}), history[:2]) == ""  # nothing picked just before


def test_tapping_again_an_item_the_run_went_into_and_back_out_of_is_unsure():
    went = {"kind": "tap", "key": "tap [16]", "outcome": "success", "line": 'tap [16] "Chess club, muted, 3 unread | Ivo: "'}
    history = [*_history(("open_app", "open_app Chatterly")), went, *_history(("back", "back"))]
    again = {"kind": "tap", "element": 16}
    assert why_unsure(again, _rows({16: "Chess club, muted | Ivo: see you"}), history) == "reentered"
    assert why_unsure({"kind": "tap", "element": 12}, _rows({12: "Lena Oduya | Lena: ok"}), history) == ""
    assert why_unsure(again, _rows({16: "Chess club, muted | Ivo: see you"}), history[:2]) == ""  # not backed out of


def _tap(element: int, label: str) -> dict:
    return {"kind": "tap", "key": f"tap [{element}]", "outcome": "success", "line": f'tap [{element}] "{label}"'}


def test_tapping_the_control_that_takes_back_the_run_s_last_tap_is_unsure():
    # a watch-later list: the run took the film off the list, the button now offers to put it back
    history = [*_history(("open_app", "open_app Reelbox")), _tap(6, "Dune Part Two"), _tap(11, "Remove from watchlist")]
    flipped = _rows({11: "Watchlist", 12: "Share", 13: "Trailer"})
    assert why_unsure({"kind": "tap", "element": 11}, flipped, history) == "undoing"
    assert why_unsure({"kind": "tap", "element": 12}, flipped, history) == ""
    followed = [*history[:2], _tap(9, "Follow")]  # a podcast followed, then "Unfollow" offered where it was
    assert why_unsure({"kind": "tap", "element": 9}, _rows({9: "Unfollow", 10: "Episodes"}), followed) == "undoing"
    assert why_unsure({"kind": "tap", "element": 10}, _rows({9: "Unfollow", 10: "Episodes"}), followed) == ""
    # the same label tapped again (a quantity stepper, a "Next" page) takes nothing back
    assert why_unsure({"kind": "tap", "element": 4}, _rows({4: "Add one more"}), [*history[:2], _tap(4, "Add one more")]) == ""


def test_an_undoing_tap_is_deferred_below_the_finish_bar():
    history = [*_history(("open_app", "open_app Reelbox")), _tap(11, "Remove from watchlist")]
    ranked = [Candidate({"kind": "tap", "element": 11}, "tap [11] Watchlist", 3.0), Candidate({"kind": "back"}, "go back", 0.1)]
    decided, asked = _choose(ranked, _rows({11: "Watchlist", 12: "Share"}), history, 0.45)
    assert (decided.how, decided.why) == ("escalate", "undoing") and len(asked) == 1


def test_a_target_the_task_names_only_before_correcting_itself_is_unsure():
    task = "uh put the song on my workout playlist no wait my chill playlist add it to chill"
    sheet = _rows({3: "Workout", 4: "Chill", 5: "New playlist"})
    assert why_unsure({"kind": "tap", "element": 3}, sheet, [], task) == "retracted"
    assert why_unsure({"kind": "tap", "element": 4}, sheet, [], task) == ""
    said = "message Lea on Telegram, I mean on Viber"
    assert why_unsure({"kind": "open_app", "app": "Telegram"}, sheet, [], said) == "retracted"
    assert why_unsure({"kind": "open_app", "app": "Viber"}, sheet, [], said) == ""
    chained = "Uh, message Lea on Telegram \u2014 no, sorry, I mean on Viber."  # marks in a row: one correction
    assert why_unsure({"kind": "open_app", "app": "Telegram"}, sheet, [], chained) == "retracted"
    # no correction: "I meant to" is an intent, "..., I mean, if you can" a pause
    assert why_unsure({"kind": "open_app", "app": "Telegram"}, sheet, [], "I meant to message Lea on Telegram") == ""
    assert why_unsure({"kind": "tap", "element": 3}, sheet, [], "the workout one I mean, if you can") == ""
    assert why_unsure({"kind": "tap", "element": 3}, sheet, [], "add it to Workout, I mean.") == ""
