"""LocalAnalyzer: Korean check-in speech -> SCREENING.md labels, with evidence, offline."""

from __future__ import annotations

import asyncio

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import RiskLevel


@pytest.fixture(scope="module")
def analyzer() -> LocalAnalyzer:
    local = LocalAnalyzer()
    assert local.wait_until_loaded(timeout=30)
    return local


def labels(analyzer: LocalAnalyzer, text: str) -> dict[str, object]:
    return analyzer.label(text)


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("오늘은 날씨가 좋아서 경로당에 다녀왔어요 친구들이랑 점심도 먹었어", "low"),
        ("아이고 더워 죽겠네 선풍기를 틀어도 소용이 없어", "low"),
        ("우울해서 경로당도 안 나간 지 한참 됐어 사람 만나기도 싫고", "moderate"),
        ("일주일 넘게 씻지도 않고 밥도 안 하고 하루 종일 울기만 했어", "high"),
        ("공황이 와서 응급실 또 갔어", "high"),
        ("영감 따라 가야지 뭐", "high"),
        ("빨리 죽어야지 요새 밥맛도 없고 잠도 못 자고 기운이 없어 한 달째야", "critical"),
        ("수면제를 조금씩 모아 두고 있어", "critical"),
    ],
)
def test_risk_follows_the_screening_rule(analyzer: LocalAnalyzer, text: str, risk: str) -> None:
    assert labels(analyzer, text)["risk"] == risk


def test_idioms_do_not_count_but_real_symptoms_next_to_them_do(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "배고파죽겠다 점심 뭐 먹을까")["anxiety"] == 0
    idiom_with_symptoms = labels(analyzer, "불안해 죽겠어 요새 심장이 벌렁벌렁하고 밤에 두세 번은 깨")
    assert idiom_with_symptoms["anxiety"] == 2


def test_another_persons_symptoms_are_not_the_speakers(analyzer: LocalAnalyzer) -> None:
    result = labels(analyzer, "옆집 할매가 요새 우울증이 와가 밥도 안 묵는다 카대")
    assert result["depression"] == 0
    assert labels(analyzer, "이웃 할매가 자꾸 외롭다 외롭다 하는데 나는 영감이랑 둘이 재밌게 살아")["loneliness"] == 0


def test_media_and_a_resolved_past_do_not_count(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "드라마에서 주인공이 우는 장면이 나오는데 눈물이 나더라")["depression"] == 0
    assert labels(analyzer, "그때는 매일 울었지 근데 치료 받고 이제는 다 나았어")["depression"] == 0


def test_speech_to_text_spacing_does_not_matter(analyzer: LocalAnalyzer) -> None:
    spaced = labels(analyzer, "하루 종일 말 한마디 할 사람이 없어요 전화도 안 오고")
    joined = labels(analyzer, "하루종일말한마디할사람이없어요전화도안오고")
    assert spaced["loneliness"] == joined["loneliness"] == 2


def test_dialect_is_understood(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "아무것도 못 허겄어 며칠째 밥도 안 묵고 씻도 안 하고 누워만 있당께")["depression"] == 3
    assert labels(analyzer, "고마 자다가 가삣으면 좋겠다")["suicidal_ideation"] == 1


def test_cognitive_levels_separate_benign_slips_from_safety_lapses(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "안경 쓰고 안경 찾았어 나 참")["cognitive_concern"] == 1
    assert labels(analyzer, "국 올려놓고 깜빡해서 냄비를 다 태웠어")["cognitive_concern"] == 2
    assert labels(analyzer, "아침 약을 먹었나 안 먹었나 몰라서 또 먹었어")["cognitive_concern"] == 2


def test_worry_worse_than_proportionate_is_anxiety_two(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "무릎 수술 앞두고 좀 긴장돼요 잘 되겠지요")["anxiety"] == 1
    assert labels(analyzer, "돈 걱정 때문에 밤에 잠이 안 와 몇 달째야")["anxiety"] == 2


def test_physical_complaints_exclude_routine_medication(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "무릎이 쑤셔요")["physical_complaint"] is True
    assert (
        labels(analyzer, "혈압약은 아침마다 잘 챙겨 먹고 있어요 특별히 아픈 데는 없고요")["physical_complaint"] is False
    )


def test_elder_abuse_sets_the_safeguarding_flag(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "영감한테 또 맞았어 팔에 멍이 들었어")["abuse"] is True


def test_every_concern_quotes_the_text_at_its_offsets(analyzer: LocalAnalyzer) -> None:
    text = "요새 통 입맛이 없고 잠도 못 자 한 달째야. 그냥 빨리 죽어야지"
    assessment = analyzer.assess(text)
    assert assessment.concerns
    for concern in assessment.concerns:
        assert concern.evidence
        for evidence in concern.evidence:
            assert evidence.start is not None and evidence.end is not None
            assert text[evidence.start : evidence.end] == evidence.quote


def test_the_assessment_is_complete_and_consistent(analyzer: LocalAnalyzer) -> None:
    assessment = analyzer.assess("하루 종일 울어 밥도 안 먹고 며칠째야")
    assert assessment.labels.depression == 3
    assert assessment.risk_level is RiskLevel.HIGH
    assert assessment.depression_score >= 75.0
    assert assessment.phq9.score > 0 and len(assessment.phq9.items) == 9
    assert len(assessment.gad7.items) == 7
    assert assessment.emotional_state == "우울"
    assert assessment.key_concerns and assessment.recommendations
    assert assessment.timestamp.tzinfo is not None
    provenance = assessment.provenance
    assert provenance.analyzer == "local"
    assert provenance.model.startswith("kiwipiepy-") and "+lexicon-" in provenance.model
    assert provenance.prompt_version is None
    assert any("dep_" in note for note in provenance.notes)
    assert not any("밥도" in note for note in provenance.notes)  # notes never quote the text


def test_label_applies_the_safety_floor(analyzer: LocalAnalyzer) -> None:
    result = labels(analyzer, "내일 아침엔 없을 거야")
    assert result["suicidal_ideation"] == 2
    assert result["risk"] == "critical"


async def test_analyze_runs_off_the_event_loop_and_rejects_blank_text() -> None:
    local = LocalAnalyzer()
    assessment = await local.analyze("무릎이 쑤셔요")
    assert assessment.labels.physical_complaint is True
    with pytest.raises(InvalidInput):
        await local.analyze("   ")


async def test_readiness_reports_warming_until_the_model_is_loaded() -> None:
    local = LocalAnalyzer()
    first = await local.readiness()
    assert first.state in ("warming", "ready")
    await asyncio.to_thread(local.wait_until_loaded, 30)
    assert (await local.readiness()).state == "ready"


async def test_without_morphology_the_analyzer_still_screens() -> None:
    local = LocalAnalyzer(use_morphology=False)
    assert (await local.readiness()).state == "ready"
    assessment = await local.analyze("수면제를 조금씩 모아 두고 있어")
    assert assessment.labels.suicidal_ideation == 2
