"""Real servers on 127.0.0.1 for tests: a llama.cpp OpenAI-compatible server, and a scripted one.

``serve_llama()`` starts ``python -m llama_cpp.server`` on a free port and yields its base URL;
``scripted_http_server(steps)`` answers requests from a script (429, 500, a hang, a body that
is not JSON, a chat completion...) and records what it was sent::

    with scripted_http_server([error(429), chat_completion('{"ok": true}')]) as server:
        model = OpenAICompatibleModel(base_url=server.url, retry_backoff_s=0.01)
        model.complete(ModelRequest.of("hi"))
        assert len(server.requests) == 2
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any, Self

from ..errors import ConfigurationError, ModelConnectionError

LOCALHOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOCALHOST, 0))
        return int(sock.getsockname()[1])


class BackgroundServer:
    """A socket server answering on a daemon thread until :meth:`close` (safe to call twice); a context manager."""

    def __init__(self, server: socketserver.BaseServer, name: str) -> None:
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name,
                                        daemon=True)
        self._thread.start()
        self.closed = False

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def close(self) -> None:
        """Stop answering; later connections are refused."""
        if self.closed:
            return
        self.closed = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- the scripted server ------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptedReply:
    """One scripted answer: wait ``delay_s`` (a hang when longer than the client's timeout), then reply."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    delay_s: float = 0.0


def respond(status: int, body: Any = None, *, headers: dict[str, str] | None = None) -> ScriptedReply:
    """Answer ``status`` with ``body`` (JSON-encoded unless bytes or str)."""
    if isinstance(body, bytes):
        raw = body
    elif isinstance(body, str):
        raw = body.encode()
    else:
        raw = json.dumps(body if body is not None else {}).encode()
    merged = {"Content-Type": "application/json", **(headers or {})}
    return ScriptedReply(status=status, body=raw, headers=tuple(merged.items()))


def error(status: int, message: str | None = None, *, headers: dict[str, str] | None = None) -> ScriptedReply:
    """An OpenAI-style error answer."""
    text = message or f"scripted HTTP {status}"
    return respond(status, {"error": {"message": text, "type": "scripted_error", "code": status}}, headers=headers)


def hang(seconds: float = 30.0) -> ScriptedReply:
    """Say nothing for ``seconds`` (longer than the client's timeout), then answer 504."""
    return ScriptedReply(status=504, body=b'{"error": {"message": "late"}}', delay_s=seconds)


def malformed(body: bytes = b'{"id": "chatcmpl-1", "choices": [{"mess') -> ScriptedReply:
    """A 200 whose body is cut-off JSON."""
    return ScriptedReply(status=200, body=body)


def chat_completion(
    content: str, *, model: str = "scripted", prompt_tokens: int = 10, completion_tokens: int = 5
) -> ScriptedReply:
    """A valid OpenAI chat completion whose message is ``content``."""
    return respond(
        200,
        {
            "id": "chatcmpl-scripted",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        },
    )


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @classmethod
    def read(cls, handler: BaseHTTPRequestHandler) -> RecordedRequest:
        """The request ``handler`` answers: method, path, headers (names lower-cased) and the whole body."""
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        return cls(handler.command, handler.path, {k.lower(): v for k, v in handler.headers.items()}, body)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class _Script:
    steps: deque[ScriptedReply]
    then: ScriptedReply
    requests: list[RecordedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    closing: threading.Event = field(default_factory=threading.Event)

    def next_step(self, request: RecordedRequest) -> ScriptedReply:
        with self.lock:
            self.requests.append(request)
            return self.steps.popleft() if self.steps else self.then


class _Handler(BaseHTTPRequestHandler):
    server: _ScriptedServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer()

    def do_POST(self) -> None:  # noqa: N802
        self._answer()

    def _answer(self) -> None:
        script = self.server.script
        step = script.next_step(RecordedRequest.read(self))
        if step.delay_s and script.closing.wait(step.delay_s):
            return  # shutting down: drop the connection
        try:
            self.send_response(step.status)
            for name, value in step.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(step.body)))
            self.end_headers()
            self.wfile.write(step.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. it timed out); that is what a hang tests

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass


class _ScriptedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, script: _Script) -> None:
        super().__init__((LOCALHOST, 0), _Handler)
        self.script = script


class ScriptedHTTPServer(BackgroundServer):
    """An HTTP server on 127.0.0.1 answering each request with the next scripted :class:`ScriptedReply`.

    When the script is used up it answers ``then`` (default: HTTP 500 saying so).
    ``url`` is the OpenAI-style base URL (``http://127.0.0.1:PORT/v1``); ``requests`` records
    every request in order.
    """

    def __init__(self, steps: Iterable[ScriptedReply], *, then: ScriptedReply | None = None) -> None:
        self._script = _Script(deque(steps), then or error(500, "the scripted server's script is used up"))
        super().__init__(_ScriptedServer(self._script), "scripted-http")

    @property
    def url(self) -> str:
        return f"http://{LOCALHOST}:{self.port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._script.lock:
            return list(self._script.requests)

    def push(self, *steps: ScriptedReply) -> None:
        """Append steps to the script."""
        with self._script.lock:
            self._script.steps.extend(steps)

    def close(self) -> None:
        self._script.closing.set()
        super().close()


@contextlib.contextmanager
def scripted_http_server(steps: Iterable[ScriptedReply] = (), *, then: ScriptedReply | None = None) -> Iterator[ScriptedHTTPServer]:
    """A :class:`ScriptedHTTPServer` for the duration of a ``with`` block."""
    server = ScriptedHTTPServer(steps, then=then)
    try:
        yield server
    finally:
        server.close()


# --- a real llama.cpp server -----------------------------------------------------------------


@contextlib.contextmanager
def serve_llama(
    model_path: str | Path | None = None,
    *,
    port: int | None = None,
    n_ctx: int = 2048,
    n_threads: int | None = None,
    api_key: str | None = None,
    startup_timeout_s: float = 120.0,
) -> Iterator[str]:
    """Run ``python -m llama_cpp.server`` on 127.0.0.1; yield its base URL (``.../v1``).

    The server is stopped when the block ends. With ``api_key`` it refuses other keys (HTTP 401).
    """
    from ..models.local import check_gguf, default_model_path

    path = check_gguf(Path(model_path) if model_path is not None else default_model_path())
    _require_server_extra()
    port = port or free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(path), "--host", LOCALHOST, "--port", str(port),
        "--n_ctx", str(n_ctx), "--n_threads", str(n_threads or os.cpu_count() or 1),
    ]  # fmt: skip
    if api_key:
        command += ["--api_key", api_key]
    url = f"http://{LOCALHOST}:{port}/v1"
    with tempfile.TemporaryFile() as log:
        env = {"OMP_WAIT_POLICY": "PASSIVE", **os.environ}  # see cascadroid.models.local._load
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
        try:
            _wait_until_ready(url, process, log, startup_timeout_s, api_key)
            yield url
        finally:
            stop_process(process)


def _require_server_extra() -> None:
    import importlib.util

    missing = [name for name in ("uvicorn", "fastapi", "sse_starlette", "starlette_context") if not importlib.util.find_spec(name)]
    if missing:
        raise ConfigurationError(
            f"python -m llama_cpp.server needs {', '.join(missing)}, which are not installed",
            hint="pip install 'llama-cpp-python[server]'",
        )


def _wait_until_ready(url: str, process: subprocess.Popen[bytes], log: IO[bytes], timeout_s: float, api_key: str | None) -> None:
    deadline = time.monotonic() + timeout_s
    request = urllib.request.Request(f"{url}/models", headers={"Authorization": f"Bearer {api_key}"} if api_key else {})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ModelConnectionError(
                f"llama.cpp server on {url} exited with code {process.returncode} before answering: {_tail(log)}",
                hint="read the server output above; is the model file valid and the port free?",
            )
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.2)
    stop_process(process)
    raise ModelConnectionError(
        f"llama.cpp server on {url} did not answer /v1/models within {timeout_s:g}s: {_tail(log)}",
        hint="the machine may be overloaded; raise startup_timeout_s",
    )


def stop_process(process: subprocess.Popen[Any]) -> None:
    """Terminate a server process (kill it if it does not exit within 10 s)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _tail(log: IO[bytes], limit: int = 2000) -> str:
    log.flush()
    log.seek(0)
    text = log.read().decode("utf-8", "replace").strip()
    return (text[-limit:] if text else "(no output)")


__all__ = [
    "BackgroundServer",
    "RecordedRequest",
    "ScriptedHTTPServer",
    "ScriptedReply",
    "chat_completion",
    "error",
    "free_port",
    "hang",
    "malformed",
    "respond",
    "scripted_http_server",
    "serve_llama",
]
