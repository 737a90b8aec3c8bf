"""Checking a cloud endpoint's settings before any call: its URL, its API key and its limits.

Each bad value is a :class:`ConfigurationError` at construction, naming the value and how to fix it.
"""

from __future__ import annotations

import math
from urllib.parse import urlparse

from ..errors import ConfigurationError


def check_url(url: str | None) -> str:
    """The endpoint as an http(s) URL without a trailing slash."""
    if not url:
        raise ConfigurationError(
            "no base URL for the cloud model",
            hint="set CASCADROID_CLOUD__BASE_URL (e.g. http://127.0.0.1:8080/v1) or pass base_url=",
        )
    import httpx

    try:
        parsed = urlparse(url)
        parsed.port  # noqa: B018 - raises ValueError when the port is out of range
        httpx.URL(url)
        valid = parsed.scheme in ("http", "https") and bool(parsed.hostname)
    except (ValueError, httpx.InvalidURL):
        valid = False
    if not valid:
        raise ConfigurationError(
            f"base URL {url!r} is not an http(s) URL",
            hint="give the endpoint like http://127.0.0.1:8080/v1 or https://api.openai.com/v1",
        )
    return url.rstrip("/")


def check_key(key: str | None) -> str | None:
    """An API key goes in an HTTP header: printable ASCII, no spaces."""
    if key is not None and not (key.isascii() and key.isprintable() and not any(c.isspace() for c in key)):
        raise ConfigurationError(
            "the API key holds characters an HTTP header cannot carry (non-ASCII, spaces or control characters)",
            hint="copy the key again without quotes, spaces or line breaks (CASCADROID_CLOUD__API_KEY or api_key=)",
        )
    return key


def positive(name: str, value: float) -> float:
    """A limit (seconds, bytes): a finite number above 0."""
    if not (value > 0 and math.isfinite(value)):
        raise ConfigurationError(f"{name}={value!r} must be a finite number > 0", hint="every call needs a finite limit")
    return value
