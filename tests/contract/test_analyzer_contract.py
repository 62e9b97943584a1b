"""The Analyzer contract, over the fake, the on-device Korean analyzer, Gemini and an OpenAI-compatible server
(each against its loopback stand-in, with the production redactor), and both behind FallbackAnalyzer while
their provider fails (the degraded answer keeps the contract too)."""

from __future__ import annotations

import importlib.util

import pytest

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import RiskAssessment, RiskLevel
from mhealth.domain.rules.scoring import risk_from_labels
from mhealth.ports.analyzer import Analyzer
from tests.contract.google_impls import GOOGLE_PARAMS, google_adapter
from tests.contract.llm_impls import LLM_PARAMS, llm_analyzer, quoting_answer

IMPLEMENTATIONS = ["memory", "local", *GOOGLE_PARAMS["analyzer"], *LLM_PARAMS]

TEXTS = [
    "요즘 밤에 잠을 잘 못 자고 입맛도 없어요. 아무것도 하기 싫어요",
    "오늘은 손주들이 와서 같이 밥 먹었어요",
    "어제 약 먹는 걸 깜빡했어요. 자꾸 잊어버려",
]


@pytest.fixture(params=IMPLEMENTATIONS)
async def analyzer(request):
    if request.param == "memory":
        from mhealth.adapters.memory import InMemoryAnalyzer

        yield InMemoryAnalyzer()
    elif request.param == "local":
        if importlib.util.find_spec("mhealth.adapters.local.analyzer") is None:
            pytest.fail("the local analyzer module is missing")
        from mhealth.adapters.local.analyzer import LocalAnalyzer

        local = LocalAnalyzer()
        yield local
        await local.aclose()
    elif request.param in LLM_PARAMS:
        async with llm_analyzer(request.param) as hosted:
            yield hosted
    else:
        async with google_adapter(request.param) as gemini:
            gemini.stand_in.answer = quoting_answer
            yield gemini


def test_it_is_an_analyzer(analyzer):
    assert isinstance(analyzer, Analyzer)


@pytest.mark.parametrize("text", TEXTS, ids=["low-mood", "calm", "forgetful"])
async def test_it_returns_a_complete_consistent_assessment(analyzer, text):
    result = await analyzer.analyze(text)
    assert isinstance(result, RiskAssessment)
    assert 0 <= result.depression_score <= 100 and 0 <= result.anxiety_score <= 100
    assert 0 <= result.cognitive_score <= 100 and 0 <= result.confidence <= 1
    assert len(result.phq9.items) in (0, 9) and len(result.gad7.items) in (0, 7)
    # Its own level is never below what the SCREENING.md rule gives for its own labels.
    assert result.risk_level.rank >= risk_from_labels(result.labels).rank
    assert result.provenance.analyzer and result.provenance.model
    assert result.timestamp.tzinfo is not None


@pytest.mark.parametrize("text", TEXTS, ids=["low-mood", "calm", "forgetful"])
async def test_evidence_quotes_are_true_quotes(analyzer, text):
    result = await analyzer.analyze(text)
    for concern in result.concerns:
        for evidence in concern.evidence:
            assert evidence.quote in text
            if evidence.start is not None and evidence.end is not None:
                assert text[evidence.start : evidence.end] == evidence.quote


async def test_blank_text_is_refused(analyzer):
    with pytest.raises(InvalidInput):
        await analyzer.analyze("   ")


async def test_it_reports_readiness(analyzer):
    assert (await analyzer.readiness()).state in ("ready", "warming", "unavailable")


def test_levels_are_ordered():
    assert RiskLevel.highest(RiskLevel.LOW, RiskLevel.CRITICAL, RiskLevel.HIGH) is RiskLevel.CRITICAL
