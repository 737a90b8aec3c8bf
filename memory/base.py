"""The store's connection: one SQLite file, opened, migrated, written in transactions, closed."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from ..errors import ConfigurationError
from .schema import connect, migrate, schema_version


def dumps(value: Any) -> str:
    """Canonical JSON for a column: sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


class Database:
    """One SQLite file, opened in WAL mode with a busy timeout, migrated to the current schema.

    Writes go through :meth:`tx` (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a multi-row write
    is all or nothing and two processes sharing the file queue for the write lock instead
    of failing. One connection, shared safely between threads.
    """

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise ConfigurationError(
                f"memory store path {str(self.path)!r} is a directory",
                hint="pass a file path such as .cascadroid/memory.db",
            )
        self._lock = threading.RLock()
        self._conn = connect(self.path, busy_timeout_s=busy_timeout_s)
        try:
            self.migrated_from = migrate(self._conn, self.path)
        except BaseException:
            self._conn.close()
            raise

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (a savepoint when nested); rolled back on any error."""
        conn = self._conn.conn
        with self._lock:
            if conn.in_transaction:
                with self._conn.atomic():
                    yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """The rows of a read, each as a dict of column -> value."""
        with self._lock:
            cursor = self._conn.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def schema_version(self) -> int:
        """The file's schema version (``SCHEMA_VERSION`` once opened)."""
        with self._lock:
            return schema_version(self._conn, self.path)

    def close(self) -> None:
        """Close the file. Safe to call twice."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
