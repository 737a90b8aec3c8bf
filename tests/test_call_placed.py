"""A call the task asked for is ringing: the in-call screen finishes it (invented dialer), with cases that must not
fire."""

from typing import Any

from cascadroid.agents import call_placed
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _screen(*buttons: str) -> Screen:
    labels = {10 + i: b for i, b in enumerate(buttons)}
    return Screen(package="org.example.dialer", digest="c", lines=["    Lea Sommer", "    Calling…"],
                  actionable=list(labels), labels=labels)


def _cands(screen: Screen) -> list[Candidate]:
    return [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 1.0) for i in screen.actionable] + [
        Candidate({"kind": "done"}, "finish", 0.0)]


def _top(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


def test_the_ringing_call_finishes_a_calling_task_and_is_never_hung_up():
    for hang_up in ("End call", "Hang up", "Auflegen"):
        screen = _screen("Mute", "Speaker", hang_up)
        cands = _cands(screen)
        call_placed.adjust(cands, "Ring back whoever rang me the most times", screen)
        assert _top(cands) == {"kind": "done"}, hang_up
        assert next(c for c in cands if c.action.get("element") == 12).score < 0


def test_must_not_fire():
    screen = _screen("Mute", "Speaker", "End call")
    cands = _cands(screen)
    call_placed.adjust(cands, "Text Lea that I am running late", screen)  # not a call task
    assert _top(cands) == {"kind": "tap", "element": 10}
    cands = _cands(screen)
    call_placed.adjust(cands, "Call Lea Sommer", screen)  # a callee named: the Call button pressed says it
    assert _top(cands) == {"kind": "tap", "element": 10}
    dial = _screen("Call", "Keypad", "Contacts")  # no call under way
    cands = _cands(dial)
    call_placed.adjust(cands, "Call back the most frequent caller", dial)
    assert _top(cands) == {"kind": "tap", "element": 10}
