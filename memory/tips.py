"""Tips: lessons in words, found again by FTS5 (bm25) for the task at hand."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import ConfigurationError
from .base import Database, dumps
from .records import Tip
from .text import fts_query, jaccard, normalize, query_terms, tokens

MERGE_THRESHOLD = 0.8
ROW_BUDGET = 1000
# ``apps`` is a JSON array of strings, so the quoted package occurs in it only as an element.
_APP_MATCH = "instr(t.apps, :app_json) > 0"
# bm25 is negative (lower is better): multiply by >1 to rank a tip higher.
_SEARCH = f"""
SELECT t.*
FROM tips_fts JOIN tips AS t ON t.id = tips_fts.rowid
WHERE tips_fts MATCH :query {{app_filter}}
ORDER BY bm25(tips_fts)
    * (CASE WHEN {_APP_MATCH} THEN :app_boost ELSE 1.0 END)
    * (0.5 + 0.5 * (t.successes + 1.0) / (t.times_used + 1.0))
LIMIT :k
"""


class TipStore:
    """Add, find, score and prune tips (``store.tips``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        text: str,
        *,
        apps: Iterable[str] = (),
        tags: Iterable[str] = (),
        source_run: str | None = None,
        merge_threshold: float = MERGE_THRESHOLD,
    ) -> Tip:
        """Store a tip, or merge it into a near-duplicate (same words, Jaccard >= threshold).

        Merging keeps the older text and widens its apps and tags; an empty ``apps`` means
        the tip applies to any app.
        """
        norm = normalize(text)
        if not norm:
            raise ConfigurationError(f"tip text {text!r} has no words", hint="pass a sentence describing the lesson")
        apps, tags = sorted(set(apps)), sorted(set(tags))
        now = time.time()
        with self.db.tx() as conn:
            twin = self._near_duplicate(text, norm, merge_threshold)
            if twin is not None:
                merged_apps = [] if not (twin.apps and apps) else sorted({*twin.apps, *apps})
                conn.execute(
                    "UPDATE tips SET apps = ?, tags = ?, updated_at = ? WHERE id = ?",
                    (dumps(merged_apps), dumps(sorted({*twin.tags, *tags})), now, twin.id),
                )
                tip_id = twin.id
            else:
                cursor = conn.execute(
                    "INSERT INTO tips (text, norm, apps, tags, source_run, times_used, successes, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)",
                    (text.strip(), norm, dumps(apps), dumps(tags), source_run, now, now),
                )
                tip_id = int(cursor.lastrowid or 0)
        return self.get(tip_id)

    def get(self, tip_id: int) -> Tip:
        rows = self.db.query("SELECT * FROM tips WHERE id = ?", (tip_id,))
        if not rows:
            raise ConfigurationError(f"tip {tip_id} is not in {str(self.db.path)!r}", hint="tips.all() shows the ids")
        return _tip(rows[0])

    def all(self, app: str | None = None) -> list[Tip]:
        """All tips (for one app: those for it and those for any app), newest first."""
        if app is None:
            rows = self.db.query("SELECT * FROM tips ORDER BY updated_at DESC")
        else:
            rows = self.db.query(
                f"SELECT * FROM tips AS t WHERE t.apps = '[]' OR {_APP_MATCH} ORDER BY updated_at DESC",
                {"app_json": json.dumps(app)},
            )
        return [_tip(r) for r in rows]

    def search(self, task_text: str, app: str | None = None, k: int = 5, *, app_boost: float = 2.0) -> list[Tip]:
        """The ``k`` tips most relevant to ``task_text`` by bm25.

        With ``app``, tips tied to other apps are left out and tips for this app rank
        ``app_boost`` times higher than tips for any app; tips that were used and did not
        help rank lower.
        """
        terms = self._selective_terms(query_terms(task_text))
        if not terms or k <= 0:
            return []
        app_filter = "" if app is None else f"AND (t.apps = '[]' OR {_APP_MATCH})"
        params = {"query": fts_query(terms), "app_json": json.dumps(app or ""), "app_boost": app_boost, "k": k}
        return [_tip(r) for r in self.db.query(_SEARCH.format(app_filter=app_filter), params)]

    def _selective_terms(self, terms: list[str]) -> list[str]:
        """``terms``, or when together they match more than ``ROW_BUDGET`` tips, the rarest of
        them that stay within it (at least one): ranking cost grows with the rows matched,
        and the most common words add the least to bm25."""
        budget = ROW_BUDGET
        if not terms or self._count(terms) <= budget:
            return terms
        by_rarity = sorted((self._count([t]), t) for t in terms)
        kept, rows = [by_rarity[0][1]], by_rarity[0][0]
        for count, term in by_rarity[1:]:
            if rows + count > budget:
                break
            kept.append(term)
            rows += count
        return kept

    def _count(self, terms: list[str]) -> int:
        return self.db.query("SELECT count(*) AS n FROM tips_fts WHERE tips_fts MATCH ?", (fts_query(terms),))[0]["n"]

    def mark_used(self, ids: Sequence[int], success: bool) -> None:
        """Count a use of each tip, and a success when the run it was shown to succeeded."""
        with self.db.tx() as conn:
            conn.executemany(
                "UPDATE tips SET times_used = times_used + 1, successes = successes + ? WHERE id = ?",
                [(int(success), tip_id) for tip_id in ids],
            )

    def prune(self, *, min_uses: int, min_success_rate: float, unhelpful_before: float | None = None) -> int:
        """Delete tips used ``min_uses`` times or more that helped less than ``min_success_rate`` of
        the time, and (with ``unhelpful_before``) tips not updated since then that never helped."""
        with self.db.tx() as conn:
            deleted = conn.execute(
                "DELETE FROM tips WHERE times_used >= ? AND CAST(successes AS REAL) / times_used < ?",
                (min_uses, min_success_rate),
            ).rowcount
            if unhelpful_before is not None:
                deleted += conn.execute(
                    "DELETE FROM tips WHERE updated_at < ? AND successes = 0", (unhelpful_before,)
                ).rowcount
        return deleted

    def _near_duplicate(self, text: str, norm: str, threshold: float) -> Tip | None:
        exact = self.db.query("SELECT * FROM tips WHERE norm = ?", (norm,))
        if exact:
            return _tip(exact[0])
        terms = self._selective_terms(query_terms(text))
        if not terms:
            return None
        words = tokens(text)
        candidates = self.db.query(
            "SELECT t.* FROM tips_fts JOIN tips AS t ON t.id = tips_fts.rowid"
            " WHERE tips_fts MATCH ? ORDER BY rank LIMIT 20",
            (fts_query(terms),),
        )
        best = max(candidates, key=lambda r: jaccard(words, tokens(r["text"])), default=None)
        if best is not None and jaccard(words, tokens(best["text"])) >= threshold:
            return _tip(best)
        return None


def _tip(row: dict[str, Any]) -> Tip:
    fields = {k: v for k, v in row.items() if k in Tip.model_fields}
    return Tip(**{**fields, "apps": json.loads(row["apps"]), "tags": json.loads(row["tags"])})
