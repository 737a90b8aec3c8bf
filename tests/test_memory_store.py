"""MemoryStore: the file (schema, migrations, WAL, errors, two processes) and runs/steps/events."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from multiprocessing.synchronize import Barrier as BarrierType

import pytest

from cascadroid.errors import ConfigurationError, CorruptDatabaseError, RunNotFoundError, SchemaVersionError
from cascadroid.memory import SCHEMA_VERSION, MemoryStore, RunRecord, StepRecord
from cascadroid.memory.schema import connect, migrate, schema_version


def _run(run_id: str = "r1", **kw) -> RunRecord:
    return RunRecord(run_id=run_id, task=kw.pop("task", "send hi to Bob"), status="running", started_at=kw.pop("started_at", time.time()), **kw)


def _step(run_id: str = "r1", index: int = 0, **kw) -> StepRecord:
    return StepRecord(run_id=run_id, index=index, action=kw.pop("action", {"kind": "back"}), started_at=time.time(), **kw)


def test_new_file_is_wal_at_current_schema(tmp_path):
    with MemoryStore(tmp_path / "m.db") as store:
        assert store.db.migrated_from == 0
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "steps", "events", "tips", "tips_fts", "shortcuts", "shortcut_runs"} <= tables


def test_old_file_is_backed_up_then_migrated_keeping_its_rows(tmp_path):
    path = tmp_path / "m.db"
    db = connect(path, busy_timeout_s=5)
    migrate(db, path, target=1)
    db["runs"].insert({"run_id": "old", "task": "t", "status": "succeeded", "started_at": 1.0})
    db.close()

    with MemoryStore(path) as store:
        assert store.db.migrated_from == 1
        assert store.runs.get("old").status == "succeeded"
        assert store.tips.add("tap the search icon first").id == 1  # tables of later versions exist
    backup = sqlite3.connect(tmp_path / "m.db.v1.bak")
    assert backup.execute("SELECT value FROM meta").fetchone()[0] == "1"
    assert backup.execute("SELECT run_id FROM runs").fetchall() == [("old",)]
    assert not (tmp_path / "m.db.v0.bak").exists()


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "m.db"
    db = connect(path, busy_timeout_s=5)
    migrate(db, path, target=1)
    db.close()

    from cascadroid.memory import schema

    def broken(db):
        db["half"].create({"x": int})
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken, *schema.MIGRATIONS[2:]))
    with pytest.raises(RuntimeError, match="disk trouble"):
        MemoryStore(path)
    db = connect(path, busy_timeout_s=5)
    assert schema_version(db) == 1
    assert not db["half"].exists()


def test_a_migration_another_process_finished_during_our_backup_is_not_an_error(tmp_path, monkeypatch):
    path = tmp_path / "m.db"
    db = connect(path, busy_timeout_s=5)
    migrate(db, path, target=1)
    db["runs"].insert({"run_id": "old", "task": "t", "status": "succeeded", "started_at": 1.0})
    db.close()

    from cascadroid.memory import schema

    real_backup, calls = schema.backup, []

    def other_process_migrates_first(db, destination, **kw):
        calls.append(destination)
        if len(calls) == 1:
            MemoryStore(path).close()  # the other process: backs the file up at v1, then migrates it
        return real_backup(db, destination, **kw)  # our copy (the first call) now reads the new version

    monkeypatch.setattr(schema, "backup", other_process_migrates_first)
    with MemoryStore(path) as store:
        assert store.db.migrated_from == 1
        assert store.db.schema_version() == SCHEMA_VERSION
        assert store.runs.get("old").status == "succeeded"
    copy = sqlite3.connect(tmp_path / "m.db.v1.bak")
    assert copy.execute("SELECT value FROM meta").fetchone()[0] == "1"
    assert not list(tmp_path.glob("*.partial"))


def test_file_from_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "m.db"
    MemoryStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError, match=f"version {SCHEMA_VERSION + 1}") as info:
        MemoryStore(path)
    assert "upgrade cascadroid" in info.value.hint


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 3000])
def test_corrupt_file_raises_with_path_and_remedy(tmp_path, content):
    path = tmp_path / "m.db"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as info:
        MemoryStore(path)
    assert str(path) in info.value.message
    assert "no backup of it exists" in info.value.hint  # none was ever made: the hint must not invent one


def test_directory_path_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError, match="is a directory"):
        MemoryStore(tmp_path)


def test_run_lifecycle_roundtrip(memory_store):
    memory_store.runs.start(_run(device="sim", config={"max_steps": 5}))
    memory_store.runs.record_step(_step(index=0, locator={"resource_id": "a:id/b"}, outcome="success", cost_usd=0.01))
    memory_store.runs.record_step(_step(index=1, action={"kind": "tap", "element": 3}, outcome="no_change"))
    final = memory_store.runs.finish("r1", status="succeeded", success_claimed=True, answer="ok", totals={"steps": 2})
    assert (final.status, final.success_claimed, final.answer, final.totals) == ("succeeded", True, "ok", {"steps": 2})
    assert final.finished_at is not None and final.config == {"max_steps": 5} and final.device == "sim"
    steps = memory_store.runs.steps("r1")
    assert [s.index for s in steps] == [0, 1]
    assert steps[0].locator == {"resource_id": "a:id/b"} and steps[0].cost_usd == 0.01
    assert steps[1].action == {"kind": "tap", "element": 3}


def test_recording_a_step_again_replaces_it(memory_store):
    memory_store.runs.start(_run())
    memory_store.runs.record_step(_step(index=0, outcome="error"))
    memory_store.runs.record_step(_step(index=0, outcome="success"))
    assert [(s.index, s.outcome) for s in memory_store.runs.steps("r1")] == [(0, "success")]


def test_a_replayed_step_keeps_its_events_once(memory_store):
    """A node replayed after a restart records its step again: the step is replaced, its events not doubled."""
    memory_store.runs.start(_run())
    calls = [("model_call", {"step": 0, "tier": "local"}), ("target", {"step": 0, "bounds": [0, 0, 9, 9]})]
    assert memory_store.runs.record_step(_step(index=0, outcome="error"), calls) is True
    assert memory_store.runs.record_step(_step(index=0, outcome="success"), calls) is False
    assert memory_store.runs.record_step(_step(index=1), [("model_call", {"step": 1})]) is True
    assert [(e.kind, e.payload["step"]) for e in memory_store.runs.events("r1")] == [
        ("model_call", 0), ("target", 0), ("model_call", 1)]
    assert [(s.index, s.outcome) for s in memory_store.runs.steps("r1")] == [(0, "success"), (1, "")]


def test_unknown_run_ids_raise_with_recent_ids(memory_store):
    memory_store.runs.start(_run("r-known"))
    for call in (
        lambda: memory_store.runs.get("nope"),
        lambda: memory_store.runs.steps("nope"),
        lambda: memory_store.runs.record_step(_step("nope")),
        lambda: memory_store.runs.finish("nope", status="failed"),
        lambda: memory_store.runs.record_event("nope", "x", {}),
    ):
        with pytest.raises(RunNotFoundError, match="'nope'") as info:
            call()
        assert "r-known" in info.value.hint
    assert memory_store.runs.steps("r-known") == []


def test_finishing_a_run_refuses_running_status(memory_store):
    memory_store.runs.start(_run())
    with pytest.raises(ConfigurationError, match="not a final status"):
        memory_store.runs.finish("r1", status="running")


def test_recent_runs_newest_first_with_limit(memory_store):
    for i in range(5):
        memory_store.runs.start(_run(f"r{i}", started_at=1000.0 + i))
    assert [r.run_id for r in memory_store.runs.recent(limit=3)] == ["r4", "r3", "r2"]


def test_events_in_order_and_by_kind(memory_store):
    memory_store.runs.start(_run())
    memory_store.runs.record_event("r1", "model_call", {"tier": "local", "tokens": 12})
    memory_store.runs.record_event("r1", "router", {"decision": "cloud"})
    memory_store.runs.record_event("r1", "model_call", {"tier": "cloud", "tokens": 40})
    assert [e.kind for e in memory_store.runs.events("r1")] == ["model_call", "router", "model_call"]
    assert [e.payload["tier"] for e in memory_store.runs.events("r1", kind="model_call")] == ["local", "cloud"]


def test_starting_a_run_again_resumes_the_same_record(memory_store):
    memory_store.runs.start(_run())
    memory_store.runs.record_step(_step())
    memory_store.runs.start(_run(task="send hi to Bob", device="sim2"))
    assert memory_store.runs.get("r1").device == "sim2"
    assert len(memory_store.runs.steps("r1")) == 1


def _write(path: str, worker: str, n: int, barrier: BarrierType) -> None:
    """One process's writes; ``barrier`` makes each round of them meet the other process's."""
    barrier.wait()  # both open the fresh file (and migrate it) at the same moment
    with MemoryStore(path) as store:
        store.runs.start(RunRecord(run_id=worker, task="t", status="running", started_at=time.time()))
        for i in range(n):
            barrier.wait()  # every round, both processes write at once and queue for the write lock
            store.runs.record_step(StepRecord(run_id=worker, index=i, action={"kind": "back"}, started_at=time.time()))
            store.runs.record_event(worker, "tick", {"i": i})
            if i % 10 == 0:
                store.tips.add(f"worker {worker} lesson number {i} about screen {i * 7}")
        store.runs.finish(worker, status="succeeded")


def test_two_processes_write_one_file_at_once_without_losing_a_row(tmp_path):
    path, n = tmp_path / "shared.db", 150
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2, timeout=60)
    procs = [context.Process(target=_write, args=(str(path), f"w{k}", n, barrier)) for k in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with MemoryStore(path) as store:
        for worker in ("w0", "w1"):
            assert store.runs.get(worker).status == "succeeded"
            assert [s.index for s in store.runs.steps(worker)] == list(range(n))
        ticks = sorted(store.runs.events("w0", kind="tick") + store.runs.events("w1", kind="tick"), key=lambda e: e.id)
        rounds = [ticks[i : i + 2] for i in range(0, len(ticks), 2)]
        # the writes overlapped: each round holds one write of each process, before any of the next round
        assert [({e.run_id for e in pair}, {e.payload["i"] for e in pair}) for pair in rounds] == [
            ({"w0", "w1"}, {i}) for i in range(n)
        ]
        assert len(store.tips.all()) == 2 * len(range(0, n, 10))
        assert store.db.schema_version() == SCHEMA_VERSION


def test_public_names_are_exported(memory_store):
    import cascadroid.memory as memory

    assert {"MemoryStore", "RunRecord", "StepRecord", "Tip", "Shortcut", "ShortcutRun", "learn_from_run",
            "run_shortcut", "verify_shortcut"} <= set(memory.__all__)  # fmt: skip
    assert all(getattr(memory, name) is not None for name in memory.__all__)
    parts = {
        memory_store.runs: ("start", "record_step", "finish", "get", "recent", "steps", "record_event", "events"),
        memory_store.tips: ("add", "get", "all", "search", "mark_used", "prune"),
        memory_store.shortcuts: ("add", "get", "all", "find_same", "free_name", "set_state", "record_run", "runs"),
        memory_store: ("export_json", "import_json", "prune", "close"),
    }
    for part, methods in parts.items():
        for method in methods:
            assert callable(getattr(part, method)), f"{type(part).__name__}.{method}"
    assert memory_store.runs.db is memory_store.tips.db is memory_store.shortcuts.db is memory_store.db
