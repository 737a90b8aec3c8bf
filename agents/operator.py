"""Operator: picks one action. Its output schema is built per screen, so element ids can only be
ones on screen (a local grammar enforces the enum; every answer is validated again after)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model

from ..device.types import (
    Action,
    AppInfo,
    Back,
    Done,
    Home,
    LongPress,
    OpenApp,
    OpenUri,
    Swipe,
    Tap,
    TypeText,
    Wait,
)
from .perceptor import Screen
from .text import words

APPS_SHOWN = 40  # a phone lists dozens of apps; the header names the ones the task mentions first

ActionName = Literal["tap", "long_press", "type", "swipe", "back", "home", "open_app", "open_uri", "wait", "done"]

INSTRUCTIONS = """Your role: operator. Choose the next single action.
Reply with JSON: {"reason": short why, "action": one of tap, long_press, type, swipe, back, home, open_app, wait, done, plus the fields that action needs}.
- tap / long_press: "element" = an id in [brackets] from the screen list.
- type: "text" to type; "element" = the field's id (or null for the focused field).
- swipe: "direction" = down (see more below), up, left or right; optional "element" = the list.
- open_app: "app" = an app name from the list given.
- done: the task is complete (or impossible); put any answer the task asks for in "answer".
Prefer the shortest path; never repeat an action that did not change the screen."""


class OperatorChoice(BaseModel):
    """One chosen action in the code's shape (``kind`` keyed, like every action and candidate); a
    model's output reaches it only through :func:`parse` (see :data:`WIRE_KEY`)."""

    reason: str = ""
    kind: ActionName
    element: int | None = None
    text: str | None = None
    direction: Literal["up", "down", "left", "right"] | None = None
    app: str | None = None
    answer: str | None = None
    success: bool | None = None  # done: False when the task cannot be done (the answer says why)
    uri: str | None = None  # open_uri: a deep link, and/or an intent action with its package
    intent: str | None = None
    package: str | None = None


# The model writes the action's name under "action" (INSTRUCTIONS, the per-screen schema); the code
# reads "kind". parse() and to_output() are the only places that know both names.
WIRE_KEY = "action"


def parse(output: BaseModel | dict[str, Any]) -> OperatorChoice:
    """A model's operator output (the per-screen schema's instance or its JSON) as an OperatorChoice."""
    data = output.model_dump() if isinstance(output, BaseModel) else dict(output)
    data["kind"] = data.pop(WIRE_KEY, None)
    return OperatorChoice.model_validate(data)


def to_output(action: dict[str, Any], reason: str) -> dict[str, Any]:
    """An action (``kind`` keyed, e.g. a candidate's) as a model would write it, for a stand-in model."""
    return {"reason": reason, WIRE_KEY: action.get("kind"), **{k: v for k, v in action.items() if k != "kind"}}


@lru_cache(maxsize=256)
def _schema_for(ids: tuple[int, ...], apps: tuple[str, ...]) -> type[BaseModel]:
    element_type: Any = Literal[ids] | None if ids else int | None  # type: ignore[valid-type]
    app_type: Any = Literal[apps] | None if apps else str | None  # type: ignore[valid-type]
    return create_model(
        "OperatorOutput",
        reason=(str, Field(default="", max_length=160)),
        action=(ActionName, ...),  # WIRE_KEY: parse() renames it to "kind"
        element=(element_type, None),
        text=(str | None, None),
        direction=(Literal["up", "down", "left", "right"] | None, None),
        app=(app_type, None),
        answer=(str | None, None),
        uri=(str | None, None),  # open_uri (a deep link from agents/deeplinks.py, or a cloud model's)
        intent=(str | None, None),
        package=(str | None, None),
    )


def app_labels(apps: Sequence[AppInfo]) -> tuple[str, ...]:
    """The labels ``open_app`` accepts, each once, in the device's order."""
    return tuple(dict.fromkeys(app.label for app in apps if app.label))


def apps_line(apps: Sequence[AppInfo], task: str) -> str:
    """The apps named to the model, in the device's order; when there are more than APPS_SHOWN,
    those sharing a word with the task come first and the rest is counted."""
    labels = app_labels(apps)
    more = len(labels) - APPS_SHOWN
    if more <= 0:
        return ", ".join(labels)
    wanted = words(task)
    ordered = sorted(labels, key=lambda label: not (words(label) & wanted))  # stable: device order otherwise
    return ", ".join(ordered[:APPS_SHOWN]) + f" (+{more} more)"


def output_type(screen: Screen, apps: Sequence[AppInfo]) -> type[BaseModel]:
    """The schema for this screen: element ids limited to the actionable ones on it, apps to labels."""
    return _schema_for(tuple(screen.actionable), app_labels(apps))


def prompt(screen: Screen, *, context: str) -> str:
    """What changes every step (context, then the screen); the stable header comes before it."""
    return (
        f"{context}\n"
        f"Screen (app {screen.package}{', keyboard open' if screen.keyboard_shown else ''}):\n"
        f"{screen.text()}\nNext action?"
    )


CHOICE_INSTRUCTIONS = """Your role: operator. Choose the next single action from the numbered list.
Reply with JSON: {"choice": the number of the best action}."""


def choice_type(count: int) -> type[BaseModel]:
    """``{"choice": 1..count}``: a grammar lets a local model emit only a listed number."""
    return _choice_type(count)


@lru_cache(maxsize=32)
def _choice_type(count: int) -> type[BaseModel]:
    numbers: Any = Literal[tuple(range(1, count + 1))]  # type: ignore[valid-type]
    return create_model("OperatorPick", choice=(numbers, ...))


def choice_prompt(screen: Screen, options: list[str], *, context: str) -> str:
    listed = "\n".join(f"{i}. {text}" for i, text in enumerate(options, start=1))
    return f"{prompt(screen, context=context)[:-len('Next action?')]}Actions:\n{listed}\nBest action number?"


class InvalidChoice(ValueError):
    """The model's choice does not fit the screen; the message is shown to the model."""


def to_action(choice: OperatorChoice, screen: Screen) -> Action:
    """Validate a choice against the screen and turn it into a device action."""
    needs_element = choice.kind in ("tap", "long_press")
    if choice.element is not None and choice.element not in screen.actionable:
        raise InvalidChoice(f"element {choice.element} is not on screen; choose one of {screen.actionable}")
    if needs_element and choice.element is None:
        raise InvalidChoice(f"{choice.kind} needs an element id from {screen.actionable}")
    if choice.element is not None and choice.element in screen.from_ocr and choice.kind in ("tap", "long_press"):
        left, top, right, bottom = screen.bounds[choice.element]  # a box read from pixels: the device has no such id
        x, y = (left + right) // 2, (top + bottom) // 2
        return Tap(x=x, y=y) if choice.kind == "tap" else LongPress(x=x, y=y)
    match choice.kind:
        case "tap":
            return Tap(element=choice.element)
        case "long_press":
            return LongPress(element=choice.element)
        case "type":
            if not choice.text and choice.element is None:  # an empty text into a named field clears it
                raise InvalidChoice("type needs a non-empty text")
            if choice.element is None and not screen.editable and not screen.keyboard_shown:
                raise InvalidChoice("no text field is focused; give the field's element id")
            return TypeText(text=choice.text, element=choice.element)
        case "swipe":
            return Swipe(direction=choice.direction or "down", element=choice.element)
        case "back":
            return Back()
        case "home":
            return Home()
        case "open_app":
            if not choice.app:
                raise InvalidChoice("open_app needs an app name")
            return OpenApp(app=choice.app)
        case "open_uri":
            try:
                return OpenUri(uri=choice.uri, action=choice.intent, package=choice.package)
            except ValueError as exc:
                raise InvalidChoice(f"open_uri: {exc}") from exc
        case "wait":
            return Wait(seconds=1.0)
        case "done":
            return Done(answer=choice.answer, success=choice.success is not False)
    raise InvalidChoice(f"unknown action {choice.kind!r}")  # pragma: no cover


def describe(action: dict[str, Any], labels: dict[int, str] | None = None) -> str:
    """One short line for histories and progress output."""
    kind = action.get("kind", "?")
    element = action.get("element")
    target = ""
    if element is not None:
        label = (labels or {}).get(element, "")
        target = f" [{element}]" + (f" \"{label[:40]}\"" if label else "")
    extra = {
        "type": f" \"{action.get('text', '')}\"",
        "swipe": f" {action.get('direction', '')}",
        "open_app": f" {action.get('app', '')}",
        "open_uri": f" {action.get('uri') or action.get('action')}"
                    + (f" in {action['package']}" if action.get("package") else ""),
        "done": f" answer={action.get('answer')!r}" if action.get("answer") else "",
        "shortcut": f" {action.get('name')}({', '.join(f'{k}={v!r}' for k, v in (action.get('params') or {}).items())})",
        "tool": f" {action.get('tool')}({', '.join(f'{k}={v!r}' for k, v in (action.get('args') or {}).items())})",
    }.get(kind, "")
    return f"{kind}{target}{extra}"
