"""Running shortcuts on a device, and verifying candidates by replay on a fresh one.

A shortcut's steps are :class:`cascadroid.device.script.Step` objects whose text, app and
locator fields may hold ``{param}`` templates. Running one validates the parameters
(pydantic, built from the JSON schema), checks the preconditions on the current screen,
then resolves each step's locator on the screen it meets. A step whose element is missing
stops the run cleanly, so the caller can go on with single actions from there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from ..device.script import Step
from ..device.types import Device, Locator, Observation
from ..errors import ConfigurationError, DeviceError
from .records import Precondition, Shortcut, ShortcutRun
from .text import fill, placeholders, slug

_JSON_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool}
_CONSTRAINTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minimum": "ge",
    "maximum": "le",
}
_LOCATOR_TEXT_FIELDS = ("resource_id", "text", "content_desc", "cls", "text_contains")


def params_model(shortcut: Shortcut) -> type[BaseModel]:
    """A pydantic model for the shortcut's JSON parameter schema (extra parameters refused)."""
    schema = shortcut.params_schema
    if schema.get("type", "object") != "object" or not isinstance(schema.get("properties", {}), dict):
        raise ConfigurationError(
            f"shortcut {shortcut.name!r}: params_schema must be a JSON schema of type object",
            hint='e.g. {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}',
        )
    properties: dict[str, dict[str, Any]] = schema.get("properties", {})
    required = set(schema.get("required", properties))
    fields: dict[str, Any] = {}
    for name, spec in properties.items():
        kind = spec.get("type", "string")
        if kind not in _JSON_TYPES:
            raise ConfigurationError(
                f"shortcut {shortcut.name!r}: parameter {name!r} has type {kind!r}",
                hint=f"use one of {sorted(_JSON_TYPES)}",
            )
        annotation: Any = Literal[tuple(spec["enum"])] if "enum" in spec else _JSON_TYPES[kind]
        constraints = {ours: spec[theirs] for theirs, ours in _CONSTRAINTS.items() if theirs in spec}
        if name in required:
            fields[name] = (annotation, Field(..., description=spec.get("description"), **constraints))
        else:
            fields[name] = (annotation | None, Field(spec.get("default"), description=spec.get("description"), **constraints))
    return create_model(f"{slug(shortcut.name)}_params", __config__=ConfigDict(extra="forbid"), **fields)


def validate_params(shortcut: Shortcut, params: dict[str, Any]) -> dict[str, Any]:
    """The validated parameters; ConfigurationError naming the first bad one."""
    model = params_model(shortcut)
    try:
        return model.model_validate(params).model_dump()
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "(all)"
        expected = {n: s.get("type", "string") for n, s in shortcut.params_schema.get("properties", {}).items()}
        raise ConfigurationError(
            f"shortcut {shortcut.name!r}: parameter {where!r}: {error['msg']} (got {error.get('input')!r})",
            hint=f"expected parameters: {expected}",
        ) from exc


def template_names(shortcut: Shortcut) -> set[str]:
    """Every ``{name}`` used in the shortcut's steps and preconditions."""
    texts = [shortcut.preconditions.app or ""]
    texts += [v for loc in shortcut.preconditions.locators for v in _locator_texts(loc)]
    for step in shortcut.steps:
        texts += [step.text or "", step.app or "", step.answer or ""]
        texts += _locator_texts(step.target) if step.target else []
    return {name for text in texts for name in placeholders(text)}


def read_names(shortcut: Shortcut) -> set[str]:
    """The names its read steps fill while it runs (a value read on screen, not a parameter)."""
    return {step.into for step in shortcut.steps if step.kind == "read" and step.into}


def check_shortcut(shortcut: Shortcut) -> None:
    """Refuse a shortcut that cannot run: a bad schema, an undeclared template, a coordinate step."""
    declared = set(params_model(shortcut).model_fields) | read_names(shortcut)
    undeclared = template_names(shortcut) - declared
    if undeclared:
        raise ConfigurationError(
            f"shortcut {shortcut.name!r} uses {sorted(undeclared)} in its steps but does not declare them",
            hint="add them to params_schema.properties",
        )
    if not shortcut.steps:
        raise ConfigurationError(f"shortcut {shortcut.name!r} has no steps", hint="give it at least one step")
    for index, step in enumerate(shortcut.steps):
        if step.kind in ("tap", "long_press") and step.target is None:
            raise ConfigurationError(
                f"shortcut {shortcut.name!r} step {index} ({step.kind}) has no locator",
                hint="shortcut steps find elements by resource_id, text or content_desc, never by coordinates",
            )


def expand_step(step: Step, params: dict[str, Any]) -> Step:
    """The step with every ``{param}`` filled in."""
    update: dict[str, Any] = {f: fill(getattr(step, f), params) for f in ("text", "app", "answer") if getattr(step, f)}
    if step.target is not None:
        update["target"] = expand_locator(step.target, params)
    return step.model_copy(update=update)


def _locator_texts(locator: Locator) -> list[str]:
    return [v for f in _LOCATOR_TEXT_FIELDS if (v := getattr(locator, f)) is not None]


def expand_locator(locator: Locator, params: dict[str, Any]) -> Locator:
    values = {f: fill(v, params) for f in _LOCATOR_TEXT_FIELDS if (v := getattr(locator, f)) is not None}
    return Locator(**values)


def missing_precondition(pre: Precondition, observation: Observation, params: dict[str, Any]) -> tuple[str, Locator | None] | None:
    """Why the preconditions do not hold on this screen (reason, missing locator), or None."""
    app = fill(pre.app, params) if pre.app else None
    if app and observation.package != app:
        return f"app {app!r} is not in front (found {observation.package!r})", None
    for locator in pre.locators:
        wanted = expand_locator(locator, params)
        if observation.find(wanted) is None:
            return f"precondition element {wanted.model_dump(exclude_none=True)} is not on screen", wanted
    return None


Reader = Callable[[Observation], "str | None"]


def run_shortcut(
    device: Device, shortcut: Shortcut, params: dict[str, Any], *, key_prefix: str | None = None,
    read: Reader | None = None,
) -> ShortcutRun:
    """Check preconditions, then run each step on the screen it meets; stop cleanly at a missing element.

    ``key_prefix`` (e.g. run id + step) gives each action the idempotency key
    ``{key_prefix}.{i}``. Bad parameters raise ConfigurationError before anything runs. A ``read`` step
    keeps what ``read(screen)`` finds under its ``into`` name, for the ``{name}`` of the steps after it
    (the place named in a mail, searched in the maps); with no reader, or nothing read, the run stops there.
    """
    values = validate_params(shortcut, params)
    result = ShortcutRun(
        shortcut_id=shortcut.id, shortcut_name=shortcut.name, params=values, status="succeeded",
        steps_total=len(shortcut.steps),
    )  # fmt: skip
    observation = device.observe()
    missing = missing_precondition(shortcut.preconditions, observation, values)
    if missing is not None:
        reason, locator = missing
        return result.model_copy(
            update={
                "status": "precondition_failed",
                "reason": reason,
                "missing_locator": None if locator is None else locator.model_dump(exclude_none=True),
            }
        )
    for index, step in enumerate(shortcut.steps):
        if index > 0:
            observation = device.observe()
        if step.kind == "read":
            value = read(observation) if read is not None else None
            if not value:
                return result.model_copy(update={"status": "stopped", "stopped_at": index,
                                                 "reason": f"step {index} (read): nothing to read on this screen"})
            values = {**values, step.into or "value": value}
            result.steps_done = index + 1
            continue
        concrete = expand_step(step, values)
        try:
            action = concrete.resolve(observation)
            if key_prefix is not None:
                action = action.model_copy(update={"idempotency_key": f"{key_prefix}.{index}"})
            outcome = device.act(action)
        except DeviceError as exc:
            missing_target = concrete.target is not None and observation.find(concrete.target) is None
            return result.model_copy(
                update={
                    "status": "stopped",
                    "stopped_at": index,
                    "reason": f"step {index} ({step.kind}): {exc.message}",
                    "missing_locator": concrete.target.model_dump(exclude_none=True) if missing_target else None,
                }
            )
        result.actions.append(action.model_dump())
        if not outcome.ok:
            return result.model_copy(
                update={"status": "stopped", "stopped_at": index, "reason": f"step {index} ({step.kind}): {outcome.message}"}
            )
        result.steps_done = index + 1
    return result
