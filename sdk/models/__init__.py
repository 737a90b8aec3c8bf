"""Model backends: one protocol, a local llama.cpp tier, an OpenAI-compatible cloud tier."""

from .base import Message, Model, ModelRequest, ModelResponse, Usage

__all__ = ["Message", "Model", "ModelRequest", "ModelResponse", "Usage"]
