"""The decision policy of choices mode: act on structure, break near-ties locally, defer honestly.

1. A :class:`DecisionModel` turns the ranked candidates into probabilities of being the right
   next action. The default, :class:`ScoreCalibration`, is a softmax over the ranker's scores
   with a fitted temperature, its top share mapped through a fitted logistic (Platt) curve;
   ``benchmarks/fit_decide.py`` regenerates the constants from labelled reference steps.
   A learned model can replace it (anything with ``probabilities``).
2. When the top candidate clearly leads (``p_top >= act_threshold``) the agent acts with no
   model call.
3. Between near-ties the local model scores each candidate on its own (a yes/no question per
   candidate, its "yes" probability compared), so the order of a list cannot decide.
4. When the result is still unsure (below ``defer_below``), or no candidate fits, the call is
   offered to the cascade with that confidence: the router escalates (privacy and budget
   permitting) and the cloud sees the full candidate list as suggestions. A finish, which cannot
   be undone, has its own higher bar (``defer_done_below``). The router is told that the policy
   defers (``policy_defers``) and does not re-gate the step on the same confidence with its own
   bar; privacy and budget still decide.
5. Shadow mode (``shadow``): when the device acts on its own, the cloud is asked the same
   question too and its pick kept with the decision, not executed: a teacher label on a screen
   the device's own policy reached (DAgger-style data for ``cascadroid learn``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel

from ..cascade.model import CascadeModel
from ..models.base import Model, ModelRequest, ModelResponse
from ..settings import DecisionSettings
from . import operator, sure_enough
from .candidates import Candidate
from .perceptor import Screen

# Fitted by benchmarks/fit_decide.py on the reference steps of the simulated suite (seed 0).
TEMPERATURE = 1.8
SLOPE = 0.649
BIAS = -0.284

How = Literal["structure", "tie_break", "escalate", "kept_local"]  # kept_local: escalation offered, router said no
POLICY_MODEL = "decision-policy"  # the name of the stand-in "local answer" handed to the cascade


class DecisionModel(Protocol):
    """P(candidate is the right next action) for each ranked candidate, in the same order
    (``history``: the run's history entries so far, for models that read where the run stands)."""

    def probabilities(self, task: str, screen: Screen, candidates: Sequence[Candidate],
                      history: Sequence[dict[str, Any]] = ()) -> list[float]: ...


@dataclass(frozen=True)
class ScoreCalibration:
    """Softmax of the scores at ``temperature``; the top share's log-odds mapped by
    ``sigmoid(slope * x + bias)`` to a calibrated p_top; the others share ``1 - p_top`` pro rata,
    none above p_top (what is left over is the chance that no listed candidate is right)."""

    temperature: float = TEMPERATURE
    slope: float = SLOPE
    bias: float = BIAS

    def probabilities(self, task: str, screen: Screen, candidates: Sequence[Candidate],
                      history: Sequence[dict[str, Any]] = ()) -> list[float]:
        if not candidates:
            return []
        scores = [c.score for c in candidates]
        best = max(range(len(scores)), key=scores.__getitem__)
        weights = [math.exp((s - scores[best]) / self.temperature) for s in scores]
        total = sum(weights)
        share = [w / total for w in weights]
        q = min(max(share[best], 1e-6), 1 - 1e-6)
        p_top = 1 / (1 + math.exp(-(self.slope * math.log(q / (1 - q)) + self.bias)))
        rest = 1 - share[best]
        return [p_top if i == best else min(p_top, (1 - p_top) * s / rest if rest > 0 else 0.0)
                for i, s in enumerate(share)]


@dataclass
class Decided:
    """What the policy chose and why: ``index`` into the ranked list (None when nothing is listed)."""

    index: int | None
    how: How
    confidence: float
    probabilities: list[float]
    yes: dict[int, float] = field(default_factory=dict)  # per near-tie candidate: the local model's P(yes)
    calls: list[dict[str, Any]] = field(default_factory=list)
    teacher_action: dict[str, Any] | None = None  # shadow mode: what the stronger tier would have done
    why: str = ""  # "finish" (the finish bar) or a sure_enough.py reason: deferred where the confidence alone would not have

    def record(self) -> dict[str, Any]:
        """The step's ``decision`` entry (kept in the trace; benchmarks count ``how``)."""
        entry = {"how": self.how, "index": self.index, "confidence": round(self.confidence, 4),
                 "p_top": round(max(self.probabilities, default=0.0), 4),
                 "yes": {str(k): round(v, 4) for k, v in self.yes.items()}, **({"why": self.why} if self.why else {})}
        return entry if self.teacher_action is None else {**entry, "teacher_action": self.teacher_action}


class YesNo(BaseModel):
    answer: Literal["yes", "no"]


TIE_INSTRUCTIONS = """Your role: judge one proposed action.
Would the proposed action be the right next step towards the task on this screen?
Reply with JSON: {"answer": "yes" or "no"}."""

AskYes = Callable[[int], tuple[float | None, list[dict[str, Any]]]]


def yes_probability(answer: str, confidence: float | None) -> float | None:
    """P(yes) from a constrained yes/no answer and the probability of the token it chose."""
    if confidence is None:
        return None
    return confidence if answer == "yes" else 1.0 - confidence


def near_ties(probabilities: Sequence[float], settings: DecisionSettings) -> list[int]:
    """Indices within ``tie_margin`` of the top probability, best first, at most ``max_ties``."""
    order = sorted(range(len(probabilities)), key=lambda i: -probabilities[i])
    top = probabilities[order[0]] if order else 0.0
    return [i for i in order if top - probabilities[i] <= settings.tie_margin][:settings.max_ties]


def decide(probabilities: list[float], settings: DecisionSettings, *, ask_yes: AskYes | None,
           can_defer: bool) -> Decided:
    """Choose among candidates with these probabilities (best first is not assumed)."""
    if not probabilities:
        return Decided(None, "escalate" if can_defer else "structure", 0.0, [])
    top = max(range(len(probabilities)), key=probabilities.__getitem__)
    p_top = probabilities[top]
    if p_top >= settings.act_threshold:
        return Decided(top, "structure", p_top, probabilities)
    if can_defer and p_top < settings.no_fit_below:  # nothing fits: ask the cloud, not the small model
        return Decided(top, "escalate", p_top, probabilities)
    ties = near_ties(probabilities, settings)
    if len(ties) < 2 or ask_yes is None or not settings.tie_break:
        decided = Decided(top, "structure", p_top, probabilities)
    else:
        decided = _tie_break(probabilities, ties, ask_yes, settings)
    if can_defer and decided.confidence < settings.defer_below:
        decided.how = "escalate"
    return decided


def _tie_break(probabilities: list[float], ties: list[int], ask_yes: AskYes, settings: DecisionSettings) -> Decided:
    """Score each near-tie candidate separately; posterior ∝ prior * P(yes)^weight within the tie."""
    yes: dict[int, float] = {}
    calls: list[dict[str, Any]] = []
    for index in ties:
        p_yes, more = ask_yes(index)  # type: ignore[arg-type]
        calls += more
        if p_yes is not None:
            yes[index] = min(max(p_yes, 1e-3), 1 - 1e-3)
    mass = sum(probabilities[i] for i in ties)
    weighted = {i: probabilities[i] * (yes.get(i, 0.5) ** settings.tie_weight) for i in ties}
    total = sum(weighted.values()) or 1.0
    winner = max(ties, key=lambda i: (weighted[i], -ties.index(i)))
    return Decided(winner, "tie_break", mass * weighted[winner] / total, probabilities, yes, calls)


class PolicyAnswer(Model):
    """The policy's own choice, offered to a cascade as its "local answer" with a calibrated
    confidence: the router then escalates (or not) by its usual rules. No model runs."""

    name = POLICY_MODEL
    tier = "local"

    def __init__(self, fields: dict[str, Any], confidence: float) -> None:
        self.fields, self.confidence = fields, confidence

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        parsed = request.output_type.model_validate(self.fields) if request.output_type is not None else None
        return ModelResponse(text=str(self.fields), parsed=parsed, model=self.name, tier="local",
                             confidence=self.confidence)

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)


def suggestions(ranked: Sequence[Candidate], probabilities: Sequence[float]) -> str:
    """The full candidate list as the cloud sees it: suggestions with their estimated chance."""
    lines = [f"- {c.text} (p={p:.2f})" for c, p in zip(ranked, probabilities)]
    return "Suggested actions (a small on-device ranker's guesses; choose any valid action):\n" + "\n".join(lines)


def count(totals: dict[str, float], decided: Decided | None) -> dict[str, float]:
    """Totals with this step's decision counted (``decided_structure`` / ``_tie_break`` / ``_escalate``)."""
    if decided is None:
        return totals
    key = f"decided_{decided.how}"
    return {**totals, key: totals.get(key, 0) + 1}


def finishes(ranked: Sequence[Candidate], decided: Decided) -> bool:
    """Whether the pick ends the run (``done``), which no later step can undo."""
    return decided.index is not None and decided.index < len(ranked) and ranked[decided.index].action.get("kind") == "done"


Ask = Callable[..., tuple[Any, list[dict[str, Any]], str | None]]  # the graph's ask: (value, calls, error)


def choose(ranked: list[Candidate], probabilities: list[float], *, model: Model, settings: DecisionSettings,
           ask: Ask, screen: Screen, context: str, free_type: type[BaseModel],
           validate_free: Callable[[Any], Any], failure_streak: int = 0,
           history: Sequence[dict[str, Any]] = (), task: str = "") -> tuple[Decided, Any, str | None]:
    """The operator's pick in choices mode: ``(decision, (choice, action) or None, error)``.

    ``model`` is the run's model: a :class:`CascadeModel` with a cloud makes deferral possible
    (its local model breaks ties; its router decides on escalation); any other model breaks
    ties itself and nothing is deferred. A failure streak as long as the router's limit defers too.
    """
    cascade = model if isinstance(model, CascadeModel) and model.cloud is not None else None
    local = model.local if isinstance(model, CascadeModel) else model
    screen_part = operator.prompt(screen, context=context)[:-len("Next action?")]

    def ask_yes(index: int) -> tuple[float | None, list[dict[str, Any]]]:
        value, calls, _ = ask(model=local, purpose="tie_break", instructions=TIE_INSTRUCTIONS, output_type=YesNo,
                              user=f"{screen_part}Proposed action: {ranked[index].text}", max_tokens=12)
        confidence = calls[-1].get("confidence") if calls else None
        return (yes_probability(value.answer, confidence) if value is not None else None), calls

    decided = decide(probabilities, settings, ask_yes=ask_yes, can_defer=cascade is not None)
    if cascade is not None and failure_streak >= cascade.router.settings.routing.max_failure_streak:
        decided.how = "escalate"  # actions keep failing: whatever the ranking says, let the cloud look
    if cascade is not None and decided.how != "escalate" and finishes(ranked, decided) \
            and decided.confidence < settings.defer_done_below:
        decided.how, decided.why = "escalate", "finish"  # a wrong step can be undone, a wrong finish cannot
    if cascade is not None and decided.how != "escalate" and decided.index is not None \
            and decided.confidence < settings.defer_done_below:
        unsure = sure_enough.why_unsure(ranked[decided.index].action, screen, history, task)
        if unsure:  # a step the ranker's word match gets confidently wrong (sure_enough.py)
            decided.how, decided.why = "escalate", unsure

    def ask_cloud(confidence: float, purpose: str) -> tuple[Any, list[dict[str, Any]], str | None, bool]:
        """The cloud's pick through the router, the device's pick offered as the local answer."""
        fields = operator.to_output(ranked[decided.index].action, ranked[decided.index].text) \
            if decided.index is not None else operator.to_output({"kind": "wait"}, "nothing fits")
        stand_in = CascadeModel(PolicyAnswer(fields, confidence), cascade.cloud, cascade.router)
        value, calls, error = ask(model=stand_in, purpose=purpose, instructions=operator.INSTRUCTIONS,
                                  output_type=free_type, validate=validate_free, max_tokens=120,
                                  signals={"policy_defers": 1.0} if purpose == "operator" else {},
                                  user=f"{screen_part}{suggestions(ranked, probabilities)}\nNext action?")
        decided.calls += [c for c in calls if c.get("model") != POLICY_MODEL]
        return value, calls, error, any(c.get("tier") == "cloud" for c in calls)

    if decided.how == "escalate" and cascade is not None:
        value, calls, error, went = ask_cloud(decided.confidence, "operator")
        if not went:
            decided.how = "kept_local"  # the router kept it on the device (privacy, budget, confidence)
        return decided, value, error
    for index in [decided.index, *range(len(ranked))]:  # the pick, or the next that fits the screen
        if index is None:
            continue
        try:
            choice = operator.OperatorChoice.model_validate({"reason": ranked[index].text, **ranked[index].action})
            action = operator.to_action(choice, screen)
            decided.index = index
        except (operator.InvalidChoice, ValueError) as exc:
            error = str(exc)
            continue
        if settings.shadow and cascade is not None:  # shadow teacher: its pick is logged, not executed
            taught, _, _, went = ask_cloud(0.0, "shadow")
            if taught is not None and went:
                decided.teacher_action = taught[1].model_dump(mode="json")
        return decided, (choice, action), None
    return decided, None, error if ranked else "no candidate action on this screen"
