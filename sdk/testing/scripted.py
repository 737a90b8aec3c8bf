"""Test doubles that ship with cascadroid, for your tests and ours.

``ScriptedModel`` answers from a queue of replies or from a function of the request, and
records every request it was asked. It is clearly not a real model: its tier is ``scripted``.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import ConfigurationError, ModelOutputError
from ..models.base import Model, ModelRequest, ModelResponse, Usage

Reply = str | dict[str, Any] | BaseModel | Exception
Responder = Callable[[ModelRequest], Reply]


class ScriptedModel(Model):
    """A model double: replies come from ``replies`` (in order) or ``responder(request)``.

    A reply may be text, a dict or pydantic object (sent as JSON), or an exception to raise.
    When ``request.output_type`` is set the reply is validated like a real backend would,
    raising :class:`ModelOutputError` for output that is not valid.
    """

    tier = "scripted"

    def __init__(
        self,
        replies: Iterable[Reply] | None = None,
        *,
        responder: Responder | None = None,
        name: str = "scripted",
        confidence: float | None = 1.0,
    ) -> None:
        if (replies is None) == (responder is None):
            raise ConfigurationError(
                "ScriptedModel needs exactly one of replies=... or responder=...",
                hint="pass a list of replies, or a function of the request",
            )
        self.name = name
        self.confidence = confidence
        self._replies: deque[Reply] = deque(replies or [])
        self._responder = responder
        self.requests: list[ModelRequest] = []

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        start = time.perf_counter()
        self.requests.append(request)
        reply = self._next_reply(request)
        if isinstance(reply, Exception):
            raise reply
        text = _as_text(reply)
        parsed = None
        if request.output_type is not None:
            try:
                parsed = request.output_type.model_validate_json(text)
            except ValidationError as exc:
                raise ModelOutputError(
                    f"scripted reply does not validate as {request.output_type.__name__}: {exc.errors()[0]['msg']}",
                    hint="fix the scripted reply",
                    raw=text,
                ) from exc
        return ModelResponse(
            text=text,
            parsed=parsed,
            model=self.name,
            tier="scripted",
            usage=Usage(prompt_tokens=self.count_tokens(request.prompt_text()), completion_tokens=self.count_tokens(text)),
            latency_s=time.perf_counter() - start,
            confidence=self.confidence,
        )

    def _next_reply(self, request: ModelRequest) -> Reply:
        if self._responder is not None:
            return self._responder(request)
        if not self._replies:
            raise ModelOutputError(
                f"ScriptedModel {self.name!r} ran out of replies after {len(self.requests) - 1}",
                hint="script more replies, or use responder=",
            )
        return self._replies.popleft()

    @property
    def calls(self) -> int:
        return len(self.requests)


def _as_text(reply: Reply) -> str:
    if isinstance(reply, BaseModel):
        return reply.model_dump_json()
    if isinstance(reply, dict):
        return json.dumps(reply)
    return str(reply)


__all__ = ["ScriptedModel"]
