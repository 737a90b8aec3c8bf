"""An AST interpreter for checked programs: the only way program code is ever run.

Nothing is handed to ``exec``/``eval``. The interpreter walks the AST that passed
:func:`~cascadroid.tools.checker.check_program` and applies each operation itself, on plain
data only (None, bool, int, float, str, list, tuple, dict, range). Attribute access exists
only as a call of an allowed method looked up on the exact built-in type, so there is no
route to ``__class__``, frames, modules or builtins even if the filter missed something.
Sizes are bounded (string length, item counts, integer bits, nesting), and a step budget and
an optional wall-clock deadline stop runaway programs.

The same interpreter serves the dry run (tools replaced by typed stubs, errors that depend
on dummy values absorbed into an ``<unknown>`` value, branches not taken explored too) and the
real run.
"""

from __future__ import annotations

import ast
import copy
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .checker import ALLOWED_METHODS, RESULT_NAME, SAFE_BUILTINS, CheckedProgram
from ._builtins import BUILTINS, is_number as _is_number
from ._typing import UNKNOWN

ToolCaller = Callable[[str, list[Any], dict[str, Any], int], Any]

_VIEW_TYPES = (type({}.keys()), type({}.values()), type({}.items()))
_MUTATORS = frozenset({"append", "insert", "setdefault", "extend", "update"})


@dataclass(frozen=True)
class Limits:
    """Resource bounds for one program run."""

    max_steps: int = 10_000
    max_items: int = 10_000
    max_str: int = 100_000
    max_int_bits: int = 4_096
    max_weight: int = 200_000
    max_depth: int = 20
    max_output_lines: int = 1_000
    max_alloc: int = 10_000_000  # characters/items built plus items walked by deep operations, in all
    wall_s: float | None = None


class ProgramFault(Exception):
    """A failure inside program logic. ``kind`` is value, type, name or limit."""

    def __init__(self, line: int, kind: str, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.kind = kind
        self.message = message


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class Interpreter:
    """Run one checked program. ``dry=True`` enables the dry-run leniency and exploration."""

    def __init__(self, program: CheckedProgram, call_tool: ToolCaller, *, dry: bool, limits: Limits | None = None) -> None:
        self.program = program
        self.call_tool = call_tool
        self.dry = dry
        self.limits = limits or Limits()
        self.env: dict[str, Any] = {}
        self.scopes: list[dict[str, Any]] = []
        self.output: list[str] = []
        self.steps = 0
        self.allocated = 0
        self.line = 0
        self.exploring = 0
        self._explored: set[int] = set()
        self._deadline = None if self.limits.wall_s is None else time.monotonic() + self.limits.wall_s

    # --- driver -------------------------------------------------------------------------
    def run(self) -> Any:
        """Execute the program; return the value of ``result`` (None if never assigned)."""
        self.exec_body(self.program.tree.body)
        return self.env.get(RESULT_NAME)

    def fault(self, kind: str, message: str) -> ProgramFault:
        return ProgramFault(self.line, kind, message)

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.max_steps:
            raise self.fault(
                "limit",
                f"step budget of {self.limits.max_steps} exceeded: the program runs too long; bound its loops",
            )
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise self.fault("limit", f"the program ran longer than {self.limits.wall_s} s")

    # --- statements -------------------------------------------------------------------------
    def exec_body(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.exec_stmt(stmt)

    def exec_stmt(self, node: ast.stmt) -> None:
        self.line = node.lineno
        self.step()
        if isinstance(node, ast.Assign):
            value = self.eval(node.value)
            for target in node.targets:
                self.assign(target, value)
        elif isinstance(node, ast.AugAssign):
            current = self.eval(_as_load(node.target))
            self.line = node.lineno
            self.assign(node.target, self.binop(node.op, current, self.eval(node.value)))
        elif isinstance(node, ast.Expr):
            self.eval(node.value)
        elif isinstance(node, ast.If):
            self.exec_if(node)
        elif isinstance(node, ast.For):
            self.exec_for(node)
        elif isinstance(node, ast.Break):
            raise _Break
        elif isinstance(node, ast.Continue):
            raise _Continue
        elif isinstance(node, ast.Pass):
            return
        else:  # the checker refuses every other statement
            raise self.fault("type", f"{type(node).__name__} is not allowed")

    def exec_if(self, node: ast.If) -> None:
        truth = self.truth(self.eval(node.test))
        if truth is None:  # dry run, unknown condition: take the body, explore the else
            taken, other = node.body, node.orelse
        else:
            taken, other = (node.body, node.orelse) if truth else (node.orelse, node.body)
        self.exec_body(taken)
        self.explore(other)

    def explore(self, body: list[ast.stmt]) -> None:
        """Dry run only: also rehearse the branch the dummy values did not take, on a copy (once per branch)."""
        if not self.dry or not body or self.exploring >= 2 or id(body) in self._explored:
            return
        self._explored.add(id(body))
        saved_env, saved_line = self.env, self.line
        self.env = copy.deepcopy(saved_env)
        self.exploring += 1
        try:
            self.exec_body(body)
        except (_Break, _Continue):
            pass
        finally:
            self.env, self.line = saved_env, saved_line
            self.exploring -= 1

    def exec_for(self, node: ast.For) -> None:
        items = self.iterate(self.eval(node.iter))
        for item in items:
            self.line = node.lineno
            self.step()
            self.assign(node.target, item)
            try:
                self.exec_body(node.body)
            except _Break:
                break
            except _Continue:
                continue

    def assign(self, target: ast.expr, value: Any) -> None:
        if isinstance(target, ast.Name):
            (self.scopes[-1] if self.scopes else self.env)[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            if value is UNKNOWN and self.dry:
                parts = [UNKNOWN] * len(target.elts)
            elif isinstance(value, (list, tuple, range, str)):
                parts = list(value)
            else:
                raise self.fault("type", f"cannot unpack {type(value).__name__} into {len(target.elts)} names")
            if len(parts) != len(target.elts):
                raise self.fault("value", f"expected {len(target.elts)} values to unpack, got {len(parts)}")
            for sub, part in zip(target.elts, parts):
                self.assign(sub, part)
        elif isinstance(target, ast.Subscript):
            container = self.eval(target.value)
            key = self.eval(target.slice)
            if self.dry and (container is UNKNOWN or key is UNKNOWN):
                return
            if isinstance(container, list) and type(key) is int:
                self.guard(lambda: container.__setitem__(key, value))
            elif isinstance(container, dict):
                self.check_key(key)
                container[key] = value
                self.check_size(container)
            else:
                raise self.fault("type", f"cannot assign into {type(container).__name__}[{type(key).__name__}]")
        else:
            raise self.fault("type", "unsupported assignment target")

    # --- expressions ------------------------------------------------------------------------
    def eval(self, node: ast.expr) -> Any:
        method = getattr(self, f"eval_{type(node).__name__}", None)
        if method is None:
            raise self.fault("type", f"{type(node).__name__} is not allowed")
        return method(node)

    def eval_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def eval_Name(self, node: ast.Name) -> Any:
        for scope in reversed(self.scopes):
            if node.id in scope:
                return scope[node.id]
        if node.id in self.env:
            return self.env[node.id]
        raise ProgramFault(getattr(node, "lineno", self.line), "name", f"`{node.id}` is used before it is assigned")

    def eval_List(self, node: ast.List) -> list[Any]:
        return self.created([self.eval(e) for e in node.elts])

    def eval_Tuple(self, node: ast.Tuple) -> tuple[Any, ...]:
        return self.created(tuple(self.eval(e) for e in node.elts))

    def eval_Dict(self, node: ast.Dict) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for k, v in zip(node.keys, node.values):
            key = self.eval(k)  # type: ignore[arg-type]
            self.check_key(key)
            out[key] = self.eval(v)
        return self.created(out)

    def eval_BinOp(self, node: ast.BinOp) -> Any:
        left, right = self.eval(node.left), self.eval(node.right)
        self.line = getattr(node, "lineno", self.line)
        return self.binop(node.op, left, right)

    def eval_UnaryOp(self, node: ast.UnaryOp) -> Any:
        value = self.eval(node.operand)
        if isinstance(node.op, ast.Not):
            truth = self.truth(value)
            return UNKNOWN if truth is None else not truth
        if value is UNKNOWN and self.dry:
            return UNKNOWN
        if not _is_number(value):
            raise self.fault("type", f"unary minus/plus needs a number, got {type(value).__name__}")
        return -value if isinstance(node.op, ast.USub) else +value

    def eval_BoolOp(self, node: ast.BoolOp) -> Any:
        is_and = isinstance(node.op, ast.And)
        value: Any = None
        unknown = False
        for operand in node.values:
            value = self.eval(operand)
            truth = self.truth(value)
            if truth is None:
                unknown = True
                continue
            if truth != is_and and not unknown:
                return value
        return UNKNOWN if unknown else value

    def eval_IfExp(self, node: ast.IfExp) -> Any:
        truth = self.truth(self.eval(node.test))
        if truth is None:
            self.eval(node.body)
            self.eval(node.orelse)
            return UNKNOWN
        return self.eval(node.body) if truth else self.eval(node.orelse)

    def eval_Compare(self, node: ast.Compare) -> Any:
        left = self.eval(node.left)
        unknown = False
        for op, comparator in zip(node.ops, node.comparators):
            right = self.eval(comparator)
            outcome = self.compare(op, left, right)
            if outcome is UNKNOWN:
                unknown = True
            elif not outcome:
                return False
            left = right
        return UNKNOWN if unknown else True

    def eval_Subscript(self, node: ast.Subscript) -> Any:
        container = self.eval(node.value)
        key = self.eval(node.slice)
        self.line = getattr(node, "lineno", self.line)
        if self.dry and (container is UNKNOWN or key is UNKNOWN):
            return UNKNOWN
        if isinstance(key, slice):
            if not isinstance(container, (str, list, tuple, range)):
                raise self.fault("type", f"cannot slice {type(container).__name__}")
            return self.guard(lambda: container[key])
        if isinstance(container, dict):
            self.check_key(key)
            if self.dry and isinstance(node.slice, ast.Constant) and key not in container and _is_record(container):
                raise self.fault("type", f"the dict has no key {key!r}; its keys: {sorted(map(str, container))}")
            return self.guard(lambda: container[key])
        if isinstance(container, (str, list, tuple, range)):
            if type(key) is not int and type(key) is not bool:
                raise self.fault("type", f"{type(container).__name__} indices must be int, got {type(key).__name__}")
            return self.guard(lambda: container[key])
        raise self.fault("type", f"{type(container).__name__} is not subscriptable")

    def eval_Slice(self, node: ast.Slice) -> Any:
        parts = [None if p is None else self.eval(p) for p in (node.lower, node.upper, node.step)]
        if self.dry and any(p is UNKNOWN for p in parts):
            return UNKNOWN
        if any(p is not None and type(p) is not int for p in parts):
            raise self.fault("type", "slice bounds must be int or None")
        if parts[2] == 0:
            raise self.fault("value", "slice step cannot be zero")
        return slice(*parts)

    def eval_JoinedStr(self, node: ast.JoinedStr) -> Any:
        pieces = []
        unknown = False
        for part in node.values:
            if isinstance(part, ast.Constant):
                pieces.append(part.value)
                continue
            text = self.eval_FormattedValue(part)  # type: ignore[arg-type]
            if text is UNKNOWN:
                unknown = True
            else:
                pieces.append(text)
        if unknown:
            return UNKNOWN
        return self.created("".join(pieces))

    def eval_FormattedValue(self, node: ast.FormattedValue) -> Any:
        value = self.eval(node.value)
        if self.dry and self.contains_unknown(value):
            return UNKNOWN
        self.check_weight(value)
        spec = "" if node.format_spec is None else "".join(p.value for p in node.format_spec.values)  # type: ignore[attr-defined]
        if node.conversion == ord("r"):
            value = repr(value)
        elif node.conversion == ord("a"):
            value = ascii(value)
        elif node.conversion == ord("s"):
            value = str(value)
        if not isinstance(value, (str, int, float, bool, type(None))) and spec:
            raise self.fault("type", f"format spec {spec!r} needs a number or str, got {type(value).__name__}")
        return self.check_size(self.guard(lambda: format(value, spec)))

    def eval_ListComp(self, node: ast.ListComp) -> list[Any]:
        results: list[Any] = []
        self.comprehend(node.generators, lambda: results.append(self.eval(node.elt)), results)
        return self.created(results)

    eval_GeneratorExp = eval_ListComp  # evaluated eagerly: there are no lazy values in programs

    def eval_DictComp(self, node: ast.DictComp) -> dict[Any, Any]:
        results: dict[Any, Any] = {}

        def add() -> None:
            key = self.eval(node.key)
            self.check_key(key)
            results[key] = self.eval(node.value)

        self.comprehend(node.generators, add, results)
        return self.created(results)

    def comprehend(self, generators: list[ast.comprehension], emit: Callable[[], None], sink: Any) -> None:
        self.scopes.append({})
        try:
            self._comprehend_level(generators, 0, emit, sink)
        finally:
            self.scopes.pop()

    def _comprehend_level(self, generators: list[ast.comprehension], index: int, emit: Callable[[], None], sink: Any) -> None:
        if index == len(generators):
            emit()
            self.check_size(sink)
            return
        gen = generators[index]
        for item in self.iterate(self.eval(gen.iter)):
            self.step()
            self.assign(gen.target, item)
            if all(self.truth(self.eval(cond)) is not False for cond in gen.ifs):
                self._comprehend_level(generators, index + 1, emit, sink)

    def eval_Call(self, node: ast.Call) -> Any:
        func = node.func
        receiver = self.eval(func.value) if isinstance(func, ast.Attribute) else None
        args = [self.eval(a) for a in node.args]
        kwargs = {kw.arg: self.eval(kw.value) for kw in node.keywords if kw.arg is not None}
        self.line = node.lineno
        self.step()
        if isinstance(func, ast.Attribute):
            return self.call_method(receiver, func.attr, args, kwargs)
        if isinstance(func, ast.Name):
            if func.id in self.program.tool_names:
                return self.call_tool(func.id, args, kwargs, node.lineno)
            if func.id in SAFE_BUILTINS:
                return self.call_builtin(func.id, args, kwargs)
            raise self.fault("name", f"`{func.id}` is not a tool or an allowed builtin")
        raise self.fault("type", "only tools, allowed builtins and allowed methods can be called")

    # --- calls of builtins and methods ------------------------------------------------------
    def call_builtin(self, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if self.dry and (self.contains_unknown(args) or self.contains_unknown(list(kwargs.values()))):
            if name == "print":
                return None
            return UNKNOWN
        impl = BUILTINS[name]
        return self.created(self.guard(lambda: impl(self, *args, **kwargs)))

    def call_method(self, receiver: Any, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if self.dry and receiver is UNKNOWN:
            return UNKNOWN
        kind = type(receiver)
        allowed = ALLOWED_METHODS.get(kind)
        if allowed is None or name not in allowed:
            raise self.fault("type", f"{kind.__name__} has no allowed method `.{name}`")
        if self.dry and (self.contains_unknown(args) or self.contains_unknown(list(kwargs.values()))):
            if name in ("extend", "update") or name not in _MUTATORS:
                return UNKNOWN
        if name == "sort" and set(kwargs) - {"reverse"}:
            raise self.fault("type", "sort() only takes reverse=")
        if name == "replace":
            self._guard_replace(receiver, args)
        if name == "join":
            args = [self._guard_join(receiver, args)]
        method = getattr(kind, name)  # looked up on the exact built-in type, never the instance
        result = self.guard(lambda: method(receiver, *args, **kwargs))
        if isinstance(result, _VIEW_TYPES):
            result = list(result)
        if name in _MUTATORS:
            self.check_size(receiver)
        return self.created(result)

    def _guard_replace(self, text: str, args: list[Any]) -> None:
        if len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
            grows = (len(text) // max(1, len(args[0])) + 1) * len(args[1])
            if len(text) + grows > self.limits.max_str:
                raise self.fault("limit", f"replace() would build a string longer than {self.limits.max_str}")

    def _guard_join(self, sep: str, args: list[Any]) -> list[Any]:
        if len(args) != 1:
            raise self.fault("type", "join() takes one list of strings")
        items = self.iterate(args[0])
        if self.dry and any(i is UNKNOWN for i in items):
            items = [i for i in items if i is not UNKNOWN]
        total = sum(len(i) for i in items if isinstance(i, str)) + len(sep) * max(0, len(items) - 1)
        if total > self.limits.max_str:
            raise self.fault("limit", f"join() would build a string longer than {self.limits.max_str}")
        return items

    # --- operators ------------------------------------------------------------------------
    def binop(self, op: ast.operator, a: Any, b: Any) -> Any:
        if self.dry and (a is UNKNOWN or b is UNKNOWN):
            return UNKNOWN
        limits = self.limits
        if isinstance(op, ast.Add):
            if _is_number(a) and _is_number(b):
                return self.check_number(a + b)
            if type(a) is type(b) and isinstance(a, (str, list, tuple)):
                self._check_len(len(a) + len(b), a, created=True)
                return a + b
            raise self.fault("type", f"cannot add {type(a).__name__} and {type(b).__name__}")
        if isinstance(op, ast.Mult):
            if _is_number(a) and _is_number(b):
                if isinstance(a, int) and isinstance(b, int) and a.bit_length() + b.bit_length() > limits.max_int_bits:
                    raise self.fault("limit", "integer result too large")
                return self.check_number(a * b)
            seq, count = (a, b) if isinstance(a, (str, list, tuple)) else (b, a)
            if isinstance(seq, (str, list, tuple)) and type(count) in (int, bool):
                self._check_len(len(seq) * max(0, count), seq, created=True)
                return seq * count
            raise self.fault("type", f"cannot multiply {type(a).__name__} and {type(b).__name__}")
        if not (_is_number(a) and _is_number(b)):
            symbol = _OP_SYMBOLS.get(type(op), type(op).__name__)
            extra = " (use an f-string to format text)" if isinstance(op, ast.Mod) and isinstance(a, str) else ""
            raise self.fault("type", f"`{symbol}` needs numbers, got {type(a).__name__} and {type(b).__name__}{extra}")
        if isinstance(op, ast.Pow):
            if isinstance(a, int) and isinstance(b, int) and b > 0:
                if b > 10_000 or max(1, a.bit_length()) * b > limits.max_int_bits:
                    raise self.fault("limit", "power result too large")
            elif abs(b) > 10_000:
                raise self.fault("limit", "exponent too large")
            return self.check_number(self.guard(lambda: a**b))
        handlers = {ast.Sub: lambda: a - b, ast.Div: lambda: a / b, ast.FloorDiv: lambda: a // b, ast.Mod: lambda: a % b}
        handler = handlers.get(type(op))
        if handler is None:
            raise self.fault("type", f"operator {type(op).__name__} is not allowed")
        return self.check_number(self.guard(handler))

    def compare(self, op: ast.cmpop, a: Any, b: Any) -> Any:
        if self.dry and (self.contains_unknown(a) or self.contains_unknown(b)):
            return UNKNOWN
        self.check_weight(a)
        self.check_weight(b)
        if isinstance(op, (ast.In, ast.NotIn)):
            if not isinstance(b, (str, list, tuple, dict, range)):
                raise self.fault("type", f"`in` needs a str, list or dict on the right, got {type(b).__name__}")
            found = self.guard(lambda: a in b)
            return found if isinstance(op, ast.In) else not found
        if isinstance(op, ast.Is):
            return a is b if b is None or a is None or isinstance(b, bool) else a == b
        if isinstance(op, ast.IsNot):
            return a is not b if b is None or a is None or isinstance(b, bool) else a != b
        ops = {ast.Eq: lambda: a == b, ast.NotEq: lambda: a != b, ast.Lt: lambda: a < b,
               ast.LtE: lambda: a <= b, ast.Gt: lambda: a > b, ast.GtE: lambda: a >= b}
        return self.guard(ops[type(op)])

    def truth(self, value: Any) -> bool | None:
        """Truthiness; None for an unknown dry-run value."""
        if value is UNKNOWN:
            return None
        return bool(value) if isinstance(value, (str, int, float, bool, type(None), list, tuple, dict, range)) else True

    # --- guards ---------------------------------------------------------------------------
    def guard(self, fn: Callable[[], Any]) -> Any:
        """Run one primitive operation, mapping Python errors to program faults."""
        try:
            return fn()
        except ProgramFault:
            raise
        except (IndexError, KeyError, ValueError, ZeroDivisionError, OverflowError, ArithmeticError) as exc:
            if self.dry:
                return UNKNOWN
            raise self.fault("value", f"{type(exc).__name__}: {exc}") from None
        except (TypeError, AttributeError) as exc:
            raise self.fault("type", f"{type(exc).__name__}: {exc}") from None
        except RecursionError:
            raise self.fault("limit", "values nest too deeply") from None

    def iterate(self, value: Any) -> list[Any]:
        """A snapshot list of what a for loop or comprehension walks over."""
        if value is UNKNOWN and self.dry:
            return [UNKNOWN]
        if isinstance(value, dict):
            items = list(value)
        elif isinstance(value, (str, list, tuple, range)):
            if len(value) > self.limits.max_items and not isinstance(value, str):
                raise self.fault("limit", f"cannot loop over more than {self.limits.max_items} items")
            items = list(value)
        else:
            raise self.fault("type", f"cannot loop over {type(value).__name__}")
        return items

    def check_key(self, key: Any) -> None:
        if not isinstance(key, (str, int, float, bool, type(None))) and key is not UNKNOWN:
            raise self.fault("type", f"dict keys must be str, int, float, bool or None, got {type(key).__name__}")

    def check_number(self, value: Any) -> Any:
        if isinstance(value, int) and value.bit_length() > self.limits.max_int_bits:
            raise self.fault("limit", "integer result too large")
        return value

    def _check_len(self, length: int, like: Any, *, created: bool = False) -> None:
        limit = self.limits.max_str if isinstance(like, str) else self.limits.max_items
        if created:
            self.allocated += length
            if self.allocated > self.limits.max_alloc:
                raise self.fault("limit", f"the program built more than {self.limits.max_alloc} characters/items of data in all")
        if length > limit:
            raise self.fault("limit", f"result would hold {length} {'characters' if isinstance(like, str) else 'items'}, more than {limit}")

    def check_size(self, value: Any) -> Any:
        if isinstance(value, str):
            self._check_len(len(value), value)
        elif isinstance(value, (list, tuple, dict)):
            self._check_len(len(value), value)
        elif isinstance(value, int):
            self.check_number(value)
        return value

    def created(self, value: Any) -> Any:
        """Size-check a newly built value and count it against the total allocation budget."""
        if isinstance(value, (str, list, tuple, dict)):
            self._check_len(len(value), value, created=True)
        return self.check_size(value)

    def check_weight(self, value: Any) -> None:
        """Bound the work of deep operations (str(), ==, f-strings) on nested, shared values."""
        if not isinstance(value, (list, tuple, dict)):
            return
        budget = self.limits.max_weight
        stack = [(value, 0)]
        walked = 0
        while stack:
            walked += 1
            item, depth = stack.pop()
            budget -= 1 + (len(item) if isinstance(item, str) else 0) // 64
            if budget < 0:
                raise self.fault("limit", "the value is too large to format or compare")
            if depth > self.limits.max_depth:
                raise self.fault("limit", f"values nest deeper than {self.limits.max_depth} levels")
            if isinstance(item, dict):
                stack.extend((v, depth + 1) for v in item.values())
            elif isinstance(item, (list, tuple)):
                stack.extend((v, depth + 1) for v in item)
        self.allocated += walked  # deep walks count against the same total work budget
        if self.allocated > self.limits.max_alloc:
            raise self.fault("limit", f"the program did more than {self.limits.max_alloc} units of data work in all")

    def contains_unknown(self, value: Any, depth: int = 0) -> bool:
        if value is UNKNOWN:
            return True
        if depth > 3:
            return False
        if isinstance(value, dict):
            return any(self.contains_unknown(v, depth + 1) or k is UNKNOWN for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return any(self.contains_unknown(v, depth + 1) for v in value)
        return False


def _is_record(value: dict[Any, Any]) -> bool:
    """A dict whose keys are all known field names (a dummy of a model, or a literal record)."""
    return bool(value) and "str_value" not in value and all(isinstance(k, str) for k in value)


def _as_load(target: ast.expr) -> ast.expr:
    clone = copy.copy(target)
    clone.ctx = ast.Load()  # type: ignore[attr-defined]
    return clone


_OP_SYMBOLS = {ast.Sub: "-", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**"}


__all__ = ["Interpreter", "Limits", "ProgramFault"]
