"""cascadroid: on-device Android agents with a privacy- and cost-aware local->cloud cascade.

Public names live here; submodules starting with ``_`` and everything not exported are private.
"""

from .errors import *  # noqa: F401,F403
from .errors import __all__ as _error_names
from .settings import Settings

__version__ = "0.1.0"

_LAZY = {"Agent": "agent", "RunResult": "agent", "StepInfo": "agent", "RunFinished": "agent"}

__all__ = ["Settings", "__version__", *_LAZY, *_error_names]


def __getattr__(name: str) -> object:
    """``from cascadroid import Agent`` without loading LangGraph on ``import cascadroid``."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'cascadroid' has no attribute {name!r}")
