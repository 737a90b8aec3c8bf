"""An AST interpreter for checked programs: the only way program code is ever run.

Nothing is handed to ``exec``/``eval``. The interpreter walks the AST that passed
:func:`~cascadroid.tools.checker.check_program` and applies each operation itself, on plain
data only (None, bool, int, float, str, list, tuple, dict, range). Attribute access exists
only as a call of an allowed method looked up on the exact built-in type, so there is no
route to ``__class__``, frames, modules or builtins even if the filter missed something.
Every step, value and operation is bounded by a :class:`~cascadroid.tools.budget.Budget`
(steps, work units, sizes, nesting, wall-clock time); statements live here, expressions in
:mod:`~cascadroid.tools.expressions`.

The same interpreter serves the dry run (tools replaced by typed stubs, errors that depend
on dummy values absorbed into an ``<unknown>`` value, branches not taken explored too) and the
real run.
"""

from __future__ import annotations

import ast
import copy
from typing import Any

from ._typing import UNKNOWN
from .budget import Budget, Limits, ProgramFault
from .checker import RESULT_NAME, CheckedProgram
from .expressions import Evaluator, ToolCaller
from .operations import binop


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class Interpreter(Evaluator):
    """Run one checked program. ``dry=True`` enables the dry-run leniency and exploration."""

    def __init__(self, program: CheckedProgram, call_tool: ToolCaller, *, dry: bool, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        super().__init__(program, call_tool, Budget(self.limits, dry=dry))
        self.exploring = 0
        self._explored: set[int] = set()
        self._copy_allowance = 2 * self.limits.max_weight  # all the copies exploration may make, in work units

    @property
    def steps(self) -> int:
        return self.budget.steps

    @property
    def work(self) -> int:
        return self.budget.work

    @property
    def output(self) -> list[str]:
        return self.budget.output

    @property
    def line(self) -> int:
        return self.budget.line

    # --- driver -------------------------------------------------------------------------
    def run(self) -> Any:
        """Execute the program; return the value of ``result`` (None if never assigned).

        The result is measured like a tool argument: whoever reads it (``str()``, JSON) can.
        """
        self.exec_body(self.program.tree.body)
        result = self.env.get(RESULT_NAME)
        self.budget.measure(result, f"the program's `{RESULT_NAME}`")
        return result

    # --- statements -----------------------------------------------------------------------
    def exec_body(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.exec_stmt(stmt)

    def exec_stmt(self, node: ast.stmt) -> None:
        self.budget.line = node.lineno
        self.budget.step()
        if isinstance(node, ast.Assign):
            value = self.eval(node.value)
            for target in node.targets:
                self.assign(target, value)
        elif isinstance(node, ast.AugAssign):
            current = self.eval(_as_load(node.target))
            self.budget.line = node.lineno
            self.assign(node.target, binop(self.budget, node.op, current, self.eval(node.value)))
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
        truth = self.budget.truth(self.eval(node.test))
        if truth is None:  # dry run, unknown condition: take the body, explore the else
            taken, other = node.body, node.orelse
        else:
            taken, other = (node.body, node.orelse) if truth else (node.orelse, node.body)
        self.exec_body(taken)
        self.explore(other)

    def explore(self, body: list[ast.stmt]) -> None:
        """Dry run only: also rehearse the branch the dummy values did not take, on a copy (once per branch).

        The copy is priced; a branch whose copy would cost more than ``max_weight``, a quarter of the
        work left, or what is left of ``2 * max_weight`` for all copies is not explored: exploring is a
        best effort, never a reason to fail.
        """
        if not self.dry or not body or self.exploring >= 2 or id(body) in self._explored:
            return
        self._explored.add(id(body))
        allowance = min(self.limits.max_weight, self.budget.remaining() // 4, self._copy_allowance)
        spent_before = self.budget.work
        env_copy = self.budget.copy(self.env, allowance)
        self._copy_allowance -= self.budget.work - spent_before
        if env_copy is None:
            return
        saved_env, saved_line = self.env, self.budget.line
        self.env = env_copy
        self.exploring += 1
        try:
            self.exec_body(body)
        except (_Break, _Continue):
            pass
        finally:
            self.env, self.budget.line = saved_env, saved_line
            self.exploring -= 1

    def exec_for(self, node: ast.For) -> None:
        items = self.budget.iterate(self.eval(node.iter))
        for item in items:
            self.budget.line = node.lineno
            self.budget.step()
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
                if len(value) != len(target.elts):
                    raise self.fault("value", f"expected {len(target.elts)} values to unpack, got {len(value)}")
                parts = list(value)
            else:
                raise self.fault("type", f"cannot unpack {type(value).__name__} into {len(target.elts)} names")
            for sub, part in zip(target.elts, parts):
                self.assign(sub, part)
        elif isinstance(target, ast.Subscript):
            self._assign_item(target, value)
        else:
            raise self.fault("type", "unsupported assignment target")

    def _assign_item(self, target: ast.Subscript, value: Any) -> None:
        container = self.eval(target.value)
        key = self.eval(target.slice)
        if self.dry and (container is UNKNOWN or key is UNKNOWN):
            return
        if isinstance(container, list) and type(key) is int:
            self.budget.guard(lambda: container.__setitem__(key, value))
        elif isinstance(container, dict):
            self.budget.check_key(key)
            container[key] = value
        else:
            raise self.fault("type", f"cannot assign into {type(container).__name__}[{type(key).__name__}]")
        self.budget.inserted(container, [value])


def _as_load(target: ast.expr) -> ast.expr:
    clone = copy.copy(target)
    clone.ctx = ast.Load()  # type: ignore[attr-defined]
    return clone


__all__ = ["Interpreter", "Limits", "ProgramFault"]
