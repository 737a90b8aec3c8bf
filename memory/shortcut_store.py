"""Storing shortcuts, their state (candidate -> verified -> retired) and every run of them."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any, get_args

from ..errors import ConfigurationError
from .base import Database, dumps
from .records import Shortcut, ShortcutRun, ShortcutState
from .shortcuts import check_shortcut

RETIRE_AFTER = 3
_JSON_FIELDS = ("params_schema", "preconditions", "steps", "example_params")


def signature(shortcut: Shortcut) -> str:
    """Identity of what a shortcut does: its preconditions and steps (not its name)."""
    body = dumps(
        {
            "preconditions": shortcut.preconditions.model_dump(exclude_none=True),
            "steps": [s.model_dump(exclude_none=True) for s in shortcut.steps],
        }
    )
    return hashlib.sha256(body.encode()).hexdigest()


class ShortcutStore:
    """Add, find, score and prune shortcuts (``store.shortcuts``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, shortcut: Shortcut) -> Shortcut:
        """Store a shortcut; one with the same preconditions and steps is returned instead of a copy.

        A different shortcut under a name that is taken raises ConfigurationError.
        """
        check_shortcut(shortcut)
        sig = signature(shortcut)
        with self.db.tx() as conn:
            same = self.find_same(shortcut)
            if same is not None:
                return same
            if self.db.query("SELECT id FROM shortcuts WHERE name = ?", (shortcut.name,)):
                raise ConfigurationError(
                    f"a different shortcut is already named {shortcut.name!r}",
                    hint="choose another name (free_name() suggests one)",
                )
            row = shortcut.model_dump(exclude={"id"}, mode="json")
            row.update({f: dumps(row[f]) for f in _JSON_FIELDS})
            row.update(signature=sig, app=shortcut.preconditions.app or "", updated_at=time.time())
            cursor = conn.execute(
                f"INSERT INTO shortcuts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            new_id = int(cursor.lastrowid or 0)
        return self.get(new_id)

    def find_same(self, shortcut: Shortcut) -> Shortcut | None:
        """The stored shortcut with the same preconditions and steps, if any."""
        rows = self.db.query("SELECT * FROM shortcuts WHERE signature = ?", (signature(shortcut),))
        return _shortcut(rows[0]) if rows else None

    def get(self, key: int | str) -> Shortcut:
        """A shortcut by id or by name."""
        column = "id" if isinstance(key, int) else "name"
        rows = self.db.query(f"SELECT * FROM shortcuts WHERE {column} = ?", (key,))
        if not rows:
            names = [r["name"] for r in self.db.query("SELECT name FROM shortcuts ORDER BY updated_at DESC LIMIT 20")]
            raise ConfigurationError(
                f"shortcut {key!r} is not in {str(self.db.path)!r}",
                hint=f"known shortcuts: {names}" if names else "this store has no shortcuts yet",
            )
        return _shortcut(rows[0])

    def all(self, *, state: ShortcutState | None = None, app: str | None = None) -> list[Shortcut]:
        """Shortcuts, most successful first; ``app`` keeps those for that app and those for any app."""
        clauses, params = [], []
        if state is not None:
            clauses.append("state = ?")
            params.append(state)
        if app is not None:
            clauses.append("(app = ? OR app = '')")
            params.append(app)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.query(f"SELECT * FROM shortcuts {where} ORDER BY successes DESC, id", params)
        return [_shortcut(r) for r in rows]

    def free_name(self, base: str) -> str:
        """``base``, or ``base_2``, ``base_3``... whichever is not taken."""
        taken = {r["name"] for r in self.db.query("SELECT name FROM shortcuts WHERE name LIKE ?", (f"{base}%",))}
        return next(n for n in (base, *(f"{base}_{i}" for i in range(2, len(taken) + 3))) if n not in taken)

    def set_state(self, shortcut_id: int, state: ShortcutState) -> Shortcut:
        if state not in get_args(ShortcutState):
            raise ConfigurationError(f"shortcut state {state!r} is unknown", hint=f"use one of {get_args(ShortcutState)}")
        with self.db.tx() as conn:
            cursor = conn.execute(
                "UPDATE shortcuts SET state = ?, consecutive_failures = 0, updated_at = ? WHERE id = ?",
                (state, time.time(), shortcut_id),
            )
            if cursor.rowcount == 0:
                self.get(shortcut_id)
        return self.get(shortcut_id)

    def record_run(
        self, result: ShortcutRun, *, run_id: str | None = None, verification: bool = False, retire_after: int = RETIRE_AFTER
    ) -> Shortcut:
        """Log a run of a shortcut and update its counts and state.

        Success resets the failure streak, and a successful verification makes a candidate
        verified. A run that stopped part-way (or failed its check) is a failure;
        ``retire_after`` failures in a row retire it. A precondition that did not hold
        in normal use is logged but not held against the shortcut (it never started);
        in a verification it is a failure.
        """
        if result.shortcut_id is None:
            raise ConfigurationError(
                f"shortcut run of {result.shortcut_name!r} has no shortcut id",
                hint="run a shortcut loaded from the store (shortcuts.add / shortcuts.get)",
            )
        failed = result.status in ("stopped", "check_failed") or (verification and result.status == "precondition_failed")
        now = time.time()
        with self.db.tx() as conn:
            current = self.get(result.shortcut_id)
            conn.execute(
                "INSERT INTO shortcut_runs (shortcut_id, run_id, params, status, steps_done, stopped_at, reason,"
                " verification, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (current.id, run_id, dumps(result.params), result.status, result.steps_done, result.stopped_at,
                 result.reason, int(verification), now),
            )  # fmt: skip
            state = current.state
            if result.succeeded:
                if verification and state == "candidate":
                    state = "verified"
                counts = (current.successes + 1, current.failures, 0)
            elif failed:
                streak = current.consecutive_failures + 1
                if streak >= retire_after and state != "retired":
                    state = "retired"
                counts = (current.successes, current.failures + 1, streak)
            else:
                counts = (current.successes, current.failures, current.consecutive_failures)
            conn.execute(
                "UPDATE shortcuts SET state = ?, successes = ?, failures = ?, consecutive_failures = ?, updated_at = ?"
                " WHERE id = ?",
                (state, *counts, now, current.id),
            )
        return self.get(result.shortcut_id)

    def runs(self, shortcut_id: int) -> list[dict[str, Any]]:
        """The logged runs of one shortcut, oldest first."""
        rows = self.db.query("SELECT * FROM shortcut_runs WHERE shortcut_id = ? ORDER BY id", (shortcut_id,))
        return [{**r, "params": json.loads(r["params"]), "verification": bool(r["verification"])} for r in rows]

    def prune_retired(self, *, before: float) -> int:
        """Delete retired shortcuts not updated since ``before`` (a Unix time), with their logged runs."""
        with self.db.tx() as conn:
            ids = [(r[0],) for r in conn.execute(
                "SELECT id FROM shortcuts WHERE state = 'retired' AND updated_at < ?", (before,)
            )]  # fmt: skip
            conn.executemany("DELETE FROM shortcut_runs WHERE shortcut_id = ?", ids)
            return conn.executemany("DELETE FROM shortcuts WHERE id = ?", ids).rowcount


def _shortcut(row: dict[str, Any]) -> Shortcut:
    fields = {k: v for k, v in row.items() if k in Shortcut.model_fields}
    fields.update({f: json.loads(row[f]) if row[f] else None for f in _JSON_FIELDS})
    fields["example_params"] = fields["example_params"] or {}
    return Shortcut(**fields)
