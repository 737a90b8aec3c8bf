"""Action Reflector: did the last action do what was meant? Cheap checks first; a model only
when they cannot tell (the app changed under a tap)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from .perceptor import Screen

Outcome = Literal["success", "no_change", "wrong_screen"]

INSTRUCTIONS = """Your role: reflector. Check whether the last action did what was intended.
Reply with JSON: {"outcome": "success" | "no_change" | "wrong_screen", "reason": short}."""


class ReflectorOutput(BaseModel):
    outcome: Outcome
    reason: str = Field(default="", max_length=200)


def cheap_check(action: dict[str, Any], before: Screen, after: Screen, applied: bool) -> tuple[Outcome | None, str]:
    """Decide from the trees alone; (None, why) when a model must judge."""
    kind = action.get("kind")
    if not applied:
        return "success", "already applied before a restart (idempotency key)"
    if kind in ("wait", "done"):
        return "success", f"{kind} needs no change"
    if kind == "type":
        text = action.get("text", "")
        if any(text in value for value in after.editable.values()):
            return "success", "the field now holds the typed text"
        return ("no_change", "no field holds the typed text") if before.digest == after.digest else (
            "success", "the screen changed after typing (submitted)")
    if kind == "open_app":
        app = str(action.get("app", "")).lower()
        if after.package and app and (app in after.package.lower() or after.package != before.package):
            return "success", f"now in {after.package}"
        return "wrong_screen", f"still in {after.package}"
    if before.digest == after.digest:
        return "no_change", "the screen did not change"
    if kind in ("tap", "long_press") and before.package != after.package and before.package:
        return None, f"the app changed from {before.package} to {after.package}"
    return "success", "the screen changed"


def prompt(subgoal: str, action_line: str, before: Screen, after: Screen, why: str) -> str:
    return (
        f"Subgoal: {subgoal}\nAction: {action_line}\nNote: {why}\n"
        f"Before (app {before.package}):\n{before.text()}\nAfter (app {after.package}):\n{after.text()}\nOutcome?"
    )
