"""Optional OpenTelemetry spans for runs: exported when a real tracer provider is set, nothing otherwise."""

from __future__ import annotations

import pytest

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel
from cascadroid.tracing import export_run

sdk_trace = pytest.importorskip("opentelemetry.sdk.trace", reason="opentelemetry-sdk is not installed")
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter  # noqa: E402


def _oracle_run(tmp_path):
    task = registry().instance("settings_wifi", seed=1)
    phone = SimDevice(seed=1)
    task.setup_on(phone)
    agent = Agent(phone, local=OracleModel(task, phone), settings=Settings.load(data_dir=tmp_path))
    result = agent.run(task.goal)
    agent.close()
    return agent.memory, result


def test_export_run_builds_run_step_and_call_spans_from_the_store(tmp_path):
    store, result = _oracle_run(tmp_path)
    exporter = InMemorySpanExporter()
    provider = sdk_trace.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    emitted = export_run(store, result.run_id, tracer_provider=provider)
    spans = exporter.get_finished_spans()
    assert emitted == len(spans)
    (root,) = [s for s in spans if s.name == "cascadroid.run"]
    steps = [s for s in spans if s.name == "cascadroid.step"]
    calls = [s for s in spans if s.name == "cascadroid.model_call"]
    assert len(steps) == len(result.steps) and len(calls) == int(result.totals["model_calls"])
    assert all(s.parent.span_id == root.context.span_id for s in steps)
    assert {c.parent.span_id for c in calls} <= {s.context.span_id for s in steps}
    assert root.attributes["cascadroid.run_id"] == result.run_id and root.attributes["cascadroid.status"] == "succeeded"
    assert calls[0].attributes["gen_ai.request.model"] == "oracle" and "gen_ai.usage.input_tokens" in calls[0].attributes
    assert all(root.start_time <= s.start_time <= s.end_time <= root.end_time for s in steps)


_AUTO = """
import sys
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel
from cascadroid.tracing import otel_configured

exporter = InMemorySpanExporter()
if sys.argv[2] == "configured":
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
task = registry().instance("settings_wifi", seed=1)
phone = SimDevice(seed=1)
task.setup_on(phone)
with Agent(phone, local=OracleModel(task, phone), settings=Settings.load(data_dir=sys.argv[1])) as agent:
    agent.run(task.goal)
print(otel_configured(), sorted({s.name for s in exporter.get_finished_spans()}))
"""


@pytest.mark.parametrize("mode", ["configured", "not_configured"])
def test_the_agent_exports_each_run_only_when_a_provider_is_set(tmp_path, mode):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _AUTO, str(tmp_path), mode], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    if mode == "configured":
        assert done.stdout.strip() == "True ['cascadroid.model_call', 'cascadroid.run', 'cascadroid.step']"
    else:
        assert done.stdout.strip() == "False []"
