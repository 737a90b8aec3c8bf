"""A learned shortcut that carries a value from one app to another reads it again when it is replayed: the place
a friend named in a mail, searched in the maps. Learned from one run, verified on another task of the same shape
(another sender, another place) before it is used."""

from __future__ import annotations

import time

from cascadroid.agents.shortcuts import verify_for_goal
from cascadroid.device.script import Step
from cascadroid.device.types import ActionResult, Bounds, Element, Locator, Observation, OpenApp, Tap, TypeText
from cascadroid.memory import RunRecord, StepRecord, learn_from_run, run_shortcut
from cascadroid.memory.learning import candidate_shortcuts

MAIL, MAPS = "com.example.mail", "com.example.maps"


class TwoApps:
    """A mail inbox (one mail per sender) and a map search, enough for "find the place X mailed me in the maps"."""

    def __init__(self, mails: dict[str, str]) -> None:
        self.mails, self.package, self.open_mail, self.searched = mails, "launcher", "", ""

    def observe(self, *, screenshot: bool = False) -> Observation:
        if self.package == MAIL and self.open_mail:
            texts = [(f"{MAIL}:id/from", self.open_mail), (f"{MAIL}:id/body", self.mails[self.open_mail])]
        elif self.package == MAIL:
            texts = [(f"{MAIL}:id/row", f"{sender} · {body[:12]}") for sender, body in self.mails.items()]
        elif self.package == MAPS:
            texts = [(f"{MAPS}:id/search", self.searched or "Search here")]
            texts += [(f"{MAPS}:id/result", f"{self.searched} | 4.6 ★ · Bakery · 12 Elm St")] if self.searched else []
        else:
            texts = [("", "Mail"), ("", "Maps")]
        elements = [Element(id=i, text=t, resource_id=r, package=self.package, clickable=True,
                            bounds=Bounds(left=0, top=100 * i, right=1000, bottom=100 * i + 90)) for i, (r, t) in enumerate(texts)]
        return Observation(package=self.package, width=1080, height=2400, xml="", elements=elements)

    def act(self, action) -> ActionResult:
        if isinstance(action, OpenApp):
            self.package, self.open_mail = {"Mail": MAIL, "Maps": MAPS}[action.app], ""
        elif isinstance(action, TypeText):
            self.searched = action.text
        elif isinstance(action, Tap) and self.package == MAIL:
            self.open_mail = self.observe().element(action.element).text.split(" · ")[0]
        return ActionResult()


TASK = "Noor emailed me suggesting a bakery. What are that bakery's opening hours on Google Maps?"
PLAN = [  # (action, locator of its element): as the agent did it
    (OpenApp(app="Mail"), None),
    (Tap(), Locator(resource_id=f"{MAIL}:id/row", text_contains="Noor")),
    (OpenApp(app="Maps"), None),
    (TypeText(text="Kaffeehaus Adler"), Locator(resource_id=f"{MAPS}:id/search")),
    (Tap(), Locator(resource_id=f"{MAPS}:id/result")),
]


def played(store, device: TwoApps, task: str = TASK):
    store.runs.start(RunRecord(run_id="noor", task=task, status="running", started_at=time.time()))
    for index, (action, locator) in enumerate(PLAN):
        observation = device.observe()
        element = observation.find(locator) if locator is not None else None
        if element is not None:
            action = action.model_copy(update={"element": element.id})
            locator = Locator(resource_id=element.resource_id, text=element.text)
        device.act(action)
        store.runs.record_step(StepRecord(run_id="noor", index=index, action=action.model_dump(), outcome="success",
                                          locator=None if locator is None else locator.model_dump(),
                                          package=observation.package, started_at=time.time()))
    store.runs.finish("noor", status="succeeded")
    return store.runs.get("noor"), store.runs.steps("noor")


def test_the_value_carried_between_apps_is_a_read_step_not_a_literal(memory_store):
    device = TwoApps({"Noor": "How about Kaffeehaus Adler on Sunday?", "Ines": "Try Bäckerei Kraus!"})
    run, steps = played(memory_store, device)
    [shortcut] = candidate_shortcuts(run, steps)
    assert [s.kind for s in shortcut.steps] == ["open_app", "tap", "read", "open_app", "type", "tap"]
    name = shortcut.steps[2].into
    assert shortcut.steps[4].text == "{" + name + "}"  # typed: the value read, not "Kaffeehaus Adler"
    assert shortcut.steps[5].target.text_contains == "{" + name + "}" and shortcut.steps[5].target.text is None
    assert name not in shortcut.params_schema["properties"]  # read on screen, not said by the task
    assert all("Kaffeehaus" not in (s.text or "") for s in shortcut.steps)


def test_a_replay_reads_the_value_on_todays_screen_and_stops_without_a_reader(memory_store):
    run, steps = played(memory_store, TwoApps({"Noor": "How about Kaffeehaus Adler on Sunday?"}))
    [shortcut] = learn_from_run(memory_store, run, steps).shortcuts
    params = dict(shortcut.example_params)

    fresh = TwoApps({"Noor": "Change of plan: Café Luna instead"})
    body = lambda obs: next((e.text.split(": ")[-1].removesuffix(" instead") for e in obs.elements if e.resource_id.endswith("/body")), None)  # noqa: E731
    result = run_shortcut(fresh, shortcut, params, read=body)
    assert result.succeeded, result.reason
    assert fresh.searched == "Café Luna"

    stopped = TwoApps({"Noor": "Change of plan: Café Luna instead"})
    result = run_shortcut(stopped, shortcut, params)
    assert result.status == "stopped" and shortcut.steps[result.stopped_at].kind == "read" and stopped.searched == ""


def test_verified_on_another_task_of_its_shape_with_the_agents_own_reading(memory_store):
    run, steps = played(memory_store, TwoApps({"Noor": "How about Kaffeehaus Adler on Sunday?"}))
    [shortcut] = learn_from_run(memory_store, run, steps).shortcuts
    other = TwoApps({"Noor": "See you!", "Ines": "Shall we meet at Bäckerei Kraus on Monday?"})
    goal = "Ines emailed me suggesting a bakery. What are that bakery's opening hours on Google Maps?"
    result = verify_for_goal(memory_store.shortcuts, shortcut, goal, lambda: other)
    assert result is not None and result.succeeded, result and result.reason
    assert other.searched == "Bäckerei Kraus"
    assert memory_store.shortcuts.get(shortcut.id).state == "verified"


def test_a_read_step_is_never_an_action():
    import pytest

    from cascadroid.errors import InvalidActionError

    with pytest.raises(InvalidActionError):
        Step(kind="read", into="place").resolve(TwoApps({}).observe())
