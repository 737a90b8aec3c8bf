"""Decisions of runs, kept as training data, and the decision models learned from them.

Every choices-mode decision of a run is one row: the task and a screen summary (both masked by
the caller under the privacy policy), the ranked candidates with their feature vectors, how it
was decided (``structure`` / ``tie_break`` / ``escalate`` / ``kept_local``), which candidate
the executed action was (-1: none listed), and its outcomes: the reflector's verdict on the
step, and later the task check or the user's feedback on the run. In shadow mode a step the
device decided also keeps the stronger tier's pick there (``teacher``, ``teacher_action``).

A learned model is stored as plain JSON parameters (never a pickle), versioned; at most one is
active. Features are computed by the caller (the agents layer); this store only keeps them.
"""

from __future__ import annotations

import json
import math
import time
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from ..errors import ConfigurationError
from .base import Database, dumps

RUN_OUTCOME_SOURCES = ("task_check", "feedback")
MAX_LEXICON = 50_000  # entries of a learned lexicon (agents/lexicon.py)


class LoggedCandidate(BaseModel):
    """One ranked candidate of a decision: its text, action kind and feature vector."""

    text: str
    kind: str = ""
    features: list[float]


class Decision(BaseModel):
    """One logged decision (``chosen`` indexes ``candidates``; -1 when the action was none of them)."""

    run_id: str
    step_index: int
    task: str
    screen: str = ""
    feature_names: list[str]
    candidates: list[LoggedCandidate]
    how: str
    chosen: int
    action: dict[str, Any] = Field(default_factory=dict)
    outcome: str = ""
    run_success: bool | None = None
    outcome_source: str = ""
    teacher: int | None = None  # shadow mode: the stronger tier's pick on a step the device decided (-1: unlisted)
    teacher_action: dict[str, Any] = Field(default_factory=dict)
    id: int | None = None


class ModelParams(BaseModel):
    """A learned decision model's parameters: a linear score over named features (a softmax over the
    candidates and "none", whose logit is ``intercept``; or a logistic per candidate), then Platt scaling."""

    kind: Literal["softmax", "logistic"] = "softmax"
    order: Literal["learned", "ranker", "rescue"] = "learned"  # ranker: the ranker's pick kept, the model says when
    # to defer; rescue: the ranker's pick kept unless it is a fallback (agents/learned.py)
    features: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    platt: tuple[float, float] = (1.0, 0.0)
    cautious: bool = False  # the pick's probability never above the default calibration's (agents/learned.py)
    act_threshold: float = Field(ge=0, le=1)
    defer_below: float = Field(ge=0, le=1)
    lexicon: dict[str, float] = Field(default_factory=dict)  # "task word|candidate word" -> weight
    apps: dict[str, float] = Field(default_factory=dict)  # "task word|App" -> weight of the first app (app_lexicon)
    procedures: dict[str, float] = Field(default_factory=dict)  # "task token|candidate token" (agents/procedures.py)

    def model_post_init(self, _context: Any) -> None:
        n = len(self.features)
        if not (n and len(self.mean) == len(self.scale) == len(self.coef) == n):
            raise ValueError(f"{n} features but {len(self.mean)}/{len(self.scale)}/{len(self.coef)} parameters")
        largest = max(len(self.lexicon), len(self.apps), len(self.procedures))
        if largest > MAX_LEXICON:
            raise ValueError(f"a lexicon of {largest} entries (at most {MAX_LEXICON})")
        numbers = [*self.mean, *self.scale, *self.coef, self.intercept, *self.platt, *self.lexicon.values(),
                   *self.apps.values(), *self.procedures.values()]
        if not all(math.isfinite(x) for x in numbers) or any(s <= 0 for s in self.scale):
            raise ValueError("parameters must be finite numbers, scales above 0")


class StoredModel(BaseModel):
    id: int
    created_at: float
    params: ModelParams
    metrics: dict[str, Any]
    n_decisions: int
    active: bool


def parse_params(value: Any) -> ModelParams:
    """Validated parameters from JSON text or a dict; ConfigurationError when they do not check out."""
    try:
        return ModelParams.model_validate(json.loads(value) if isinstance(value, str) else value)
    except (ValueError, ValidationError, TypeError) as exc:
        raise ConfigurationError(f"these decision-model parameters are not usable: {exc}",
                                 hint="retrain with `cascadroid learn`, or import a file written by "
                                      "`cascadroid memory export`") from exc


class DecisionLog:
    """Logged decisions and learned decision models (``store.decisions``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- decisions -------------------------------------------------------------------
    def record(self, decision: Decision) -> int:
        """Keep one decision; returns its id."""
        row = {
            "run_id": decision.run_id, "step_index": decision.step_index, "task": decision.task,
            "screen": decision.screen, "feature_names": dumps(decision.feature_names),
            "candidates": dumps([c.model_dump() for c in decision.candidates]), "how": decision.how,
            "chosen": decision.chosen, "action": dumps(decision.action), "outcome": decision.outcome,
            "run_success": None if decision.run_success is None else int(decision.run_success),
            "outcome_source": decision.outcome_source, "created_at": time.time(), "teacher": decision.teacher,
            "teacher_action": dumps(decision.teacher_action) if decision.teacher_action else None,
        }
        with self.db.tx() as conn:
            cursor = conn.execute(
                f"INSERT INTO decisions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            return int(cursor.lastrowid or 0)

    def set_run_outcome(self, run_id: str, success: bool, *, source: str = "task_check") -> int:
        """Mark every decision of ``run_id`` with the run's outcome (a task check or user feedback)."""
        if source not in RUN_OUTCOME_SOURCES:
            raise ConfigurationError(f"unknown outcome source {source!r}", hint=f"use one of {RUN_OUTCOME_SOURCES}")
        with self.db.tx() as conn:
            return conn.execute("UPDATE decisions SET run_success = ?, outcome_source = ? WHERE run_id = ?",
                                (int(success), source, run_id)).rowcount

    def rows(self) -> list[dict[str, Any]]:
        """Every logged decision as stored (JSON columns still text: the learner checks each one)."""
        return self.db.query("SELECT * FROM decisions ORDER BY id")

    def all(self) -> list[Decision]:
        """Every logged decision that parses (a damaged row is left out)."""
        out = []
        for row in self.rows():
            try:
                out.append(decision_from_row(row))
            except (ValueError, ValidationError, TypeError):
                continue
        return out

    def count(self) -> int:
        return int(self.db.query("SELECT count(*) AS n FROM decisions")[0]["n"])

    # ---- models ----------------------------------------------------------------------
    def save_model(self, params: ModelParams, metrics: dict[str, Any], n_decisions: int, *, activate: bool) -> int:
        """Store a new model version (and make it the only active one when ``activate``); returns its id."""
        with self.db.tx() as conn:
            if activate:
                conn.execute("UPDATE decision_models SET active = 0")
            cursor = conn.execute(
                "INSERT INTO decision_models (created_at, params, metrics, n_decisions, active) VALUES (?, ?, ?, ?, ?)",
                (time.time(), params.model_dump_json(), dumps(metrics), n_decisions, int(activate)))
            return int(cursor.lastrowid or 0)

    def models(self) -> list[StoredModel]:
        """Every stored model version, oldest first."""
        return [StoredModel(id=r["id"], created_at=r["created_at"], params=parse_params(r["params"]),
                            metrics=json.loads(r["metrics"] or "{}"), n_decisions=r["n_decisions"] or 0,
                            active=bool(r["active"]))
                for r in self.db.query("SELECT * FROM decision_models ORDER BY id")]

    def active_model(self) -> StoredModel | None:
        """The active model version, if any."""
        return next((m for m in self.models() if m.active), None)

    def export(self) -> list[dict[str, Any]]:
        """The active model (parameters and metrics) for a memory export; logs stay on the device."""
        active = self.active_model()
        return [] if active is None else [{"params": active.params.model_dump(mode="json"), "metrics": active.metrics,
                                           "n_decisions": active.n_decisions}]

    def import_models(self, entries: Any) -> int:
        """Add exported models, each checked; the last one becomes active. All or nothing."""
        if not isinstance(entries, list):
            raise ConfigurationError("'decision_models' in the import is not a list", hint="export it again")
        checked = [(parse_params(e.get("params") if isinstance(e, dict) else None), e) for e in entries]
        with self.db.tx():
            for i, (params, entry) in enumerate(checked):
                metrics = entry.get("metrics") if isinstance(entry.get("metrics"), dict) else {}
                self.save_model(params, {**metrics, "imported": True}, int(entry.get("n_decisions") or 0),
                                activate=i == len(checked) - 1)
        return len(checked)


def decision_from_row(row: dict[str, Any]) -> Decision:
    """A stored row as a :class:`Decision` (ValueError / ValidationError when it is damaged)."""
    run_success = row.get("run_success")
    return Decision(
        id=row["id"], run_id=row["run_id"], step_index=row["step_index"], task=row["task"] or "",
        screen=row["screen"] or "", feature_names=json.loads(row["feature_names"]),
        candidates=json.loads(row["candidates"]), how=row["how"] or "", chosen=row["chosen"],
        action=json.loads(row["action"] or "{}"), outcome=row["outcome"] or "",
        run_success=None if run_success is None else bool(run_success), outcome_source=row["outcome_source"] or "",
        teacher=row.get("teacher"), teacher_action=json.loads(row.get("teacher_action") or "{}"))
