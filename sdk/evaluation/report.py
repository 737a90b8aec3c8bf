"""One self-contained HTML file for a recorded run: header, totals, a timeline of steps.

::

    from cascadroid.evaluation.report import write_report
    write_report(MemoryStore(".cascadroid/cascadroid.db"), run_id, "run.html")

Screenshots are embedded as data URIs (scaled down with Pillow), CSS and the one small script
are inline, and a Content-Security-Policy forbids any other request: the file can be mailed
or attached to a CI job as is. The touched element is outlined with a CSS box placed from the
element bounds recorded with the step (events of kind ``target``); a tap at coordinates gets
a dot. A run that is still ``running`` (or was killed and not resumed) is refused unless
``partial=True``, which renders what is recorded so far under an "in progress" banner.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import io
import json
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from ..errors import ConfigurationError

CHECK_EVENT = "check"  # payload {"passed": bool, "detail": str}: a task check read from the device
TARGET_EVENT = "target"  # payload {"step": int, "bounds": [left, top, right, bottom]}
SHOT_WIDTH = 360  # about this wide, embedded (whole-number reduction; shown 240 wide, sharp on HiDPI)


class RunInProgressError(ConfigurationError):
    """The run has not finished: its report would be incomplete."""


def render_report(store: Any, run_id: str, *, partial: bool = False) -> str:
    """The HTML report of ``run_id`` (RunNotFoundError for an unknown id)."""
    run = store.runs.get(run_id)
    if run.status == "running" and not partial:
        raise RunInProgressError(
            f"run {run_id!r} is still running (or was interrupted and not resumed)",
            hint=f"wait for it to finish, `cascadroid resume {run_id}`, or pass --partial for what is recorded so far",
        )
    steps = store.runs.steps(run_id)
    events = store.runs.events(run_id)
    calls: dict[int, list[dict[str, Any]]] = {}
    targets: dict[int, list[int]] = {}
    decisions, check = [], None
    for event in events:
        payload = event.payload
        if event.kind == "model_call":
            calls.setdefault(int(payload.get("step", -1)), []).append(payload)
        elif event.kind == TARGET_EVENT:
            targets[int(payload["step"])] = list(payload["bounds"])
        elif event.kind == "decision":
            decisions.append(payload)
        elif event.kind == CHECK_EVENT:
            check = payload
    template = Template(resources.files(__package__).joinpath("report.html").read_text(encoding="utf-8"))
    return template.substitute(
        run_id=_e(run.run_id), task=_e(run.task), status=_e(run.status), device=_e(run.device or "device"),
        started=_when(run.started_at), step_count=len(steps),
        banner=_banner(run), stop_reason=_e(run.stop_reason or "-"),
        answer=f'<div class="meta">answer: <b>{_e(run.answer)}</b></div>' if run.answer else "",
        totals=_totals(run, steps), check=_check(run, check),
        steps="\n".join(_step(s, calls.get(s.index, []), targets.get(s.index)) for s in steps)
        or '<p class="empty">No steps were recorded.</p>',
        decisions=_decisions(decisions), generated=_when(_dt.datetime.now().timestamp()),
    )


def record_check(store: Any, run_id: str, passed: bool, detail: str = "") -> None:
    """Keep the result of a task check read from the device (the report shows it as the final check)."""
    store.runs.record_event(run_id, CHECK_EVENT, {"passed": bool(passed), "detail": detail})


def write_report(store: Any, run_id: str, path: str | Path, *, partial: bool = False) -> Path:
    """Render and write the report; the file appears whole or not at all."""
    text = render_report(store, run_id, partial=partial)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return target


# ---- pieces -----------------------------------------------------------------------------
def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _usd(value: Any) -> str:
    cost = float(value or 0)
    return f"${cost:.6f}" if 0 < cost < 0.01 else f"${cost:.4f}"


def _when(ts: float | None) -> str:
    return "-" if ts is None else _dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def _banner(run: Any) -> str:
    if run.status != "running":
        return ""
    return ('<div class="banner" id="in-progress"><b>In progress:</b> this run has not finished (or was '
            f"interrupted); the report shows what was recorded by {_when(_dt.datetime.now().timestamp())}.</div>")


def _totals(run: Any, steps: list[Any]) -> str:
    t = run.totals or {}
    calls = t.get("model_calls", sum(s.model_calls for s in steps))
    tokens = t.get("prompt_tokens", sum(s.prompt_tokens for s in steps)) + t.get(
        "completion_tokens", sum(s.completion_tokens for s in steps))
    cost = t.get("cost_usd", sum(s.cost_usd for s in steps))
    end = run.finished_at
    seconds = f"{end - run.started_at:.1f}" if end else "-"
    items = [("steps", len(steps)), ("model calls", int(calls)), ("tokens", int(tokens)),
             ("cloud tokens", int(t.get("cloud_tokens", 0))), ("cost", _usd(cost)), ("seconds", seconds)]
    return "".join(f'<div data-total="{_e(k)}">{_e(k)}<b>{_e(v)}</b></div>' for k, v in items)


def _check(run: Any, check: dict[str, Any] | None) -> str:
    if check is not None:
        passed = bool(check.get("passed"))
        word = "passed" if passed else "failed"
        return (f'<span id="final-check" data-passed="{str(passed).lower()}">final check (read from the device): '
                f'<span class="badge {word}">{word}</span> {_e(check.get("detail", ""))}</span>')
    claim = {True: "claimed success", False: "did not claim success", None: "no claim yet"}[run.success_claimed]
    return f'<span id="final-check" data-passed="">no task check recorded; the agent {claim}</span>'


def _step(step: Any, calls: list[dict[str, Any]], bounds: list[int] | None) -> str:
    from ..agents.operator import describe

    outcome = step.outcome or "unknown"
    rows = [("subgoal", step.subgoal), ("reason", step.reason), ("outcome", f"{outcome}: {step.outcome_reason}"),
            ("app", step.package), ("tier", step.tier or "-"),
            ("tokens", f"{step.prompt_tokens} + {step.completion_tokens}"), ("cost", _usd(step.cost_usd)),
            ("model time", f"{step.latency_s:.2f} s")]
    if step.shortcut:
        rows.insert(0, ("shortcut", step.shortcut))
    if step.locator:
        rows.append(("element", json.dumps(step.locator, sort_keys=True)))
    facts = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows if v not in (None, ""))
    label = next((str(step.locator[k]).rsplit("/", 1)[-1] for k in ("text", "content_desc", "resource_id")
                  if (step.locator or {}).get(k)), "")
    title = describe(step.action) + (f" “{label}”" if label else "")
    return (
        f'<article class="step {_e(outcome)}" data-index="{step.index}" data-outcome="{_e(outcome)}">'
        f"{_figure(step.screenshot_path, bounds, step.action)}"
        f'<div><h2>Step {step.index + 1}: <span class="action">{_e(title)}</span></h2>'
        f"<dl>{facts}</dl>{_calls_table(calls)}</div></article>"
    )


def _figure(path: str | None, bounds: list[int] | None, action: dict[str, Any]) -> str:
    if not path or not Path(path).is_file():
        return '<figure class="shot"><div class="none">no screenshot recorded</div></figure>'
    try:
        uri, (width, height) = _data_uri(Path(path))
    except OSError:
        return f'<figure class="shot"><div class="none">screenshot unreadable: {_e(Path(path).name)}</div></figure>'
    mark = ""
    if bounds and len(bounds) == 4 and width and height:
        left, top, right, bottom = bounds
        mark = (f'<div class="target" data-bounds="{left},{top},{right},{bottom}" style="left:{100 * left / width:.3f}%;'
                f"top:{100 * top / height:.3f}%;width:{100 * (right - left) / width:.3f}%;"
                f'height:{100 * (bottom - top) / height:.3f}%"></div>')
    elif action.get("x") is not None and action.get("y") is not None and width and height:
        x, y = action["x"], action["y"]
        mark = (f'<div class="target point" data-point="{x},{y}" '
                f'style="left:{100 * x / width:.3f}%;top:{100 * y / height:.3f}%"></div>')
    return f'<figure class="shot"><img alt="screen before the action" src="{uri}">{mark}</figure>'


def _data_uri(path: Path) -> tuple[str, tuple[int, int]]:
    """The screenshot scaled to SHOT_WIDTH as a PNG data URI, and its original size (the bounds' space)."""
    from PIL import Image

    with Image.open(path) as image:
        size = image.size
        small = image.convert("RGB")
        factor = small.width // SHOT_WIDTH
        if factor > 1:  # a box-filter reduce: 3x faster than a resampling resize, and the PNG comes out smaller
            small = small.reduce(factor)
        buffer = io.BytesIO()
        small.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii"), size


def _calls_table(calls: list[dict[str, Any]]) -> str:
    if not calls:
        return '<p class="empty">no model call (a shortcut or a rule decided this step)</p>'
    head = "<tr><th>role</th><th>tier</th><th>model</th><th>tokens</th><th>cost</th><th>time</th><th>router</th><th>result</th></tr>"
    rows = []
    for c in calls:
        decision = c.get("decision") or {}
        tier = c.get("tier", "-")
        result = "ok" if c.get("ok", True) else f"invalid: {c.get('error') or ''}"
        rows.append(
            f'<tr class="call"><td>{_e(c.get("purpose", ""))}</td><td class="tier-{_e(tier)}">{_e(tier)}</td>'
            f'<td>{_e(c.get("model", ""))}</td><td>{_e(c.get("prompt_tokens") or 0)} + {_e(c.get("completion_tokens") or 0)}</td>'
            f'<td>{_usd(c.get("cost_usd"))}</td><td>{float(c.get("latency_s") or 0):.2f} s</td>'
            f'<td>{_e(decision.get("reason", "-"))}</td><td class="{"" if c.get("ok", True) else "err"}">{_e(result[:200])}</td></tr>'
        )
    return f'<table class="calls">{head}{"".join(rows)}</table>'


def _decisions(decisions: list[dict[str, Any]]) -> str:
    if not decisions:
        return ""
    rows = "".join(
        f'<tr class="decision"><td>{_e(d.get("purpose", ""))}</td><td class="tier-{_e(d.get("tier"))}">{_e(d.get("tier"))}</td>'
        f'<td>{_e(d.get("stage", ""))}</td><td>{len(d.get("masked_spans") or [])}</td>'
        f'<td>{_usd(d.get("estimated_cost_usd"))}</td><td>{_e(d.get("reason", ""))}</td></tr>'
        for d in decisions
    )
    return ('<section style="padding:0 28px 16px"><h2>Router decisions</h2><table id="decisions"><tr><th>role</th>'
            "<th>tier</th><th>stage</th><th>masked</th><th>est. cost</th><th>why</th></tr>"
            f"{rows}</table></section>")
