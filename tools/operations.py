"""Operators and method calls on plain data, each priced against the budget before it runs.

Arithmetic and concatenation check the size of what they would build; comparisons, ``in``
and the methods that compare or hash (``count``, ``index``, ``sort``, dict look-ups) first
measure the values the C code would walk; str methods are charged by the characters they scan.
"""

from __future__ import annotations

import ast
from typing import Any

from ._typing import UNKNOWN
from .budget import CHARS_PER_UNIT, CONTAINERS, SCALARS, Budget
from .checker import ALLOWED_METHODS

_VIEW_TYPES = (type({}.keys()), type({}.values()), type({}.items()))
_INSERTING = frozenset({"append", "insert", "setdefault"})  # may store an unknown value as it is
_DEEP_METHODS = frozenset({"count", "index"})  # compare the argument with every item
_BUILDS = frozenset({  # methods that return a new value (others return one the program already holds)
    "copy", "items", "keys", "values", "split", "rsplit", "splitlines", "join", "lower", "upper", "strip",
    "lstrip", "rstrip", "replace", "title", "capitalize",
})
_OP_SYMBOLS = {ast.Sub: "-", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**"}
_COMPARE = {
    ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b, ast.Lt: lambda a, b: a < b,
    ast.LtE: lambda a, b: a <= b, ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b,
}


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and type(value) in (int, float, bool)


def shallow_unknown(budget: Budget, values: list[Any]) -> bool:
    """True if a value, or an item of a list/tuple/dict value, is an unknown dry-run value (charged)."""
    for value in values:
        if value is UNKNOWN:
            return True
        if isinstance(value, CONTAINERS):
            budget.charge(1 + len(value), "checking arguments")
            items = value.values() if isinstance(value, dict) else value
            if any(item is UNKNOWN for item in items):
                return True
    return False


# --- operators ------------------------------------------------------------------------------
def binop(budget: Budget, op: ast.operator, a: Any, b: Any) -> Any:
    if budget.dry and (a is UNKNOWN or b is UNKNOWN):
        return UNKNOWN
    limits = budget.limits
    if isinstance(op, ast.Add):
        if is_number(a) and is_number(b):
            return budget.check_number(a + b)
        if type(a) is type(b) and isinstance(a, (str, list, tuple)):
            budget.building(len(a) + len(b), a, "concatenation")
            return a + b
        raise budget.fault("type", f"cannot add {type(a).__name__} and {type(b).__name__}")
    if isinstance(op, ast.Mult):
        if is_number(a) and is_number(b):
            if isinstance(a, int) and isinstance(b, int) and a.bit_length() + b.bit_length() > limits.max_int_bits:
                raise budget.fault("limit", f"integer result has more than {limits.max_int_bits} bits")
            return budget.check_number(a * b)
        seq, count = (a, b) if isinstance(a, (str, list, tuple)) else (b, a)
        if isinstance(seq, (str, list, tuple)) and type(count) in (int, bool):
            budget.building(len(seq) * max(0, count), seq, "repetition")
            return seq * count
        raise budget.fault("type", f"cannot multiply {type(a).__name__} and {type(b).__name__}")
    if not (is_number(a) and is_number(b)):
        symbol = _OP_SYMBOLS.get(type(op), type(op).__name__)
        extra = " (use an f-string to format text)" if isinstance(op, ast.Mod) and isinstance(a, str) else ""
        raise budget.fault("type", f"`{symbol}` needs numbers, got {type(a).__name__} and {type(b).__name__}{extra}")
    if isinstance(op, ast.Pow):
        if isinstance(a, int) and isinstance(b, int) and b > 0:
            if b > 10_000 or max(1, a.bit_length()) * b > limits.max_int_bits:
                raise budget.fault("limit", "power result too large")
        elif abs(b) > 10_000:
            raise budget.fault("limit", "exponent too large")
        power = budget.guard(lambda: a**b)
        if isinstance(power, complex):  # a negative number to a fractional power
            raise budget.fault("value", f"{a!r} ** {b!r} has no real value")
        return budget.check_number(power)
    handlers = {ast.Sub: lambda: a - b, ast.Div: lambda: a / b, ast.FloorDiv: lambda: a // b, ast.Mod: lambda: a % b}
    handler = handlers.get(type(op))
    if handler is None:
        raise budget.fault("type", f"operator {type(op).__name__} is not allowed")
    return budget.check_number(budget.guard(handler))


def compare(budget: Budget, op: ast.cmpop, a: Any, b: Any) -> Any:
    if budget.dry and (a is UNKNOWN or b is UNKNOWN):
        return UNKNOWN
    if isinstance(op, (ast.In, ast.NotIn)):
        found = contains(budget, b, a)
        if found is UNKNOWN:
            return UNKNOWN
        return found if isinstance(op, ast.In) else not found
    if isinstance(op, (ast.Is, ast.IsNot)) and (a is None or b is None or isinstance(a, bool) or isinstance(b, bool)):
        return (a is b) if isinstance(op, ast.Is) else (a is not b)
    deep = isinstance(a, CONTAINERS) and type(a) is type(b)  # else C compares in O(1) or refuses
    unknown = False
    for value in (a, b):
        if deep or isinstance(value, SCALARS):
            unknown = budget.measure(value, "comparing values")[1] or unknown
    if unknown and budget.dry:
        return UNKNOWN
    kind = {ast.Is: ast.Eq, ast.IsNot: ast.NotEq}.get(type(op), type(op))
    return budget.guard(lambda: _COMPARE[kind](a, b))


def contains(budget: Budget, container: Any, item: Any) -> Any:
    """``item in container``, priced: text scans, hashes and item-by-item compares."""
    if isinstance(container, str):
        if not isinstance(item, str):
            raise budget.fault("type", f"`in <str>` needs a str on the left, got {type(item).__name__}")
        budget.charge(1 + (len(container) + len(item)) // CHARS_PER_UNIT, "searching text")
        return item in container
    if isinstance(container, dict):
        unknown = budget.measure(item, "looking up a dict key")[1]  # hashing a tuple walks it
    elif isinstance(container, (list, tuple)):
        unknown = budget.measure(item, "searching a list")[1] | budget.measure(container, "searching a list")[1]
    elif isinstance(container, range):
        budget.charge(1 if type(item) in (int, bool) else 1 + len(container), "searching a range")
        unknown = False
    else:
        raise budget.fault("type", f"`in` needs a str, list or dict on the right, got {type(container).__name__}")
    if unknown and budget.dry:
        return UNKNOWN
    return budget.guard(lambda: item in container)


# --- method calls -----------------------------------------------------------------------------
def call_method(budget: Budget, receiver: Any, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """Call an allowed method, looked up on the exact built-in type, after pricing it."""
    if budget.dry and receiver is UNKNOWN:
        return UNKNOWN
    kind = type(receiver)
    allowed = ALLOWED_METHODS.get(kind)
    if allowed is None or name not in allowed:
        raise budget.fault("type", f"{kind.__name__} has no allowed method `.{name}`")
    if budget.dry and name not in _INSERTING and shallow_unknown(budget, [*args, *kwargs.values()]):
        return UNKNOWN
    if name == "sort" and set(kwargs) - {"reverse"}:
        raise budget.fault("type", "sort() only takes reverse=")
    if isinstance(receiver, str):
        args = _price_str_method(budget, receiver, name, args)
    elif _price_container_method(budget, receiver, name, args):
        return None if name == "sort" else UNKNOWN  # dry run: an unknown value inside, the outcome too
    method = getattr(kind, name)  # never the instance: no route to anything but the built-in
    result = budget.guard(lambda: method(receiver, *args, **kwargs))
    if isinstance(result, _VIEW_TYPES):
        result = list(result)
    if name in ("append", "insert", "setdefault", "extend", "update") and result is not UNKNOWN:
        budget.inserted(receiver, _stored(name, args, kwargs))
    return budget.created(result, [receiver]) if name in _BUILDS else budget.check_size(result)


def _stored(name: str, args: list[Any], kwargs: dict[str, Any]) -> list[Any]:
    """The values a mutating method just stored in its receiver."""
    if name in ("append", "insert", "setdefault"):
        return args[-1:]
    extra = args[0] if args else {}
    if isinstance(extra, dict):
        return [*extra.values(), *kwargs.values()]
    if isinstance(extra, (list, tuple)):
        return [p[1] for p in extra if isinstance(p, (list, tuple)) and len(p) == 2] if name == "update" else list(extra)
    return list(kwargs.values())


def _price_str_method(budget: Budget, text: str, name: str, args: list[Any]) -> list[Any]:
    scanned = len(text) + sum(len(a) for a in args if isinstance(a, str))
    if name == "join":
        return [_guard_join(budget, text, args)]
    budget.charge(1 + scanned // CHARS_PER_UNIT, f"str.{name}()")
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        grows = (len(text) // max(1, len(args[0])) + 1) * len(args[1])
        if len(text) + grows > budget.limits.max_str:
            raise budget.fault("limit", f"replace() would build a string longer than {budget.limits.max_str}")
    return args


def _guard_join(budget: Budget, sep: str, args: list[Any]) -> list[Any]:
    if len(args) != 1:
        raise budget.fault("type", "join() takes one list of strings")
    items = budget.iterate(args[0])
    if budget.dry and any(i is UNKNOWN for i in items):
        items = [i for i in items if i is not UNKNOWN]
    total = sum(len(i) for i in items if isinstance(i, str)) + len(sep) * max(0, len(items) - 1)
    budget.building(total, sep, "join()")
    return items


def _price_container_method(budget: Budget, receiver: Any, name: str, args: list[Any]) -> bool:
    """Check and charge a list/tuple/dict method before it runs; True if the dry run cannot know its outcome."""
    if name in _DEEP_METHODS:
        unknown = budget.measure(receiver, f"{type(receiver).__name__}.{name}()")[1]
        return any([unknown, *(budget.measure(a, f"{type(receiver).__name__}.{name}()")[1] for a in args)])
    if name == "sort":
        return budget.measure_sort(receiver, "list.sort()") and budget.dry
    if isinstance(receiver, dict) and name in ("get", "pop", "setdefault") and args:
        budget.check_key(args[0])  # keys are scalars: no tuple is hashed, and no tuple is ever a key
        budget.charge(1, f"dict.{name}()")
        return False
    if name in ("extend", "update") and args:
        extra = args[0]
        if not isinstance(extra, (str, list, tuple, dict, range)):
            raise budget.fault("type", f"{name}() needs a list or dict, got {type(extra).__name__}")
        if name == "update" and not isinstance(extra, dict):
            for pair in budget.iterate(extra):
                if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                    raise budget.fault("type", "update() needs a dict or a list of (key, value) pairs")
                budget.check_key(pair[0])
        budget.building(len(receiver) + len(extra), receiver, f"{name}()")
        return False
    budget.charge(1 + len(receiver) // CHARS_PER_UNIT, f"{type(receiver).__name__}.{name}()")
    return False


__all__ = ["binop", "call_method", "compare", "contains", "is_number", "shallow_unknown"]
