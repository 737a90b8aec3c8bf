"""A run's life in the library: interrupts recorded and resumable, the simulated phone restored on
resume (or the resume refused), a task or prompt too long for the model's context refused clearly.
(The same behaviours through the `cascadroid` command are in test_cli_interrupts.py.)"""

import os
import signal

import pytest

from cascadroid.agent import Agent, RunFinished
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.device.types import OpenApp, RestoresState, Tap
from cascadroid.errors import ConfigurationError, ContextWindowExceeded, TaskTooLongError
from cascadroid.lifecycle import Interrupted, check_task_fits
from cascadroid.models import LocalModel
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel, ScriptedModel

WIFI = registry().instance("settings_wifi", seed=0)


@pytest.fixture
def settings(tmp_path):
    return Settings.load(data_dir=tmp_path, agent={"max_steps": 8, "save_screenshots": False, "learn": "off"})


class CtrlCAt:
    """Wraps a model; the operator call for step ``step`` raises KeyboardInterrupt (Ctrl-C mid-call)."""

    def __init__(self, inner, step):
        self.inner, self.step = inner, step

    def __call__(self, request):
        if request.purpose == "operator" and request.signals.get("step") == self.step:
            raise KeyboardInterrupt
        return self.inner.respond(request)


def wifi_phone():
    phone = SimDevice(seed=0)
    WIFI.setup_on(phone)
    return phone


def test_ctrl_c_mid_run_is_recorded_interrupted_and_resume_continues_on_the_restored_phone(settings):
    phone = wifi_phone()
    oracle = OracleModel(WIFI, phone)
    agent = Agent(phone, local=ScriptedModel(responder=CtrlCAt(oracle, step=2)), settings=settings)
    with pytest.raises(KeyboardInterrupt):
        agent.run(WIFI.goal, run_id="ctrlc")
    run = agent.memory.runs.get("ctrlc")
    assert run.status == "interrupted" and "SIGINT" in run.stop_reason and "cascadroid resume ctrlc" in run.stop_reason
    assert agent.last_result.status == "interrupted" and len(agent.last_result.steps) == 2
    agent.close()

    fresh = SimDevice(seed=7)  # another process's phone: a different seed, on its home screen
    resumed = Agent(fresh, local=OracleModel(WIFI, fresh), settings=settings)
    result = resumed.resume("ctrlc")
    assert result.status == "succeeded" and WIFI.check(fresh)
    assert resumed.memory.runs.get("ctrlc").status == "succeeded"
    applied = [e.key for e in fresh.action_log if e.applied]
    assert applied == [f"ctrlc:{i}" for i in range(len(applied))]  # the two before, replayed; then the rest once
    assert len(applied) == len(result.steps) == 4


class SigtermAt(CtrlCAt):
    """The operator call for step ``step`` gets SIGTERM (a supervisor stopping the process)."""

    def __call__(self, request):
        if request.purpose == "operator" and request.signals.get("step") == self.step:
            os.kill(os.getpid(), signal.SIGTERM)
        return self.inner.respond(request)


@pytest.fixture
def default_sigterm():
    """SIGTERM at its default for the test (a library loaded by an earlier test, e.g. Ray, may have set a
    handler of its own; the agent then leaves SIGTERM alone and the signal would stop the test runner)."""
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    yield
    if previous is not None:  # None: a handler set outside Python, which cannot be put back from here
        signal.signal(signal.SIGTERM, previous)


def test_sigterm_during_agent_run_is_an_interrupt_and_the_default_handler_comes_back(settings, default_sigterm):
    phone = wifi_phone()
    agent = Agent(phone, local=ScriptedModel(responder=SigtermAt(OracleModel(WIFI, phone), step=1)), settings=settings)
    with pytest.raises(Interrupted):
        agent.run(WIFI.goal, run_id="termed")
    run = agent.memory.runs.get("termed")
    assert run.status == "interrupted" and "SIGTERM" in run.stop_reason
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_a_caller_that_stops_reading_leaves_the_run_interrupted_not_running(settings):
    phone = wifi_phone()
    agent = Agent(phone, local=OracleModel(WIFI, phone), settings=settings)
    events = agent.stream(WIFI.goal, run_id="walked-away")
    first = next(events)
    events.close()
    run = agent.memory.runs.get("walked-away")
    assert first.index == 0 and run.status == "interrupted" and "stopped reading" in run.stop_reason
    finished = list(agent.stream(WIFI.goal, run_id="read-to-the-end"))
    assert isinstance(finished[-1], RunFinished)
    assert agent.memory.runs.get("read-to-the-end").status == "succeeded"  # closing after the end changes nothing


class NoSnapshots:
    """A phone the agent cannot checkpoint (like a real one); Ctrl-C right after its second action."""

    def __init__(self, phone):
        self.phone, self.acts = phone, 0

    def observe(self, **kwargs):
        return self.phone.observe(**kwargs)

    def act(self, action):
        result = self.phone.act(action)
        self.acts += 1
        if self.acts == 2:
            raise KeyboardInterrupt
        return result


def test_resume_on_a_fresh_simulated_phone_without_saved_state_is_refused(settings):
    phone = wifi_phone()
    agent = Agent(NoSnapshots(phone), local=OracleModel(WIFI, phone), settings=settings)
    assert not isinstance(agent.device, RestoresState)
    with pytest.raises(KeyboardInterrupt):
        agent.run(WIFI.goal, run_id="unsaved")
    agent.close()

    fresh = SimDevice(seed=0)
    with pytest.raises(ConfigurationError, match="saved no state of its simulated phone") as caught:
        Agent(fresh, local=OracleModel(WIFI, fresh), settings=settings).resume("unsaved")
    assert "agent.resume" in caught.value.hint and fresh.fresh


def test_the_snapshot_replays_screens_element_ids_and_data_changed_between_actions():
    phone = SimDevice(seed=3)
    phone.act(OpenApp(app="Settings", idempotency_key="k:0"))
    phone.app("settings").state.wifi = False  # changed outside act (a task's setup)
    phone.act(Tap(element=next(e.id for e in phone.observe().elements if e.text == "Network & internet"),
                  idempotency_key="k:1"))
    copy = SimDevice(seed=0)
    copy.restore(phone.snapshot())
    assert copy.observe().xml == phone.observe().xml and copy.export_state() == phone.export_state()
    assert copy.seed == 3 and not copy.fresh
    assert copy.act(OpenApp(app="Clock", idempotency_key="k:1")).applied is False  # keys survive the restore
    with pytest.raises(ConfigurationError, match="not a simulated-phone snapshot"):
        copy.restore({"format": "something else"})


def test_a_prompt_too_long_for_the_context_stops_the_run_with_the_reason_not_failed_steps(settings):
    calls = []

    def respond(request):
        calls.append(request.purpose)
        if request.purpose == "manager":
            return {"plan": ["go"], "subgoal": "go", "done": False}
        raise ContextWindowExceeded("the prompt needs about 5000 tokens ...", hint="raise n_ctx")

    agent = Agent(SimDevice(seed=0), local=ScriptedModel(responder=respond), settings=settings)
    result = agent.run("Turn Wi-Fi off")
    assert result.status == "stopped" and "5000 tokens" in result.stop_reason and "raise n_ctx" in result.stop_reason
    assert calls == ["manager", "operator"] and result.steps == []  # one try: no retries, no failed steps
    assert agent.memory.runs.get(result.run_id).status == "stopped"


def test_a_task_that_cannot_fit_the_local_context_is_refused_before_any_step(tmp_path):
    local = LocalModel(n_threads=1)
    agent = Agent(SimDevice(seed=0), local=local, settings=Settings.load(data_dir=tmp_path))
    task = ("Open the notes app and write down every line of this long text. " * 200)[:10_000]
    with pytest.raises(TaskTooLongError, match=r"context window of model .* \(4096 tokens\)") as caught:
        agent.run(task)
    assert "shorten the task to about" in caught.value.hint and "n_ctx" in caught.value.hint
    assert agent.memory.runs.recent() == []  # refused up front: no run was started
    check_task_fits("Turn Wi-Fi off, then " + "check it stayed off. " * 100, local, agent.apps)  # long, but fits
