"""A run's life around the graph: limits checked before it starts, signals that interrupt it,
the in-process phone's state restored when it resumes."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .device.types import AppInfo, RestoresState
from .errors import CascadroidError, ConfigurationError, DeviceConnectionError, TaskTooLongError
from .models.base import Model

log = logging.getLogger(__name__)

# Tokens of a prompt besides the task and the apps line: shared system prompt, role instructions,
# the screen, plan, notes and history. Measured on the simulated suite: at most 765 (operator).
PROMPT_OVERHEAD_TOKENS = 1024
ANSWER_TOKENS = 160  # the largest answer a role asks for (the manager's plan)


class Interrupted(KeyboardInterrupt):
    """SIGTERM arrived during a run (Ctrl-C raises a plain KeyboardInterrupt); the run is recorded
    as ``interrupted`` and can be resumed by id."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def signal_of(exc: BaseException) -> signal.Signals:
    """The signal behind an interrupt: SIGTERM for :class:`Interrupted`, else SIGINT (Ctrl-C)."""
    return signal.Signals(exc.signum) if isinstance(exc, Interrupted) else signal.SIGINT


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """While inside, SIGTERM raises :class:`Interrupted` the way Ctrl-C raises KeyboardInterrupt.

    Only on the main thread, and only where the program has not set a SIGTERM handler of its own
    (its handler is left alone); the previous handler is put back on the way out.
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def raise_interrupted(signum: int, _frame: Any) -> None:
        raise Interrupted(signum)

    signal.signal(signal.SIGTERM, raise_interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def guard(events: Iterator[Any], on_interrupt: Callable[[BaseException], None], last: type) -> Iterator[Any]:
    """``events`` passed through; stopped before an event of type ``last`` came (KeyboardInterrupt,
    SIGTERM, or the caller closing the stream), ``on_interrupt(exc)`` records it, then it propagates."""
    seen_last = False
    try:
        for event in events:
            seen_last = isinstance(event, last)
            yield event
    except (KeyboardInterrupt, GeneratorExit) as exc:
        if not seen_last:
            try:
                on_interrupt(exc)
            except Exception:  # recording must not hide the interrupt itself
                log.exception("could not record the interrupted run")
        raise


def stopped_by(exc: CascadroidError, run_id: str) -> dict[str, Any]:
    """The result fields of a run the graph stopped on ``exc``: a lost device can be resumed, a
    prompt too long for the model cannot fit however often it is retried."""
    if isinstance(exc, DeviceConnectionError):
        return {"status": "interrupted", "success": False,
                "stop_reason": f"device lost: {exc.message}; when it is back, resume with "
                               f"agent.resume({run_id!r}) or `cascadroid resume {run_id}`"}
    return {"status": "stopped", "success": False,
            "stop_reason": exc.message + (f" (hint: {exc.hint})" if exc.hint else "")}


def record_start(memory: Any, run_id: str, task: str, *, device: str, config: dict[str, Any]) -> None:
    if memory is None:
        return
    from .memory import RunRecord

    memory.runs.start(RunRecord(
        run_id=run_id, task=task, status="running", success_claimed=None, answer=None, stop_reason=None,
        started_at=time.time(), finished_at=None, device=device, config=config,
    ))


def record_resumed(memory: Any, run_id: str) -> None:
    """A resumed run is ``running`` again (no longer ``interrupted``) until it finishes."""
    if memory is not None:
        memory.runs.start(memory.runs.get(run_id).model_copy(update={"status": "running", "finished_at": None}))


def record_finish(memory: Any, result: Any) -> None:
    """Record the end of a run (its RunResult) in the store, and export its traces when set up."""
    if memory is None:
        return
    status = result.status if result.status in ("succeeded", "failed", "interrupted") else "stopped"
    memory.runs.finish(result.run_id, status=status, success_claimed=result.success,
                      answer=result.answer, stop_reason=result.stop_reason, totals=result.totals)
    from .tracing import export_run_if_configured

    export_run_if_configured(memory, result.run_id)  # OpenTelemetry spans, only when set up


def interrupted_reason(exc: BaseException, run_id: str, step: int) -> str:
    """The stop reason of an interrupted run, with how to resume it."""
    if isinstance(exc, GeneratorExit):
        why = "the caller stopped reading the run's steps"
    else:
        name = signal_of(exc).name
        why = f"interrupted by {name}" + (" (Ctrl-C)" if name == "SIGINT" else "")
    return (f"{why} after {step} actions; resume with agent.resume({run_id!r}) "
            f"or `cascadroid resume {run_id}`")


def check_task_fits(task: str, model: Model, apps: Sequence[AppInfo]) -> None:
    """Refuse a task that cannot fit ``model``'s context window, before any step runs.

    The task is counted twice: it heads every prompt and stands in as the subgoal until the
    manager sets a shorter one. A model with no known window (a server, a double) is not checked.
    """
    window = model.context_window
    if window is None:
        return
    from .agents.operator import apps_line

    task_tokens = model.count_tokens(task)
    needed = 2 * task_tokens + model.count_tokens(apps_line(apps, task)) + PROMPT_OVERHEAD_TOKENS + ANSWER_TOKENS
    if needed > window:
        room = max(0, (window - needed + 2 * task_tokens) // 2)
        raise TaskTooLongError(
            f"the task is {task_tokens} tokens ({len(task)} characters); with the screen and instructions a prompt "
            f"would need about {needed} tokens, more than the context window of model {model.name!r} ({window} tokens)",
            hint=f"shorten the task to about {room} tokens (~{room * len(task) // max(1, task_tokens)} characters: "
                 "say what to do, not everything you know), or raise local.n_ctx (CASCADROID_LOCAL__N_CTX) "
                 "if the model supports a longer context",
        )


def restore_device(device: object, saved: dict[str, Any] | None, *, run_id: str, acted: bool) -> None:
    """Put an in-process phone back as the run's last checkpoint saw it, or refuse to resume.

    ``saved`` is the snapshot checkpointed with the run; ``acted`` says the run applied actions.
    A fresh simulated phone without a snapshot (a run saved by an older cascadroid, or one whose
    phone could not be saved) would be a different phone: resuming on it is refused.
    """
    if not isinstance(device, RestoresState):
        return
    if saved is not None:
        device.restore(saved)
    elif acted and device.fresh:
        raise ConfigurationError(
            f"run {run_id!r} saved no state of its simulated phone, and this phone is a fresh one: the run's "
            "next action would land on screens that are not there",
            hint="resume in the same process on the same phone object (agent.resume), "
                 "or start the task again with `cascadroid run`",
        )
