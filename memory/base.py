"""The store's connection: opening, migrating, write transactions, closing."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from ..errors import ConfigurationError
from .schema import connect, migrate


def dumps(value: Any) -> str:
    """Canonical JSON for a column: sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


class StoreBase:
    """One SQLite file, opened in WAL mode with a busy timeout, migrated to the current schema.

    Writes go through :meth:`_tx` (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a multi-row write
    is all or nothing and two processes sharing the file queue for the write lock instead
    of failing. A store object may be shared between threads.
    """

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise ConfigurationError(
                f"memory store path {str(self.path)!r} is a directory",
                hint="pass a file path such as .cascadroid/memory.db",
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = connect(self.path, busy_timeout_s=busy_timeout_s)
        try:
            self.migrated_from = migrate(self._db, self.path)
        except BaseException:
            self._db.close()
            raise

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (a savepoint when nested); rolled back on any error."""
        conn = self._db.conn
        with self._lock:
            if conn.in_transaction:
                with self._db.atomic():
                    yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self._db.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def close(self) -> None:
        """Close the file. Safe to call twice."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
