"""A verified shortcut is replayed one step at a time, each step checked against the live screen first: a step whose
target is missing ends the replay (nothing applied, the shortcut demoted with the reason); a tap among several alike
rows is left to the agent (the task's words choose the row, not the shortcut); a replay that runs through is logged."""

from __future__ import annotations

import pytest

from cascadroid.agents import shortcut_replay
from cascadroid.agents.shortcuts import ShortcutUse
from cascadroid.device.script import Step
from cascadroid.device.sim import SimDevice
from cascadroid.device.types import ActionResult, Bounds, Element, Locator, Observation
from cascadroid.memory import MemoryStore, Shortcut

PODS = "org.example.podcasts"


class Podcasts:
    """A podcast player: a library of episode rows, an episode page with a Download button."""

    def __init__(self, episodes: list[str], *, download: bool = True) -> None:
        self.episodes, self.download, self.package, self.page, self.acts = episodes, download, "launcher", "", []

    def observe(self, *, screenshot: bool = False) -> Observation:
        if self.package != PODS:
            items = [("", "Podcasts", "")]
        elif self.page:
            items = [(f"{PODS}:id/title", self.page, "")] + ([(f"{PODS}:id/dl", "", "Download")] if self.download else [])
        else:
            items = [(f"{PODS}:id/library", "Library", "")] + [(f"{PODS}:id/episode", e, "") for e in self.episodes]
        elements = [Element(id=i, text=t, content_desc=d, resource_id=r, package=self.package, clickable=True,
                            bounds=Bounds(left=0, top=100 * i, right=1000, bottom=100 * i + 90))
                    for i, (r, t, d) in enumerate(items)]
        return Observation(package=self.package, width=1080, height=2400, xml="", elements=elements)

    def act(self, action) -> ActionResult:
        self.acts.append(action)
        return ActionResult()


STEPS = [Step(kind="open_app", app="Podcasts"), Step(kind="tap", target=Locator(resource_id=f"{PODS}:id/library")),
         Step(kind="tap", target=Locator(resource_id=f"{PODS}:id/episode", text="{episode}")),
         Step(kind="tap", target=Locator(content_desc="Download"))]


@pytest.fixture
def use(tmp_path):
    store = MemoryStore(tmp_path / "memory.db")
    shortcut = store.shortcuts.add(Shortcut(
        name="download_episode", description='Download the episode "{episode}".', state="verified", steps=STEPS,
        params_schema={"type": "object", "properties": {"episode": {"type": "string"}}, "required": ["episode"]}))
    yield ShortcutUse(store.shortcuts), shortcut
    store.close()


def replay_on(device, use, shortcut, params, *, land: bool = True):
    """The actions the replay hands the agent, one per call, each applied (as ``act`` would) before the next."""
    replay, actions = shortcut_replay.start(shortcut, params), []
    while replay is not None:
        action, replay, _ = shortcut_replay.next_action(use, replay, shortcut_replay.kept(device.observe()), "",
                                                        run_id="r1")
        if action is None:
            return actions, replay
        actions.append(action)
        if action["kind"] == "open_app":
            device.package = PODS
        elif action["kind"] == "tap" and device.package == PODS:
            tapped = device.observe().element(action["element"])
            device.page = tapped.text if tapped.resource_id.endswith("/episode") else device.page
    return actions, None


def test_each_step_is_handed_to_the_agent_on_the_live_screen_and_the_run_is_logged(use):
    shortcuts, shortcut = use
    device = Podcasts(["Deep sea mining, part 2", "Interview with a beekeeper"])
    actions, left = replay_on(device, shortcuts, shortcut, {"episode": "Interview with a beekeeper"})
    assert [a["kind"] for a in actions] == ["open_app", "tap", "tap", "tap"] and left is None
    assert device.acts == []  # the replay acts through the agent's own act step, never itself
    assert actions[2]["element"] == 2  # the episode the task names, found on today's screen
    [logged] = shortcuts.shortcuts.runs(shortcut.id)
    assert logged["status"] == "succeeded" and shortcuts.shortcuts.get(shortcut.id).state == "verified"


def test_a_step_missing_on_the_live_screen_ends_the_replay_and_demotes_the_shortcut(use):
    shortcuts, shortcut = use
    device = Podcasts(["Interview with a beekeeper"], download=False)  # already downloaded: no button
    actions, left = replay_on(device, shortcuts, shortcut, {"episode": "Interview with a beekeeper"})
    assert len(actions) == 3 and left is None  # the Download tap is never sent
    [logged] = shortcuts.shortcuts.runs(shortcut.id)
    assert logged["status"] == "stopped" and logged["stopped_at"] == 3 and "Download" in logged["reason"]
    assert shortcuts.shortcuts.get(shortcut.id).state == "candidate"  # verified again before it is used again


def test_a_tap_among_several_alike_rows_is_left_to_the_agent(use):
    shortcuts, shortcut = use
    unnamed = shortcut.model_copy(update={"steps": [*STEPS[:2], Step(kind="tap", target=Locator(resource_id=f"{PODS}:id/episode")),
                                                    STEPS[3]]})
    stored = shortcuts.shortcuts.add(unnamed.model_copy(update={"name": "download_newest", "id": None}))
    device = Podcasts(["Deep sea mining, part 2", "Interview with a beekeeper"])
    actions, left = replay_on(device, shortcuts, stored, {"episode": "x"})
    assert [a["kind"] for a in actions] == ["open_app", "tap"]
    assert left is not None and left["index"] == 3  # the agent picks the row; the replay goes on after it
    assert shortcuts.shortcuts.runs(stored.id) == []


def _first(request):
    return {"operator": {"choice": 1}, "reflector": {"outcome": "success", "reason": "assumed"}}.get(request.purpose, {})


class CountingPhone(SimDevice):
    """A simulated phone that counts the observations made before each action."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed=seed)
        self.seen, self.per_action = 0, []

    def observe(self, **kwargs):
        self.seen += 1
        return super().observe(**kwargs)

    def act(self, action):
        self.per_action.append(self.seen)
        self.seen = 0
        return super().act(action)


def test_a_second_run_with_a_learned_rename_renames_once_observing_once_per_step(tmp_path):
    """Run 1 renames a file and learns the steps; verified on another phone, they are replayed on run 2, which then
    ends as run 1 did: its history holds the replayed steps, so the rename is not done again on top of them. A replayed
    step is matched on the observation perceive made, so run 2 reads the screen exactly as often as run 1."""
    from cascadroid.agent import Agent
    from cascadroid.device.sim.tasks import registry
    from cascadroid.settings import Settings
    from cascadroid.testing import ScriptedModel
    from cascadroid.testing.sim_shortcuts import verify_for_task

    store, task = MemoryStore(tmp_path / "memory.db"), registry().instance("files_rename", seed=4)

    def run(name):
        phone = CountingPhone(task.seed)
        task.setup_on(phone)
        settings = Settings.load(data_dir=tmp_path / name, agent={
            "max_steps": 12, "save_screenshots": False, "learn": "rules", "operator_mode": "choices",
            "decision": {"tie_break": False}})
        with Agent(phone, local=ScriptedModel(responder=_first), memory=store, settings=settings) as agent:
            result = agent.run(task.goal)
        return result, task.check(phone, result.answer), phone.per_action

    first, ok, observed_first = run("one")
    assert ok
    other = registry().instance("files_rename", seed=5)
    [shortcut] = store.shortcuts.all(state="candidate")
    assert verify_for_task(store.shortcuts, shortcut, other, lambda: SimDevice(seed=other.seed)).succeeded
    second, ok, observed_second = run("two")
    assert ok, second.stop_reason
    assert observed_second == observed_first  # one observation per step (two before each action after the first)
    assert [s.shortcut for s in second.steps[:len(shortcut.steps)]] == [shortcut.name] * len(shortcut.steps)
    typed = [s.action.get("text") for s in second.steps if s.action["kind"] == "type"]
    assert typed == [s.action.get("text") for s in first.steps if s.action["kind"] == "type"]  # once, as in run 1
    store.close()
