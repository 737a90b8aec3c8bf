"""`cascadroid learn`: a decision model trained on the decisions runs logged, cascade-aware.

Teacher labels: where the cloud decided (``escalate``), the candidate it chose is right and the
others are not (none listed: all are wrong); where the device decided and the cloud was asked in
shadow mode, the cloud's pick is the label (DAgger: the states the device's own policy reaches,
labelled by the teacher); otherwise, where the device decided and the step worked in a
run that did not fail, its pick is right (weighted less); a device pick whose step failed is
wrong; a teacher that only waited teaches nothing. Outcomes weigh each decision: a failed
step, a failed task check, bad user feedback count less. Runs are split (by task shape, seeded) into train, calibration and held-back parts:

1. a softmax over each decision's candidates and "none of them" (a conditional logit on their
   features, L-BFGS via SciPy; or scikit-learn's logistic regression per candidate) learns
   P(candidate is right);
2. on the calibration part, the top probability is Platt-scaled and the deferral threshold
   picked: the lowest p_top at which local choices are right ``target_precision`` of the time;
   unless its rescues (the ranker's pick kept unless lost or surely wrong, agents/learned.py) beat the
   ranker's on held-back runs by ``min_gain`` (``[learn] order``), the ranker's order is kept and the
   model only says how likely the ranker's pick is right;
3. on the held-back part it is compared with the current model (the active learned one, or the
   default score calibration); it is activated only when it agrees with the teacher more often
   by ``min_gain``, or as often with a deferral AUROC ``min_gain`` higher, and its p_top is no
   worse calibrated (Brier score).

Besides the logged features, a lexicon learned from the same (masked) logs (agents/lexicon.py)
says how the teacher's choices went with the task's words, and a second one with its procedure
(agents/procedures.py); on the train part both are cross-fitted (each half's features come from the
other half's lexicons), so the model cannot lean on words it has memorised. The parts are split by task shape (:func:`task_shape`: runs of one kind of task stay
together), so the comparison is on kinds of task not trained on. Too few labelled decisions, or too many damaged rows, and the learn step is refused.
Parameters are stored as JSON numbers in the memory DB (``store.decisions``), versioned.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

from .agents.features import FEATURE_NAMES
from .agents.learned import MODEL_FEATURES, LearnedDecisionModel, logit
from .agents.lexicon import LEXICON_FEATURES, candidate_tokens, lexicon_features, tokens
from .agents.lexicon import build as build_lexicon
from .agents.procedures import PROCEDURE_FEATURES, decision_tokens, views
from .agents.text import words
from .errors import LearnRefused
from .learn_apps import learn_apps, readable
from .learn_kinds import task_kinds, trajectories
from .learn_support import auroc, beyond_noise, pick_threshold, run_histories
from .memory.decisions import ModelParams, decision_from_row
from .memory.store import MemoryStore
from .settings import LearnSettings

LOCAL_WEIGHT = 0.3  # a device pick that worked teaches less than a cloud pick
SHADOW_WEIGHT = 1.0  # the cloud's pick on a screen the device reached (shadow mode), asked but not executed
FAILED_STEP = 0.3
FAILED_RUN = 0.5
BAD_FEEDBACK = 0.1
MIN_SHAPES = 12  # fewer task shapes in the logs: the split is by run


@dataclass
class Example:
    """One decision as training data: its candidates' vectors, which are right/wrong, its weight."""

    run_id: str  # the split keeps runs of one task shape (:func:`task_shape`) together, in ``group``
    logged: list[list[float]]  # the logged features (FEATURE_NAMES)
    label: int | None  # the right candidate (-1: none of them); None: only ``wrong`` is known
    wrong: list[int]
    weight: float
    task_words: frozenset[str] = frozenset()
    candidate_words: list[frozenset[str]] = field(default_factory=list)
    vectors: list[list[float]] = field(default_factory=list)  # logged + lexicon + procedure features (MODEL_FEATURES)
    group: str = ""
    steps: tuple[frozenset[str], list[frozenset[str]]] = (frozenset(), [])  # procedure tokens (agents/procedures.py)

    def with_lexicon(self, lexicon: dict[str, float], procedures: dict[str, float] | None = None) -> list[list[float]]:
        extra = lexicon_features(lexicon, self.task_words, self.candidate_words)
        more = lexicon_features(procedures or {}, *self.steps)
        return [a + b + c for a, b, c in zip(self.logged, extra, more)]


@dataclass
class LearnReport:
    version: int | None
    activated: bool
    reason: str
    decisions: int
    damaged: int
    train: int
    held_back: int
    metrics: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


def _sklearn() -> Any:
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise LearnRefused("`cascadroid learn` needs scikit-learn, which is not installed",
                           hint="pip install 'cascadroid[learn]'") from exc
    return LogisticRegression


def example(row: dict[str, Any], acted: list[tuple[str, str]] | None = None) -> Example | None:
    """The training example of a stored decision row; None when it teaches nothing; ValueError when damaged."""
    d = decision_from_row(row)
    if tuple(d.feature_names) != FEATURE_NAMES:
        raise ValueError("logged with other features")
    vectors = [c.features for c in d.candidates]
    if not vectors or any(len(v) != len(FEATURE_NAMES) or not all(math.isfinite(x) for x in v) for v in vectors):
        raise ValueError("feature vectors of the wrong length or not finite")
    if not -1 <= d.chosen < len(vectors):
        raise ValueError("chosen index out of range")
    weight = 1.0 if d.outcome in ("success", "") else FAILED_STEP
    if d.run_success is False:
        weight *= BAD_FEEDBACK if d.outcome_source == "feedback" else FAILED_RUN
    text = {"task_words": tokens(d.task), "candidate_words": [candidate_tokens(c.text, c.kind) for c in d.candidates],
            "group": task_shape(d.task),
            "steps": decision_tokens(d.task, views([(c.text, c.kind) for c in d.candidates], vectors), acted or [])}
    if d.how == "escalate":  # a teacher that only waits judged no candidate: it teaches nothing here
        return Example(d.run_id, vectors, d.chosen, [], weight, **text) if d.action.get("kind") != "wait" else None
    if d.teacher is not None and d.teacher_action.get("kind") != "wait":
        if not -1 <= d.teacher < len(vectors):
            raise ValueError("teacher index out of range")
        return Example(d.run_id, vectors, d.teacher, [], SHADOW_WEIGHT, **text)  # not executed: no outcome of its own
    if d.outcome == "success" and d.run_success is not False and d.chosen >= 0:
        return Example(d.run_id, vectors, d.chosen, [], weight * LOCAL_WEIGHT, **text)
    if d.chosen >= 0 and d.outcome not in ("success", ""):
        return Example(d.run_id, vectors, None, [d.chosen], LOCAL_WEIGHT, **text)
    return None


def _lexicons(examples: list[Example], use: tuple[bool, bool]) -> tuple[dict[str, float], dict[str, float]]:
    labelled = [e for e in examples if e.label is not None]
    return (build_lexicon((e.task_words, e.candidate_words, e.label, e.weight) for e in labelled) if use[0] else {},
            build_lexicon((*e.steps, e.label, e.weight) for e in labelled) if use[1] else {})


def attach_lexicon(parts: dict[str, list[Example]], seed: int,
                   use: tuple[bool, bool]) -> tuple[dict[str, float], dict[str, float]]:
    """Every example's full vectors; the train part cross-fitted in two halves by run; returns the
    word and procedure lexicons of the whole train part (the model's), which the other parts are scored with."""
    train = parts["train"]
    lexicons = _lexicons(train, use)
    halves: tuple[list[Example], list[Example]] = ([], [])
    for e in train:
        halves[_part(e.group, seed + 1, 0.5) == "held"].append(e)
    for mine, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        fold = _lexicons(other, use)
        for e in mine:
            e.vectors = e.with_lexicon(*fold)
    for e in parts["calibrate"] + parts["held"]:
        e.vectors = e.with_lexicon(*lexicons)
    return lexicons


_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d|<[A-Z_]+_\d+>')


def task_shape(task: str) -> str:
    """The task without what varies between instances of one kind of task: quoted text, placeholders,
    numbers, values (addresses, file names) and capitalised names. Runs of one shape fall in one part
    of the split, so held-back runs measure tasks of kinds the model was not trained on (with at least
    ``MIN_SHAPES`` shapes; fewer, and runs are split one by one)."""
    cores = [w.strip("()[]{},.;:!?") for w in _QUOTED.sub(" ", task).split()]
    kept = [w for i, w in enumerate(cores) if not any(c in w for c in "0123456789.@_/:") and (i == 0 or not w[:1].isupper())]
    return " ".join(sorted(words(" ".join(kept))))


def _part(group: str, seed: int, split: float) -> str:
    """held (share ``split``), calibrate (``split`` of the rest) or train, fixed by group and seed."""
    u = int(hashlib.sha256(f"{seed}:{group}".encode()).hexdigest()[:12], 16) / 16**12
    if u < split:
        return "held"
    return "calibrate" if u < split + split * (1 - split) else "train"


def _rows(examples: list[Example]) -> tuple[list[list[float]], list[int], list[float]]:
    x, y, w = [], [], []
    for e in examples:
        pairs = [(i, int(i == e.label)) for i in range(len(e.vectors))] if e.label is not None \
            else [(i, 0) for i in e.wrong]
        for i, target in pairs:
            x.append(e.vectors[i])
            y.append(target)
            w.append(e.weight)
    return x, y, w


def _top(probabilities: list[float]) -> tuple[int, float]:
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    return best, probabilities[best]


def scores(predict: Any, examples: list[Example]) -> list[tuple[float, bool]]:
    """(p_top, top is right) for each example with a known right answer (``predict`` takes an Example)."""
    out = []
    for e in examples:
        if e.label is not None:
            best, p_top = _top(predict(e))
            out.append((p_top, best == e.label))
    return out


def evaluate(predict: Any, examples: list[Example], threshold: float) -> dict[str, float]:
    """Top-1 agreement with the teacher, Brier score of p_top, and how many it would act on at ``threshold``."""
    pairs = scores(predict, examples)
    n = max(1, len(pairs))
    acted = [right for p, right in pairs if p >= threshold]
    return {"top1": sum(r for _, r in pairs) / n, "brier": sum((p - r) ** 2 for p, r in pairs) / n,
            "acts": len(acted) / n, "precision_acting": sum(acted) / len(acted) if acted else 0.0,
            "auroc": auroc(pairs)}


def default_predict(e: Example) -> list[float]:
    """The default policy's calibrated probabilities, as logged with the features (``base_p``)."""
    column = FEATURE_NAMES.index("base_p")
    return [v[column] for v in e.logged]


def fit_softmax(train: list[Example], columns: list[int], mean: list[float], scale: list[float],
                c: float) -> tuple[list[float], float]:
    """A conditional logit: one choice among each decision's candidates and "none" (logit ``b``),
    L2-penalised like scikit-learn's (0.5 |w|^2 + C * weighted log-loss), fitted by L-BFGS."""
    import numpy as np
    from scipy.optimize import minimize

    labelled = [e for e in train if e.label is not None]
    k = max(len(e.vectors) for e in labelled)
    x = np.zeros((len(labelled), k, len(columns)))
    mask = np.zeros((len(labelled), k), dtype=bool)
    for n, e in enumerate(labelled):
        rows = (np.asarray(e.vectors)[:, columns] - np.asarray(mean)) / np.asarray(scale)
        x[n, :len(rows)], mask[n, :len(rows)] = rows, True
    target = np.array([e.label for e in labelled])
    weight = np.array([e.weight for e in labelled]) * c
    picked = np.zeros_like(mask, dtype=float)
    picked[np.arange(len(labelled))[target >= 0], target[target >= 0]] = 1.0

    def loss(theta: Any) -> tuple[float, Any]:
        w, b = theta[:-1], theta[-1]
        z = np.where(mask, x @ w, -np.inf)
        top = np.maximum(z.max(axis=1), b)
        e_z, e_b = np.exp(z - top[:, None]), np.exp(b - top)
        total = e_z.sum(axis=1) + e_b
        p, p_none = e_z / total[:, None], e_b / total
        chosen = np.where(target >= 0, (np.where(mask, z, 0) * picked).sum(axis=1), b)
        value = float((weight * (top + np.log(total) - chosen)).sum() + 0.5 * w @ w)
        grad_w = np.einsum("n,nk,nkd->d", weight, p - picked, x) + w
        grad_b = float((weight * (p_none - (target < 0))).sum())
        return value, np.append(grad_w, grad_b)

    found = minimize(loss, np.zeros(len(columns) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return [float(v) for v in found.x[:-1]], float(found.x[-1])


def feature_names(settings: LearnSettings) -> list[str]:
    names = list(MODEL_FEATURES) if settings.features == "all" else list(settings.features)
    unknown = [n for n in names if n not in MODEL_FEATURES]
    if unknown:
        raise LearnRefused(f"unknown features in [learn] features: {unknown}",
                           hint=f"choose from {list(MODEL_FEATURES)}")
    return names


def fit(train: list[Example], calibrate: list[Example], settings: LearnSettings,
        lexicon: dict[str, float] | None = None, procedures: dict[str, float] | None = None) -> ModelParams:
    """Logistic model on the train part; Platt scaling and the deferral threshold on the calibration part."""
    LogisticRegression = _sklearn()
    names = feature_names(settings)
    columns = [MODEL_FEATURES.index(n) for n in names]
    x, y, w = _rows(train)
    if len(set(y)) < 2:
        raise LearnRefused("the logged decisions teach only one answer (all right or all wrong)",
                           hint="run more tasks with a cloud tier so some decisions are deferred")
    x = [[row[c] for c in columns] for row in x]
    mean = [sum(col) / len(col) for col in zip(*x)]
    scale = [max(1e-6, math.sqrt(sum((v - m) ** 2 for v in col) / len(col))) for col, m in zip(zip(*x), mean)]
    z = [[(v - m) / s for v, m, s in zip(row, mean, scale)] for row in x]
    if settings.model == "softmax":
        coef, intercept = fit_softmax(train, columns, mean, scale, settings.regularization)
    else:
        learner = LogisticRegression(C=settings.regularization, max_iter=500, random_state=settings.seed)
        learner.fit(z, y, sample_weight=w)
        coef, intercept = [float(c) for c in learner.coef_[0]], float(learner.intercept_[0])
    params = ModelParams(kind=settings.model, features=names, mean=mean, scale=scale, coef=coef, intercept=intercept,
                         act_threshold=0.99, defer_below=0.99, lexicon=lexicon or {},
                         procedures=procedures or {}, cautious=settings.cautious)
    return calibrated(params, calibrate, settings)


def calibrated(params: ModelParams, calibrate: list[Example], settings: LearnSettings) -> ModelParams:
    """``params`` with the Platt pair of its pick's probability (its own pick, or the ranker's when
    ``order = "ranker"``) and the deferral threshold, both fitted on the calibration part."""
    model = LearnedDecisionModel(params.model_copy(update={"platt": (1.0, 0.0)}))
    pairs = []
    for e in calibrate:
        if e.label is not None:
            raw = model.raw(e.vectors)
            top = model.top(e.vectors, raw)
            pairs.append((raw[top], top == e.label))
    if len({ok for _, ok in pairs}) == 2:
        platt = _sklearn()(C=100.0, max_iter=200).fit([[logit(p)] for p, _ in pairs], [int(ok) for _, ok in pairs])
        params = params.model_copy(update={"platt": (float(platt.coef_[0][0]), float(platt.intercept_[0]))})
    model = LearnedDecisionModel(params)
    threshold = pick_threshold(scores(lambda e: model.predict(e.vectors), calibrate), settings.target_precision)
    return params.model_copy(update={"act_threshold": threshold, "defer_below": threshold})


def learn(store: MemoryStore, settings: LearnSettings) -> LearnReport:
    """Train on ``store``'s logged decisions; store the new version; activate it only if it beats the current."""
    started = time.perf_counter()
    _sklearn()  # an install hint before any work
    rows = store.decisions.rows()
    examples, damaged = [], 0
    for row, acted in zip(rows, run_histories(rows)):
        try:
            found = example(row, acted)
        except (ValueError, TypeError, KeyError):
            damaged += 1
            continue
        if found is not None:
            examples.append(found)
    if rows and damaged / len(rows) > settings.max_damaged:
        raise LearnRefused(f"{damaged} of {len(rows)} logged decisions are damaged or from another feature set",
                           hint="check the memory file (`cascadroid memory verify`), or log new runs")
    kinds = task_kinds({e.run_id: e.group for e in examples}, trajectories(rows))
    for e in examples:  # whole kinds of task (every wording) in one part of the split
        e.group = kinds[e.run_id]
    if len({e.group for e in examples}) < MIN_SHAPES:  # too few kinds of task to hold some back: split by run
        for e in examples:
            e.group = e.run_id
    parts: dict[str, list[Example]] = {"train": [], "calibrate": [], "held": []}
    for e in examples:
        parts[_part(e.group, settings.seed, settings.split)].append(e)
    labelled = sum(e.label is not None for e in parts["train"])
    if labelled < settings.min_decisions or not parts["held"] or not parts["calibrate"]:
        raise LearnRefused(f"only {labelled} labelled decisions to train on ({len(rows)} logged)",
                           hint=f"log at least {settings.min_decisions} (run more tasks), or lower [learn] min_decisions")
    names = feature_names(settings)
    lexicon, procedures = attach_lexicon(parts, settings.seed, (any(n in LEXICON_FEATURES for n in names),
                                                                any(n in PROCEDURE_FEATURES for n in names)))
    params = fit(parts["train"], parts["calibrate"], settings, lexicon, procedures)
    ours, params = _choose_order(params, parts, settings)
    plain = LearnedDecisionModel(params.model_copy(update={"cautious": False}))  # caution is a margin, not miscalibration
    ours["plain_brier"] = evaluate(lambda e: plain.predict(e.vectors), parts["held"], params.act_threshold)["brier"]
    part_of = {e.run_id: name for name, found in parts.items() for e in found}.get
    apps, app_counts = learn_apps(readable(rows), part_of, settings.apps)  # the first app for the task's words
    params = params.model_copy(update={"apps": apps})
    active = store.decisions.active_model()
    if active is not None and all(n in MODEL_FEATURES for n in active.params.features):
        current = LearnedDecisionModel(active.params)
        current_predict, current_threshold, current_name = (
            lambda e: current.predict(e.with_lexicon(current.params.lexicon, current.params.procedures))), \
            active.params.act_threshold, f"learned v{active.id}"
    else:
        current_predict, current_threshold, current_name = default_predict, 0.35, "default score calibration"
    theirs = evaluate(current_predict, parts["held"], current_threshold)
    chooses_better = ours["top1"] >= theirs["top1"] + settings.min_gain and beyond_noise(
        scores(lambda e: LearnedDecisionModel(params).predict(e.vectors), parts["held"]),
        scores(current_predict, parts["held"]))
    defers_better = ours["top1"] >= theirs["top1"] and ours["auroc"] >= theirs["auroc"] + settings.min_gain
    apps_new = bool(apps) and not (active is not None and active.params.apps)  # right on held-back runs
    better = (chooses_better or defers_better or (apps_new and ours["top1"] >= theirs["top1"])) \
        and ours["plain_brier"] <= theirs["brier"]
    reason = (f"held-back top-1 {ours['top1']:.3f} vs {theirs['top1']:.3f} ({current_name}), deferral AUROC "
              f"{ours['auroc']:.3f} vs {theirs['auroc']:.3f}, Brier {ours['plain_brier']:.3f} vs {theirs['brier']:.3f} "
              f"({params.order}'s order); first app on held-back runs {app_counts['held_right']} right, "
              f"{app_counts['held_wrong']} wrong ({'kept' if apps else 'left out'}): "
              + ("activated" if better else "not activated"))
    metrics = {"held_back": ours, "current": theirs, "current_model": current_name, "threshold": params.act_threshold,
               "order": params.order, "apps": app_counts}
    version = store.decisions.save_model(params, metrics, len(examples), activate=better)
    return LearnReport(version=version, activated=better, reason=reason, decisions=len(rows), damaged=damaged,
                       train=len(parts["train"]), held_back=len(parts["held"]), metrics=metrics,
                       seconds=round(time.perf_counter() - started, 3))


def fit_deferral(train: list[Example], calibrate: list[Example], settings: LearnSettings,
                 chooser: ModelParams) -> ModelParams:
    """The ranker's order kept; a logistic regression on its pick's features says whether the pick is
    the teacher's (a deferral head: trained for exactly the question the cascade asks)."""
    column = FEATURE_NAMES.index("base_p")
    rows = []
    for e in train:
        if e.label is not None:
            top = max(range(len(e.logged)), key=lambda i, e=e: e.logged[i][column])
            rows.append(([e.vectors[top][MODEL_FEATURES.index(n)] for n in chooser.features], int(top == e.label),
                         e.weight))
    if len({y for _, y, _ in rows}) < 2:
        return calibrated(chooser.model_copy(update={"order": "ranker"}), calibrate, settings)
    x = [r for r, _, _ in rows]
    mean = [sum(col) / len(col) for col in zip(*x)]
    scale = [max(1e-6, math.sqrt(sum((v - m) ** 2 for v in col) / len(col))) for col, m in zip(zip(*x), mean)]
    learner = _sklearn()(C=settings.regularization, max_iter=500, random_state=settings.seed)
    learner.fit([[(v - m) / sd for v, m, sd in zip(r, mean, scale)] for r in x], [y for _, y, _ in rows],
                sample_weight=[w for _, _, w in rows])
    params = chooser.model_copy(update={"kind": "logistic", "order": "ranker", "mean": mean, "scale": scale,
                                        "coef": [float(c) for c in learner.coef_[0]],
                                        "intercept": float(learner.intercept_[0])})
    return calibrated(params, calibrate, settings)


def _choose_order(params: ModelParams, parts: dict[str, list[Example]],
                  settings: LearnSettings) -> tuple[dict[str, float], ModelParams]:
    """The model's own order, the ranker's with the model as its deferral, or the ranker's unless its pick is
    a fallback (``[learn] order``; ``auto``: the model's own order, else rescue, when it agrees with the teacher
    on held-back kinds of task ``min_gain`` more often than the ranker's and beyond noise; else the ranker's)."""
    options = {}
    for order in (("learned", "rescue", "ranker") if settings.order == "auto" else (settings.order,)):
        candidate = params if order == "learned" else fit_deferral(parts["train"], parts["calibrate"], settings, params) \
            if order == "ranker" else calibrated(params.model_copy(update={"order": order}), parts["calibrate"], settings)
        model = LearnedDecisionModel(candidate)
        options[order] = (evaluate(lambda e, m=model: m.predict(e.vectors), parts["held"], candidate.act_threshold),
                          candidate, scores(lambda e, m=model: m.predict(e.vectors), parts["held"]))
    if "ranker" in options:
        ranker = options["ranker"]
        for order in ("learned", "rescue"):
            if order in options and options[order][0]["top1"] >= ranker[0]["top1"] + settings.min_gain \
                    and beyond_noise(options[order][2], ranker[2]):
                return options[order][:2]
        return ranker[:2]
    return next(iter(options.values()))[:2]


def active_decider(store: MemoryStore | None) -> LearnedDecisionModel | None:
    """The active learned decision model in ``store`` (None without one, or one this version cannot use)."""
    active = store.decisions.active_model() if store is not None else None
    if active is None:
        return None
    try:
        return LearnedDecisionModel(active.params, version=active.id)
    except ValueError:
        return None
