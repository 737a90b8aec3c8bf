"""GatedModel: a model double that holds its answers until a gate file exists.

For tests that stop a run part-way at a known point without sleeping a fixed time: from the
step ``hold_from_step`` on, each call waits for ``gate`` to appear. It waits by awaiting, so
Ctrl-C (which cancels the call) or SIGTERM stop it at once, as they would a real model call.
A test sees the steps before the gate printed, interrupts the run, creates the gate file, and
resumes: the resumed run goes through.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from ..errors import ModelConnectionError
from ..models.base import Model, ModelRequest, ModelResponse


class GatedModel(Model):
    """Answers with ``inner``; calls for step ``hold_from_step`` or later wait for ``gate`` to exist."""

    def __init__(self, inner: Model, gate: str | Path, *, hold_from_step: int, timeout_s: float = 300.0) -> None:
        self.inner, self.gate, self.hold_from_step, self.timeout_s = inner, Path(gate), hold_from_step, timeout_s
        self.name, self.tier = f"gated-{inner.name}", inner.tier

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        if request.signals.get("step", 0) >= self.hold_from_step:
            deadline = time.monotonic() + self.timeout_s
            while not self.gate.exists():
                if time.monotonic() > deadline:
                    raise ModelConnectionError(f"the gate file {str(self.gate)!r} did not appear in {self.timeout_s:g}s",
                                               hint="the test holding this run must create it (or interrupt the run)")
                await asyncio.sleep(0.02)
        return await self.inner.acomplete(request)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)


__all__ = ["GatedModel"]
