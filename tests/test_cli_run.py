"""`cascadroid run/resume/demo`: user errors exit 2 with a message and no traceback."""

import subprocess
import sys

import pytest


def cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "cascadroid.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.mark.parametrize("args, message", [
    (["run", "Turn Wi-Fi off", "--device", "nokia"], "unknown device 'nokia'"),
    (["resume", "no-such-run"], "no checkpoint for run 'no-such-run'"),
    (["demo", "--task", "settings_wifii"], "settings_wifi"),
    (["run", "   "], "the task is empty"),
])
def test_user_errors_exit_2_without_a_traceback(tmp_path, args, message):
    out = cli(*args, "--data-dir", str(tmp_path), cwd=tmp_path)
    assert out.returncode == 2, out.stderr
    assert message in out.stderr and "Traceback" not in out.stderr


def test_an_unknown_option_is_a_usage_error(tmp_path):
    out = cli("run", "x", "--bogus", cwd=tmp_path)
    assert out.returncode == 2 and "No such option" in out.stderr
