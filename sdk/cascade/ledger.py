"""The spend ledger: cloud cost per run and per UTC day, in its own small SQLite file.

Spending is two-phase so a budget is never overrun, even by two processes at once:
``reserve`` books the most a call can cost (prompt tokens counted before sending plus
``max_tokens`` of output) inside one ``BEGIN IMMEDIATE`` transaction that first checks the
limits; ``settle`` replaces the booking with the actual cost; ``release`` drops it when
nothing was sent. Amounts are stored as integer nano-dollars, so sums are exact.
A reservation whose process died stays booked at its estimate (the safe side). Negative
or non-finite amounts are refused, so spend only ever grows.
"""

from __future__ import annotations

import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from ..errors import ConfigurationError, CorruptDatabaseError, MemoryStoreError
from ..sqlite import is_lock_error, open_db

_NANOS = 1_000_000_000
_SCHEMA_VERSION = 1
MAX_SPEND_USD = 1e9  # per booking; keeps nano-dollar sums inside SQLite's 64-bit integers
# MAX(.., 0): a negative row (written by hand or by an older version) never refunds a budget
_CHARGED = (
    "SUM(CASE state WHEN 'reserved' THEN MAX(estimate_nusd, 0) WHEN 'settled' THEN MAX(actual_nusd, 0) ELSE 0 END)"
)


def to_nanos(usd: float) -> int:
    """US dollars as integer nano-dollars (rounded to the nearest)."""
    return round(usd * _NANOS)


def _spend_nanos(what: str, usd: float) -> int:
    """``usd`` as nano-dollars, refusing what no call can cost: negative, NaN, infinite or absurd."""
    if not isinstance(usd, int | float) or isinstance(usd, bool) or not math.isfinite(usd) or not 0 <= usd <= MAX_SPEND_USD:
        raise ConfigurationError(
            f"{what} of {usd!r} USD cannot be booked: spend must be a finite amount from 0 to {MAX_SPEND_USD:g}",
            hint="a negative or non-finite cost would let spending undo itself; check the usage the model reported",
        )
    return to_nanos(usd)


def utc_day() -> str:
    """Today's UTC date as ``YYYY-MM-DD``: the key of per-day budgets."""
    return datetime.now(UTC).date().isoformat()


@dataclass(frozen=True)
class Shortfall:
    """Why a reservation was refused: ``scope`` ("run" or "day") would pass its limit."""

    scope: str
    limit_usd: float
    spent_usd: float
    needed_usd: float

    def describe(self) -> str:
        left = max(0.0, self.limit_usd - self.spent_usd)
        return (
            f"per-{self.scope} budget ${self.limit_usd:.4f} has ${left:.6f} left; "
            f"this call may cost up to ${self.needed_usd:.6f}"
        )


@dataclass(frozen=True)
class Reservation:
    """A booked amount; pass it to :meth:`SpendLedger.settle` or :meth:`SpendLedger.release`."""

    id: int
    estimate_usd: float


class SpendLedger:
    """Cloud spend in a SQLite file at ``path`` (created if missing); safe across processes."""

    def __init__(self, path: str | Path, *, timeout_s: float = 30.0, day: Callable[[], str] = utc_day) -> None:
        self.path = Path(path)
        self.timeout_s = timeout_s
        self._day = day
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        with self._connect() as conn:
            self._migrate(conn)

    def reserve(
        self,
        *,
        run_id: str,
        model: str,
        estimate_usd: float,
        per_run_usd: float | None = None,
        per_day_usd: float | None = None,
    ) -> Reservation | Shortfall:
        """Book ``estimate_usd`` if both limits still hold after it; else say which would not.

        A negative, non-finite or absurd estimate is a :class:`ConfigurationError`.
        """
        estimate = _spend_nanos("an estimate", estimate_usd)
        day = self._day()
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for scope, column, key, limit in (("run", "run_id", run_id, per_run_usd), ("day", "day", day, per_day_usd)):
                    if limit is None:
                        continue
                    spent = conn.execute(f"SELECT COALESCE({_CHARGED}, 0) FROM spend WHERE {column} = ?", (key,)).fetchone()[0]
                    if spent + estimate > to_nanos(limit):
                        conn.execute("ROLLBACK")
                        return Shortfall(scope, limit, spent / _NANOS, estimate_usd)
                cursor = conn.execute(
                    "INSERT INTO spend (run_id, day, model, state, estimate_nusd, actual_nusd, created)"
                    " VALUES (?, ?, ?, 'reserved', ?, 0, ?)",
                    (run_id, day, model, estimate, time.time()),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return Reservation(int(cursor.lastrowid or 0), estimate_usd)

    def settle(self, reservation: Reservation, actual_usd: float) -> None:
        """Record what the call really cost in place of its booking (refused when negative or non-finite)."""
        self._finish(reservation, "settled", _spend_nanos("a settled cost", actual_usd))

    def release(self, reservation: Reservation) -> None:
        """Drop a booking: the call was not sent, or failed before any tokens were billed."""
        self._finish(reservation, "released", 0)

    def spent_usd(self, *, run_id: str | None = None, day: str | None = None) -> float:
        """Settled plus still-booked spend for a run, a day, or (neither given) all time."""
        where, args = "1", ()
        if run_id is not None:
            where, args = "run_id = ?", (run_id,)
        elif day is not None:
            where, args = "day = ?", (day,)
        with self._connect() as conn:
            total = conn.execute(f"SELECT COALESCE({_CHARGED}, 0) FROM spend WHERE {where}", args).fetchone()[0]
        return total / _NANOS

    def totals_usd(self, run_id: str) -> tuple[float, float]:
        """(spent by ``run_id``, spent today), settled plus still booked, in one query."""
        with self._connect() as conn:
            run, day = conn.execute(
                f"SELECT COALESCE((SELECT {_CHARGED} FROM spend WHERE run_id = ?), 0),"
                f" COALESCE((SELECT {_CHARGED} FROM spend WHERE day = ?), 0)",
                (run_id, self._day()),
            ).fetchone()
        return run / _NANOS, day / _NANOS

    def _finish(self, reservation: Reservation, state: str, actual: int) -> None:
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE spend SET state = ?, actual_nusd = ?, settled = ? WHERE id = ? AND state = 'reserved'",
                (state, actual, time.time(), reservation.id),
            )
            conn.execute("COMMIT")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """The ledger's connection (opened once, shared by threads under a lock)."""
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = open_db(self.path, busy_timeout_s=self.timeout_s)
                yield self._conn
            except sqlite3.DatabaseError as exc:
                if is_lock_error(exc):
                    raise MemoryStoreError(
                        f"spend ledger {str(self.path)!r} stayed locked for {self.timeout_s}s",
                        hint="another process holds it; retry, or raise timeout_s",
                    ) from exc
                raise self._corrupt(exc) from exc

    def close(self) -> None:
        """Close the connection; the ledger reopens it when used again."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _corrupt(self, exc: Exception) -> CorruptDatabaseError:
        return CorruptDatabaseError(
            f"spend ledger {str(self.path)!r} is not a usable SQLite database: {exc}",
            hint="move the file away; a fresh ledger starts at zero spend",
        )

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Create the tables once, in one write transaction, so processes opening a new file at once agree."""
        if self._schema_version(conn) == _SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            if self._schema_version(conn) < _SCHEMA_VERSION:  # another process may have just done it
                self._create_tables(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _schema_version(self, conn: sqlite3.Connection) -> int:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > _SCHEMA_VERSION:
            raise MemoryStoreError(
                f"spend ledger {str(self.path)!r} has schema {version}, newer than this cascadroid ({_SCHEMA_VERSION})",
                hint="upgrade cascadroid or use another ledger_path",
            )
        return version

    def _create_tables(self, conn: sqlite3.Connection) -> None:
        db = sqlite_utils.Database(conn)
        db["spend"].create(  # type: ignore[union-attr]
            {
                "id": int,
                "run_id": str,
                "day": str,
                "model": str,
                "state": str,
                "estimate_nusd": int,
                "actual_nusd": int,
                "created": float,
                "settled": float,
            },
            pk="id",
            if_not_exists=True,
        )
        db["spend"].create_index(["run_id"], if_not_exists=True)  # type: ignore[union-attr]
        db["spend"].create_index(["day"], if_not_exists=True)  # type: ignore[union-attr]
        conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")


__all__ = ["MAX_SPEND_USD", "Reservation", "Shortfall", "SpendLedger", "to_nanos", "utc_day"]
