"""Google Cloud adapters: Speech-to-Text v2, Gemini on Vertex AI, BigQuery and Cloud Storage.

Importing this package (or any module in it) imports no Google SDK: each adapter imports its SDK in
its constructor, so a process that does not select a Google adapter never pays for it, and one that
does pays once, when the container builds it (Cloud Run cold start matters).

Configuration keys (read by the application's Settings, not here):

* ``MHEALTH_GOOGLE_PROJECT`` - the Google Cloud project id.
* ``MHEALTH_GOOGLE_LOCATION`` - Vertex AI region for Gemini (default ``asia-northeast3``).
* ``MHEALTH_SPEECH_LOCATION`` - Speech-to-Text v2 location (default ``global``).
* ``MHEALTH_SPEECH_MODEL`` - ``long`` (default), ``telephony``, ``chirp_2`` or ``chirp_3``.
* ``MHEALTH_GEMINI_MODEL`` - default ``gemini-2.5-flash``.
* ``MHEALTH_SPEECH_ENDPOINT`` / ``MHEALTH_GEMINI_BASE_URL`` / ``MHEALTH_BIGQUERY_ENDPOINT`` - endpoint
  overrides; a plain ``http://host:port`` means a local stand-in (tests, benchmarks).
* ``MHEALTH_BIGQUERY_DATASET`` - default ``mhealth``.
* ``STORAGE_EMULATOR_HOST`` - read by google-cloud-storage itself.
* ``MHEALTH_BLOBS=gs://BUCKET/PREFIX`` - selects :class:`GcsBlobStore`.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

# The import name of each SDK and the pip distribution that provides it.
_EXTRAS: tuple[tuple[str, str], ...] = (
    ("google.cloud.speech_v2", "google-cloud-speech"),
    ("google.genai", "google-genai"),
    ("google.cloud.bigquery", "google-cloud-bigquery"),
    ("google.cloud.storage", "google-cloud-storage"),
)

__all__ = [
    "BigQueryAnalytics",
    "GcsBlobStore",
    "GeminiAnalyzer",
    "GoogleSpeechToText",
    "missing_google_extras",
]

if TYPE_CHECKING:
    from mhealth.adapters.google.bigquery import BigQueryAnalytics
    from mhealth.adapters.google.gcs import GcsBlobStore
    from mhealth.adapters.google.gemini import GeminiAnalyzer
    from mhealth.adapters.google.speech import GoogleSpeechToText


def _spec_exists(module: str) -> bool:
    # find_spec of a dotted name imports its parents; those are namespace packages (google,
    # google.cloud), which cost nothing. A missing parent raises instead of returning None.
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_google_extras() -> list[str]:
    """The pip distributions of the ``google`` extra that are not installed (empty when all are).

    Uses :func:`importlib.util.find_spec`, so no SDK is imported: safe to call at start-up.
    """
    return [dist for module, dist in _EXTRAS if not _spec_exists(module)]


_LAZY = {
    "GoogleSpeechToText": "mhealth.adapters.google.speech",
    "GeminiAnalyzer": "mhealth.adapters.google.gemini",
    "BigQueryAnalytics": "mhealth.adapters.google.bigquery",
    "GcsBlobStore": "mhealth.adapters.google.gcs",
}


def __getattr__(name: str) -> Any:
    # The adapter modules themselves import no SDK at module level, but keeping the package import
    # down to this file makes `import mhealth.adapters.google` cost microseconds.
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name])
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
