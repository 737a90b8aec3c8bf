"""The safe builtins programs may call: each checks its inputs are plain data and bounded."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .checker import SAFE_BUILTINS

if TYPE_CHECKING:
    from .interpreter import Interpreter


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and type(value) in (int, float, bool)


def _iterable(it: Interpreter, value: Any) -> list[Any]:
    return it.iterate(value)


def _b_len(it: Interpreter, value: Any) -> int:
    if not isinstance(value, (str, list, tuple, dict, range)):
        raise TypeError(f"len() needs a str, list or dict, got {type(value).__name__}")
    return len(value)


def _b_range(it: Interpreter, *args: Any) -> range:
    if not 1 <= len(args) <= 3 or any(type(a) not in (int, bool) for a in args):
        raise TypeError("range() takes 1 to 3 int arguments")
    r = range(*args)
    if len(r) > it.limits.max_items:
        raise it.fault("limit", f"range() of {len(r)} items is more than {it.limits.max_items}: loops must be bounded")
    return r


def _b_min_max(fn: Callable[..., Any]) -> Callable[..., Any]:
    def impl(it: Interpreter, *args: Any, **kwargs: Any) -> Any:
        if set(kwargs) - {"default"}:
            raise TypeError(f"{fn.__name__}() only takes default=")
        items = _iterable(it, args[0]) if len(args) == 1 else list(args)
        for item in items:
            it.check_weight(item)
        return fn(items, **kwargs)

    return impl


def _b_sum(it: Interpreter, values: Any, start: Any = 0) -> Any:
    items = _iterable(it, values)
    if not all(is_number(v) for v in [*items, start]):
        raise TypeError("sum() adds numbers only (use ''.join(...) for strings)")
    return it.check_number(sum(items, start))


def _b_sorted(it: Interpreter, values: Any, *, reverse: bool = False) -> list[Any]:
    items = _iterable(it, values)
    for item in items:
        it.check_weight(item)
    return sorted(items, reverse=bool(reverse))


def _b_str(it: Interpreter, value: Any = "") -> str:
    it.check_weight(value)
    return str(value)


def _b_int(it: Interpreter, value: Any = 0, base: int | None = None) -> int:
    if not isinstance(value, (str, int, float, bool)):
        raise TypeError(f"int() needs a str or number, got {type(value).__name__}")
    if isinstance(value, str) and len(value) > 1_000:
        raise ValueError("int() of a string longer than 1000 characters")
    return int(value) if base is None else int(value, base)


def _b_float(it: Interpreter, value: Any = 0.0) -> float:
    if not isinstance(value, (str, int, float, bool)):
        raise TypeError(f"float() needs a str or number, got {type(value).__name__}")
    return float(value)


def _b_bool(it: Interpreter, value: Any = False) -> bool:
    return bool(it.truth(value))


def _b_list(it: Interpreter, value: Any = ()) -> list[Any]:
    return list(_iterable(it, value))


def _b_tuple(it: Interpreter, value: Any = ()) -> tuple[Any, ...]:
    return tuple(_iterable(it, value))


def _b_dict(it: Interpreter, value: Any = None, **kwargs: Any) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    if isinstance(value, dict):
        out.update(value)
    elif value is not None:
        for pair in _iterable(it, value):
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise TypeError("dict() needs a list of (key, value) pairs")
            it.check_key(pair[0])
            out[pair[0]] = pair[1]
    out.update(kwargs)
    return out


def _b_enumerate(it: Interpreter, values: Any, start: int = 0) -> list[tuple[int, Any]]:
    if type(start) is not int:
        raise TypeError("enumerate() start must be int")
    return list(enumerate(_iterable(it, values), start))


def _b_zip(it: Interpreter, *values: Any) -> list[tuple[Any, ...]]:
    return list(zip(*(_iterable(it, v) for v in values)))


def _b_reversed(it: Interpreter, values: Any) -> list[Any]:
    return list(reversed(_iterable(it, values)))


def _b_abs(it: Interpreter, value: Any) -> Any:
    if not is_number(value):
        raise TypeError(f"abs() needs a number, got {type(value).__name__}")
    return abs(value)


def _b_round(it: Interpreter, value: Any, ndigits: Any = None) -> Any:
    if not is_number(value):
        raise TypeError(f"round() needs a number, got {type(value).__name__}")
    if ndigits is not None and (type(ndigits) is not int or abs(ndigits) > 20):
        raise ValueError("round() ndigits must be an int between -20 and 20")
    return round(value, ndigits)


def _b_any_all(fn: Callable[[Iterable[Any]], bool]) -> Callable[..., bool]:
    def impl(it: Interpreter, values: Any) -> bool:
        return fn(bool(it.truth(v)) for v in _iterable(it, values))

    return impl


def _b_print(it: Interpreter, *values: Any) -> None:
    for value in values:
        it.check_weight(value)
    if len(it.output) >= it.limits.max_output_lines:
        raise it.fault("limit", f"more than {it.limits.max_output_lines} printed lines")
    it.output.append(it.check_size(" ".join(str(v) for v in values)))
    return None


BUILTINS: dict[str, Callable[..., Any]] = {
    "len": _b_len, "range": _b_range, "min": _b_min_max(min), "max": _b_min_max(max), "sum": _b_sum,
    "sorted": _b_sorted, "reversed": _b_reversed, "str": _b_str, "int": _b_int, "float": _b_float,
    "bool": _b_bool, "list": _b_list, "dict": _b_dict, "tuple": _b_tuple, "enumerate": _b_enumerate,
    "zip": _b_zip, "abs": _b_abs, "round": _b_round, "any": _b_any_all(any), "all": _b_any_all(all),
    "print": _b_print,
}
if set(BUILTINS) != SAFE_BUILTINS:  # pragma: no cover - a programming error, caught at import
    raise RuntimeError("SAFE_BUILTINS and the interpreter's builtins disagree")
