"""How the hosted LLM analyzers are built from settings, each behind the degrade-to-local wrapper.

The container calls exactly these two functions (one per ``MHEALTH_ANALYZER`` value that names a hosted
model); each returns ``FallbackAnalyzer(primary, local_fallback)``, so a provider failure answers with the
local analyzer's assessment marked degraded, never with an error. Adapter modules and their SDKs are
imported inside the functions; a missing extra is found with ``find_spec`` and named with its fix.
"""

from __future__ import annotations

import importlib.util

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.secrets import read_secret
from mhealth.entrypoints.settings import Settings
from mhealth.ports.analyzer import Analyzer


def _require_extra(module: str, extra: str) -> None:
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a missing parent package (google) raises instead of returning None
        found = False
    if not found:
        raise ConfigurationError(
            f"MHEALTH_ANALYZER needs the '{extra}' extra, which is not installed; run: pip install 'mhealth[{extra}]'",
            field="MHEALTH_ANALYZER",
        )


def _missing(key: str) -> ConfigurationError:
    return ConfigurationError(f"MHEALTH_ANALYZER=openai needs {key}; see docs/providers/openai.md", field=key)


def build_gemini_analyzer(settings: Settings, local_fallback: Analyzer) -> Analyzer:
    """Gemini on Vertex AI (``MHEALTH_ANALYZER=gemini``), falling back to ``local_fallback``."""
    _require_extra("google.genai", "google")
    from mhealth.adapters.google.gemini import GeminiAnalyzer
    from mhealth.adapters.llm.fallback import FallbackAnalyzer

    if not settings.google_project:
        raise ConfigurationError(
            "MHEALTH_ANALYZER=gemini needs MHEALTH_GOOGLE_PROJECT (your project id)", field="MHEALTH_GOOGLE_PROJECT"
        )
    primary = GeminiAnalyzer(
        project=settings.google_project,
        location=settings.google_location,
        model=settings.gemini_model,
        base_url=settings.gemini_base_url,
    )
    return FallbackAnalyzer(primary, local_fallback)


def build_openai_analyzer(settings: Settings, local_fallback: Analyzer) -> Analyzer:
    """An OpenAI-compatible server (``MHEALTH_ANALYZER=openai``), falling back to ``local_fallback``."""
    _require_extra("openai", "openai")
    from mhealth.adapters.llm.fallback import FallbackAnalyzer
    from mhealth.adapters.openai.analyzer import OpenAICompatibleAnalyzer

    base_url, model = settings.openai_base_url, settings.openai_model
    if not base_url:
        raise _missing("MHEALTH_OPENAI_BASE_URL")
    if not model:
        raise _missing("MHEALTH_OPENAI_MODEL")
    api_key = read_secret(settings.openai_api_key) if settings.openai_api_key else None
    primary = OpenAICompatibleAnalyzer(base_url=base_url, model=model, api_key=api_key)
    return FallbackAnalyzer(primary, local_fallback)


__all__ = ["build_gemini_analyzer", "build_openai_analyzer"]
