"""The cloud tier: any OpenAI-compatible chat endpoint, spoken to through the ``openai`` client.

Structured output is asked for in the form the server accepts (``settings.structured_output``):

- ``json_schema``: OpenAI's ``response_format={"type": "json_schema", ...}``;
- ``json_object``: ``{"type": "json_object", "schema": {...}}`` (llama.cpp server's form),
  with the schema also stated in the system prompt;
- ``prompt``: the schema in the system prompt only;
- ``auto``: the first of those the server does not reject (remembered for this endpoint).

Whatever the form, the answer is validated by pydantic, with one repair round.
Retries with exponential backoff on 429, 5xx, timeouts, lost connections and malformed
answers; every attempt has a timeout. The server is not trusted: the ``openai`` client's HTTP
transport reads each body under a size cap (decoded bytes, so a gzip bomb is refused early),
the answer is taken raw and every field is checked (:mod:`._wire`), so any bad answer is a
:class:`ModelError` that says what was wrong.
Usage becomes dollars through a :class:`PriceTable`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import math
import time
import weakref
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from ..errors import (
    ConfigurationError,
    ModelAuthError,
    ModelConnectionError,
    ModelError,
    ModelOutputError,
)
from ..settings import CloudModelSettings
from ._endpoint import check_key, check_url, positive
from ._structured import (
    add_usage,
    json_schema_of,
    output_error,
    parse_output,
    prompt_instruction,
    repair_messages,
    with_instruction,
)
from ._wire import BadReply, CappedTransport, check_content_type, completion_of, error_detail, parse_json
from .base import Message, Model, ModelRequest, ModelResponse, Usage
from .pricing import PriceTable

if TYPE_CHECKING:
    import ssl

    import httpx
    import openai

Form = Literal["json_schema", "json_object", "prompt"]
AUTO_FORMS: tuple[Form, ...] = ("json_schema", "json_object", "prompt")
# What a server answers to a request form it does not support (llama.cpp server: 500).
# The last form tried retries 5xx like any request; earlier ones fall through at once.
REFUSED = frozenset({400, 415, 422})
REFUSED_OR_FAILED = REFUSED | {500, 501}
MAX_BACKOFF_S = 30.0
NO_KEY = "no-key"  # sent when no key is set; keyless local servers ignore it

logger = logging.getLogger("cascadroid.models")


class _FormRejected(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status = status
        self.detail = detail


class OpenAICompatibleModel(Model):
    """A chat model behind an OpenAI-compatible HTTP API (tier ``cloud``).

    ``settings`` gives the endpoint, key, model name, timeout, retries, structured-output
    form and response size cap; keyword arguments override it. ``prices`` defaults to :meth:`PriceTable.default`;
    with ``require_price=True`` a model with no price is a :class:`ConfigurationError` here,
    otherwise it costs 0 and :attr:`priced` is False.
    """

    tier = "cloud"

    def __init__(
        self,
        settings: CloudModelSettings | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        model: str | None = None,
        prices: PriceTable | None = None,
        require_price: bool = False,
        timeout_s: float | None = None,
        max_retries: int | None = None,
        retry_backoff_s: float | None = None,
        structured_output: Literal["auto", "json_schema", "json_object", "prompt"] | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        settings = settings or CloudModelSettings()
        self.base_url = check_url(base_url or settings.base_url)
        secret = settings.api_key.get_secret_value() if settings.api_key is not None else None
        self._api_key = check_key(api_key or secret)
        self.model = model or settings.model
        self.name = self.model
        self.timeout_s = positive("timeout_s", timeout_s if timeout_s is not None else settings.timeout_s)
        self.max_response_bytes = int(positive(
            "max_response_bytes", max_response_bytes if max_response_bytes is not None else settings.max_response_bytes
        ))
        self.max_retries = max_retries if max_retries is not None else settings.max_retries
        self.retry_backoff_s = retry_backoff_s if retry_backoff_s is not None else settings.retry_backoff_s
        if self.max_retries < 0 or self.retry_backoff_s < 0:
            raise ConfigurationError(
                f"max_retries={self.max_retries} and retry_backoff_s={self.retry_backoff_s} must be >= 0",
                hint="use 0 to disable retries",
            )
        mode = structured_output or settings.structured_output
        if mode not in ("auto", *AUTO_FORMS):
            raise ConfigurationError(
                f"structured_output={mode!r} is not one of auto, json_schema, json_object, prompt",
                hint="use auto unless you know what the server accepts",
            )
        self.structured_output = mode
        self.accepts_images = settings.accepts_images
        self._forms: tuple[Form, ...] = AUTO_FORMS if mode == "auto" else (mode,)
        self.prices = prices if prices is not None else PriceTable.default()
        self.price = self.prices.require(self.model) if require_price else self.prices.lookup(self.model)
        if self.price is None:
            logger.warning("no price for model %r: its calls are recorded as costing $0", self.model)
        self._client: openai.AsyncOpenAI | None = None
        self._client_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None

    @property
    def priced(self) -> bool:
        """False when the price table has no entry for this model (costs are then reported as 0)."""
        return self.price is not None

    @property
    def structured_form(self) -> Form:
        """The form structured requests use now (``auto`` settles on one after a rejection)."""
        return self._forms[0]

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        start = time.perf_counter()
        if request.output_type is None:
            text, usage = await self._chat(request.messages, request, None)
            return self._response(text, None, usage, start, repairs=0)
        output_type = request.output_type
        text, usage, messages = await self._structured_chat(request, output_type)
        parsed, error = parse_output(text, output_type)
        repairs = 0
        if parsed is None:
            repairs = 1
            retry = repair_messages(messages, text, error, output_type)
            text, more = await self._chat(retry, request, self.structured_form)
            usage = add_usage(usage, more)
            parsed, error = parse_output(text, output_type)
            if parsed is None:
                raise output_error(self.name, output_type, text, error)
        return self._response(text, parsed, usage, start, repairs=repairs)

    async def aclose(self) -> None:
        """Close the HTTP connections of this event loop's client."""
        client, self._client = self._client, None
        if client is not None:
            await client.close()

    def close(self) -> None:
        self._client = None

    async def _structured_chat(
        self, request: ModelRequest, output_type: type[BaseModel]
    ) -> tuple[str, Usage, list[Message]]:
        """Try the structured forms in order; remember the first one the server accepts."""
        rejections: list[str] = []
        for index, form in enumerate(self._forms):
            last = index == len(self._forms) - 1
            messages = _messages_for(form, request.messages, output_type)
            try:
                text, usage = await self._chat(messages, request, form, rejected=REFUSED if last else REFUSED_OR_FAILED)
            except _FormRejected as exc:
                rejections.append(f"{form}: {exc}")
                continue
            if index:
                logger.info("endpoint %s rejected %s; using %s from now on", self.base_url, rejections, form)
                self._forms = self._forms[index:]
            return text, usage, messages
        raise ModelOutputError(
            f"{self.base_url} rejected every structured-output form for {output_type.__name__}: "
            + "; ".join(rejections),
            hint=(
                "simplify the output schema, or check what the server accepts"
                if "prompt" in self._forms
                else "set CASCADROID_CLOUD__STRUCTURED_OUTPUT=auto (or prompt), or simplify the output schema"
            ),
        )

    async def _chat(
        self,
        messages: list[Message],
        request: ModelRequest,
        form: Form | None,
        *,
        rejected: frozenset[int] = frozenset(),
    ) -> tuple[str, Usage]:
        """One chat call with ``messages`` as given, asking for ``form`` when set."""
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": _with_images([m.model_dump() for m in messages], request.images if self.accepts_images else []),
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        }
        if request.stop:
            payload["stop"] = request.stop
        if form is not None and request.output_type is not None:
            response_format = _response_format(form, request.output_type)
            if response_format is not None:
                payload["response_format"] = response_format
        return await self._send(payload, rejected=rejected)

    async def _send(self, payload: dict[str, Any], *, rejected: frozenset[int] = frozenset()) -> tuple[str, Usage]:
        """POST with retries and read the answer; an HTTP status in ``rejected`` raises :class:`_FormRejected`.

        Every attempt has ``timeout_s`` in all (a server dripping bytes is cut off too). 429, 5xx,
        timeouts, lost connections and malformed answers are retried; whatever still fails is a
        :class:`ModelConnectionError` naming the last reason.
        """
        import httpx
        import openai

        client = self._client_for_running_loop()
        attempts = self.max_retries + 1
        failure = ""
        for attempt in range(attempts):
            retry_after: float | None = None
            try:
                async with asyncio.timeout(self.timeout_s):
                    status, headers, body = await self._post(client, payload)
                if 200 <= status < 300:
                    check_content_type(headers.get("content-type"))
                    return completion_of(parse_json(body))
                self._raise_unless_retryable(status, headers, body, rejected)
                failure = f"HTTP {status}: {error_detail(body)}"
                retry_after = _retry_after(headers.get("retry-after"))
            except (TimeoutError, httpx.TimeoutException, openai.APITimeoutError):
                failure = f"no answer within {self.timeout_s:g}s"
            except (httpx.HTTPError, openai.APIConnectionError) as exc:  # connection, protocol and read errors
                failure = f"connection failed ({_root_cause(exc)})"
            except BadReply as exc:
                if not exc.retry:
                    raise ModelError(
                        f"{self.base_url} sent an unusable answer for model {self.model!r}: {exc.reason}",
                        hint="check that the base URL is an OpenAI-compatible endpoint; raise max_response_bytes "
                        "if its answers are really this large",
                    ) from None
                failure = exc.reason
            if attempt == attempts - 1:
                break
            if retry_after is not None and retry_after > MAX_BACKOFF_S:
                failure += f" (and it asks to wait {retry_after:g}s before retrying)"
                break
            await asyncio.sleep(self._backoff(attempt, retry_after))
        raise ModelConnectionError(
            f"{self.base_url} kept failing for model {self.model!r} after {attempt + 1} attempt(s): {failure}",
            hint="is the server running and reachable, and OpenAI-compatible? check CASCADROID_CLOUD__BASE_URL, "
            "timeout_s and max_retries",
        )

    async def _post(self, client: openai.AsyncOpenAI, payload: dict[str, Any]) -> tuple[int, httpx.Headers, bytes]:
        """Send ``payload`` through the ``openai`` client and take the answer raw (checked by :mod:`._wire`).

        The client's transport has already read the body under the size cap; a refusal there
        comes back as the :class:`BadReply` that caused the client's connection error.
        """
        import openai

        try:
            raw = await client.chat.completions.with_raw_response.create(**payload)
            response = raw.http_response
        except openai.APIStatusError as exc:
            response = exc.response
        except openai.APIConnectionError as exc:
            if isinstance(exc.__cause__, BadReply):
                raise exc.__cause__ from None
            raise
        return response.status_code, response.headers, response.content

    def _raise_unless_retryable(self, status: int, headers: Any, body: bytes, rejected: frozenset[int]) -> None:
        """Raise for an error status that asking again will not fix; return for 429 and 5xx."""
        if status == 429 or 500 <= status < 600:
            if status in rejected:
                raise _FormRejected(status, error_detail(body))
            return
        detail = error_detail(body)
        if status in (401, 403):
            raise ModelAuthError(
                f"{self.base_url} refused the API key (HTTP {status}): {detail}",
                hint="check CASCADROID_CLOUD__API_KEY (or api_key=) for this endpoint",
            )
        if status == 404:
            raise ModelError(
                f"{self.base_url} has no model {self.model!r} or no chat endpoint (HTTP 404): {detail}",
                hint="check CASCADROID_CLOUD__MODEL, and that the base URL ends in /v1",
            )
        if status in rejected:
            raise _FormRejected(status, detail)
        if 300 <= status < 400:
            raise ModelError(
                f"{self.base_url} redirected the request (HTTP {status}) to {headers.get('location')!r}",
                hint="set CASCADROID_CLOUD__BASE_URL to the address the endpoint really serves",
            )
        raise ModelError(
            f"{self.base_url} refused the request (HTTP {status}): {detail}",
            hint="the prompt may be too long for the model, or a parameter unsupported by the server",
        )

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        delay = self.retry_backoff_s * 2**attempt
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, MAX_BACKOFF_S)

    def _client_for_running_loop(self) -> openai.AsyncOpenAI:
        """One client per event loop (an HTTP pool cannot outlive the loop that made it).

        Retries are ours (:meth:`_send`), so the ``openai`` client makes one attempt; its HTTP
        client never follows redirects and reads every body through :class:`CappedTransport`.
        """
        import httpx
        import openai

        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is None or self._client_loop() is not loop:
            http = httpx.AsyncClient(
                transport=CappedTransport(httpx.AsyncHTTPTransport(verify=_tls_context()), self.max_response_bytes),
                timeout=httpx.Timeout(self.timeout_s),
                follow_redirects=False,
            )
            self._client = openai.AsyncOpenAI(
                base_url=self.base_url,
                api_key=self._api_key or NO_KEY,
                max_retries=0,
                timeout=self.timeout_s,
                http_client=http,
                default_headers={"Accept-Encoding": "gzip, deflate", "User-Agent": "cascadroid"},
            )
            self._client_loop = weakref.ref(loop)
        return self._client

    def _response(self, text: str, parsed: BaseModel | None, usage: Usage, start: float, *, repairs: int) -> ModelResponse:
        return ModelResponse(
            text=text,
            parsed=parsed,
            model=self.model,
            tier="cloud",
            usage=usage,
            latency_s=time.perf_counter() - start,
            cost_usd=self.price.cost(usage) if self.price is not None else 0.0,
            confidence=None,
            repairs=repairs,
        )


def _with_images(messages: list[dict[str, Any]], images: list[bytes]) -> list[dict[str, Any]]:
    """The last user message with ``images`` as OpenAI image content parts (PNG data: URLs)."""
    if not images:
        return messages
    import base64

    last = max(i for i, m in enumerate(messages) if m["role"] == "user")
    parts: list[dict[str, Any]] = [{"type": "text", "text": messages[last]["content"]}]
    parts += [{"type": "image_url", "image_url": {"url": "data:image/png;base64," + base64.b64encode(png).decode()}}
              for png in images]
    return [*messages[:last], {**messages[last], "content": parts}, *messages[last + 1 :]]


def _messages_for(form: Form, messages: list[Message], output_type: type[BaseModel]) -> list[Message]:
    if form == "json_schema":
        return messages
    return with_instruction(messages, prompt_instruction(output_type))


def _response_format(form: Form, output_type: type[BaseModel]) -> dict[str, Any] | None:
    schema = json_schema_of(output_type)
    if form == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": output_type.__name__, "schema": schema, "strict": False}}
    if form == "json_object":
        return {"type": "json_object", "schema": schema}
    return None


@functools.lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every client (building one reads the CA bundle: ~70 ms)."""
    import httpx

    return httpx.create_ssl_context()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds; None when absent or not a sane number."""
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return seconds if seconds is not None and math.isfinite(seconds) and seconds >= 0 else None


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


__all__ = ["OpenAICompatibleModel"]
