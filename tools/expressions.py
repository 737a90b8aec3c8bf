"""Evaluation of expressions: literals, names, operators, subscripts, f-strings, comprehensions, calls.

Every value built goes through :meth:`Budget.created` (size, nesting, work) and every call is
priced before it runs (:mod:`~cascadroid.tools.operations`, :mod:`~cascadroid.tools._builtins`).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from ._builtins import BUILDERS, BUILTINS
from ._typing import UNKNOWN
from .budget import Budget, ProgramFault
from .checker import SAFE_BUILTINS, CheckedProgram
from .operations import binop, call_method, compare, is_number

ToolCaller = Callable[[str, list[Any], dict[str, Any], int], Any]
NODE_UNITS = 8  # work units per expression node evaluated (its Python cost, in items walked)


class Evaluator:
    """Evaluate the expressions of one checked program against ``budget``'s limits."""

    def __init__(self, program: CheckedProgram, call_tool: ToolCaller, budget: Budget) -> None:
        self.program = program
        self.call_tool = call_tool
        self.budget = budget
        self.dry = budget.dry
        self.env: dict[str, Any] = {}
        self.scopes: list[dict[str, Any]] = []

    def fault(self, kind: str, message: str) -> ProgramFault:
        return self.budget.fault(kind, message)

    def eval(self, node: ast.expr) -> Any:
        budget = self.budget
        if budget.work + NODE_UNITS > budget.limits.max_work:  # e.g. a flat 1,000-operand expression in a loop
            budget.charge(NODE_UNITS, "evaluating expressions")
        budget.work += NODE_UNITS
        kind = type(node)
        method = getattr(self, _EVAL_NAMES.get(kind) or _eval_name(kind), None)
        if method is None:
            raise self.fault("type", f"{kind.__name__} is not allowed")
        return method(node)

    def eval_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def eval_Name(self, node: ast.Name) -> Any:
        for scope in reversed(self.scopes):
            if node.id in scope:
                return scope[node.id]
        if node.id in self.env:
            return self.env[node.id]
        raise ProgramFault(getattr(node, "lineno", self.budget.line), "name", f"`{node.id}` is used before it is assigned")

    def eval_List(self, node: ast.List) -> list[Any]:
        return self.budget.created([self.eval(e) for e in node.elts])

    def eval_Tuple(self, node: ast.Tuple) -> tuple[Any, ...]:
        return self.budget.created(tuple(self.eval(e) for e in node.elts))

    def eval_Dict(self, node: ast.Dict) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for k, v in zip(node.keys, node.values):
            key = self.eval(k)  # type: ignore[arg-type]
            self.budget.check_key(key)
            out[key] = self.eval(v)
        return self.budget.created(out)

    def eval_BinOp(self, node: ast.BinOp) -> Any:
        left, right = self.eval(node.left), self.eval(node.right)
        self.budget.line = getattr(node, "lineno", self.budget.line)
        return binop(self.budget, node.op, left, right)

    def eval_UnaryOp(self, node: ast.UnaryOp) -> Any:
        value = self.eval(node.operand)
        if isinstance(node.op, ast.Not):
            truth = self.budget.truth(value)
            return UNKNOWN if truth is None else not truth
        if value is UNKNOWN and self.dry:
            return UNKNOWN
        if not is_number(value):
            raise self.fault("type", f"unary minus/plus needs a number, got {type(value).__name__}")
        return -value if isinstance(node.op, ast.USub) else +value

    def eval_BoolOp(self, node: ast.BoolOp) -> Any:
        is_and = isinstance(node.op, ast.And)
        value: Any = None
        unknown = False
        for operand in node.values:
            value = self.eval(operand)
            truth = self.budget.truth(value)
            if truth is None:
                unknown = True
                continue
            if truth != is_and and not unknown:
                return value
        return UNKNOWN if unknown else value

    def eval_IfExp(self, node: ast.IfExp) -> Any:
        truth = self.budget.truth(self.eval(node.test))
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
            outcome = compare(self.budget, op, left, right)
            if outcome is UNKNOWN:
                unknown = True
            elif not outcome:
                return False
            left = right
        return UNKNOWN if unknown else True

    def eval_Subscript(self, node: ast.Subscript) -> Any:
        container = self.eval(node.value)
        key = self.eval(node.slice)
        budget = self.budget
        budget.line = getattr(node, "lineno", budget.line)
        if self.dry and (container is UNKNOWN or key is UNKNOWN):
            return UNKNOWN
        if isinstance(key, slice):
            if not isinstance(container, (str, list, tuple, range)):
                raise self.fault("type", f"cannot slice {type(container).__name__}")
            part = budget.guard(lambda: container[key])
            return part if isinstance(part, range) or part is UNKNOWN else budget.created(part, container)
        if isinstance(container, dict):
            budget.check_key(key)
            if self.dry and isinstance(node.slice, ast.Constant) and key not in container and _is_record(container):
                raise self.fault("type", f"the dict has no key {key!r}; its keys: {sorted(map(str, container))[:30]}")
            return budget.guard(lambda: container[key])
        if isinstance(container, (str, list, tuple, range)):
            if type(key) is not int and type(key) is not bool:
                raise self.fault("type", f"{type(container).__name__} indices must be int, got {type(key).__name__}")
            return budget.guard(lambda: container[key])
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
        self.budget.building(sum(len(p) for p in pieces), "", "an f-string")
        return "".join(pieces)

    def eval_FormattedValue(self, node: ast.FormattedValue) -> Any:
        value = self.eval(node.value)
        if self.budget.measure_text(value, "formatting a value") and self.dry:
            return UNKNOWN
        spec = "" if node.format_spec is None else "".join(p.value for p in node.format_spec.values)  # type: ignore[attr-defined]
        if node.conversion == ord("r"):
            value = repr(value)
        elif node.conversion == ord("a"):
            value = ascii(value)
        elif node.conversion == ord("s"):
            value = str(value)
        if not isinstance(value, (str, int, float, bool, type(None))) and spec:
            raise self.fault("type", f"format spec {spec!r} needs a number or str, got {type(value).__name__}")
        return self.budget.check_size(self.budget.guard(lambda: format(value, spec)))

    def eval_ListComp(self, node: ast.ListComp) -> list[Any]:
        results: list[Any] = []
        self.comprehend(node.generators, lambda: results.append(self.eval(node.elt)), results)
        return self.budget.created(results)

    eval_GeneratorExp = eval_ListComp  # evaluated eagerly: there are no lazy values in programs

    def eval_DictComp(self, node: ast.DictComp) -> dict[Any, Any]:
        results: dict[Any, Any] = {}

        def add() -> None:
            key = self.eval(node.key)
            self.budget.check_key(key)
            results[key] = self.eval(node.value)

        self.comprehend(node.generators, add, results)
        return self.budget.created(results)

    def comprehend(self, generators: list[ast.comprehension], emit: Callable[[], None], sink: Any) -> None:
        self.scopes.append({})
        try:
            self._comprehend_level(generators, 0, emit, sink)
        finally:
            self.scopes.pop()

    def _comprehend_level(self, generators: list[ast.comprehension], index: int, emit: Callable[[], None], sink: Any) -> None:
        if index == len(generators):
            emit()
            self.budget.check_size(sink)
            return
        gen = generators[index]
        for item in self.budget.iterate(self.eval(gen.iter)):
            self.budget.step()
            self.assign(gen.target, item)
            if all(self.budget.truth(self.eval(cond)) is not False for cond in gen.ifs):
                self._comprehend_level(generators, index + 1, emit, sink)

    def assign(self, target: ast.expr, value: Any) -> None:  # pragma: no cover - the statements define it
        raise NotImplementedError

    # --- calls ------------------------------------------------------------------------------
    def eval_Call(self, node: ast.Call) -> Any:
        func = node.func
        receiver = self.eval(func.value) if isinstance(func, ast.Attribute) else None
        args = [self.eval(a) for a in node.args]
        kwargs = {kw.arg: self.eval(kw.value) for kw in node.keywords if kw.arg is not None}
        self.budget.line = node.lineno
        self.budget.step()
        if isinstance(func, ast.Attribute):
            return self.call_method(receiver, func.attr, args, kwargs)
        if isinstance(func, ast.Name):
            if func.id in self.program.tool_names:
                for value in [*args, *kwargs.values()]:  # tools get bounded, shallow-enough values only
                    self.budget.measure(value, f"an argument of {func.id}()")
                return self.call_tool(func.id, args, kwargs, node.lineno)
            if func.id in SAFE_BUILTINS:
                return self.call_builtin(func.id, args, kwargs)
            raise self.fault("name", f"`{func.id}` is not a tool or an allowed builtin")
        raise self.fault("type", "only tools, allowed builtins and allowed methods can be called")

    def call_builtin(self, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if self.dry and any(a is UNKNOWN for a in [*args, *kwargs.values()]):  # items: each builtin's concern
            return None if name == "print" else UNKNOWN
        impl = BUILTINS[name]
        result = self.budget.guard(lambda: impl(self.budget, *args, **kwargs))
        if name in BUILDERS and result is not UNKNOWN:
            return self.budget.created(result, [*args, *kwargs.values()])  # nests no deeper than [args]
        return self.budget.check_size(result)

    def call_method(self, receiver: Any, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        return call_method(self.budget, receiver, name, args, kwargs)


_EVAL_NAMES: dict[type, str] = {}


def _eval_name(kind: type) -> str:
    """``eval_<Node>`` for a node type, remembered (building it for every node costs)."""
    _EVAL_NAMES[kind] = f"eval_{kind.__name__}"
    return _EVAL_NAMES[kind]


def _is_record(value: dict[Any, Any]) -> bool:
    """A dict whose keys are all known field names (a dummy of a model, or a literal record)."""
    return bool(value) and "str_value" not in value and all(isinstance(k, str) for k in value)


__all__ = ["Evaluator", "ToolCaller"]
