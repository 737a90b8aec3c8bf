"""A results file that a rerun adds nothing twice to.

Bench rows are keyed (config, task, seed, phrasing, surprises). ``cascadroid bench --results
FILE`` keeps them in one SQLite file: a rerun into the same file runs only the jobs it does not
hold yet and stores each new row once, however many executors (processes, Ray actors) finish
jobs concurrently.

::

    with ResultsStore("suite.db") as store:
        todo = [job for job in jobs if job_key(*job) not in store]
        ...
        store.add(row)          # False: a row with that key is already there

Executors use :class:`StoredRun`: the jobs left to run, each new row stored as it finishes, and
the report's rows (the stored ones and the new ones) in job order.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError

KEY_FIELDS = ("config", "task", "seed", "phrasing", "surprises")
Key = tuple[str, str, int, int, str]

_SCHEMA = """CREATE TABLE IF NOT EXISTS bench_rows (
    config TEXT NOT NULL, task TEXT NOT NULL, seed INTEGER NOT NULL, phrasing INTEGER NOT NULL,
    surprises TEXT NOT NULL, row TEXT NOT NULL, recorded_at REAL NOT NULL,
    PRIMARY KEY (config, task, seed, phrasing, surprises))"""


def row_key(row: dict[str, Any]) -> Key:
    """The key of a bench row (rows from before phrasings count as phrasing 0, surprises 'none')."""
    return (str(row["config"]), str(row["task"]), int(row["seed"]), int(row.get("phrasing") or 0),
            str(row.get("surprises") or "none"))


def job_key(config: Any, template: str, seed: int, phrasing: int = 0) -> Key:
    """The key the row of a bench job (a BenchConfig, template name, seed) will have."""
    return (config.name, template, int(seed), int(phrasing), config.surprises)


class ResultsStore:
    """Bench rows in a SQLite file, one per key; open it with ``with`` or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        import sqlite3

        from ..sqlite import open_db

        self.path = Path(path)
        try:
            self._db = open_db(self.path)
            self._db.execute(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise ConfigurationError(f"{self.path} is not a bench results file ({exc})",
                                     hint="pass a new file name, or one an earlier --results run wrote") from exc

    def add(self, row: dict[str, Any]) -> bool:
        """Store ``row``; False (and nothing written) when a row with its key is already there."""
        cursor = self._db.execute("INSERT OR IGNORE INTO bench_rows VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  (*row_key(row), json.dumps(row, default=str), time.time()))
        return cursor.rowcount == 1

    def get(self, key: Key) -> dict[str, Any] | None:
        found = self._db.execute(f"SELECT row FROM bench_rows WHERE {' AND '.join(f'{k} = ?' for k in KEY_FIELDS)}",
                                 key).fetchone()
        return json.loads(found[0]) if found else None

    def rows(self) -> list[dict[str, Any]]:
        """Every stored row, in the order they were recorded."""
        return [json.loads(r) for (r,) in self._db.execute("SELECT row FROM bench_rows ORDER BY recorded_at, rowid")]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and self.get(key) is not None  # type: ignore[arg-type]

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM bench_rows").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StoredRun:
    """A bench run against a results file (or none): the jobs still to run, and every row in job order."""

    def __init__(self, jobs: list[tuple[Any, str, int]], path: str | Path | None) -> None:
        self.jobs = jobs
        self.store = ResultsStore(path) if path is not None else None
        stored = ((job_key(*job), self.store.get(job_key(*job))) for job in jobs) if self.store else ()
        self.kept: dict[Key, dict[str, Any]] = {key: row for key, row in stored if row is not None}
        self.todo = [job for job in jobs if job_key(*job) not in self.kept]

    def record(self, row: dict[str, Any]) -> None:
        """Store a finished row (once per key)."""
        if self.store is not None:
            self.store.add(row)

    def rows(self, new: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The kept rows and ``new``, one per job, in the order of the jobs."""
        by_key = {**self.kept, **{row_key(row): row for row in new}}
        return [by_key[key] for key in dict.fromkeys(job_key(*job) for job in self.jobs) if key in by_key]

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


__all__ = ["KEY_FIELDS", "ResultsStore", "StoredRun", "job_key", "row_key"]
