"""Model fixtures: the real local model, a real llama.cpp server standing in for the cloud,
and scripted HTTP servers for the retry and error paths.

The llama.cpp server is started once per test session and requires ``LLAMA_SERVER_KEY``;
use the ``cloud_model`` fixture (or pass ``llama_server_api_key``) to talk to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pytest

from cascadroid.models import LocalModel, OpenAICompatibleModel, Price, PriceTable
from cascadroid.testing import ScriptedHTTPServer, ScriptedReply, serve_llama

LLAMA_SERVER_KEY = "test-key"
LLAMA_SERVER_MODEL = "smollm2-server"
TEST_THREADS = 2


@pytest.fixture(scope="session")
def llama_server_url() -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/v1``) of a real ``python -m llama_cpp.server``."""
    with serve_llama(n_threads=TEST_THREADS, api_key=LLAMA_SERVER_KEY) as url:
        yield url


@pytest.fixture(scope="session")
def llama_server_api_key() -> str:
    return LLAMA_SERVER_KEY


@pytest.fixture
def cloud_model(llama_server_url: str) -> OpenAICompatibleModel:
    """A fresh OpenAICompatibleModel on the session's llama.cpp server, priced at $0.15/$0.60."""
    prices = PriceTable({LLAMA_SERVER_MODEL: Price(input_per_mtok=0.15, output_per_mtok=0.60)})
    return OpenAICompatibleModel(
        base_url=llama_server_url,
        api_key=LLAMA_SERVER_KEY,
        model=LLAMA_SERVER_MODEL,
        prices=prices,
        require_price=True,
        timeout_s=120,
    )


@pytest.fixture(scope="session")
def local_model() -> LocalModel:
    """The default local model (SmolLM2-135M-Instruct), loaded once for the session."""
    return LocalModel(n_threads=TEST_THREADS)


@pytest.fixture
def scripted_server() -> Iterator[Callable[..., ScriptedHTTPServer]]:
    """A factory: ``scripted_server([error(429), chat_completion("hi")])`` -> a running server."""
    servers: list[ScriptedHTTPServer] = []

    def start(steps: Iterable[ScriptedReply] = (), *, then: ScriptedReply | None = None) -> ScriptedHTTPServer:
        server = ScriptedHTTPServer(steps, then=then)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()
