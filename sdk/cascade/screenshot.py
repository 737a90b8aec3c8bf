"""Black out private data in a screenshot before it is kept on disk or sent to a vision model.

Boxes come from the UI tree: every element whose text or content description holds private
data that the policy does not ``allow`` (and every password field) is filled black. A screen
without a tree (a canvas, a game, a web view drawn as one node) is read by OCR instead and
each line of text that is private is filled. With a :class:`~.taint.TaintSet`, text that
repeats a remembered private value is private too; on an app under ``local_only`` all text is.
Element bounds are in screen pixels; when the PNG has another size, boxes are scaled.
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..device.types import Bounds, Element
from ..errors import ConfigurationError
from .policy import PrivacyPolicy
from .privacy import DATA_KINDS
from .taint import TaintSet

_DIGIT_KINDS = ("phone", "card", "iban", "otp", "national_id")
_OCR_MARGIN = 4  # pixels around an OCR box: glyph edges outside it stay legible otherwise
_READ: OrderedDict[str, list[tuple[Bounds, str]]] = OrderedDict()  # PNG digest -> its OCR lines
_READ_SIZE = 32


def is_private(text: str, policy: PrivacyPolicy, app: str = "", taint: TaintSet | None = None, *, ocr: bool = False) -> bool:
    """True when ``text`` on ``app``'s screen may not be shown as it is.

    ``ocr``: the text was read from pixels, where a misread digit defeats the detectors, so any
    four digits count while numbers are not allowed to leave as they are.
    """
    if not text.strip():
        return False
    if policy.app_local_only(app):
        return True
    if any(policy.mode_for(s.kind, app) != "allow" for s in policy.detector.find(text)):
        return True
    if taint is not None and taint.find(text):
        return True
    if ocr and sum(ch.isdigit() for ch in text) >= 4:
        return any(policy.mode_for(kind, app) != "allow" for kind in _DIGIT_KINDS)  # type: ignore[arg-type]
    return False


def private_boxes(
    elements: Iterable[Element], policy: PrivacyPolicy, app: str = "", taint: TaintSet | None = None
) -> list[Bounds]:
    """Bounds of the elements whose text the policy would not send as it is."""
    boxes = []
    for element in elements:
        if element.password or any(
            is_private(text, policy, app or element.package, taint) for text in (element.text, element.content_desc)
        ):
            boxes.append(element.bounds)
    return boxes


def ocr_lines(png: bytes, ocr: Any = None) -> list[tuple[Bounds, str]]:
    """Lines of text OCR reads on ``png``, with their boxes in image pixels (``cascadroid[ocr]``).

    Memoised by content; a copy this module redacted is known by the lines of its original
    (a superset of what is still legible on it), so redacting it again needs no second OCR.
    """
    import numpy as np

    key = _digest(png)
    known = _READ.get(key)
    if known is not None:
        return known
    engine = ocr or ocr_engine()
    result, _ = engine(np.array(_open(png).convert("RGB")))
    lines = []
    for box, text, _score in result or []:
        xs, ys = [int(p[0]) for p in box], [int(p[1]) for p in box]
        lines.append((Bounds(left=min(xs), top=min(ys), right=max(xs), bottom=max(ys)), text))
    _remember(key, lines)
    return lines


def redact_screenshot(
    png: bytes,
    elements: Iterable[Element],
    policy: PrivacyPolicy,
    *,
    app: str = "",
    screen_size: tuple[int, int] | None = None,
    taint: TaintSet | None = None,
    ocr: Any = None,
) -> tuple[bytes, list[Bounds]]:
    """Return the PNG with private elements filled black, and the boxes that were filled.

    ``screen_size`` is the device's (width, height) when it differs from the image's. With no
    ``elements`` the text boxes come from OCR (``ocr``: an engine; default the bundled one).
    """
    from PIL import ImageDraw

    image = _open(png)
    elements = list(elements)
    lines: list[tuple[Bounds, str]] | None = None
    if elements:
        boxes = private_boxes(elements, policy, app, taint)
        width, height = screen_size or image.size
    elif _nothing_private(policy, app, taint):  # everything may be shown: no need to read the pixels
        boxes, width, height = [], image.width, image.height
    else:
        lines = ocr_lines(png, ocr)
        boxes = [_grown(box) for box, text in lines if is_private(text, policy, app, taint, ocr=True)]
        width, height = image.size
    if not boxes:  # nothing to black out: the screenshot as it is (re-encoding it cost ~50 ms CPU)
        return png, boxes
    sx, sy = image.width / width, image.height / height
    if image.mode != "P" or len(image.getcolors(256) or ()) >= 256:  # a small palette (the simulator's) gets black
        image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle((box.left * sx, box.top * sy, box.right * sx - 1, box.bottom * sy - 1), fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    redacted = out.getvalue()
    if lines is not None:
        _remember(_digest(redacted), lines)
    return redacted, boxes


def _digest(png: bytes) -> str:
    return hashlib.blake2b(png, digest_size=16).hexdigest()


def _remember(key: str, lines: list[tuple[Bounds, str]]) -> None:
    _READ[key] = lines
    _READ.move_to_end(key)
    while len(_READ) > _READ_SIZE:
        _READ.popitem(last=False)


def _nothing_private(policy: PrivacyPolicy, app: str, taint: TaintSet | None) -> bool:
    return (not policy.app_local_only(app) and all(policy.mode_for(kind, app) == "allow" for kind in DATA_KINDS)
            and (taint is None or not taint.holds_private()))


def _grown(box: Bounds) -> Bounds:
    return Bounds(left=max(0, box.left - _OCR_MARGIN), top=max(0, box.top - _OCR_MARGIN),
                  right=box.right + _OCR_MARGIN, bottom=box.bottom + _OCR_MARGIN)


def _open(png: bytes) -> Any:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(png))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise ConfigurationError(f"screenshot is not a readable image: {exc}", hint="pass PNG bytes") from exc
    return image


@lru_cache(maxsize=1)
def ocr_engine() -> Any:
    """The OCR engine (RapidOCR), loaded once: for screens without a UI tree, read or redacted."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise ConfigurationError(
            "a screen without a UI tree needs OCR to be read or redacted, and OCR is not installed",
            hint="pip install 'cascadroid[ocr]' (rapidocr-onnxruntime ships its models)",
        ) from exc
    return RapidOCR()


__all__ = ["is_private", "ocr_engine", "ocr_lines", "private_boxes", "redact_screenshot"]
