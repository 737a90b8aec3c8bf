"""A setting's value read under its title: "Screen timeout | After 2 minutes", "Klingelton | Aurora", "Tema | Escuro".

Settings lists (AOSP preferences, One UI, MIUI, Compose apps) show each setting as one row of two texts: its title, and
under it the value it holds now (the summary). The structure answers two kinds of task in any language:
- a question about the setting ("what's my screen timeout?", "welcher Klingelton ist eingestellt?") is answered by the
  summary of the row whose title the question names: every word of the title said (in any form), else, where no
  word of the question is on the screen (a question in another language than the screen), the title nearest it in meaning
  (the multilingual encoder, agents/semantic.py), clearly ahead of every other title;
- a request to set the setting to a value the summary already shows ("set the screen timeout to 2 minutes", "pon el
  tema en oscuro" on "Tema | Oscuro") is done: the rest of the task once the title, the verb and the function words are
  gone is all in the summary.
A summary that is a sentence (a description, not a value: more than five words, or a full stop) holds no value; a
switch row's state is read by agents/switch_answers.py, not here. The value answers only where the ranker read no
answer otherwise, and never a superlative ("which file is the largest?" ranks rows of items, not settings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import answers, plain_finish, semantic, word_forms
from .function_words import FUNCTION_WORDS
from .goal import clause_verbs
from .perceptor import Screen
from .progress import parts
from .text import QUOTED, normalize, words

_VALUE_WORDS = 5  # a value is short: "After 2 minutes", "Default", "Aurora"
_MEANT = 0.35  # the cosine a title needs to be named by meaning alone
_AHEAD = 0.08  # ... and its lead over the next title
# The interrogatives and copulas a question about a setting is made of, in the languages phones ship (no object words)
_ASKING = frozenset(words("what which whats how is are my the set current currently now value of was welche welcher "
                          "welches ist sind quel quelle quels est qual é cuál cuáles qué es che cosa è какой какая "
                          "какое что это hangi nedir ne apa berapa jaki jaka jakie jest", stopwords=frozenset()))
_ANSWER_SCORE = 9.0
_ADDRESS = re.compile(r"\w[./@]\w")
_ASKS = re.compile(r"[?？;;؟]\s*$|^\s*(?:what|which|how|who|when|where)\b", re.I)
_ANY_VALUE = frozenset({"line", "name", "text", "address"})  # kinds a word answers


def rows(screen: Screen) -> list[tuple[int, str, str]]:
    """(element, title, value) of the screen's setting rows: a tappable row of exactly a title and a short value."""
    out = []
    for element in screen.actionable:
        if element in screen.editable or element in screen.checked:
            continue
        parts = [p.strip() for p in screen.labels.get(element, "").split(" | ")]
        if len(parts) != 2 or not all(parts) or len(parts[1].split()) > _VALUE_WORDS or parts[1].rstrip().endswith(".") \
                or _ADDRESS.search(parts[0]):  # a link's or a file's row ("site.example/deals | Open") is no setting
            continue
        out.append((element, parts[0], parts[1]))
    return out


def _said(title: str, task_words: set[str]) -> bool:
    own = words(title) - FUNCTION_WORDS
    return bool(own) and all(w in task_words or word_forms.forms(task_words, {w}) > 0 for w in own)


def named_row(task: str, screen: Screen, by_meaning: bool = True) -> tuple[int, str, str] | None:
    """The setting row the task names: by its title's words, else (``by_meaning``, a question) by meaning, clearly
    ahead; a question's title holds most of its words beside the interrogatives."""
    found = rows(screen)
    if not found:
        return None
    task_words = words(QUOTED.sub(" ", task))
    content = task_words - _ASKING - FUNCTION_WORDS
    # a question's title holds most of its words ("Connected devices" answers no "which Wi-Fi network is my device
    # connected to?"); a request's holds fewer (its value is said too)
    said = [r for r in found if _said(r[1], task_words) and (not by_meaning or 2 * len(words(r[1]) & content) > len(content))]
    if said:
        return max(said, key=lambda r: len(words(r[1])))
    if not by_meaning or len(found) < 2 or content & words(" ".join(screen.lines)):
        return None  # a word of the task is on the screen: the same language, where meaning would only guess
    cosines = semantic.similarities(task, [r[1] for r in found])
    ranked = sorted(zip(cosines, range(len(found))), reverse=True)
    (best, index), (second, _) = ranked[0], ranked[1]
    return found[index] if best >= _MEANT and best - second >= _AHEAD else None


def answer(task: str, screen: Screen) -> str | None:
    """The value of the setting a question asks about, or None (a question by its mark or its interrogative, not a
    request to show a page: "show me local news" reads no "Local | Tab 3 of 4")."""
    if answers.asked(task) is None or not _ASKS.search(task):
        return None
    row = named_row(task, screen)
    return row[2] if row else None


def already(task: str, screen: Screen) -> bool:
    """The setting the task sets already holds the value it asks for."""
    if answers.asked(task) is not None or len(parts(task)) > 1 or len(clause_verbs(task)) > 1:
        return False  # one act: "email Bo the deal, with the subject X" is more than a setting's value
    row = named_row(task, screen, by_meaning=False)
    if row is None:
        return False
    tokens = re.findall(r"\w+", normalize(QUOTED.sub(" ", task)))
    rest = words(" ".join(tokens[1:])) - words(row[1]) - FUNCTION_WORDS - _ASKING
    return bool(rest) and rest <= words(row[2])


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any] | None) -> None:
    """The setting's value as the answer, or the plain finish where it already holds the asked value (in place)."""
    if not out:
        return
    if already(task, screen):
        plain_finish.finish_first(out)
        return
    if any(c.action.get("kind") == "done" and c.action.get("answer") for c in out) or answers.superlative(task):
        return  # an answer the ranker read otherwise stands; "which file is the largest?" ranks rows, reads no setting
    value = answer(task, screen) if make is not None else None
    asked = answers.asked(task)
    if value is None or asked is None or asked.kind not in _ANY_VALUE and answers.value_in(asked.kind, value) is None:
        return  # "how many ..." of a row showing a word: not this row's value
    top = max(c.score for c in out)
    out.append(make({"kind": "done", "answer": value}, f"answer {value!r} and finish", max(top + 1.0, _ANSWER_SCORE)))
