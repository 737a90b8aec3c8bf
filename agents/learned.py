"""A decision model learned from logged decisions (``cascadroid learn``), as decide.py's DecisionModel.

Each candidate's features (features.py) go through a linear score; a softmax over the
candidates and "none of them" (or a logistic per candidate) gives P(this candidate is what the
stronger tier would do). The top one's probability is then Platt-scaled on held-back
decisions, so it is a calibrated chance of being right: what the policy compares with its
act and defer thresholds (the learned model carries its own, picked on held-back data).
With a lexicon (lexicon.py, learned from the same logs) three more features say how the teacher's
choices went with the task's words, and three more how they went with its procedure (procedures.py:
action kinds, roles, kinds of value, the previous action; no app's or item's words). With an app association (app_lexicon.py) it also offers, before any app is open, the app the
teacher opened first for the task's words when the ranker cannot tell. With ``order = "ranker"`` the model leaves the choice to the
ranker and only says how likely the ranker's pick is right (a learned deferral): what
``cascadroid learn`` keeps when its own choices are no better than the ranker's. A ``cautious`` model
(the default since the thirteenth session) may defer more than the default calibration, never less: its pick's
probability is at most the default's for that candidate (``base_p``). On kinds of task unlike its logs the
ranker is right far less often than on held-back logged kinds (0.41-0.48 vs 0.71 top-1,
benchmarks/RESULTS.md), so a probability calibrated on the logs is too sure there; the default's is not
learned from them. Parameters are plain numbers (memory.decisions.ModelParams):
nothing is unpickled.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ..device.types import AppInfo
from ..memory.decisions import ModelParams
from . import app_lexicon
from .candidates import Candidate
from .features import FEATURE_NAMES, KINDS, features
from .lexicon import LEXICON_FEATURES, candidate_tokens, lexicon_features, tokens
from .perceptor import Screen
from .procedures import PROCEDURE_FEATURES, acted_of, procedure_features

MODEL_FEATURES = (*FEATURE_NAMES, *LEXICON_FEATURES, *PROCEDURE_FEATURES)  # logged, lexicon, procedures


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-max(-60.0, min(60.0, x))))


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


_DONE, _FIRST = MODEL_FEATURES.index("kind_done"), MODEL_FEATURES.index("is_first")
_BASE_P, _GAP = MODEL_FEATURES.index("base_p"), MODEL_FEATURES.index("gap_to_top")
_FALLBACK = [MODEL_FEATURES.index(n) for n in ("kind_swipe", "kind_back", "kind_wait", "repeat_here")]
_KINDS = [MODEL_FEATURES.index(f"kind_{k}") for k in KINDS]
SURE_WRONG, SURE_RIGHT = 0.05, 0.5  # rescue: the ranker's pick under 5% and the model's own over 50%


def ranker_lost(vector: Sequence[float]) -> bool:
    """Whether the ranker's pick is a fallback: a blind scroll, going back, waiting, or an action already
    taken on this very screen (the ranker found nothing better to do)."""
    return any(vector[c] > 0 for c in _FALLBACK)


def finish_by_rules(vectors: Sequence[Sequence[float]], probabilities: list[float]) -> list[float]:
    """Finishing stays the ranker's call: unless its first candidate is "done", or a "done" ties it
    (the ranker cannot tell), no "done" candidate ranks above the best other one. A learned model
    sees one screen, not how far the task got, and finishing early ends a run that another wrong
    step would not."""
    if not vectors or vectors[0][_DONE] or not any(v[_DONE] for v in vectors):
        return probabilities
    best_other = max((p for v, p in zip(vectors, probabilities) if not v[_DONE]), default=0.0)
    return [min(p, 0.99 * best_other) if v[_DONE] and v[_GAP] > 0 else p for v, p in zip(vectors, probabilities)]


class LearnedDecisionModel:
    """P(candidate is the right next action) from learned parameters; see the module docstring."""

    def __init__(self, params: ModelParams, version: int | None = None) -> None:
        missing = [name for name in params.features if name not in MODEL_FEATURES]
        if missing:
            raise ValueError(f"the model uses features this version does not compute: {missing}")
        self.params, self.version = params, version
        self._columns = [MODEL_FEATURES.index(name) for name in params.features]

    def raw(self, vectors: Sequence[Sequence[float]]) -> list[float]:
        """Uncalibrated per-candidate probabilities for full feature vectors (MODEL_FEATURES order).

        ``softmax``: one choice among the candidates and "none of them" (whose logit is the
        intercept); ``logistic``: each candidate on its own (sigmoid of intercept + score)."""
        p = self.params
        z = [sum(w * (vector[c] - m) / s for w, c, m, s in zip(p.coef, self._columns, p.mean, p.scale))
             for vector in vectors]
        if p.kind == "logistic":
            return finish_by_rules(vectors, [_sigmoid(p.intercept + x) for x in z])
        top = max([p.intercept, *z])
        weights = [math.exp(x - top) for x in z]
        total = math.exp(p.intercept - top) + sum(weights)
        return finish_by_rules(vectors, [w / total for w in weights])

    def keeps_ranker(self, vectors: Sequence[Sequence[float]], raw: Sequence[float]) -> bool:
        """``order = "ranker"``: always; ``"rescue"``: unless the ranker's pick is a fallback (:func:`ranker_lost`)
        or the model is sure it is wrong (:data:`SURE_WRONG`) and of its own pick (:data:`SURE_RIGHT`), and knows
        the ranker's pick's action kind; a "done" it is sure is wrong is refused even when unsure of its own
        pick (finishing too early cannot be undone, another step can)."""
        order = self.params.order
        if order != "rescue" or not vectors:
            return order == "ranker"
        ranker = max(range(len(vectors)), key=lambda i: vectors[i][_BASE_P])
        if ranker_lost(vectors[ranker]):
            return False
        if vectors[ranker][_DONE] and raw[ranker] < SURE_WRONG:  # finishing ends the run: a sure veto is enough
            return False
        known = any(vectors[ranker][c] for c in _KINDS)  # a kind without its own feature (a deep link): not judged
        return not (known and raw[ranker] < SURE_WRONG and max(raw) > SURE_RIGHT)

    def top(self, vectors: Sequence[Sequence[float]], raw: Sequence[float]) -> int:
        """The candidate this model picks: its own most probable, or the ranker's (:meth:`keeps_ranker`)."""
        ranking = [v[_BASE_P] for v in vectors] if self.keeps_ranker(vectors, raw) else raw
        return max(range(len(ranking)), key=ranking.__getitem__)

    def calibrated(self, raw: Sequence[float], vectors: Sequence[Sequence[float]] = ()) -> list[float]:
        """The pick's probability Platt-scaled; the others pro rata within what is left, below it (in the
        ranker's proportions when the ranker's order is kept, ``vectors`` then needed)."""
        if not raw:
            return []
        a, b = self.params.platt
        best = self.top(vectors, raw) if vectors else max(range(len(raw)), key=raw.__getitem__)
        p_top = _sigmoid(a * logit(raw[best]) + b)
        if self.params.cautious and vectors:  # the logs cannot vouch for a pick the default calibration doubts
            p_top = min(p_top, vectors[best][_BASE_P])
        share = [v[_BASE_P] for v in vectors] if vectors and self.keeps_ranker(vectors, raw) else list(raw)
        rest = sum(share) - share[best]
        return [p_top if i == best else min(p_top * r / max(share[best], 1e-12), (1 - p_top) * r / rest if rest > 0
                                            else 0.0) for i, r in enumerate(share)]

    def predict(self, vectors: Sequence[Sequence[float]]) -> list[float]:
        """Calibrated probabilities for full feature vectors (MODEL_FEATURES order)."""
        return self.calibrated(self.raw(vectors), vectors)

    def probabilities(self, task: str, screen: Screen, candidates: Sequence[Candidate],
                      history: Sequence[dict[str, Any]] = ()) -> list[float]:
        logged = features(task, screen, candidates, history)
        words = [candidate_tokens(c.text, str(c.action.get("kind") or c.action.get("action") or ""))
                 for c in candidates]
        learned = lexicon_features(self.params.lexicon, tokens(task), words)
        steps = procedure_features(self.params.procedures, task, [(c.text, str(c.action.get("kind", ""))) for c in candidates], logged,
                                   acted_of(history))
        return self.predict([a + b + c for a, b, c in zip(logged, learned, steps)])

    def offer(self, task: str, ranked: list[Candidate], apps: Sequence[AppInfo | str],
              history: Sequence[dict[str, Any]] = ()) -> list[Candidate]:
        """The ranked candidates, with the app the teacher opened first for these words on top when the
        ranker cannot tell which app the task needs (app_lexicon.py); unchanged without an association."""
        return app_lexicon.offer(self.params.apps, tokens(task), ranked, apps, history)
