"""Opening the SQLite file and migrating its schema forward.

``MIGRATIONS`` is append-only: migration ``n`` (1-based) brings a file from version ``n-1``
to ``n``; never edit one that has shipped, add a new one. The version lives in the ``meta``
table. Before migrating a file that already holds data, a copy is written beside it
(``<name>.v<old>.bak``). Each migration runs in one ``BEGIN IMMEDIATE`` transaction, so two
processes opening a fresh file at once migrate it exactly once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from ..errors import CorruptDatabaseError, SchemaVersionError


def _v1_runs(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db["runs"].create(
        {
            "run_id": str,
            "task": str,
            "status": str,
            "success_claimed": int,
            "answer": str,
            "stop_reason": str,
            "started_at": float,
            "finished_at": float,
            "device": str,
            "config": str,
            "totals": str,
        },
        pk="run_id",
        not_null={"task", "status", "started_at"},
        defaults={"device": "", "config": "{}", "totals": "{}"},
    )
    db["runs"].create_index(["started_at"])
    db["steps"].create(
        {
            "run_id": str,
            "step_index": int,
            "subgoal": str,
            "action": str,
            "locator": str,
            "reason": str,
            "outcome": str,
            "outcome_reason": str,
            "tier": str,
            "model": str,
            "prompt_tokens": int,
            "completion_tokens": int,
            "model_calls": int,
            "latency_s": float,
            "cost_usd": float,
            "package": str,
            "screenshot_path": str,
            "shortcut": str,
            "started_at": float,
        },
        pk=("run_id", "step_index"),
        foreign_keys=[("run_id", "runs", "run_id")],
    )
    db["events"].create(
        {"id": int, "run_id": str, "kind": str, "payload": str, "created_at": float},
        pk="id",
        foreign_keys=[("run_id", "runs", "run_id")],
    )
    db["events"].create_index(["run_id", "kind"])


def _v2_tips(db: sqlite_utils.Database) -> None:
    db["tips"].create(
        {
            "id": int,
            "text": str,
            "norm": str,
            "apps": str,
            "tags": str,
            "source_run": str,
            "times_used": int,
            "successes": int,
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"text", "norm"},
        defaults={"apps": "[]", "tags": "[]", "times_used": 0, "successes": 0},
    )
    db["tips"].create_index(["norm"], unique=True)
    db["tips"].enable_fts(["text", "tags"], fts_version="FTS5", create_triggers=True, tokenize="porter")


def _v3_shortcuts(db: sqlite_utils.Database) -> None:
    db["shortcuts"].create(
        {
            "id": int,
            "name": str,
            "description": str,
            "app": str,
            "params_schema": str,
            "preconditions": str,
            "steps": str,
            "signature": str,
            "state": str,
            "successes": int,
            "failures": int,
            "consecutive_failures": int,
            "source_run": str,
            "example_params": str,
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"name", "steps", "signature", "state"},
        defaults={"successes": 0, "failures": 0, "consecutive_failures": 0},
    )
    db["shortcuts"].create_index(["name"], unique=True)
    db["shortcuts"].create_index(["signature"], unique=True)
    db["shortcuts"].create_index(["state", "app"])
    db["shortcut_runs"].create(
        {
            "id": int,
            "shortcut_id": int,
            "run_id": str,
            "params": str,
            "status": str,
            "steps_done": int,
            "stopped_at": int,
            "reason": str,
            "verification": int,
            "created_at": float,
        },
        pk="id",
        foreign_keys=[("shortcut_id", "shortcuts", "id")],
    )
    db["shortcut_runs"].create_index(["shortcut_id"])


Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: tuple[Migration, ...] = (_v1_runs, _v2_tips, _v3_shortcuts)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path, *, busy_timeout_s: float) -> sqlite_utils.Database:
    """Open ``path`` in WAL mode with a busy timeout; CorruptDatabaseError if it is not SQLite."""
    conn = sqlite3.connect(str(path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _switch_to_wal(conn, busy_timeout_s)
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across crashes of the process
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise _corrupt(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _corrupt(path, exc) from exc
    return sqlite_utils.Database(conn)


def _switch_to_wal(conn: sqlite3.Connection, busy_timeout_s: float) -> None:
    """Enter WAL mode, waiting out another process that is doing the same.

    Changing the journal mode needs an exclusive lock, and SQLite answers "database is
    locked" at once instead of calling the busy handler, so the wait is done here.
    """
    deadline = time.monotonic() + busy_timeout_s
    while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            if not ("locked" in str(exc) or "busy" in str(exc)) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _corrupt(path: Path, exc: Exception) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        f"{str(path)!r} is not a usable SQLite database ({exc})",
        hint="restore it from a .bak copy beside it, or move it away and let cascadroid create a new one",
    )


def schema_version(db: sqlite_utils.Database) -> int:
    """The file's schema version; 0 for a new, empty file."""
    if not db["meta"].exists():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: sqlite_utils.Database, path: Path, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to ``target``; returns the version it had before."""
    try:
        found = schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    if found > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{str(path)!r} has memory schema version {found}; this cascadroid knows up to {SCHEMA_VERSION}",
            hint="upgrade cascadroid, or point the store at another file",
        )
    if found >= target:
        return found
    if found > 0:
        backup(db, path.with_name(f"{path.name}.v{found}.bak"))
    db.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(db)  # another process may have migrated while we waited
        for version in range(current + 1, target + 1):
            MIGRATIONS[version - 1](db)
            db["meta"].upsert({"key": "schema_version", "value": str(version)}, pk="key")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found


def backup(db: sqlite_utils.Database, destination: Path) -> Path:
    """A consistent copy of the whole database (WAL included) at ``destination``."""
    target = sqlite3.connect(str(destination))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    return destination
