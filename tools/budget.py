"""What one program run may spend, and the checks every operation goes through.

Work is counted in units, about the cost of walking one item: one per item built, walked,
copied or compared (two per dict entry, two more per container), one per 16 characters, eight
per expression node evaluated; turning a container into text costs four walks, sorting one
walk per halving. Before an operation makes C code walk a value (``==``, ``<``, ``in``, hashing,
``sort``, ``str()``, ``count``/``index``, a tool argument), :meth:`Budget.measure` walks it first
the way the C code would (shared parts counted each time they are reached), stopping as soon
as the value outgrows ``max_weight`` units or nests deeper than ``max_depth`` levels. So no
single operation does more than bounded work, and a whole run (dry or real) no more than
``max_work`` units, ``max_steps`` steps and ``wall_s`` seconds.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from ._typing import UNKNOWN

CHARS_PER_UNIT = 16
CONTAINERS = (list, tuple, dict)
_CONTAINER_TYPES = frozenset(CONTAINERS)
SCALARS = (str, int, float, bool, type(None))
_DEPTH_CACHE_SIZE = 50_000
_CYCLE = 1_000_000  # the depth of a value that contains itself
_NESTING = ("values may nest at most {} levels deep (a list holding itself nests without end); "
            "keep data flat: a list of records, not lists inside lists")


@dataclass(frozen=True)
class Limits:
    """Resource bounds for one program run (the dry run and the real run each get their own)."""

    max_steps: int = 10_000  # statements, calls, loop and comprehension turns
    max_items: int = 10_000  # items in one list, tuple or dict
    max_str: int = 100_000  # characters in one string
    max_int_bits: int = 4_096
    max_weight: int = 200_000  # work units one operation may walk
    max_depth: int = 20  # nesting levels of a value
    max_output_lines: int = 1_000
    max_work: int = 5_000_000  # work units in all
    wall_s: float | None = 60.0


class ProgramFault(Exception):
    """A failure inside program logic. ``kind`` is value, type, name or limit."""

    def __init__(self, line: int, kind: str, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.kind = kind
        self.message = message


class Budget:
    """The counters of one run and the checks that keep every value and operation bounded.

    ``dry`` marks the dry run, whose unknown values are absorbed instead of failing.
    """

    def __init__(self, limits: Limits, *, dry: bool) -> None:
        self.limits = limits
        self.dry = dry
        self.steps = 0
        self.work = 0
        self.line = 0
        self.output: list[str] = []
        self._deadline = None if limits.wall_s is None else time.monotonic() + limits.wall_s
        self._depths: dict[int, tuple[Any, int]] = {}

    # --- counters -------------------------------------------------------------------------
    def fault(self, kind: str, message: str) -> ProgramFault:
        return ProgramFault(self.line, kind, message)

    def step(self) -> None:
        if self.steps >= self.limits.max_steps:
            raise self.fault(
                "limit", f"step budget of {self.limits.max_steps} exceeded: the program runs too long; bound its loops"
            )
        self.steps += 1
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise self.fault("limit", f"the program ran longer than its {self.limits.wall_s} s wall-clock limit")

    def charge(self, units: int, what: str) -> None:
        """Count ``units`` of work; refuse (before doing it) work past ``max_work``."""
        if self.work + units > self.limits.max_work:
            raise self.fault(
                "limit", f"{what} would take the program past its work budget of {self.limits.max_work} units "
                f"({self.work} spent): process less data, or fewer times",
            )
        self.work += units

    def remaining(self) -> int:
        return self.limits.max_work - self.work

    # --- walking values -------------------------------------------------------------------
    def measure(self, value: Any, what: str) -> tuple[int, bool]:
        """Walk ``value`` as C code would and charge the walk: (units walked, holds an unknown dry-run value).

        Level by level, so each level costs a few C-speed list passes. Refuses a value whose walk
        outgrows ``max_weight`` (or the work left) or nests deeper than ``max_depth``.
        """
        if isinstance(value, SCALARS):
            units = 1 + len(value) // CHARS_PER_UNIT if isinstance(value, str) else 1
            self.charge(units, what)
            return units, False
        cap = min(self.limits.max_weight, self.remaining())
        walked, unknown, depth = 1, value is UNKNOWN, 0
        level = [value] if isinstance(value, CONTAINERS) else []
        while level:
            if depth >= self.limits.max_depth:
                self._spend_then_refuse(walked, f"{what}: the value nests deeper than {self.limits.max_depth} levels")
            children: list[Any] = []
            for item in level:
                walked += 2 + (2 * len(item) if isinstance(item, dict) else len(item))
                if walked > cap:
                    self._spend_then_refuse(walked, self._too_large(what, cap))
                children.extend(item.values() if isinstance(item, dict) else item)
            kinds = set(map(type, children))  # plain data has exact types; one C-speed pass
            if str in kinds:
                walked += sum(len(c) for c in children if type(c) is str) // CHARS_PER_UNIT
                if walked > cap:
                    self._spend_then_refuse(walked, self._too_large(what, cap))
            unknown = unknown or type(UNKNOWN) in kinds
            level = [c for c in children if type(c) in _CONTAINER_TYPES] if kinds & _CONTAINER_TYPES else []
            depth += 1
        self.charge(walked, what)
        return walked, unknown

    def _too_large(self, what: str, cap: int) -> str:
        if cap < self.limits.max_weight:
            return (f"{what} would take the program past its work budget of {self.limits.max_work} units: "
                    "process less data, or fewer times")
        return (f"{what}: the value is too large (more than {self.limits.max_weight} units, shared parts "
                "counted each time); keep values small and flat")

    def _spend_then_refuse(self, walked: int, message: str) -> NoReturn:
        self.work += min(walked, self.remaining())  # the walk so far was done: it counts
        raise self.fault("limit", message)

    def measure_text(self, value: Any, what: str) -> bool:
        """Measure a value about to be turned into text: ``repr`` costs about 4 walks per item."""
        units, unknown = self.measure(value, what)
        if isinstance(value, CONTAINERS):
            self.charge(3 * units, what)
        return unknown

    def measure_sort(self, values: list[Any], what: str) -> bool:
        """Measure a list about to be sorted: its walk, times log2 of its length (the compares)."""
        units, unknown = self.measure(values, what)
        rounds = math.ceil(math.log2(len(values) + 1))
        self.charge(units * max(0, rounds - 1), what)
        return unknown

    def depth(self, value: Any) -> int:
        """Nesting depth of a value (scalars 0); shared parts walked once, larger values cached."""
        return self._depth(value, 0, {}) if isinstance(value, CONTAINERS) else 0

    def _depth(self, value: Any, level: int, seen: dict[int, int]) -> int:
        key = id(value)
        if key in seen:
            return seen[key]
        cached = self._depths.get(key)
        if cached is not None and cached[0] is value:
            return cached[1]
        if level >= self.limits.max_depth:
            raise self.fault("limit", _NESTING.format(self.limits.max_depth))
        self.charge(len(value) + 4, "checking how deeply a value nests")
        items = value.values() if isinstance(value, dict) else value
        nested = [v for v in items if isinstance(v, CONTAINERS)]
        found = 1 + max((self._depth(v, level + 1, seen) for v in nested), default=0)
        if level + found > self.limits.max_depth:
            raise self.fault("limit", _NESTING.format(self.limits.max_depth))
        seen[key] = found
        if len(value) >= 8:
            if len(self._depths) >= _DEPTH_CACHE_SIZE:
                self._depths.clear()
            self._depths[key] = (value, found)
        return found

    def inserted(self, container: Any, values: list[Any]) -> None:
        """After a mutation stored ``values`` in ``container``: its size, and each value's nesting.

        A value holding ``container`` (a cycle) or nesting ``max_depth`` levels below it is refused.
        Containers that already held ``container`` may now nest deeper than their cached depth:
        every deep use measures its values again, so that stays caught where the value is used.
        """
        self.check_size(container)
        for value in values:
            if isinstance(value, CONTAINERS) and self._depth(value, 1, {id(container): _CYCLE}) >= self.limits.max_depth:
                raise self.fault("limit", _NESTING.format(self.limits.max_depth))

    def copy(self, value: Any, allowance: int) -> Any | None:
        """A deep copy that keeps shared parts shared, or None if it would cost more than ``allowance`` units."""
        memo: dict[int, Any] = {}
        spent = [0]

        def clone(item: Any, level: int) -> Any:
            if not isinstance(item, CONTAINERS):
                return item
            if id(item) in memo:
                return memo[id(item)]
            spent[0] += len(item) + 1
            if spent[0] > allowance or level > self.limits.max_depth:
                raise _TooCostly
            if isinstance(item, list):
                out: Any = []
                memo[id(item)] = out
                out.extend(clone(v, level + 1) for v in item)
            elif isinstance(item, dict):
                out = {}
                memo[id(item)] = out
                out.update((k, clone(v, level + 1)) for k, v in item.items())
            else:
                out = tuple(clone(v, level + 1) for v in item)
                memo[id(item)] = out
            return out

        try:
            result = clone(value, 0)
        except _TooCostly:
            result = None
        self.work += min(spent[0], allowance, self.remaining())  # an aborted copy stopped at its allowance
        return result

    # --- sizes ----------------------------------------------------------------------------
    def check_len(self, length: int, like: Any) -> None:
        limit = self.limits.max_str if isinstance(like, str) else self.limits.max_items
        if length > limit:
            unit = "characters" if isinstance(like, str) else "items"
            raise self.fault("limit", f"result would hold {length} {unit}, more than {limit}")

    def check_size(self, value: Any) -> Any:
        if isinstance(value, (str, list, tuple, dict)):
            self.check_len(len(value), value)
        elif isinstance(value, int):
            self.check_number(value)
        return value

    def building(self, length: int, like: Any, what: str) -> None:
        """Before building a str/list/tuple of ``length``: check the size and charge the work."""
        self.check_len(length, like)
        self.charge(1 + (length // CHARS_PER_UNIT if isinstance(like, str) else length), what)

    def created(self, value: Any, source: Any = None) -> Any:
        """Check a newly built value: size, nesting, and its cost against the work budget.

        ``source``: what the value was built from, when it nests no deeper than that (a copy, a
        slice, ``sorted``; ``[args]`` for ``enumerate``/``zip``), to check its nesting cheaply.
        """
        if isinstance(value, str):
            self.building(len(value), value, "building text")
        elif isinstance(value, CONTAINERS):
            self.building(len(value), value, "building a list or dict")
            if source is not None:
                self.depth(source)
            elif any(isinstance(v, CONTAINERS) for v in (value.values() if isinstance(value, dict) else value)):
                self.depth(value)
        elif isinstance(value, int):
            self.check_number(value)
        return value

    def check_number(self, value: Any) -> Any:
        if isinstance(value, int) and value.bit_length() > self.limits.max_int_bits:
            raise self.fault("limit", f"integer result has more than {self.limits.max_int_bits} bits")
        return value

    def check_key(self, key: Any) -> None:
        if not isinstance(key, SCALARS) and key is not UNKNOWN:
            raise self.fault("type", f"dict keys must be str, int, float, bool or None, got {type(key).__name__}")

    # --- plain-data semantics -------------------------------------------------------------
    def truth(self, value: Any) -> bool | None:
        """Truthiness; None for an unknown dry-run value."""
        if value is UNKNOWN:
            return None
        return bool(value) if isinstance(value, (*SCALARS, list, tuple, dict, range)) else True

    def iterate(self, value: Any) -> list[Any]:
        """A snapshot list of what a for loop or comprehension walks over."""
        if value is UNKNOWN and self.dry:
            return [UNKNOWN]
        if not isinstance(value, (str, list, tuple, dict, range)):
            raise self.fault("type", f"cannot loop over {type(value).__name__}")
        if len(value) > self.limits.max_items and not isinstance(value, str):
            raise self.fault("limit", f"cannot loop over more than {self.limits.max_items} items")
        self.charge(1 + len(value), "taking the items of a value")
        return list(value)

    def guard(self, fn: Callable[[], Any]) -> Any:
        """Run one primitive operation, mapping Python errors to program faults."""
        try:
            return fn()
        except ProgramFault:
            raise
        except (IndexError, KeyError, ValueError, ZeroDivisionError, OverflowError, ArithmeticError) as exc:
            if self.dry:
                return UNKNOWN
            raise self.fault("value", f"{type(exc).__name__}: {_short(exc)}") from None
        except (TypeError, AttributeError) as exc:
            raise self.fault("type", f"{type(exc).__name__}: {_short(exc)}") from None
        except RecursionError:
            raise self.fault("limit", f"values nest deeper than {self.limits.max_depth} levels") from None
        except MemoryError:
            raise self.fault("limit", "the operation ran out of memory: keep values small") from None


class _TooCostly(Exception):
    pass


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."


__all__ = ["CHARS_PER_UNIT", "Budget", "Limits", "ProgramFault"]
