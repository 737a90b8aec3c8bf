"""Devices: one protocol, one UI-tree parser, a simulated phone, Appium and adb backends."""

from .types import (
    ACTION_TYPES,
    Action,
    ActionResult,
    Back,
    Bounds,
    Device,
    Done,
    Element,
    Home,
    Locator,
    LongPress,
    Observation,
    OpenApp,
    OpenUri,
    Swipe,
    Tap,
    TypeText,
    Wait,
)
from .uiautomator import parse_elements, parse_observation

__all__ = [
    "ACTION_TYPES", "Action", "ActionResult", "Back", "Bounds", "Device", "Done", "Element", "Home",
    "Locator", "LongPress", "Observation", "OpenApp", "OpenUri", "Swipe", "Tap", "TypeText", "Wait",
    "parse_elements", "parse_observation",
]

_LAZY = {"AppiumDevice": ".appium", "AdbDevice": ".adb"}
__all__ += list(_LAZY)


def __getattr__(name: str) -> object:
    """Real-device backends import on first use, so ``import cascadroid.device`` needs no Appium."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
