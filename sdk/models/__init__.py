"""Model backends: one protocol, a local llama.cpp tier, an OpenAI-compatible cloud tier.

``llama_cpp`` and ``openai`` are imported only when a model is built or called.
"""

from .base import Message, Model, ModelRequest, ModelResponse, Usage
from .local import LocalModel, default_model_path
from .openai_compat import OpenAICompatibleModel
from .pricing import Price, PriceTable, cost_of

__all__ = [
    "LocalModel",
    "Message",
    "Model",
    "ModelRequest",
    "ModelResponse",
    "OpenAICompatibleModel",
    "Price",
    "PriceTable",
    "Usage",
    "cost_of",
    "default_model_path",
]
