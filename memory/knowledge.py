"""App knowledge from exploration: screens by structural signature, their elements, and transitions.

An explorer (``cascadroid explore``) walks each app and records what it saw: every screen once
(keyed by a signature of its structure, so a clock or a count on it does not make a new
screen), the elements on it (label, kind, key), and which element led from which screen to
which (``back`` included). The agent then finds the shortest known path to a screen that shows
what a task asks for. Signatures and element keys are made by the caller (the agents layer);
this store only keeps them.
"""

from __future__ import annotations

import json
import time
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from ..errors import ConfigurationError
from .base import Database, dumps


class KnownElement(BaseModel):
    """One element of a known screen: its key (what a transition names), label and kind."""

    key: str
    label: str = ""
    kind: str = ""
    checkable: bool = False


class KnownScreen(BaseModel):
    """A screen seen while exploring ``app`` (a package): its title, elements and other texts."""

    signature: str
    app: str
    title: str = ""
    elements: list[KnownElement] = Field(default_factory=list)
    texts: list[str] = Field(default_factory=list)  # what it shows besides its elements


class Transition(BaseModel):
    """Acting on ``key`` on screen ``source`` showed screen ``target``."""

    source: str
    key: str
    target: str
    app: str
    label: str = ""


class KnowledgeStore:
    """Screens and transitions of explored apps (``store.knowledge``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record_screen(self, screen: KnownScreen) -> None:
        """Store a screen, or add the elements and texts it did not have yet."""
        now = time.time()
        with self.db.tx() as conn:
            old = self.screen(screen.signature)
            if old is not None:
                keys = {e.key for e in old.elements}
                screen = old.model_copy(update={
                    "elements": old.elements + [e for e in screen.elements if e.key not in keys],
                    "texts": list(dict.fromkeys(old.texts + screen.texts)),
                    "title": old.title or screen.title})
            conn.execute(
                "INSERT OR REPLACE INTO knowledge_screens (signature, app, title, elements, texts, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (screen.signature, screen.app, screen.title, dumps([e.model_dump() for e in screen.elements]),
                 dumps(screen.texts), now))

    def record_transition(self, transition: Transition) -> None:
        """Store ``source --key--> target`` (a newer observation of the same source and key replaces it)."""
        with self.db.tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO knowledge_transitions (source, key, target, app, label, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (transition.source, transition.key, transition.target, transition.app, transition.label, time.time()))

    def screen(self, signature: str) -> KnownScreen | None:
        rows = self.db.query("SELECT * FROM knowledge_screens WHERE signature = ?", (signature,))
        return _screen(rows[0]) if rows else None

    def screens(self, app: str | None = None) -> list[KnownScreen]:
        """Known screens, of one app (package) or all."""
        where, params = ("WHERE app = ?", (app,)) if app is not None else ("", ())
        return [_screen(r) for r in self.db.query(f"SELECT * FROM knowledge_screens {where} ORDER BY app, signature",
                                                  params)]

    def transitions(self, app: str | None = None) -> list[Transition]:
        """Known transitions, of one app (package) or all."""
        where, params = ("WHERE app = ?", (app,)) if app is not None else ("", ())
        rows = self.db.query(f"SELECT source, key, target, app, label FROM knowledge_transitions {where} "
                             "ORDER BY app, source, key", params)
        return [Transition(**r) for r in rows]

    def apps(self) -> list[str]:
        """Packages with at least one known screen."""
        return [r["app"] for r in self.db.query("SELECT DISTINCT app FROM knowledge_screens ORDER BY app")]

    def version(self) -> tuple[int, int, float]:
        """Changes whenever something is recorded or forgotten (for caches built from the store)."""
        row = self.db.query(
            "SELECT (SELECT count(*) FROM knowledge_screens) AS s, (SELECT count(*) FROM knowledge_transitions) AS t, "
            "max(coalesce((SELECT max(updated_at) FROM knowledge_screens), 0), "
            "coalesce((SELECT max(updated_at) FROM knowledge_transitions), 0)) AS u")[0]
        return row["s"], row["t"], row["u"]

    def forget(self, app: str | None = None) -> int:
        """Delete what is known of one app (package), or of all; returns the screens deleted."""
        where, params = ("WHERE app = ?", (app,)) if app is not None else ("", ())
        with self.db.tx() as conn:
            conn.execute(f"DELETE FROM knowledge_transitions {where}", params)
            return conn.execute(f"DELETE FROM knowledge_screens {where}", params).rowcount

    def export(self) -> dict[str, Any]:
        """Everything known, JSON-ready (part of the memory export)."""
        return {"screens": [s.model_dump(mode="json") for s in self.screens()],
                "transitions": [t.model_dump(mode="json") for t in self.transitions()]}

    def merge(self, document: dict[str, Any]) -> dict[str, int]:
        """Add an :meth:`export` (screens merge with known ones; transitions replace); all or nothing."""
        try:
            screens = [KnownScreen.model_validate(s) for s in document.get("screens", [])]
            transitions = [Transition.model_validate(t) for t in document.get("transitions", [])]
        except ValidationError as exc:
            raise ConfigurationError(f"the app knowledge in the import is not valid: {exc.errors()[0]['msg']}",
                                     hint="export it again from a cascadroid with the same schema") from exc
        with self.db.tx():
            for screen in screens:
                self.record_screen(screen)
            for transition in transitions:
                self.record_transition(transition)
        return {"screens": len(screens), "transitions": len(transitions)}


def _screen(row: dict[str, Any]) -> KnownScreen:
    return KnownScreen(signature=row["signature"], app=row["app"], title=row["title"] or "",
                       elements=[KnownElement(**e) for e in json.loads(row["elements"] or "[]")],
                       texts=json.loads(row["texts"] or "[]"))
