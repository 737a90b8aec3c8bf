"""Tips and Shortcuts memory, runs and steps, in SQLite.

::

    store = MemoryStore(".cascadroid/memory.db")
    store.runs.start(RunRecord(...)); store.runs.record_step(StepRecord(...)); store.runs.finish(...)
    tips = store.tips.search(task, app=package)                      # for the Manager
    shortcuts = store.shortcuts.all(state="verified", app=package)   # for the Operator
    result = run_shortcut(device, shortcut, params)                  # stops cleanly mid-way
    learn_from_run(store, run, steps, model)                         # after each run
    verify_shortcut(store.shortcuts, shortcut.id, fresh_device, new_params)  # candidate -> verified
"""

from .base import Database
from .knowledge import KnowledgeStore, KnownElement, KnownScreen, Transition
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
from .runs import RunLog
from .schema import SCHEMA_VERSION
from .shortcut_store import ShortcutStore
from .shortcuts import params_model, run_shortcut, validate_params
from .store import MemoryStore
from .tips import TipStore
from .verify import verify_shortcut

__all__ = [
    "SCHEMA_VERSION",
    "Database",
    "EventRecord",
    "KnowledgeStore",
    "KnownElement",
    "KnownScreen",
    "LearningResult",
    "MemoryStore",
    "Precondition",
    "RunLog",
    "RunRecord",
    "RunStatus",
    "Shortcut",
    "ShortcutRun",
    "ShortcutState",
    "ShortcutStore",
    "StepRecord",
    "Tip",
    "TipStore",
    "Transition",
    "alearn_from_run",
    "learn_from_run",
    "params_model",
    "run_shortcut",
    "validate_params",
    "verify_shortcut",
]
