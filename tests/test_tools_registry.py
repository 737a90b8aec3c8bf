"""@tool and ToolRegistry: schemas and stubs from type hints and docstrings."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel, Field

from cascadroid.errors import ConfigurationError, UnknownToolError
from cascadroid.tools import Tool, ToolRegistry, tool


class Event(BaseModel):
    title: str
    start: str = Field(description="HH:MM")


@tool
def add_event(title: str, day: str, minutes: int = 30) -> Event:
    """Add an event to the calendar.

    Args:
        title: what the event is called.
        day: ISO date, e.g. 2026-01-31;
            must not be in the past.
        minutes: how long it lasts.

    Returns:
        the stored event.
    """
    return Event(title=title, start="09:00")


def test_tool_takes_name_description_and_parameter_docs_from_the_function() -> None:
    assert isinstance(add_event, Tool)
    assert add_event.name == "add_event"
    assert add_event.description == "Add an event to the calendar."
    docs = {p.name: p.description for p in add_event.parameters}
    assert docs == {
        "title": "what the event is called.",
        "day": "ISO date, e.g. 2026-01-31; must not be in the past.",
        "minutes": "how long it lasts.",
    }
    assert add_event.returns_description == "the stored event."
    assert add_event("x", "2026-01-01").title == "x"


def test_tool_json_schema_comes_from_type_hints() -> None:
    schema = add_event.json_schema()
    params = schema["parameters"]
    assert params["required"] == ["title", "day"]
    assert params["properties"]["minutes"] == {
        "default": 30, "description": "how long it lasts.", "title": "Minutes", "type": "integer",
    }
    assert schema["returns"]["properties"]["start"]["description"] == "HH:MM"


def test_stub_shows_types_defaults_and_docs() -> None:
    stub = add_event.stub()
    assert stub.splitlines()[0] == "def add_event(title: str, day: str, minutes: int = 30) -> Event:"
    assert "title: what the event is called." in stub


def test_registry_signatures_render_result_models_as_typed_dicts() -> None:
    @tool(name="pick")
    def choose(mode: Literal["a", "b"], ids: list[int] | None = None) -> dict[str, float]:
        """Pick a mode."""
        return {}

    registry = ToolRegistry([add_event, choose])
    text = registry.signatures()
    assert 'class Event(TypedDict):  # a plain dict: use x["field"]' in text
    assert "    start: str  # HH:MM" in text
    assert "def pick(mode: Literal['a', 'b'], ids: list[int] | None = None) -> dict[str, float]:" in text
    assert registry.get("pick").fn is choose.fn
    assert [t.name for t in registry.list()] == ["add_event", "pick"]


def test_function_without_docstring_is_refused() -> None:
    def no_doc(x: int) -> int:
        return x

    with pytest.raises(ConfigurationError, match="has no docstring"):
        tool(no_doc)


def test_function_without_type_hints_is_refused() -> None:
    def no_hint(x) -> int:  # type: ignore[no-untyped-def]
        """Doc."""
        return x

    def no_return(x: int):  # type: ignore[no-untyped-def]
        """Doc."""
        return x

    with pytest.raises(ConfigurationError, match="parameter 'x' of tool 'no_hint' has no type hint"):
        tool(no_hint)
    with pytest.raises(ConfigurationError, match="no return type hint"):
        tool(no_return)


def test_variadic_parameters_are_refused() -> None:
    def many(*names: str) -> str:
        """Doc."""
        return ""

    with pytest.raises(ConfigurationError, match=r"takes \*names"):
        tool(many)


def test_registry_refuses_duplicates_reserved_names_and_unknown_lookups() -> None:
    registry = ToolRegistry([add_event])
    with pytest.raises(ConfigurationError, match="already registered"):
        registry.register(add_event)
    registry.register(add_event, replace=True)

    def print_it(x: str) -> None:
        """Print."""

    with pytest.raises(ConfigurationError, match="reserved"):
        registry.register(print_it, name="print")
    with pytest.raises(UnknownToolError, match="no tool named 'nope'"):
        registry.get("nope")


def test_bind_and_validate_arguments() -> None:
    bound = add_event.bind(["Lunch"], {"day": "2026-02-01"})
    assert bound == {"title": "Lunch", "day": "2026-02-01", "minutes": 30}
    with pytest.raises(TypeError, match="missing required argument"):
        add_event.bind([], {"title": "x"})
    with pytest.raises(TypeError, match="no parameter 'when'"):
        add_event.bind(["x", "y"], {"when": 1})
    with pytest.raises(TypeError, match="argument 'minutes'"):
        add_event.validate_arguments({"title": "x", "day": "y", "minutes": "soon"})


def test_public_names_of_cascadroid_tools_resolve() -> None:
    import cascadroid.tools as tools

    missing = [name for name in tools.__all__ if not hasattr(tools, name)]
    assert missing == []
    assert {"plan_program", "run_program", "tool", "ToolRegistry", "Program", "ProgramRun"} <= set(tools.__all__)
