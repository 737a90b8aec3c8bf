"""The calibration plot: success rate against cloud tokens per task, with Pillow (no matplotlib)."""

from __future__ import annotations

import io
from typing import Any

BLUE, RED, GREEN, GREY, BLACK = (26, 115, 232), (217, 48, 37), (30, 142, 62), (120, 120, 120), (0, 0, 0)


def plot_calibration(report: Any, *, size: tuple[int, int] = (800, 520)) -> bytes:
    """PNG bytes: one dot per setting, the Pareto front as a line, the chosen setting ringed and named."""
    from PIL import Image, ImageDraw

    width, height = size
    left, right, top, bottom = 80, width - 40, 50, height - 70
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    points = report.points
    max_x = max((p.tokens_per_task for p in points), default=0.0) * 1.08 or 1.0

    def at(p: Any) -> tuple[float, float]:
        return (left + (right - left) * p.tokens_per_task / max_x, bottom - (bottom - top) * p.success_rate)

    draw.text((left, 14), "calibration: task success vs cloud tokens per task", fill=BLACK)
    draw.text((left, 28), "dots: settings; green line: Pareto front; ringed: chosen", fill=GREY)
    draw.line([(left, top), (left, bottom), (right, bottom)], fill=BLACK, width=2)
    for i in range(5):  # grid lines and tick labels on both axes
        y = bottom - (bottom - top) * i / 4
        draw.line([(left + 1, y), (right, y)], fill=(228, 228, 228))
        draw.line([(left - 5, y), (left, y)], fill=BLACK)
        draw.text((left - 42, y - 6), f"{25 * i}%", fill=BLACK)
        x = left + (right - left) * i / 4
        draw.line([(x, bottom), (x, bottom + 5)], fill=BLACK)
        draw.text((x - 14, bottom + 9), f"{max_x * i / 4:.0f}", fill=BLACK)
    draw.text(((left + right) // 2 - 70, bottom + 32), "cloud tokens per task (mean)", fill=BLACK)
    draw.text((8, top - 22), "success rate", fill=BLACK)
    front = sorted((p for p in points if p.pareto), key=lambda p: (p.tokens_per_task, p.success_rate))
    if len(front) > 1:
        draw.line([at(p) for p in front], fill=GREEN, width=3)
    for i, p in enumerate(points):
        x, y = at(p)
        colour = {"always-local": RED, "always-cloud": BLACK}.get(p.kind, BLUE)
        draw.ellipse([x - 6, y - 6, x + 6, y + 6], fill=colour)
        if p.chosen:
            continue  # named in full below
        label = p.name if p.kind != "cascade" else f"{p.min_confidence:g}/{p.max_failure_streak}"
        draw.text((min(x + 9, right - 80), y + (4 if i % 2 else -16)), label, fill=colour)
    chosen = next((p for p in points if p.chosen), None)
    if chosen is not None:
        x, y = at(chosen)
        draw.ellipse([x - 12, y - 12, x + 12, y + 12], outline=GREEN, width=3)
        text = f"chosen: min_confidence={chosen.min_confidence:g}, max_failure_streak={chosen.max_failure_streak}"
        below = y < top + 60  # near the top: write under the ring
        draw.text((max(left + 4, min(x - 60, right - 6 * len(text))), y + 16 if below else y - 30), text, fill=GREEN)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


__all__ = ["plot_calibration"]
