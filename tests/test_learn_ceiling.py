"""bench_learn.py --parts ceiling (benchmarks/learn_ceiling.py): the teacher's pick is executed when it is one of the
listed candidates, the device's own otherwise; nothing changes once the measurement is over."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from learn_ceiling import listed_pick, teacher_when_listed  # noqa: E402

from cascadroid.agents import decide, operator  # noqa: E402
from cascadroid.agents.candidates import Candidate  # noqa: E402
from cascadroid.agents.perceptor import Screen  # noqa: E402


def _screen() -> Screen:  # a podcast player's episode page (invented)
    labels = {21: "Download episode", 22: "Share"}
    return Screen(package="org.example.podcasts", digest="p", lines=["  Episode 12: Tides"], actionable=list(labels),
                  labels=labels)


RANKED = [Candidate({"kind": "tap", "element": 22}, "tap [22] Share", 2.0),
          Candidate({"kind": "tap", "element": 21}, "tap [21] Download episode", 1.0),
          Candidate({"kind": "open_app", "app": "Files"}, "open the Files app", 0.5),
          Candidate({"kind": "back"}, "go back", 0.1)]


def test_listed_pick_finds_the_teachers_candidate_or_says_it_is_not_listed():
    assert listed_pick(RANKED, {"kind": "tap", "element": 21}) == 1
    assert listed_pick(RANKED, {"kind": "open_app", "app": "files"}) == 2
    assert listed_pick(RANKED, {"kind": "type", "element": 21, "text": "tides"}) == -1  # not offered by the ranker
    assert listed_pick(RANKED, {"kind": "wait", "seconds": 1.0}) is None  # a teacher that waits judged nothing
    assert listed_pick(RANKED, None) is None


def _device_picks_first(teacher: dict[str, Any] | None) -> Any:
    def choose(ranked: list[Candidate], probabilities: list[float], **kw: Any) -> Any:
        choice = operator.OperatorChoice.model_validate({"reason": ranked[0].text, **ranked[0].action})
        decided = decide.Decided(0, "structure", 0.9, probabilities, teacher_action=teacher)
        return decided, (choice, operator.to_action(choice, kw["screen"])), None
    return choose


def test_the_teachers_listed_pick_is_executed_and_the_policy_is_restored(monkeypatch):
    monkeypatch.setattr(decide, "choose", _device_picks_first({"kind": "tap", "element": 21}))
    before = decide.choose
    with teacher_when_listed({}) as stats:
        decided, (choice, action), _ = decide.choose(RANKED, [0.6, 0.2, 0.1, 0.1], screen=_screen())
    assert decided.index == 1 and action.kind == "tap" and action.element == 21
    assert stats == {"listed": 1, "replaced": 1}
    assert decide.choose is before


def test_an_unlisted_teacher_pick_leaves_the_devices_own(monkeypatch):
    monkeypatch.setattr(decide, "choose", _device_picks_first({"kind": "type", "element": 21, "text": "tides"}))
    with teacher_when_listed({}) as stats:
        decided, (_, action), _ = decide.choose(RANKED, [0.6, 0.2, 0.1, 0.1], screen=_screen())
    assert decided.index == 0 and action.element == 22
    assert stats == {"unlisted": 1}
