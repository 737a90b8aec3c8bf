"""Test doubles and test servers shipped with cascadroid, for your test suites and ours."""

from .fake_adb import FakeAdb, FakeScreen, FakeTransition
from .gated import GatedModel
from .noisy import Calibration, NoisyOracleModel, OracleCourse, chat_responder
from .oracle import OracleModel
from .programs import CompetentToolModel, ToolTaskScript
from .recording import RecordingServer
from .scripted import ScriptedModel
from .servers import (
    RecordedRequest,
    ScriptedHTTPServer,
    ScriptedReply,
    chat_completion,
    error,
    free_port,
    hang,
    malformed,
    respond,
    scripted_http_server,
    serve_llama,
)

__all__ = [
    "Calibration",
    "CompetentToolModel",
    "FakeAdb",
    "FakeScreen",
    "FakeTransition",
    "GatedModel",
    "NoisyOracleModel",
    "OracleCourse",
    "OracleModel",
    "RecordedRequest",
    "RecordingServer",
    "ScriptedHTTPServer",
    "ScriptedModel",
    "ScriptedReply",
    "ToolTaskScript",
    "chat_completion",
    "chat_responder",
    "error",
    "free_port",
    "hang",
    "malformed",
    "respond",
    "scripted_http_server",
    "serve_llama",
]
