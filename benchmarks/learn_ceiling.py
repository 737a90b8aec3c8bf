"""The ceiling of learning from the cloud by re-weighting the ranker's candidates (bench_learn.py --parts ceiling).

A learned decision model (sdk/learn.py) chooses among the candidates the ranker lists: it cannot take an
action the ranker does not offer. This measures the most any such model could give on a set of tasks: shadow
runs (the device's policy acts, the cloud is asked beside it) in which the cloud's pick is EXECUTED whenever it
is one of the listed candidates, and the ranker's first candidate otherwise. A perfect re-ranker does exactly
this; local-only success above this ceiling needs new candidates (the ranker's work), not learning.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


def listed_pick(ranked: Sequence[Any], teacher_action: dict[str, Any] | None) -> int | None:
    """The index of the candidate that is the teacher's pick; -1 when the teacher's pick is none of them;
    None when there is nothing to follow (no teacher asked, or it only waited)."""
    from cascadroid.agents.features import matching

    if not teacher_action or teacher_action.get("kind") == "wait":
        return None
    return matching(ranked, teacher_action)


@contextmanager
def teacher_when_listed(stats: dict[str, int]) -> Iterator[dict[str, int]]:
    """While active, choices-mode decisions in shadow mode execute the teacher's pick when it is listed
    (``stats``: how often it was listed, unlisted, and how often that replaced the device's own pick)."""
    from cascadroid.agents import decide, operator

    original = decide.choose

    def choose(ranked: list[Any], probabilities: list[float], **kw: Any) -> Any:
        decided, value, error = original(ranked, probabilities, **kw)
        index = listed_pick(ranked, decided.teacher_action)
        if index is None or value is None:
            return decided, value, error
        stats["listed" if index >= 0 else "unlisted"] = stats.get("listed" if index >= 0 else "unlisted", 0) + 1
        if index >= 0 and index != decided.index:
            choice = operator.OperatorChoice.model_validate({"reason": ranked[index].text, **ranked[index].action})
            value, decided.index = (choice, operator.to_action(choice, kw["screen"])), index
            stats["replaced"] = stats.get("replaced", 0) + 1
        return decided, value, error

    decide.choose = choose
    try:
        yield stats
    finally:
        decide.choose = original
