"""Which rule moved which candidate: a trace of agents/candidates.py ``rank`` (a tool for reading misses).

``rank`` builds the candidates and then hands the list to one module per convention (``menus.adjust``,
``label_fit.adjust``, ...), each raising or lowering scores. ``install()`` wraps every public function of the
``cascadroid.agents`` modules so that, during a ``rank`` call, each change a function called by ``rank`` itself
makes to a candidate's score is recorded (a nested call's change counts for the outer function); a tap's base
score is shown by its named terms (agents/score_terms.py). ``last()`` is
the record of the latest ``rank`` call. From the command line, for one real-screen fixture (a DEV one: held
batches are refused) or any task on a uiautomator XML file:

    python benchmarks/rank_trace.py --fixture h690_samsung_quick_panel_german_sound_tile [--task "other wording"]
    python benchmarks/rank_trace.py --xml screen.xml --task "turn wi-fi off" [--app Settings=com.android.settings]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import pkgutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Move:
    rule: str  # module.function
    delta: float  # the score change; for a candidate the rule added, its score when added
    added: bool = False


@dataclass
class Trace:
    moves: dict[int, list[Move]] = field(default_factory=dict)  # id(candidate) -> moves
    candidates: dict[int, Any] = field(default_factory=dict)
    ranked: list[Any] = field(default_factory=list)

    def of(self, candidate: Any) -> list[Move]:
        return self.moves.get(id(candidate), [])


_STATE: dict[str, Any] = {"depth": -1, "trace": None, "last": None}


def _candidate_lists(values: list[Any]) -> list[list[Any]]:
    return [v for v in values if isinstance(v, list) and v and all(hasattr(c, "score") and hasattr(c, "action") for c in v)]


def _wrap(fn: Any, name: str) -> Any:
    @functools.wraps(fn)
    def traced(*args: Any, **kwargs: Any) -> Any:
        trace = _STATE["trace"]
        if trace is None or _STATE["depth"] != 0:  # outside rank, or called by another rule: the outer one counts
            _STATE["depth"] += trace is not None
            try:
                return fn(*args, **kwargs)
            finally:
                _STATE["depth"] -= trace is not None
        lists = _candidate_lists([*args, *kwargs.values()])
        before = {id(c): c.score for lst in lists for c in lst}
        _STATE["depth"] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            _STATE["depth"] -= 1
        for lst in lists:
            for c in lst:
                trace.candidates[id(c)] = c
                if id(c) not in before:
                    trace.moves.setdefault(id(c), []).append(Move(name, c.score, added=True))
                elif c.score != before[id(c)]:
                    trace.moves.setdefault(id(c), []).append(Move(name, c.score - before[id(c)]))
        return result
    traced.__wrapped_rule__ = True  # type: ignore[attr-defined]
    return traced


def install() -> None:
    """Wrap the agents' public functions and ``candidates.rank`` (once)."""
    import cascadroid.agents as agents
    from cascadroid.agents import candidates

    if getattr(candidates.rank, "__wrapped_rule__", False):
        return
    for info in pkgutil.iter_modules(agents.__path__):
        module = importlib.import_module(f"cascadroid.agents.{info.name}")
        for attr, value in list(vars(module).items()):
            if callable(value) and getattr(value, "__module__", "") == module.__name__ and not attr.startswith("_") \
                    and not isinstance(value, type) and attr != "rank":
                setattr(module, attr, _wrap(value, f"{info.name}.{attr}"))
    for module_name in list(sys.modules):  # names imported with "from .x import f" point at the unwrapped function
        module = sys.modules[module_name]
        if not module_name.startswith("cascadroid.agents.") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            owner = sys.modules.get(getattr(value, "__module__", "") or "")
            if callable(value) and owner is not None and owner is not module and owner.__name__.startswith(
                    "cascadroid.agents.") and getattr(getattr(owner, attr, None), "__wrapped_rule__", False):
                setattr(module, attr, getattr(owner, attr))
    original = candidates.rank

    @functools.wraps(original)
    def rank(*args: Any, **kwargs: Any) -> Any:
        outer = _STATE["trace"] is None
        if outer:
            _STATE["trace"], _STATE["depth"] = Trace(), 0
        try:
            ranked = original(*args, **kwargs)
        finally:
            if outer:
                trace, _STATE["trace"], _STATE["depth"] = _STATE["trace"], None, -1
        if outer:
            trace.ranked = list(ranked)
            _STATE["last"] = trace
        return ranked
    rank.__wrapped_rule__ = True  # type: ignore[attr-defined]
    candidates.rank = rank


def last() -> Trace | None:
    """The trace of the latest ``rank`` call since ``install()``."""
    return _STATE["last"]


def explain(trace: Trace, limit: int = 6) -> str:
    lines = []
    for c in trace.ranked[:limit]:
        moves = ", ".join(f"{m.rule} {'=' if m.added else ('+' if m.delta > 0 else '')}{m.delta:.2f}" for m in trace.of(c))
        built = " + ".join(f"{name} {value:.2f}" for name, value in getattr(c, "terms", ()))
        built = f"built: {built}" if built else "(scored where it was built)"
        lines.append(f"{c.score:6.2f} {c.text[:60]:<60} {built}" + (f"; then {moves}" if moves else ""))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", help="a real-screen fixture's name (tests/fixtures/real_screens), DEV only")
    parser.add_argument("--xml", type=Path, help="a uiautomator dump")
    parser.add_argument("--task", help="the task (default: the fixture's)")
    parser.add_argument("--app", action="append", default=[], metavar="LABEL=PACKAGE", help="an installed app")
    parser.add_argument("--limit", type=int, default=8)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_real_screens as bench

    from cascadroid.device.types import AppInfo

    install()
    from cascadroid.agents import candidates
    if args.fixture:
        fixture = next((f for f in bench.load_fixtures() if f.name == args.fixture), None)
        if fixture is None:
            parser.error(f"no fixture named {args.fixture!r} in {bench.FIXTURES}")
        if bench.HELD_NOW.match(fixture.batch):
            parser.error(f"{args.fixture!r} is in a held batch ({fixture.batch}): held fixtures are not traced")
        xml, task, apps = fixture.xml, args.task or fixture.task, fixture.apps
    elif args.xml and args.task:
        xml, task, apps = args.xml.read_text(encoding="utf-8"), args.task, []
    else:
        parser.error("give --fixture NAME, or --xml FILE with --task TEXT")
    apps = apps + [AppInfo(label=a.split("=", 1)[0], package=a.split("=", 1)[-1]) for a in args.app]
    algorithm = bench.current()
    screen = algorithm.perceive(algorithm.parse(xml))
    candidates.rank(task, "", screen, apps, [], limit=args.limit)
    print(explain(last(), args.limit))


if __name__ == "__main__":
    main()
