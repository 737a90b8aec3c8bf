"""The named terms of a candidate's base score, kept so that a miss can be read term by term.

``rank`` builds each element's tap score as a sum: words shared with the task, its row's words, a switch in
the wrong state, the task's verb on the button, a penalty for deleting what the task did not name... A
:class:`Terms` records each addend under a short name in the order it is added; its :attr:`total` is the
same float sum the score always was. The candidate keeps them (``Candidate.terms``) and
``benchmarks/rank_trace.py`` prints them beside the rules that moved it afterwards.
"""

from __future__ import annotations


class Terms(list[tuple[str, float]]):
    """(name, value) addends of one base score, in the order they were added; zeros are not kept."""

    def __init__(self, pairs: tuple[tuple[str, float], ...] | list[tuple[str, float]] = ()) -> None:
        super().__init__((name, value) for name, value in pairs if value)

    def __call__(self, name: str, value: float) -> None:
        if value:
            self.append((name, value))

    @property
    def total(self) -> float:
        return sum((value for _, value in self), 0.0)
