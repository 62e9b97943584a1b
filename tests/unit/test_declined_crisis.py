"""d20: crisis patterns an analyzer declined in a long transcript (SafetyFlags.declined) go to a person, at least high
with needs_review, instead of a crisis page; nothing else of the floor changes (docs/clinical-rules.md, "d20")."""

from __future__ import annotations

import msgspec
import pytest

from mhealth.adapters.local import analyzer as local_analyzer
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels, RiskLevel, SafetyFlags
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor
from mhealth.domain.rules.scoring import risk_from_labels

#: a long, calm check-in with one means named and nothing that completes it (600+ characters)
CALM = (
    "오늘은 아침부터 날이 좋아서 마당에 빨래를 널었어요. 점심에는 경로당에 가서 칼국수를 먹고 화투도 좀 쳤고요. "
    "손녀가 다음 달에 대학 졸업을 한대서 선물로 뭘 사 줄까 고민이에요. 무릎은 요즘 물리치료 받으니까 많이 나았어요. "
) * 4 + "창고 정리하다 보니 번개탄이 한 상자 있더라고요. 저녁엔 아들이랑 통화하고 드라마 보다 잘 거예요."
HIT = "요즘 수면제를 조금씩 모아두고 있어요"


def _declined(text: str, codes: tuple[str, ...]) -> RiskLevel:
    calm = assessment_from_labels(Labels())
    flagged = msgspec.structs.replace(calm, safety=SafetyFlags(declined=codes))
    return apply_safety_floor(flagged, text).risk_level


def test_the_floor_sends_a_declined_pattern_to_a_person_not_to_a_crisis() -> None:
    calm = assessment_from_labels(Labels())
    result = apply_safety_floor(msgspec.structs.replace(calm, safety=SafetyFlags(declined=("means_pills",))), HIT)
    assert result.risk_level is RiskLevel.HIGH
    assert result.needs_review
    assert result.labels.suicidal_ideation == 0
    assert any(c.code == PARTIAL_CODE for c in result.concerns)
    assert result.safety.declined == ("means_pills",)


def test_a_pattern_not_declined_still_raises_to_critical() -> None:
    assert _declined(HIT, ("means_charcoal",)) is RiskLevel.CRITICAL
    assert _declined(HIT, ()) is RiskLevel.CRITICAL


def test_abuse_is_never_declined() -> None:
    text = "아들이 때려서 무서워요. 돈도 다 가져갔어요"
    plain = apply_safety_floor(assessment_from_labels(Labels()), text)
    assert plain.safety.safeguarding  # the floor reads abuse here, so the check below can fail
    calm = assessment_from_labels(Labels())
    declined = apply_safety_floor(
        msgspec.structs.replace(calm, safety=SafetyFlags(declined=tuple(c.code for c in plain.concerns))), text
    )
    assert declined.safety.safeguarding == plain.safety.safeguarding


@pytest.fixture
def doubting(analyzer: LocalAnalyzer, monkeypatch: pytest.MonkeyPatch) -> LocalAnalyzer:
    """The shipped analyzer with a model that reads every text as far below its review threshold."""
    _score_ideation(analyzer, monkeypatch, 0.05)
    return analyzer


def _score_ideation(analyzer: LocalAnalyzer, monkeypatch: pytest.MonkeyPatch, p: float) -> None:
    """Make the shipped model score suicidal ideation ``p`` at every level, in ``head_scores`` (what the decline
    reads) and ``levels`` (what the model's own raises read) alike, so that the analyzer sees one model."""
    model = analyzer._model
    assert model is not None
    scores, levels = model.head_scores, model.levels

    def fixed_scores(text, clauses, head):  # type: ignore[no-untyped-def]
        out = scores(text, clauses, head)
        return [(p, span) for _, span in out] if head == "suicidal_ideation" else out

    def fixed_levels(text, clauses=None):  # type: ignore[no-untyped-def]
        out = levels(text, clauses)
        thresholds = model.thresholds.by_head.get("suicidal_ideation", {})
        level = max((k for k, t in thresholds.items() if p >= t), default=0)
        out["suicidal_ideation"] = (level, p, out["suicidal_ideation"][2])
        return out

    monkeypatch.setattr(model, "head_scores", fixed_scores)
    monkeypatch.setattr(model, "levels", fixed_levels)


#: the same calm call in low mood (depression 2 and more: weeks of no appetite, sleep or joy)
LOW_MOOD = (
    CALM
    + " 근데 요즘은 한 달째 입맛도 없고 잠도 못 자요. 아무것도 하기 싫고 하루 종일 눈물만 나요."
    + " 사는 게 아무 재미가 없어요."
)


def test_a_long_transcript_with_an_uncorroborated_means_goes_to_a_person(doubting: LocalAnalyzer) -> None:
    """d27: an object named (charcoal in the shed) in calm talk: a person looks, at the level its labels give."""
    assert len(CALM) >= local_analyzer.UNCORROBORATED_MIN_CHARS
    result = apply_safety_floor(doubting.assess(CALM), CALM)
    assert result.risk_level is risk_from_labels(result.labels), [c.code for c in result.concerns]
    assert result.risk_level in (RiskLevel.LOW, RiskLevel.MODERATE)
    assert result.needs_review
    assert "means_charcoal" in result.safety.declined
    assert any(c.code == PARTIAL_CODE for c in result.concerns)
    assert all(CALM[e.start : e.end] == e.quote for c in result.concerns for e in c.evidence)


def test_a_long_low_mood_transcript_with_an_uncorroborated_means_is_high_with_review(doubting: LocalAnalyzer) -> None:
    """Issue 18, item 6: a method mentioned with no stated intent in a long, low-mood transcript is at least high."""
    result = apply_safety_floor(doubting.assess(LOW_MOOD), LOW_MOOD)
    assert result.labels.depression >= 2, result.labels
    assert result.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL), [c.code for c in result.concerns]
    assert result.needs_review or result.risk_level is RiskLevel.CRITICAL


def test_a_short_text_is_never_declined(doubting: LocalAnalyzer) -> None:
    result = apply_safety_floor(doubting.assess(HIT), HIT)
    assert result.risk_level is RiskLevel.CRITICAL and not result.safety.declined


def test_an_attempt_told_in_a_long_transcript_is_never_declined(doubting: LocalAnalyzer) -> None:
    text = CALM + " 사실은 지난주에 저수지 둑에 가서 확 빠질까 하다가 그냥 돌아왔어요."
    result = apply_safety_floor(doubting.assess(text), text)
    assert result.risk_level is RiskLevel.CRITICAL and not result.safety.declined


def test_with_the_model_corroborating_the_long_transcript_stays_critical(analyzer: LocalAnalyzer) -> None:
    text = CALM + " 근데 번개탄은 작은방에 들여놨어요. 이번 주말에 다 끝낼 거예요. 찾지 마세요."
    assert apply_safety_floor(analyzer.assess(text), text).risk_level is RiskLevel.CRITICAL


def test_the_decline_holds_where_it_was_measured_whatever_the_review_band(
    analyzer: LocalAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refitted model whose card sends more to review (its review threshold 0.40, the twenty-seventh session's fit)
    still declines crisis wording it scores below UNCORROBORATED_BELOW: a score of 0.45 on calm long talk is doubt, as
    it was when d20 was measured, not corroboration (that fit's blind long sets went 4 -> 11 false critical of 154
    with the decline read off the card)."""
    model = analyzer._model
    assert model is not None
    _score_ideation(analyzer, monkeypatch, 0.45)
    monkeypatch.setitem(model.thresholds.by_head, local_analyzer.REVIEW_HEAD, {1: 0.40})
    assert 0.40 < 0.45 < local_analyzer.UNCORROBORATED_BELOW
    result = apply_safety_floor(analyzer.assess(CALM), CALM)
    assert "means_charcoal" in result.safety.declined, [c.code for c in result.concerns]
    assert result.risk_level is not RiskLevel.CRITICAL
    assert result.needs_review


def test_a_declined_row_does_not_hide_the_wish_to_be_taken_the_floor_reads_when_nothing_else_stands() -> None:
    """d46: the floor reads a late spouse asked to take the speaker (``discourse.taken_by_the_dead``) only when no
    other hit stands; a row the analyzer declined does not stand (a golden composite of 740 characters went critical
    -> high when a new row fired in it and was declined)."""
    taken = "어제는 산소에 갔다. 할멈 묻힌 데. 가서 한참 앉아 있다가 할멈아 나 좀 빨리 데리고 가라 캤다."
    text = taken + " " + HIT
    alone = apply_safety_floor(assessment_from_labels(Labels()), taken)
    assert [c.code for c in alone.concerns if c.code == "taken"]  # the floor's own reading, so the check below can fail
    result = apply_safety_floor(
        msgspec.structs.replace(assessment_from_labels(Labels()), safety=SafetyFlags(declined=("means_pills",))), text
    )
    assert result.labels.suicidal_ideation == 1
    assert "taken" in [c.code for c in result.concerns]
    assert result.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
