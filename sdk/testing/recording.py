"""A recording cloud: an OpenAI-compatible server on 127.0.0.1 that keeps every byte it receives.

It answers chat completions from a ``responder(request_json) -> str`` (fast tests), or
forwards them to a real ``upstream`` server such as ``serve_llama()`` (end-to-end tests).
``raw`` holds the bytes exactly as they came off the socket (request lines, headers,
bodies), so a privacy test can check that not one secret byte left the device::

    with RecordingServer(responder=lambda req: "ok") as cloud:
        model = OpenAICompatibleModel(base_url=cloud.url, model="stand-in")
        ...
        assert b"4111 1111 1111 1111" not in cloud.raw

``close()`` takes the server down (connections are then refused), as a real outage would.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ..errors import ConfigurationError
from .servers import LOCALHOST, BackgroundServer, RecordedRequest

ChatResponder = Callable[[dict[str, Any]], str]
_FORWARDED_HEADERS = ("authorization", "content-type", "accept")


class _Tee:
    """A read-only file wrapper that copies every byte read into ``sink``."""

    def __init__(self, raw: Any, sink: Callable[[bytes], None]) -> None:
        self._raw = raw
        self._sink = sink

    def read(self, *args: Any) -> bytes:
        data = self._raw.read(*args)
        self._sink(data)
        return data

    def readline(self, *args: Any) -> bytes:
        data = self._raw.readline(*args)
        self._sink(data)
        return data

    def close(self) -> None:
        self._raw.close()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.rfile = _Tee(self.rfile, self.server.owner._keep)  # type: ignore[assignment]

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def _handle(self) -> None:
        status, payload = self.server.owner._answer(RecordedRequest.read(self))
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, owner: RecordingServer) -> None:
        super().__init__((LOCALHOST, 0), _Handler)
        self.owner = owner


class RecordingServer(BackgroundServer):
    """An OpenAI-compatible endpoint on 127.0.0.1 that records everything sent to it.

    Give exactly one of ``responder`` (a function of the request JSON returning the
    assistant's text) or ``upstream`` (a base URL such as ``http://127.0.0.1:8080/v1`` to
    forward to). ``model`` names the model in generated answers.
    """

    def __init__(
        self,
        responder: ChatResponder | None = None,
        *,
        upstream: str | None = None,
        model: str = "recording",
        upstream_timeout_s: float = 300.0,
    ) -> None:
        if (responder is None) == (upstream is None):
            raise ConfigurationError(
                "RecordingServer needs exactly one of responder=... or upstream=...",
                hint="answer from a function, or forward to a real server's base URL",
            )
        self.responder = responder
        self.upstream = upstream.rstrip("/") if upstream else None
        self.model = model
        self.upstream_timeout_s = upstream_timeout_s
        self._lock = threading.Lock()
        self._raw = bytearray()
        self._requests: list[RecordedRequest] = []
        super().__init__(_Server(self), "recording-http")

    @property
    def url(self) -> str:
        return f"http://{LOCALHOST}:{self.port}/v1"

    @property
    def raw(self) -> bytes:
        """Every byte received so far, in arrival order."""
        with self._lock:
            return bytes(self._raw)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def chat_calls(self) -> int:
        return sum(1 for r in self.requests if r.path.endswith("/chat/completions"))

    def received(self, needle: str | bytes) -> bool:
        """True when ``needle`` occurs anywhere in the received bytes."""
        return (needle.encode() if isinstance(needle, str) else needle) in self.raw

    def _keep(self, data: bytes) -> None:
        with self._lock:
            self._raw += data

    def _answer(self, request: RecordedRequest) -> tuple[int, bytes]:
        with self._lock:
            self._requests.append(request)
        if self.upstream is not None:
            return self._forward(request)
        if request.path.endswith("/models"):
            return 200, json.dumps({"object": "list", "data": [{"id": self.model, "object": "model"}]}).encode()
        if not request.path.endswith("/chat/completions"):
            return 404, json.dumps({"error": {"message": f"no route {request.path}"}}).encode()
        try:
            payload = request.json()
            content = self.responder(payload) if self.responder is not None else ""
        except Exception as exc:  # noqa: BLE001 - a responder bug becomes an HTTP 500 the client sees
            return 500, json.dumps({"error": {"message": f"responder failed: {exc!r}"}}).encode()
        prompt = sum(len(str(m.get("content", ""))) for m in payload.get("messages", []))
        usage = {"prompt_tokens": prompt // 4 + 1, "completion_tokens": len(content) // 4 + 1}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        completion = {
            "id": f"chatcmpl-rec-{len(self._requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": payload.get("model", self.model),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": usage,
        }
        return 200, json.dumps(completion).encode()

    def _forward(self, request: RecordedRequest) -> tuple[int, bytes]:
        path = request.path[len("/v1") :] if request.path.startswith("/v1") else request.path
        headers = {k: v for k, v in request.headers.items() if k in _FORWARDED_HEADERS}
        outgoing = urllib.request.Request(
            f"{self.upstream}{path}", data=request.body or None, headers=headers, method=request.method
        )
        try:
            with urllib.request.urlopen(outgoing, timeout=self.upstream_timeout_s) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()
        except (urllib.error.URLError, OSError) as exc:
            return 502, json.dumps({"error": {"message": f"upstream {self.upstream} unreachable: {exc}"}}).encode()


__all__ = ["ChatResponder", "RecordingServer"]
