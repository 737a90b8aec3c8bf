"""A control and its negated twin: a task saying the word plainly means the plain one.

Apps pair an act with its opposite by negating the same word. Some languages join the no to the verb
(Turkish "beğenin" / "beğenmeyin", "takip et" / "takip etme"; Czech "líbí" / "nelíbí"; Persian "می‌پسندم" /
"نمی‌پسندم"), others put a no-word before it ("me gusta" / "no me gusta", "мне нравится" / "мне не нравится",
"mi piace" / "non mi piace") or after it ("gefällt mir" / "gefällt mir nicht", "पसंद है" / "पसंद नहीं",
"j'aime" / "je n'aime pas"). When both twins are controls on the screen and the task says their word without
negating it, the plain twin does the act asked for and the negated twin its opposite, however much nearer the
negated one's other words or meaning come. General grammar only: no app's words.
"""

from __future__ import annotations

import re
from typing import Any

from .text import normalize

_LOWER = 2.0  # the negated twin: the opposite act
_RAISE = 1.0  # the plain twin: the act asked for
_NEAR = 2  # tokens between a no-word and the word it negates
_MIN = 4  # letters of a task word that a twin shares from its start
# No-words before the word they negate, and after it.
_BEFORE = frozenset("no non não nao ne n' не ні нe nie nu not don't dont never nicht nem μην δεν אל לא ما لا "
                    "نه مت نہ मत न ना kein keine niet inte ikke".split())
_AFTER = frozenset("nicht niet inte ikke pas नहीं नही nahi نہیں nahin".split())
# Turkish / Azerbaijani negative endings after the verb stem ("beğen-meyin", "izle-miyor", "sev-medi").
_TURKIC = re.compile(r"^(?:m[ae](?:y[ıi]n(?:[ıi]z)?|z\w*|d[ıi]\w*|s[ıi]n\w*|y[ae]c[ae]k\w*|k)|m[ıiuü]yor\w*)$")
_PREFIXES = ("ne", "не", "ن")  # Slavic and Persian joined no (the text read without ZWNJ)
_PRONOUN = 3  # letters of a pronoun between a no-word and its word ("mi", "me", "mir")
_CLAUSE = re.compile(r"[,.;:|!?()\[\]/·•–—،、，。]")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[^\W\d_]*'")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text).replace("\u0307", "").replace("\u2019", "'"))


def _stem_of(token: str, word: str) -> bool:
    """``token`` is ``word`` or an inflection of it (a shared start of at least ``_MIN`` letters)."""
    return len(word) >= _MIN and token.startswith(word[:max(_MIN, len(word) - 1)])


def _joined(token: str, word: str, tokens: list[str], others: frozenset[str]) -> bool:
    """``token`` is ``word`` with a no joined to it: a Turkic ending ("beğenmeyin"), or a prefix ("nelíbí",
    "نمی‌پسندم") whose label without it is another control's whole label (so "Newest" is no "west" negated)."""
    if token.startswith(word) and _TURKIC.match(token[len(word):]):
        return True
    return any(token.startswith(p) and word[:_MIN] in token[len(p):] and not _stem_of(token, word)
               and " ".join(tokens).replace(token, token[len(p):], 1) in others for p in _PREFIXES)


def says(text: str, word: str, others: frozenset[str] = frozenset()) -> str | None:
    """"plain" or "negated": how ``text`` says ``word`` (None: it does not); ``others``: the other controls'
    labels (their tokens, space-joined). A no-word negates the word next to it in its clause, a short
    pronoun at most between ("no me gusta", "non mi piace", "gefällt mir nicht")."""
    tokens = _tokens(text)
    found = None
    for clause in _CLAUSE.split(text):
        said = _tokens(clause)
        for i, token in enumerate(said):
            if _joined(token, word, tokens, others):
                return "negated"
            if not _stem_of(token, word):
                continue
            if _no_next(said[max(0, i - _NEAR):i][::-1], _BEFORE) or _no_next(said[i + 1:i + 1 + _NEAR], _AFTER) \
                    or token.startswith("n'"):
                return "negated"
            found = "plain"
    return found


def _no_next(near: list[str], no_words: frozenset[str]) -> bool:
    """The first of ``near`` is a no-word, or a short pronoun with one after it."""
    return bool(near) and (near[0] in no_words or near[0].startswith("n'")
                           or len(near[0]) <= _PRONOUN and len(near) > 1 and near[1] in no_words)


def adjust(out: list[Any], task: str, labels: dict[int, str]) -> None:
    """The negated twin below, and the plain twin above when it is the only plain one, for each word the task says
    plainly (in place)."""
    if out and max(out, key=lambda c: c.score).action.get("kind") == "done":
        return  # the task reads as done ("Buy stamps, Completed"): a row's state is no control to press
    taps = [c for c in out if c.action.get("kind") == "tap" and c.action.get("element") in labels]
    for word in {t for t in _tokens(task) if len(t) >= _MIN and "'" not in t}:
        if says(task, word) != "plain":
            continue
        shown = frozenset(" ".join(_tokens(labels[c.action["element"]])) for c in taps)
        ways = {id(c): says(labels[c.action["element"]], word, shown) for c in taps}
        plain = {c.action["element"] for c in taps if ways[id(c)] == "plain"}
        if _names_object(taps, ways, task, word, labels):
            continue  # "Mark Sourdough bread as completed": its row's "Not completed" is the state to change
        if plain and "negated" in ways.values():
            for candidate in taps:  # one plain control is the twin; a row's repeated button is not
                raise_ = _RAISE if len(plain) == 1 else 0.0
                candidate.score += {"plain": raise_, "negated": -_LOWER}.get(ways[id(candidate)] or "", 0.0)


def _names_object(taps: list[Any], ways: dict[int, str | None], task: str, word: str, labels: dict[int, str]) -> bool:
    """A negated twin naming more of the task than every plain twin does is the task's object showing its state
    ("Sourdough bread, Not completed" beside "Blueberries, Completed"), not the opposite act."""
    said = {t for t in _tokens(task) if len(t) >= _MIN and t != word}

    def named(candidate: Any) -> set[str]:
        return said & set(_tokens(labels[candidate.action["element"]]))
    plain = [named(c) for c in taps if ways[id(c)] == "plain"]
    return any(named(c) - set().union(*plain) for c in taps if ways[id(c)] == "negated")
