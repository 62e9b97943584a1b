"""MHEALTH_ANALYZER=gemini and =openai end to end: settings -> container -> facade -> the stand-in.

The composition root builds ``FallbackAnalyzer(adapter, LocalAnalyzer)`` through
``mhealth.entrypoints.llm_wiring``; a provider outage gives the local analyzer's answer marked degraded.
"""

from __future__ import annotations

import importlib.util

import pytest

import mhealth
from mhealth.adapters.llm import FallbackAnalyzer
from mhealth.adapters.memory.analyzer import InMemoryAnalyzer
from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints import llm_wiring
from mhealth.entrypoints.container import create_container
from mhealth.entrypoints.settings import load_settings

needs_openai = pytest.mark.skipif(importlib.util.find_spec("openai") is None, reason="openai extra missing")
needs_genai = pytest.mark.skipif(importlib.util.find_spec("google.genai") is None, reason="google extra missing")

TEXT = "요즘 밤에 잠을 잘 못 자고 입맛도 없어요. 아무것도 하기 싫어요"


def settings_for(**values):
    return load_settings({}, database_url="memory://", blobs="memory://", speech="memory", auth="off", **values)


@pytest.fixture
def openai_stub():
    from tests.stubs.openai_stub import OpenAIStub

    stub = OpenAIStub().start()
    yield stub
    stub.stop()


@pytest.fixture
def gemini_stub():
    from tests.stubs.gemini_stub import GeminiStub

    stub = GeminiStub().start()
    yield stub
    stub.stop()


@needs_openai
async def test_openai_through_the_facade_and_degraded_to_the_local_analyzer(openai_stub, tmp_path):
    key_file = tmp_path / "openai-key"
    key_file.write_text("sk-from-a-file\n")
    settings = settings_for(
        analyzer="openai", openai_base_url=openai_stub.base_url, openai_model="m", openai_api_key=f"file:{key_file}"
    )
    async with mhealth.build(settings) as mh:
        answered = await mh.analyze_text(TEXT)
        openai_stub.script(["503"] * 10)
        degraded = await mh.analyze_text(TEXT)

    assert answered.provenance.analyzer == "openai" and not answered.provenance.degraded
    assert openai_stub.authorizations[0] == "Bearer sk-from-a-file"  # file: read, the newline stripped
    assert degraded.provenance.analyzer == "local"
    assert degraded.provenance.degraded and degraded.provenance.degraded_reason == "provider_unavailable"


@needs_genai
async def test_gemini_through_the_facade_and_degraded_to_the_local_analyzer(gemini_stub):
    settings = settings_for(analyzer="gemini", google_project="wiring", gemini_base_url=gemini_stub.base_url)
    async with mhealth.build(settings) as mh:
        answered = await mh.analyze_text(TEXT)
        gemini_stub.script(["invalid", "truncated"])
        degraded = await mh.analyze_text(TEXT)

    assert answered.provenance.analyzer == "gemini" and not answered.provenance.degraded
    assert degraded.provenance.analyzer == "local"
    assert degraded.provenance.degraded and degraded.provenance.degraded_reason == "invalid_json"


@needs_openai
def test_the_container_builds_the_wrapper_around_the_adapter_with_the_local_fallback(openai_stub):
    container = create_container(
        settings_for(analyzer="openai", openai_base_url=openai_stub.base_url, openai_model="m")
    )
    analyzer = container.analyzer()
    assert isinstance(analyzer, FallbackAnalyzer)
    assert type(analyzer.primary).__name__ == "OpenAICompatibleAnalyzer"
    assert analyzer.fallback is container.local_analyzer()


@needs_openai
def test_the_wiring_names_a_missing_key_even_when_settings_skipped_validation():
    from mhealth.entrypoints.settings import Settings

    with pytest.raises(ConfigurationError) as caught:
        llm_wiring.build_openai_analyzer(Settings(analyzer="openai", openai_model="m"), InMemoryAnalyzer())
    assert caught.value.field == "MHEALTH_OPENAI_BASE_URL"
