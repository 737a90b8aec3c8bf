"""The simulated phone as its own process, so it outlives a killed agent (like a real phone).

Run ``python -m cascadroid.device.sim.server --port 8765 --seed 0``; it serves JSON over HTTP on
127.0.0.1 (``--port 0`` picks a free port and prints it). :class:`RemoteSimDevice` is the
client (a Device); :func:`serve_sim` starts and stops a server for tests and scripts.

Endpoints: ``GET /health``, ``GET /observe?screenshot=1``, ``POST /act`` (an action as JSON),
``GET /action-log``, ``GET /apps``, ``GET /contacts``, ``GET /state``, ``POST /state`` (``{"app": .., "state": {..}}``),
``POST /call`` (``{"app": .., "method": .., "args": [..]}``: a public app method, e.g.
``messages.receive``). Errors come back as ``{"error": <class>, "message": .., "hint": ..}``.
The server keeps the action log, so an idempotency key is applied once whichever client
process sends it.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from pydantic import BaseModel, ValidationError

from ... import errors
from ...errors import CascadroidError, DeviceConnectionError, DeviceError, InvalidActionError
from ..types import Action, ActionResult, AppInfo, Observation, validate_action
from ..uiautomator import parse_observation
from .runtime import SimDevice


# -- server -----------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server: SimServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by default
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        url = urlparse(self.path)
        query = parse_qs(url.query)
        routes = {
            "/health": lambda: {"ok": True, "seed": self.server.device.seed, "width": self.server.device.width,
                                "height": self.server.device.height},
            "/observe": lambda: self._observe(query.get("screenshot", ["0"])[0] in ("1", "true")),
            "/action-log": lambda: [e.model_dump(mode="json") for e in self.server.device.action_log],
            "/state": self.server.device.export_state,
            "/apps": lambda: [a.model_dump() for a in self.server.device.installed_apps()],
            "/contacts": self.server.device.contact_names,
        }
        self._route(routes.get(url.path))

    def do_POST(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        routes = {"/act": self._act, "/state": self._load_state, "/call": self._call}
        handler = routes.get(url.path)
        self._route((lambda: handler(self._body())) if handler else None)

    def _route(self, handler: Any) -> None:
        if handler is None:
            self._send(404, {"error": "NotFound", "message": f"no endpoint {self.path}",
                             "hint": "see cascadroid.device.sim.server for the endpoints"})
            return
        try:
            with self.server.lock:
                payload = handler()
        except CascadroidError as exc:
            self._send(400, {"error": type(exc).__name__, "message": exc.message, "hint": exc.hint})
        except (ValidationError, ValueError, KeyError, TypeError) as exc:
            self._send(400, {"error": "InvalidActionError", "message": f"bad request: {exc}",
                             "hint": "send the JSON the client library sends"})
        else:
            self._send(200, payload)

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"null")

    def _send(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _observe(self, screenshot: bool) -> dict[str, Any]:
        obs = self.server.device.observe(screenshot=screenshot)
        return {"xml": obs.xml, "package": obs.package, "activity": obs.activity, "width": obs.width,
                "height": obs.height, "keyboard_shown": obs.keyboard_shown,
                "screenshot": base64.b64encode(obs.screenshot).decode() if obs.screenshot else None}

    def _act(self, body: Any) -> dict[str, Any]:
        return self.server.device.act(validate_action(body)).model_dump()

    def _load_state(self, body: Any) -> dict[str, Any]:
        self.server.device.load_state(body["app"], body["state"])
        return {"ok": True}

    def _call(self, body: Any) -> Any:
        app = self.server.device.app(body["app"])
        method = body["method"]
        func = getattr(app, method, None) if not method.startswith("_") else None
        if not callable(func):
            public = sorted(n for n in dir(app) if not n.startswith("_") and callable(getattr(app, n)))
            raise InvalidActionError(f"app {body['app']!r} has no method {method!r}", hint=f"methods: {public}")
        result = func(*body.get("args", []), **body.get("kwargs", {}))
        return result.model_dump(mode="json") if isinstance(result, BaseModel) else result


class SimServer(ThreadingHTTPServer):
    """An HTTP server around one SimDevice; requests are served one at a time (a lock)."""

    daemon_threads = True

    def __init__(self, device: SimDevice, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.device = device
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m cascadroid.device.sim.server",
                                     description="Serve a simulated Android phone over HTTP on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port (printed on start)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--width", type=int, default=1080)
    parser.add_argument("--height", type=int, default=2400)
    parser.add_argument("--surprises", action="store_true", help="seeded permission dialogs, pop-ups, slow loads")
    args = parser.parse_args(argv)
    device = SimDevice(args.seed, width=args.width, height=args.height, surprises=args.surprises)
    try:
        server = SimServer(device, args.host, args.port)
    except OSError as exc:
        parser.exit(2, f"cannot listen on {args.host}:{args.port} ({exc.strerror}); try --port 0\n")
    print(f"cascadroid sim listening on {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# -- client -----------------------------------------------------------------------------------
class RemoteSimDevice:
    """A Device that talks to a sim server. Observations are parsed here by the shared parser."""

    deduplicates_actions = True  # the server applies an idempotency key once

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        import httpx

        self.url = url.rstrip("/")
        self._httpx = httpx
        self._client = httpx.Client(base_url=self.url, timeout=timeout)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RemoteSimDevice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, *, retry: bool = False, **kwargs: Any) -> Any:
        attempts = 2 if retry else 1
        for attempt in range(attempts):
            try:
                response = self._client.request(method, path, **kwargs)
                break
            except self._httpx.TransportError as exc:
                if attempt + 1 < attempts:
                    time.sleep(0.2)
                    continue
                raise DeviceConnectionError(
                    f"cannot reach the simulated phone at {self.url} ({type(exc).__name__})",
                    hint="start it with `python -m cascadroid.device.sim.server --port N` or use serve_sim()",
                ) from exc
        payload = response.json()
        if response.status_code >= 400:
            cls = getattr(errors, str(payload.get("error")), None)
            if not (isinstance(cls, type) and issubclass(cls, DeviceError)):
                cls = DeviceError
            raise cls(payload.get("message", "the simulated phone refused the request"), hint=payload.get("hint"))
        return payload

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/health", retry=True)

    def observe(self, *, screenshot: bool = False) -> Observation:
        data = self._request("GET", "/observe", params={"screenshot": int(screenshot)}, retry=True)
        shot = base64.b64decode(data["screenshot"]) if data.get("screenshot") else None
        return parse_observation(data["xml"], width=data["width"], height=data["height"], package=data["package"],
                                 activity=data["activity"], screenshot=shot, keyboard_shown=data["keyboard_shown"])

    def act(self, action: Action | dict[str, Any]) -> ActionResult:
        if not isinstance(action, BaseModel):
            action = validate_action(action)
        body = action.model_dump(mode="json")
        # a keyed action is safe to resend: the server applies a key once
        data = self._request("POST", "/act", json=body, retry=action.idempotency_key is not None)
        return ActionResult.model_validate(data)

    def installed_apps(self) -> list[AppInfo]:
        """The simulated phone's home-screen apps (the ListsApps capability)."""
        return [AppInfo.model_validate(a) for a in self._request("GET", "/apps", retry=True)]

    def contact_names(self) -> list[str]:
        """Names in the simulated Contacts app now (the ReadsContacts capability)."""
        return list(self._request("GET", "/contacts", retry=True))

    def action_log(self) -> list[dict[str, Any]]:
        """The server's log: ``{"key", "action", "applied", "message", "error"}`` per act call."""
        return self._request("GET", "/action-log", retry=True)

    def export_state(self) -> dict[str, Any]:
        return self._request("GET", "/state", retry=True)

    def state(self, app: str | None = None) -> dict[str, Any]:
        """App state: ``{"settings": {...}, ...}``, or one app's dict."""
        apps = self.export_state()["apps"]
        if app is None:
            return apps
        if app not in apps:
            raise InvalidActionError(f"there is no app called {app!r} on this phone", hint=f"apps: {sorted(apps)}")
        return apps[app]

    def load_state(self, app: str, data: dict[str, Any]) -> None:
        self._request("POST", "/state", json={"app": app, "state": data})

    def call(self, app: str, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call a public method of an app on the server (e.g. ``call("messages", "receive", n, t)``)."""
        return self._request("POST", "/call", json={"app": app, "method": method, "args": list(args),
                                                     "kwargs": kwargs})


@contextlib.contextmanager
def serve_sim(seed: int = 0, *, width: int = 1080, height: int = 2400, surprises: bool = False,
              start_timeout: float = 30.0) -> Iterator[str]:
    """Start a sim server process on a free port; yields its URL; stops it on exit."""
    cmd = [sys.executable, "-m", "cascadroid.device.sim.server", "--port", "0", "--seed", str(seed),
           "--width", str(width), "--height", str(height)] + (["--surprises"] if surprises else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = _read_url(proc, start_timeout)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def _read_url(proc: subprocess.Popen[str], timeout: float) -> str:
    found: list[str] = []

    def read() -> None:
        line = proc.stdout.readline() if proc.stdout is not None else ""
        if line:
            found.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if not found or "listening on " not in found[0]:
        proc.kill()
        _, err = proc.communicate(timeout=5)
        raise DeviceConnectionError(f"the sim server did not start within {timeout:g} s",
                                    hint=f"its output: {(err or '').strip()[-500:] or 'none'}")
    return found[0].rsplit("listening on ", 1)[1].strip()


__all__ = ["RemoteSimDevice", "SimServer", "main", "serve_sim"]

if __name__ == "__main__":
    main()
