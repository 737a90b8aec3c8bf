"""raise_or_add: an action already among the candidates is raised (never lowered), a new one is added once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cascadroid.agents.candidate_lists import raise_or_add


@dataclass
class _Candidate:
    action: dict[str, Any]
    line: str
    score: float


def test_a_new_action_is_added_with_its_score():
    out: list[_Candidate] = []
    got = raise_or_add(out, _Candidate, {"kind": "tap", "element": 3}, "tap [3] Pay", 2.5)
    assert out == [got] and got.score == 2.5 and got.line == "tap [3] Pay"


def test_the_same_action_is_raised_not_added_twice():
    out = [_Candidate({"kind": "type", "element": 1, "text": "42"}, "type", 1.0)]
    got = raise_or_add(out, _Candidate, {"kind": "type", "element": 1, "text": "42"}, "type again", 3.0)
    assert len(out) == 1 and got is out[0] and got.score == 3.0 and got.line == "type"


def test_a_higher_score_is_never_lowered():
    out = [_Candidate({"kind": "tap", "element": 7}, "tap [7]", 5.0)]
    raise_or_add(out, _Candidate, {"kind": "tap", "element": 7}, "tap [7]", 2.0)
    assert out[0].score == 5.0
