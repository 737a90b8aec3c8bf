"""Exactly-once actions across a crash: SIGKILL inside the act node, then resume by run id."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cascadroid.device.sim.server import RemoteSimDevice, serve_sim

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import crash_worker  # noqa: E402


@pytest.mark.slow
@pytest.mark.parametrize("kill_at, dedup", [(2, True), (4, True), (3, False)])
def test_killed_run_resumes_without_repeating_or_losing_an_action(tmp_path, kill_at, dedup):
    """dedup: the phone applies a key once (sim server); otherwise the agent compares screens (real phone)."""
    with serve_sim(seed=3) as url:
        proc = subprocess.run(
            [sys.executable, str(HERE / "crash_worker.py"), url, str(tmp_path), "crashrun", str(kill_at)],
            capture_output=True, text=True, timeout=120,
        )
        assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
        phone = RemoteSimDevice(url)
        applied_before = [e for e in phone.action_log() if e["applied"]]
        assert len(applied_before) == kill_at + 1  # the killed step had landed on the phone

        device = crash_worker.KillAfterAct(phone, kill_at=-1, dedup=dedup)
        agent = crash_worker.make_agent(device, str(tmp_path))
        result = agent.resume("crashrun")

        assert result.status == "succeeded", result.stop_reason
        log = phone.action_log()
        applied = [e["key"] for e in log if e["applied"]]
        assert applied == [f"crashrun:{i}" for i in range(len(crash_worker.STEPS))]  # none twice, none lost
        resent = [e for e in log if not e["applied"] and e["key"] == f"crashrun:{kill_at}"]
        assert len(resent) == (1 if dedup else 0)  # without dedup the agent saw the screen had changed
        assert [s.index for s in result.steps] == list(range(len(crash_worker.STEPS)))
        settings = phone.export_state()["apps"]["settings"]
        assert settings["wifi"] is False and settings["airplane_mode"] is True
        assert phone.observe().package == "com.google.android.deskclock"
