"""Structured output shared by the backends: schema, parsing, the repair round."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import ModelOutputError
from .base import Message, Usage


@lru_cache(maxsize=256)
def json_schema_of(output_type: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema of ``output_type`` (cached; do not mutate the result)."""
    return output_type.model_json_schema()


def schema_text(output_type: type[BaseModel]) -> str:
    return json.dumps(json_schema_of(output_type), separators=(",", ":"))


def parse_output(text: str, output_type: type[BaseModel]) -> tuple[BaseModel | None, str]:
    """Validate ``text`` as ``output_type``: (object, "") on success, (None, why) on failure.

    Tolerates what chat models wrap JSON in (code fences, a sentence before the object).
    """
    candidate = _json_candidate(text)
    try:
        return output_type.model_validate_json(candidate), ""
    except ValidationError as exc:
        return None, _describe(exc)
    except (ValueError, RecursionError) as exc:  # a validator of the caller's type choking on odd input
        return None, f"{type(exc).__name__}: {str(exc)[:200]}"


def prompt_instruction(output_type: type[BaseModel]) -> str:
    """A system instruction asking for JSON of ``output_type``'s schema (for servers with no JSON mode)."""
    return (
        "Answer with one JSON object only, no prose and no code fences. "
        f"It must validate against this JSON schema: {schema_text(output_type)}"
    )


def with_instruction(messages: list[Message], instruction: str) -> list[Message]:
    """``messages`` with ``instruction`` appended to the system message (or a new one first)."""
    if messages and messages[0].role == "system":
        first = Message(role="system", content=f"{messages[0].content}\n\n{instruction}")
        return [first, *messages[1:]]
    return [Message(role="system", content=instruction), *messages]


def repair_messages(messages: list[Message], raw: str, error: str, output_type: type[BaseModel]) -> list[Message]:
    """The conversation for the one repair round: the bad answer, then what was wrong with it."""
    return [
        *messages,
        Message(role="assistant", content=raw),
        Message(
            role="user",
            content=(
                f"That answer is not valid: {error}. Reply again with only a JSON object that "
                f"validates against this schema: {schema_text(output_type)}"
            ),
        ),
    ]


def output_error(model: str, output_type: type[BaseModel], raw: str, error: str) -> ModelOutputError:
    shown = raw if len(raw) <= 200 else raw[:200] + "..."
    return ModelOutputError(
        f"model {model!r} gave output that is not a valid {output_type.__name__} after one repair round: "
        f"{error}; output was {shown!r}",
        hint="raise max_tokens if the JSON was cut off, simplify the schema, or use a stronger model",
        raw=raw,
    )


def add_usage(first: Usage, second: Usage) -> Usage:
    """Usage of two calls together (an answer and its repair round)."""
    return Usage(
        prompt_tokens=first.prompt_tokens + second.prompt_tokens,
        completion_tokens=first.completion_tokens + second.completion_tokens,
        cached_prompt_tokens=first.cached_prompt_tokens + second.cached_prompt_tokens,
    )


def _json_candidate(text: str) -> str:
    stripped = text.strip()
    if stripped.startswith("```"):
        stripped = stripped.strip("`")
        stripped = stripped[4:] if stripped.lower().startswith("json") else stripped
        stripped = stripped.strip()
    if stripped.startswith("{"):
        return stripped
    start, end = stripped.find("{"), stripped.rfind("}")
    return stripped[start : end + 1] if 0 <= start < end else stripped


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
