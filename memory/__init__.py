"""Tips and Shortcuts memory, runs and steps, in SQLite.

::

    store = MemoryStore(".cascadroid/memory.db")
    store.start_run(RunRecord(...)); store.record_step(StepRecord(...)); store.finish_run(...)
    tips = store.search_tips(task, app=package)                # for the Manager
    shortcuts = store.list_shortcuts(state="verified", app=package)  # for the Operator
    result = run_shortcut(device, shortcut, params)            # stops cleanly mid-way
    learn_from_run(store, run, steps, model)                   # after each run
"""

from .learning import alearn_from_run, learn_from_run
from .records import (
    EventRecord,
    LearningResult,
    Precondition,
    RunRecord,
    RunStatus,
    Shortcut,
    ShortcutRun,
    ShortcutState,
    StepRecord,
    Tip,
)
from .schema import SCHEMA_VERSION
from .shortcuts import params_model, run_shortcut, validate_params, verify_shortcut
from .store import MemoryStore

__all__ = [
    "SCHEMA_VERSION",
    "EventRecord",
    "LearningResult",
    "MemoryStore",
    "Precondition",
    "RunRecord",
    "RunStatus",
    "Shortcut",
    "ShortcutRun",
    "ShortcutState",
    "StepRecord",
    "Tip",
    "alearn_from_run",
    "learn_from_run",
    "params_model",
    "run_shortcut",
    "validate_params",
    "verify_shortcut",
]
