"""Bad files give clear errors (which file, why, what to do), never tracebacks: a memory store
whose schema version is not a number, a damaged store (the hint names a backup that exists),
config files that cannot be read; a checked backup before every migration; ``cascadroid
memory backup``."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cascadroid.errors import ConfigurationError, CorruptDatabaseError, MemoryStoreError
from cascadroid.memory import MemoryStore
from cascadroid.memory.schema import SCHEMA_VERSION, backup_file, backups_of, connect, migrate
from cascadroid.settings import CONFIG_ENV, Settings

TIP = "In Settings, Wi-Fi is under Network & internet"


def old_store(path: Path, version: int = 2) -> None:
    """A store file as an older cascadroid left it: schema ``version``, one tip."""
    db = connect(path, busy_timeout_s=5)
    migrate(db, path, target=version)
    db.close()
    add_tip(path)


def add_tip(path: Path) -> None:
    """A tip written straight into the file (through SQLite, beside any open store)."""
    with closing(sqlite3.connect(path, timeout=10)) as conn, conn:
        conn.execute("INSERT INTO tips (text, norm, apps, tags, times_used, successes, created_at, updated_at)"
                     " VALUES (?, ?, '[]', '[]', 0, 0, 0, 0)", (TIP, TIP.lower()))


def version_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]


def damage(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"this is no longer a SQLite file" * 4)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def tips_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT text FROM tips")]


def test_a_migration_first_writes_a_checked_backup_of_the_old_file(tmp_path):
    path = tmp_path / "cascadroid.db"
    old_store(path, version=2)
    MemoryStore(path).close()
    assert version_of(path) == str(SCHEMA_VERSION)
    copy = tmp_path / "cascadroid.db.v2.bak"
    assert copy.is_file() and backups_of(path) == [copy]
    assert version_of(copy) == "2"
    assert tips_in(copy) == [TIP]
    assert not list(tmp_path.glob("*.partial"))


def test_a_new_empty_store_has_nothing_to_back_up(tmp_path):
    MemoryStore(tmp_path / "cascadroid.db").close()
    assert backups_of(tmp_path / "cascadroid.db") == []


def test_when_the_backup_cannot_be_written_nothing_is_migrated(tmp_path):
    path = tmp_path / "cascadroid.db"
    old_store(path, version=2)
    (tmp_path / "cascadroid.db.v2.bak").mkdir()  # the backup's name is taken by a folder
    with pytest.raises(MemoryStoreError, match="cannot write a backup") as caught:
        MemoryStore(path)
    assert caught.value.hint
    assert version_of(path) == "2"


def test_a_damaged_store_names_the_backup_that_exists_and_restoring_it_works(tmp_path):
    path = tmp_path / "cascadroid.db"
    old_store(path, version=2)
    MemoryStore(path).close()  # migrates, backing up first
    damage(path)
    with pytest.raises(CorruptDatabaseError) as caught:
        MemoryStore(path)
    backup = tmp_path / "cascadroid.db.v2.bak"
    assert str(path) in caught.value.message
    assert f"copy {str(backup)!r} over {str(path)!r}" in caught.value.hint
    assert backup.is_file()
    path.write_bytes(backup.read_bytes())  # do what the hint says
    MemoryStore(path).close()
    assert tips_in(path) == [TIP] and version_of(path) == str(SCHEMA_VERSION)


def test_a_damaged_store_without_backups_says_so_and_how_to_keep_them(tmp_path):
    path = tmp_path / "cascadroid.db"
    MemoryStore(path).close()
    damage(path)
    with pytest.raises(CorruptDatabaseError) as caught:
        MemoryStore(path)
    assert "no backup of it exists" in caught.value.hint
    assert "cascadroid memory backup" in caught.value.hint
    assert ".bak" not in caught.value.hint


@pytest.mark.parametrize("value", ["three", "", "2.5", "-1", "1e3", "٣", "9" * 40])
def test_a_schema_version_that_is_not_a_whole_number_is_a_clear_error(tmp_path, value):
    path = tmp_path / "cascadroid.db"
    MemoryStore(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,))
    with pytest.raises(CorruptDatabaseError, match="schema version in table meta is .*not a whole number") as caught:
        MemoryStore(path)
    assert str(path) in caught.value.message and caught.value.hint


def test_an_integer_typed_schema_version_is_read(tmp_path):
    path = tmp_path / "cascadroid.db"
    MemoryStore(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))
    MemoryStore(path).close()


# --- backup on demand ---------------------------------------------------------------------


def test_backup_file_copies_a_live_store_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "cascadroid.db"
    with MemoryStore(path):
        add_tip(path)
        written = backup_file(path)  # while the store is open
        assert written.parent == tmp_path and written in backups_of(path)
        assert tips_in(written) == [TIP]
        with pytest.raises(ConfigurationError, match="already exists"):
            backup_file(path, written)
    with pytest.raises(ConfigurationError, match="no memory store"):
        backup_file(tmp_path / "absent.db")


def test_backup_file_of_a_damaged_store_is_refused_and_leaves_no_file(tmp_path):
    path = tmp_path / "cascadroid.db"
    MemoryStore(path).close()
    damage(path)
    with pytest.raises(CorruptDatabaseError):
        backup_file(path, tmp_path / "copy.bak")
    assert not (tmp_path / "copy.bak").exists()


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cascadroid.cli", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_cli_memory_backup_writes_the_named_file_or_one_beside_the_store(tmp_path):
    MemoryStore(tmp_path / "cascadroid.db").close()
    add_tip(tmp_path / "cascadroid.db")
    named = cli("memory", "backup", str(tmp_path / "mine.bak"), "--data-dir", str(tmp_path))
    assert named.returncode == 0, named.stderr
    assert tips_in(tmp_path / "mine.bak") == [TIP]
    default = cli("memory", "backup", "--data-dir", str(tmp_path))
    assert default.returncode == 0, default.stderr
    [beside] = backups_of(tmp_path / "cascadroid.db")
    assert str(beside) in default.stdout.replace("\n", "")
    again = cli("memory", "backup", str(tmp_path / "mine.bak"), "--data-dir", str(tmp_path))
    assert again.returncode == 2 and "already exists" in again.stderr and "Traceback" not in again.stderr


# --- config files ---------------------------------------------------------------------------


def load_named(monkeypatch, path: Path) -> ConfigurationError:
    monkeypatch.setenv(CONFIG_ENV, str(path))
    with pytest.raises(ConfigurationError) as caught:
        Settings.load()
    assert str(path) in caught.value.message and CONFIG_ENV in caught.value.message
    assert caught.value.hint
    return caught.value


def test_a_100k_deep_toml_array_is_a_clear_error(tmp_path, monkeypatch):
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 100_000 + "]" * 100_000)
    assert "nests arrays or tables too deeply" in load_named(monkeypatch, deep).message


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_config_file_is_a_clear_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked.toml"
    locked.write_text("[cloud]\n")
    locked.chmod(0)
    error = load_named(monkeypatch, locked)
    assert "cannot read" in error.message and "permissions" in error.hint


def test_a_config_path_the_os_refuses_is_a_clear_error(tmp_path, monkeypatch):
    refused = tmp_path / ("x" * 300 + ".toml")  # longer than any file system allows a name to be
    error = load_named(monkeypatch, refused)
    assert "cannot read" in error.message and "readable TOML file" in error.hint


@pytest.mark.parametrize("content, why", [
    (b"\xff\xfe\x00[cloud]", "is not UTF-8 text"),
    (b"[cloud\nmodel = 'x'", "is not valid TOML"),
    (None, "is a directory"),
])  # fmt: skip
def test_config_files_that_cannot_be_used_say_why(tmp_path, monkeypatch, content, why):
    target = tmp_path / "settings.toml"
    target.mkdir() if content is None else target.write_bytes(content)
    assert why in load_named(monkeypatch, target).message


def test_a_config_file_that_is_far_too_big_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: nothing to write
    assert "a settings file is a few KB" in load_named(monkeypatch, big).message


def test_the_cli_prints_a_bad_config_without_a_traceback(tmp_path):
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 100_000 + "]" * 100_000)
    done = cli("memory", "list", "--data-dir", str(tmp_path), env={CONFIG_ENV: str(deep)})
    assert done.returncode == 2
    assert "too deeply" in done.stderr and "Traceback" not in done.stderr


def test_a_good_config_file_still_loads(tmp_path, monkeypatch):
    good = tmp_path / "good.toml"
    good.write_text('[cloud]\nmodel = "m-1"\nmax_response_bytes = 2048\n')
    monkeypatch.setenv(CONFIG_ENV, str(good))
    settings = Settings.load()
    assert (settings.cloud.model, settings.cloud.max_response_bytes) == ("m-1", 2048)


@pytest.mark.parametrize("name, content", [
    ("deep.toml", b"a = " + b"[" * 100_000 + b"]" * 100_000),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000),
    ("latin1.toml", "[privacy]\nmode = 'caf\u00e9'\n".encode("latin-1")),
])
def test_a_policy_file_that_cannot_be_read_is_a_clear_error(tmp_path, name, content):
    from cascadroid.cascade import load_policy

    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ConfigurationError) as caught:
        load_policy(path)
    assert name in str(caught.value) and caught.value.hint


@pytest.mark.parametrize("content, why", [
    (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
    ('{"format": "caf\u00e9"}'.encode("latin-1"), "not JSON text"),
    (b"{not json", "not JSON text"),
])
def test_a_memory_import_that_cannot_be_read_is_a_clear_error_and_imports_nothing(tmp_path, content, why):
    path = tmp_path / "import.json"
    path.write_bytes(content)
    with MemoryStore(tmp_path / "memory.db") as store:
        with pytest.raises(ConfigurationError, match=why):
            store.import_json(path)
        assert store.tips.all() == [] and store.shortcuts.all() == []
