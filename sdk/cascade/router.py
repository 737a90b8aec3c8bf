"""The router: for each model call, decide local, cloud, cloud with masking, or refuse.

Two stages per call. Before the local model runs, a call goes to the cloud only when its
role is cloud-first (``routing.cloud_first_purposes``) or the reflector's failure streak is
already long. After the local answer, it escalates when the answer failed its schema, its
confidence is below ``routing.min_confidence``, the failure streak is long, or the caller defers
(signal ``policy_defers``: its own policy wants a stronger answer, e.g. before a step that cannot be
undone; the router does not second-guess that on the same confidence). Escalation
is then weighed, not forced: a multi-objective score (quality, cost, privacy, latency, with
``routing.weights``) picks among the tiers the privacy policy and the budget allow.

Every decision is kept in ``Router.decisions`` and passed to ``on_decision(decision, request)``
before anything is sent; nothing leaves the device without one.

Privacy is judged on what the detectors find in the prompt and on ``Router.taint``, the run's
:class:`~.taint.TaintSet` (fed by the agent with every screen it reads): a prompt that repeats
a value read from a local_only source, in any form, stays local; a remembered masked value is
masked wherever it reappears. Screenshots (``request.images``) go only to a cloud model that
accepts images, redacted under the same policy (:func:`~.screenshot.redact_screenshot`).
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, Field, PrivateAttr

from ..errors import BudgetExceeded, ConfigurationError
from ..models.base import Message, ModelRequest, ModelResponse, Usage
from ..models.pricing import Price, PriceTable
from ..settings import CascadeSettings, DataKind, PrivacyMode
from .ledger import Reservation, Shortfall, SpendLedger, to_nanos
from .masking import MaskMapping, mask
from .policy import PrivacyPolicy
from .privacy import Span
from .screenshot import redact_screenshot
from .taint import TaintSet, with_hits

Tier = Literal["local", "cloud", "cloud_masked", "refuse"]
CLOUD_TIERS = ("cloud", "cloud_masked")
_PER_MESSAGE_TOKENS = 8  # chat-template overhead per message, on the safe side
_TOKEN_MARGIN = 1.1  # local token counts may undercount the server's tokenizer
_REPAIR_TOKENS = 64  # the schema instruction or repair request around a structured call


class FoundSpan(BaseModel):
    """A span of private data a decision saw (kind and place only, never the value).

    ``tainted``: text that repeats a value read from a local_only source (see taint.py).
    """

    message: int
    kind: DataKind | Literal["tainted"]
    start: int
    end: int
    mode: PrivacyMode
    placeholder: str | None = None


class Decision(BaseModel):
    """Why a call went where it went. Serialisable for traces; holds no private values.

    ``masked_spans`` lists the private data found when a cloud tier was considered (a call
    that stays local without considering the cloud is not scanned).
    """

    tier: Tier
    reason: str
    signals: dict[str, float | int | str | bool | None] = Field(default_factory=dict)
    masked_spans: list[FoundSpan] = Field(default_factory=list)
    estimated_cost_usd: float = 0.0
    scores: dict[str, float] = Field(default_factory=dict)
    stage: Literal["before_local", "after_local", "fallback"] = "before_local"
    purpose: str = "generic"
    app: str = ""
    model: str | None = None
    run_id: str = ""
    at: float = Field(default_factory=time.time)
    _outbound: list[Message] | None = PrivateAttr(default=None)
    _mapping: MaskMapping | None = PrivateAttr(default=None)
    _images: list[bytes] = PrivateAttr(default_factory=list)

    def outbound(self) -> tuple[list[Message], MaskMapping]:
        """The messages a cloud decision allows to send (masked where needed) and their mapping."""
        if self.tier not in CLOUD_TIERS or self._outbound is None:
            raise ConfigurationError(
                f"a {self.tier!r} decision sends nothing", hint="only cloud and cloud_masked decisions have outbound messages"
            )
        return self._outbound, self._mapping or MaskMapping()

    def outbound_images(self) -> list[bytes]:
        """The request's screenshots as a cloud decision may send them: redacted under the policy."""
        return list(self._images) if self.tier in CLOUD_TIERS else []


DecisionSink = Callable[[Decision, ModelRequest], None]


class Router:
    """Routes calls under ``settings`` (a :class:`~cascadroid.settings.CascadeSettings`).

    ``cloud_model`` is the cloud model's name (None: everything stays local); its price must
    be in ``prices`` (default table plus ``settings.prices``) or construction fails.
    Budgets need a ``ledger`` (default: a :class:`SpendLedger` at ``settings.budget.ledger_path``).
    ``count_tokens`` counts prompt tokens for the cost estimate (default: about 4 chars a token).
    """

    def __init__(
        self,
        settings: CascadeSettings | None = None,
        *,
        cloud_model: str | None = None,
        prices: PriceTable | None = None,
        ledger: SpendLedger | None = None,
        contacts: list[str] | None = None,
        run_id: str | None = None,
        count_tokens: Callable[[str], int] | None = None,
        on_decision: DecisionSink | None = None,
    ) -> None:
        self.settings = settings or CascadeSettings()
        self.privacy = PrivacyPolicy(self.settings.privacy, contacts=contacts or ())
        self.taint = TaintSet(self.privacy)  # this run's private values, fed by observe_screen
        self.cloud_model = cloud_model
        self.prices = _merged_prices(prices, self.settings)
        self.price: Price | None = self.prices.require(cloud_model) if cloud_model else None
        budget = self.settings.budget
        if ledger is None and budget.ledger_path is not None:
            ledger = SpendLedger(budget.ledger_path)
        if ledger is None and (budget.per_run_usd is not None or budget.per_day_usd is not None):
            raise ConfigurationError(
                "a cost budget is set but there is no spend ledger to keep it in",
                hint="set cascade.budget.ledger_path, or pass ledger=SpendLedger(path)",
            )
        self.ledger = ledger
        self.run_id = run_id or uuid.uuid4().hex
        self.count_tokens = count_tokens or (lambda text: max(1, len(text) // 4))
        self._schema_cache: dict[type[BaseModel], int] = {}
        self.on_decision = on_decision
        self.decisions: list[Decision] = []
        self.cloud_accepts_images = False  # set by CascadeModel: only then are screenshots redacted and sent

    # -- deciding ---------------------------------------------------------------------------

    def route(
        self,
        request: ModelRequest,
        local_response: ModelResponse | None = None,
        *,
        signals: dict[str, float] | None = None,
    ) -> Decision:
        """Decide where ``request`` goes; ``local_response`` is the local answer when there is one.

        Signals read: ``failure_streak`` (reflector), ``schema_failures`` (the local answer did
        not validate), ``policy_defers`` (the caller's own policy wants the stronger tier), plus the local
        answer's confidence and the remaining budget.
        """
        sig: dict[str, Any] = {**request.signals, **(signals or {})}
        routing = self.settings.routing
        schema_failures = int(sig.get("schema_failures", 0))
        streak = int(sig.get("failure_streak", 0))
        defers = int(sig.get("policy_defers", 0))
        confidence = local_response.confidence if local_response is not None else None
        after_local = local_response is not None or schema_failures > 0
        stage = "after_local" if after_local else "before_local"
        sig.update(confidence=confidence, purpose=request.purpose)

        base = {"stage": stage, "purpose": request.purpose, "app": request.app, "run_id": self.run_id}

        triggers = []
        if not after_local and request.purpose in routing.cloud_first_purposes:
            triggers.append(f"role {request.purpose!r} is cloud-first")
        if schema_failures:
            triggers.append("the local answer failed its schema")
        if confidence is not None and confidence < routing.min_confidence:
            triggers.append(f"local confidence {confidence:.2f} < {routing.min_confidence:.2f}")
        if streak >= routing.max_failure_streak:
            triggers.append(f"failure streak {streak} >= {routing.max_failure_streak}")
        if defers:
            triggers.append("the caller's policy defers this call")

        if not triggers:  # nothing leaves, so the prompt is not even scanned
            why = "local first" if not after_local else "local answer is good enough"
            return self._record(Decision(tier="local", reason=why, signals=sig, **base), request)
        wanted = "; ".join(triggers)
        if self.cloud_model is None:
            return self._stay_local(request, sig, [], base, f"{wanted}, but no cloud model is configured", schema_failures)
        spans, app_local_only = self._scan(request)
        found = [fs for _, fs in spans]
        local_only = [fs for _, fs in spans if fs.mode == "local_only"]
        if app_local_only or local_only:
            what = f"app {request.app!r} is local_only" if app_local_only else _kinds_text(local_only) + " is local_only"
            return self._stay_local(request, sig, found, base, f"{wanted}, but {what}", schema_failures)

        masked = [fs for _, fs in spans if fs.mode == "mask"]
        cloud_tier: Tier = "cloud_masked" if masked else "cloud"
        estimate = self.estimate_cost(request)
        sig["estimated_cost_usd"] = estimate
        shortfall = self._budget_shortfall(estimate)
        if shortfall is not None:
            sig["budget_left_usd"] = max(0.0, shortfall.limit_usd - shortfall.spent_usd)
            return self._over_budget(request, sig, found, base, f"{wanted}, but {shortfall.describe()}", schema_failures)

        scores = self._scores(cloud_tier, confidence, schema_failures, streak + defers, after_local, estimate, spans)
        choice: Tier = cloud_tier if scores[cloud_tier] > scores["local"] else "local"
        score_text = ", ".join(f"{t} {s:.3f}" for t, s in scores.items())
        if choice == "local":
            return self._stay_local(
                request, sig, found, base, f"{wanted}, but local scores higher ({score_text})", schema_failures, scores
            )
        decision = Decision(
            tier=choice,
            reason=f"{wanted}; {choice} scores higher ({score_text})"
            + (f"; masking {_kinds_text(masked)}" if masked else ""),
            signals=sig,
            masked_spans=found,
            estimated_cost_usd=estimate,
            scores=scores,
            model=self.cloud_model,
            **base,
        )
        self._prepare_outbound(decision, request, spans)
        return self._record(decision, request)

    def estimate_cost(self, request: ModelRequest) -> float:
        """The most this request can cost on the cloud model, so a budget is never overrun.

        Counted prompt tokens (with a margin and per-message overhead) plus ``max_tokens``;
        a structured request adds its schema and one repair round (prompt + answer + ask again).
        """
        if self.price is None:
            return 0.0
        prompt = sum(self.count_tokens(m.content) + _PER_MESSAGE_TOKENS for m in request.messages)
        if request.output_type is None:
            return self.price.cost(Usage(prompt_tokens=math.ceil(prompt * _TOKEN_MARGIN), completion_tokens=request.max_tokens))
        prompt += self._schema_tokens(request.output_type) + _REPAIR_TOKENS
        first = Usage(prompt_tokens=math.ceil(prompt * _TOKEN_MARGIN), completion_tokens=request.max_tokens)
        repair = Usage(
            prompt_tokens=math.ceil((prompt + request.max_tokens + _REPAIR_TOKENS) * _TOKEN_MARGIN),
            completion_tokens=request.max_tokens,
        )
        return self.price.cost(first) + self.price.cost(repair)

    def add_contacts(self, names: list[str]) -> None:
        """Names the device learned (e.g. read from the contacts app): masked from now on."""
        known = [*self.privacy.extra_contacts, *names]
        self.privacy = PrivacyPolicy(self.settings.privacy, contacts=known)
        self.taint.policy = self.privacy

    def _schema_tokens(self, output_type: type[BaseModel]) -> int:
        tokens = self._schema_cache.get(output_type)
        if tokens is None:
            tokens = self.count_tokens(json.dumps(output_type.model_json_schema()))
            self._schema_cache[output_type] = tokens
        return tokens

    # -- spending ---------------------------------------------------------------------------

    def reserve(self, decision: Decision, request: ModelRequest) -> tuple[bool, Reservation | None]:
        """Book the decision's estimated cost before sending; ``(False, None)`` when the budget refuses.

        A refusal (another process spent the money meanwhile) records a new local decision,
        or raises :class:`BudgetExceeded` when the policy says hard stop.
        """
        if self.ledger is None:
            return True, None
        budget = self.settings.budget
        booked = self.ledger.reserve(
            run_id=self.run_id,
            model=self.cloud_model or "",
            estimate_usd=decision.estimated_cost_usd,
            per_run_usd=budget.per_run_usd,
            per_day_usd=budget.per_day_usd,
        )
        if isinstance(booked, Reservation):
            return True, booked
        base = {"stage": decision.stage, "purpose": decision.purpose, "app": decision.app, "run_id": self.run_id}
        self._over_budget(request, dict(decision.signals), decision.masked_spans, base, booked.describe(), 0)
        return False, None

    def settle(self, reservation: Reservation | None, actual_usd: float) -> None:
        if reservation is not None and self.ledger is not None:
            self.ledger.settle(reservation, actual_usd)

    def release(self, reservation: Reservation | None) -> None:
        if reservation is not None and self.ledger is not None:
            self.ledger.release(reservation)

    def cost_of(self, usage: Usage) -> float:
        return self.price.cost(usage) if self.price is not None else 0.0

    def record_fallback(self, request: ModelRequest, reason: str, after: Decision) -> Decision:
        """Record that a cloud decision could not be carried out and the call stays local."""
        decision = Decision(
            tier="local",
            reason=reason,
            signals=dict(after.signals),
            masked_spans=after.masked_spans,
            stage="fallback",
            purpose=after.purpose,
            app=after.app,
            run_id=self.run_id,
        )
        return self._record(decision, request)

    # -- internals --------------------------------------------------------------------------

    def _scan(self, request: ModelRequest) -> tuple[list[tuple[Span, FoundSpan]], bool]:
        privacy = self.privacy
        if privacy.app_local_only(request.app):
            return [], True
        spans = []
        for index, message in enumerate(request.messages):
            found = [(span, privacy.mode_for(span.kind, request.app)) for span in privacy.detector.find(message.content)]
            found = with_hits(found, self.taint.find(message.content))
            for span, mode in found:
                spans.append((span, FoundSpan(message=index, kind=span.kind, start=span.start, end=span.end, mode=mode)))
        return spans, False

    def _prepare_outbound(self, decision: Decision, request: ModelRequest, spans: list[tuple[Span, FoundSpan]]) -> None:
        mapping = MaskMapping()
        messages = []
        for index, message in enumerate(request.messages):
            to_mask = [span for span, fs in spans if fs.message == index and fs.mode == "mask"]
            if not to_mask:
                messages.append(message)
                continue
            text, _ = mask(message.content, mapping=mapping, spans=to_mask)
            messages.append(Message(role=message.role, content=text))
        for span, fs in spans:
            if fs.mode == "mask":
                fs.placeholder = mapping.placeholder_for(span)
        decision._outbound = messages
        decision._mapping = mapping
        if request.images and self.cloud_accepts_images:
            try:
                decision._images = [redact_screenshot(png, [], self.privacy, app=request.app, taint=self.taint)[0]
                                    for png in request.images]
            except ConfigurationError as exc:  # no OCR to find what to black out: the images stay here
                decision.reason += f"; screenshots kept on the device ({exc.message})"

    def _budget_shortfall(self, estimate: float) -> Shortfall | None:
        budget = self.settings.budget
        if self.ledger is None or (budget.per_run_usd is None and budget.per_day_usd is None):
            return None
        run_spent, day_spent = self.ledger.totals_usd(self.run_id)
        for scope, spent, limit in (("run", run_spent, budget.per_run_usd), ("day", day_spent, budget.per_day_usd)):
            if limit is not None and to_nanos(spent + estimate) > to_nanos(limit):
                return Shortfall(scope, limit, spent, estimate)
        return None

    def _scores(
        self,
        cloud_tier: Tier,
        confidence: float | None,
        schema_failures: int,
        doubts: int,
        after_local: bool,
        estimate: float,
        spans: list[tuple[Span, FoundSpan]],
    ) -> dict[str, float]:
        """Each tier's score; ``doubts`` (failed steps in a row, a caller's deferral) halve the local answer's quality."""
        routing = self.settings.routing
        w = routing.weights
        budget_s = self.settings.latency_budget_s
        local_quality = 0.0 if schema_failures else (confidence if confidence is not None else 0.5)
        local_quality *= 0.5 ** min(doubts, 10)
        cloud_quality = routing.masked_quality if cloud_tier == "cloud_masked" else routing.cloud_quality
        clear = sum(1 for _, fs in spans if fs.mode == "allow")
        masked = sum(1 for _, fs in spans if fs.mode == "mask")
        exposure = 0.1 + 0.05 * clear + 0.01 * masked
        local_latency = 0.0 if after_local else routing.local_latency_s / budget_s
        return {
            "local": w.quality * local_quality - w.latency * local_latency,
            cloud_tier: w.quality * cloud_quality
            - w.cost * estimate / routing.cost_scale_usd
            - w.privacy * exposure
            - w.latency * routing.cloud_latency_s / budget_s,
        }

    def _stay_local(
        self,
        request: ModelRequest,
        sig: dict[str, Any],
        found: list[FoundSpan],
        base: dict[str, Any],
        reason: str,
        schema_failures: int,
        scores: dict[str, float] | None = None,
    ) -> Decision:
        tier: Tier = "refuse" if schema_failures else "local"
        suffix = "; the local answer is unusable, so the call is refused" if schema_failures else "; staying local"
        return self._record(
            Decision(tier=tier, reason=reason + suffix, signals=sig, masked_spans=found, scores=scores or {}, **base), request
        )

    def _over_budget(
        self, request: ModelRequest, sig: dict[str, Any], found: list[FoundSpan], base: dict[str, Any], reason: str, schema_failures: int
    ) -> Decision:
        if self.settings.budget.on_exceeded == "hard_stop":
            self._record(Decision(tier="refuse", reason=reason + "; hard stop", signals=sig, masked_spans=found, **base), request)
            raise BudgetExceeded(reason, hint="raise cascade.budget limits, or set on_exceeded = 'stay_local'")
        return self._stay_local(request, sig, found, base, reason, schema_failures)

    def _record(self, decision: Decision, request: ModelRequest) -> Decision:
        self.decisions.append(decision)
        if self.on_decision is not None:
            self.on_decision(decision, request)
        return decision


def _merged_prices(prices: PriceTable | None, settings: CascadeSettings) -> PriceTable:
    table = PriceTable(prices) if prices is not None else PriceTable.default()
    for name, price in settings.prices.items():
        table[name] = Price(input_per_mtok=price.input_per_mtok, output_per_mtok=price.output_per_mtok)
    return table


def _kinds_text(spans: list[FoundSpan]) -> str:
    counts: dict[str, int] = {}
    for fs in spans:
        kind = "text read from a local_only app" if fs.kind == "tainted" else fs.kind
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{kind} x{n}" for kind, n in counts.items())


__all__ = ["CLOUD_TIERS", "Decision", "DecisionSink", "FoundSpan", "Router", "Tier"]
