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
    Swipe,
    Tap,
    TypeText,
    Wait,
)
from .uiautomator import parse_elements, parse_observation

__all__ = [
    "ACTION_TYPES", "Action", "ActionResult", "Back", "Bounds", "Device", "Done", "Element", "Home",
    "Locator", "LongPress", "Observation", "OpenApp", "Swipe", "Tap", "TypeText", "Wait",
    "parse_elements", "parse_observation",
]
