"""The safe builtins programs may call: each checks its inputs are plain data and prices its work."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ._typing import UNKNOWN
from .budget import Budget
from .checker import SAFE_BUILTINS
from .operations import is_number


def _b_len(budget: Budget, value: Any) -> int:
    if not isinstance(value, (str, list, tuple, dict, range)):
        raise TypeError(f"len() needs a str, list or dict, got {type(value).__name__}")
    return len(value)


def _b_range(budget: Budget, *args: Any) -> range:
    if not 1 <= len(args) <= 3 or any(type(a) not in (int, bool) for a in args):
        raise TypeError("range() takes 1 to 3 int arguments")
    r = range(*args)
    if len(r) > budget.limits.max_items:
        raise budget.fault("limit", f"range() of {len(r)} items is more than {budget.limits.max_items}: loops must be bounded")
    return r


def _b_min_max(fn: Callable[..., Any]) -> Callable[..., Any]:
    def impl(budget: Budget, *args: Any, **kwargs: Any) -> Any:
        if set(kwargs) - {"default"}:
            raise TypeError(f"{fn.__name__}() only takes default=")
        items = budget.iterate(args[0]) if len(args) == 1 else list(args)
        if budget.measure(items, f"{fn.__name__}()")[1] and budget.dry:
            return UNKNOWN
        return fn(items, **kwargs)

    return impl


def _b_sum(budget: Budget, values: Any, start: Any = 0) -> Any:
    items = budget.iterate(values)
    if budget.dry and any(v is UNKNOWN for v in items):
        return UNKNOWN
    if not all(is_number(v) for v in [*items, start]):
        raise TypeError("sum() adds numbers only (use ''.join(...) for strings)")
    return budget.check_number(sum(items, start))


def _b_sorted(budget: Budget, values: Any, *, reverse: bool = False) -> Any:
    items = budget.iterate(values)
    if budget.measure_sort(items, "sorted()") and budget.dry:
        return UNKNOWN
    return sorted(items, reverse=bool(reverse))


def _b_str(budget: Budget, value: Any = "") -> Any:
    if budget.measure_text(value, "str()") and budget.dry:
        return UNKNOWN
    return str(value)


def _b_int(budget: Budget, value: Any = 0, base: int | None = None) -> int:
    if not isinstance(value, (str, int, float, bool)):
        raise TypeError(f"int() needs a str or number, got {type(value).__name__}")
    if isinstance(value, str) and len(value) > 1_000:
        raise ValueError("int() of a string longer than 1000 characters")
    return int(value) if base is None else int(value, base)


def _b_float(budget: Budget, value: Any = 0.0) -> float:
    if not isinstance(value, (str, int, float, bool)):
        raise TypeError(f"float() needs a str or number, got {type(value).__name__}")
    if isinstance(value, str) and len(value) > 1_000:
        raise ValueError("float() of a string longer than 1000 characters")
    return float(value)


def _b_bool(budget: Budget, value: Any = False) -> bool:
    return bool(budget.truth(value))


def _b_list(budget: Budget, value: Any = ()) -> list[Any]:
    return budget.iterate(value)


def _b_tuple(budget: Budget, value: Any = ()) -> tuple[Any, ...]:
    return tuple(budget.iterate(value))


def _b_dict(budget: Budget, value: Any = None, **kwargs: Any) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    if isinstance(value, dict):
        budget.charge(1 + len(value), "dict()")
        out.update(value)
    elif value is not None:
        for pair in budget.iterate(value):
            if budget.dry and (pair is UNKNOWN or (isinstance(pair, (list, tuple)) and UNKNOWN in pair[:1])):
                return UNKNOWN
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise TypeError("dict() needs a list of (key, value) pairs")
            budget.check_key(pair[0])
            out[pair[0]] = pair[1]
    out.update(kwargs)
    return out


def _b_enumerate(budget: Budget, values: Any, start: int = 0) -> list[tuple[int, Any]]:
    if type(start) is not int:
        raise TypeError("enumerate() start must be int")
    return list(enumerate(budget.iterate(values), start))


def _b_zip(budget: Budget, *values: Any) -> list[tuple[Any, ...]]:
    columns = [budget.iterate(v) for v in values]
    budget.charge(min((len(c) for c in columns), default=0) * len(columns), "zip()")
    return list(zip(*columns))


def _b_reversed(budget: Budget, values: Any) -> list[Any]:
    return list(reversed(budget.iterate(values)))


def _b_abs(budget: Budget, value: Any) -> Any:
    if not is_number(value):
        raise TypeError(f"abs() needs a number, got {type(value).__name__}")
    return abs(value)


def _b_round(budget: Budget, value: Any, ndigits: Any = None) -> Any:
    if not is_number(value):
        raise TypeError(f"round() needs a number, got {type(value).__name__}")
    if ndigits is not None and (type(ndigits) is not int or abs(ndigits) > 20):
        raise ValueError("round() ndigits must be an int between -20 and 20")
    return round(value, ndigits)


def _b_any_all(fn: Callable[[Iterable[Any]], bool]) -> Callable[..., bool]:
    def impl(budget: Budget, values: Any) -> bool:
        return fn(bool(budget.truth(v)) for v in budget.iterate(values))

    return impl


def _b_print(budget: Budget, *values: Any) -> None:
    for value in values:
        budget.measure_text(value, "print()")
    if len(budget.output) >= budget.limits.max_output_lines:
        raise budget.fault("limit", f"more than {budget.limits.max_output_lines} printed lines")
    line = " ".join(str(v) for v in values)
    budget.building(len(line), line, "print()")
    budget.output.append(line)


BUILTINS: dict[str, Callable[..., Any]] = {
    "len": _b_len, "range": _b_range, "min": _b_min_max(min), "max": _b_min_max(max), "sum": _b_sum,
    "sorted": _b_sorted, "reversed": _b_reversed, "str": _b_str, "int": _b_int, "float": _b_float,
    "bool": _b_bool, "list": _b_list, "dict": _b_dict, "tuple": _b_tuple, "enumerate": _b_enumerate,
    "zip": _b_zip, "abs": _b_abs, "round": _b_round, "any": _b_any_all(any), "all": _b_any_all(all),
    "print": _b_print,
}
BUILDERS = frozenset({"sorted", "reversed", "str", "list", "tuple", "dict", "enumerate", "zip"})  # return new values
if set(BUILTINS) != SAFE_BUILTINS:  # pragma: no cover - a programming error, caught at import
    raise RuntimeError("SAFE_BUILTINS and the interpreter's builtins disagree")
