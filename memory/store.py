"""MemoryStore: one SQLite file for runs, steps, events, tips, shortcuts and app knowledge, composed of its parts."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Self

from . import transfer
from .base import Database
from .decisions import DecisionLog
from .knowledge import KnowledgeStore
from .runs import RunLog
from .shortcut_store import ShortcutStore
from .tips import TipStore

_DAY = 86_400.0


class MemoryStore:
    """Runs and steps (traces), Tips and Shortcuts, in one SQLite file.

    >>> store = MemoryStore(".cascadroid/memory.db")
    >>> store.tips.add("In Chat, tap the search icon before typing a contact name", apps=["com.example.chat"])
    >>> store.tips.search("send a message to Bob", app="com.example.chat")
    >>> store.runs.recent(limit=5); store.shortcuts.all(state="verified")

    ``store.runs`` (:class:`RunLog`), ``store.tips`` (:class:`TipStore`), ``store.shortcuts``
    (:class:`ShortcutStore`) and ``store.knowledge`` (:class:`KnowledgeStore`: explored apps) share one :class:`Database` (``store.db``): opened in WAL mode with
    a busy timeout (several processes may share the file), migrated forward on open (a checked
    ``.v<N>.bak`` copy is written first), every multi-row write one transaction. A file from a
    newer cascadroid raises SchemaVersionError; a file that is not SQLite raises
    CorruptDatabaseError.
    """

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0) -> None:
        self.db = Database(path, busy_timeout_s=busy_timeout_s)
        self.runs = RunLog(self.db)
        self.tips = TipStore(self.db)
        self.shortcuts = ShortcutStore(self.db)
        self.knowledge = KnowledgeStore(self.db)
        self.decisions = DecisionLog(self.db)  # logged decisions and learned decision models

    def export_json(self, path: str | Path | None = None) -> dict[str, Any]:
        """Tips, shortcuts and app knowledge as one JSON document (written to ``path`` when given)."""
        return transfer.export_json(self.tips, self.shortcuts, path, knowledge=self.knowledge,
                                    decisions=self.decisions)

    def import_json(self, source: str | Path | dict[str, Any], *, keep_states: bool = False) -> dict[str, int]:
        """Add tips, shortcuts and app knowledge from an export, all or nothing (see :func:`transfer.import_json`)."""
        return transfer.import_json(self.tips, self.shortcuts, source, keep_states=keep_states, knowledge=self.knowledge,
                                    decisions=self.decisions)

    def prune(
        self,
        *,
        older_than_days: float | None = None,
        min_uses: int = 5,
        min_success_rate: float = 0.2,
        now: float | None = None,
    ) -> dict[str, int]:
        """Delete what no longer helps, and say how much went.

        - tips used at least ``min_uses`` times whose success rate is below ``min_success_rate``;
        - with ``older_than_days``: tips not updated for that long that never helped a run,
          and retired shortcuts not updated for that long.
        """
        now = time.time() if now is None else now
        cutoff = None if older_than_days is None else now - older_than_days * _DAY
        with self.db.tx():
            tips = self.tips.prune(min_uses=min_uses, min_success_rate=min_success_rate, unhelpful_before=cutoff)
            shortcuts = 0 if cutoff is None else self.shortcuts.prune_retired(before=cutoff)
        return {"tips": tips, "shortcuts": shortcuts}

    def close(self) -> None:
        """Close the file. Safe to call twice."""
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
