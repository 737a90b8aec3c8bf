"""The server half of :mod:`cascadroid.testing.hostile`: raw answers written on a socket.

A :class:`HostileReply` renders the exact bytes to send (or a :class:`Pause`, or ``RESET``);
:class:`HostileCloudServer` serves each reply of a list at its own base URL on 127.0.0.1 and
counts the requests each one answered.
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .servers import LOCALHOST, BackgroundServer

Responder = Callable[[dict], str]


@dataclass(frozen=True)
class Pause:
    """A stop in the byte stream (a drip or a hang)."""

    seconds: float


RESET = object()  # end the connection with a TCP reset instead of a close


@dataclass(frozen=True)
class HostileReply:
    """One bad answer: ``render(content)`` yields raw response bytes, :class:`Pause` or ``RESET``.

    ``expect`` is a regular expression the client's error message should match.
    """

    name: str
    category: str
    expect: str
    render: Callable[[str], Iterator[object]]


def raw_http(status: int | str, body: bytes = b"", headers: dict[str, str | None] | None = None, *, length: bool = True) -> bytes:
    """A whole HTTP/1.1 answer; ``status`` may be a full custom status line."""
    line = status if isinstance(status, str) else f"HTTP/1.1 {status} Hostile"
    fields = {"Content-Type": "application/json", "Connection": "close", **(headers or {})}
    if length:
        fields.setdefault("Content-Length", str(len(body)))
    head = line + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items() if v is not None) + "\r\n"
    return head.encode("latin-1") + body


# --- the server -----------------------------------------------------------------------------


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        request = _read_request(self.rfile)
        if request is None:
            return
        owner = self.server.owner
        index, body = request
        if not 0 <= index < len(owner.replies):
            self.wfile.write(raw_http(404, b'{"error": {"message": "no such hostile reply"}}'))
            return
        reply = owner.replies[index]
        try:
            content = owner.responder(json.loads(body)) if body else ""
        except ValueError:
            content = ""
        owner.count(reply.name)
        for piece in reply.render(content):
            if isinstance(piece, Pause):
                if owner.closing.wait(piece.seconds):
                    return
                continue
            if piece is RESET:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            try:
                self.wfile.write(piece)  # type: ignore[arg-type]
            except OSError:
                return  # the client hung up (it refused the answer): that is the point


def _read_request(rfile: object) -> tuple[int, bytes] | None:
    """(reply index from the path ``/<index>/v1/...``, body) of one request; None if unreadable."""
    try:
        line = rfile.readline(65_536).decode("latin-1")  # type: ignore[attr-defined]
        length = 0
        while True:
            header = rfile.readline(65_536).decode("latin-1")  # type: ignore[attr-defined]
            if header in ("\r\n", "\n", ""):
                break
            name, _, value = header.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        body = rfile.read(length) if length else b""  # type: ignore[attr-defined]
        index = int(line.split()[1].split("/")[1])
    except (OSError, ValueError, IndexError):
        return None
    return index, body


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: HostileCloudServer) -> None:
        super().__init__((LOCALHOST, 0), _Handler)
        self.owner = owner


class HostileCloudServer(BackgroundServer):
    """Serves each reply of ``replies`` at its own base URL on 127.0.0.1 (see :meth:`url_for`)."""

    def __init__(self, replies: list[HostileReply], *, responder: Responder | None = None) -> None:
        self.replies = list(replies)
        self._index = {reply.name: i for i, reply in enumerate(self.replies)}
        if len(self._index) != len(self.replies):
            raise ValueError("hostile reply names must be unique")
        self.responder: Responder = responder or (lambda _request: "ok")
        self.closing = threading.Event()
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        super().__init__(_Server(self), "hostile-http")

    def url_for(self, name: str) -> str:
        """The OpenAI-style base URL (``.../v1``) that answers with reply ``name``."""
        return f"http://{LOCALHOST}:{self.port}/{self._index[name]}/v1"

    def count(self, name: str) -> None:
        with self._lock:
            self._counts[name] = self._counts.get(name, 0) + 1

    def requests_for(self, name: str) -> int:
        """How many requests reply ``name`` has answered."""
        with self._lock:
            return self._counts.get(name, 0)

    def close(self) -> None:
        self.closing.set()
        super().close()


__all__ = ["RESET", "HostileCloudServer", "HostileReply", "Pause", "Responder", "raw_http"]
