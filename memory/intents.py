"""Which deep links and intent actions opened something on which device (``knowledge_intents``).

An intent is keyed by what decides whether a phone can open it: a URI's scheme (``tel``,
``https``, ``myapp``) or an intent action (``android.settings.WIFI_SETTINGS``). A device is
whatever stable name the caller gives (e.g. a fingerprint of its installed packages).
"""

from __future__ import annotations

import time

from .base import Database


class IntentMemory:
    """Counts of intents that opened a page (``worked``) or were refused (``failed``), per device."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, device: str, intent: str, *, worked: bool) -> None:
        column = "worked" if worked else "failed"
        with self.db.tx() as conn:
            conn.execute(
                f"INSERT INTO knowledge_intents (device, intent, {column}, updated_at) VALUES (?, ?, 1, ?) "
                f"ON CONFLICT(device, intent) DO UPDATE SET {column} = {column} + 1, updated_at = excluded.updated_at",
                [device, intent, time.time()])

    def outcomes(self, device: str) -> dict[str, tuple[int, int]]:
        """``{intent: (worked, failed)}`` for ``device``."""
        rows = self.db.query("SELECT intent, worked, failed FROM knowledge_intents WHERE device = ?", (device,))
        return {r["intent"]: (r["worked"], r["failed"]) for r in rows}

    def refused(self, device: str) -> set[str]:
        """Intents this device refused more often than it opened them: not worth offering again."""
        return {intent for intent, (worked, failed) in self.outcomes(device).items() if failed > worked}
