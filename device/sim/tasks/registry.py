"""The registry: list, look up, instantiate and sample the task templates."""

from __future__ import annotations

import difflib
import random
from collections.abc import Iterable
from typing import Any

from ....errors import ConfigurationError, UnknownTaskError
from .base import DIFFICULTIES, TaskInstance, TaskTemplate


def _all_templates() -> list[TaskTemplate]:
    from . import (
        browser,
        chat,
        cross,
        cross_mail,
        cross_media,
        cross_web,
        feasibility,
        mail,
        media,
        more_people,
        more_places,
        people,
        places,
        productivity,
        system,
    )

    modules = (system, people, productivity, places, cross, mail, chat, browser, media, cross_mail, cross_web,
               cross_media, more_people, more_places, feasibility)
    classes = [cls for module in modules for cls in module.TEMPLATES]
    return [cls() for cls in classes]


class TaskRegistry:
    """Templates by name. ``registry()`` gives the built-in suite; pass your own to extend it."""

    def __init__(self, templates: Iterable[TaskTemplate]) -> None:
        self._by_name: dict[str, TaskTemplate] = {}
        for template in templates:
            if template.name in self._by_name:
                raise ConfigurationError(f"two task templates are named {template.name!r}",
                                         hint="give every template a unique name")
            self._by_name[template.name] = template

    def templates(self, *, difficulty: str | None = None, apps: Iterable[str] | None = None) -> list[TaskTemplate]:
        """Templates (by name), optionally of one difficulty or touching any of ``apps``."""
        if difficulty is not None and difficulty not in DIFFICULTIES:
            raise ConfigurationError(f"unknown difficulty {difficulty!r}", hint=f"use one of {list(DIFFICULTIES)}")
        wanted = {a.lower() for a in apps} if apps is not None else None
        if wanted is not None:
            known = {a for t in self._by_name.values() for a in t.apps}
            unknown = sorted(wanted - known)
            if unknown:
                raise ConfigurationError(f"no task uses the app(s) {unknown}", hint=f"apps with tasks: {sorted(known)}")
        return [t for _, t in sorted(self._by_name.items())
                if (difficulty is None or t.difficulty == difficulty) and (wanted is None or wanted & set(t.apps))]

    def names(self) -> list[str]:
        return sorted(self._by_name)

    def get(self, name: str) -> TaskTemplate:
        try:
            return self._by_name[name]
        except KeyError:
            close = difflib.get_close_matches(name, self._by_name, n=5, cutoff=0.5)
            if not close:
                close = [n for n in self._by_name if any(part in n for part in name.split("_") if len(part) > 2)][:5]
            raise UnknownTaskError(
                f"there is no task called {name!r}",
                hint=(f"did you mean {', '.join(close)}? " if close else "")
                + "run `cascadroid tasks list` for all names",
            ) from None

    def instance(self, name: str, seed: int = 0, **overrides: Any) -> TaskInstance:
        """The template ``name`` with parameters sampled from ``seed`` (``overrides`` replace some)."""
        return TaskInstance.create(self.get(name), seed, **overrides)

    def sample(self, n: int, seed: int = 0, *, difficulty: str | None = None,
               apps: Iterable[str] | None = None) -> list[TaskInstance]:
        """``n`` instances: templates drawn without repeats until all are used, each with its own seed."""
        pool = self.templates(difficulty=difficulty, apps=apps)
        if n < 0:
            raise ConfigurationError(f"cannot sample {n} tasks", hint="pass n >= 0")
        rng = random.Random(seed)
        chosen: list[TaskInstance] = []
        while len(chosen) < n and pool:
            for template in rng.sample(pool, len(pool))[: n - len(chosen)]:
                chosen.append(TaskInstance.create(template, rng.randrange(1_000_000)))
        return chosen

    def __len__(self) -> int:
        return len(self._by_name)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name


def registry() -> TaskRegistry:
    """The built-in task suite."""
    return TaskRegistry(_all_templates())


__all__ = ["TaskRegistry", "registry"]
