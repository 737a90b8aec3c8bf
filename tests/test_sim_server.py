"""The simulated phone in its own process: a real server subprocess and RemoteSimDevice."""

import io
import signal
import socket
import subprocess
import sys
import textwrap
import time

import httpx
import pytest
from PIL import Image

from cascadroid.device import Device, Locator, OpenApp, Tap, TypeText, Wait
from cascadroid.device.sim import RemoteSimDevice, SimDevice, serve_sim
from cascadroid.errors import DeviceConnectionError, InvalidActionError


def _client_script(url: str, body: str) -> list[str]:
    code = textwrap.dedent(f"""
        from cascadroid.device import OpenApp, Wait
        from cascadroid.device.sim import RemoteSimDevice
        phone = RemoteSimDevice({url!r})
    """) + textwrap.dedent(body)
    return [sys.executable, "-c", code]


def test_remote_device_observes_the_same_screen_as_a_local_one(sim_server_url):
    remote = RemoteSimDevice(sim_server_url)
    assert isinstance(remote, Device)
    remote.act(OpenApp(app="Clock"))
    obs = remote.observe()
    local = SimDevice(seed=5)
    local.act(OpenApp(app="Clock"))
    assert obs.package == "com.google.android.deskclock"
    assert [e.label for e in obs.elements] == [e.label for e in local.observe().elements]
    shot = remote.observe(screenshot=True).screenshot
    assert Image.open(io.BytesIO(shot)).size == (1080, 2400)


def test_remote_errors_keep_their_class_and_hint_and_change_nothing(sim_server_url):
    remote = RemoteSimDevice(sim_server_url)
    before = (remote.observe().xml, remote.state())
    with pytest.raises(InvalidActionError, match="element 9999 is not on screen") as caught:
        remote.act(Tap(element=9999))
    assert "use one of the ids" in caught.value.hint
    with pytest.raises(InvalidActionError, match="no app called"):
        remote.act(OpenApp(app="Camera"))
    with pytest.raises(InvalidActionError, match="no text field is focused"):
        remote.act(TypeText(text="x"))
    assert (remote.observe().xml, remote.state()) == before


def test_a_key_is_applied_once_across_clients_and_processes(sim_server_url):
    subprocess.run(_client_script(sim_server_url, """
        assert phone.act(Wait(seconds=2, idempotency_key="proc:1")).applied
    """), check=True, timeout=60)
    first = RemoteSimDevice(sim_server_url)
    assert first.act(Wait(seconds=2, idempotency_key="proc:1")).applied is False
    first.close()
    second = RemoteSimDevice(sim_server_url)  # a reconnect: a fresh client
    assert second.act(Wait(seconds=2, idempotency_key="proc:1")).applied is False
    log = [e for e in second.action_log() if e["key"] == "proc:1"]
    assert [e["applied"] for e in log] == [True, False, False]


def test_the_server_outlives_a_killed_client(sim_server_url):
    proc = subprocess.Popen(_client_script(sim_server_url, """
        import sys
        for i in range(100000):
            phone.act(Wait(seconds=0, idempotency_key=f"busy:{i}"))
            if i == 3:
                print("acting", flush=True)
    """), stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "acting"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    remote = RemoteSimDevice(sim_server_url)
    assert remote.health()["ok"] is True
    applied = [e["key"] for e in remote.action_log() if (e["key"] or "").startswith("busy:") and e["applied"]]
    assert applied == [f"busy:{i}" for i in range(len(applied))] and len(applied) >= 4
    remote.act(OpenApp(app="Settings"))
    assert remote.observe().package == "com.android.settings"


def test_state_can_be_written_read_and_app_methods_called(sim_server_url):
    remote = RemoteSimDevice(sim_server_url)
    settings = remote.state("settings")
    remote.load_state("settings", {**settings, "dark_mode": True})
    assert remote.state("settings")["dark_mode"] is True
    thread = remote.call("messages", "receive", "+1 650-555-0111", "ping from a test")
    assert thread["messages"][-1]["text"] == "ping from a test"
    assert remote.observe().find(Locator(text="ping from a test")) is not None  # heads-up
    with pytest.raises(InvalidActionError, match="has no method '_private'"):
        remote.call("messages", "_private")
    with pytest.raises(InvalidActionError, match="no app called"):
        remote.state("camera")


def test_unknown_endpoints_and_bad_bodies_are_clear_errors(sim_server_url):
    response = httpx.get(f"{sim_server_url}/nope")
    assert response.status_code == 404 and "no endpoint /nope" in response.json()["message"]
    response = httpx.post(f"{sim_server_url}/act", json={"kind": "teleport"})
    assert response.status_code == 400 and response.json()["error"] == "InvalidActionError"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_is_a_connection_error_naming_the_url():
    url = f"http://127.0.0.1:{_free_port()}"
    remote = RemoteSimDevice(url, timeout=2)
    with pytest.raises(DeviceConnectionError, match=url.replace(".", r"\.")):
        remote.observe()
    with pytest.raises(DeviceConnectionError, match="start it with"):
        remote.act(Wait(seconds=0, idempotency_key="k"))


def test_serve_sim_stops_its_server_and_a_busy_port_is_reported():
    with serve_sim(seed=1, width=720, height=1600) as url:
        assert RemoteSimDevice(url).observe().width == 720
        port = int(url.rsplit(":", 1)[1])
        busy = subprocess.run([sys.executable, "-m", "cascadroid.device.sim.server", "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
        assert busy.returncode == 2 and "cannot listen on" in busy.stderr
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/health", timeout=0.5)
        except httpx.TransportError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the server was still answering after serve_sim exited")
