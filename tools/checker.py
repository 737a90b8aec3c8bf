"""The static filter: only a small, safe Python subset passes.

The program language (what the model is told, see :data:`LANGUAGE_RULES`):

- statements: assignment (``x = ...``, ``a, b = ...``, ``d["k"] = ...``, ``x += ...``),
  expression statements (calls), ``if``/``elif``/``else``, ``for x in <list/range/dict/str>``,
  ``break``, ``continue``, ``pass``;
- expressions: str/int/float/bool/None literals, list/tuple/dict literals, list and dict
  comprehensions, f-strings with simple format specs, arithmetic, comparisons, ``and``/``or``/
  ``not``, ``x if c else y``, subscripts and slices;
- calls to registered tools, to a few safe builtins (:data:`SAFE_BUILTINS`), and to a short
  list of harmless str/list/dict methods (:data:`ALLOWED_METHODS`);
- the program's answer is whatever it assigns to ``result`` last (None if it never does).

Rejected: imports, ``def``/``class``/``lambda``, decorators, ``while``, ``try``/``with``,
``return``/``yield``/``await``, ``global``/``nonlocal``, ``del``, starred arguments,
``**`` unpacking, the walrus operator, any name starting with ``_``, every builtin not in the
safe list (eval, exec, open, getattr, type, vars, ...), and every attribute access other than
calling an allowed method. Python normalises identifiers with NFKC before the AST is built,
so look-alike spellings (``ｅｖａｌ``) reach this filter as the plain name and are refused too.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import ProgramRejected

SAFE_BUILTINS = frozenset(
    {
        "len", "range", "min", "max", "sum", "sorted", "reversed", "str", "int", "float", "bool",
        "list", "dict", "tuple", "enumerate", "zip", "abs", "round", "any", "all", "print",
    }
)
ALLOWED_METHODS: dict[type, frozenset[str]] = {
    str: frozenset(
        {
            "lower", "upper", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "join",
            "startswith", "endswith", "replace", "find", "count", "title", "capitalize",
            "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper",
        }
    ),
    list: frozenset({"append", "extend", "pop", "index", "count", "insert", "copy", "reverse", "sort"}),
    dict: frozenset({"get", "items", "keys", "values", "pop", "update", "setdefault", "copy"}),
    tuple: frozenset({"index", "count"}),
}
ALLOWED_METHOD_NAMES = frozenset().union(*ALLOWED_METHODS.values())
RESULT_NAME = "result"
RESERVED_NAMES = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | {RESULT_NAME}

MAX_SOURCE_CHARS = 20_000
MAX_NODES = 3_000
MAX_DEPTH = 40
MAX_CONSTANT_CHARS = 5_000
# fill/align, sign, alternate/zero, width (up to 3 digits), grouping, precision, type
_SAFE_FORMAT_SPEC = re.compile(r"^(.?[<>=^])?[+\- ]?#?0?\d{0,3}[,_]?(\.\d{1,2})?[bcdeEfFgGnosxX%]?$")

_STATEMENTS = (ast.Assign, ast.AugAssign, ast.Expr, ast.If, ast.For, ast.Break, ast.Continue, ast.Pass)
_EXPRESSIONS = (
    ast.BoolOp, ast.BinOp, ast.UnaryOp, ast.IfExp, ast.Dict, ast.List, ast.Tuple, ast.ListComp,
    ast.DictComp, ast.GeneratorExp, ast.Compare, ast.Call, ast.FormattedValue, ast.JoinedStr,
    ast.Constant, ast.Attribute, ast.Subscript, ast.Name, ast.Slice,
)
_OTHERS = (
    ast.Module, ast.Load, ast.Store, ast.comprehension, ast.keyword,
    ast.And, ast.Or, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow,
    ast.Not, ast.USub, ast.UAdd,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.In, ast.NotIn,
)
_ALLOWED_NODES = _STATEMENTS + _EXPRESSIONS + _OTHERS

_WHY_NOT: dict[type, str] = {
    ast.Import: "imports are not allowed: the registered tools are all a program can use",
    ast.ImportFrom: "imports are not allowed: the registered tools are all a program can use",
    ast.FunctionDef: "defining functions is not allowed: write the steps inline",
    ast.AsyncFunctionDef: "defining functions is not allowed: write the steps inline",
    ast.ClassDef: "defining classes is not allowed",
    ast.Lambda: "lambda is not allowed: write the steps inline",
    ast.While: "while loops are not allowed: use `for i in range(N)` with a fixed N",
    ast.Try: "try/except is not allowed: failures stop the program and are reported",
    ast.With: "with blocks are not allowed",
    ast.AsyncWith: "with blocks are not allowed",
    ast.AsyncFor: "async for is not allowed",
    ast.Return: f"return is not allowed: assign the answer to `{RESULT_NAME}`",
    ast.Yield: "yield is not allowed",
    ast.YieldFrom: "yield is not allowed",
    ast.Await: "await is not allowed: call tools directly",
    ast.Global: "global is not allowed",
    ast.Nonlocal: "nonlocal is not allowed",
    ast.Delete: "del is not allowed",
    ast.Starred: "starred expressions (*x) are not allowed",
    ast.NamedExpr: "the walrus operator := is not allowed: use a separate assignment",
    ast.Set: "set literals are not allowed: use a list",
    ast.SetComp: "set comprehensions are not allowed: use a list comprehension",
    ast.Raise: "raise is not allowed",
    ast.Assert: "assert is not allowed: use if",
    ast.AnnAssign: "annotated assignments are not allowed: write `x = ...`",
    ast.Match: "match statements are not allowed: use if/elif",
    ast.Del: "del is not allowed",
}


@dataclass(frozen=True)
class Problem:
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, col {self.col}: {self.message}"


@dataclass
class CheckedProgram:
    """A program that passed the static filter: its source, AST and the tool calls it makes."""

    source: str
    tree: ast.Module
    tool_names: frozenset[str]
    tool_call_sites: list[tuple[int, str]] = field(default_factory=list)


def check_program(source: str, tool_names: Iterable[str]) -> CheckedProgram:
    """Parse and check ``source``; raise :class:`ProgramRejected` listing every problem."""
    tools = frozenset(tool_names)
    if not isinstance(source, str):
        raise ProgramRejected(f"a program must be a str, got {type(source).__name__}", hint="pass the program text")
    if len(source) > MAX_SOURCE_CHARS:
        raise ProgramRejected(
            f"the program has {len(source)} characters, more than the {MAX_SOURCE_CHARS} allowed",
            hint="write a shorter program: loops instead of repeated lines",
        )
    try:
        with warnings.catch_warnings():  # e.g. "invalid escape sequence": not the model's concern here
            warnings.simplefilter("ignore")
            tree = ast.parse(source, mode="exec")
    except SyntaxError as exc:
        raise ProgramRejected(
            f"line {exc.lineno or 0}, col {exc.offset or 0}: syntax error: {exc.msg}",
            hint="write valid Python in the allowed subset",
        ) from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise ProgramRejected(f"the program cannot be parsed: {type(exc).__name__}: {exc}", hint="write plain, shallow Python") from None
    visitor = _Checker(tools)
    visitor.run(tree)
    if visitor.problems:
        listed = "\n".join(str(p) for p in visitor.problems[:20])
        error = ProgramRejected(
            f"the program uses what is not allowed:\n{listed}",
            hint="use only assignments, if/for, calls to the listed tools and safe builtins, "
            f"and put the answer in `{RESULT_NAME}`",
        )
        error.problems = list(visitor.problems)  # type: ignore[attr-defined]
        raise error
    return CheckedProgram(source=source, tree=tree, tool_names=tools, tool_call_sites=visitor.tool_calls)


class _Checker:
    def __init__(self, tools: frozenset[str]) -> None:
        self.tools = tools
        self.problems: list[Problem] = []
        self.tool_calls: list[tuple[int, str]] = []
        self.nodes = 0
        self.position: tuple[int, int] = (0, 0)

    def fail(self, node: ast.AST, message: str) -> None:
        line, col = getattr(node, "lineno", None), getattr(node, "col_offset", None)
        if line is None:  # operators and contexts carry no position: use their parent's
            line, col = self.position
        self.problems.append(Problem(line, (col or 0) + 1, message))

    def run(self, tree: ast.Module) -> None:
        if not tree.body:
            self.fail(tree, f"the program is empty: call tools and assign the answer to `{RESULT_NAME}`")
        self.visit(tree, depth=0, call_func=False)

    def visit(self, node: ast.AST, *, depth: int, call_func: bool) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            if self.nodes == MAX_NODES + 1:
                self.fail(node, f"the program is too large (more than {MAX_NODES} syntax nodes)")
            return
        if depth > MAX_DEPTH:
            self.fail(node, f"expressions nest deeper than {MAX_DEPTH} levels: split them into assignments")
            return
        if hasattr(node, "lineno"):
            self.position = (node.lineno, node.col_offset)
        if not isinstance(node, _ALLOWED_NODES):
            reason = _WHY_NOT.get(type(node), f"{type(node).__name__} is not allowed in programs")
            self.fail(node, reason)
            return
        check = getattr(self, f"check_{type(node).__name__}", None)
        if check is not None and check(node) is False:
            return
        for name, child in ast.iter_fields(node):
            children = child if isinstance(child, list) else [child]
            for item in children:
                if isinstance(item, ast.AST):
                    is_func = isinstance(node, ast.Call) and name == "func"
                    self.visit(item, depth=depth + 1, call_func=is_func)
        if isinstance(node, (ast.Name, ast.Attribute)):
            self.check_reference(node, call_func)

    # --- names and attributes -------------------------------------------------------------
    def check_reference(self, node: ast.Name | ast.Attribute, call_func: bool) -> None:
        if isinstance(node, ast.Attribute):
            if not call_func:
                self.fail(node, f"attribute access `.{node.attr}` is not allowed (only calls of allowed str/list/dict methods)")
            return
        name = node.id
        callable_name = name in self.tools or name in SAFE_BUILTINS
        if isinstance(node.ctx, ast.Store):
            if callable_name or name in RESERVED_NAMES - {RESULT_NAME}:
                self.fail(node, f"`{name}` names a tool or builtin: pick another variable name")
            return
        if callable_name and not call_func:
            self.fail(node, f"`{name}` can only be called, not used as a value")

    def check_Name(self, node: ast.Name) -> bool:
        name = node.id
        if name.startswith("_"):
            self.fail(node, f"names starting with `_` are not allowed (`{name}`)")
            return False
        if name in RESERVED_NAMES - SAFE_BUILTINS - {RESULT_NAME} and name not in self.tools:
            self.fail(node, f"`{name}` is not available in programs")
            return False
        return True

    def check_Attribute(self, node: ast.Attribute) -> bool:
        if node.attr.startswith("_"):
            self.fail(node, f"attribute `.{node.attr}` is not allowed")
            return False
        if node.attr not in ALLOWED_METHOD_NAMES:
            self.fail(node, f"method `.{node.attr}` is not allowed; allowed methods: {sorted(ALLOWED_METHOD_NAMES)}")
            return False
        return True

    # --- calls ----------------------------------------------------------------------------
    def check_Call(self, node: ast.Call) -> bool:
        func = node.func
        if isinstance(func, ast.Name):
            if func.id in self.tools:
                self.tool_calls.append((node.lineno, func.id))
            elif func.id not in SAFE_BUILTINS and not func.id.startswith("_") and func.id not in RESERVED_NAMES:
                self.fail(node, f"`{func.id}` is not a registered tool or an allowed builtin; tools: {sorted(self.tools)}")
        elif not isinstance(func, ast.Attribute):
            self.fail(node, "only tools, allowed builtins and allowed methods can be called")
            return False
        for kw in node.keywords:
            if kw.arg is None:
                self.fail(kw, "`**` unpacking in calls is not allowed: pass arguments by name")
            elif kw.arg.startswith("_"):
                self.fail(kw.value, f"keyword `{kw.arg}` is not allowed")
        return True

    # --- literals and formatting ----------------------------------------------------------
    def check_Constant(self, node: ast.Constant) -> bool:
        value = node.value
        if value is Ellipsis:
            self.fail(node, "`...` is a placeholder: write the real value")
        elif not isinstance(value, (str, int, float, bool, type(None))):
            self.fail(node, f"{type(value).__name__} literals are not allowed")
        elif isinstance(value, str) and len(value) > MAX_CONSTANT_CHARS:
            self.fail(node, f"string literal longer than {MAX_CONSTANT_CHARS} characters")
        elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
            self.fail(node, "integer literal too large")
        return True

    def check_FormattedValue(self, node: ast.FormattedValue) -> bool:
        spec = node.format_spec
        if spec is None:
            return True
        parts = spec.values if isinstance(spec, ast.JoinedStr) else [spec]
        if not all(isinstance(p, ast.Constant) and isinstance(p.value, str) for p in parts):
            self.fail(node, "f-string format specs must be literal, e.g. {x:.2f}")
            return False
        text = "".join(p.value for p in parts)  # type: ignore[union-attr]
        if not _SAFE_FORMAT_SPEC.match(text):
            self.fail(node, f"f-string format spec {text!r} is not allowed (use e.g. .2f, >10, 05d)")
            return False
        return True

    def check_Dict(self, node: ast.Dict) -> bool:
        if any(k is None for k in node.keys):
            self.fail(node, "`**` unpacking in dict literals is not allowed")
            return False
        return True

    # --- statements -----------------------------------------------------------------------
    def check_For(self, node: ast.For) -> bool:
        self._check_target(node.target, "loop variable")
        if node.orelse:
            self.fail(node, "for ... else is not allowed")
        return True

    def check_comprehension(self, node: ast.comprehension) -> bool:
        if node.is_async:
            self.fail(node.target, "async comprehensions are not allowed")
        self._check_target(node.target, "comprehension variable")
        return True

    def check_Assign(self, node: ast.Assign) -> bool:
        for target in node.targets:
            if isinstance(target, (ast.Tuple, ast.List)):
                self._check_target(target, "assignment target")
            elif not isinstance(target, (ast.Name, ast.Subscript)):
                self.fail(target, "you can assign to a name, a subscript or a tuple of names only")
        return True

    def check_AugAssign(self, node: ast.AugAssign) -> bool:
        if not isinstance(node.target, (ast.Name, ast.Subscript)):
            self.fail(node.target, "augmented assignment needs a name or subscript target")
        return True

    def _check_target(self, target: ast.AST, what: str) -> None:
        names = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
        for item in names:
            if not isinstance(item, ast.Name):
                self.fail(item, f"a {what} must be a plain name or a tuple of names")


__all__ = [
    "ALLOWED_METHODS", "CheckedProgram", "Problem", "RESERVED_NAMES", "RESULT_NAME", "SAFE_BUILTINS",
    "check_program",
]
