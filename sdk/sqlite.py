"""The one way cascadroid opens a SQLite file: WAL, NORMAL sync, a busy timeout.

Memory, the spend ledger and the agent's checkpoints all open their files here, so each of
them waits out another process that is creating the same file instead of failing with
"database is locked".
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

BUSY_TIMEOUT_S = 30.0
_RETRY_S = 0.01


def is_lock_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite saying another connection holds the file (locked or busy)."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def open_db(path: str | Path, *, busy_timeout_s: float = BUSY_TIMEOUT_S, autocommit: bool = True) -> sqlite3.Connection:
    """Open (creating it and its folder if missing) the SQLite file at ``path``.

    The connection is in WAL mode with ``synchronous=NORMAL`` (a commit survives a killed
    process without an fsync per write), waits up to ``busy_timeout_s`` for a lock, and may be
    used from several threads (callers serialise it). ``autocommit`` leaves transactions to
    explicit ``BEGIN`` statements; ``autocommit=False`` is sqlite3's implicit-transaction mode.
    A file that is not SQLite raises :class:`sqlite3.DatabaseError` here, not on first use;
    the connection is closed on any error.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=busy_timeout_s, check_same_thread=False,
                           isolation_level=None if autocommit else "")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _switch_to_wal(conn, busy_timeout_s)
        conn.execute("PRAGMA synchronous=NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


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
            if not is_lock_error(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(_RETRY_S)


__all__ = ["BUSY_TIMEOUT_S", "is_lock_error", "open_db"]
