"""Procedure tokens of a decision, for a lexicon that carries across kinds of task.

The word lexicon (lexicon.py) learns which words of a task go with which words of the chosen
action: the user's things and where they live. What carries over to a task of another kind is
the procedure: press and hold a row when the task's verb names no control on the screen, press
the control the verb names once it shows, type each value of the task once into the field for
its kind of value, finish only after the values are in, tap the overflow button to find a menu
item. So each decision is described by tokens that name no app, item or value:

- the task's side: its verbs (``v:pin``), the kinds of value it carries (``carries:time``,
  ``carries:address``: agents/values.py; placeholders of masked logs by their kind), whether it
  asks a question, whether some candidate names one of its verbs, whether some of its values are
  not used yet (typed, or named by a row or button acted on: a quoted item's name is no value to
  type) and of which kinds (``pending:person``; ``partial`` once some are used), and the previous
  action's kind;
- the candidate's side: its action kind, alone and with what it acts on (a row naming the task's
  object, a control named by the task's verb, a field, a switch, the overflow button), after the
  previous action's kind, and for typing the kind of value typed, the field's words and whether
  that value was typed before.

The same lexicon code (lexicon.build, lexicon.lexicon_features) then weighs token pairs from the
teacher's choices; :data:`PROCEDURE_FEATURES` are its four features.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .features import FEATURE_NAMES
from .goal import parse_goal
from .lexicon import lexicon_features
from .text import normalize, words
from .values import task_values
from .wording import canonical

PROCEDURE_FEATURES: tuple[str, ...] = ("proc_pair", "proc_pair_max", "proc_label", "proc_known")
_PLACEHOLDER = re.compile(r"<([A-Z]+)(?:_[A-Z]+)*_\d+>")
_PLACEHOLDER_KIND = {"NAME": "person", "PHONE": "phone", "EMAIL": "email", "ADDRESS": "address", "CARD": "number",
                     "IBAN": "number", "OTP": "number"}
_VALUE_KIND = {"recipient": "person", "name": "person", "quoted": "item", "title": "text", "message": "text",
               "labelled": "labelled"}
_OVERFLOW = frozenset(words("more options menu overflow", stopwords=frozenset()))
_ASKS = re.compile(r"\?|^\s*(?:what|when|where|who|whom|which|how|list|find out|tell me|is|are|does|do|did)\b", re.I)
_TYPED = re.compile(r'type\s+"(.*)"\s+into\b')  # a typing candidate's text: 'type "12:30" into [13] time'
_INTO = re.compile(r"\binto\s+\[\d+\]\s*(.*)$")


@dataclass(frozen=True)
class CandidateView:
    """What the tokens read of a candidate: its kind, text, the text it types, and flags from its
    logged features (acts on the task's object, a field, a switch)."""

    kind: str
    text: str
    typed: str = ""
    on_object: bool = False
    field: bool = False
    switch: bool = False


def label_of(text: str) -> str:
    """The element's label in a candidate's or history line ("tap [18] Save (in: Edit) | row" -> "Save")."""
    return text.split("]", 1)[-1].split(" (in:", 1)[0].split(" | ", 1)[0].strip() if "]" in text else ""


def value_kinds(task: str) -> dict[str, str]:
    """The task's values (normalised text) and their kinds, masked placeholders by the kind they hide."""
    found = {normalize(v.text): _VALUE_KIND.get(v.kind, v.kind) for v in task_values(task)}
    for m in _PLACEHOLDER.finditer(task):
        found[normalize(m.group(0))] = _PLACEHOLDER_KIND.get(m.group(1), "text")
    return found


@lru_cache(maxsize=4096)
def _task_side(task: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    return frozenset(v for v in parse_goal(canonical(task)).verbs if v.isalpha()), tuple(value_kinds(task).items())


def task_side(task: str) -> tuple[frozenset[str], dict[str, str]]:
    """The task's verbs and its values' kinds (:func:`value_kinds`); kept for the task's later steps."""
    verbs, kinds = _task_side(task)
    return verbs, dict(kinds)


def _typed_before(value: str, acted: Sequence[tuple[str, str]]) -> bool:
    return bool(value) and any(kind == "type" and value in normalize(key) for kind, key in acted)


_TOUCH = frozenset({"type", "tap", "long_press"})


def used(value: str, acted: Sequence[tuple[str, str]]) -> bool:
    """Whether the run has used ``value``: typed it, or acted on an element whose label names it (a history
    line carries the element's label: agents/operator.py ``describe``)."""
    return bool(value) and any(kind in _TOUCH and value in normalize(line) for kind, line in acted)


def decision_tokens(task: str, views: Sequence[CandidateView],
                    acted: Sequence[tuple[str, str]] = ()) -> tuple[frozenset[str], list[frozenset[str]]]:
    """The task's side and each candidate's procedure tokens; ``acted``: the run's earlier actions as
    (kind, history line) pairs, oldest first."""
    verbs, kinds = task_side(task)
    previous = acted[-1][0] if acted else "start"
    labels = [label_of(v.text) for v in views]
    named = [bool(words(label.split()[0], stopwords=frozenset()) & verbs) if label.split() else False for label in labels]
    values = {text: kind for text, kind in kinds.items() if kind != "item"}
    pending = [text for text in values if not used(text, acted)]
    side = {f"v:{v}" for v in verbs} | {f"carries:{k}" for k in kinds.values()} | {f"prev:{previous}"}
    side |= {f"pending:{values[text]}" for text in pending} | ({"partial"} if 0 < len(pending) < len(values) else set())
    side |= {"asks" if _ASKS.search(task) else "does", "verb_shown" if any(named) else "verb_hidden",
             "pending" if pending else ("typed_all" if kinds else "no_values")}
    out = []
    for view, names_verb, text in zip(views, named, labels):
        k = view.kind
        own = {f"k:{k}", f"k:{k}/prev:{previous}"}
        label = set(words(text, stopwords=frozenset()))
        roles = [name for name, on in (("verb", names_verb), ("object", view.on_object), ("field", view.field),
                                       ("switch", view.switch), ("overflow", bool(label) and label <= _OVERFLOW)) if on]
        own |= {f"k:{k}+{role}" for role in roles} if roles else {f"k:{k}+plain"}
        if k == "type":
            value = normalize(view.typed)
            kind = kinds.get(value, "other")
            field_words = {w for w in words(_INTO.search(view.text).group(1)) if w.isalpha()} \
                if _INTO.search(view.text) else set()
            own |= {f"val:{kind}", "type+again" if _typed_before(value, acted) else "type+fresh"}
            own |= {f"into:{w}" for w in field_words} | {f"{kind}>{w}" for w in field_words}
        if k == "done":
            own.add("done+pending" if pending else "done+ready")
        out.append(frozenset(own))
    return frozenset(side), out


_COLUMNS = {name: FEATURE_NAMES.index(name) for name in ("label_in_task", "row_covered", "editable", "switch")}


def views(candidates: Sequence[tuple[str, str]], vectors: Sequence[Sequence[float]]) -> list[CandidateView]:
    """Each (text, action kind) candidate with its logged feature vector (features.FEATURE_NAMES) as a view."""
    typed = [(m.group(1) if (m := _TYPED.match(text)) else "") for text, _ in candidates]
    return [CandidateView(kind=kind, text=text, typed=value,
                          on_object=bool(v[_COLUMNS["label_in_task"]] or v[_COLUMNS["row_covered"]]),
                          field=bool(v[_COLUMNS["editable"]]), switch=bool(v[_COLUMNS["switch"]]))
            for (text, kind), value, v in zip(candidates, typed, vectors)]


def acted_of(history: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """A run's history entries (agents/step_records.py) as the (kind, line) pairs the tokens read: the line
    names the element acted on (its label), the key alone where there is no line."""
    return [(str(h.get("kind") or ""), str(h.get("line") or h.get("key") or "")) for h in history
            if h.get("kind") not in ("observe", "invalid_output")]


def procedure_features(weights: dict[str, float], task: str, candidates: Sequence[tuple[str, str]],
                       vectors: Sequence[Sequence[float]], acted: Sequence[tuple[str, str]] = ()) -> list[list[float]]:
    """:data:`PROCEDURE_FEATURES` for each candidate (zeros without weights)."""
    if not weights:
        return [[0.0] * len(PROCEDURE_FEATURES) for _ in candidates]
    side, own = decision_tokens(task, views(candidates, vectors), acted)
    return lexicon_features(weights, side, own)
