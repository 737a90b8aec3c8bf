"""Features of ranked candidates, for a decision model learned from logged decisions.

Generic by construction: the ranker's score and position, the calibrated share of the default
policy, the action's kind, how much of the task the candidate's words (its label, the row it
sits in, the value it types, the app it opens) cover, and where the run stands (actions so far,
since an app was last opened, whether something was typed, how often this action was already
taken, here and lately, and, for "done", whether the last action pressed a control the task's verb
names). Nothing here knows any app or its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .candidates import Candidate, action_key
from .decide import ScoreCalibration
from .goal import parse_goal
from .perceptor import Screen
from .text import normalize, overlap, words
from .wording import canonical

KINDS = ("tap", "long_press", "type", "swipe", "open_app", "back", "home", "done", "wait")
FEATURE_NAMES: tuple[str, ...] = (
    "score", "gap_to_top", "margin_to_next", "position", "is_first", "base_p", "base_p_top", "n_candidates",
    *(f"kind_{k}" for k in KINDS),
    "task_covered", "candidate_covered", "label_in_task", "value_in_task", "row_covered",
    "switch", "editable", "keyboard_shown", "task_on_screen", "has_answer",
    "steps_taken", "since_open", "typed_before", "repeat_here", "repeat_recent", "done_after_verb",
)
RECENT = 8  # actions looked back over for ``repeat_recent``
_OPENS = ("open_app", "open_uri", "home")
_PRESSES = ("tap", "long_press")
_BASE = ScoreCalibration()


def _label(screen: Screen, action: dict[str, Any]) -> str:
    element = action.get("element")
    return screen.labels.get(element, "") if isinstance(element, int) else ""


def _vector(task_words: set[str], task_norm: str, screen: Screen, on_screen: float, candidate: Candidate,
            position: int, scores: list[float], base: list[float]) -> list[float]:
    action = candidate.action
    kind = str(action.get("kind", ""))
    label = _label(screen, action)
    value = str(action.get("text") or action.get("app") or action.get("answer") or "")
    own = words(" ".join([label, value, candidate.text]))
    shared = overlap(task_words, own)
    element = action.get("element")
    row = screen.context.get(element, "") if isinstance(element, int) else ""
    following = scores[position + 1] if position + 1 < len(scores) else scores[position] - 1.0
    return [
        candidate.score, max(scores) - candidate.score, candidate.score - following, position / 10,
        float(position == 0), base[position], max(base), len(scores) / 10,
        *(float(kind == k) for k in KINDS),
        shared / max(1, len(task_words)), shared / max(1, len(own)),
        float(bool(label) and normalize(label) in task_norm), float(bool(value) and normalize(value) in task_norm),
        overlap(task_words, words(row)) / max(1, len(task_words)) if row else 0.0,
        float(isinstance(element, int) and element in screen.checked),
        float(isinstance(element, int) and element in screen.editable),
        float(screen.keyboard_shown), on_screen, float(bool(action.get("answer"))),
    ]


def verb_just_done(task: str, acted: Sequence[dict[str, Any]]) -> bool:
    """Did the last action press, successfully, a control named by one of the task's verbs ("Unpin"
    for "unpin Book club", "Archive" for "archive the mail from Bo")?"""
    if not acted or acted[-1].get("kind") not in _PRESSES or acted[-1].get("outcome") != "success":
        return False
    label = str(acted[-1].get("line", "")).split("]", 1)[-1].split(" (in:", 1)[0].split(" | ", 1)[0]
    first = words(label.split()[0], stopwords=frozenset()) if label.split() else set()
    return bool(first & parse_goal(canonical(task)).verbs)


def _run_state(screen: Screen, candidate: Candidate, acted: list[dict[str, Any]], verb_done: bool) -> list[float]:
    opened = max((i for i, h in enumerate(acted) if h.get("kind") in _OPENS), default=-1)
    typed = any(h.get("kind") == "type" and h.get("outcome") == "success" for h in acted)
    key = action_key(candidate.action)
    here = sum(h.get("key") == key and h.get("screen") == screen.digest for h in acted)
    lately = sum(h.get("key") == key for h in acted[-RECENT:])
    finish = verb_done and candidate.action.get("kind") == "done"
    return [len(acted) / 10, (len(acted) - 1 - opened) / 10, float(typed), float(here), float(lately), float(finish)]


def features(task: str, screen: Screen, candidates: Sequence[Candidate],
             history: Sequence[dict[str, Any]] = ()) -> list[list[float]]:
    """One vector per candidate (in :data:`FEATURE_NAMES` order), in the ranked order; ``history``:
    the run's history entries so far (agents/step_records.py)."""
    if not candidates:
        return []
    task_words = words(task)
    on_screen = overlap(task_words, words(" ".join(screen.lines))) / max(1, len(task_words))
    scores = [c.score for c in candidates]
    base = _BASE.probabilities(task, screen, candidates)
    task_norm = normalize(task)
    acted = [h for h in history if h.get("kind") not in ("observe", "invalid_output")]
    verb_done = verb_just_done(task, acted)
    return [_vector(task_words, task_norm, screen, on_screen, c, i, scores, base) + _run_state(screen, c, acted, verb_done)
            for i, c in enumerate(candidates)]


def _same(a: Any, b: Any) -> bool:
    return normalize(str(a or "")) == normalize(str(b or ""))


def matching(candidates: Sequence[Candidate], action: dict[str, Any]) -> int:
    """The index of the candidate that is ``action`` (an executed action, ``kind`` keyed); -1 if none."""
    kind = action.get("kind")
    for index, candidate in enumerate(candidates):
        proposed = candidate.action
        if proposed.get("kind") != kind:
            continue
        if kind in ("tap", "long_press", "type") and proposed.get("element") is not None \
                and proposed.get("element") != action.get("element"):
            continue
        if kind == "type" and not _same(proposed.get("text"), action.get("text")):
            continue
        if kind == "swipe" and (proposed.get("direction") or "down") != (action.get("direction") or "down"):
            continue
        if kind == "open_app" and not _same(proposed.get("app"), action.get("app")):
            continue
        if kind == "done" and action.get("answer") and not _same(proposed.get("answer"), action.get("answer")):
            continue
        return index
    return -1


def logged_candidates(task: str, screen: Screen, candidates: Sequence[Candidate],
                      history: Sequence[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """The ranked candidates as a decision log keeps them: text, action, kind and feature vector."""
    return [{"text": c.text, "action": c.action, "kind": str(c.action.get("kind", "")), "features": v}
            for c, v in zip(candidates, features(task, screen, candidates, history))]


def from_logged(logged: Sequence[dict[str, Any]]) -> list[Candidate]:
    """:func:`logged_candidates`' entries back as candidates (score 0). Entries logged before
    candidate actions were keyed ``kind`` (a checkpoint of a run paused then) name it ``action``:
    this is the one place that reads the old key."""
    def kind_keyed(action: dict[str, Any]) -> dict[str, Any]:
        return action if "kind" in action else {("kind" if k == "action" else k): v for k, v in action.items()}

    return [Candidate(action=kind_keyed(c["action"]), text=c["text"], score=0.0) for c in logged]
