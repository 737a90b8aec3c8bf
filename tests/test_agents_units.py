"""Unit tests of the agent roles that need no phone: perception, per-screen schemas, retries."""

import json

import pytest

from cascadroid.agents import operator
from cascadroid.agents.calls import ask
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.reflector import cheap_check
from cascadroid.device.types import AppInfo, Tap, TypeText
from cascadroid.device.uiautomator import parse_observation
from cascadroid.errors import ModelConnectionError
from cascadroid.testing import ScriptedModel

XML = """<hierarchy rotation="0">
<node class="android.widget.FrameLayout" package="com.android.settings" bounds="[0,0][1080,2400]">
  <node class="android.widget.TextView" text="Network" package="com.android.settings" bounds="[0,80][1080,160]"/>
  <node class="android.widget.LinearLayout" clickable="true" package="com.android.settings" bounds="[0,200][1080,320]">
    <node class="android.widget.TextView" text="Wi-Fi" bounds="[40,220][600,300]"/>
    <node class="android.widget.Switch" resource-id="com.android.settings:id/wifi_switch" checkable="true" checked="true" clickable="true" bounds="[900,220][1040,300]"/>
  </node>
  <node class="android.widget.EditText" text="" resource-id="com.android.settings:id/search" focusable="true" focused="true" clickable="true" package="com.android.settings" bounds="[0,400][1080,500]"/>
</node></hierarchy>"""


@pytest.fixture
def screen():
    return perceive(parse_observation(XML))


def test_perceptor_folds_child_text_into_its_clickable_row_and_keeps_info_text(screen):
    text = screen.text()
    assert '[2] LinearLayout "Wi-Fi"' in text
    assert "Network" in text
    assert screen.actionable == [2, 4, 5]
    assert screen.checked[4] is True and "(on," in next(line for line in screen.lines if line.startswith("[4]"))
    assert screen.locators[4] == {"resource_id": "com.android.settings:id/wifi_switch"}
    assert screen.editable == {5: ""}


def test_perceptor_list_is_much_smaller_than_the_xml(screen):
    assert len(screen.text()) < len(XML) / 3


def test_operator_schema_only_admits_ids_on_screen(screen):
    schema = operator.output_type(screen, [AppInfo(label="Settings", package="com.android.settings")]).model_json_schema()
    element = json.dumps(schema["properties"]["element"])
    assert all(str(i) in element for i in screen.actionable)
    with pytest.raises(ValueError):
        operator.output_type(screen, [AppInfo(label="Settings", package="com.android.settings")]).model_validate({"action": "tap", "element": 99})


@pytest.mark.parametrize(
    "choice, message",
    [
        ({"action": "tap", "element": 3}, "not on screen"),
        ({"action": "tap"}, "needs an element"),
        ({"action": "type", "text": ""}, "non-empty text"),
        ({"action": "open_app"}, "needs an app"),
    ],
)
def test_invalid_choices_explain_themselves(screen, choice, message):
    with pytest.raises(operator.InvalidChoice, match=message):
        operator.to_action(operator.parse(choice), screen)


def test_the_model_s_action_name_becomes_kind_at_the_parse_boundary_and_back_for_a_stand_in():
    parsed = operator.parse({"reason": "r", "action": "open_app", "app": "Settings"})
    assert parsed.kind == "open_app" and parsed.app == "Settings" and "action" not in parsed.model_dump()
    written = operator.to_output({"kind": "tap", "element": 4}, "why")
    assert written == {"reason": "why", "action": "tap", "element": 4}
    assert operator.parse(written).model_dump(exclude_none=True) == {"reason": "why", "kind": "tap", "element": 4}


def test_valid_choices_become_device_actions(screen):
    assert operator.to_action(operator.OperatorChoice(kind="tap", element=4), screen) == Tap(element=4)
    typed = operator.to_action(operator.OperatorChoice(kind="type", text="wifi"), screen)
    assert typed == TypeText(text="wifi")


def test_ask_shows_the_error_to_the_model_and_retries(screen):
    model = ScriptedModel(["not json at all", {"action": "type", "text": ""}, {"action": "tap", "element": 4}])

    def validate(parsed):
        try:
            return operator.to_action(operator.parse(parsed), screen)
        except operator.InvalidChoice as exc:
            raise ValueError(str(exc)) from exc

    asked = ask(model, purpose="operator", header="h", instructions="i", user="u", output_type=operator.output_type(screen, []),
                validate=validate, retries=2)
    assert asked.value == Tap(element=4)
    assert [c["ok"] for c in asked.calls] == [False, False, True]
    retry_prompt = model.requests[2].messages[-1].content
    assert "type needs a non-empty text" in retry_prompt  # the validator's words, not the schema's


def test_ask_gives_up_after_the_retry_budget(screen):
    model = ScriptedModel(["{}", "{}", "{}"])
    asked = ask(model, purpose="operator", header="h", instructions="i", user="u", output_type=operator.output_type(screen, []), retries=1)
    assert asked.value is None and asked.error and len(asked.calls) == 2


def test_ask_does_not_retry_an_unreachable_model(screen):
    model = ScriptedModel([ModelConnectionError("down"), {"action": "back"}])
    asked = ask(model, purpose="operator", header="h", instructions="i", user="u", output_type=operator.output_type(screen, []))
    assert asked.value is None and asked.error == "down" and model.calls == 1


def test_reflector_cheap_checks(screen):
    changed = perceive(parse_observation(XML.replace('checked="true"', 'checked="false"')))
    assert cheap_check({"kind": "tap", "element": 4}, screen, changed, True)[0] == "success"
    assert cheap_check({"kind": "tap", "element": 4}, screen, screen, True)[0] == "no_change"
    typed = perceive(parse_observation(XML.replace('text="" resource-id', 'text="wifi" resource-id')))
    assert cheap_check({"kind": "type", "text": "wifi"}, screen, typed, True)[0] == "success"
    assert cheap_check({"kind": "tap"}, screen, screen, False)[0] == "success"


@pytest.mark.slow
def test_perceptor_reads_the_screenshot_with_ocr_when_there_is_no_tree():
    pytest.importorskip("rapidocr_onnxruntime", reason="OCR needs the ocr extra: pip install 'cascadroid[ocr]'")
    from cascadroid.device.sim import SimDevice
    from cascadroid.device.types import Observation, OpenApp

    phone = SimDevice(seed=0)
    phone.act(OpenApp(app="Settings"))
    shot = phone.observe(screenshot=True).screenshot
    blind = Observation(package="com.example.game", width=1080, height=2400, xml="", elements=[], screenshot=shot)
    screen = perceive(blind)
    assert screen.source == "ocr"
    assert any("Network" in line for line in screen.lines) and any("Display" in line for line in screen.lines)


def test_candidates_ground_a_toggle_task_step_by_step():
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.goal import wanted_toggle
    from cascadroid.device.script import open_app, run_script, tap
    from cascadroid.device.sim import SimDevice

    names, want_on = wanted_toggle("Turn Wi-Fi off.")
    assert "wifi" in names and want_on is False
    assert wanted_toggle("Please enable Bluetooth") == ({"bluetooth"}, True)
    phone = SimDevice(seed=0)
    apps = [app.label for app in phone.launchable_apps()]
    task = "Turn Wi-Fi off."
    best = []
    for steps in ([], [open_app("Settings")], [tap(text="Network & internet")],
                  [tap(resource_id="com.android.settings:id/wifi_switch")]):
        run_script(phone, steps)
        best.append(rank(task, task, perceive(phone.observe()), apps, [])[0].text)
    assert best[0] == "open the Settings app"
    assert best[1].startswith("tap") and "Network" in best[1]
    assert best[2].startswith("tap") and "Wi-Fi: ON" in best[2]
    assert best[3] == "the task is complete: finish"


def test_candidates_push_down_what_already_failed(screen):
    from cascadroid.agents.candidates import action_key, rank

    first = rank("Search for wifi", "", screen, [], [])
    history = [{"key": action_key(first[0].action), "outcome": "no_change"}]
    assert rank("Search for wifi", "", screen, [], history)[0].action != first[0].action


def test_choice_mode_acts_on_the_ranked_actions(tmp_path):
    from cascadroid.agent import Agent
    from cascadroid.device.sim import SimDevice
    from cascadroid.settings import Settings

    model = ScriptedModel(responder=lambda r: {"plan": [], "subgoal": "", "done": False} if r.purpose == "manager"
                          else {"notes": []} if r.purpose == "notetaker" else {"answer": "yes"})
    settings = Settings.load(data_dir=tmp_path, agent={"operator_mode": "choices", "save_screenshots": False,
                                                      "max_steps": 6})
    phone = SimDevice(seed=0)
    result = Agent(phone, local=model, settings=settings).run("Turn Wi-Fi off.")
    assert result.success and phone.app("settings").state.wifi is False
    totals = result.totals
    ties, acted = int(totals.get("decided_tie_break", 0)), int(totals.get("decided_structure", 0))
    assert ties + acted == len(result.steps) and not totals.get("decided_escalate")  # no cloud: nothing deferred
    tie_prompts = [r.prompt_text() for r in model.requests if r.purpose == "tie_break"]
    assert all(p.count("Proposed action:") == 1 for p in tie_prompts)  # one candidate per question: no list order
    assert len(model.requests) == len(tie_prompts) <= 2 * ties  # acting on structure asks nothing


def test_local_confidence_counts_the_chosen_values_not_the_forced_json():
    from cascadroid.models.local import _TokenProbabilities

    probabilities = _TokenProbabilities()
    texts = ["{", ' "', "cho", "ice", '":', " 3", "}"]
    probabilities.tokens = list(range(len(texts)))
    probabilities.probabilities = [0.1, 0.2, 0.1, 0.1, 0.2, 0.9, 0.3]
    assert probabilities.mean_of_choices(lambda t: texts[t], {"choice"}) == pytest.approx(0.9)
    assert probabilities.mean == pytest.approx(sum(probabilities.probabilities) / 7)
