"""cascadroid calibrate: the noisy local double, the threshold sweep, the Pareto front, the plot, the CLI.

The sweep runs the real Agent and cascade on the simulated suite, with the NoisyOracleModel as
the local tier and a detour-aware oracle behind a real OpenAI-compatible server on 127.0.0.1
as the cloud. Error paths run the real entry point in a subprocess (exit codes).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.errors import ConfigurationError
from cascadroid.evaluation.bench import select_tasks
from cascadroid.evaluation.calibrate import Grid, Point, calibrate, choose, dominates, mark_front
from cascadroid.models import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import Calibration, NoisyOracleModel, OracleCourse

GRID = [0.2, 0.6, 0.95]


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cascadroid.cli", "calibrate", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def run_on(template: str, seed: int, accuracy: float, tmp: Path) -> tuple[bool, NoisyOracleModel]:
    task = registry().instance(template, seed)
    phone = SimDevice(seed=seed)
    task.setup_on(phone)
    model = NoisyOracleModel(task, phone, accuracy=accuracy, seed=seed)
    settings = Settings.load(None, data_dir=tmp, agent={"max_steps": 20, "save_screenshots": False})
    with Agent(phone, local=model, memory=False, settings=settings) as agent:
        result = agent.run(task.goal)
    return task.check(phone, result.answer), model


# -- the noisy double -------------------------------------------------------------------------


def test_noisy_double_at_full_accuracy_solves_tasks_and_at_zero_does_not(tmp_path: Path) -> None:
    for template in ("settings_bluetooth", "notes_create"):
        passed, model = run_on(template, 0, 1.0, tmp_path)
        assert passed and model.wrong_answers == 0 and model.course.detours == 0
    passed, model = run_on("notes_create", 0, 0.0, tmp_path)
    assert not passed and model.wrong_answers > 0


def test_course_leads_back_after_wrong_turns(tmp_path: Path) -> None:
    recovered = []
    for seed in range(4):
        passed, model = run_on("contacts_star", seed, 0.7, tmp_path)
        if model.course.detours:
            recovered.append(passed)
    assert recovered and any(recovered)  # some runs took wrong turns and still passed the device check


def test_confidence_is_higher_when_right_but_overlaps() -> None:
    task = registry().instance("contacts_add", 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    model = NoisyOracleModel(task, phone, accuracy=0.5, seed=3, calibration=Calibration(right=0.8, wrong=0.4, noise=0.15))
    right_conf, wrong_conf = [], []
    for _ in range(200):
        before = model.wrong_answers
        response = model.complete(ModelRequest.of("Your role: operator", purpose="operator"))
        (wrong_conf if model.wrong_answers > before else right_conf).append(response.confidence)
        assert response.tier == "local"
    assert sum(right_conf) / len(right_conf) > sum(wrong_conf) / len(wrong_conf) + 0.2
    assert min(right_conf) < max(wrong_conf)  # informative, not a perfect oracle of its own errors


def test_noisy_double_rejects_bad_arguments() -> None:
    task = registry().instance("notes_create", 0)
    phone = SimDevice(seed=0)
    with pytest.raises(ConfigurationError, match="accuracy"):
        NoisyOracleModel(task, phone, accuracy=1.5)
    with pytest.raises(ConfigurationError, match="calibration"):
        Calibration(right=1.2)
    with pytest.raises(ConfigurationError, match="action_log"):
        OracleCourse(task, object())


# -- the course resumes from wherever the phone is ---------------------------------------------


def set_up(template: str, seed: int = 0) -> tuple[object, SimDevice]:
    task = registry().instance(template, seed)
    phone = SimDevice(seed=seed)
    task.setup_on(phone)
    return task, phone


def take(phone: SimDevice, course: OracleCourse) -> dict:
    """The course's next answer, applied on the phone as the agent would; the answer."""
    choice, _ = course.right_choice()
    if choice["action"] not in ("done", "wait"):
        fields = {k: choice[k] for k in ("element", "text", "direction", "app") if choice[k] is not None}
        phone.act({"kind": choice["action"], **fields})
    return choice


def finish(phone: SimDevice, course: OracleCourse, limit: int = 12) -> list[str]:
    answers = [take(phone, course)["action"] for _ in range(limit)]
    return answers[:answers.index("done") + 1] if "done" in answers else answers


def test_course_resumes_on_a_deep_linked_form() -> None:
    task, phone = set_up("calendar_create_event")
    course = OracleCourse(task, phone)
    assert course.steps[0].kind == "open_app"  # the reference opens the app and taps "New event"
    phone.act({"kind": "open_uri", "uri": "content://com.android.calendar/events",
               "action": "android.intent.action.INSERT"})  # the run starts on the new-event form
    first = take(phone, course)
    assert first["action"] == "type" and first["text"] == course.steps[2].text and course.resumes == 1
    assert finish(phone, course)[-1] == "done"
    assert task.check(phone, None) and course.restarts == 0


def test_course_resumes_after_a_wrong_turn_mid_run() -> None:
    task, phone = set_up("mail_mark_unread")
    course = OracleCourse(task, phone)
    assert [take(phone, course)["action"] for _ in range(4)][-1] == "tap"  # up to the opened conversation
    phone.act({"kind": "back"})  # the device's own wrong turn: back to the list
    again = take(phone, course)
    assert again["action"] == "tap" and course.resumes == 1  # the row, opened again (not a further "back")
    assert phone.observe().activity == course.places[4].screen[1]  # where the next step is taken
    assert finish(phone, course)[-1] == "done"
    assert task.check(phone, None) and course.restarts == 0


def test_course_follows_the_steps_the_phone_took_on_its_own() -> None:
    task, phone = set_up("mail_mark_unread")
    course = OracleCourse(task, phone)
    for step in course.steps[:4]:  # the device opens the conversation by itself
        phone.act(step.resolve(phone.observe()))
    assert take(phone, course)["action"] == "tap" and course.position == 4 and task.check(phone, None)

    task, phone = set_up("mail_mark_unread")
    course = OracleCourse(task, phone)
    for step in course.steps[:-1]:  # the device does the whole task and is back on the list
        phone.act(step.resolve(phone.observe()))
    assert task.check(phone, None)
    assert take(phone, course)["action"] == "done"  # not the row again (marking it read would undo the task)
    assert task.check(phone, None)


def test_course_brings_back_the_app_a_wrong_turn_left() -> None:
    task, phone = set_up("mail_mark_unread")
    course = OracleCourse(task, phone)
    for _ in range(4):  # up to the opened conversation
        take(phone, course)
    opened = phone.observe().activity
    phone.act({"kind": "open_app", "app": "Settings"})  # a wrong turn into another app
    assert all(place.screen[0] != phone.foreground for place in course.places if place)
    assert take(phone, course)["app"] == "Mail" and phone.observe().activity == opened  # not "back"
    assert take(phone, course)["action"] == "tap" and finish(phone, course)[-1] == "done"
    assert task.check(phone, None)


def test_course_without_a_fitting_screen_still_undoes_the_wrong_turn() -> None:
    task, phone = set_up("mail_mark_unread")
    course = OracleCourse(task, phone)
    for _ in range(4):  # up to the opened conversation
        take(phone, course)
    reply = next(e for e in phone.observe().elements if e.resource_id.endswith("/reply"))
    phone.act({"kind": "tap", "element": reply.id})  # a wrong turn to a screen the reference never shows
    assert all(place.screen[1] != phone.observe().activity for place in course.places if place)
    assert take(phone, course)["action"] == "back" and course.resumes == 0  # the undo, as before
    assert finish(phone, course)[-1] == "done" and task.check(phone, None)


def test_course_backs_out_of_an_unknown_screen_instead_of_reopening_its_app() -> None:
    task, phone = set_up("mail_mark_unread")
    course = OracleCourse(task, phone)
    phone.act({"kind": "open_app", "app": "Mail"})  # the device opens the app itself...
    compose = next(e for e in phone.observe().elements if "compose" in (e.label or "").lower())
    phone.act({"kind": "tap", "element": compose.id})  # ...and a screen the reference never shows
    assert take(phone, course)["action"] == "back"  # opening Mail again would show the same screen
    assert finish(phone, course)[-1] == "done" and task.check(phone, None)


# -- choosing -------------------------------------------------------------------------------


def point(name: str, successes: int, tokens: int, kind: str = "cascade", mc: float | None = 0.5) -> Point:
    return Point(name=name, kind=kind, min_confidence=mc, max_failure_streak=2, tasks=10, successes=successes,
                 cloud_tokens=tokens, cost_usd=tokens * 1e-7)  # type: ignore[arg-type]


def test_front_is_exactly_the_non_dominated_points() -> None:
    points = [point("local", 5, 0, "always-local", None), point("cloud", 10, 9000, "always-cloud", None),
              point("a", 7, 2000), point("b", 6, 3000), point("c", 10, 4000), point("d", 10, 5000)]
    front = mark_front(points)
    assert [p.name for p in front] == ["local", "a", "c"]
    for p in points:
        assert p.pareto == (not any(dominates(q, p) for q in points if q is not p))


def test_choice_meets_the_target_with_fewest_tokens() -> None:
    points = [point("cloud", 10, 9000, "always-cloud", None), point("a", 7, 2000), point("c", 10, 4000),
              point("e", 9, 3500)]
    best, why = choose(points, target_success=0.9, max_cost=None)
    assert best is not None and best.name == "e" and "fewest cloud tokens" in why
    best, _ = choose(points, target_success=0.95, max_cost=None)
    assert best is not None and best.name == "c"
    best, why = choose(points, target_success=None, max_cost=2000 * 1e-7 / 10)
    assert best is not None and best.name == "a"
    best, why = choose(points, target_success=1.0, max_cost=0.0)
    assert best is None and "no setting" in why


def test_grid_rejects_bad_thresholds() -> None:
    with pytest.raises(ConfigurationError, match="empty"):
        Grid(min_confidence=[])
    with pytest.raises(ConfigurationError, match="outside"):
        Grid(min_confidence=[0.5, 1.2])
    with pytest.raises(ConfigurationError, match="below 1"):
        Grid(min_confidence=[0.5], max_failure_streak=[0])
    assert Grid(min_confidence=[0.6, 0.3], max_failure_streak=[3, 2]).settings() == [
        (0.3, 2), (0.3, 3), (0.6, 2), (0.6, 3)]


# -- the sweep, end to end -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sweep():
    tasks = select_tasks(["contacts_add", "clock_add_alarm", "notes_create"], seeds=[0])
    return calibrate(tasks, Grid(min_confidence=GRID), local="noisy-oracle", cloud="oracle", target_success=0.95)


def test_more_cloud_use_as_min_confidence_rises(sweep) -> None:
    cascades = [sweep.point(f"cascade {mc:g}/2") for mc in GRID]
    tokens = [p.cloud_tokens for p in cascades]
    calls = [p.cloud_calls for p in cascades]
    assert tokens[0] < tokens[-1] and calls[0] < calls[-1]
    assert sweep.point("always-local").cloud_tokens == 0
    assert sweep.point("always-cloud").cloud_tokens > tokens[-1]
    assert all(p.errors == 0 for p in sweep.points)


def test_sweep_front_is_non_dominated_and_choice_meets_target(sweep) -> None:
    front = [p for p in sweep.points if p.pareto]
    assert front
    for p in front:
        assert not any(dominates(q, p) for q in sweep.points if q is not p)
    for p in sweep.points:
        if not p.pareto:
            assert any(dominates(q, p) for q in sweep.points)
    chosen = [p for p in sweep.points if p.chosen]
    assert len(chosen) == 1 and chosen[0].name == sweep.chosen and chosen[0].kind == "cascade"
    cloud = sweep.point("always-cloud")
    assert chosen[0].success_rate >= 0.95 * cloud.success_rate
    cheaper = [p for p in sweep.points if p.kind == "cascade" and p.cloud_tokens < chosen[0].cloud_tokens]
    assert all(p.success_rate < 0.95 * cloud.success_rate for p in cheaper)
    assert "| cascade 0.6/2 |" in sweep.markdown()


def test_plot_is_a_png_of_the_asked_size(sweep, tmp_path: Path) -> None:
    path = sweep.write_png(tmp_path / "plots" / "calibration.png", size=(640, 400))
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (640, 400)
        colours = {c for _, c in image.convert("RGB").getcolors(maxcolors=1 << 16) or []}
    assert (30, 142, 62) in colours  # the front / chosen colour was drawn


# -- the command ---------------------------------------------------------------------------------


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    for args, needle in (
        (["--local", "noisy-oracle", "--cloud", "oracle", "--min-confidence", ""], "grid is empty"),
        (["--local", "noisy-oracle", "--cloud", "oracle", "--min-confidence", "0.2,1.5"], "outside [0, 1]"),
        (["--local", "noisy-oracle", "--min-confidence", "0.5", "--count", "1"], "no cloud tier"),
        (["--local", "noisy-oracle", "--cloud", "oracle", "--target-success", "1.5", "--count", "1"], "target"),
        (["--local", "gpt", "--cloud", "oracle", "--count", "1"], "unknown local tier"),
    ):
        done = cli(*args, cwd=tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert needle in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow  # two full runs of the command in subprocesses
def test_cli_json_and_exit_codes(tmp_path: Path) -> None:
    common = ["--local", "noisy-oracle", "--cloud", "oracle", "--task", "settings_bluetooth",
              "--min-confidence", "0.5", "--json"]
    done = cli(*common, "--plot", "out/cal.png", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["chosen"] == "cascade 0.5/2" and Path(tmp_path, data["plot"]).is_file()
    assert {p["name"] for p in data["points"]} == {"always-local", "always-cloud", "cascade 0.5/2"}
    unreachable = cli(*common, "--max-cost", "0", "--plot", "out/none.png", cwd=tmp_path)
    assert unreachable.returncode == 1, unreachable.stderr  # every cascade spends something
    assert json.loads(unreachable.stdout)["chosen"] is None


def test_calibrate_needs_tasks() -> None:
    with pytest.raises(ConfigurationError, match="no tasks"):
        calibrate([], Grid(min_confidence=[0.5]), local="noisy-oracle", cloud="oracle")
    with pytest.raises(ConfigurationError, match="no cloud tier"):
        calibrate([("notes_create", 0)], Grid(min_confidence=[0.5]), local="noisy-oracle", cloud="")


def test_a_task_said_in_other_words_reaches_the_agent_and_keeps_its_check(tmp_path: Path) -> None:
    from cascadroid.evaluation.calibrate import Calibrator

    said = "Could you switch bluetooth on for me"
    with Calibrator(local="noisy-oracle", cloud="oracle", max_steps=8, data_dir=tmp_path) as calibrator:
        row = calibrator.run_task(Point(name="always-cloud", kind="always-cloud"), "settings_bluetooth", 0, said)
        bodies = [r.body.decode() for r in calibrator._oracle_cloud.server.requests]
    asked = [body for body in bodies if "Task:" in body]
    assert row["success"] and row["cloud_calls"] >= 1 and asked
    assert all(said in body for body in asked)  # the check stayed the template's: Bluetooth is on
