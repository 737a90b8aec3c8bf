"""Optional OpenTelemetry spans for recorded runs (no hard dependency).

When ``opentelemetry`` is installed and a real tracer provider is set (your code called
``trace.set_tracer_provider(...)``, or ``opentelemetry-instrument`` did), each finished run is
also exported as spans: one ``cascadroid.run`` span, a ``cascadroid.step`` child per step and a
``cascadroid.model_call`` child per model call, with tier, model, tokens, cost and the router's
reason as attributes (``gen_ai.*`` names where the GenAI conventions have one). Otherwise
nothing happens. The store stays the source of truth: spans are built from it after the run,
with the recorded times.

    from cascadroid.tracing import export_run
    export_run(store, run_id)          # any run, any time, to the configured provider
"""

from __future__ import annotations

from typing import Any

from .errors import ConfigurationError

_NS = 1_000_000_000


def otel_configured() -> bool:
    """True when opentelemetry is importable and a real (not proxy / no-op) tracer provider is set."""
    try:
        from opentelemetry import trace
    except ImportError:
        return False
    provider = trace.get_tracer_provider()
    return not isinstance(provider, (trace.ProxyTracerProvider, trace.NoOpTracerProvider))


def export_run_if_configured(store: Any, run_id: str) -> int:
    """:func:`export_run` when OpenTelemetry is set up; 0 spans otherwise."""
    return export_run(store, run_id) if otel_configured() else 0


def export_run(store: Any, run_id: str, *, tracer_provider: Any = None) -> int:
    """Emit the spans of a recorded run; returns how many were emitted."""
    try:
        from opentelemetry import trace
    except ImportError as exc:
        raise ConfigurationError("OpenTelemetry is not installed",
                                 hint="pip install opentelemetry-sdk (and an exporter), then set a tracer provider") from exc
    tracer = trace.get_tracer("cascadroid", tracer_provider=tracer_provider)
    run = store.runs.get(run_id)
    steps = store.runs.steps(run_id)
    calls: dict[int, list[Any]] = {}
    for event in store.runs.events(run_id, kind="model_call"):
        calls.setdefault(int(event.payload.get("step", -1)), []).append(event)
    end = run.finished_at or max([s.started_at for s in steps] + [run.started_at])
    totals = run.totals or {}
    root = tracer.start_span("cascadroid.run", start_time=int(run.started_at * _NS), attributes=_clean({
        "cascadroid.run_id": run.run_id, "cascadroid.task": run.task, "cascadroid.status": run.status,
        "cascadroid.stop_reason": run.stop_reason, "cascadroid.device": run.device,
        "cascadroid.model_calls": totals.get("model_calls"), "cascadroid.cost_usd": totals.get("cost_usd"),
        "cascadroid.cloud_tokens": totals.get("cloud_tokens"),
    }))
    emitted = 1
    context = trace.set_span_in_context(root)
    previous = run.started_at
    for step in steps:  # a step is recorded when it ends; it began where the one before ended
        began, finished = min(previous, step.started_at), step.started_at
        span = tracer.start_span("cascadroid.step", context=context, start_time=int(began * _NS), attributes=_clean({
            "cascadroid.step": step.index, "cascadroid.action": step.action.get("kind"),
            "cascadroid.reason": step.reason, "cascadroid.outcome": step.outcome,
            "cascadroid.outcome_reason": step.outcome_reason, "cascadroid.app": step.package,
            "cascadroid.tier": step.tier, "cascadroid.cost_usd": step.cost_usd, "cascadroid.shortcut": step.shortcut,
        }))
        emitted += 1
        step_context = trace.set_span_in_context(span)
        for event in calls.get(step.index, []):
            emitted += _call_span(tracer, step_context, event.payload, finished)
        span.end(end_time=int(finished * _NS))
        previous = finished
    root.end(end_time=int(max(end, previous) * _NS))
    return emitted


def _call_span(tracer: Any, context: Any, call: dict[str, Any], step_end: float) -> int:
    latency = float(call.get("latency_s") or 0.0)
    decision = call.get("decision") or {}
    span = tracer.start_span("cascadroid.model_call", context=context,
                             start_time=int((step_end - latency) * _NS), attributes=_clean({
        "gen_ai.operation.name": "chat", "gen_ai.request.model": call.get("model"),
        "gen_ai.usage.input_tokens": call.get("prompt_tokens"),
        "gen_ai.usage.output_tokens": call.get("completion_tokens"),
        "cascadroid.purpose": call.get("purpose"), "cascadroid.tier": call.get("tier"),
        "cascadroid.cost_usd": call.get("cost_usd"), "cascadroid.confidence": call.get("confidence"),
        "cascadroid.router.reason": decision.get("reason"), "cascadroid.ok": call.get("ok"),
        "cascadroid.error": call.get("error"),
    }))
    span.end(end_time=int(step_end * _NS))
    return 1


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """OpenTelemetry takes str/bool/int/float values only; drop the unset ones."""
    return {k: v for k, v in attributes.items() if isinstance(v, (str, bool, int, float)) and v != ""}
