"""A lexicon learned from logged decisions: which words of a task go with which words of the action
the stronger tier chose there, so the local tier can pick as it would on screens it never saw.

Each (task word, candidate word) pair, and each candidate word alone, gets a smoothed log-odds of
"this candidate was the chosen one" relative to the base rate, counted over the logged decisions
(masked: placeholders such as ``<NAME_1>``, element numbers and words with digits are left out).
A candidate's words include its action kind (``kind:tap``). A word shared by task and candidate
is no pair here: the ranker's overlap features already count it. Three features per candidate:
the mean and the largest weight of its pairs with this task, and the mean weight of its own
words (what the teacher picks on any task). Weights are plain numbers keyed by text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from .text import words

LEXICON_FEATURES: tuple[str, ...] = ("lex_pair", "lex_pair_max", "lex_label", "lex_known")
MAX_ENTRIES = 50_000
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
_ELEMENT = re.compile(r"\[\d+\]")


def tokens(text: str) -> frozenset[str]:
    """The comparable words of ``text`` a lexicon keys on (no placeholders, element numbers or digits)."""
    text = _ELEMENT.sub(" ", _PLACEHOLDER.sub(" ", text))
    return frozenset(w for w in words(text) if not any(ch.isdigit() for ch in w))


def candidate_tokens(text: str, kind: str) -> frozenset[str]:
    return tokens(text) | {f"kind:{kind}"}


def _keys(task: frozenset[str], candidate: frozenset[str]) -> list[str]:
    return [f"|{c}" for c in candidate] + [f"{t}|{c}" for t in task for c in candidate if t != c]


def build(decisions: Iterable[tuple[frozenset[str], Sequence[frozenset[str]], int, float]], *,
          smoothing: float = 4.0, min_count: int = 3, max_entries: int = MAX_ENTRIES) -> dict[str, float]:
    """Weights from ``(task tokens, candidates' tokens, chosen index or -1, weight)`` decisions."""
    seen: dict[str, float] = {}
    right: dict[str, float] = {}
    total = positive = 0.0
    for task, candidates, chosen, weight in decisions:
        for index, candidate in enumerate(candidates):
            hit = index == chosen
            total += weight
            positive += weight * hit
            for key in _keys(task, candidate):
                seen[key] = seen.get(key, 0.0) + weight
                if hit:
                    right[key] = right.get(key, 0.0) + weight
    if not total or not 0 < positive < total:
        return {}
    base = positive / total
    prior = math.log(base / (1 - base))
    scored = []
    for key, n in seen.items():
        if n < min_count:
            continue
        k = right.get(key, 0.0)
        w = math.log((k + smoothing * base) / (n - k + smoothing * (1 - base))) - prior
        scored.append((abs(w) * math.sqrt(n), key, w))
    scored.sort(reverse=True)
    return {key: round(w, 4) for _, key, w in scored[:max_entries] if w}


def lexicon_features(lexicon: dict[str, float], task: frozenset[str],
                     candidates: Sequence[frozenset[str]]) -> list[list[float]]:
    """:data:`LEXICON_FEATURES` for each candidate (zeros without a lexicon). The last, ``*_known``, is how
    familiar the pick is: the share of its (task, candidate) pairs that went with the teacher's choices in
    the logs (a positive weight); low on a kind of task unlike the logged ones, where choices are less sure."""
    out = []
    for candidate in candidates:
        own = [lexicon[f"|{c}"] for c in sorted(candidate) if f"|{c}" in lexicon]  # sorted: float sums in one order
        keys = [f"{t}|{c}" for t in sorted(task) for c in sorted(candidate) if t != c]
        pairs = [lexicon[k] for k in keys if k in lexicon]
        out.append([sum(pairs) / len(pairs) if pairs else 0.0, max(pairs, default=0.0),
                    sum(own) / len(own) if own else 0.0, sum(w > 0 for w in pairs) / len(keys) if keys else 0.0])
    return out
