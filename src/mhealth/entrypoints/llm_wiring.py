"""How the LLM analyzers are built from settings (the container selects them by ``MHEALTH_ANALYZER``).

Minimal version: helper "llm" replaces this module with the provider-neutral wiring (Gemini and any
OpenAI-compatible server behind one fallback wrapper). Until then Gemini is built as it always was and
``openai`` is refused at start with a configuration error, never silently replaced by another analyzer.
"""

from __future__ import annotations

import importlib.util

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.settings import Settings
from mhealth.ports import Analyzer


def build_gemini_analyzer(settings: Settings, local_fallback: Analyzer) -> Analyzer:
    """Gemini on Vertex AI; the local analyzer answers (``degraded``) when Gemini fails."""
    if importlib.util.find_spec("google.genai") is None:
        raise ConfigurationError(
            "MHEALTH_ANALYZER=gemini needs the 'google' extra, which is not installed; "
            "run: pip install 'mhealth[google]'",
            field="MHEALTH_ANALYZER",
        )
    from mhealth.adapters.google.gemini import GeminiAnalyzer

    return GeminiAnalyzer(
        project=settings.google_project or "",
        location=settings.google_location,
        model=settings.gemini_model,
        base_url=settings.gemini_base_url,
        fallback=local_fallback,
    )


def build_openai_analyzer(settings: Settings, local_fallback: Analyzer) -> Analyzer:
    """An OpenAI-compatible server (not in this build yet)."""
    raise ConfigurationError(
        "MHEALTH_ANALYZER=openai: the OpenAI-compatible analyzer is not installed yet", field="MHEALTH_ANALYZER"
    )
