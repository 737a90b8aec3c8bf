"""Runs, their steps and events: what the agent did, for the trace viewer and for learning."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from typing import Any, get_args

from ..errors import ConfigurationError, RunNotFoundError
from .base import Database, dumps
from .records import EventRecord, RunRecord, RunStatus, StepRecord

_STEP_COLUMNS = (
    "run_id", "step_index", "subgoal", "action", "locator", "reason", "outcome", "outcome_reason",
    "tier", "model", "prompt_tokens", "completion_tokens", "model_calls", "latency_s", "cost_usd",
    "package", "screenshot_path", "shortcut", "started_at",
)  # fmt: skip
_INSERT_STEP = (
    f"INSERT OR REPLACE INTO steps ({', '.join(_STEP_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_STEP_COLUMNS))})"
)
_RUN_COLUMNS = tuple(RunRecord.model_fields)
_UPSERT_RUN = (
    f"INSERT INTO runs ({', '.join(_RUN_COLUMNS)}) VALUES ({', '.join('?' * len(_RUN_COLUMNS))}) "
    f"ON CONFLICT(run_id) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in _RUN_COLUMNS[1:])}"
)
_FINAL_STATUSES = tuple(s for s in get_args(RunStatus) if s != "running")


class RunLog:
    """Record runs step by step; read them back (``store.runs``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def start(self, record: RunRecord) -> RunRecord:
        """Record a run; starting an id that exists again (a resume) updates its record."""
        row = record.model_dump()
        row["config"], row["totals"] = dumps(record.config), dumps(record.totals)
        with self.db.tx() as conn:
            conn.execute(_UPSERT_RUN, [row[c] for c in _RUN_COLUMNS])
        return record

    def record_step(self, step: StepRecord, events: Sequence[tuple[str, dict[str, Any]]] = ()) -> bool:
        """Record one step and the events that belong to it, in one transaction; True when it is new.

        Recording the same (run_id, index) again (a node replayed after a restart) replaces the step
        and leaves its events as they were, so a step and its events are kept exactly once.
        """
        values = (
            step.run_id, step.index, step.subgoal, dumps(step.action),
            None if step.locator is None else dumps(step.locator),
            step.reason, step.outcome, step.outcome_reason, step.tier, step.model,
            step.prompt_tokens, step.completion_tokens, step.model_calls, step.latency_s,
            step.cost_usd, step.package, step.screenshot_path, step.shortcut, step.started_at,
        )  # fmt: skip
        try:
            with self.db.tx() as conn:
                seen = conn.execute(
                    "SELECT 1 FROM steps WHERE run_id = ? AND step_index = ?", (step.run_id, step.index)
                ).fetchone()
                conn.execute(_INSERT_STEP, values)
                if seen is None:
                    conn.executemany(
                        "INSERT INTO events (run_id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                        [(step.run_id, kind, dumps(payload), time.time()) for kind, payload in events],
                    )
        except sqlite3.IntegrityError as exc:
            raise self._not_found(step.run_id) from exc
        return seen is None

    def finish(
        self,
        run_id: str,
        *,
        status: RunStatus,
        success_claimed: bool | None = None,
        answer: str | None = None,
        stop_reason: str | None = None,
        totals: dict[str, Any] | None = None,
    ) -> RunRecord:
        """Close a run with its final status; fields left as None keep what was recorded."""
        if status not in _FINAL_STATUSES:
            raise ConfigurationError(
                f"finish status {status!r} is not a final status",
                hint=f"use one of {list(_FINAL_STATUSES)}",
            )
        updates: dict[str, Any] = {"status": status, "finished_at": time.time()}
        for name, value in (("success_claimed", success_claimed), ("answer", answer), ("stop_reason", stop_reason)):
            if value is not None:
                updates[name] = value
        if totals is not None:
            updates["totals"] = dumps(totals)
        assignments = ", ".join(f"{name} = ?" for name in updates)
        with self.db.tx() as conn:
            cursor = conn.execute(f"UPDATE runs SET {assignments} WHERE run_id = ?", [*updates.values(), run_id])
            if cursor.rowcount == 0:
                raise self._not_found(run_id)
        return self.get(run_id)

    def get(self, run_id: str) -> RunRecord:
        rows = self.db.query("SELECT * FROM runs WHERE run_id = ?", (run_id,))
        if not rows:
            raise self._not_found(run_id)
        return _run(rows[0])

    def recent(self, limit: int = 20) -> list[RunRecord]:
        """The most recent runs first."""
        return [_run(r) for r in self.db.query("SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", (limit,))]

    def steps(self, run_id: str) -> list[StepRecord]:
        """The steps of a run in order (RunNotFoundError for an unknown run)."""
        rows = self.db.query("SELECT * FROM steps WHERE run_id = ? ORDER BY step_index", (run_id,))
        if not rows:
            self.get(run_id)
        return [_step(r) for r in rows]

    def record_event(self, run_id: str, kind: str, payload: dict[str, Any]) -> int:
        """Append an event (a model call, a router decision...); returns its id."""
        try:
            with self.db.tx() as conn:
                cursor = conn.execute(
                    "INSERT INTO events (run_id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                    (run_id, kind, dumps(payload), time.time()),
                )
        except sqlite3.IntegrityError as exc:
            raise self._not_found(run_id) from exc
        return int(cursor.lastrowid or 0)

    def events(self, run_id: str, kind: str | None = None) -> list[EventRecord]:
        """A run's events in the order they were recorded, optionally of one kind."""
        sql, params = "SELECT * FROM events WHERE run_id = ?", [run_id]
        if kind is not None:
            sql, params = sql + " AND kind = ?", [run_id, kind]
        rows = self.db.query(sql + " ORDER BY id", params)
        return [EventRecord(**{**r, "payload": json.loads(r["payload"])}) for r in rows]

    def _not_found(self, run_id: str) -> RunNotFoundError:
        recent = [r["run_id"] for r in self.db.query("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 10")]
        return RunNotFoundError(
            f"run {run_id!r} is not in {str(self.db.path)!r}",
            hint=f"recent run ids: {recent}" if recent else "this store has no runs yet; runs.start() first",
        )


def _run(row: dict[str, Any]) -> RunRecord:
    claimed = row["success_claimed"]
    return RunRecord(
        **{
            **row,
            "success_claimed": None if claimed is None else bool(claimed),
            "config": json.loads(row["config"] or "{}"),
            "totals": json.loads(row["totals"] or "{}"),
        }
    )


def _step(row: dict[str, Any]) -> StepRecord:
    row = dict(row)
    row["index"] = row.pop("step_index")
    row["action"] = json.loads(row["action"])
    row["locator"] = None if row["locator"] is None else json.loads(row["locator"])
    return StepRecord(**row)
