"""Storing shortcuts, their state (candidate -> verified -> retired) and every run of them."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any, get_args

from ..errors import ConfigurationError
from .base import StoreBase, dumps
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


class ShortcutStore(StoreBase):
    """Add, find and score shortcuts."""

    def add_shortcut(self, shortcut: Shortcut) -> Shortcut:
        """Store a shortcut; one with the same preconditions and steps is returned instead of a copy.

        A different shortcut under a name that is taken raises ConfigurationError.
        """
        check_shortcut(shortcut)
        sig = signature(shortcut)
        with self._tx() as conn:
            same = self.find_same_shortcut(shortcut)
            if same is not None:
                return same
            if self._query("SELECT id FROM shortcuts WHERE name = ?", (shortcut.name,)):
                raise ConfigurationError(
                    f"a different shortcut is already named {shortcut.name!r}",
                    hint="choose another name (free_shortcut_name() suggests one)",
                )
            row = shortcut.model_dump(exclude={"id"}, mode="json")
            row.update({f: dumps(row[f]) for f in _JSON_FIELDS})
            row.update(signature=sig, app=shortcut.preconditions.app or "", updated_at=time.time())
            cursor = conn.execute(
                f"INSERT INTO shortcuts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            new_id = int(cursor.lastrowid or 0)
        return self.get_shortcut(new_id)

    def find_same_shortcut(self, shortcut: Shortcut) -> Shortcut | None:
        """The stored shortcut with the same preconditions and steps, if any."""
        rows = self._query("SELECT * FROM shortcuts WHERE signature = ?", (signature(shortcut),))
        return _shortcut(rows[0]) if rows else None

    def get_shortcut(self, key: int | str) -> Shortcut:
        """A shortcut by id or by name."""
        column = "id" if isinstance(key, int) else "name"
        rows = self._query(f"SELECT * FROM shortcuts WHERE {column} = ?", (key,))
        if not rows:
            names = [r["name"] for r in self._query("SELECT name FROM shortcuts ORDER BY updated_at DESC LIMIT 20")]
            raise ConfigurationError(
                f"shortcut {key!r} is not in {str(self.path)!r}",
                hint=f"known shortcuts: {names}" if names else "this store has no shortcuts yet",
            )
        return _shortcut(rows[0])

    def list_shortcuts(self, *, state: ShortcutState | None = None, app: str | None = None) -> list[Shortcut]:
        """Shortcuts, most successful first; ``app`` keeps those for that app and those for any app."""
        clauses, params = [], []
        if state is not None:
            clauses.append("state = ?")
            params.append(state)
        if app is not None:
            clauses.append("(app = ? OR app = '')")
            params.append(app)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._query(f"SELECT * FROM shortcuts {where} ORDER BY successes DESC, id", params)
        return [_shortcut(r) for r in rows]

    def free_shortcut_name(self, base: str) -> str:
        """``base``, or ``base_2``, ``base_3``... whichever is not taken."""
        taken = {r["name"] for r in self._query("SELECT name FROM shortcuts WHERE name LIKE ?", (f"{base}%",))}
        return next(n for n in (base, *(f"{base}_{i}" for i in range(2, len(taken) + 3))) if n not in taken)

    def set_shortcut_state(self, shortcut_id: int, state: ShortcutState) -> Shortcut:
        if state not in get_args(ShortcutState):
            raise ConfigurationError(f"shortcut state {state!r} is unknown", hint=f"use one of {get_args(ShortcutState)}")
        with self._tx() as conn:
            cursor = conn.execute(
                "UPDATE shortcuts SET state = ?, consecutive_failures = 0, updated_at = ? WHERE id = ?",
                (state, time.time(), shortcut_id),
            )
            if cursor.rowcount == 0:
                self.get_shortcut(shortcut_id)
        return self.get_shortcut(shortcut_id)

    def record_shortcut_run(
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
                hint="run a shortcut loaded from the store (add_shortcut / get_shortcut)",
            )
        failed = result.status in ("stopped", "check_failed") or (verification and result.status == "precondition_failed")
        now = time.time()
        with self._tx() as conn:
            current = self.get_shortcut(result.shortcut_id)
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
        return self.get_shortcut(result.shortcut_id)

    def shortcut_runs(self, shortcut_id: int) -> list[dict[str, Any]]:
        """The logged runs of one shortcut, oldest first."""
        rows = self._query("SELECT * FROM shortcut_runs WHERE shortcut_id = ? ORDER BY id", (shortcut_id,))
        return [{**r, "params": json.loads(r["params"]), "verification": bool(r["verification"])} for r in rows]

    def delete_shortcuts(self, ids: list[int]) -> int:
        with self._tx() as conn:
            conn.executemany("DELETE FROM shortcut_runs WHERE shortcut_id = ?", [(i,) for i in ids])
            return conn.executemany("DELETE FROM shortcuts WHERE id = ?", [(i,) for i in ids]).rowcount


def _shortcut(row: dict[str, Any]) -> Shortcut:
    fields = {k: v for k, v in row.items() if k in Shortcut.model_fields}
    fields.update({f: json.loads(row[f]) if row[f] else None for f in _JSON_FIELDS})
    fields["example_params"] = fields["example_params"] or {}
    return Shortcut(**fields)
