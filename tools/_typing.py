"""Type helpers shared by the registry, the dry run and the executor.

Programs only ever see *plain data*: None, bool, int, float, str, list, tuple and dict.
Tool results are converted on the way in (pydantic models become dicts), so no object with
interesting attributes (functions, classes, frames, modules) can reach a program.
"""

from __future__ import annotations

import enum
import reprlib
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

PLAIN_SCALARS = (type(None), bool, int, float, str)
PLAIN_TYPES = (*PLAIN_SCALARS, list, tuple, dict)
MAX_PLAIN_DEPTH = 20
MAX_PLAIN_ITEMS = 1_000_000


class _Unknown:
    """A dry-run value whose content the dummies cannot know (it accepts every type)."""

    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "<unknown>"

    def __deepcopy__(self, memo: dict) -> _Unknown:
        return self

    def __copy__(self) -> _Unknown:
        return self


UNKNOWN = _Unknown()
_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxlevel = 3
_SHORT_REPR.maxlist = _SHORT_REPR.maxtuple = _SHORT_REPR.maxdict = 4


def _is_union(origin: Any) -> bool:
    return origin is Union or origin is types.UnionType


def render_type(tp: Any) -> str:
    """A Python-looking name for an annotation, as shown to the model in stubs."""
    if tp is Any:
        return "Any"
    if tp is None or tp is type(None):
        return "None"
    origin = get_origin(tp)
    if origin is Literal:
        return "Literal[" + ", ".join(repr(a) for a in get_args(tp)) + "]"
    if _is_union(origin):
        return " | ".join(render_type(a) for a in get_args(tp))
    if origin is typing.Annotated:
        return render_type(get_args(tp)[0])
    if origin is not None:
        args = get_args(tp)
        name = getattr(origin, "__name__", str(origin))
        if not args:
            return name
        return f"{name}[" + ", ".join("..." if a is Ellipsis else render_type(a) for a in args) + "]"
    if isinstance(tp, type):
        return tp.__name__
    return str(tp)


def collect_models(tp: Any, found: dict[str, type[BaseModel]] | None = None) -> dict[str, type[BaseModel]]:
    """Every pydantic model class reachable from an annotation (fields included), by name."""
    found = {} if found is None else found
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if tp.__name__ not in found:
            found[tp.__name__] = tp
            for field in tp.model_fields.values():
                collect_models(field.annotation, found)
        return found
    for arg in get_args(tp):
        collect_models(arg, found)
    return found


def dummy_value(tp: Any, depth: int = 0) -> Any:
    """A plain-data dummy of the declared type: str -> "str_value", int -> 1, models -> dicts."""
    if depth > 8 or tp is Any:
        return UNKNOWN
    if tp is None or tp is type(None):
        return None
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Literal:
        return to_plain(args[0])
    if _is_union(origin):
        non_none = [a for a in args if a is not type(None)]
        return dummy_value(non_none[0], depth + 1) if non_none else None
    if origin is typing.Annotated:
        return dummy_value(args[0], depth + 1)
    if origin in (list, set, frozenset, typing.Sequence, typing.Iterable) or tp in (list, set):
        return [dummy_value(args[0], depth + 1) if args else UNKNOWN]
    if origin is tuple or tp is tuple:
        if not args:
            return (UNKNOWN,)
        if len(args) == 2 and args[1] is Ellipsis:
            return (dummy_value(args[0], depth + 1),)
        return tuple(dummy_value(a, depth + 1) for a in args)
    if origin in (dict, typing.Mapping) or tp is dict:
        if not args:
            return {"str_value": UNKNOWN}
        return {dummy_value(args[0], depth + 1): dummy_value(args[1], depth + 1)}
    if isinstance(tp, type):
        if issubclass(tp, BaseModel):
            return {
                name: dummy_value(field.annotation, depth + 1) for name, field in tp.model_fields.items()
            }
        if issubclass(tp, enum.Enum):
            return to_plain(next(iter(tp)))
        for base, value in ((bool, True), (int, 1), (float, 1.0), (str, "str_value")):
            if issubclass(tp, base):
                return value
    return UNKNOWN


def type_mismatch(value: Any, tp: Any, depth: int = 0) -> str | None:
    """Why ``value`` (plain data) does not fit annotation ``tp``, or None when it fits."""
    if value is UNKNOWN or tp is Any or depth > 8:
        return None
    if tp is None or tp is type(None):
        return None if value is None else f"expected None, got {_kind(value)}"
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Literal:
        return None if value in args else f"expected one of {list(args)!r}, got {value!r}"
    if _is_union(origin):
        reasons = [type_mismatch(value, a, depth + 1) for a in args]
        return None if any(r is None for r in reasons) else f"expected {render_type(tp)}, got {_kind(value)}"
    if origin is typing.Annotated:
        return type_mismatch(value, args[0], depth + 1)
    if origin in (list, set, frozenset, typing.Sequence, typing.Iterable) or tp in (list, set):
        if not isinstance(value, (list, tuple)):
            return f"expected {render_type(tp)}, got {_kind(value)}"
        if args:
            for item in value:
                why = type_mismatch(item, args[0], depth + 1)
                if why:
                    return f"an item of the list: {why}"
        return None
    if origin is tuple or tp is tuple:
        return None if isinstance(value, (list, tuple)) else f"expected {render_type(tp)}, got {_kind(value)}"
    if origin in (dict, typing.Mapping) or tp is dict:
        if not isinstance(value, dict):
            return f"expected {render_type(tp)}, got {_kind(value)}"
        if len(args) == 2:
            for key, item in value.items():
                why = type_mismatch(key, args[0], depth + 1) or type_mismatch(item, args[1], depth + 1)
                if why:
                    return f"an entry of the dict: {why}"
        return None
    if isinstance(tp, type):
        if issubclass(tp, BaseModel):
            if not isinstance(value, dict):
                return f"expected a {tp.__name__} dict, got {_kind(value)}"
            missing = [n for n, f in tp.model_fields.items() if f.is_required() and n not in value]
            if missing:
                return f"the {tp.__name__} dict lacks {missing}"
            return None
        if issubclass(tp, enum.Enum):
            allowed = [m.value for m in tp]
            return None if value in allowed else f"expected one of {allowed!r}, got {value!r}"
        if tp is bool:
            return None if isinstance(value, bool) else f"expected bool, got {_kind(value)}"
        if tp is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
            return None if ok else f"expected int, got {_kind(value)}"
        if tp is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            return None if ok else f"expected float, got {_kind(value)}"
        if tp is str:
            return None if isinstance(value, str) else f"expected str, got {_kind(value)}"
    return None


def _kind(value: Any) -> str:
    text = _SHORT_REPR.repr(value)  # bounded: never walks a whole (shared, nested) value
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


def to_plain(value: Any, depth: int = 0, _count: list[int] | None = None) -> Any:
    """Convert a tool result to exact plain-data types; raise TypeError for anything else.

    At most ``MAX_PLAIN_DEPTH`` levels and ``MAX_PLAIN_ITEMS`` items (shared parts counted each time).
    """
    if depth > MAX_PLAIN_DEPTH:
        raise TypeError(f"nested deeper than {MAX_PLAIN_DEPTH} levels")
    count = [0] if _count is None else _count
    count[0] += 1
    if count[0] > MAX_PLAIN_ITEMS:
        raise TypeError(f"more than {MAX_PLAIN_ITEMS} items in all")
    if value is None or value is UNKNOWN:
        return value
    if isinstance(value, bool):
        return bool(value)  # bool cannot be subclassed
    if isinstance(value, enum.Enum):
        return to_plain(value.value, depth + 1, count)
    if isinstance(value, int):
        return int.__add__(value, 0)
    if isinstance(value, float):
        return float.__add__(value, 0.0)
    if isinstance(value, str):
        return str.encode(value, "utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    if isinstance(value, BaseModel):
        return to_plain(value.model_dump(mode="json"), depth + 1, count)
    if isinstance(value, dict):
        out = {}
        for key, item in dict.items(value):
            key = to_plain(key, depth + 1, count)
            if not isinstance(key, (str, int, float, bool, type(None))):
                raise TypeError(f"dict key {type(key).__name__} is not a plain scalar")
            out[key] = to_plain(item, depth + 1, count)
        return out
    if isinstance(value, tuple):
        return tuple(to_plain(v, depth + 1, count) for v in tuple.__iter__(value))
    if isinstance(value, (list, set, frozenset)):
        return [to_plain(v, depth + 1, count) for v in iter(list(value))]
    raise TypeError(f"{type(value).__name__} is not plain data (str, int, float, bool, None, list, dict)")
