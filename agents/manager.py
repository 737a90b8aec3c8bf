"""Manager: keeps a short plan and the current subgoal; revises after failures; may declare done."""

from __future__ import annotations

from pydantic import BaseModel, Field

INSTRUCTIONS = """Your role: planner. Plan how to complete the task.
Reply with JSON: {"plan": up to 5 short steps, "subgoal": the step to do now, "done": true only if the task is already complete, "answer": the answer if the task asks a question and it is known}."""


class ManagerOutput(BaseModel):
    plan: list[str] = Field(default_factory=list, max_length=6)
    subgoal: str = Field(default="", max_length=200)
    done: bool = False
    answer: str | None = None


def prompt(*, tips: list[str], context: str, screen_text: str, package: str) -> str:
    tip_block = "".join(f"- {t}\n" for t in tips) or "- (none)\n"
    return (
        f"Tips from earlier runs:\n{tip_block}{context}\n"
        f"Screen (app {package}):\n{screen_text}\nPlan and current subgoal?"
    )
