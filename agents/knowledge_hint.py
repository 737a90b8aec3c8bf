"""What exploration knows, used while ranking: favour the first step of the shortest known path.

From the current screen's signature, a breadth-first search over the explored transitions
(forward ones: Back, and taps that lead where Back does, undo progress) finds the known screens
whose elements and texts share the most task words that the current screen lacks, or whose
title names what the task names (a "Bookmarks" page for "how many bookmarks"). The
candidates that take the first step of a shortest path there get a modest bonus, half a shared
word, so the screen's own evidence still decides when it speaks; a row of a list only when it
names something the task names (which row is the data's business). Outside the explored apps
(the launcher), the app whose explored screens share the most task words raises its
``open_app`` candidate the same way, or is offered when the task's words name no app.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..device.types import AppInfo
from ..memory.knowledge import KnowledgeStore, KnownScreen
from .app_choice import app_words
from .candidates import Candidate
from .perceptor import Screen
from .screen_keys import element_key, kinds, repeated, signature, title
from .text import overlap, words

BONUS = 0.5  # half a shared word: breaks ties, never outweighs what the screen itself says
MAX_DEPTH = 5


@dataclass
class _AppGraph:
    words: dict[str, set[str]] = field(default_factory=dict)  # signature -> words it shows
    titles: dict[str, set[str]] = field(default_factory=dict)  # signature -> words of its title
    edges: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # signature -> [(key, target)]


class KnowledgeHint:
    """Reads a :class:`KnowledgeStore` (cached until it changes) and re-scores ranked candidates."""

    def __init__(self, knowledge: KnowledgeStore, *, bonus: float = BONUS) -> None:
        self.knowledge, self.bonus = knowledge, bonus
        self._version: tuple[int, int, float] | None = None
        self._graphs: dict[str, _AppGraph] = {}

    def _load(self) -> dict[str, _AppGraph]:
        version = self.knowledge.version()
        if version != self._version:
            graphs: dict[str, _AppGraph] = {}
            for screen in self.knowledge.screens():
                graph = graphs.setdefault(screen.app, _AppGraph())
                graph.words[screen.signature], graph.titles[screen.signature] = _screen_words(screen), words(screen.title)
            every = self.knowledge.transitions()
            up = {(t.source, t.target) for t in every if t.key == "back"}
            for t in every:  # forward only: Back and "navigate up" (a tap that Back equals) undo progress
                if t.key != "back" and (t.source, t.target) not in up:
                    graphs.setdefault(t.app, _AppGraph()).edges.setdefault(t.source, []).append((t.key, t.target))
            self._graphs, self._version = graphs, version
        return self._graphs

    def first_steps(self, task: str, screen: Screen, apps: Sequence[AppInfo] = ()) -> set[str]:
        """Element keys that start a shortest known path to the reachable screen that best fits the
        task: it shows task words this one lacks, or is named (titled) after one; words naming an
        app say which app, not which screen."""
        graph = self._load().get(screen.package)
        sig = signature(screen)
        if graph is None or sig not in graph.words:
            return set()
        task_words = words(task) - set().union(*(app_words(a) for a in apps))
        wanted, named = task_words - _current_words(screen), task_words - words(title(screen))
        if not named:
            return set()
        depth_of, first = _reach(graph, sig)
        fits = {node: overlap(wanted, graph.words.get(node, set())) + overlap(named, graph.titles.get(node, set()))
                for node in depth_of if node != sig}
        best = max(fits.values(), default=0.0)
        if best <= 0:
            return set()
        nearest = min(depth_of[node] for node, fit in fits.items() if fit == best)
        return set().union(*(first[node] for node, fit in fits.items() if fit == best and depth_of[node] == nearest))

    def best_apps(self, task: str) -> set[str]:
        """Packages whose explored screens share the most task words (none when no screen shares any)."""
        wanted = words(task)
        scores = {app: max((overlap(wanted, w) for w in g.words.values()), default=0.0)
                  for app, g in self._load().items()}
        top = max(scores.values(), default=0.0)
        return {app for app, score in scores.items() if score == top and top > 0}

    def apps_to_open(self, task: str, screen: Screen, apps: Sequence[AppInfo]) -> list[Candidate]:
        """Open the apps whose explored screens share the most task words (for a task whose words
        name no app and point at no app category: "show my boarding pass" where a travel app showed one)."""
        labels = {a.package: a.label for a in apps if a.label}
        return [Candidate({"kind": "open_app", "app": labels[p]}, f"open the {labels[p]} app", 1.0)
                for p in sorted(self.best_apps(task)) if p in labels and p != screen.package]

    def apply(self, task: str, screen: Screen, ranked: list[Candidate], apps: Sequence[AppInfo]) -> list[Candidate]:
        """``ranked`` with the bonus added to the candidates on a known path, re-sorted (stable)."""
        steps = self.first_steps(task, screen, apps)
        packages = {a.label: a.package for a in apps}
        graphs = self._load()
        outside = screen.package not in graphs  # inside an explored app, its own screens speak first
        if outside and not any(c.action.get("kind") == "open_app" for c in ranked):
            ranked = ranked + self.apps_to_open(task, screen, apps)  # no app named or needed by words
        best = self.best_apps(task) if outside and any(c.action.get("kind") == "open_app" for c in ranked) else set()
        rows, kind_of = repeated(screen), kinds(screen)
        task_words = words(task)
        boosted: list[Candidate] = []
        for candidate in ranked:
            action = candidate.action
            kind = action.get("kind")
            if kind == "tap" and action.get("element") in screen.locators:
                key = element_key(screen, action["element"], rows=rows, kind_of=kind_of)
                if key in steps and (action["element"] not in rows or _evident(candidate, screen, task_words)):
                    boosted.append(candidate)  # a row only when it names what the task names: rows are data
            elif kind == "open_app" and packages.get(action.get("app", "")) in best - {screen.package}:
                boosted.append(candidate)
        # What the screen says outranks what exploration remembers: a hinted candidate that names
        # nothing of the task stays below the best one that does.
        ceiling = max((c.score for c in ranked if c not in boosted and _evident(c, screen, task_words)),
                      default=float("inf"))
        for candidate in boosted:
            raised = candidate.score + self.bonus
            own = _evident(candidate, screen, task_words)
            candidate.score = raised if own else max(candidate.score, min(raised, ceiling - 0.01))
        return sorted(ranked, key=lambda c: -c.score)


def favour_known_paths(rank: Callable[..., list[Candidate]], task: str, screen: Screen, apps: Sequence[AppInfo],
                       hint: KnowledgeHint | None, *, limit: int = 6) -> list[Candidate]:
    """``rank(limit=...)``'s best ``limit`` candidates, after the knowledge bonus when there is a hint."""
    if hint is None:
        return rank(limit=limit)
    return hint.apply(task, screen, rank(limit=10_000), apps)[:limit]


def _reach(graph: _AppGraph, start: str) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Breadth-first from ``start``: each screen's distance, and the first steps of its shortest paths."""
    depth_of, first = {start: 0}, {start: set[str]()}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if depth_of[node] == MAX_DEPTH:
            continue
        for key, target in graph.edges.get(node, []):
            starts = {key} if node == start else first[node]
            if target not in depth_of:
                depth_of[target], first[target] = depth_of[node] + 1, set(starts)
                queue.append(target)
            elif depth_of[target] == depth_of[node] + 1:
                first[target] |= starts
    return depth_of, first


def hint_for(memory: Any) -> KnowledgeHint | None:
    """The hint over a MemoryStore's knowledge (None without a memory)."""
    return KnowledgeHint(memory.knowledge) if memory is not None else None


def _evident(candidate: Candidate, screen: Screen, task_words: set[str]) -> bool:
    """Does the candidate carry the task's own evidence: a value to type, an answer, or an element
    (or app) whose name shares a task word?"""
    action = candidate.action
    kind = action.get("kind")
    if kind in ("type", "done"):
        return kind == "type" or candidate.score > 0
    name = screen.labels.get(action.get("element", -1), "") if kind == "tap" else action.get("app", "")
    return bool(words(name) & task_words)


def _screen_words(screen: KnownScreen) -> set[str]:
    return words(" ".join([screen.title, *(e.label for e in screen.elements), *screen.texts]))


def _current_words(screen: Screen) -> set[str]:
    return words(" ".join(screen.lines))
