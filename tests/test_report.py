"""The HTML run report: built from a real run on the simulated phone (local + cloud behind the
cascade, both scripted), checked as text and in a real headless Chromium."""

from __future__ import annotations

import re
import time

import pytest

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.errors import RunNotFoundError
from cascadroid.evaluation.report import RunInProgressError, record_check, render_report, write_report
from cascadroid.memory import MemoryStore, RunRecord, StepRecord
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel


def _element(prompt: str, label: str) -> int:
    return int(re.search(r"\[(\d+)\] \w+ \"[^\"]*" + label, prompt).group(1))


def _responder():
    """Manager plans; operator opens Settings, taps the "Network" row (found by label), then done."""
    moves = iter([{"action": "open_app", "app": "Settings", "reason": "Wi-Fi lives in Settings"},
                  "Network", {"action": "done", "answer": "on the network page"}])

    def respond(request):
        if request.purpose == "manager":
            return {"plan": ["open Settings", "open Network"], "subgoal": "open Settings", "done": False}
        if request.purpose == "notetaker":
            return {"notes": []}
        if request.purpose == "reflector":
            return {"outcome": "success", "reason": "ok"}
        move = next(moves)
        if isinstance(move, str):
            return {"action": "tap", "element": _element(request.messages[-1].content, move),
                    "reason": "the network page has Wi-Fi <b>"}
        return move

    return respond


@pytest.fixture
def recorded_run(tmp_path):
    """A finished three-step run (open_app, tap an element, done) with screenshots and decisions."""
    settings = Settings.load(data_dir=tmp_path / "data")
    respond = _responder()
    agent = Agent(SimDevice(seed=1), local=ScriptedModel(responder=respond),
                  cloud=ScriptedModel(responder=respond, name="gpt-4o-mini"), settings=settings)
    result = agent.run("Open the <network> settings")
    agent.close()
    assert result.status == "succeeded" and len(result.steps) == 3
    return agent.memory, result


def test_report_has_header_totals_steps_and_escapes_text(recorded_run):
    store, result = recorded_run
    page = render_report(store, result.run_id)
    assert "Open the &lt;network&gt; settings" in page and "<network>" not in page
    assert "the network page has Wi-Fi &lt;b&gt;" in page
    assert page.count('<article class="step') == 3
    assert re.search(r'data-total="model calls">model calls<b>(\d+)</b>', page).group(1) == str(
        int(result.totals["model_calls"]))
    assert 'class="tier-cloud' in page and 'id="decisions"' in page  # the manager went to the cloud first
    assert "cloud-first" in page  # the router's reason is shown
    assert 'id="final-check" data-passed=""' in page  # no task check was recorded for this run


def test_report_is_self_contained(recorded_run):
    store, result = recorded_run
    page = render_report(store, result.run_id)
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", page)
    assert "@import" not in page and "url(" not in page
    assert page.count('src="data:image/png;base64,') == 3


def test_touched_element_is_outlined_from_its_recorded_bounds(recorded_run):
    store, result = recorded_run
    page = render_report(store, result.run_id)
    targets = [e.payload for e in store.runs.events(result.run_id, kind="target")]
    assert [t["step"] for t in targets] == [1]  # only the tap touched an element
    left, top, right, bottom = targets[0]["bounds"]
    assert right > left and bottom > top
    tap_step = page.split('data-index="1"')[1].split("</article>")[0]
    assert f'data-bounds="{left},{top},{right},{bottom}"' in tap_step
    assert f"left:{100 * left / 1080:.3f}%" in tap_step  # percentages of the 1080x2400 screenshot
    assert 'class="target' not in page.split('data-index="1"')[0]  # open_app touched nothing


def test_final_check_is_shown_when_recorded(recorded_run):
    store, result = recorded_run
    record_check(store, result.run_id, False, "Wi-Fi is still on")
    page = render_report(store, result.run_id)
    assert 'id="final-check" data-passed="false"' in page and "Wi-Fi is still on" in page


def test_unknown_run_raises_run_not_found(tmp_path):
    store = MemoryStore(tmp_path / "c.db")
    with pytest.raises(RunNotFoundError, match="nope"):
        render_report(store, "nope")


def _running_run(store: MemoryStore, screenshot: str | None = None) -> str:
    store.runs.start(RunRecord(run_id="r1", task="Turn off Wi-Fi", status="running", started_at=time.time()))
    store.runs.record_step(StepRecord(run_id="r1", index=0, action={"kind": "tap", "x": 540, "y": 1200},
                                 outcome="success", screenshot_path=screenshot, started_at=time.time()))
    return "r1"


def test_a_running_run_is_refused_unless_partial(tmp_path):
    store = MemoryStore(tmp_path / "c.db")
    run_id = _running_run(store, screenshot=str(tmp_path / "deleted.png"))
    with pytest.raises(RunInProgressError, match="still running") as caught:
        render_report(store, run_id)
    assert "--partial" in caught.value.hint
    page = render_report(store, run_id, partial=True)
    assert 'id="in-progress"' in page and 'data-status="running"' in page
    assert "no screenshot recorded" in page  # the file is gone: a placeholder, not a crash


def test_write_report_leaves_no_partial_file(recorded_run, tmp_path):
    store, result = recorded_run
    out = write_report(store, result.run_id, tmp_path / "out" / "run.html")
    assert out.read_text().startswith("<!doctype html>")
    assert [p.name for p in out.parent.iterdir()] == ["run.html"]


def test_report_in_headless_chromium(recorded_run, tmp_path, headless_chromium):
    store, result = recorded_run
    page = write_report(store, result.run_id, tmp_path / "run.html")
    dom = headless_chromium.dump_dom(page.as_uri())
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert 'data-steps="3"' in body
    assert 'data-images-loaded="3"' in body  # every embedded screenshot decoded
    assert len(re.findall(r'<article class="step [^"]*" data-index="\d+"', dom)) == 3
    assert len(re.findall(r'<div class="target"', dom)) == 1
    shot = headless_chromium.screenshot(page.as_uri(), tmp_path / "report.png")
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (1280, 2000)
        # the outline colour (#e8127c, in no sim palette) is on screen: the box was laid out
        assert (232, 18, 124) in {c for _, c in image.convert("RGB").getcolors(1 << 20)}
    print(f"report screenshot: {shot}")
