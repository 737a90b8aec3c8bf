"""The model seam: one request type, one response type, one method to implement.

A backend implements ``acomplete``; ``complete`` is the sync wrapper (async first, sync
wrapped, never two trees).
"""

from __future__ import annotations

import asyncio
import threading
from abc import ABC, abstractmethod
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["system", "user", "assistant"]


class Message(BaseModel):
    role: Role
    content: str


class ModelRequest(BaseModel):
    """What a caller asks a model for.

    ``output_type`` is a pydantic model class: the backend constrains or asks for JSON of
    that schema and returns the validated object in ``ModelResponse.parsed``.
    ``purpose`` names the asking role (``"operator"``, ``"manager"``...) for routing and traces;
    ``app`` and ``signals`` feed the cascade router.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    messages: list[Message]
    output_type: type[BaseModel] | None = None
    max_tokens: int = Field(default=256, gt=0)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    stop: list[str] = Field(default_factory=list)
    purpose: str = "generic"
    app: str = Field(default="", description="package of the app on screen, for per-app privacy rules")
    signals: dict[str, float] = Field(
        default_factory=dict, description="routing signals from the caller, e.g. failure_streak"
    )
    images: list[bytes] = Field(
        default_factory=list, description="PNG screenshots; sent only to a model that accepts images, redacted first"
    )

    @classmethod
    def of(cls, prompt: str, *, system: str | None = None, **kwargs: Any) -> ModelRequest:
        """Build a request from a user prompt (and an optional system prompt)."""
        messages = [Message(role="system", content=system)] if system else []
        messages.append(Message(role="user", content=prompt))
        return cls(messages=messages, **kwargs)

    def prompt_text(self) -> str:
        """All message contents joined, for token counting and privacy scanning."""
        return "\n".join(m.content for m in self.messages)


class Usage(BaseModel):
    """Tokens of one call (never negative: a count that drove cost below zero would refund a budget)."""

    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    cached_prompt_tokens: int = Field(default=0, ge=0)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class ModelResponse(BaseModel):
    """What came back. ``confidence`` is in [0, 1] (mean top-token probability) or None."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    text: str
    parsed: Any = None
    model: str
    tier: Literal["local", "cloud", "scripted"] = "local"
    usage: Usage = Field(default_factory=Usage)
    latency_s: float = 0.0
    cost_usd: float = 0.0
    confidence: float | None = None
    repairs: int = 0


def run_sync(coro: Any) -> Any:
    """Run a coroutine to completion from sync code, even inside a running event loop (then on a loop of its
    own in a daemon thread, cancelled when the caller is interrupted: Ctrl-C never waits for a slow model)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    loop, outcome = asyncio.new_event_loop(), {}
    task = loop.create_task(coro)

    def work() -> None:
        try:
            outcome["result"] = loop.run_until_complete(task)
        except BaseException as exc:  # handed to the caller
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="cascadroid-run-sync", daemon=True)
    try:
        thread.start()
        while thread.is_alive():  # short joins: Ctrl-C is taken between them, never inside a join left hanging
            thread.join(0.05)
    except BaseException:  # KeyboardInterrupt or SIGTERM's Interrupted: stop the call, do not wait for it
        loop.call_soon_threadsafe(task.cancel)
        raise
    loop.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class Model(ABC):
    """A language model backend. Implement ``acomplete``."""

    name: str = "model"
    tier: Literal["local", "cloud", "scripted"] = "local"
    context_window: int | None = None  # tokens a prompt plus its answer may take; None: not known
    accepts_images: bool = False  # True: request.images are sent (as image content parts)

    @abstractmethod
    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        """Answer one request."""

    def complete(self, request: ModelRequest) -> ModelResponse:
        """Sync wrapper around :meth:`acomplete`."""
        return run_sync(self.acomplete(request))

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` would cost on this model (backends override with a real tokenizer)."""
        return max(1, len(text) // 4)

    def close(self) -> None:
        """Release resources (connections, weights). Safe to call twice."""
