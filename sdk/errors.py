"""One exception tree, grouped by whose fault it is.

::

    CascadroidError
    ├── ConfigurationError          a setting, file or argument the user gave is wrong
    │   ├── UnknownTaskError        a task name or parameter that does not exist
    │   ├── UnknownToolError        a tool name that is not registered
    │   ├── RunNotFoundError        a run id that is not in the store
    │   └── TaskTooLongError        a task that cannot fit the local model's context window
    ├── ModelError                  a model backend could not answer
    │   ├── ModelLoadError          missing / unreadable / not-a-model weights file
    │   ├── ModelConnectionError    endpoint unreachable, timed out, or kept failing
    │   ├── ModelAuthError          the endpoint refused the key
    │   ├── ModelOutputError        output not JSON / not valid for the schema after repair
    │   └── ContextWindowExceeded   a prompt (plus room for the answer) exceeds the context window
    ├── DeviceError                 the phone could not do what was asked (state unchanged)
    │   ├── InvalidActionError      id not on screen, no focused field, outside the screen...
    │   ├── UnsupportedActionError  the backend lacks the capability
    │   ├── DeviceConnectionError   server down, session lost, device unplugged
    │   └── DeviceLeaseTimeout      every phone of a device pool stayed leased past the timeout
    ├── PolicyError                 the privacy policy forbids what was asked
    ├── BudgetExceeded              a cost budget is spent and the policy says hard stop
    ├── ProgramError                a synthesized tool program failed a check
    │   ├── ProgramRejected         the static filter refused it
    │   ├── DryRunError             it failed against typed dummy stubs
    │   │   └── DryRunBudgetError   ... by running past a budget (also a ProgramBudgetError)
    │   ├── ToolExecutionError      a real tool call failed or timed out
    │   └── ProgramBudgetError      it ran past its step, work, size, nesting or time budget
    ├── MemoryStoreError            the SQLite store is unusable
    │   ├── SchemaVersionError      written by a newer cascadroid
    │   └── CorruptDatabaseError    not a database / damaged
    └── LearnRefused                too few or too damaged decision logs to learn from

Every message names the value, the cause, and what to do (``hint``).
"""

from __future__ import annotations


class CascadroidError(Exception):
    """Base of every error cascadroid raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} (hint: {hint})" if hint else message)


class ConfigurationError(CascadroidError):
    """A setting, file or argument given by the user is wrong."""


class UnknownTaskError(ConfigurationError, KeyError):
    """A task template or parameter name that does not exist."""

    def __str__(self) -> str:  # KeyError would quote the message
        return CascadroidError.__str__(self)


class UnknownToolError(ConfigurationError, KeyError):
    """A tool name that the tool registry does not hold."""

    def __str__(self) -> str:
        return CascadroidError.__str__(self)


class RunNotFoundError(ConfigurationError, KeyError):
    """A run id that the store does not know."""

    def __str__(self) -> str:
        return CascadroidError.__str__(self)


class TaskTooLongError(ConfigurationError):
    """The task, with the prompt around it, cannot fit the local model's context window."""


class ModelError(CascadroidError):
    """A model backend could not produce an answer."""


class ModelLoadError(ModelError):
    """Model weights are missing, unreadable, or not a model."""


class ModelConnectionError(ModelError):
    """The endpoint is unreachable, timed out, or kept failing after retries."""


class ModelAuthError(ModelError):
    """The endpoint rejected the API key."""


class ModelOutputError(ModelError):
    """The output is not JSON, or does not validate against the schema after repair."""

    def __init__(self, message: str, *, hint: str | None = None, raw: str = "") -> None:
        super().__init__(message, hint=hint)
        self.raw = raw


class ContextWindowExceeded(ModelError):
    """A prompt plus the room its answer needs is larger than the model's context window.

    The agent stops the run with this reason instead of counting it as a failed step.
    """


class DeviceError(CascadroidError):
    """The device could not perform the request; its state is unchanged."""


class InvalidActionError(DeviceError):
    """The action does not fit the current screen (the message lists what is valid)."""


class UnsupportedActionError(DeviceError):
    """The device backend does not support this action or capability."""


class DeviceConnectionError(DeviceError):
    """The device or its server cannot be reached, or the session was lost."""


class DeviceLeaseTimeout(DeviceError):
    """No phone of a device pool became free in time (all were leased by other runs)."""


class PolicyError(CascadroidError):
    """The privacy policy forbids sending this data where it was asked to go."""


class BudgetExceeded(CascadroidError):
    """A per-run or per-day cost budget is spent and the policy says hard stop."""


class ProgramError(CascadroidError):
    """A synthesized tool program failed a check or a run."""


class ProgramRejected(ProgramError):
    """The static filter refused the program."""


class DryRunError(ProgramError):
    """The program failed when run against typed dummy stubs."""


class ToolExecutionError(ProgramError):
    """A real tool call raised or timed out."""


class ProgramBudgetError(ProgramError):
    """A program ran past one of its budgets: steps, work units, value size or nesting, wall-clock time.

    ``work``/``budget`` hold the work units spent and allowed, ``steps`` the steps run.
    """


class DryRunBudgetError(DryRunError, ProgramBudgetError):
    """The dry run of a program ran past one of its budgets."""


class MemoryStoreError(CascadroidError):
    """The memory/trace database cannot be used."""


class SchemaVersionError(MemoryStoreError):
    """The database was written by a newer schema than this cascadroid knows."""


class CorruptDatabaseError(MemoryStoreError):
    """The file is not a SQLite database or is damaged."""


class LearnRefused(CascadroidError):
    """`cascadroid learn` will not train on these logs (too few decisions, or too many damaged)."""


__all__ = [name for name, obj in globals().items() if isinstance(obj, type) and issubclass(obj, Exception)]
