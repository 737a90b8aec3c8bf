"""Looking a question up on the web when it names no app and no app's kind of thing.

"library hours?", "Miso soup ready in how many minutes?", "when does the museum close?" point at
no app of the phone (no call, message, event, photo, note...): the answer is out on the web, so
the web browser opens, and its address bar takes a search made of the question's own words
("library hours"), never its question grammar ("what is the ... of"). A question about the
browser's own tabs, bookmarks or history goes to the browser too, but searches nothing (its
menu holds the answer, see ``browsing``). A question that gives the site's address types that
address instead. Plain English question grammar and the usual phone's browser only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..device.types import AppInfo
from . import answers, browsing
from .app_choice import as_app, categories_of
from .perceptor import Screen
from .text import words
from .values import FIELDS, Value

SCORE = 1.0  # above scrolling the launcher, below any app the task names or needs
# Question grammar, pronouns and fillers: no words to search for.
_GRAMMAR = frozenset(("what which who whom whose when where why how many much is are was were be been do does did the a "
                      "an of in on at to for from by with about my me i it its it's this that these those there their "
                      "they you your we our please tell check look up find out know can could would will should give "
                      "show let say said does doesn't some any").split())
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_ADDRESS = re.compile(r"(?<![@\w.])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}\b", re.I)
_BROWSER_WORDS = frozenset("url site website web page link bookmark browse browsing browser tab blog wiki forum".split())


def _browser(apps: Sequence[AppInfo | str]) -> AppInfo | None:
    """The phone's web browser (Chrome, Firefox, Samsung Internet...): the app of the web's kind."""
    return next((a for a in map(as_app, apps) if any(c.cues & _BROWSER_WORDS for c in categories_of(a))), None)


def _on_an_app(package: str, apps: Sequence[AppInfo | str]) -> bool:
    return any(as_app(a).package == package for a in apps if as_app(a).package)


def open_browser(make: Any, task: str, package: str, apps: Sequence[AppInfo | str]) -> list[Any]:
    """From the home screen, the browser for a question that no app was found for;
    ``make(action, text, score)`` builds a candidate."""
    browser = _browser(apps)
    if browser is None or answers.asked(task) is None or _on_an_app(package, apps):
        return []
    return [make({"kind": "open_app", "app": browser.label}, f"open the {browser.label} app", SCORE)]


def query(task: str) -> str:
    """The words to search the web for: the question's own words, in its order, without its grammar."""
    kept = [w for w in _WORD.findall(_ADDRESS.sub(" ", task)) if w.casefold().replace("’", "'") not in _GRAMMAR]
    return " ".join(kept)


def with_query(task: str, values: list[Value], screen: Screen, history: Sequence[dict[str, Any]] = ()) -> list[Value]:
    """On a browser's screen, a question that names no site (no address, no "the recipe site": that
    one is reached by its links) is searched for by its words, once."""
    if any(v.kind == "url" for v in values) or _ADDRESS.search(task) or answers.asked(task) is None \
            or words(task) & _BROWSER_WORDS or browsing.collection(task) is not None \
            or not browsing.is_browser(screen):
        return values
    said = query(task)
    if not said or any(h.get("kind") == "type" and f'"{said}"' in h.get("line", "") for h in history):
        return values
    return values + [Value(said, "url", FIELDS["url"])]
