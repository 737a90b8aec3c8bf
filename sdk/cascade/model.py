"""CascadeModel: a Model the agents call like any other, routing each call local or cloud.

Per call: ask the router; if the role is cloud-first (and policy allows) go to the cloud,
else answer locally and ask the router again with the local answer. A cloud call is sent
only with a Decision, with the decision's (masked) messages, after booking its cost; the
answer is unmasked (text and parsed object). Cloud errors (any ModelError, and anything
unexpected a cloud backend raises) are retried, then the call falls back to local and the
fallback is recorded with the reasons. The whole call has a latency budget.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import CascadroidError, ConfigurationError, ModelError, ModelOutputError, PolicyError
from ..models.base import Model, ModelRequest, ModelResponse
from ..models.pricing import PriceTable
from ..settings import CascadeSettings
from .ledger import SpendLedger
from .masking import MaskMapping, unmask, unmask_obj
from .router import CLOUD_TIERS, Decision, DecisionSink, Router

logger = logging.getLogger("cascadroid.cascade")


class CascadeResponse(ModelResponse):
    """A ModelResponse with the decision that produced it (tier is ``local`` or ``cloud``)."""

    decision: Decision | None = None


class CascadeModel(Model):
    """Local model first, cloud model when the router says so.

    ``router.cloud_model`` must be ``cloud.name`` (use :meth:`create` to build both from settings).
    ``cloud_retries`` and ``latency_budget_s`` default to the router's settings.
    """

    tier = "local"

    def __init__(
        self,
        local: Model,
        cloud: Model | None,
        router: Router,
        *,
        cloud_retries: int | None = None,
        latency_budget_s: float | None = None,
    ) -> None:
        expected = cloud.name if cloud is not None else None
        if router.cloud_model != expected:
            raise ConfigurationError(
                f"router prices cloud model {router.cloud_model!r} but the cloud model is {expected!r}",
                hint="build the router with cloud_model=cloud.name, or use CascadeModel.create(...)",
            )
        self.local = local
        self.cloud = cloud
        self.router = router
        router.cloud_accepts_images = cloud is not None and cloud.accepts_images
        self.cloud_retries = router.settings.cloud_retries if cloud_retries is None else cloud_retries
        self.latency_budget_s = router.settings.latency_budget_s if latency_budget_s is None else latency_budget_s
        self.name = f"cascade({local.name}->{cloud.name if cloud else 'none'})"
        self.last_decision: Decision | None = None

    @classmethod
    def create(
        cls,
        local: Model,
        cloud: Model | None,
        settings: CascadeSettings | None = None,
        *,
        prices: PriceTable | None = None,
        ledger: SpendLedger | None = None,
        contacts: list[str] | None = None,
        run_id: str | None = None,
        on_decision: DecisionSink | None = None,
    ) -> CascadeModel:
        """Build the router for ``cloud`` (its price is checked now) and wrap both models."""
        router = Router(
            settings,
            cloud_model=cloud.name if cloud is not None else None,
            prices=prices,
            ledger=ledger,
            contacts=contacts,
            run_id=run_id,
            count_tokens=cloud.count_tokens if cloud is not None else None,
            on_decision=on_decision,
        )
        return cls(local, cloud, router)

    def count_tokens(self, text: str) -> int:
        return self.local.count_tokens(text)

    async def acomplete(self, request: ModelRequest) -> CascadeResponse:
        started = time.monotonic()
        decision = self.router.route(request)
        cloud_failed = False
        if decision.tier in CLOUD_TIERS:
            answer = await self._cloud(request, decision, started)
            if isinstance(answer, CascadeResponse):
                return answer
            cloud_failed = True
        local_response, local_error = await self._local(request)
        if cloud_failed:
            return self._finish_local(local_response, local_error, self.router.decisions[-1])
        signals = {"schema_failures": 1.0} if local_error is not None else None
        decision = self.router.route(request, local_response, signals=signals)
        if decision.tier in CLOUD_TIERS:
            answer = await self._cloud(request, decision, started)
            if isinstance(answer, CascadeResponse):
                return answer
            decision = self.router.decisions[-1]
        return self._finish_local(local_response, local_error, decision)

    async def _local(self, request: ModelRequest) -> tuple[ModelResponse | None, ModelOutputError | None]:
        try:
            return await self.local.acomplete(request), None
        except ModelOutputError as exc:
            return None, exc

    def _finish_local(
        self, response: ModelResponse | None, error: ModelOutputError | None, decision: Decision
    ) -> CascadeResponse:
        self.last_decision = decision
        if response is None:
            if error is not None:
                raise error
            raise PolicyError(f"the call was refused: {decision.reason}", hint="see the decision's reason")
        return CascadeResponse(**_fields(response, tier="local"), decision=decision)

    async def _cloud(self, request: ModelRequest, decision: Decision, started: float) -> CascadeResponse | None:
        """Send under ``decision``; None when it could not be done (a fallback decision is recorded)."""
        if self.cloud is None:  # the router never chooses cloud without a cloud model
            raise ConfigurationError("no cloud model", hint="pass cloud= to CascadeModel")
        messages, mapping = decision.outbound()
        outbound = request.model_copy(update={"messages": messages, "images": decision.outbound_images()})
        problems: list[str] = []
        for _attempt in range(1 + self.cloud_retries):
            left = self.latency_budget_s - (time.monotonic() - started)
            if left <= 0:
                problems.append(f"latency budget {self.latency_budget_s:g}s spent")
                break
            ok, reservation = self.router.reserve(decision, request)
            if not ok:
                return None  # the router recorded why (budget)
            try:
                response = await asyncio.wait_for(self.cloud.acomplete(outbound), timeout=left)
            except TimeoutError:
                self.router.settle(reservation, decision.estimated_cost_usd)  # may have been billed
                problems.append(f"no answer within the {left:.1f}s left of the latency budget")
                continue
            except ModelError as exc:
                self.router.release(reservation)
                problems.append(f"{type(exc).__name__}: {exc.message}")
                continue
            except CascadroidError:  # budget, policy, configuration: not a cloud failure
                self.router.release(reservation)
                raise
            except Exception as exc:  # a cloud backend's own bug must not end the run
                self.router.release(reservation)
                logger.warning("cloud model %s raised %s; falling back to local", self.cloud.name, type(exc).__name__, exc_info=True)
                problems.append(f"unexpected {type(exc).__name__} from the cloud model: {str(exc)[:200]}")
                continue
            cost = self.router.cost_of(response.usage)
            self.router.settle(reservation, cost)
            try:
                text, parsed = _restore(response, mapping, request.output_type)
            except ModelOutputError as exc:
                problems.append(exc.message)
                continue
            self.last_decision = decision
            return CascadeResponse(
                **_fields(response, text=text, parsed=parsed, tier="cloud", cost_usd=cost), decision=decision
            )
        reason = f"cloud failed after {len(problems)} attempt(s): {' | '.join(problems)}; answering locally"
        self.last_decision = self.router.record_fallback(request, reason, decision)
        return None

    def close(self) -> None:
        self.local.close()
        if self.cloud is not None:
            self.cloud.close()


def _restore(response: ModelResponse, mapping: MaskMapping, output_type: type[BaseModel] | None) -> tuple[str, Any]:
    if not mapping:
        return response.text, response.parsed
    text = unmask(response.text, mapping)
    parsed = response.parsed
    if parsed is not None:
        data = unmask_obj(parsed.model_dump(mode="json") if isinstance(parsed, BaseModel) else parsed, mapping)
        try:
            parsed = output_type.model_validate(data) if output_type is not None else data
        except ValidationError as exc:
            raise ModelOutputError(
                f"the unmasked answer no longer validates as {output_type.__name__}: {exc.errors()[0]['msg']}",
                hint="a restored value breaks a field constraint; loosen the schema for private fields",
                raw=text,
            ) from exc
    return text, parsed


def _fields(response: ModelResponse, **updates: Any) -> dict[str, Any]:
    """The ModelResponse fields of ``response`` (objects kept as they are), with ``updates``."""
    return {name: getattr(response, name) for name in ModelResponse.model_fields} | updates


__all__ = ["CascadeModel", "CascadeResponse"]
