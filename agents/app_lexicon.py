"""Which app the stronger tier opened first for a task's words: a small association learned from
logged decisions, used when the ranker cannot tell which app a task needs.

The ranker finds an app when the task names it or uses a word of a general app category
(app_choice.py). A task that does neither ("Guitar lesson start time?", "latest history
entry?") leaves it guessing. The runs the cloud taught say which app it opened first for which
words; those words are about the user's own apps and things (their events' names, their sites),
so they carry over to kinds of task never taught. Each (task word, app label) pair gets a
smoothed log-odds of "the teacher opened this app first" against that app's base rate; a task's
score for an app is the sum over its words. Weights are plain numbers keyed ``word|App``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from ..device.types import AppInfo
from .candidates import Candidate, action_key

MAX_APP_ENTRIES = 20_000
MIN_SCORE = 1.0  # the learned app is offered only above this summed log-odds ...
MIN_MARGIN = 1.0  # ... and this far ahead of the next app
CLEAR = 0.5  # the ranker knows the app when its best open_app candidate leads the next by this much
_OPENS = ("open_app", "open_uri")


def build(runs: Iterable[tuple[frozenset[str], str, float]], *, smoothing: float = 2.0,
          min_count: int = 2) -> dict[str, float]:
    """Weights from ``(task tokens, first app the teacher opened, weight)``, one per run."""
    runs = [(task, app, weight) for task, app, weight in runs if app and task]
    apps: dict[str, float] = {}
    word_count: dict[str, float] = {}
    pair_count: dict[tuple[str, str], float] = {}
    for task, app, weight in runs:
        apps[app] = apps.get(app, 0.0) + weight
        for word in task:
            word_count[word] = word_count.get(word, 0.0) + weight
            pair_count[(word, app)] = pair_count.get((word, app), 0.0) + weight
    total = sum(apps.values())
    if len(apps) < 2 or not total:
        return {}
    scored = []
    for (word, app), k in pair_count.items():
        n = word_count[word]
        if n < min_count:
            continue
        base = apps[app] / total
        w = math.log((k + smoothing * base) / (n - k + smoothing * (1 - base))) - math.log(base / (1 - base))
        scored.append((abs(w) * math.sqrt(n), f"{word}|{app}", w))
    for app, n in apps.items():  # which apps the teacher opens at all: a word-less key per app
        scored.append((math.inf, f"|{app}", round(n / total, 4)))
    scored.sort(key=lambda entry: (-entry[0], entry[1]))  # ties by key: the runs' word sets come in hash order
    return {key: round(w, 4) for _, key, w in scored[:MAX_APP_ENTRIES] if w}


def app_scores(lexicon: dict[str, float], task: frozenset[str], apps: Iterable[str]) -> dict[str, float]:
    """Each app's summed weight for the task's words (apps the lexicon never saw opened: left out)."""
    return {app: sum(lexicon.get(f"{word}|{app}", 0.0) for word in sorted(task)) for app in apps if f"|{app}" in lexicon}


def best_app(lexicon: dict[str, float], task: frozenset[str], apps: Iterable[str]) -> str | None:
    """The app the lexicon points at for these words, when it does so clearly (:data:`MIN_SCORE`,
    :data:`MIN_MARGIN`); else None."""
    ranked = sorted(app_scores(lexicon, task, apps).items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_MARGIN:
        return None
    return ranked[0][0]


def ranker_knows_app(ranked: Sequence[Candidate]) -> bool:
    """Does the ranker already say which app (or link) to open: an opening candidate scored clearly
    above every other opening one, and no lower than any candidate?"""
    opens = sorted((c.score for c in ranked if c.action.get("kind") in _OPENS), reverse=True)
    return bool(opens) and (len(opens) == 1 or opens[0] - opens[1] >= CLEAR) and opens[0] >= max(c.score for c in ranked)


def offer(lexicon: dict[str, float], task: frozenset[str], ranked: list[Candidate], apps: Sequence[AppInfo | str],
          history: Sequence[dict[str, Any]]) -> list[Candidate]:
    """``ranked`` as the association would have it, when the ranker does not know which app the task
    needs and the lexicon clearly does: before any app is open, that app's open_app candidate first;
    once it is the app last opened, the other apps' open_app candidates last (the task is done in
    it, not by trying every app). Otherwise unchanged."""
    if not lexicon or not ranked or ranker_knows_app(ranked):
        return ranked
    labels = [a.label if isinstance(a, AppInfo) else str(a) for a in apps]
    app = best_app(lexicon, task, labels)
    if app is None:
        return ranked
    opened = [h for h in history if h.get("kind") in _OPENS]
    opening = [c for c in ranked if c.action.get("kind") == "open_app"]
    rest = [c for c in ranked if c.action.get("kind") != "open_app"]
    if not opened:
        chosen = Candidate({"kind": "open_app", "app": app}, f"open the {app} app", max(c.score for c in ranked) + 1.0)
        return [chosen, *(c for c in ranked if c not in opening or c.action.get("app") != app)][:len(ranked)]
    if opened[-1].get("key") != action_key({"kind": "open_app", "app": app}) or not rest:
        return ranked
    floor = min(c.score for c in rest) - 1.0
    return rest + [Candidate(c.action, c.text, floor) for c in opening]
