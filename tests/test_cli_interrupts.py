"""`cascadroid run/resume` as a user drives them, each a real subprocess: Ctrl-C and SIGTERM mid-run,
resume on the restored simulated phone, a task too long for the model, output to a pipe.

The run is held part-way without sleeping: the model (tests/cli_models.py, loaded with --model)
waits for a gate file from its third action on, so the test reads two progress lines, signals the
process, then creates the gate and resumes.
"""

import json
import os
import queue
import shlex
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from langgraph.checkpoint.sqlite import SqliteSaver

from cascadroid.device.sim import SimDevice

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import cli_models  # noqa: E402

CLI = [sys.executable, "-m", "cascadroid.cli"]
MODEL = ["--model", "cli_models:wifi_oracle"]


def env_for(tmp_path, **extra):
    path = os.pathsep.join(p for p in (str(HERE), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "CASCADROID_TEST_GATE": str(tmp_path / "gate"), "PYTHONFAULTHANDLER": "1",
            **extra}


def cli(*args, env, timeout=120):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=timeout)


def ctrl_c_as_typed():
    """In the child: SIGINT as a terminal delivers it (a CI started as a background job passes it on ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_until_held(tmp_path, env):
    """Start `cascadroid run` and return it once it printed the steps before the gate."""
    proc = subprocess.Popen([*CLI, "run", cli_models.WIFI_TASK.goal, *MODEL, "--data-dir", str(tmp_path / "data")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, preexec_fn=ctrl_c_as_typed)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    printed = []
    while not printed or not printed[-1].startswith(f"step {cli_models.HOLD_FROM_STEP - 1} "):
        try:
            printed.append(lines.get(timeout=120))
        except queue.Empty:
            proc.kill()
            pytest.fail(f"no progress line; stderr: {proc.stderr.read()[-2000:]}")
    return proc, printed, lines


def stop(proc, signum):
    """Signal the run and return its stderr, read while it exits (a full pipe would block its exit)."""
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    proc.send_signal(signum)
    try:
        proc.wait(timeout=120)
    except subprocess.TimeoutExpired:  # dump every thread's stack (PYTHONFAULTHANDLER) to say where it hangs
        proc.send_signal(signal.SIGABRT)
        proc.wait(timeout=30)
        reader.join(timeout=30)
        pytest.fail(f"the run did not exit within 120 s of {signal.Signals(signum).name}; stderr:\n{''.join(err)[-6000:]}")
    reader.join(timeout=120)
    return err[0]


def resume_line(stderr):
    found = [line for line in stderr.splitlines() if line.startswith("resume with: ")]
    assert len(found) == 1, stderr
    return shlex.split(found[0].removeprefix("resume with: "))


def saved_phone(data_dir, run_id):
    """The simulated phone as the run's last checkpoint saved it (read from the checkpoint file)."""
    with sqlite3.connect(data_dir / "checkpoints.db") as conn:
        values = SqliteSaver(conn).get_tuple({"configurable": {"thread_id": run_id}}).checkpoint["channel_values"]
    phone = SimDevice()
    phone.restore(values["device_state"])
    return phone


def test_ctrl_c_marks_the_run_interrupted_prints_the_resume_command_and_resume_finishes_it(tmp_path):
    env = env_for(tmp_path)
    proc, printed, _ = run_until_held(tmp_path, env)
    stderr = stop(proc, signal.SIGINT)

    assert proc.returncode == 130, stderr
    assert [line.split()[:2] for line in printed] == [["step", "0"], ["step", "1"]]
    command = resume_line(stderr)
    run_id = command[2]
    assert command[:3] == ["cascadroid", "resume", run_id] and f"run {run_id}" in stderr and "SIGINT" in stderr
    assert command[3:] == [*MODEL, "--data-dir", str((tmp_path / "data").resolve())]
    assert "Traceback" not in stderr

    shown = json.loads(cli("runs", "show", run_id, "--json", "--data-dir", str(tmp_path / "data"), env=env).stdout)
    assert shown["run"]["status"] == "interrupted" and "SIGINT" in shown["run"]["stop_reason"]
    assert [s["index"] for s in shown["steps"]] == [0, 1]

    (tmp_path / "gate").touch()
    resumed = cli(*command[1:], env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert f"succeeded run {run_id}" in resumed.stdout and "step 2 " in resumed.stdout and "step 0 " not in resumed.stdout

    shown = json.loads(cli("runs", "show", run_id, "--json", "--data-dir", str(tmp_path / "data"), env=env).stdout)
    assert shown["run"]["status"] == "succeeded" and [s["index"] for s in shown["steps"]] == [0, 1, 2, 3]
    # the resumed process acted on the phone as the interrupted one left it: the task is done on it,
    # each action applied once (a fresh phone would have shown the home screen to the third action)
    phone = saved_phone(tmp_path / "data", run_id)
    assert cli_models.WIFI_TASK.check(phone)
    assert [e.key for e in phone.action_log if e.applied] == [f"{run_id}:{i}" for i in range(4)]


def test_sigterm_is_an_interrupt_too_exit_143(tmp_path):
    env = env_for(tmp_path)
    proc, _, _ = run_until_held(tmp_path, env)
    stderr = stop(proc, signal.SIGTERM)
    assert proc.returncode == 143, stderr
    run_id = resume_line(stderr)[2]
    shown = json.loads(cli("runs", "show", run_id, "--json", "--data-dir", str(tmp_path / "data"), env=env).stdout)
    assert shown["run"]["status"] == "interrupted" and "SIGTERM" in shown["run"]["stop_reason"]


def test_a_task_too_long_for_the_model_is_refused_before_any_step(tmp_path):
    env = env_for(tmp_path)
    task = ("Open the notes app and write down every line of this long text. " * 200)[:10_000]
    done = cli("run", task, "--data-dir", str(tmp_path / "data"), env=env)
    assert done.returncode == 2, done.stderr
    assert "error: the task is" in done.stderr and "(10000 characters)" in done.stderr
    assert "hint: shorten the task to about" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""  # no step ran
    listed = cli("runs", "list", "--json", "--data-dir", str(tmp_path / "data"), env=env)
    assert json.loads(listed.stdout) == []


def test_errors_written_to_a_pipe_are_not_wrapped_whatever_the_terminal_width(tmp_path):
    env = env_for(tmp_path, COLUMNS="40")
    missing = tmp_path.joinpath(*["a-rather-long-folder-name"] * 6, "missing.json")
    done = cli("memory", "import", str(missing), "--data-dir", str(tmp_path / "data"), env=env)
    assert done.returncode == 2
    first, hint = done.stderr.splitlines()
    assert first == f"error: the file to import {str(missing)!r} does not exist"
    assert hint.startswith("hint: check the path")

    option = "--no-such-option-" + "x" * 60
    usage = cli("run", "x", option, env=env)  # a usage error typer reports (not a box wrapped to 40 columns)
    assert usage.returncode == 2
    assert any(f"No such option: {option}" in line for line in usage.stderr.splitlines()), usage.stderr


def test_a_model_factory_that_is_not_one_is_a_clear_error(tmp_path):
    env = env_for(tmp_path)
    for spec, message in (("cli_models", "is not 'module:function'"), ("cli_models:nope", "cannot load the model"),
                          ("cli_models:not_a_model", "returned str, not a cascadroid Model")):
        done = cli("run", "Turn Wi-Fi off", "--model", spec, "--data-dir", str(tmp_path / "data"), env=env)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
