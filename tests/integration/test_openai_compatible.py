"""OpenAICompatibleAnalyzer through the real ``openai`` client against a loopback chat-completions stand-in.

The same fault matrix as Gemini (429, 5xx, timeout, garbage, refusal, truncated JSON, wrong types, a body
that is not JSON, client errors): behind FallbackAnalyzer every failure gives the local fallback's
assessment with ``degraded: true`` and the reason, never an exception. Every test runs the production
redactor (the adapter's default).
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("openai", reason="the openai extra is not installed")

from mhealth.adapters.llm import FallbackAnalyzer, LlmFailure, prompt
from mhealth.adapters.memory.analyzer import InMemoryAnalyzer
from mhealth.adapters.openai.analyzer import SCHEMA_NAME, OpenAICompatibleAnalyzer
from mhealth.domain.errors import InvalidInput, ProviderUnavailable
from mhealth.domain.model import RiskLevel
from tests.stubs.gemini_stub import calm_answer, item_scores
from tests.stubs.openai_stub import OpenAIStub

TEXT = "딸 김영희 씨가 어제 왔다 갔는데 요즘은 그냥 밤에 잠이 안 와요. 빨리 죽어야지 싶어요"
SENT = "딸 [이름] 씨가 어제 왔다 갔는데 요즘은 그냥 밤에 잠이 안 와요. 빨리 죽어야지 싶어요"


@pytest.fixture
def stub():
    server = OpenAIStub(slow_s=1.5).start()
    yield server
    server.stop()


def make(stub, **kwargs):
    options = {
        "base_url": stub.base_url,
        "model": "qwen2.5:7b-instruct",
        "api_key": "sk-test-key",
        "timeout_s": 0.8,
        "max_retries": 2,
        "retry_base_s": 0.01,
    }
    options.update(kwargs)
    return OpenAICompatibleAnalyzer(**options)


@pytest.fixture
async def openai_analyzer(stub):
    analyzer = make(stub)
    yield analyzer
    await analyzer.aclose()


@pytest.fixture
async def with_fallback(stub):
    analyzer = FallbackAnalyzer(make(stub), InMemoryAnalyzer())
    yield analyzer
    await analyzer.aclose()


def passive_answer(text: str) -> dict:
    answer = calm_answer(text)
    answer["labels"].update(depression=2, suicidal_ideation=1)
    answer["phq9"] = item_scores([0, 2, 2, 0, 0, 0, 0, 0, 1], "밤에 잠이 안 와요")
    answer["phq9"][8]["evidence"] = ["빨리 죽어야지 싶어요"]
    answer["risk_level"] = "high"
    answer["concerns"] = [
        {
            "code": "passive_death_wish",
            "dimension": "suicidal_ideation",
            "label_ko": "수동적 죽음 소망",
            "label_en": "Passive death wish",
            "evidence": ["빨리 죽어야지", "I wish I were dead"],  # the second is not in the text
        },
        {
            "code": "insomnia",
            "dimension": "depression",
            "label_ko": "불면",
            "label_en": "Insomnia",
            "evidence": ["[이름] 씨가 어제 왔다 갔는데", "밤에 잠이 안와요"],  # the second has wrong spacing
        },
    ]
    return answer


async def test_the_request_is_a_chat_completion_with_a_strict_json_schema_and_only_redacted_text(stub, openai_analyzer):
    await openai_analyzer.analyze(TEXT)

    assert stub.paths == ["/v1/chat/completions"]
    assert stub.authorizations == ["Bearer sk-test-key"]
    assert stub.sent_texts() == [SENT]
    assert "김영희" not in b"".join(stub.raw_bodies).decode()
    body = stub.requests[0]
    assert body["model"] == "qwen2.5:7b-instruct"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["messages"][0]["content"] == prompt.SYSTEM_INSTRUCTION
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": prompt.ANSWER_SCHEMA},
    }
    assert body["temperature"] == 0.0 and body["max_completion_tokens"] == 4096


async def test_temperature_none_is_not_sent(stub):
    analyzer = make(stub, temperature=None)
    try:
        await analyzer.analyze(TEXT)
    finally:
        await analyzer.aclose()
    assert "temperature" not in stub.requests[0]


async def test_a_server_without_a_key_gets_a_placeholder_never_an_environment_key(stub, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-the-environment")
    analyzer = make(stub, api_key=None)
    try:
        await analyzer.analyze(TEXT)
    finally:
        await analyzer.aclose()
    assert stub.authorizations[0] is not None and "sk-from-the-environment" not in stub.authorizations[0]


async def test_a_valid_answer_becomes_a_complete_assessment_with_provenance(stub, openai_analyzer):
    stub.answer = passive_answer
    result = await openai_analyzer.analyze(TEXT)

    assert result.labels.depression == 2 and result.labels.suicidal_ideation == 1
    assert result.phq9.items == (0, 2, 2, 0, 0, 0, 0, 0, 1) and result.phq9.score == 5
    assert result.risk_level is RiskLevel.CRITICAL  # the rule (SI 1 and depression 2) beats the model's "high"
    assert result.safety.passive_ideation and not result.safety.active_ideation
    p = result.provenance
    assert (p.analyzer, p.model, p.prompt_version, p.degraded) == (
        "openai",
        "qwen2.5:7b-instruct",
        prompt.PROMPT_VERSION,
        False,
    )
    assert p.input_tokens == 1100 and p.output_tokens == 170 and p.latency_ms is not None
    assert result.redaction.kinds == ("name",)


async def test_evidence_is_kept_only_when_quoted_from_the_sent_text_and_mapped_back_to_the_original(
    stub, openai_analyzer
):
    stub.answer = passive_answer
    result = await openai_analyzer.analyze(TEXT)

    by_code = {c.code: c for c in result.concerns}
    assert [e.quote for e in by_code["passive_death_wish"].evidence] == ["빨리 죽어야지"]
    [mapped] = by_code["insomnia"].evidence
    assert mapped.quote == "김영희 씨가 어제 왔다 갔는데"  # the placeholder maps back to the true quote
    assert TEXT[mapped.start : mapped.end] == mapped.quote


@pytest.mark.parametrize("fault", ["invalid", "truncated", "wrong_type", "empty", "refusal", "content_filter"])
async def test_a_bad_answer_gets_one_repair_request(stub, with_fallback, fault):
    stub.script([fault])
    result = await with_fallback.analyze(TEXT)

    assert result.provenance.analyzer == "openai" and not result.provenance.degraded
    assert len(stub.requests) == 2
    repair = stub.requests[1]["messages"]
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert repair[-1]["content"] == prompt.REPAIR_INSTRUCTION


async def test_the_repair_request_shows_the_model_its_broken_answer(stub, with_fallback):
    stub.script(["invalid"])
    await with_fallback.analyze(TEXT)
    assert stub.requests[1]["messages"][2]["content"].startswith("물론입니다!")


@pytest.mark.parametrize(
    ("faults", "reason"),
    [
        (["invalid", "invalid"], "invalid_json"),
        (["truncated", "truncated"], "invalid_json"),
        (["wrong_type", "wrong_type"], "invalid_json"),
        (["empty", "empty"], "invalid_json"),
        (["invalid", "truncated"], "invalid_json"),
        (["refusal", "refusal"], "refusal"),
        (["content_filter", "content_filter"], "refusal"),
        (["truncated", "refusal"], "refusal"),
    ],
)
async def test_two_bad_answers_fall_back_to_the_local_analyzer_marked_degraded(stub, with_fallback, faults, reason):
    stub.script(faults)
    result = await with_fallback.analyze(TEXT)

    assert result.provenance.degraded and result.provenance.degraded_reason == reason
    assert result.provenance.analyzer == "memory"
    assert any(note.startswith("fallback from openai:qwen2.5:7b-instruct") for note in result.provenance.notes)
    assert len(stub.requests) == 2


@pytest.mark.parametrize("fault", ["429", "500", "503", "slow"])
async def test_transient_failures_are_retried_then_succeed(stub, openai_analyzer, fault):
    stub.script([fault, fault])
    result = await openai_analyzer.analyze(TEXT)
    assert not result.provenance.degraded and result.provenance.analyzer == "openai"
    assert len(stub.requests) == 3


@pytest.mark.parametrize("fault", ["429", "500", "503", "slow"])
async def test_a_persistent_outage_falls_back_degraded_after_bounded_retries(stub, with_fallback, fault):
    stub.script([fault] * 5)
    result = await with_fallback.analyze(TEXT)

    assert result.provenance.degraded and result.provenance.degraded_reason == "provider_unavailable"
    assert result.provenance.analyzer == "memory"
    assert len(stub.requests) == 3  # one call + max_retries, never more


@pytest.mark.parametrize("fault", ["400", "401"])
async def test_a_client_error_is_not_retried_and_falls_back(stub, with_fallback, fault):
    stub.script([fault])
    result = await with_fallback.analyze(TEXT)
    assert result.provenance.degraded and result.provenance.degraded_reason == "provider_rejected"
    assert len(stub.requests) == 1


async def test_a_body_that_is_not_json_falls_back_degraded(stub, with_fallback):
    stub.script(["garbage_body"])
    result = await with_fallback.analyze(TEXT)
    assert result.provenance.degraded and result.provenance.degraded_reason == "invalid_response"


async def test_an_unreachable_server_falls_back_degraded():
    analyzer = FallbackAnalyzer(
        OpenAICompatibleAnalyzer(
            base_url="http://127.0.0.1:9/v1", model="m", timeout_s=0.5, max_retries=1, retry_base_s=0.01
        ),
        InMemoryAnalyzer(),
    )
    try:
        result = await analyzer.analyze(TEXT)
    finally:
        await analyzer.aclose()
    assert result.provenance.degraded and result.provenance.degraded_reason == "provider_unavailable"


@pytest.mark.parametrize("fault", ["429", "503", "slow"])
async def test_without_a_fallback_an_outage_is_provider_unavailable(stub, openai_analyzer, fault):
    stub.script([fault] * 5)
    with pytest.raises(ProviderUnavailable) as caught:
        await openai_analyzer.analyze(TEXT)
    assert isinstance(caught.value, LlmFailure) and caught.value.reason == "provider_unavailable"
    assert caught.value.retry_after > 0


async def test_blank_text_is_refused_without_a_request_even_behind_the_fallback(stub, with_fallback):
    with pytest.raises(InvalidInput):
        await with_fallback.analyze("   ")
    assert stub.requests == []


async def test_the_degraded_assessment_is_the_fallbacks_own(stub):
    stub.script(["500"] * 5)
    fallback = InMemoryAnalyzer()
    analyzer = FallbackAnalyzer(make(stub), fallback)
    try:
        degraded = await analyzer.analyze(TEXT)
    finally:
        await analyzer.aclose()
    direct = await InMemoryAnalyzer().analyze(TEXT)
    assert (degraded.labels, degraded.risk_level, degraded.phq9) == (direct.labels, direct.risk_level, direct.phq9)
    assert json.dumps(degraded.provenance.notes, ensure_ascii=False).count("HTTP 500") == 1


def test_a_library_caller_may_run_a_new_event_loop_for_each_call(stub):
    """``asyncio.run`` twice (a script, a notebook): the second call must not find a pool of a closed loop."""
    import asyncio

    analyzer = make(stub)
    first = asyncio.run(analyzer.analyze(TEXT))
    second = asyncio.run(analyzer.analyze(TEXT))  # without a fresh client: RuntimeError("Event loop is closed")
    asyncio.run(analyzer.aclose())
    assert first.provenance.analyzer == second.provenance.analyzer == "openai"
    assert len(stub.requests) == 2
