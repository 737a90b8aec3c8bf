"""A scripted "competent" tool-using model, for tests and benchmarks of program mode.

It knows, for each task it is scripted for, a reference program (and optionally some faulty
programs it writes first). It answers both protocols with the same knowledge:

- program mode (output type with a ``program`` field): attempt *k* (counted from the repair
  messages in the conversation) gets ``faulty[k]`` while any are left, then the reference;
- step mode (output type :class:`~cascadroid.tools.StepDecision`): it replays the reference
  program against the tool results already in the conversation and answers with the next tool
  call (or the final answer); ``faulty_steps`` are emitted first, one per call.

It is not a real model: its tier is ``scripted`` and its token counts are estimates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigurationError
from ..models.base import ModelRequest
from .scripted import ScriptedModel


@dataclass
class ToolTaskScript:
    """What the double knows about one task."""

    task: str
    program: str
    faulty: list[str] = field(default_factory=list)
    faulty_steps: list[dict[str, Any]] = field(default_factory=list)


class _NeedCall(Exception):
    def __init__(self, name: str, args: dict[str, Any]) -> None:
        self.name, self.arguments = name, args


class CompetentToolModel(ScriptedModel):
    """Writes the scripted programs / tool steps for the tasks it knows (matched by task text)."""

    def __init__(self, scripts: Iterable[ToolTaskScript], registry: Any, *, name: str = "competent-tools") -> None:
        self.scripts = list(scripts)
        if not self.scripts:
            raise ConfigurationError("CompetentToolModel needs at least one ToolTaskScript", hint="script the tasks it should solve")
        self.registry = registry
        super().__init__(responder=self._respond, name=name)

    def _script_for(self, request: ModelRequest) -> ToolTaskScript:
        text = request.messages[1].content if len(request.messages) > 1 else request.prompt_text()
        matches = [s for s in self.scripts if f"Task: {s.task}" in text]
        if not matches:
            raise ConfigurationError("CompetentToolModel got a task it has no script for", hint="add a ToolTaskScript")
        return max(matches, key=lambda s: len(s.task))

    def _respond(self, request: ModelRequest) -> dict[str, Any]:
        script = self._script_for(request)
        fields = getattr(request.output_type, "model_fields", {})
        attempt = sum(1 for m in request.messages if m.role == "assistant")
        if "program" in fields:
            source = script.faulty[attempt] if attempt < len(script.faulty) else script.program
            return {"program": source}
        if "tool" in fields:
            if attempt < len(script.faulty_steps):
                return script.faulty_steps[attempt]
            return self._next_step(script, request)
        raise ConfigurationError("CompetentToolModel answers program or step requests only", hint="use ScriptedModel")

    def _next_step(self, script: ToolTaskScript, request: ModelRequest) -> dict[str, Any]:
        from ..tools.checker import check_program
        from ..tools.interpreter import Interpreter
        from ..tools.stepwise import parse_step_feedback

        results = []
        for message in request.messages[2:]:
            if message.role == "user":
                ok, value = parse_step_feedback(message.content)
                if ok:
                    results.append(value)
        checked = check_program(script.program, self.registry.names())
        replayed = iter(results)

        def replay(name: str, args: list[Any], kwargs: dict[str, Any], line: int) -> Any:
            try:
                return next(replayed)
            except StopIteration:
                raise _NeedCall(name, self.registry.get(name).bind(args, kwargs)) from None

        try:
            answer = Interpreter(checked, replay, dry=False).run()
        except _NeedCall as need:
            return {"tool": need.name, "args": need.arguments}
        return {"tool": None, "answer": json.dumps(answer)}


__all__ = ["CompetentToolModel", "ToolTaskScript"]
