"""OpenAI-compatible chat completions servers (OpenAI, Azure OpenAI, Ollama, vLLM) behind the Analyzer port.

Importing this package imports no SDK: :class:`OpenAICompatibleAnalyzer` imports ``openai`` (the
``openai`` extra: ``pip install 'mhealth[openai]'``) when it is constructed.

Configuration keys (read by the application's Settings, not here): ``MHEALTH_ANALYZER=openai``,
``MHEALTH_OPENAI_BASE_URL``, ``MHEALTH_OPENAI_MODEL``, ``MHEALTH_OPENAI_API_KEY`` (a value or
``file:/path``). See docs/providers/openai.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mhealth.adapters.openai.analyzer import OpenAICompatibleAnalyzer

__all__ = ["OpenAICompatibleAnalyzer"]


def __getattr__(name: str) -> Any:
    if name == "OpenAICompatibleAnalyzer":
        return importlib.import_module("mhealth.adapters.openai.analyzer").OpenAICompatibleAnalyzer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
