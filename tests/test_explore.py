"""Exploring apps: what is recorded, what is never touched, and how it steers the ranking."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from cascadroid.agent import Agent
from cascadroid.agents.candidates import rank
from cascadroid.agents.explore import explore
from cascadroid.agents.knowledge_hint import KnowledgeHint, favour_known_paths
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.screen_keys import signature
from cascadroid.agents.side_effects import unsafe
from cascadroid.cli import app as cli
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.snapshot import phone_data
from cascadroid.device.types import Back, OpenApp, Tap, TypeText, device_apps
from cascadroid.errors import ConfigurationError
from cascadroid.memory import MemoryStore
from cascadroid.testing import ScriptedModel
from cascadroid.testing.menus import SWITCH, MenuDevice

MUSIC = {
    "Music": {
        "home": [("Library", "library"), ("Radio", "radio"), ("Delete all songs", None), ("Sign out", None),
                 ("Shuffle", SWITCH)],
        "library": [("Playlists", "playlists"), ("Albums", "albums"), ("Send feedback", None)],
        "playlists": [("Road trip", "trip"), ("Buy premium", None)],
        "trip": [("Share playlist", None), ("OK", None)],
        "albums": [("Sort", "albums")],
        "radio": [("Stations", "stations")],
        "stations": [("Pay for ad-free", None)],
    },
    "Notes": {"home": [("All notes", "list")], "list": [("Löschen", None), ("削除", None)]},
}


def _dump(phone: SimDevice) -> str:
    return json.dumps(phone_data(phone), sort_keys=True)


def test_exploring_the_simulated_phone_records_screens_and_paths_and_leaves_it_as_it_was(memory_store):
    phone = SimDevice(seed=3)
    phone.act(OpenApp(app="Contacts"))  # the user was somewhere: they come back to the same place
    before, screen_before = _dump(phone), perceive(phone.observe()).lines
    report = explore(phone, memory_store.knowledge, apps=["Settings", "Contacts"], budget=30)
    assert _dump(phone) == before and perceive(phone.observe()).lines == screen_before and report.restored
    settings = {s.title: s for s in memory_store.knowledge.screens(app="com.android.settings")}
    assert {"Settings", "Network & internet", "Display"} <= set(settings)
    edges = {(t.source, t.target) for t in memory_store.knowledge.transitions()}
    assert (settings["Settings"].signature, settings["Display"].signature) in edges
    assert (settings["Display"].signature, settings["Settings"].signature) in edges  # back
    contacts = memory_store.knowledge.screens(app="com.android.contacts")
    assert len(contacts) <= 4  # one contact opened, not every row of the list
    assert [a.screens for a in report.apps] == [len(settings), len(contacts)]


def test_a_phone_that_cannot_restore_itself_is_only_looked_at(memory_store):
    phone = MenuDevice(MUSIC)
    report = explore(phone, memory_store.knowledge, budget=50)
    assert phone.pressed == []  # no delete, sign out, send, buy, share, OK, pay, löschen, 削除
    assert phone.switches == {} and not any(isinstance(a, TypeText) for a in phone.actions)
    titles = {s.title for s in memory_store.knowledge.screens()}
    assert {"Home", "Library", "Playlists", "Trip", "Albums", "Radio", "Stations", "List"} <= titles
    assert report.apps[0].skipped_unsafe >= 5 and not report.restored
    assert any(isinstance(a, Back) for a in phone.actions)


def test_the_budget_caps_taps_per_app(memory_store):
    report = explore(MenuDevice(MUSIC), memory_store.knowledge, apps=["Music"], budget=2)
    assert report.apps[0].taps == 2


@pytest.mark.parametrize("label", ["Delete", "Send message", "Buy now", "Place order", "Call", "Confirm", "Submit",
                                   "Post", "Share", "Uninstall", "Factory reset", "Sign out", "Löschen", "Enviar",
                                   "Supprimer", "Удалить", "删除", "送信", "결제", "OK"])
def test_side_effect_labels_are_unsafe_in_many_languages(label):
    assert unsafe(label)


@pytest.mark.parametrize("label", ["Network & internet", "Library", "Edit contact", "New message", "Albums",
                                   "Navigate up", "Einstellungen", "設定"])
def test_looking_labels_are_safe(label):
    assert not unsafe(label)


def test_a_dialogs_positive_button_is_unsafe_whatever_it_says():
    assert unsafe("Got it", "android:id/button1") and not unsafe("Got it", "android:id/button2")


def test_the_signature_ignores_data_and_states_but_tells_pages_apart():
    def screen_of(seed: int, app: str, *taps: int, wifi: bool = True) -> str:
        phone = SimDevice(seed=seed)
        phone.app("settings").state.wifi = wifi
        phone.act(OpenApp(app=app))
        for index in taps:
            phone.act(Tap(element=perceive(phone.observe()).actionable[index]))
        return signature(perceive(phone.observe()))

    assert screen_of(0, "Contacts") == screen_of(5, "Contacts")  # other names, other number of rows
    assert screen_of(0, "Settings", 1) == screen_of(0, "Settings", 1, wifi=False)  # a switch's state
    assert len({screen_of(0, "Settings", i) for i in (0, 1, 2, 3)}) == 4  # the root and three pages


def test_knowledge_round_trips_through_a_memory_export(tmp_path):
    with MemoryStore(tmp_path / "farm.db") as farm:
        explore(MenuDevice(MUSIC), farm.knowledge, budget=20)
        farm.tips.add("Playlists live under Library")
        farm.export_json(tmp_path / "memory.json")
        screens, transitions = farm.knowledge.screens(), farm.knowledge.transitions()
    with MemoryStore(tmp_path / "phone.db") as phone:
        counts = phone.import_json(tmp_path / "memory.json")
        assert counts["screens"] == len(screens) > 3 and counts["transitions"] == len(transitions) > 3
        assert phone.knowledge.screens() == screens and phone.knowledge.transitions() == transitions
        phone.import_json(tmp_path / "memory.json")  # again: merged, not doubled
        assert phone.knowledge.screens() == screens and phone.knowledge.transitions() == transitions


def test_the_ranker_favours_the_first_step_towards_a_screen_that_shows_the_task(memory_store):
    phone = MenuDevice(MUSIC)
    apps = device_apps(phone)
    phone.act(OpenApp(app="Music"))
    screen = perceive(phone.observe())
    task = "Play the road trip playlist"

    def ranked(hint: KnowledgeHint | None) -> list[str]:
        return [c.text for c in favour_known_paths(lambda limit: rank(task, "", screen, apps, [], limit=limit),
                                                   task, screen, apps, hint)]

    without = ranked(KnowledgeHint(memory_store.knowledge))  # nothing explored yet: no change
    assert without == ranked(None) and "Library" not in without[0]
    explore(MenuDevice(MUSIC), memory_store.knowledge, budget=30)
    assert "Library" in ranked(KnowledgeHint(memory_store.knowledge))[0]


def test_the_hint_points_to_the_screen_that_shows_or_is_named_after_the_task(memory_store):
    explore(MenuDevice(MUSIC), memory_store.knowledge, budget=30)
    phone = MenuDevice(MUSIC)
    phone.act(OpenApp(app="Music"))
    hint = KnowledgeHint(memory_store.knowledge)
    screen = perceive(phone.observe())
    assert hint.first_steps("Turn shuffle on", screen) == set()  # only this screen has it: nothing to add
    assert hint.first_steps("Open the stations", screen) == {"Button||radio"}  # shown one level down
    assert hint.first_steps("How many albums are there?", screen) == {"Button||library"}  # a page titled Albums
    assert hint.first_steps("Open the radio", screen) == {"Button||radio"}  # agrees with the screen


def test_agent_explore_and_the_cli_share_one_explorer(tmp_path):
    phone = SimDevice(seed=0)
    with Agent(phone, local=ScriptedModel(responder=lambda r: {}), memory=tmp_path / "m.db") as agent:
        report = agent.explore("Clock", budget=5)
        assert [a.label for a in report.apps] == ["Clock"] and agent.memory.knowledge.screens()
    with Agent(phone, local=ScriptedModel(responder=lambda r: {}), memory=False) as agent:
        with pytest.raises(ConfigurationError, match="memory"):
            agent.explore()
    runner = CliRunner()
    result = runner.invoke(cli, ["explore", "--app", "Clock", "--budget", "5", "--json", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["apps"][0]["label"] == "Clock"
    exported = runner.invoke(cli, ["memory", "export", str(tmp_path / "m.json"), "--data-dir", str(tmp_path)])
    shipped = runner.invoke(cli, ["memory", "import", str(tmp_path / "m.json"), "--json", "--data-dir",
                                  str(tmp_path / "other")])
    assert "explored screens" in exported.output and json.loads(shipped.output)["screens"] > 0
    missing = subprocess.run([sys.executable, "-m", "cascadroid.cli", "explore", "--app", "Nope", "--data-dir",
                              str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "no app 'Nope'" in missing.stderr and "Clock" in missing.stderr
    assert "Traceback" not in missing.stderr


def _tools_xml(*buttons: str) -> str:
    nodes = "".join(f'<node text="{b}" class="android.widget.Button" package="com.example.tools" clickable="true" '
                    f'enabled="true" bounds="[40,{300 + 200 * i}][1040,{460 + 200 * i}]" />' for i, b in enumerate(buttons))
    return ('<hierarchy rotation="0"><node class="android.widget.FrameLayout" package="com.example.tools" '
            f'bounds="[0,0][1080,2400]">{nodes}</node></hierarchy>')


def test_exploring_over_adb_walks_the_app_and_never_presses_delete(tmp_path, monkeypatch):
    from cascadroid.device.adb import AdbDevice
    from cascadroid.testing.fake_adb import FakeAdb, FakeScreen, FakeTransition

    launcher = ('<hierarchy rotation="0"><node class="android.widget.FrameLayout" package="com.android.launcher3" '
                'bounds="[0,0][1080,2400]"><node text="Tools" class="android.widget.TextView" '
                'package="com.android.launcher3" clickable="true" bounds="[100,200][300,400]" /></node></hierarchy>')
    screens = {"launcher": FakeScreen(launcher, "com.android.launcher3", ".Launcher"),
               "main": FakeScreen(_tools_xml("Preferences", "Delete everything"), "com.example.tools", ".Main"),
               "prefs": FakeScreen(_tools_xml("About"), "com.example.tools", ".Main"),
               "about": FakeScreen(_tools_xml("Licences"), "com.example.tools", ".Main"),
               "deleted": FakeScreen(_tools_xml("Everything was deleted"), "com.example.tools", ".Main")}
    fake = FakeAdb(tmp_path / "adb", screens, apps={"com.example.tools": "main"},
                   launchable=["com.example.tools/.Main"],
                   transitions=[FakeTransition("main", "Preferences", "prefs"), FakeTransition("prefs", "About", "about"),
                                FakeTransition("main", "Delete everything", "deleted")])
    with MemoryStore(tmp_path / "m.db") as store:
        report = explore(AdbDevice(adb_path=str(fake.executable)), store.knowledge, budget=10)
        texts = {e.label for s in store.knowledge.screens() for e in s.elements}
    assert {"Preferences", "About", "Licences"} <= texts and "Everything was deleted" not in texts
    assert report.apps[0].skipped_unsafe == 1 and not report.restored
    taps = [c for c in fake.shell_commands() if c[:2] == ["input", "tap"]]
    assert taps and all(not 500 <= int(c[3]) < 660 for c in taps)  # never on "Delete everything"


def test_a_remembered_path_never_outranks_an_element_that_names_the_task(memory_store):
    from cascadroid.agents.candidates import Candidate

    explore(MenuDevice(MUSIC), memory_store.knowledge, budget=30)
    phone = MenuDevice(MUSIC)
    phone.act(OpenApp(app="Music"))
    screen = perceive(phone.observe())
    ids = {label: i for i, label in screen.labels.items()}
    hint = KnowledgeHint(memory_store.knowledge)
    task = "Play the road trip playlist on the radio"
    assert hint.first_steps(task, screen) == {"Button||library"}

    def ranked(*scored: tuple[str, float]) -> list[tuple[str, float]]:
        candidates = [Candidate({"kind": "tap", "element": ids[label]}, label, score) for label, score in scored]
        return [(c.text, round(c.score, 2)) for c in hint.apply(task, screen, candidates, [])]

    assert ranked(("Radio", 1.0), ("Library", 0.9)) == [("Radio", 1.0), ("Library", 0.99)]  # "radio" is in the task
    assert ranked(("Shuffle", 1.0), ("Library", 0.9))[0] == ("Library", 1.4)  # nothing names the task: +0.5
