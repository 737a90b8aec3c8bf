"""Black out private data in a screenshot before it is sent to a vision model.

Boxes come from the UI tree: every element whose text or content description holds private
data that the policy does not ``allow`` (and every password field) is filled black.
Element bounds are in screen pixels; when the PNG has another size, boxes are scaled.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from ..device.types import Bounds, Element
from ..errors import ConfigurationError
from .policy import PrivacyPolicy


def private_boxes(elements: Iterable[Element], policy: PrivacyPolicy, app: str = "") -> list[Bounds]:
    """Bounds of the elements whose text the policy would not send as it is."""
    boxes = []
    for element in elements:
        if element.password:
            boxes.append(element.bounds)
            continue
        for text in (element.text, element.content_desc):
            if text and any(policy.mode_for(s.kind, app or element.package) != "allow" for s in policy.detector.find(text)):
                boxes.append(element.bounds)
                break
    return boxes


def redact_screenshot(
    png: bytes,
    elements: Iterable[Element],
    policy: PrivacyPolicy,
    *,
    app: str = "",
    screen_size: tuple[int, int] | None = None,
) -> tuple[bytes, list[Bounds]]:
    """Return the PNG with private elements filled black, and the boxes that were filled.

    ``screen_size`` is the device's (width, height) when it differs from the image's.
    """
    from PIL import Image, ImageDraw, UnidentifiedImageError

    boxes = private_boxes(elements, policy, app)
    try:
        image = Image.open(io.BytesIO(png))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise ConfigurationError(f"screenshot is not a readable image: {exc}", hint="pass PNG bytes") from exc
    width, height = screen_size or image.size
    sx, sy = image.width / width, image.height / height
    image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle(
            (box.left * sx, box.top * sy, box.right * sx - 1, box.bottom * sy - 1), fill=(0, 0, 0)
        )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue(), boxes


__all__ = ["private_boxes", "redact_screenshot"]
