"""cascadroid: on-device Android agents with a privacy- and cost-aware local->cloud cascade.

Public names live here; submodules starting with ``_`` and everything not exported are private.
"""

from .errors import *  # noqa: F401,F403
from .errors import __all__ as _error_names
from .settings import Settings

__version__ = "0.1.0"

__all__ = ["Settings", "__version__", *_error_names]
