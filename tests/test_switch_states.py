"""A switch's wanted state and a setting's name said in the languages phones ship in (agents/switch_states.py)."""

from __future__ import annotations

import pytest

from cascadroid.agent import Agent
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.switch_states import separable_state, setting_names
from cascadroid.agents.text import words
from cascadroid.device.sim import SimDevice
from cascadroid.models.base import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel


@pytest.mark.parametrize(("task", "on"), [
    ("Por favor apaga el Bluetooth", False), ("désactive la localisation", False), ("tắt bluetooth giúp tôi", False),
    ("nyalakan bluetooth", True), ("accendi il wifi", True), ("ligue o bluetooth", True), ("включи блютуз", True),
    ("关掉蓝牙", False), ("블루투스 켜줘", True), ("wifi uitzetten", False),
])
def test_the_wanted_state_is_read_in_other_languages(task, on):
    assert parse_goal(task).want_on is on


@pytest.mark.parametrize(("task", "on"), [
    ("Schalte bitte Bluetooth ein", True), ("mach das WLAN aus", False), ("Zet de wifi aan!", True),
    ("schalt den Flugmodus ab", False), ("Ruf Anna an", None), ("Set an alarm", None),
])
def test_a_german_or_dutch_particle_at_the_end_says_the_state(task, on):
    assert separable_state(task) is on


@pytest.mark.parametrize(("task", "on"), [("Set an alarm for 7", None), ("Show my active timers", None),
                                         ("Text Ana that I'm on my way", None), ("Turn the porch light on", True)])
def test_english_tasks_keep_their_own_state(task, on):
    assert parse_goal(task).want_on is on  # "on my way" leads a noun phrase: no state (agents/goal.py)


@pytest.mark.parametrize(("task", "english"), [
    ("打开蓝牙", "bluetooth"), ("выключи вай-фай", "wifi"), ("active le mode avion", "airplane"),
    ("ダークモードにして", "dark"), ("Flugmodus aus", "airplane"),
])
def test_a_setting_named_in_another_language_gets_its_english_name(task, english):
    assert english in setting_names(task, words(task, stopwords=frozenset()))


def test_a_word_inside_a_setting_name_alone_names_no_setting():
    assert setting_names("网络很慢", words("网络很慢", stopwords=frozenset())) == set()  # "the network is slow"


def _always_first(request: ModelRequest) -> dict:
    return {"operator": {"choice": 1}, "manager": {"plan": [], "subgoal": ""}, "notetaker": {"notes": []},
            "reflector": {"outcome": "success", "reason": "assumed"}}.get(request.purpose, {})


@pytest.mark.parametrize(("task", "key", "value"), [
    ("выключи вайфай", "wifi", False), ("schalte Bluetooth ein", "bluetooth", True),
    ("打开飞行模式", "airplane_mode", True), ("activa el modo oscuro", "dark_mode", True),
])
def test_a_run_taking_candidate_1_switches_the_setting_named_in_another_language(tmp_path, task, key, value):
    phone = SimDevice(seed=0)
    settings = Settings.load(data_dir=tmp_path, agent={"max_steps": 8, "save_screenshots": False, "learn": "off",
                                                       "operator_mode": "choices", "decision": {"tie_break": False}})
    with Agent(phone, local=ScriptedModel(responder=_always_first), settings=settings) as agent:
        result = agent.run(task)
    assert result.status == "succeeded" and phone.state("settings")[key] is value


@pytest.mark.parametrize(("task", "want_on"), [
    ("Paid the plumber, tick that off my chores list", True),
    ("cross the oat milk off the shopping list", True),
    ("check off 'renew passport' in my to-dos", True),
    ("check the hotspot is off", False),
    ("switch the torch off", False),
])
def test_a_to_do_ticked_off_is_marked_done_not_turned_off(task: str, want_on: bool) -> None:
    assert parse_goal(task).want_on is want_on
