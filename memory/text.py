"""Small text helpers: normalising tips, comparing them, building FTS5 queries, templates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..unitext import script_words

_WORD = re.compile(r"[a-z0-9]+")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
STOPWORDS = frozenset(
    "a an and are as at be by for from in into is it its of on or that the then this to with".split()
)


def normalize(text: str) -> str:
    """Words of any script, folded, punctuation dropped (scripts without spaces as letter pairs): the
    key for exact duplicates and the text the full-text index holds."""
    return " ".join(script_words(text))


def tokens(text: str) -> set[str]:
    """Content words of ``text`` (folded, any script, stopwords removed)."""
    return {w for w in script_words(text) if w not in STOPWORDS}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def query_terms(text: str, *, max_terms: int = 24) -> list[str]:
    """The content words of ``text`` to search with (longest first, at most ``max_terms``)."""
    return sorted(tokens(text), key=lambda w: (-len(w), w))[:max_terms]


def fts_query(terms: list[str]) -> str:
    """An FTS5 OR-query of ``terms`` (each quoted, so FTS5 syntax in them is inert)."""
    return " OR ".join(f'"{w}"' for w in terms)


def placeholders(template: str) -> list[str]:
    """The ``{name}`` placeholders in ``template``, in order."""
    return _PLACEHOLDER.findall(template)


def fill(template: str, params: Mapping[str, Any]) -> str:
    """Replace each ``{name}`` with ``params[name]``; other braces are left alone."""
    return _PLACEHOLDER.sub(lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), template)


def slug(text: str, *, max_len: int = 40) -> str:
    return "_".join(w for w in _WORD.findall(text.lower()) if w not in STOPWORDS)[:max_len].strip("_") or "shortcut"
