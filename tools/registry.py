"""``@tool`` and ``ToolRegistry``: typed, documented Python functions become tools.

A tool's name, description, parameter docs and JSON schemas come from the function's type
hints and its docstring (Google style ``Args:`` / ``Returns:`` sections)::

    @tool
    def get_weather(city: str) -> Weather:
        \"\"\"Current weather in a city.

        Args:
            city: city name, e.g. "Paris".
        \"\"\"
"""

from __future__ import annotations

import inspect
import keyword
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, get_type_hints

from pydantic import BaseModel, TypeAdapter, ValidationError, create_model

from ..errors import ConfigurationError, UnknownToolError
from ._typing import collect_models, render_type

_SECTION = re.compile(r"^\s*(Args|Arguments|Parameters|Returns|Return|Raises|Yields|Examples?|Notes?):\s*$")
_ARG_LINE = re.compile(r"^\s*(\*{0,2}\w+)\s*(\([^)]*\))?\s*:\s*(.*)$")


@dataclass(frozen=True)
class ToolParameter:
    name: str
    annotation: Any
    description: str = ""
    required: bool = True
    default: Any = None


@dataclass(frozen=True)
class Tool:
    """A callable the planner may use: the function plus what the model is told about it."""

    name: str
    description: str
    fn: Callable[..., Any]
    parameters: tuple[ToolParameter, ...]
    returns: Any
    returns_description: str = ""
    is_async: bool = False
    _schemas: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)

    def bind(self, args: list[Any] | tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """Map call arguments to parameter names (defaults filled); TypeError names what is wrong."""
        names = [p.name for p in self.parameters]
        if len(args) > len(names):
            raise TypeError(f"{self.name}() takes {len(names)} arguments but {len(args)} were given")
        bound = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"{self.name}() has no parameter {key!r}; parameters: {names}")
            if key in bound:
                raise TypeError(f"{self.name}() got two values for {key!r}")
            bound[key] = value
        missing = [p.name for p in self.parameters if p.required and p.name not in bound]
        if missing:
            raise TypeError(f"{self.name}() is missing required argument(s) {missing}")
        for p in self.parameters:
            bound.setdefault(p.name, p.default)
        return bound

    def validate_arguments(self, bound: dict[str, Any]) -> dict[str, Any]:
        """Convert bound plain-data arguments to the declared types (dicts become models)."""
        out = {}
        for p in self.parameters:
            key = f"adapter:{p.name}"
            if key not in self._schemas:
                self._schemas[key] = TypeAdapter(p.annotation)
            try:
                out[p.name] = self._schemas[key].validate_python(bound[p.name])
            except ValidationError as exc:
                err = exc.errors()[0]
                raise TypeError(
                    f"{self.name}() argument {p.name!r}: {err['msg']} (got {bound[p.name]!r:.60})"
                ) from None
        return out

    @property
    def parameters_schema(self) -> dict[str, Any]:
        """JSON schema of the parameters (an object schema, pydantic-generated)."""
        if "parameters" not in self._schemas:
            fields: dict[str, Any] = {}
            for p in self.parameters:
                default = ... if p.required else p.default
                fields[p.name] = (p.annotation, _pyd_field(default, p.description))
            model = create_model(f"{self.name}_parameters", **fields)
            self._schemas["parameters"] = model.model_json_schema()
        return self._schemas["parameters"]

    @property
    def returns_schema(self) -> dict[str, Any]:
        """JSON schema of the return value."""
        if "returns" not in self._schemas:
            self._schemas["returns"] = TypeAdapter(self.returns).json_schema()
        return self._schemas["returns"]

    def json_schema(self) -> dict[str, Any]:
        """The function-calling description: name, description, parameters, returns."""
        return {
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters_schema,
            "returns": self.returns_schema,
        }

    def stub(self) -> str:
        """The tool as a Python stub with its docstring, as shown to the model."""
        params = []
        for p in self.parameters:
            text = f"{p.name}: {render_type(p.annotation)}"
            if not p.required:
                text += f" = {p.default!r}"
            params.append(text)
        lines = [f"def {self.name}({', '.join(params)}) -> {render_type(self.returns)}:"]
        doc = [self.description]
        documented = [p for p in self.parameters if p.description]
        if documented:
            doc += ["", "Args:"] + [f"    {p.name}: {p.description}" for p in documented]
        if self.returns_description:
            doc += ["", f"Returns: {self.returns_description}"]
        body = "\n".join(f"    {line}".rstrip() for line in doc).strip()
        lines.append(f'    """{body}"""')
        return "\n".join(lines)


def _pyd_field(default: Any, description: str) -> Any:
    from pydantic import Field

    return Field(default=default, description=description or None)


def tool(fn: Callable[..., Any] | None = None, *, name: str | None = None) -> Any:
    """Turn a typed, documented function into a :class:`Tool` (usable as ``@tool`` or ``@tool(name=...)``)."""
    caller_locals = dict(sys._getframe(1).f_locals)  # resolves hints naming classes local to the caller
    if fn is None:
        return lambda f: make_tool(f, name=name, localns=caller_locals)
    return make_tool(fn, name=name, localns=caller_locals)


def make_tool(fn: Callable[..., Any], *, name: str | None = None, localns: dict[str, Any] | None = None) -> Tool:
    """Build a :class:`Tool` from ``fn``; raise ConfigurationError if hints or docstring are missing."""
    if isinstance(fn, Tool):
        return fn
    tool_name = name or getattr(fn, "__name__", "")
    if not tool_name.isidentifier() or keyword.iskeyword(tool_name) or tool_name.startswith("_"):
        raise ConfigurationError(
            f"tool name {tool_name!r} is not a usable identifier",
            hint="name tools like Python functions, without a leading underscore: @tool(name='get_weather')",
        )
    doc = inspect.getdoc(fn)
    if not doc:
        raise ConfigurationError(
            f"tool {tool_name!r} has no docstring",
            hint="add a docstring: the model only knows a tool from its description",
        )
    try:
        hints = get_type_hints(fn, localns=localns, include_extras=True)
    except Exception as exc:  # unresolved forward references
        raise ConfigurationError(f"cannot read the type hints of tool {tool_name!r}: {exc}", hint="import the types the hints name") from exc
    signature = inspect.signature(fn)
    description, arg_docs, returns_doc = parse_docstring(doc)
    params = []
    for p in signature.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            raise ConfigurationError(
                f"tool {tool_name!r} takes *{p.name}: tools need a fixed parameter list",
                hint="replace *args/**kwargs with named, typed parameters",
            )
        if p.name not in hints:
            raise ConfigurationError(
                f"parameter {p.name!r} of tool {tool_name!r} has no type hint",
                hint=f"annotate it, e.g. def {tool_name}({p.name}: str, ...)",
            )
        required = p.default is inspect.Parameter.empty
        params.append(ToolParameter(p.name, hints[p.name], arg_docs.get(p.name, ""), required, None if required else p.default))
    if "return" not in hints:
        raise ConfigurationError(
            f"tool {tool_name!r} has no return type hint",
            hint=f"annotate it, e.g. def {tool_name}(...) -> str (use -> None when it returns nothing)",
        )
    return Tool(
        name=tool_name,
        description=description,
        fn=fn,
        parameters=tuple(params),
        returns=hints["return"],
        returns_description=returns_doc,
        is_async=inspect.iscoroutinefunction(fn),
    )


def parse_docstring(doc: str) -> tuple[str, dict[str, str], str]:
    """Split a Google-style docstring into (description, {arg: doc}, returns doc)."""
    description: list[str] = []
    args: dict[str, str] = {}
    returns: list[str] = []
    section = None
    current = None
    for line in doc.splitlines():
        match = _SECTION.match(line)
        if match:
            section = match.group(1).lower()
            current = None
            continue
        if section is None:
            description.append(line)
        elif section in ("args", "arguments", "parameters"):
            arg = _ARG_LINE.match(line)
            if arg and (len(line) - len(line.lstrip())) <= 4:
                current = arg.group(1).lstrip("*")
                args[current] = arg.group(3).strip()
            elif current and line.strip():
                args[current] = (args[current] + " " + line.strip()).strip()
        elif section in ("returns", "return"):
            if line.strip():
                returns.append(line.strip())
    return "\n".join(description).strip(), args, " ".join(returns)


class ToolRegistry:
    """The tools a program may call, by name."""

    def __init__(self, tools: Iterable[Tool | Callable[..., Any]] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for t in tools:
            self.register(t)

    def register(self, fn: Tool | Callable[..., Any], *, name: str | None = None, replace: bool = False) -> Tool:
        """Add a tool (a :class:`Tool` or a typed, documented function); return it."""
        from .checker import RESERVED_NAMES

        t = fn if isinstance(fn, Tool) and name is None else make_tool(getattr(fn, "fn", fn), name=name)
        if t.name in RESERVED_NAMES:
            raise ConfigurationError(
                f"tool name {t.name!r} is reserved by the program language",
                hint="rename the tool, e.g. @tool(name='my_" + t.name + "')",
            )
        if t.name in self._tools and not replace:
            raise ConfigurationError(f"a tool named {t.name!r} is already registered", hint="pass replace=True or rename it")
        self._tools[t.name] = t
        return t

    def get(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise UnknownToolError(f"no tool named {name!r}", hint=f"registered tools: {sorted(self._tools)}") from None

    def list(self) -> list[Tool]:
        return list(self._tools.values())

    def names(self) -> frozenset[str]:
        return frozenset(self._tools)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def signatures(self) -> str:
        """All tools as Python stubs; result models are shown as TypedDicts (programs get dicts)."""
        models: dict[str, type[BaseModel]] = {}
        for t in self._tools.values():
            collect_models(t.returns, models)
            for p in t.parameters:
                collect_models(p.annotation, models)
        blocks = [_typed_dict_stub(m) for m in models.values()]
        blocks += [t.stub() for t in self._tools.values()]
        return "\n\n".join(blocks)


def _typed_dict_stub(model: type[BaseModel]) -> str:
    lines = [f"class {model.__name__}(TypedDict):  # a plain dict: use x[\"field\"]"]
    for name, f in model.model_fields.items():
        note = f"  # {f.description}" if f.description else ""
        lines.append(f"    {name}: {render_type(f.annotation)}{note}")
    return "\n".join(lines)


__all__ = ["Tool", "ToolParameter", "ToolRegistry", "make_tool", "parse_docstring", "tool"]
