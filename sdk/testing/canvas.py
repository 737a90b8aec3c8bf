"""CanvasDevice: a phone whose app is drawn as one canvas, so there is no UI tree, only pixels.

Games, maps and some WebViews look like this to UIAutomator; the agent then reads the screen
by OCR and may show a (redacted) screenshot to a cloud model that accepts images.

>>> phone = CanvasDevice(["Weather: sunny", "Your code is 482913"])
>>> phone.observe(screenshot=True).elements   # []
"""

from __future__ import annotations

import io

from ..device.types import Action, ActionResult, Observation


class CanvasDevice:
    """Shows ``lines`` of text, drawn on a ``width`` x ``height`` PNG; actions are kept in ``actions``."""

    def __init__(self, lines: list[str], *, package: str = "com.example.canvas", width: int = 480,
                 height: int = 400, font_size: int = 22) -> None:
        self.lines = list(lines)
        self.package = package
        self.width, self.height, self.font_size = width, height, font_size
        self.actions: list[Action] = []

    def png(self) -> bytes:
        from PIL import Image, ImageDraw, ImageFont

        image = Image.new("RGB", (self.width, self.height), "white")
        draw = ImageDraw.Draw(image)
        font = ImageFont.load_default(size=self.font_size)
        for i, line in enumerate(self.lines):
            draw.text((12, 16 + i * self.font_size * 2), line, fill="black", font=font)
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()

    def observe(self, *, screenshot: bool = False) -> Observation:
        return Observation(package=self.package, width=self.width, height=self.height, xml="<hierarchy/>",
                           elements=[], screenshot=self.png() if screenshot else None)

    def act(self, action: Action) -> ActionResult:
        self.actions.append(action)
        return ActionResult(message=f"{action.kind} on the canvas")


__all__ = ["CanvasDevice"]
