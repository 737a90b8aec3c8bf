"""Device actions as tools, so a program can drive the phone like any other tool."""

from __future__ import annotations

from typing import Literal

from ..device.types import Back, Device, Element, Home, Locator, Observation, OpenApp, Swipe, Tap, TypeText, Wait
from ..errors import InvalidActionError
from .registry import Tool, make_tool


def device_tools(device: Device) -> list[Tool]:
    """Tools over ``device``: tap_text, type_into, open_app, read_screen, swipe, go_back, go_home, wait."""

    def tap_text(text: str) -> str:
        """Tap the on-screen element whose text or description is `text` (exact, else contains).

        Args:
            text: the visible label of a button, list item or link.
        """
        element = _find(device.observe(), text)
        device.act(Tap(element=element.id))
        return f"tapped {element.label!r}"

    def type_into(label: str, text: str) -> str:
        """Type `text` into the input field labelled `label` (its text, hint or description).

        Args:
            label: the field's label, hint or current text; "" for the focused field.
            text: what to type (replaces the field's content).
        """
        observation = device.observe()
        if not label:
            focused = observation.focused_element()
            device.act(TypeText(text=text, element=focused.id if focused else None))
            return "typed into the focused field"
        element = _find_field(observation, label)
        device.act(TypeText(text=text, element=element.id))
        return f"typed into {element.label!r}"

    def open_app(name: str) -> str:
        """Open an app by its name or package, e.g. "Calculator" or "org.example.calculator".

        Args:
            name: app name or package.
        """
        device.act(OpenApp(app=name))
        return f"opened {name}"

    def read_screen() -> list[str]:
        """The visible texts on the screen, top to bottom."""
        observation = device.observe()
        ordered = sorted(observation.elements, key=lambda e: (e.bounds.top, e.bounds.left))
        return [e.text or e.content_desc for e in ordered if e.text or e.content_desc]

    def swipe(direction: Literal["up", "down", "left", "right"]) -> str:
        """Scroll the screen; "down" shows more content below.

        Args:
            direction: up, down, left or right.
        """
        device.act(Swipe(direction=direction))
        return f"swiped {direction}"

    def go_back() -> str:
        """Press the back button."""
        device.act(Back())
        return "went back"

    def go_home() -> str:
        """Go to the home screen."""
        device.act(Home())
        return "went home"

    def wait(seconds: float) -> str:
        """Wait for the screen to settle.

        Args:
            seconds: how long, 0 to 30.
        """
        device.act(Wait(seconds=seconds))
        return f"waited {seconds} s"

    return [make_tool(f) for f in (tap_text, type_into, open_app, read_screen, swipe, go_back, go_home, wait)]


def _find(observation: Observation, text: str) -> Element:
    for locator in (Locator(text=text), Locator(content_desc=text), Locator(text_contains=text)):
        element = observation.find(locator)
        if element is not None:
            return element
    raise InvalidActionError(
        f"no element with text {text!r} on screen",
        hint=f"visible texts: {[e.label for e in observation.elements if e.label][:30]}",
    )


def _find_field(observation: Observation, label: str) -> Element:
    fields = [e for e in observation.elements if e.is_editable]
    wanted = label.lower()
    for e in fields:
        if wanted in f"{e.text} {e.content_desc} {e.resource_id}".lower():
            return e
    labels = [e for e in observation.elements if wanted in e.label.lower() and not e.is_editable]
    for lab in labels:  # a text label just above or left of a field
        below = [f for f in fields if f.bounds.top >= lab.bounds.top]
        if below:
            return min(below, key=lambda f: (f.bounds.top - lab.bounds.top, abs(f.bounds.left - lab.bounds.left)))
    raise InvalidActionError(
        f"no input field labelled {label!r} on screen",
        hint=f"fields: {[e.label for e in fields]}",
    )


__all__ = ["device_tools"]
