"""Labelled decisions for the decision policy: along each task's reference trajectory, the ranked
candidates of every step and which one (if any) is the reference action.

Used by ``fit_decide.py`` (fits the calibration shipped in ``cascadroid.agents.decide``) and
``bench_decide.py`` (deferral AUROC). The reference steps come from the simulated suite
(``task.reference``), resolved on the screen shown, the way the oracle double answers; the
candidates are what the agent's choices mode would rank on that screen with that history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cascadroid.agents import interruptions, operator
from cascadroid.agents.candidates import Candidate, rank
from cascadroid.agents.perceptor import Screen, perceive
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.device.types import device_apps
from cascadroid.errors import CascadroidError
from cascadroid.testing.oracle import model_choice, step_choice


@dataclass
class Labelled:
    """One step: the task, the screen, the ranked candidates and the reference's index (-1: not listed)."""

    template: str
    difficulty: str
    task: str
    screen: Screen
    ranked: list[Candidate]
    right: int


def _norm(text: Any) -> str:
    return " ".join(str(text or "").casefold().split())


def matches(candidate: dict[str, Any], reference: dict[str, Any]) -> bool:
    """Whether a candidate's action is the reference action (the oracle's choice, parsed)."""
    kind = reference["kind"]
    if candidate.get("kind") != kind:
        return False
    if kind in ("tap", "long_press"):
        return candidate.get("element") == reference.get("element")
    if kind == "type":
        same_field = reference.get("element") is None or candidate.get("element") in (None, reference.get("element"))
        return same_field and _norm(candidate.get("text")) == _norm(reference.get("text"))
    if kind == "swipe":
        return candidate.get("direction") == (reference.get("direction") or "down")
    if kind == "open_app":
        return _norm(candidate.get("app")) == _norm(reference.get("app"))
    if kind == "done":
        wanted = _norm(reference.get("answer"))
        return not wanted or wanted in _norm(candidate.get("answer"))
    return True  # back, home, wait


def _entry(index: int, action: dict[str, Any], screen: Screen) -> dict[str, Any]:
    return {"index": index, "kind": action["kind"], "line": operator.describe(action, screen.labels),
            "key": operator.describe(action), "outcome": "success", "why": "", "screen": screen.digest}


def trajectory(template: str, seed: int = 0, *, limit: int = 40) -> list[Labelled]:
    """The labelled steps of one task's reference run (interruptions handled as the agent does)."""
    task = registry().instance(template, seed)
    device = SimDevice(seed=seed)
    task.setup_on(device)
    steps, apps = list(task.reference(device)), device_apps(device)
    state: dict[str, Any] = {"task": task.goal, "history": [], "handled_interruptions": []}
    out: list[Labelled] = []
    finished = False
    while len(out) < limit and not finished:
        observation = device.observe()
        state["interrupts"] = interruptions.track(observation, state, apps, "task")
        current = state["interrupts"]["current"]
        if current is not None:
            device.act(interruptions.ACTION.validate_python(current["action"]))
            state["handled_interruptions"].append(current["signature"])
            continue
        screen = perceive(observation)
        if steps:
            choice = step_choice(steps[0], observation, device=device)
        else:
            choice, finished = model_choice("done", "reference complete", answer=None), True
        parsed = operator.parse(choice)
        if parsed.kind == "wait":  # the target is not on screen yet: no decision to label
            device.act(operator.to_action(parsed, screen))
            continue
        reference = parsed.model_dump(exclude={"reason"}, exclude_none=True)
        ranked = rank(task.goal, "", screen, apps, state["history"])
        right = next((i for i, c in enumerate(ranked) if matches(c.action, reference)), -1)
        out.append(Labelled(template, task.template.difficulty, task.goal, screen, ranked, right))
        if finished:
            break
        step = steps.pop(0)
        try:
            device.act(step.resolve(observation))
        except CascadroidError:
            break
        state["history"].append(_entry(len(state["history"]), reference, screen))
    return out


def suite(seeds: tuple[int, ...] = (0,), difficulties: tuple[str, ...] = ("easy", "medium", "hard")) -> list[Labelled]:
    """Labelled steps over every template of the given difficulties (feasibility tasks left out)."""
    out: list[Labelled] = []
    for template in registry().templates():
        if template.difficulty not in difficulties or not template.feasible:
            continue
        for seed in seeds:
            try:
                out += trajectory(template.name, seed)
            except CascadroidError as exc:
                print(f"  skipped {template.name} seed {seed}: {exc.message}")
    return out


def auroc(scores: list[float], labels: list[int]) -> float:
    """Area under the ROC curve: P(a right case scores above a wrong one), ties counting half."""
    pairs = sorted(zip(scores, labels))
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):  # average ranks over tied scores
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        rank_sum += sum(label for _, label in pairs[i:j]) * (i + j + 1) / 2
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
