"""The Google adapters, wired to local stand-ins, for the port contract suites.

Contract suites add the Google implementation to their parametrisation with these context managers
(each starts its stand-in on 127.0.0.1, yields a ready adapter, and stops everything afterwards)::

    from google_impls import GOOGLE_PARAMS, google_adapter   # tests/contract is on sys.path

    @pytest.fixture(params=["memory", "file", *GOOGLE_PARAMS["blobs"]])
    async def blobs(request, ...):
        if request.param in GOOGLE_PARAMS["blobs"]:
            async with google_adapter(request.param) as store:
                yield store
            return
        ...

``GOOGLE_PARAMS[port]`` is empty when the ``google`` extra (or, for blobs, gcp-storage-emulator) is not
installed, so the suites never fail for lack of an optional dependency. Never touches the cloud.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))  # tests.stubs

BUCKET = "mhealth-test"


def _have(*modules: str) -> bool:
    try:
        return all(importlib.util.find_spec(m) is not None for m in modules)
    except (ImportError, ValueError):
        return False


GOOGLE_PARAMS: dict[str, list[str]] = {
    "speech": ["google-speech"] if _have("google.cloud.speech_v2", "grpc") else [],
    "analyzer": ["gemini"] if _have("google.genai") else [],
    "analytics": ["bigquery"] if _have("google.cloud.bigquery") else [],
    "blobs": ["gcs"] if _have("google.cloud.storage", "gcp_storage_emulator") else [],
}


@contextmanager
def gcs_emulator_host(bucket: str = BUCKET) -> Iterator[str]:
    """A fresh in-memory gcp-storage-emulator holding ``bucket``; yields its STORAGE_EMULATOR_HOST."""
    from tests.stubs.gcs_emulator import storage_emulator

    with storage_emulator(bucket) as host:
        yield host


@asynccontextmanager
async def google_adapter(param: str, **options: Any) -> AsyncIterator[Any]:
    """The Google adapter named by ``param`` (a value of ``GOOGLE_PARAMS``) against its stand-in.

    ``options`` go to the adapter's constructor (e.g. ``max_retries=``). The stand-in object is
    available as ``adapter.stand_in`` for suites that want to script faults.
    """
    if param == "google-speech":
        from mhealth.adapters.google.speech import GoogleSpeechToText
        from tests.stubs.speech_stub import SpeechStub

        stub = SpeechStub().start(workers=16)
        adapter: Any = GoogleSpeechToText(
            project="contract", endpoint=stub.endpoint, timeout_s=2.0, max_retries=1, retry_base_s=0.01, **options
        )
        stop = stub.stop
    elif param == "gemini":
        from mhealth.adapters.google.gemini import GeminiAnalyzer
        from tests.stubs.gemini_stub import GeminiStub

        stub = GeminiStub().start()
        adapter = GeminiAnalyzer(
            project="contract", base_url=stub.base_url, timeout_s=2.0, max_retries=1, retry_base_s=0.01, **options
        )
        stop = stub.stop
    elif param == "bigquery":
        from mhealth.adapters.google.bigquery import BigQueryAnalytics
        from tests.stubs.bigquery_stub import BigQueryStub

        stub = BigQueryStub().start()
        adapter = BigQueryAnalytics(project="contract", endpoint=stub.endpoint, timeout_s=2.0, retry_s=2.0, **options)
        stop = stub.stop
    elif param == "gcs":
        from mhealth.adapters.google.gcs import GcsBlobStore

        with gcs_emulator_host() as host:
            previous = os.environ.get("STORAGE_EMULATOR_HOST")
            os.environ["STORAGE_EMULATOR_HOST"] = host
            try:
                store = GcsBlobStore(bucket=BUCKET, prefix=f"contract-{uuid.uuid4().hex[:8]}", **options)
                try:
                    yield store
                finally:
                    await store.aclose()
            finally:
                if previous is None:
                    os.environ.pop("STORAGE_EMULATOR_HOST", None)
                else:
                    os.environ["STORAGE_EMULATOR_HOST"] = previous
        return
    else:
        raise ValueError(f"unknown Google implementation {param!r}")
    adapter.stand_in = stub
    try:
        yield adapter
    finally:
        await adapter.aclose()
        stop()


__all__ = ["BUCKET", "GOOGLE_PARAMS", "gcs_emulator_host", "google_adapter"]
