"""The hosted-LLM analyzers for the Analyzer contract suite, each against its loopback stand-in.

``LLM_PARAMS`` names what can run here (an extra that is not installed drops its params):

* ``openai``: :class:`OpenAICompatibleAnalyzer` through the real ``openai`` client;
* ``gemini-degraded`` / ``openai-degraded``: ``FallbackAnalyzer(adapter, InMemoryAnalyzer())`` with the
  stand-in failing every request (HTTP 500), so the degraded answer must keep the contract too.

The adapters run with their default (production) redactor. Never touches the network beyond 127.0.0.1.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from tests.stubs.gemini_stub import calm_answer


def _have(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


LLM_PARAMS: list[str] = [
    *(["openai", "openai-degraded"] if _have("openai") else []),
    *(["gemini-degraded"] if _have("google.genai") else []),
]


def quoting_answer(text: str) -> dict[str, Any]:
    """A calm answer with one true quote of the sent text and one invented one (which must be dropped)."""
    answer = calm_answer(text)
    answer["concerns"] = [
        {
            "code": "observation",
            "dimension": "loneliness",
            "label_ko": "관찰",
            "label_en": "Observation",
            "evidence": [text[: min(len(text), 8)], "이 문장은 발화에 없습니다"],
        }
    ]
    return answer


@asynccontextmanager
async def llm_analyzer(param: str) -> AsyncIterator[Any]:
    """The analyzer named by ``param`` (a value of ``LLM_PARAMS``), its stand-in started and stopped."""
    from mhealth.adapters.llm import FallbackAnalyzer
    from mhealth.adapters.memory import InMemoryAnalyzer

    stub: Any
    adapter: Any
    provider = param.removesuffix("-degraded")
    if provider == "openai":
        from mhealth.adapters.openai.analyzer import OpenAICompatibleAnalyzer
        from tests.stubs.openai_stub import OpenAIStub

        stub = OpenAIStub().start()
        adapter = OpenAICompatibleAnalyzer(
            base_url=stub.base_url, model="contract-model", timeout_s=2.0, max_retries=1, retry_base_s=0.01
        )
    elif provider == "gemini":
        from mhealth.adapters.google.gemini import GeminiAnalyzer
        from tests.stubs.gemini_stub import GeminiStub

        stub = GeminiStub().start()
        adapter = GeminiAnalyzer(
            project="contract", base_url=stub.base_url, timeout_s=2.0, max_retries=1, retry_base_s=0.01
        )
    else:
        raise ValueError(f"unknown LLM implementation {param!r}")
    stub.answer = quoting_answer
    analyzer = adapter
    if param.endswith("-degraded"):
        stub.script(["500"] * 10_000)
        analyzer = FallbackAnalyzer(adapter, InMemoryAnalyzer())
    analyzer.stand_in = stub
    try:
        yield analyzer
    finally:
        await analyzer.aclose()
        stub.stop()


__all__ = ["LLM_PARAMS", "llm_analyzer", "quoting_answer"]
