"""A hostile OpenAI-compatible server on 127.0.0.1: malformed, oversized and broken answers.

:func:`hostile_replies` builds a catalogue of more than 200 bad answers, generated
systematically: every usage field crossed with every bad value, every bad shape of
``choices``/``message``/``content``, JSON that is not JSON (cut off, NaN, nested 100,000
deep, numbers past the digit limit), wrong content types, every odd HTTP status, gzip and
deflate bombs (300 MB decoded), lying Content-Length, broken chunking, garbage status lines,
resets, and servers that drip or hang. Each :class:`HostileReply` writes raw bytes on the
socket, so nothing an HTTP library would tidy up is tidied.

:class:`HostileCloudServer` serves them all at once, one base URL per reply::

    with HostileCloudServer(hostile_replies()) as server:
        model = OpenAICompatibleModel(base_url=server.url_for("usage.prompt_tokens=-1"))
        model.complete(ModelRequest.of("hi"))  # ModelConnectionError: ... usage.prompt_tokens is -1 ...

``responder(request_json) -> str`` fills the message text of answers that are otherwise
valid, so only the planted defect is wrong.
"""

from __future__ import annotations

import functools
import json
import struct
import zlib
from collections.abc import Callable, Iterator

from .hostile_server import RESET, HostileCloudServer, HostileReply, Pause, raw_http

BOMB_BYTES = 300 * 2**20  # decoded size of the compression bombs
HOLE = "__HOSTILE_HOLE__"


# --- building raw answers ------------------------------------------------------------------


def completion_json(content: str, *, prompt_tokens: int = 20, completion_tokens: int = 10) -> dict:
    """A valid chat completion (as a dict) whose message is ``content``."""
    return {
        "id": "chatcmpl-hostile",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "hostile",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0},
        },
    }


def _with_hole(content: str, path: tuple[str | int, ...], raw: str | None) -> bytes:
    """A valid completion with the value at ``path`` replaced by the raw JSON text ``raw`` (None: removed)."""
    document = completion_json(content)
    parent = document
    for key in path[:-1]:
        parent = parent[key]  # type: ignore[index]
    if raw is None:
        del parent[path[-1]]  # type: ignore[arg-type]
        return json.dumps(document).encode()
    parent[path[-1]] = HOLE  # type: ignore[index]
    return json.dumps(document).replace(json.dumps(HOLE), raw).encode("utf-8", "surrogatepass")


def _ok(body: bytes, headers: dict[str, str] | None = None) -> Callable[[str], Iterator[object]]:
    return lambda _content: iter([raw_http(200, body, headers)])


def _fixed(*pieces: object) -> Callable[[str], Iterator[object]]:
    return lambda _content: iter(pieces)


def _hole(path: tuple[str | int, ...], raw: str | None) -> Callable[[str], Iterator[object]]:
    return lambda content: iter([raw_http(200, _with_hole(content, path, raw))])


def _valid(content: str) -> bytes:
    return json.dumps(completion_json(content)).encode()


@functools.lru_cache(maxsize=4)
def bomb(kind: str = "gzip", size: int = BOMB_BYTES) -> bytes:
    """A JSON-looking body of ``size`` bytes compressed as ``gzip``, ``zlib`` or ``raw`` deflate (cached).

    Built in a fraction of a second: one 1 MB block is compressed after a full flush, so its
    compressed form can be repeated; the checksum trailer is computed for the whole body.
    """
    wbits = {"gzip": 31, "zlib": 15, "raw": -15}[kind]
    prefix, block = b'{"choices":[{"message":{"content":"', b"A" * 2**20
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    head = packer.compress(prefix) + packer.flush(zlib.Z_FULL_FLUSH)
    packer.compress(block)
    packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every block now
    last = packer.flush(zlib.Z_FINISH)
    blocks = size // len(block)
    if kind == "raw":
        return head + repeated * blocks + last
    crc, adler = zlib.crc32(prefix), zlib.adler32(prefix)
    for _ in range(blocks):
        crc, adler = zlib.crc32(block, crc), zlib.adler32(block, adler)
    if kind == "gzip":
        trailer = struct.pack("<II", crc & 0xFFFFFFFF, (len(prefix) + blocks * len(block)) & 0xFFFFFFFF)
        return head + repeated * blocks + last[:-8] + trailer
    return head + repeated * blocks + last[:-4] + struct.pack(">I", adler & 0xFFFFFFFF)


def _gzip(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


def _compressed(encoding: str, body: Callable[[str], bytes]) -> Callable[[str], Iterator[object]]:
    return lambda content: iter([raw_http(200, body(content), {"Content-Encoding": encoding})])


DEEP_LIST = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 100_000 + "1" + "}" * 100_000
HTML_PAGE = (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
             b"</h1></center><hr><center>nginx</center></body></html>")


# --- the catalogue -------------------------------------------------------------------------

_USAGE_FIELDS = {
    "usage.prompt_tokens": ("usage", "prompt_tokens"),
    "usage.completion_tokens": ("usage", "completion_tokens"),
    "usage.total_tokens": ("usage", "total_tokens"),
    "usage.prompt_tokens_details.cached_tokens": ("usage", "prompt_tokens_details", "cached_tokens"),
}
_BAD_COUNTS = [  # raw JSON value, what the error must say ({f}: the field)
    ("-1", "{f} is -1"), ("-2147483648", "{f} is -2147483648"), ("100000001", "{f} is 100000001"),
    ("9223372036854775808", "{f} is an integer of 64 bits"), ("18446744073709551616", "{f} is an integer of 65 bits"),
    ("-18446744073709551616", "{f} is a negative integer of 65 bits"), ("1" + "0" * 300, "{f} is an integer of"),
    ("1.5", "{f} is 1.5"), ("10.0", "{f} is 10.0"), ("-0.0", "{f} is -0.0"), ("1e308", "{f} is 1e\\+308"),
    ("1e999", "{f} is inf"), ('"10"', "{f} is a string"), ('"-5"', "{f} is a string"), ("true", "{f} is a boolean"),
    ("false", "{f} is a boolean"), ("[]", "{f} is a list"), ("[10]", "{f} is a list"), ("{}", "{f} is an object"),
    ("NaN", "holds NaN"), ("Infinity", "holds Infinity"), ("-Infinity", "holds -Infinity"),
    ("1" * 5000, "not JSON"), (DEEP_LIST, "nested too deeply"),
]  # fmt: skip
_BAD_CONTENT = [
    ("null", "content is null"), ("1", "content is a number"), ("1.5", "content is a number"), ("true", "content is a boolean"),
    ("[]", "content is a list"), ("{}", "content is an object"), ('[{"type": "text", "text": "hi"}]', "content is a list"),
    ('"\\ud800"', "lone UTF-16 surrogate"), ('"ok \\udfff ok"', "lone UTF-16 surrogate"), (DEEP_LIST, "nested too deeply"),
    ("NaN", "holds NaN"),
]  # fmt: skip
_BAD_MESSAGE = [
    ("null", "message is null"), ('"hi"', "message is a string"), ("1", "message is a number"), ("[]", "message is a list"),
    ("true", "message is a boolean"), ("{}", "content is null"), ('{"role": "assistant"}', "content is null"),
    ('{"role": "assistant", "content": null, "refusal": "I cannot help with that"}', "model refused"),
    ('{"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", '
     '"function": {"name": "tap", "arguments": "{}"}}]}', "tool calls"),
]  # fmt: skip
_BAD_CHOICES = [
    (None, "choices are missing"), ("null", "choices are missing"), ("[]", "choices are empty"),
    ("{}", "choices are an object"), ('"x"', "choices are a string"), ("1", "choices are a number"),
    ("true", "choices are a boolean"), ("[null]", "message is null"), ("[1]", "message is null"), ('["x"]', "message is null"),
    ("[[]]", "message is null"), ("[{}]", "message is null"), ('[{"message": {"content": "x"}, "index": 0}] ]', "not JSON"),
    (DEEP_OBJECT, "nested too deeply"),
]  # fmt: skip
_BAD_DOCUMENTS = [
    ("null", "null in JSON"), ("true", "a boolean in JSON"), ("false", "a boolean in JSON"), ("0", "a number in JSON"),
    ("-1", "a number in JSON"), ("3.14", "a number in JSON"), ("1e999", "a number in JSON"), ('"text"', "a string in JSON"),
    ("[]", "a list in JSON"), ('[{"choices": []}]', "a list in JSON"), ("[" * 900 + "]" * 900, "a list in JSON"),
    (DEEP_LIST, "nested too deeply"), (DEEP_OBJECT, "nested too deeply"), ("NaN", "holds NaN"), ("-Infinity", "holds -Infinity"),
    ('{"error": {"message": "The server is overloaded"}}', "answered with an error: 'The server is overloaded'"),
    ('{"error": "quota exceeded"}', "answered with an error: 'quota exceeded'"),
    ('{"error": {"message": 5}}', "answered with an error: \\(no message\\)"),
    ('{"error": {"code": 500}}', "answered with an error"), ('{"detail": "Not Found"}', "choices are missing"),
    ('{"object": "chat.completion"}', "choices are missing"), ("{}", "choices are missing"),
]  # fmt: skip
_NOT_JSON = [
    (b"", "body is empty"), (b"   \r\n\t ", "body is empty"), (b"OK", "not JSON"), (HTML_PAGE, "not JSON"),
    (b'<?xml version="1.0"?><completion/>', "not JSON"), (b"{'choices': []}", "not JSON"), (b"// hi\n{}", "not JSON"),
    (b'callback({"choices": []})', "not JSON"), (b"\x00" * 64, "not JSON"), (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    ('{"choices": []}'.encode("utf-16"), "not UTF-8"), (b'{"a": "\xc3\x28"}', "not UTF-8"), (b"{}{}", "not JSON"),
    (b'{"choices": [] } trailing', "not JSON"), (b"\xef\xbb\xbf\xef\xbb\xbf{}", "not JSON"),
]  # fmt: skip
_CONTENT_TYPES = ["text/html", "text/plain", "text/event-stream", "application/xml", "application/octet-stream",
                  "image/png", "multipart/form-data; boundary=x", "json", "application/jsonp", "application/x-ndjson"]
_STATUSES = [300, 301, 302, 303, 304, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 413, 414,
             415, 418, 421, 422, 425, 426, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 508, 511, 520, 599, 600, 999]


def hostile_replies() -> list[HostileReply]:
    """The whole catalogue (deterministic; names are unique)."""
    replies: list[HostileReply] = []
    add = replies.append
    for field, path in _USAGE_FIELDS.items():
        for raw, expect in _BAD_COUNTS:
            add(HostileReply(f"{field}={_label(raw)}", "usage", expect.replace("{f}", field), _hole(path, raw)))
    for raw, expect in [("[]", "usage is a list"), ('"lots"', "usage is a string"), ("7", "usage is a number"),
                        ("true", "usage is a boolean")]:
        add(HostileReply(f"usage={raw}", "usage", expect, _hole(("usage",), raw)))
    add(HostileReply("usage.prompt_tokens_details=[]", "usage", "prompt_tokens_details is a list",
                     _hole(("usage", "prompt_tokens_details"), "[]")))
    for raw, expect in _BAD_CONTENT:
        add(HostileReply(f"content={_label(raw)}", "content", expect, _hole(("choices", 0, "message", "content"), raw)))
    for raw, expect in _BAD_MESSAGE:
        add(HostileReply(f"message={_label(raw)}", "message", expect, _hole(("choices", 0, "message"), raw)))
    for raw, expect in _BAD_CHOICES:
        add(HostileReply(f"choices={_label(raw)}", "choices", expect, _hole(("choices",), raw)))
    for raw, expect in _BAD_DOCUMENTS:
        add(HostileReply(f"document={_label(raw)}", "document", expect, _ok(raw.encode())))
    for body, expect in _NOT_JSON:
        add(HostileReply(f"body={_label(repr(body)[2:-1])}", "not-json", expect, _ok(body)))
    for cut in (1, 2, 10, 25, 50, 75, 90, 99):
        add(HostileReply(f"body=valid cut at {cut}%", "not-json", "not JSON",
                         lambda content, cut=cut: iter([raw_http(200, _valid(content)[: len(_valid(content)) * cut // 100])])))
    for media in _CONTENT_TYPES:
        add(HostileReply(f"content-type={media}", "content-type", "Content-Type",
                         lambda content, media=media: iter([raw_http(200, _valid(content), {"Content-Type": media})])))
    add(HostileReply("content-type=event-stream body", "content-type", "Content-Type", lambda content: iter([raw_http(
        200, b"data: " + _valid(content) + b"\n\ndata: [DONE]\n\n", {"Content-Type": "text/event-stream"})])))
    replies += _status_replies() + _encoding_replies() + _size_replies() + _transport_replies()
    return replies


def _status_replies() -> list[HostileReply]:
    replies = [HostileReply(f"status={status}", "status", f"HTTP {status}",
                            _fixed(raw_http(status, HTML_PAGE, {"Content-Type": "text/html", "Location": "http://127.0.0.1:9/x"})))
               for status in _STATUSES]  # fmt: skip
    replies += [
        HostileReply("status=202 html", "status", "Content-Type", _fixed(raw_http(202, HTML_PAGE, {"Content-Type": "text/html"}))),
        HostileReply("status=204", "status", "body is empty", _fixed(raw_http(204, b"", {"Content-Type": None}))),
        HostileReply("status=206 partial", "status", "not JSON", lambda c: iter([raw_http(206, _valid(c)[:40])])),
    ]
    for value in ("1e9", "NaN", "-5", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999"):
        replies.append(HostileReply(f"status=429 retry-after {value}", "status", "HTTP 429",
                                    _fixed(raw_http(429, b'{"error": {"message": "slow down"}}', {"Retry-After": value}))))
    return replies


def _encoding_replies() -> list[HostileReply]:
    def bad_crc(content: str) -> bytes:
        packed = bytearray(_gzip(_valid(content)))
        packed[-8:-4] = struct.pack("<I", zlib.crc32(b"other") & 0xFFFFFFFF)
        return bytes(packed)

    def flipped(content: str) -> bytes:
        packed = bytearray(_gzip(_valid(content) * 20))
        packed[len(packed) // 2 : len(packed) // 2 + 8] = b"\xff" * 8
        return bytes(packed)

    members = _gzip(b" " * 2**20) * 6
    five_mb = _gzip(_valid("x" * 5_000_000))
    gz, zl, raw = bomb("gzip"), bomb("zlib"), bomb("raw")
    return [
        HostileReply("gzip bomb 300MB", "encoding", "larger than", _fixed(raw_http(200, gz, {"Content-Encoding": "gzip"}))),
        HostileReply("deflate bomb 300MB", "encoding", "larger than", _fixed(raw_http(200, zl, {"Content-Encoding": "deflate"}))),
        HostileReply("raw deflate bomb 300MB", "encoding", "larger than", _fixed(raw_http(200, raw, {"Content-Encoding": "deflate"}))),
        HostileReply("gzip bomb chunked", "encoding", "larger than", lambda _c: _chunked(gz, {"Content-Encoding": "gzip"})),
        HostileReply("gzip members 6x1MB", "encoding", "larger than", _fixed(raw_http(200, members, {"Content-Encoding": "gzip"}))),
        HostileReply("gzip of 5MB answer", "encoding", "larger than", _fixed(raw_http(200, five_mb, {"Content-Encoding": "gzip"}))),
        HostileReply("gzip cut off", "encoding", "cut off", _compressed("gzip", lambda c: _gzip(_valid(c))[:-12])),
        HostileReply("gzip bad crc", "encoding", "does not decode", _compressed("gzip", bad_crc)),
        HostileReply("gzip corrupted middle", "encoding", "does not decode|not JSON|not UTF-8", _compressed("gzip", flipped)),
        HostileReply("gzip plus junk", "encoding", "does not decode", _compressed("gzip", lambda c: _gzip(_valid(c)) + b"junk!junk!")),
        HostileReply("gzip declared, plain sent", "encoding", "does not decode", _compressed("gzip", _valid)),
        HostileReply("deflate declared, plain sent", "encoding", "does not decode|cut off|not JSON|not UTF-8", _compressed("deflate", _valid)),
        *[HostileReply(f"content-encoding={coding}", "encoding", "unsupported Content-Encoding", _compressed(coding, _valid))
          for coding in ("br", "zstd", "compress", "gzip, gzip", "bogus", "gzip, br")],
    ]  # fmt: skip


def _size_replies() -> list[HostileReply]:
    big = b'{"choices": [{"message": {"content": "' + b"A" * 5_000_000 + b'"}}]}'
    return [
        HostileReply("5MB body", "size", "larger than", _fixed(raw_http(200, big))),
        HostileReply("5MB chunked", "size", "larger than", lambda _c: _chunked(big)),
        HostileReply("endless chunked", "size", "larger than", lambda _c: _chunked(None)),
        HostileReply("endless until close", "size", "larger than", lambda _c: _endless()),
        HostileReply("content-length 10^12", "size", "larger than", _fixed(raw_http(200, b"{}", {"Content-Length": str(10**12)}))),
        HostileReply("content-length 10^30", "size", "larger than|bad Content-Length", _fixed(raw_http(200, b"{}", {"Content-Length": str(10**30)}))),
    ]  # fmt: skip


def _transport_replies() -> list[HostileReply]:
    broken = "connection failed"
    slow = "no answer within"
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    return [
        HostileReply("close at once", "transport", broken, _fixed()),
        HostileReply("reset at once", "transport", broken, _fixed(RESET)),
        HostileReply("reset mid-body", "transport", broken, lambda c: iter([raw_http(200, _valid(c))[:-20], RESET])),
        HostileReply("ssh banner", "transport", broken, _fixed(b"SSH-2.0-OpenSSH_9.6\r\n")),
        HostileReply("status not a number", "transport", broken, _fixed(b"HTTP/1.1 abc OK\r\nContent-Length: 0\r\n\r\n")),
        HostileReply("HTTP/2 preface", "transport", broken, _fixed(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")),
        HostileReply("status line only", "transport", broken, _fixed(b"HTTP/1.1 200 OK\r\n")),
        HostileReply("headers never end", "transport", broken, _fixed((head + "X-A: 1\r\n").encode())),
        HostileReply("body shorter than length", "transport", broken, _fixed((head + "Content-Length: 1000\r\n\r\n{}").encode())),
        HostileReply("content-length abc", "transport", broken, _fixed((head + "Content-Length: abc\r\n\r\n{}").encode())),
        HostileReply("content-length -5", "transport", broken, _fixed((head + "Content-Length: -5\r\n\r\n{}").encode())),
        HostileReply("two content-lengths", "transport", broken, _fixed((head + "Content-Length: 2\r\nContent-Length: 9\r\n\r\n{}").encode())),
        HostileReply("bad chunk size", "transport", broken, _fixed((head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n").encode())),
        HostileReply("chunked without end", "transport", broken, _fixed((head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n").encode())),
        HostileReply("transfer-encoding gzip", "transport", broken, _fixed((head + "Transfer-Encoding: gzip\r\n\r\n{}").encode())),
        HostileReply("200KB header", "transport", broken, _fixed((head + "X-Big: " + "a" * 200_000 + "\r\n\r\n").encode())),
        HostileReply("header without colon", "transport", broken, _fixed((head + "Broken header\r\nContent-Length: 2\r\n\r\n{}").encode())),
        HostileReply("NUL in header", "transport", broken, _fixed((head + "X-A: a\x00b\r\nContent-Length: 2\r\n\r\n{}").encode())),
        HostileReply("drip body", "transport", slow, lambda c: _drip(raw_http(200, _valid(c)), 0.05)),
        HostileReply("hang after headers", "transport", slow, _fixed((head + "Content-Length: 50\r\n\r\n").encode(), Pause(30))),
        HostileReply("hang before answering", "transport", slow, _fixed(Pause(30))),
    ]  # fmt: skip


def _chunked(data: bytes | None, headers: dict[str, str] | None = None) -> Iterator[object]:
    """``data`` in 64 KB chunks (None: endless), then the last chunk."""
    yield raw_http(200, b"", {"Transfer-Encoding": "chunked", **(headers or {})}, length=False)
    block = 2**16
    for start in range(0, len(data) if data is not None else 2**40, block):
        piece = data[start : start + block] if data is not None else b" " * block
        yield b"%x\r\n" % len(piece) + piece + b"\r\n"
    yield b"0\r\n\r\n"


def _endless() -> Iterator[object]:
    yield raw_http(200, b"", {"Connection": "close"}, length=False)
    while True:
        yield b"[" * 2**16


def _drip(data: bytes, every_s: float) -> Iterator[object]:
    for index in range(len(data)):
        yield data[index : index + 1]
        yield Pause(every_s)


def _label(raw: str | None) -> str:
    if raw is None:
        return "(missing)"
    return raw if len(raw) <= 40 else f"{raw[:16]}...({len(raw)} chars)"


__all__ = [
    "BOMB_BYTES", "RESET", "HostileCloudServer", "HostileReply", "Pause", "bomb", "completion_json", "hostile_replies",
    "raw_http",
]  # fmt: skip
