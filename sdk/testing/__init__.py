"""Test doubles and test servers shipped with cascadroid, for your test suites and ours."""

from .scripted import ScriptedModel

__all__ = ["ScriptedModel"]
