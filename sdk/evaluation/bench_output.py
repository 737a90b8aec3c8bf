"""What ``cascadroid bench`` writes: a Markdown table, JSON rows, a success-vs-cost plot (Pillow)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

COLUMNS = (("config", "config"), ("tasks", "tasks"), ("success_rate", "success"), ("steps", "steps/task"),
           ("model_calls", "model calls/task"), ("cloud_tokens", "cloud tokens/task"), ("cost_usd", "cost/task"),
           ("seconds", "s/task"), ("errors", "errors"))


def _cell(key: str, value: Any) -> str:
    if key == "success_rate":
        return f"{100 * value:.1f}%"
    if key == "cost_usd":
        return f"${value:.6f}" if 0 < value < 0.01 else f"${value:.4f}"
    return str(value)


def markdown_table(report: Any) -> str:
    head = "| " + " | ".join(label for _, label in COLUMNS) + " |"
    rule = "|" + "|".join("---" if key == "config" else "---:" for key, _ in COLUMNS) + "|"
    rows = ["| " + " | ".join(_cell(key, s[key]) for key, _ in COLUMNS) + " |" for s in report.summary]
    return "\n".join([head, rule, *rows])


def write_outputs(report: Any, out_dir: Path) -> dict[str, Path]:
    """results.json (summary + every row), results.md, success_vs_cost.png; each written whole."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "results.json", "markdown": out_dir / "results.md", "plot": out_dir / "success_vs_cost.png"}
    _write(paths["json"], json.dumps(report.model_dump(mode="json"), indent=2).encode())
    failed = [r for r in report.rows if not r["success"]]
    details = "\n".join(f"- {r['config']} / {r['task']} seed {r['seed']}: {r.get('error') or r['stop_reason']}"
                        + (f" (side effects: {'; '.join(r['side_effects'])})" if r.get("side_effects") else "")
                        for r in failed[:50])
    text = (f"# cascadroid bench\n\n{markdown_table(report)}\n\n{len(report.rows)} task runs in {report.seconds:.1f} s.\n"
            + (f"\n## Not successful\n\n{details}\n" if failed else ""))
    _write(paths["markdown"], text.encode())
    _write(paths["plot"], plot_png(report.summary))
    return paths


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def plot_png(summary: list[dict[str, Any]], *, size: tuple[int, int] = (720, 480)) -> bytes:
    """A scatter of success rate (y) against mean cost per task (x), one labelled dot per config."""
    import io

    from PIL import Image, ImageDraw

    width, height = size
    left, right, top, bottom = 80, width - 30, 40, height - 60
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    max_cost = max((s["cost_usd"] for s in summary), default=0.0) or 0.001
    draw.text((left, 12), "success rate vs cost per task", fill="black")
    draw.line([(left, top), (left, bottom), (right, bottom)], fill="black", width=2)
    for i in range(5):  # grid and tick labels
        y = bottom - (bottom - top) * i / 4
        draw.line([(left, y), (right, y)], fill=(225, 225, 225))
        draw.text((left - 40, y - 6), f"{25 * i}%", fill="black")
        x = left + (right - left) * i / 4
        draw.text((x - 20, bottom + 8), f"${max_cost * i / 4:.4f}", fill="black")
    draw.text(((left + right) // 2 - 60, bottom + 30), "mean cost per task (USD)", fill="black")
    colours = [(26, 115, 232), (217, 48, 37), (30, 142, 62), (227, 116, 0), (142, 36, 170), (0, 137, 123)]
    for i, s in enumerate(summary):
        x = left + (right - left) * s["cost_usd"] / max_cost
        y = bottom - (bottom - top) * s["success_rate"]
        colour = colours[i % len(colours)]
        draw.ellipse([x - 7, y - 7, x + 7, y + 7], fill=colour)
        draw.text((min(x + 10, right - 120), y - 18 - 12 * (i % 2)), s["config"], fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
