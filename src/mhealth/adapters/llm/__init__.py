"""What every LLM analyzer shares, whoever hosts the model (no SDK is imported here).

* :mod:`~mhealth.adapters.llm.prompt`: the versioned prompt and the answer's JSON schema.
* :mod:`~mhealth.adapters.llm.answer`: the answer as msgspec Structs, decoding and validation.
* :mod:`~mhealth.adapters.llm.assessment`: labels clamped, risk level, evidence mapped to true quotes.
* :mod:`~mhealth.adapters.llm.analyzer`: :class:`LlmAnalyzer`, the redact -> ask -> repair -> assess loop
  with bounded jittered retries, which a provider adapter completes with one method
  (:class:`~mhealth.adapters.google.gemini.GeminiAnalyzer`,
  :class:`~mhealth.adapters.openai.analyzer.OpenAICompatibleAnalyzer`).
* :mod:`~mhealth.adapters.llm.fallback`: :class:`FallbackAnalyzer`, which answers with a local analyzer,
  marked degraded with the reason, whenever the provider cannot.
"""

from __future__ import annotations

from mhealth.adapters.llm.analyzer import Completion, LlmAnalyzer, LlmFailure, Turn
from mhealth.adapters.llm.fallback import FallbackAnalyzer

__all__ = ["Completion", "FallbackAnalyzer", "LlmAnalyzer", "LlmFailure", "Turn"]
