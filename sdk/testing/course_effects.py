"""What a reference step has already done on the screen in front: the oracle course resumes after it.

A real planner reads the current screen and plans from it: when the device already typed the
address without tapping the bar first, or picked the members before naming the group, it does
not redo those steps. The course (:class:`~cascadroid.testing.noisy.OracleCourse`) knows where
each reference step is taken and, from its replay on a twin phone, what the app's own window
shows before each step (:func:`view`). On the screen a run of reference steps is taken on, this
module finds the step to continue with:

1. the view now is the one the reference shows after step ``k`` (with the same app data): go on
   with step ``k + 1``;
2. otherwise, the first step whose visible effect is not on screen yet. A step's effect is what
   its replay added to the view; the part still there after the next step (a search typed and
   cleared by picking a result leaves nothing) must be on screen now. A step whose effect does
   not last stands for the next one (it is done when that is); a step that leaves the screen is
   not done while the screen is still in front.

The same rule for every task: only the replayed views and the app data are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Item = tuple[str, str, str, str, bool, bool]


def view(observation: Any) -> frozenset[Item]:
    """The app's own window as a set of what each element shows (status bar and keyboard left out):
    resource id, class, text, description, checked, selected (no ids, bounds or focus: which field has
    the keyboard depends on the way the device went, not on what the steps did)."""
    package = getattr(observation, "package", "")
    items = set()
    for element in getattr(observation, "elements", ()):
        if element.package != package:
            continue
        if not (element.text or element.content_desc or element.resource_id or element.checked or element.selected):
            continue
        items.add((element.resource_id, element.cls, element.text, element.content_desc, element.checked,
                   element.selected))
    return frozenset(items)


def ahead(places: Sequence[Any], steps: Sequence[Any], start: int, here: Any) -> int | None:
    """The step after ``start`` to continue with on ``here`` (a Place with its view), or None when
    step ``start`` is still to take. ``places[k]`` is where step ``k`` is taken, with the view
    before it."""
    run = _run(places, start, here)
    if not run or (places[start].view == here.view and places[start].data == here.data):
        return None  # the phone is where the reference takes step ``start``
    for k in reversed(run):  # 1. the view after step k is the one in front, with the same data
        after = places[k + 1] if k + 1 < len(places) else None
        if after is not None and after.screen == here.screen and after.data == here.data and \
                after.view == here.view and steps[k].kind not in ("wait", "done"):
            return k + 1 if k + 1 > start else None
    for k in run:  # 2. the first step whose lasting effect is not on screen yet
        if not _done(places, steps, k, here):
            return k if k > start else None
    return None


def _run(places: Sequence[Any], start: int, here: Any) -> list[int]:
    """The steps from ``start`` on taken one after another on the screen in front."""
    run = []
    for k in range(start, len(places)):
        place = places[k]
        if place is None or place.screen != here.screen:
            break
        run.append(k)
    return run


def _done(places: Sequence[Any], steps: Sequence[Any], k: int, here: Any) -> bool:
    """Whether step ``k``'s effect is on screen (see the module's rule 2)."""
    after = places[k + 1] if k + 1 < len(places) else None
    if steps[k].kind in ("wait", "done") or after is None or after.screen != here.screen:
        return False  # a step that leaves this screen is not done while it is in front
    before = places[k]
    effect = after.view - before.view
    following = places[k + 2] if k + 2 < len(places) else None
    lasting = effect & following.view if following is not None and following.screen == here.screen else effect
    if lasting:
        return lasting <= here.view
    if after.data != before.data:
        return after.data == here.data  # its effect is on the app's data only
    return _done(places, steps, k + 1, here) if effect else False


def completes(task: Any, device: Any, step: Any) -> bool:
    """Whether finishing now (with ``step``'s answer) completes ``task`` on ``device``: the effect
    of the reference's finishing step, whatever way the device got there."""
    try:
        return bool(task.check(device, getattr(step, "answer", None)))
    except Exception:  # noqa: BLE001 - a check that trips over a state it does not expect is no finish
        return False


__all__ = ["ahead", "completes", "view"]
