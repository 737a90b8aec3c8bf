"""MemoryStore: one SQLite file for runs, steps, events, tips and shortcuts."""

from __future__ import annotations

from .runs import RunLog
from .transfer import Transfer


class MemoryStore(RunLog, Transfer):
    """Runs and steps (traces), Tips and Shortcuts, in one SQLite file.

    >>> store = MemoryStore(".cascadroid/memory.db")
    >>> store.add_tip("In Chat, tap the search icon before typing a contact name", apps=["com.example.chat"])
    >>> store.search_tips("send a message to Bob", app="com.example.chat")

    The file is opened in WAL mode with a busy timeout (several processes may share it),
    migrated forward on open (a ``.v<N>.bak`` copy is written first), and every multi-row
    write is one transaction. A file from a newer cascadroid raises SchemaVersionError; a
    file that is not SQLite raises CorruptDatabaseError.
    """
