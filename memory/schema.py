"""Opening the SQLite file and migrating its schema forward.

``MIGRATIONS`` is append-only: migration ``n`` (1-based) brings a file from version ``n-1``
to ``n``; never edit one that has shipped, add a new one. The version lives in the ``meta``
table. Before migrating a file that already holds data, a copy is written beside it
(``<name>.v<old>.bak``) and checked; errors about a damaged file name the backups that exist. Each migration runs in one ``BEGIN IMMEDIATE`` transaction, so two
processes opening a fresh file at once migrate it exactly once.
"""

from __future__ import annotations

import glob
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from ..errors import ConfigurationError, CorruptDatabaseError, MemoryStoreError, SchemaVersionError
from ..sqlite import is_lock_error, open_db
from .text import normalize


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


def _v4_knowledge(db: sqlite_utils.Database) -> None:
    db["knowledge_screens"].create(
        {"signature": str, "app": str, "title": str, "elements": str, "texts": str, "updated_at": float},
        pk="signature", not_null={"app"}, defaults={"title": "", "elements": "[]", "texts": "[]"},
    )
    db["knowledge_screens"].create_index(["app"])
    db["knowledge_transitions"].create(
        {"source": str, "key": str, "target": str, "app": str, "label": str, "updated_at": float},
        pk=("source", "key"), not_null={"target", "app"}, defaults={"label": ""},
    )
    db["knowledge_transitions"].create_index(["app"])


def _v5_decisions(db: sqlite_utils.Database) -> None:
    db["decisions"].create(
        {"id": int, "run_id": str, "step_index": int, "task": str, "screen": str, "feature_names": str,
         "candidates": str, "how": str, "chosen": int, "action": str, "outcome": str, "run_success": int,
         "outcome_source": str, "created_at": float},
        pk="id", not_null={"run_id", "candidates"}, defaults={"screen": "", "outcome": "", "outcome_source": ""},
    )
    db["decisions"].create_index(["run_id"])
    db["decision_models"].create(
        {"id": int, "created_at": float, "params": str, "metrics": str, "n_decisions": int, "active": int},
        pk="id", not_null={"params"}, defaults={"metrics": "{}", "n_decisions": 0, "active": 0},
    )


def _v6_intents(db: sqlite_utils.Database) -> None:
    db["knowledge_intents"].create(
        {"device": str, "intent": str, "worked": int, "failed": int, "updated_at": float},
        pk=("device", "intent"), defaults={"worked": 0, "failed": 0},
    )


def _v7_tips_any_script(db: sqlite_utils.Database) -> None:
    """Tips in any script: ``norm`` re-derived with script-aware words (it held only a-z0-9, so a tip
    in Chinese had no words) and the full-text index moved from ``text`` to ``norm``, where scripts
    written without spaces are letter pairs. Plain SQL: sqlite-utils' FTS helpers would commit the
    migration's transaction half way."""
    for statement in ("DROP TRIGGER IF EXISTS tips_ai", "DROP TRIGGER IF EXISTS tips_ad",
                      "DROP TRIGGER IF EXISTS tips_au", "DROP TABLE IF EXISTS tips_fts"):
        db.execute(statement)
    taken = {row[0] for row in db.execute("SELECT norm FROM tips")}
    for tip_id, text, old in db.execute("SELECT id, text, norm FROM tips").fetchall():
        new = normalize(text)
        if new and new != old and new not in taken:  # a clash (two spellings of one tip) keeps the old key
            db.execute("UPDATE tips SET norm = ? WHERE id = ?", (new, tip_id))
            taken.add(new)
    db.execute("CREATE VIRTUAL TABLE tips_fts USING FTS5 (norm, tags, tokenize='porter', content='tips')")
    db.execute("INSERT INTO tips_fts (rowid, norm, tags) SELECT rowid, norm, tags FROM tips")
    db.execute("CREATE TRIGGER tips_ai AFTER INSERT ON tips BEGIN "
               "INSERT INTO tips_fts (rowid, norm, tags) VALUES (new.rowid, new.norm, new.tags); END")
    db.execute("CREATE TRIGGER tips_ad AFTER DELETE ON tips BEGIN INSERT INTO tips_fts (tips_fts, rowid, norm, tags) "
               "VALUES ('delete', old.rowid, old.norm, old.tags); END")
    db.execute("CREATE TRIGGER tips_au AFTER UPDATE ON tips BEGIN INSERT INTO tips_fts (tips_fts, rowid, norm, tags) "
               "VALUES ('delete', old.rowid, old.norm, old.tags); "
               "INSERT INTO tips_fts (rowid, norm, tags) VALUES (new.rowid, new.norm, new.tags); END")


def _v8_shadow_teacher(db: sqlite_utils.Database) -> None:
    """A decision's shadow teacher label: the stronger tier's pick on a step the device decided."""
    db["decisions"].add_column("teacher", int)
    db["decisions"].add_column("teacher_action", str)


Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: tuple[Migration, ...] = (_v1_runs, _v2_tips, _v3_shortcuts, _v4_knowledge, _v5_decisions, _v6_intents,
                                     _v7_tips_any_script, _v8_shadow_teacher)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path, *, busy_timeout_s: float) -> sqlite_utils.Database:
    """Open ``path`` with :func:`~cascadroid.sqlite.open_db` and foreign keys on; CorruptDatabaseError if it is not SQLite."""
    try:
        conn = open_db(path, busy_timeout_s=busy_timeout_s)
    except sqlite3.DatabaseError as exc:
        if is_lock_error(exc):
            raise
        raise _corrupt(path, exc) from exc
    conn.execute("PRAGMA foreign_keys=ON")
    return sqlite_utils.Database(conn)


def _corrupt(path: Path, why: object) -> CorruptDatabaseError:
    return CorruptDatabaseError(f"{str(path)!r} is not a usable SQLite database ({why})", hint=restore_hint(path))


def backups_of(path: Path) -> list[Path]:
    """The backups beside ``path`` (``<name>.<tag>.bak``), newest first."""
    found = [p for p in path.parent.glob(glob.escape(path.name) + ".*.bak") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def restore_hint(path: Path) -> str:
    """What to do with a damaged ``path``, naming a backup only when one really exists."""
    backups = backups_of(path)
    if backups:
        others = f" (older: {', '.join(str(p) for p in backups[1:4])})" if len(backups) > 1 else ""
        return f"restore the newest backup: copy {str(backups[0])!r} over {str(path)!r}{others}"
    return (
        f"no backup of it exists; move {str(path)!r} away and cascadroid starts a new, empty memory "
        "(learned tips and shortcuts are lost); keep backups with `cascadroid memory backup`"
    )


def schema_version(db: sqlite_utils.Database, path: Path | None = None) -> int:
    """The file's schema version; 0 for a new, empty file. A value that is not a whole number >= 0 is corruption."""
    if not db["meta"].exists():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        return 0
    value = row[0]
    text = value.strip() if isinstance(value, str) else None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if text is not None and text.isascii() and text.isdigit() and len(text) <= 9:
        return int(text)
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "..."
    why = f"its schema version in table meta is {shown}, not a whole number"
    if path is None:
        raise CorruptDatabaseError(f"the memory database is not usable ({why})", hint="open it by path to see its backups")
    raise _corrupt(path, why)


def migrate(db: sqlite_utils.Database, path: Path, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to ``target``; returns the version it had before.

    A file that holds anything is first copied to ``<name>.v<old>.bak`` and the copy checked;
    if that fails, nothing is migrated.
    """
    try:
        found, holds_data = _version_and_contents(db, path)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    if found > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{str(path)!r} has memory schema version {found}; this cascadroid knows up to {SCHEMA_VERSION}",
            hint="upgrade cascadroid, or point the store at another file",
        )
    if found >= target:
        return found
    if holds_data:
        try:
            backup(db, path.with_name(f"{path.name}.v{found}.bak"), expect_version=found)
        except MemoryStoreError:
            if schema_version(db, path) >= target:
                return found  # another process backed the file up and migrated it while we copied
            raise
    db.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(db, path)  # another process may have migrated while we waited
        for version in range(current + 1, target + 1):
            MIGRATIONS[version - 1](db)
            db["meta"].upsert({"key": "schema_version", "value": str(version)}, pk="key")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found


def _version_and_contents(db: sqlite_utils.Database, path: Path) -> tuple[int, bool]:
    """The schema version and whether the file holds anything, read in one snapshot (another process may be migrating)."""
    db.execute("BEGIN")
    try:
        found = schema_version(db, path)
        return found, db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        db.execute("COMMIT")


def backup(db: sqlite_utils.Database, destination: Path, *, expect_version: int | None = None) -> Path:
    """A consistent copy of the whole database (WAL included) at ``destination``, checked.

    The copy is written under a temporary name, opened and checked (``PRAGMA quick_check``,
    and its schema version when ``expect_version`` is given), and only then renamed: a file
    under the backup's name is always a whole, readable database.
    """
    partial = destination.with_name(f"{destination.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        target = sqlite3.connect(str(partial))
        try:
            db.conn.backup(target)
        finally:
            target.close()
        verdict, version = _check_copy(partial)
        if verdict != "ok" or (expect_version is not None and version != expect_version):
            raise MemoryStoreError(
                f"the backup {str(destination)!r} did not check out ({verdict}, schema {version}); nothing was changed",
                hint="free disk space, or move the store to a healthy disk, then try again",
            )
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        raise MemoryStoreError(
            f"cannot write a backup of the memory to {str(destination)!r}: {exc}",
            hint="check that its folder exists, is writable and has free space",
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return destination


def _check_copy(path: Path) -> tuple[str, int | None]:
    copy = sqlite_utils.Database(sqlite3.connect(str(path)))
    try:
        return copy.execute("PRAGMA quick_check").fetchone()[0], schema_version(copy, path)
    except (sqlite3.Error, CorruptDatabaseError) as exc:
        return str(exc), None
    finally:
        copy.close()


def backup_file(path: Path, destination: Path | None = None) -> Path:
    """Back up the memory file ``path`` without migrating it; default ``<name>.<UTC time>.bak`` beside it."""
    if not path.is_file():
        raise ConfigurationError(f"there is no memory store at {str(path)!r} to back up", hint="check --data-dir")
    if destination is None:
        destination = path.with_name(f"{path.name}.{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.bak")
    if destination.exists():
        raise ConfigurationError(f"{str(destination)!r} already exists", hint="name a new file for the backup")
    db = connect(path, busy_timeout_s=30.0)
    try:
        schema_version(db, path)
        return backup(db, destination)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    finally:
        db.close()
