"""GeminiAnalyzer through the real google-genai client (Vertex mode) against an HTTP stand-in.

Every test runs the production redactor (the adapter's default): nothing here injects a test-side one.
"""

from __future__ import annotations

import pytest

pytest.importorskip("google.genai", reason="the google extra is not installed")

from mhealth.adapters.google import prompt
from mhealth.adapters.google.gemini import GeminiAnalyzer
from mhealth.adapters.llm import FallbackAnalyzer, LlmFailure
from mhealth.adapters.memory.analyzer import InMemoryAnalyzer
from mhealth.domain.errors import InvalidInput, ProviderUnavailable
from mhealth.domain.model import RiskLevel
from tests.stubs.gemini_stub import GeminiStub, calm_answer, item_scores

TEXT = "딸 김영희 씨가 어제 왔다 갔는데 요즘은 그냥 밤에 잠이 안 와요. 빨리 죽어야지 싶어요"
SENT = "딸 [이름] 씨가 어제 왔다 갔는데 요즘은 그냥 밤에 잠이 안 와요. 빨리 죽어야지 싶어요"


@pytest.fixture
def stub():
    server = GeminiStub(slow_s=1.5).start()
    yield server
    server.stop()


def make(stub, **kwargs):
    options = {
        "project": "demo-project",
        "base_url": stub.base_url,
        "timeout_s": 0.8,
        "max_retries": 2,
        "retry_base_s": 0.01,
    }
    options.update(kwargs)
    return GeminiAnalyzer(**options)


@pytest.fixture
async def gemini(stub):
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


async def test_only_redacted_text_leaves_and_the_request_asks_for_schema_json(stub, gemini):
    await gemini.analyze(TEXT)

    assert stub.sent_texts() == [SENT]
    assert "김영희" not in b"".join(stub.raw_bodies).decode()
    assert stub.paths[0].endswith(
        "/projects/demo-project/locations/asia-northeast3/publishers/google/models/gemini-2.5-flash:generateContent"
    )
    assert stub.authorizations[0] == "Bearer local-stub-token"
    generation = stub.requests[0]["generationConfig"]
    assert generation["responseMimeType"] == "application/json"
    assert generation["responseSchema"]["required"] == prompt.RESPONSE_SCHEMA["required"]
    assert "suicidal_ideation 0-2" in stub.requests[0]["systemInstruction"]["parts"][0]["text"]


async def test_a_valid_answer_becomes_a_complete_assessment_with_provenance(stub, gemini):
    stub.answer = passive_answer
    result = await gemini.analyze(TEXT)

    assert result.labels.depression == 2 and result.labels.suicidal_ideation == 1
    assert result.phq9.items == (0, 2, 2, 0, 0, 0, 0, 0, 1) and result.phq9.score == 5
    assert result.risk_level is RiskLevel.CRITICAL  # the rule (SI 1 and depression 2) beats Gemini's "high"
    assert result.safety.passive_ideation and not result.safety.active_ideation
    p = result.provenance
    assert (p.analyzer, p.model, p.prompt_version, p.degraded) == (
        "gemini",
        "gemini-2.5-flash",
        prompt.PROMPT_VERSION,
        False,
    )
    assert p.input_tokens == 1200 and p.output_tokens == 180 and p.latency_ms is not None
    assert result.redaction.kinds == ("name",)


async def test_evidence_is_kept_only_when_quoted_from_the_sent_text_and_mapped_back_to_the_original(stub, gemini):
    stub.answer = passive_answer
    result = await gemini.analyze(TEXT)

    by_code = {c.code: c for c in result.concerns}
    assert [e.quote for e in by_code["passive_death_wish"].evidence] == ["빨리 죽어야지"]
    [mapped] = by_code["insomnia"].evidence
    assert mapped.quote == "김영희 씨가 어제 왔다 갔는데"  # the placeholder maps back to the true quote
    assert TEXT[mapped.start : mapped.end] == mapped.quote
    for concern in result.concerns:
        for evidence in concern.evidence:
            assert evidence.quote in TEXT


async def test_out_of_range_scores_are_clamped_and_own_level_is_kept_when_higher(stub, gemini):
    def wild(text):
        answer = calm_answer(text)
        answer["labels"].update(depression=7, anxiety=-2, loneliness=9, suicidal_ideation=0)
        answer["phq9"] = item_scores([9, 9, 9, 9, 9, 9, 9, 9, 0])
        answer["gad7"] = item_scores([-1] * 7)
        answer["risk_level"] = "high"
        answer["confidence"] = 4.0
        return answer

    stub.answer = wild
    result = await gemini.analyze("요즘 아무것도 하기 싫고 하루 종일 누워만 있어요")
    assert (result.labels.depression, result.labels.anxiety, result.labels.loneliness) == (3, 0, 2)
    assert result.phq9.score == 24 and result.gad7.score == 0
    assert result.confidence == 1.0
    assert result.risk_level is RiskLevel.HIGH


async def test_gemini_own_level_counts_when_above_the_rule(stub, gemini):
    def cautious(text):
        answer = calm_answer(text)
        answer["risk_level"] = "moderate"
        return answer

    stub.answer = cautious
    assert (await gemini.analyze("그럭저럭 지내요")).risk_level is RiskLevel.MODERATE


async def test_active_ideation_and_abuse_set_the_safety_flags(stub, gemini):
    def active(text):
        answer = calm_answer(text)
        answer["labels"].update(suicidal_ideation=2, abuse=True)
        answer["risk_level"] = "low"  # a wrong own level never lowers the rule's
        return answer

    stub.answer = active
    result = await gemini.analyze("약을 모아 두었어요. 아들이 때려요")
    assert result.safety.active_ideation and result.safety.passive_ideation and result.safety.safeguarding
    assert result.risk_level is RiskLevel.CRITICAL


@pytest.mark.parametrize("fault", ["invalid", "truncated", "wrong_type", "blocked", "refusal"])
async def test_a_bad_answer_gets_one_repair_request(stub, with_fallback, fault):
    stub.script([fault])
    result = await with_fallback.analyze(TEXT)

    assert result.provenance.analyzer == "gemini" and not result.provenance.degraded
    assert len(stub.requests) == 2
    repair_turns = stub.requests[1]["contents"]
    assert [c["role"] for c in repair_turns] == ["user", "model", "user"]
    assert prompt.REPAIR_INSTRUCTION in repair_turns[-1]["parts"][0]["text"]


@pytest.mark.parametrize(
    ("faults", "reason"),
    [
        (["invalid", "invalid"], "invalid_json"),
        (["truncated", "truncated"], "invalid_json"),
        (["invalid", "truncated"], "invalid_json"),
        (["wrong_type", "wrong_type"], "invalid_json"),
        (["blocked", "blocked"], "refusal"),
        (["refusal", "refusal"], "refusal"),
        (["invalid", "refusal"], "refusal"),
    ],
)
async def test_two_bad_answers_fall_back_to_the_local_analyzer_marked_degraded(stub, with_fallback, faults, reason):
    stub.script(faults)
    result = await with_fallback.analyze(TEXT)

    assert result.provenance.degraded and result.provenance.degraded_reason == reason
    assert result.provenance.analyzer == "memory"
    assert any(note.startswith("fallback from gemini:gemini-2.5-flash") for note in result.provenance.notes)
    assert len(stub.requests) == 2


@pytest.mark.parametrize("fault", ["429", "500", "503", "slow"])
async def test_transient_failures_are_retried_then_succeed(stub, gemini, fault):
    stub.script([fault, fault])
    result = await gemini.analyze(TEXT)
    assert not result.provenance.degraded
    assert len(stub.requests) == 3


@pytest.mark.parametrize("fault", ["429", "500", "503", "slow"])
async def test_a_persistent_outage_falls_back_degraded_after_bounded_retries(stub, with_fallback, fault):
    stub.script([fault] * 5)
    result = await with_fallback.analyze(TEXT)

    assert result.provenance.degraded and result.provenance.degraded_reason == "provider_unavailable"
    assert result.provenance.analyzer == "memory"
    assert len(stub.requests) == 3  # one call + max_retries, never more


@pytest.mark.parametrize("fault", ["429", "503"])
async def test_without_a_fallback_an_outage_is_provider_unavailable(stub, gemini, fault):
    stub.script([fault] * 5)
    with pytest.raises(ProviderUnavailable) as caught:
        await gemini.analyze(TEXT)
    assert isinstance(caught.value, LlmFailure) and caught.value.reason == "provider_unavailable"


@pytest.mark.parametrize("fault", ["400", "401"])
async def test_a_client_error_is_not_retried(stub, with_fallback, fault):
    stub.script([fault])
    result = await with_fallback.analyze(TEXT)
    assert result.provenance.degraded and result.provenance.degraded_reason == "provider_rejected"
    assert len(stub.requests) == 1


async def test_a_body_that_is_not_json_falls_back_degraded(stub, with_fallback):
    stub.script(["garbage_body"])
    result = await with_fallback.analyze(TEXT)
    assert result.provenance.degraded and result.provenance.degraded_reason == "invalid_response"
    assert len(stub.requests) == 1


async def test_blank_text_is_refused_without_a_request(stub, gemini):
    with pytest.raises(InvalidInput):
        await gemini.analyze("   ")
    assert stub.requests == []


async def test_latency_is_measured(stub):
    stub.latency_s = 0.2
    analyzer = make(stub)
    try:
        result = await analyzer.analyze(TEXT)
    finally:
        await analyzer.aclose()
    assert result.provenance.latency_ms >= 200


async def test_the_reported_tokens_are_priced_from_the_configured_table(stub, gemini):
    from mhealth.adapters.memory import WavAudioDecoder
    from mhealth.domain.model import PriceTable, TokenPrice
    from mhealth.domain.usecases.screening import Screening

    stub.answer = passive_answer
    prices = PriceTable(
        as_of="example",
        llm={
            "gemini/gemini-2.5-flash": TokenPrice(input_per_million=0.30, output_per_million=2.50),
            "gemini": TokenPrice(input_per_million=99.0, output_per_million=99.0),
        },
    )
    screening = Screening(analyzer=gemini, speech=None, decoder=WavAudioDecoder(), prices=prices)
    p = (await screening.analyze_text(TEXT)).provenance
    assert (p.input_tokens, p.output_tokens) == (1200, 180)
    assert p.estimated_cost == pytest.approx(1200 * 0.30e-6 + 180 * 2.50e-6)
    assert p.cost_currency == "USD" and p.speech_billed_s is None
