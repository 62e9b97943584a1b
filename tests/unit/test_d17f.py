"""d17f: partial crisis evidence in a depressed person's talk is critical, not high (docs/clinical-rules.md, "d17f").

A means named or held with no purpose in sight, a goodbye or an end said strongly, in a text where depression of
moderate or worse is found and the speaker has not denied such thoughts: the floor makes it critical with
needs_review (SCREENING.md: over-triage is the safer error). With lighter low mood, or with the speaker's own denial,
it stays high with needs_review."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety.floor import apply_safety_floor

CASES = [
    ("요즘 잠도 못 자고 입맛도 없고 사는 낙이 없어 창고에 농약 한 병 있어", "critical"),
    (
        "밤마다 잠이 안 오고 하루 종일 눈물만 나 영감 보낸 뒤로 아무것도 하기 싫어 그동안 고마웠다고 애들한테 전해 줘",
        "critical",
    ),
    # the speaker's own denial keeps it at high: a person still looks
    ("요즘 잠도 못 자고 입맛도 없고 사는 낙이 없어 창고에 농약 한 병 있어 그래도 나는 그런 생각 없어", "high"),
    ("잠도 못 자고 입맛도 없고 사는 낙이 읎어 창고에 농약 한 병 있는디 나는 그런 생각 읎어", "high"),
    # lighter low mood: high
    ("요즘 좀 울적해 창고에 농약 한 병 있어", "high"),
]


@pytest.mark.parametrize(("text", "level"), CASES)
def test_partial_evidence_level_follows_the_depth_of_low_mood(analyzer: LocalAnalyzer, text: str, level: str) -> None:
    assessment = apply_safety_floor(analyzer.assess(text), text)
    assert assessment.needs_review, assessment.concerns
    assert assessment.risk_level.value == level, (assessment.labels, assessment.concerns)


def test_pesticide_as_a_residue_on_food_is_no_means(analyzer: LocalAnalyzer) -> None:
    text = "요즘 너무 피곤하고 우울해요 채소를 농약 잘 안 씻어서 먹은 것 같아요 다음부터는 무농약으로 살래요"
    assessment = apply_safety_floor(analyzer.assess(text), text)
    assert assessment.risk_level.value != "critical", assessment.concerns


def test_a_life_going_on_told_keeps_it_at_high(analyzer: LocalAnalyzer) -> None:
    """Three gifts given with a reason and a joy lived for now: partial evidence with the model's depression 2, high
    with review, not critical (d17v's twin)."""
    text = (
        "퇴직하고 이제 쓸 일 없어서 시계는 사위 줬어. 한복도 조카 줬어. 이불도 동생 줬다. "
        "요즘은 등산 다니는 재미로 살아."
    )
    assessment = apply_safety_floor(analyzer.assess(text), text)
    assert assessment.risk_level.value != "critical", assessment.concerns
