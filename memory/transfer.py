"""Sharing a memory's tips, shortcuts and app knowledge as one JSON document."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import ConfigurationError, SchemaVersionError
from .decisions import DecisionLog
from .knowledge import KnowledgeStore
from .records import Shortcut
from .schema import SCHEMA_VERSION
from .shortcut_store import ShortcutStore
from .tips import TipStore

EXPORT_FORMAT = "cascadroid-memory"


def export_json(tips: TipStore, shortcuts: ShortcutStore, path: str | Path | None = None,
                *, knowledge: KnowledgeStore | None = None, decisions: DecisionLog | None = None) -> dict[str, Any]:
    """Tips, shortcuts (and explored app knowledge) as one JSON document (written to ``path`` when given)."""
    document = {
        "format": EXPORT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": time.time(),
        "tips": [t.model_dump(mode="json") for t in tips.all()],
        "shortcuts": [s.model_dump(mode="json") for s in shortcuts.all()],
    }
    if knowledge is not None:
        document["knowledge"] = knowledge.export()
    if decisions is not None and (models := decisions.export()):
        document["decision_models"] = models  # JSON parameters only: safe to import from anyone
    if path is not None:
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(json.dumps(document, indent=2))
        partial.replace(target)  # nothing half-written under the real name
    return document


def import_json(
    tips: TipStore, shortcuts: ShortcutStore, source: str | Path | dict[str, Any], *, keep_states: bool = False,
    knowledge: KnowledgeStore | None = None, decisions: DecisionLog | None = None,
) -> dict[str, int]:
    """Add tips and shortcuts from an export; all or nothing.

    Tips merge with near-duplicates. Shortcuts identical to stored ones are skipped; a name
    that is taken gets a suffix. Imported shortcuts come in as candidates (to be verified on
    this device) unless ``keep_states``; their counts start at zero. Explored screens and
    transitions merge into ``knowledge`` (a device farm explores once).
    """
    document = _load(source)
    counts = {"tips": 0, "shortcuts": 0, "shortcuts_skipped": 0}
    with tips.db.tx(), shortcuts.db.tx():
        for tip in document.get("tips", []):
            tips.add(tip["text"], apps=tip.get("apps", []), tags=tip.get("tags", []), source_run=tip.get("source_run"))
            counts["tips"] += 1
        for raw in document.get("shortcuts", []):
            try:
                shortcut = Shortcut.model_validate(raw)
            except ValidationError as exc:
                raise ConfigurationError(
                    f"shortcut {raw.get('name')!r} in the import is not valid: {exc.errors()[0]['msg']}",
                    hint="export it again from a cascadroid with the same schema",
                ) from exc
            update: dict[str, Any] = {"id": None, "successes": 0, "failures": 0, "consecutive_failures": 0}
            if not keep_states:
                update["state"] = "candidate"
            if shortcuts.find_same(shortcut) is not None:
                counts["shortcuts_skipped"] += 1
                continue
            update["name"] = shortcuts.free_name(shortcut.name)
            shortcuts.add(shortcut.model_copy(update=update))
            counts["shortcuts"] += 1
        known = document.get("knowledge") or {}
        if not isinstance(known, dict):
            raise ConfigurationError("the import's app knowledge is not a JSON object",
                                     hint="export it again with `cascadroid memory export`")
        if knowledge is not None and (known.get("screens") or known.get("transitions")):
            counts.update(knowledge.merge(known))  # counted only when the export carries some
        if decisions is not None and "decision_models" in document:  # checked JSON parameters, never code
            counts["decision_models"] = decisions.import_models(document["decision_models"])
    return counts


def _load(source: str | Path | dict[str, Any]) -> dict[str, Any]:
    if isinstance(source, dict):
        document = source
    else:
        path = Path(source)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigurationError(f"the file to import {str(path)!r} does not exist",
                                     hint="check the path; write one with `cascadroid memory export FILE`") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"the file to import {str(path)!r} is not JSON text ({exc})",
                                     hint="pass a file written by `cascadroid memory export` (export_json)") from exc
        except RecursionError as exc:
            raise ConfigurationError(f"the file to import {str(path)!r} nests too deeply to be a memory export",
                                     hint="pass a file written by `cascadroid memory export` (export_json)") from exc
        except OSError as exc:
            raise ConfigurationError(f"cannot read the file to import {str(path)!r}: {exc.strerror or exc}",
                                     hint="check the path and its permissions") from exc
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ConfigurationError(
            "the import is not a cascadroid memory export", hint=f'expected a JSON object with "format": "{EXPORT_FORMAT}"'
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the memory export has schema version {version!r}; this cascadroid knows up to {SCHEMA_VERSION}",
            hint="upgrade cascadroid to import it",
        )
    return document
