"""Nothing personal reaches a hosted LLM: proved at the stand-in, through the PRODUCTION redactor.

No test here injects a redactor: the adapters run with their default (mhealth.domain.rules.redaction.redact),
built directly and through the wiring the container uses. Every request the stand-in received is searched,
decoded (a JSON ``\\uXXXX`` escape cannot hide a name) and raw, for each personal value of the check-in;
the repair request (which echoes the model's answer back) is searched too. Were the production redactor a
no-op, these tests fail.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from mhealth.adapters.llm import FallbackAnalyzer
from mhealth.adapters.memory.analyzer import InMemoryAnalyzer
from mhealth.entrypoints.settings import load_settings

PROVIDERS = [
    pytest.param(
        "gemini",
        marks=pytest.mark.skipif(importlib.util.find_spec("google.genai") is None, reason="google extra missing"),
    ),
    pytest.param(
        "openai",
        marks=pytest.mark.skipif(importlib.util.find_spec("openai") is None, reason="openai extra missing"),
    ),
]

# One check-in that carries every kind of personal data the production redactor covers.
CHECK_IN = (
    "제 이름은 박철수예요. 옆집 이순자 할머니가 반찬을 갖다 줬어요. 딸 김영희 씨가 010-1234-5678로 매일 전화해요. "
    "집 전화는 02-123-4567이고 아들 번호는 01098765432예요. 주민번호는 450312-2345678이에요. "
    "서울특별시 마포구 합정동 123-4에 살다가 지금은 월드컵로 12길 34 101동 202호에 살아요. "
    "메일은 chulsoo.park@example.com 이고 연금 통장은 110-123-456789, 카드는 4111-1111-1111-1111이에요. "
    "요즘은 밤에 잠이 안 와요. 빨리 죽어야지 싶어요"
)
PERSONAL = [
    "박철수",
    "이순자",
    "김영희",
    "010-1234-5678",
    "1234-5678",
    "02-123-4567",
    "01098765432",
    "450312-2345678",
    "2345678",
    "합정동 123-4",
    "월드컵로 12길 34",
    "101동 202호",
    "chulsoo.park@example.com",
    "chulsoo",
    "110-123-456789",
    "4111-1111-1111-1111",
]
PLACEHOLDERS = ["[이름]", "[전화번호]", "[주민번호]", "[주소]", "[이메일]", "[계좌번호]", "[카드번호]"]


def wire(stub: Any) -> str:
    """Everything the stand-in received: the parsed bodies without escapes, and the raw bytes."""
    decoded = json.dumps(stub.requests, ensure_ascii=False)
    raw = b"\n".join(stub.raw_bodies).decode("utf-8", errors="replace")
    return decoded + "\n" + raw


@asynccontextmanager
async def direct(provider: str) -> AsyncIterator[tuple[Any, Any]]:
    """The adapter built directly with its defaults (no redactor argument)."""
    if provider == "gemini":
        from mhealth.adapters.google.gemini import GeminiAnalyzer
        from tests.stubs.gemini_stub import GeminiStub

        stub: Any = GeminiStub().start()
        analyzer: Any = GeminiAnalyzer(project="leak-test", base_url=stub.base_url, timeout_s=2.0, retry_base_s=0.01)
    else:
        from mhealth.adapters.openai.analyzer import OpenAICompatibleAnalyzer
        from tests.stubs.openai_stub import OpenAIStub

        stub = OpenAIStub().start()
        analyzer = OpenAICompatibleAnalyzer(base_url=stub.base_url, model="m", timeout_s=2.0, retry_base_s=0.01)
    try:
        yield analyzer, stub
    finally:
        await analyzer.aclose()
        stub.stop()


@asynccontextmanager
async def wired(provider: str) -> AsyncIterator[tuple[Any, Any]]:
    """The analyzer as production builds it: settings -> llm_wiring -> FallbackAnalyzer(adapter, local)."""
    from mhealth.entrypoints import llm_wiring

    if provider == "gemini":
        from tests.stubs.gemini_stub import GeminiStub

        stub: Any = GeminiStub().start()
        settings = load_settings(
            {},
            analyzer="gemini",
            google_project="leak-test",
            gemini_base_url=stub.base_url,
            database_url="memory://",
            auth="off",
        )
        analyzer = llm_wiring.build_gemini_analyzer(settings, InMemoryAnalyzer())
    else:
        from tests.stubs.openai_stub import OpenAIStub

        stub = OpenAIStub().start()
        settings = load_settings(
            {}, analyzer="openai", openai_base_url=stub.base_url, openai_model="m", database_url="memory://", auth="off"
        )
        analyzer = llm_wiring.build_openai_analyzer(settings, InMemoryAnalyzer())
    assert isinstance(analyzer, FallbackAnalyzer)
    try:
        yield analyzer, stub
    finally:
        await analyzer.aclose()
        stub.stop()


def assert_nothing_personal(stub: Any) -> None:
    sent = wire(stub)
    assert stub.requests, "the stand-in received nothing: the test would prove nothing"
    # The screening content did reach the model (the search below looks at the right place) ...
    assert "밤에 잠이 안 와요" in sent and "빨리 죽어야지 싶어요" in sent
    for placeholder in PLACEHOLDERS:
        assert placeholder in sent, f"{placeholder} missing: that kind was not redacted"
    # ... and not one personal value did.
    leaked = [value for value in PERSONAL if value in sent]
    assert leaked == []


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_the_adapter_by_default_sends_no_personal_data(provider):
    async with direct(provider) as (analyzer, stub):
        result = await analyzer.analyze(CHECK_IN)
    assert_nothing_personal(stub)
    assert set(result.redaction.kinds) == {"name", "phone", "rrn", "address", "email", "account", "card"}


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_the_repair_request_sends_no_personal_data_either(provider):
    async with direct(provider) as (analyzer, stub):
        stub.script(["invalid"])
        await analyzer.analyze(CHECK_IN)
    assert len(stub.requests) == 2
    assert_nothing_personal(stub)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_the_production_wiring_sends_no_personal_data(provider):
    async with wired(provider) as (analyzer, stub):
        result = await analyzer.analyze(CHECK_IN)
    assert not result.provenance.degraded and result.provenance.analyzer == provider
    assert_nothing_personal(stub)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_evidence_comes_back_as_the_true_quote_with_the_personal_data_restored(provider):
    def quoting(text: str) -> dict[str, Any]:
        from tests.stubs.gemini_stub import calm_answer

        answer = calm_answer(text)
        answer["labels"]["loneliness"] = 1
        answer["concerns"] = [
            {
                "code": "family_contact",
                "dimension": "loneliness",
                "label_ko": "가족 연락",
                "label_en": "Family contact",
                "evidence": ["딸 [이름] 씨가 [전화번호]로 매일 전화해요"],
            }
        ]
        return answer

    async with direct(provider) as (analyzer, stub):
        stub.answer = quoting
        result = await analyzer.analyze(CHECK_IN)
    [concern] = result.concerns
    [evidence] = concern.evidence
    assert evidence.quote == "딸 김영희 씨가 010-1234-5678로 매일 전화해요"
    assert CHECK_IN[evidence.start : evidence.end] == evidence.quote
