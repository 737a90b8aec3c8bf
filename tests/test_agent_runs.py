"""The agent end to end on the simulated phone with scripted models: limits, bad model output,
streaming, async, resume of a finished run. (The oracle over the whole suite is in test_tasks_oracle.)"""

import asyncio
import itertools

import pytest

from cascadroid.agent import Agent, RunFinished, StepInfo
from cascadroid.device.sim import SimDevice
from cascadroid.errors import ConfigurationError, RunNotFoundError
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel

PLAN = {"plan": ["open Settings"], "subgoal": "open Settings", "done": False}


def responder_from(operator_replies):
    """Manager/notetaker get fixed answers; operator calls take the next scripted reply."""
    replies = iter(operator_replies)

    def respond(request):
        if request.purpose == "manager":
            return PLAN
        if request.purpose == "notetaker":
            return {"notes": []}
        if request.purpose == "reflector":
            return {"outcome": "success", "reason": "ok"}
        return next(replies)

    return respond


@pytest.fixture
def settings(tmp_path):
    return Settings.load(data_dir=tmp_path, agent={"max_steps": 6, "max_consecutive_errors": 3})


def make_agent(settings, replies, **kwargs):
    model = ScriptedModel(responder=responder_from(replies))
    return Agent(SimDevice(seed=1), local=model, settings=settings, **kwargs), model


def test_malformed_and_off_screen_answers_are_retried_with_the_error_and_counted(settings):
    replies = ["{not json", {"action": "tap", "element": 9999}, {"action": "open_app", "app": "Settings"},
               {"action": "done", "answer": "opened"}]
    agent, model = make_agent(settings, replies)
    result = agent.run("Open the Settings app")
    assert result.status == "succeeded" and result.answer == "opened"
    assert result.totals["invalid_outputs"] == 2
    assert agent.device.observe().package == "com.android.settings"
    retry = [r for r in model.requests if r.purpose == "operator"][2]
    assert "invalid" in retry.messages[-1].content


def test_a_model_that_never_answers_validly_stops_the_run_with_a_reason(settings):
    agent, _ = make_agent(settings, itertools.repeat("garbage"))
    result = agent.run("Open the Settings app")
    assert result.status == "stopped" and not result.success
    assert result.stop_reason.startswith("max_consecutive_errors")


def test_actions_that_change_nothing_hit_the_step_limit(settings):
    agent, _ = make_agent(settings, itertools.repeat({"action": "swipe", "direction": "left"}))
    result = agent.run("Find the hidden app")
    assert not result.success
    assert "max_steps" in result.stop_reason or "max_consecutive_errors" in result.stop_reason
    assert all(step.outcome == "no_change" for step in result.steps)


def test_an_action_for_an_app_that_does_not_exist_is_a_device_error_not_a_crash(settings):
    replies = [{"action": "open_app", "app": "Telegram"}, {"action": "done"}]
    agent, _ = make_agent(settings, replies, apps=["Telegram", "Settings"])
    result = agent.run("Open Telegram")
    assert result.steps[0].outcome == "error"
    assert "Telegram" in result.steps[0].outcome_reason
    assert result.status == "succeeded"  # the scripted model then claimed done


def test_stream_yields_each_step_then_the_result(settings):
    agent, _ = make_agent(settings, [{"action": "open_app", "app": "Settings"}, {"action": "done"}])
    events = list(agent.stream("Open the Settings app"))
    assert [type(e) for e in events] == [StepInfo, StepInfo, RunFinished]
    assert events[0].description == "open_app Settings" and events[0].outcome == "success"
    assert events[-1].result.steps == events[:2]


def test_arun_runs_inside_an_event_loop(settings):
    agent, _ = make_agent(settings, [{"action": "home"}, {"action": "done"}])
    result = asyncio.run(agent.arun("Go home"))
    assert result.success and len(result.steps) == 2


def test_runs_and_steps_are_recorded_in_the_store(settings):
    agent, _ = make_agent(settings, [{"action": "open_app", "app": "Settings"}, {"action": "done"}])
    result = agent.run("Open the Settings app")
    run = agent.memory.runs.get(result.run_id)
    steps = agent.memory.runs.steps(result.run_id)
    assert run.status == "succeeded" and [s.index for s in steps] == [0, 1]
    assert steps[0].action["kind"] == "open_app" and steps[0].model_calls >= 1
    assert steps[0].screenshot_path and steps[0].screenshot_path.endswith(".png")


def test_resume_of_a_finished_run_returns_it_without_acting(settings):
    agent, _ = make_agent(settings, [{"action": "done"}])
    first = agent.run("Nothing to do")
    log_size = len(agent.device.action_log)
    again = agent.resume(first.run_id)
    assert again.status == first.status and len(agent.device.action_log) == log_size


def test_bad_input_gets_clear_errors(settings):
    agent, _ = make_agent(settings, [])
    with pytest.raises(ConfigurationError, match="task is empty"):
        agent.run("   ")
    with pytest.raises(RunNotFoundError, match="nope"):
        agent.resume("nope")


class Unplugged:
    """A phone whose connection drops at the n-th action (the action does not land)."""

    deduplicates_actions = True

    def __init__(self, phone, drop_at):
        self.phone, self.drop_at, self.acts = phone, drop_at, 0

    def observe(self, **kwargs):
        return self.phone.observe(**kwargs)

    def act(self, action):
        from cascadroid.errors import DeviceConnectionError

        self.acts += 1
        if self.acts == self.drop_at:
            raise DeviceConnectionError("USB cable unplugged", hint="plug the phone back in")
        return self.phone.act(action)

    def installed_apps(self):
        return self.phone.installed_apps()


def test_a_lost_device_stops_at_a_checkpoint_and_the_run_resumes(settings):
    replies = [{"action": "open_app", "app": "Settings"}, {"action": "home"}, {"action": "open_app", "app": "Clock"},
               {"action": "done"}]
    phone = SimDevice(seed=1)
    model = ScriptedModel(responder=responder_from(replies))
    agent = Agent(Unplugged(phone, drop_at=2), local=model, settings=settings)
    first = agent.run("Open Settings, go home, open the Clock")
    assert first.status == "interrupted" and "resume" in first.stop_reason and first.run_id in first.stop_reason
    assert agent.memory.runs.get(first.run_id).status == "interrupted"

    again = Agent(phone, local=model, settings=settings).resume(first.run_id)
    assert again.status == "succeeded"
    assert [s.description for s in again.steps] == ["open_app Settings", "home", "open_app Clock", "done"]
    assert phone.observe().package == "com.google.android.deskclock"


def test_a_checkpoint_an_earlier_version_wrote_resumes(settings):
    """Earlier versions kept screens as JSON and the interruptions handled inside ``interrupts``."""
    from langgraph.types import Overwrite

    from cascadroid.agents.graph import AgentGraph, Deps

    replies = [{"action": "open_app", "app": "Settings"}, {"action": "home"}, {"action": "done"}]
    phone = SimDevice(seed=1)
    model = ScriptedModel(responder=responder_from(replies))
    first = Agent(Unplugged(phone, drop_at=2), local=model, settings=settings).run("Open Settings, then go home")
    assert first.status == "interrupted"
    graph = AgentGraph(Deps(device=phone, model=model, settings=settings.agent, apps=[]),
                       settings.data_dir / "checkpoints.db")
    config = {"configurable": {"thread_id": first.run_id}}
    values = graph.app.get_state(config).values
    graph.app.update_state(config, {
        "screen": values["screen"].model_dump(mode="json"), "prev_screen": values["prev_screen"].model_dump(mode="json"),
        "interrupts": {**values["interrupts"], "handled": ["rating|com.example|Enjoying it?"]},
        "handled_interruptions": Overwrite([])})
    assert isinstance(graph.app.get_state(config).values["screen"], dict)  # as the earlier version kept it
    graph.close()

    with Agent(phone, local=model, settings=settings) as again:
        resumed = again.resume(first.run_id)
    assert resumed.status == "succeeded" and [s.description for s in resumed.steps] == ["open_app Settings", "home", "done"]
    graph = AgentGraph(Deps(device=phone, model=model, settings=settings.agent, apps=[]),
                       settings.data_dir / "checkpoints.db")
    assert graph.app.get_state(config).values["handled_interruptions"] == ["rating|com.example|Enjoying it?"]
    graph.close()


class Blurry:
    """A phone whose screen cannot be read (a DeviceError that is not a lost connection)."""

    def observe(self, **kwargs):
        from cascadroid.errors import DeviceError

        raise DeviceError("uiautomator dump failed", hint="the screen is secure or animating")

    def act(self, action):  # pragma: no cover - never reached
        raise AssertionError("no action without a screen")


def test_an_unreadable_screen_ends_the_run_at_the_error_limit(settings):
    model = ScriptedModel(responder=responder_from([]))
    result = Agent(Blurry(), local=model, settings=settings, apps=["Settings"]).run("Open Settings")
    assert result.status == "stopped" and result.stop_reason.startswith("max_consecutive_errors")
    assert model.calls == 0


def test_program_mode_plans_once_checks_and_runs_the_tools(settings):
    from cascadroid.tools import tool

    sent = []

    @tool
    def get_weather(city: str) -> str:
        """Current weather in a city.

        Args:
            city: the city name
        """
        return f"sunny in {city}"

    @tool
    def send_sms(to: str, text: str) -> str:
        """Send a text message.

        Args:
            to: the recipient's name
            text: the message
        """
        sent.append((to, text))
        return "sent"

    bad = 'w = get_weather(city="Paris", units="C")\nresult = w'  # wrong arity: caught by the dry run
    good = 'w = get_weather(city="Paris")\nsend_sms(to="Bob", text=w)\nresult = w'
    model = ScriptedModel([{"program": bad}, {"program": good}, {"program": good}])
    agent = Agent(SimDevice(seed=0), local=model, settings=settings, tools=[get_weather, send_sms])
    assert agent.plan("Text Bob the weather in Paris").source.strip() == good.strip()
    assert sent == []  # planning ran nothing real

    result = agent.run("Text Bob the weather in Paris")
    assert result.success and result.answer == "sunny in Paris"
    assert [s.description for s in result.steps] == ["tool get_weather(city='Paris')",
                                                     "tool send_sms(to='Bob', text='sunny in Paris')"]
    assert sent == [("Bob", "sunny in Paris")]


def test_a_run_id_started_again_starts_a_fresh_history(settings):
    """History is appended to by each node (a reducer); a new run under an old id begins empty, not after it."""
    replies = [{"action": "open_app", "app": "Settings"}, {"action": "done"}] * 2
    agent, model = make_agent(settings, replies)
    first = agent.run("Open the Settings app", run_id="same-id")
    again = agent.run("Open the Settings app", run_id="same-id")
    assert [s.index for s in first.steps] == [s.index for s in again.steps] == [0, 1]  # not [0, 1, 2, 3]


def test_a_step_recorded_before_a_crash_keeps_its_model_calls_once_when_replayed(settings):
    """The process dies inside ``reflect`` after its step reached the store: resume replays the node."""
    from cascadroid.errors import DeviceConnectionError
    from cascadroid.memory import MemoryStore
    from cascadroid.memory.runs import RunLog

    class DiesAfterStep(RunLog):
        died = False

        def record_step(self, step, events=()):
            new = super().record_step(step, events)
            if step.index == 1 and not DiesAfterStep.died:
                DiesAfterStep.died = True
                raise DeviceConnectionError("gone right after the step was stored", hint="resume the run")
            return new

    store = MemoryStore(settings.data_dir / "memory.db")
    store.runs = DiesAfterStep(store.db)
    replies = [{"action": "open_app", "app": "Settings"}, {"action": "home"}, {"action": "done"}]
    agent, _ = make_agent(settings, replies, memory=store)
    first = agent.run("Open Settings, then go home", run_id="replayed")
    assert first.status == "interrupted"
    again = agent.resume("replayed")
    assert again.status == "succeeded" and [s.index for s in again.steps] == [0, 1, 2]
    replayed = again.steps[1]
    calls = [e for e in store.runs.events("replayed", "model_call") if e.payload["step"] == 1]
    assert replayed.model_calls >= 1 and len(calls) == replayed.model_calls
