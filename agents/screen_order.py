"""Reading order of a screen: top to bottom, then left to right within a line.

A dump lists nodes in the order the toolkit built them, not the order a person reads them
(Compose, React Native and recycled list rows often come out shuffled). Anything that must not
depend on that order - the texts a row folds in, which of two equally good candidates comes
first - reads the boxes instead. Two boxes share a line when they overlap vertically by at least
half of the taller one (a page-high container shares no line with a row).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Box = Sequence[int]  # left, top, right, bottom


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap * 2 >= max(a[3] - a[1], b[3] - b[1], 1)


def reading_order(boxes: Iterable[tuple[int, Box]]) -> list[int]:
    """The keys of ``(key, box)`` pairs as a person reads them: lines top down, each left to right
    (ties keep the given order)."""
    pending = sorted(boxes, key=lambda kb: kb[1][1])
    out: list[int] = []
    while pending:
        first = pending[0][1]  # itself always on its line (an empty box overlaps nothing)
        line = [pending[0]] + [kb for kb in pending[1:] if _same_line(first, kb[1])]
        out.extend(key for key, _ in sorted(line, key=lambda kb: kb[1][0]))
        taken = {id(kb) for kb in line}
        pending = [kb for kb in pending if id(kb) not in taken]
    return out


def tie_order(bounds: dict[int, list[int]]):  # noqa: ANN201 (a sort key)
    """A sort key for ranked candidates: best score first; equal scores in reading order of the
    elements they act on (not the dump's order), actions on no element after them as they came."""
    place = {key: i for i, key in enumerate(reading_order(bounds.items()))}

    def key(candidate) -> tuple[float, int]:  # noqa: ANN001
        return -candidate.score, place.get(candidate.action.get("element", -1), len(place))
    return key
