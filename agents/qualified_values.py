"""Of several values of the asked kind, the one whose own label the question means: arrival, not departure.

A page often shows two or more values of the kind a question asks, each under or beside a label of its own: a trip's
"Departure 10:05" and "Arrival 13:40", a forecast's "High 21°" and "Low 12°", a bill's "Subtotal" and "Total", today's
and tomorrow's rows. The ranker's answer is the first value after the thing the question names; where another value's
label is nearer the question in meaning (the multilingual encoder, agents/semantic.py, word by word: a whole sentence
drowns a one-word label; "what time do we land?" and "Arrives", "¿a qué hora llega?" and "Arrival"), that value is the
answer. A value's label is
the words of its own line once the value is gone, else the plain line right above it (a title over its value). Only
an answer the ranker already gives is moved, only to a value of the same kind, and only when the other label is
clearly nearer (ahead by a margin, above a floor): meaning picks among labelled values, it invents none.
"""

from __future__ import annotations

import re
from typing import Any

from . import answers, semantic
from .function_words import FUNCTION_WORDS
from .text import words

_FLOOR = 0.45  # the cosine a label needs to count as meant
_AHEAD = 0.08  # ... and its lead over the current answer's label
_PLAIN = re.compile(r'^\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$')


def labelled(kind: str, lines: list[str]) -> list[tuple[str, str]]:
    """(label, value) of every value of ``kind`` on the screen, each with the words that label it."""
    texts = [(m.group(1) or "").strip() if (m := _PLAIN.match(line)) else line.strip() for line in lines]
    out = []
    for index, text in enumerate(texts):
        for part in text.split(" | "):
            value = answers.value_in(kind, part)
            if not value:
                continue
            label = part.replace(value, " ").strip(" :·-–|")
            if not words(label):  # the value alone on its line: the line above labels it
                label = " ".join(p for p in text.split(" | ") if p != part) or (texts[index - 1] if index else "")
            if words(label) and not answers.value_in(kind, label):
                out.append((label, value))
    return out


def _meant(task: str, label: str) -> float:
    """How near the question's nearest word is to the label in meaning (a whole sentence drowns a one-word label)."""
    said = [w for w in re.findall(r"[^\W\d_]{2,}", task) if w.casefold() not in FUNCTION_WORDS]
    return max(semantic.similarities(label, said), default=0.0)


def adjust(out: list[Any], task: str, lines: list[str]) -> None:
    """Move the answer to the value whose label the question means, where that is clearly another (in place)."""
    asked = answers.asked(task)
    if asked is None or asked.kind in ("line", "name", "count", "text", "address"):
        return
    done = [c for c in out if c.action.get("kind") == "done" and c.action.get("answer")]
    if not done:
        return
    top = max(done, key=lambda c: c.score)
    pairs = labelled(asked.kind, lines)
    if len({label for label, _ in pairs}) < 2 or not any(value == top.action["answer"] for _, value in pairs):
        return
    cosines = [_meant(task, label) for label, _ in pairs]
    now = max(c for c, (_, value) in zip(cosines, pairs) if value == top.action["answer"])
    best, (label, value) = max(zip(cosines, pairs), key=lambda p: p[0])
    if best >= _FLOOR and best - now >= _AHEAD and value != top.action["answer"]:
        top.action = {**top.action, "answer": value}
        top.text = f"answer {value!r} and finish"
