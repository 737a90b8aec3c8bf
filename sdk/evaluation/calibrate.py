"""Calibration: the task suite over a grid of router thresholds, success against cloud spend.

::

    from cascadroid.evaluation.calibrate import Grid, calibrate
    from cascadroid.evaluation.bench import select_tasks
    report = calibrate(select_tasks(difficulty="easy", count=5), Grid(min_confidence=[0.3, 0.6, 0.9]),
                       local="noisy-oracle", cloud="oracle", target_success=0.95)
    print(report.markdown()); report.write_png("calibration.png")

Every task runs once always-local, once always-cloud and once per grid setting through the
real Agent and cascade, on a fresh simulated phone; success is the task's own check of the
device. The Pareto front (more success, fewer cloud tokens, less cost) is marked, and the
chosen setting is the one with the fewest cloud tokens that reaches ``target_success`` (a
share of always-cloud success) within ``max_cost`` (USD per task).

Tiers: ``local`` is ``"local"`` (the bundled model) or ``"noisy-oracle"`` (the
:class:`~cascadroid.testing.NoisyOracleModel` double); ``cloud`` is ``"oracle"`` (a
detour-aware oracle behind a real OpenAI-compatible server on 127.0.0.1, priced as
``cloud_model``) or the base URL of an OpenAI-compatible endpoint.
"""

from __future__ import annotations

import itertools
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from ..errors import CascadroidError, ConfigurationError

LOCAL_KINDS = ("local", "noisy-oracle")


class Grid(BaseModel):
    """Router thresholds to sweep: every combination of the listed values."""

    min_confidence: list[float]
    max_failure_streak: list[int] = Field(default_factory=lambda: [2])

    def model_post_init(self, __context: Any) -> None:
        if not self.min_confidence or not self.max_failure_streak:
            raise ConfigurationError("the threshold grid is empty",
                                     hint="give at least one min_confidence and one max_failure_streak value")
        bad = [v for v in self.min_confidence if not 0 <= v <= 1]
        if bad:
            raise ConfigurationError(f"min_confidence {bad} outside [0, 1]", hint="confidences are in [0, 1], e.g. 0.3,0.6,0.9")
        low = [v for v in self.max_failure_streak if v < 1]
        if low:
            raise ConfigurationError(f"max_failure_streak {low} below 1", hint="use 1 or more failures in a row")

    def settings(self) -> list[tuple[float, int]]:
        return sorted(set(itertools.product(self.min_confidence, self.max_failure_streak)))


class Point(BaseModel):
    """One configuration's totals over the task set."""

    name: str
    kind: Literal["always-local", "always-cloud", "cascade"]
    min_confidence: float | None = None
    max_failure_streak: int | None = None
    tasks: int = 0
    successes: int = 0
    cloud_calls: int = 0
    cloud_tokens: int = 0
    cost_usd: float = 0.0
    errors: int = 0
    pareto: bool = False
    chosen: bool = False

    @property
    def success_rate(self) -> float:
        return self.successes / self.tasks if self.tasks else 0.0

    @property
    def tokens_per_task(self) -> float:
        return self.cloud_tokens / self.tasks if self.tasks else 0.0

    @property
    def cost_per_task(self) -> float:
        return self.cost_usd / self.tasks if self.tasks else 0.0


class CalibrationReport(BaseModel):
    points: list[Point]
    rows: list[dict[str, Any]] = Field(default_factory=list)
    target_success: float | None = None
    max_cost: float | None = None
    chosen: str | None = None
    why: str = ""
    seconds: float = 0.0

    def point(self, name: str) -> Point:
        return next(p for p in self.points if p.name == name)

    def markdown(self) -> str:
        cloud = next((p for p in self.points if p.kind == "always-cloud"), None)
        lines = ["| setting | min_confidence | max_failure_streak | success | of always-cloud | cloud calls "
                 "| cloud tokens | of always-cloud | cost USD | front | chosen |",
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for p in self.points:
            share = f"{p.success_rate / cloud.success_rate:.2f}" if cloud and cloud.success_rate else "-"
            tokens = f"{p.cloud_tokens / cloud.cloud_tokens:.2f}" if cloud and cloud.cloud_tokens else "-"
            lines.append(
                f"| {p.name} | {_or_dash(p.min_confidence)} | {_or_dash(p.max_failure_streak)} "
                f"| {p.successes}/{p.tasks} ({p.success_rate:.0%}) | {share} | {p.cloud_calls} | {p.cloud_tokens} "
                f"| {tokens} | {p.cost_usd:.5f} | {'*' if p.pareto else ''} | {'<-' if p.chosen else ''} |")
        lines.append("")
        lines.append(f"chosen: {self.chosen} ({self.why})" if self.chosen else f"no setting chosen: {self.why}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        for point, out in zip(self.points, data["points"]):
            out.update(success_rate=round(point.success_rate, 4), tokens_per_task=round(point.tokens_per_task, 1),
                       cost_per_task=point.cost_per_task)
        return data

    def write_png(self, path: str | Path, *, size: tuple[int, int] = (800, 520)) -> Path:
        from .calibrate_plot import plot_calibration

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(plot_calibration(self, size=size))
        partial.replace(path)
        return path


def _or_dash(value: Any) -> str:
    return "-" if value is None else f"{value:g}"


# -- choosing ---------------------------------------------------------------------------------


def dominates(a: Point, b: Point) -> bool:
    """``a`` is at least as good as ``b`` on success, cloud tokens and cost, and better on one."""
    at_least = a.success_rate >= b.success_rate and a.cloud_tokens <= b.cloud_tokens and a.cost_usd <= b.cost_usd
    better = a.success_rate > b.success_rate or a.cloud_tokens < b.cloud_tokens or a.cost_usd < b.cost_usd
    return at_least and better


def mark_front(points: Sequence[Point]) -> list[Point]:
    """Set ``pareto`` on the points no other point dominates; return them by cloud tokens."""
    for p in points:
        p.pareto = not any(dominates(q, p) for q in points if q is not p)
    return sorted((p for p in points if p.pareto), key=lambda p: (p.cloud_tokens, p.success_rate))


def choose(points: Sequence[Point], *, target_success: float | None, max_cost: float | None) -> tuple[Point | None, str]:
    """The cascade setting that meets the target with the fewest cloud tokens, and why.

    ``target_success``: a share of always-cloud success (0.95 = 95% of it). ``max_cost``: USD
    per task. With only ``max_cost``, the most successful setting within it.
    """
    cascades = [p for p in points if p.kind == "cascade"]
    cloud = next((p for p in points if p.kind == "always-cloud"), None)
    needed = None
    if target_success is not None:
        if cloud is None:
            raise ConfigurationError("a success target needs the always-cloud run", hint="keep the baselines on")
        needed = target_success * cloud.success_rate
        cascades = [p for p in cascades if p.success_rate >= needed - 1e-12]
    if max_cost is not None:
        cascades = [p for p in cascades if p.cost_per_task <= max_cost + 1e-15]
    wanted = " and ".join(
        ([f"success >= {target_success:.0%} of always-cloud ({needed:.1%})"] if needed is not None else [])
        + ([f"cost <= ${max_cost:g} per task"] if max_cost is not None else []))
    if not cascades:
        return None, f"no setting has {wanted}"
    if target_success is not None:
        best = min(cascades, key=lambda p: (p.cloud_tokens, -p.success_rate, p.cost_usd))
        return best, f"fewest cloud tokens with {wanted}"
    best = max(cascades, key=lambda p: (p.success_rate, -p.cloud_tokens))
    return best, f"most success with {wanted}"


# -- running ----------------------------------------------------------------------------------


class _OracleCloud:
    """The cloud stand-in: one recording server; each task's oracle is put behind it in turn."""

    def __init__(self, model_name: str) -> None:
        from ..testing import RecordingServer

        self.current: Any = None
        self.server = RecordingServer(responder=self._respond, model=model_name)

    def _respond(self, payload: dict[str, Any]) -> str:
        if self.current is None:
            raise RuntimeError("no task is running")
        return self.current(payload)

    def close(self) -> None:
        self.server.close()


class Calibrator:
    """Runs tasks under one local/cloud pairing; :meth:`run_point` measures one configuration."""

    def __init__(
        self,
        *,
        local: str = "local",
        cloud: str = "oracle",
        cloud_model: str = "gpt-4o-mini",
        accuracy: float = 0.7,
        max_steps: int = 20,
        settings_file: Path | None = None,
        data_dir: Path | None = None,
        surprises: str = "none",
    ) -> None:
        from ..settings import Settings

        if local not in LOCAL_KINDS:
            raise ConfigurationError(f"unknown local tier {local!r}", hint=f"use one of {list(LOCAL_KINDS)}")
        if not cloud:
            raise ConfigurationError("no cloud tier to calibrate against",
                                     hint="pass --cloud oracle (the stand-in) or --cloud-url http://host:port/v1")
        if not 0 <= accuracy <= 1:
            raise ConfigurationError(f"accuracy {accuracy} is not a probability", hint="use a value in [0, 1]")
        self.local_kind, self.cloud_spec, self.cloud_model = local, cloud, cloud_model
        self.accuracy, self.max_steps = accuracy, max_steps
        from ..device.sim.surprises import parse_mode

        self.surprises = parse_mode(surprises)  # interruptions each task's phone injects
        self._tmp = tempfile.TemporaryDirectory(prefix="cascadroid-calibrate-") if data_dir is None else None
        root = Path(self._tmp.name) if self._tmp is not None else Path(data_dir)  # type: ignore[arg-type]
        self.settings = Settings.load(settings_file, data_dir=root,
                                      agent={"max_steps": max_steps, "save_screenshots": False})
        self.settings = self.settings.model_copy(
            update={"cloud": self.settings.cloud.model_copy(update={"base_url": None})})
        self._oracle_cloud = _OracleCloud(cloud_model) if cloud == "oracle" else None
        self._local_model: Any = None

    def close(self) -> None:
        if self._oracle_cloud is not None:
            self._oracle_cloud.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> Calibrator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _models(self, task: Any, device: Any, seed: int) -> tuple[Any, Any]:
        from ..models import OpenAICompatibleModel
        from ..testing import NoisyOracleModel, OracleCourse, chat_responder

        course = OracleCourse(task, device)
        if self.local_kind == "noisy-oracle":
            local: Any = NoisyOracleModel(task, device, accuracy=self.accuracy, seed=seed, course=course)
        else:
            if self._local_model is None:
                from ..models import LocalModel

                self._local_model = LocalModel(self.settings.local)
            local = self._local_model
        if self._oracle_cloud is not None:
            oracle = NoisyOracleModel(task, device, accuracy=1.0, course=course, name="oracle-cloud")
            self._oracle_cloud.current = chat_responder(oracle)
            url = self._oracle_cloud.server.url
        else:
            url = self.cloud_spec
        cloud = OpenAICompatibleModel(self.settings.cloud, base_url=url, model=self.cloud_model)
        return local, cloud

    def run_task(self, point: Point, template: str, seed: int, goal: str | None = None) -> dict[str, Any]:
        """One task under ``point``'s configuration on a fresh phone; the task's check decides success.
        ``goal`` says the task in other words (its check stays the same)."""
        from ..agent import Agent
        from ..device.sim import SimDevice
        from .bench import load_registry

        started = time.perf_counter()
        task = load_registry().instance(template, seed)
        device = SimDevice(seed=seed, surprises=self.surprises)
        task.setup_on(device)
        row: dict[str, Any] = {"setting": point.name, "task": template, "seed": seed, "success": False,
                               "steps": 0, "cloud_calls": 0, "cloud_tokens": 0, "cost_usd": 0.0, "seconds": 0.0,
                               "error": None}
        local, cloud = self._models(task, device, zlib.crc32(f"{template}:{seed}".encode()))
        models = {"always-local": {"local": local}, "always-cloud": {"local": cloud}}.get(
            point.kind, {"local": local, "cloud": cloud})
        policy = self.settings.cascade
        if point.kind == "cascade":
            routing = policy.routing.model_copy(update={"min_confidence": point.min_confidence,
                                                        "max_failure_streak": point.max_failure_streak})
            policy = policy.model_copy(update={"routing": routing})
        try:
            with Agent(device, settings=self.settings, memory=False, policy=policy, **models) as agent:
                result = agent.run(goal or task.goal)
            totals = result.totals
            row.update(steps=len(result.steps), stop_reason=result.stop_reason,
                       cloud_calls=int(totals.get("cloud_calls", 0)),
                       cloud_tokens=int(totals.get("cloud_tokens", 0)), cost_usd=float(totals.get("cost_usd", 0.0)))
            row["success"] = bool(task.check(device, result.answer))
        except CascadroidError as exc:
            row["error"] = f"{type(exc).__name__}: {exc.message}"
        except (LookupError, ValueError, AttributeError) as exc:  # a task check that trips over a wrecked state
            row["error"] = f"check failed: {type(exc).__name__}: {exc}"
        finally:
            cloud.close()
        row["seconds"] = round(time.perf_counter() - started, 3)
        return row


def calibrate(
    tasks: Sequence[tuple[str, int]],
    grid: Grid,
    *,
    local: str = "local",
    cloud: str = "oracle",
    cloud_model: str = "gpt-4o-mini",
    accuracy: float = 0.7,
    max_steps: int = 20,
    target_success: float | None = 0.95,
    max_cost: float | None = None,
    settings_file: Path | None = None,
    surprises: str = "none",
    on_row: Callable[[dict[str, Any]], None] | None = None,
) -> CalibrationReport:
    """Run ``tasks`` always-local, always-cloud and at every ``grid`` setting; mark the front and the choice."""
    if not tasks:
        raise ConfigurationError("no tasks to calibrate on", hint="select tasks with --task, --difficulty or --count")
    if target_success is not None and not 0 < target_success <= 1:
        raise ConfigurationError(f"target success {target_success} outside (0, 1]",
                                 hint="a share of always-cloud success, e.g. 0.95")
    if max_cost is not None and max_cost < 0:
        raise ConfigurationError(f"max cost {max_cost} is negative", hint="USD per task, e.g. 0.002")
    points = [Point(name="always-local", kind="always-local"), Point(name="always-cloud", kind="always-cloud")]
    points += [Point(name=f"cascade {mc:g}/{streak}", kind="cascade", min_confidence=mc, max_failure_streak=streak)
               for mc, streak in grid.settings()]
    started = time.perf_counter()
    rows = []
    with Calibrator(local=local, cloud=cloud, cloud_model=cloud_model, accuracy=accuracy, max_steps=max_steps,
                    settings_file=settings_file, surprises=surprises) as calibrator:
        for template, seed in tasks:
            for point in points:
                row = calibrator.run_task(point, template, seed)
                rows.append(row)
                point.tasks += 1
                point.successes += row["success"]
                point.cloud_calls += row["cloud_calls"]
                point.cloud_tokens += row["cloud_tokens"]
                point.cost_usd += row["cost_usd"]
                point.errors += row["error"] is not None
                if on_row is not None:
                    on_row(row)
    mark_front(points)
    best, why = choose(points, target_success=target_success, max_cost=max_cost)
    if best is not None:
        best.chosen = True
    return CalibrationReport(points=points, rows=rows, target_success=target_success, max_cost=max_cost,
                             chosen=best.name if best else None, why=why,
                             seconds=round(time.perf_counter() - started, 2))


def parse_floats(text: str, option: str) -> list[float]:
    try:
        return [float(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise ConfigurationError(f"{option} {text!r} is not a list of numbers", hint=f"e.g. {option} 0.3,0.6,0.9") from None


def parse_ints(text: str, option: str) -> list[int]:
    try:
        return [int(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise ConfigurationError(f"{option} {text!r} is not a list of integers", hint=f"e.g. {option} 1,2,3") from None


__all__ = ["CalibrationReport", "Calibrator", "Grid", "Point", "calibrate", "choose", "dominates", "mark_front"]
