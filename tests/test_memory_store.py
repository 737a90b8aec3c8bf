"""MemoryStore: the file (schema, migrations, WAL, errors, two processes) and runs/steps/events."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

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
        assert store.migrated_from == 0
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
        assert store.migrated_from == 1
        assert store.get_run("old").status == "succeeded"
        assert store.add_tip("tap the search icon first").id == 1  # tables of later versions exist
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
    memory_store.start_run(_run(device="sim", config={"max_steps": 5}))
    memory_store.record_step(_step(index=0, locator={"resource_id": "a:id/b"}, outcome="success", cost_usd=0.01))
    memory_store.record_step(_step(index=1, action={"kind": "tap", "element": 3}, outcome="no_change"))
    final = memory_store.finish_run("r1", status="succeeded", success_claimed=True, answer="ok", totals={"steps": 2})
    assert (final.status, final.success_claimed, final.answer, final.totals) == ("succeeded", True, "ok", {"steps": 2})
    assert final.finished_at is not None and final.config == {"max_steps": 5} and final.device == "sim"
    steps = memory_store.steps("r1")
    assert [s.index for s in steps] == [0, 1]
    assert steps[0].locator == {"resource_id": "a:id/b"} and steps[0].cost_usd == 0.01
    assert steps[1].action == {"kind": "tap", "element": 3}


def test_recording_a_step_again_replaces_it(memory_store):
    memory_store.start_run(_run())
    memory_store.record_step(_step(index=0, outcome="error"))
    memory_store.record_step(_step(index=0, outcome="success"))
    assert [(s.index, s.outcome) for s in memory_store.steps("r1")] == [(0, "success")]


def test_unknown_run_ids_raise_with_recent_ids(memory_store):
    memory_store.start_run(_run("r-known"))
    for call in (
        lambda: memory_store.get_run("nope"),
        lambda: memory_store.steps("nope"),
        lambda: memory_store.record_step(_step("nope")),
        lambda: memory_store.finish_run("nope", status="failed"),
        lambda: memory_store.record_event("nope", "x", {}),
    ):
        with pytest.raises(RunNotFoundError, match="'nope'") as info:
            call()
        assert "r-known" in info.value.hint
    assert memory_store.steps("r-known") == []


def test_finish_run_refuses_running_status(memory_store):
    memory_store.start_run(_run())
    with pytest.raises(ConfigurationError, match="not a final status"):
        memory_store.finish_run("r1", status="running")


def test_list_runs_newest_first_with_limit(memory_store):
    for i in range(5):
        memory_store.start_run(_run(f"r{i}", started_at=1000.0 + i))
    assert [r.run_id for r in memory_store.list_runs(limit=3)] == ["r4", "r3", "r2"]


def test_events_in_order_and_by_kind(memory_store):
    memory_store.start_run(_run())
    memory_store.record_event("r1", "model_call", {"tier": "local", "tokens": 12})
    memory_store.record_event("r1", "router", {"decision": "cloud"})
    memory_store.record_event("r1", "model_call", {"tier": "cloud", "tokens": 40})
    assert [e.kind for e in memory_store.events("r1")] == ["model_call", "router", "model_call"]
    assert [e.payload["tier"] for e in memory_store.events("r1", kind="model_call")] == ["local", "cloud"]


def test_start_run_again_resumes_the_same_record(memory_store):
    memory_store.start_run(_run())
    memory_store.record_step(_step())
    memory_store.start_run(_run(task="send hi to Bob", device="sim2"))
    assert memory_store.get_run("r1").device == "sim2"
    assert len(memory_store.steps("r1")) == 1


_WRITER = textwrap.dedent(
    """
    import sys, time
    from cascadroid.memory import MemoryStore, RunRecord, StepRecord
    path, worker, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    while time.time() < float(sys.argv[4]):
        time.sleep(0.001)
    store = MemoryStore(path)
    store.start_run(RunRecord(run_id=worker, task="t", status="running", started_at=time.time()))
    for i in range(n):
        store.record_step(StepRecord(run_id=worker, index=i, action={"kind": "back"}, started_at=time.time()))
        store.record_event(worker, "tick", {"i": i})
        if i % 10 == 0:
            store.add_tip(f"worker {worker} lesson number {i} about screen {i * 7}")
    store.finish_run(worker, status="succeeded")
    """
)


def test_two_processes_write_one_file_without_losing_a_row(tmp_path):
    path, n = tmp_path / "shared.db", 150
    start_at = time.time() + 1.5  # both open the fresh file (and migrate it) at the same moment
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), f"w{k}", str(n), str(start_at)], stderr=subprocess.PIPE)
        for k in range(2)
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    with MemoryStore(path) as store:
        for worker in ("w0", "w1"):
            assert store.get_run(worker).status == "succeeded"
            assert [s.index for s in store.steps(worker)] == list(range(n))
            assert len(store.events(worker, kind="tick")) == n
        assert len(store.list_tips()) == 2 * len(range(0, n, 10))
        assert schema_version(store._db) == SCHEMA_VERSION


def test_public_names_are_exported():
    import cascadroid.memory as memory

    assert {"MemoryStore", "RunRecord", "StepRecord", "Tip", "Shortcut", "ShortcutRun", "learn_from_run",
            "run_shortcut", "verify_shortcut"} <= set(memory.__all__)  # fmt: skip
    assert all(getattr(memory, name) is not None for name in memory.__all__)
    for method in ("start_run", "record_step", "finish_run", "get_run", "list_runs", "steps", "record_event", "events",
                   "add_tip", "search_tips", "mark_tips_used", "add_shortcut", "list_shortcuts", "record_shortcut_run",
                   "export_json", "import_json", "prune"):  # fmt: skip
        assert callable(getattr(memory.MemoryStore, method)), method
