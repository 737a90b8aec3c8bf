"""Reading a chat completion off the wire, trusting nothing in it.

The body is read a chunk at a time under a byte cap that counts *decoded* bytes: gzip and
deflate are inflated here, never more than the room left under the cap at once, so a
compression bomb is refused after ``cap`` bytes instead of filling memory. The JSON is then
checked field by field; every way a reply can be malformed becomes a :class:`BadReply`
saying what was wrong (never the value itself when it is big or nested).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import AsyncIterator
from typing import Any

from .base import Usage

MAX_REPORTED_TOKENS = 100_000_000  # per usage field; more is not a real count
_JSON_TYPES = ("application/json", "text/json")
_GZIP = zlib.MAX_WBITS | 16
_ZLIB = zlib.MAX_WBITS
_RAW_DEFLATE = -zlib.MAX_WBITS
_TAGS = re.compile(r"<[^>]{0,200}>")


class BadReply(Exception):
    """The server's answer is unusable; ``retry`` says whether asking again may help."""

    def __init__(self, reason: str, *, retry: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


class _Inflater:
    """Incremental gzip/deflate decoding that never yields more than it is allowed to."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._wbits = _GZIP if encoding in ("gzip", "x-gzip") else _ZLIB
        self._inflate = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``; returns at most ``room + 1`` bytes (more than ``room`` means over the cap)."""
        out = bytearray()
        while data and len(out) <= room:
            try:
                out += self._inflate.decompress(data, room + 1 - len(out))
            except zlib.error as exc:
                if self._wbits == _ZLIB and not self._started:  # "deflate" sent without its zlib header
                    self._wbits, self._inflate = _RAW_DEFLATE, zlib.decompressobj(_RAW_DEFLATE)
                    continue
                raise BadReply(f"the {self.encoding} body does not decode ({exc})") from exc
            self._started = True
            if self._inflate.eof:  # gzip allows several members back to back
                data = self._inflate.unused_data
                if data:
                    self._inflate = zlib.decompressobj(self._wbits)
            else:
                data = self._inflate.unconsumed_tail
        return bytes(out)

    def finish(self) -> None:
        if not self._inflate.eof:
            raise BadReply(f"the {self.encoding} body is cut off before its end")


def _inflater(content_encoding: str) -> _Inflater | None:
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip().lower() not in ("", "identity")]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflater(codings[0])
    raise BadReply(f"unsupported Content-Encoding {_short(content_encoding)}; only gzip or deflate", retry=False)


async def read_capped(chunks: AsyncIterator[bytes], *, content_encoding: str, content_length: str | None, cap: int) -> bytes:
    """The decoded body from raw ``chunks``; BadReply once it passes ``cap`` bytes."""
    inflater = _inflater(content_encoding)
    too_big = BadReply(f"the answer is larger than the {cap:,}-byte limit (max_response_bytes)", retry=False)
    if inflater is None and content_length is not None and content_length.strip().isdigit():
        if int(content_length) > cap:
            raise too_big
    body = bytearray()
    async for chunk in chunks:
        room = cap - len(body)
        body += inflater.feed(chunk, room) if inflater is not None else chunk
        if len(body) > cap:
            raise too_big
    if inflater is not None:
        inflater.finish()
    return bytes(body)


def check_content_type(content_type: str | None) -> None:
    """A chat completion comes as JSON; an HTML page or an event stream is not one."""
    if not content_type:
        return
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in _JSON_TYPES and not media.endswith("+json"):
        raise BadReply(f"the answer has Content-Type {_short(media)}, not application/json")


def parse_json(body: bytes) -> Any:
    """``body`` as JSON (UTF-8); NaN, Infinity, runaway nesting and over-long numbers are refused."""
    if not body.strip():
        raise BadReply("the answer body is empty")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadReply(f"the answer body is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError as exc:
        raise BadReply("the answer's JSON is nested too deeply to read") from exc
    except ValueError as exc:  # JSONDecodeError, and ints past Python's digit limit
        raise BadReply(f"the answer body is not JSON ({_short(str(exc), 120)}); it starts {_short(text, 80)}") from exc


def completion_of(data: Any) -> tuple[str, Usage]:
    """The message text and usage of a parsed chat completion; BadReply for anything else."""
    if not isinstance(data, dict):
        raise BadReply(f"the answer is {_kind(data)} in JSON, not an object")
    if data.get("error"):
        raise BadReply(f"the server answered with an error: {error_message(data)}")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        what = "missing" if choices is None else ("empty" if choices == [] else _kind(choices))
        raise BadReply(f"the answer's choices are {what}; expected a non-empty list")
    message = choices[0].get("message") if isinstance(choices[0], dict) else None
    if not isinstance(message, dict):
        raise BadReply(f"choices[0].message is {_kind(message)}, not an object")
    return _content(message), usage_of(data.get("usage"))


def _content(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        try:
            content.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BadReply("the message text holds a lone UTF-16 surrogate, not valid text") from exc
        return content
    if content is None and isinstance(message.get("refusal"), str):
        raise BadReply(f"the model refused: {_short(message['refusal'], 200)}")
    if content is None and message.get("tool_calls"):
        raise BadReply("the answer holds tool calls, not a text message")
    raise BadReply(f"choices[0].message.content is {_kind(content)}, not a string")


def usage_of(usage: Any) -> Usage:
    """Token counts: whole numbers from 0 to MAX_REPORTED_TOKENS (a missing field counts 0)."""
    if usage is None:
        return Usage()
    if not isinstance(usage, dict):
        raise BadReply(f"usage is {_kind(usage)}, not an object")
    counts = {key: _count(f"usage.{key}", usage.get(key)) for key in ("prompt_tokens", "completion_tokens", "total_tokens")}
    details = usage.get("prompt_tokens_details")
    if details is not None and not isinstance(details, dict):
        raise BadReply(f"usage.prompt_tokens_details is {_kind(details)}, not an object")
    cached = _count("usage.prompt_tokens_details.cached_tokens", (details or {}).get("cached_tokens"))
    return Usage(
        prompt_tokens=counts["prompt_tokens"],
        completion_tokens=counts["completion_tokens"],
        cached_prompt_tokens=min(cached, counts["prompt_tokens"]),
    )


def _count(name: str, value: Any) -> int:
    if value is None:
        return 0
    if type(value) is int and 0 <= value <= MAX_REPORTED_TOKENS:
        return value
    shown = _kind(value) if not isinstance(value, int | float) or isinstance(value, bool) else _number(value)
    raise BadReply(f"{name} is {shown}; expected a whole number of tokens from 0 to {MAX_REPORTED_TOKENS:,}")


def error_message(data: Any) -> str:
    """The human part of an OpenAI-style error object, kept short."""
    error = data.get("error") if isinstance(data, dict) else None
    for candidate in (error.get("message") if isinstance(error, dict) else None, error,
                      data.get("message") if isinstance(data, dict) else None,
                      data.get("detail") if isinstance(data, dict) else None):
        if isinstance(candidate, str) and candidate.strip():
            return _short(candidate, 300)
    return "(no message)"


def error_detail(body: bytes) -> str:
    """What an error answer says: its JSON message, else the start of its text."""
    try:
        return error_message(json.loads(body.decode("utf-8", "replace"), parse_constant=_no_constant))
    except (ValueError, RecursionError, BadReply):
        text = " ".join(_TAGS.sub(" ", body[:2000].decode("utf-8", "replace")).split())  # an HTML page: its words
        return _short(text, 300) if text else "(empty body)"


def _no_constant(name: str) -> Any:
    raise BadReply(f"the answer's JSON holds {name}, which JSON does not allow")


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _number(value: int | float) -> str:
    if isinstance(value, int) and abs(value) >= 10**15:
        return f"{'a negative' if value < 0 else 'an'} integer of {value.bit_length()} bits"
    return repr(value)


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


__all__ = ["MAX_REPORTED_TOKENS", "BadReply", "check_content_type", "completion_of", "error_detail", "parse_json", "read_capped", "usage_of"]


class CappedTransport:
    """An httpx transport that reads every body under ``cap`` decoded bytes before anyone sees it.

    Wraps a real transport; the answer handed on is already decoded (no Content-Encoding), so
    whoever reads it (the ``openai`` client included) holds at most ``cap`` bytes. An answer
    over the cap is a :class:`BadReply`.
    """

    def __init__(self, inner: Any, cap: int) -> None:
        self.inner = inner
        self.cap = cap

    async def handle_async_request(self, request: Any) -> Any:
        import httpx

        response = await self.inner.handle_async_request(request)
        try:
            body = await read_capped(
                _raw_chunks(response.stream),
                content_encoding=response.headers.get("content-encoding", ""),
                content_length=response.headers.get("content-length"),
                cap=self.cap,
            )
        finally:
            await response.aclose()
        headers = [(k, v) for k, v in response.headers.multi_items()
                   if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
        return httpx.Response(response.status_code, headers=headers, content=body, request=request,
                              extensions=response.extensions)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def __aenter__(self) -> CappedTransport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


async def _raw_chunks(stream: Any) -> AsyncIterator[bytes]:
    async for chunk in stream:
        yield chunk
