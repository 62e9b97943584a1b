"""Text the local analyzer cannot read (not Korean) never comes back as a confident low."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.model import RiskLevel
from mhealth.domain.rules.language import hangul_share, reads_as_korean, unreadable_by_analyzer


def test_hangul_share_counts_letters_only() -> None:
    assert hangul_share("오늘 MRI 찍었어요") == 1.0  # an acronym does not vote
    assert hangul_share("오늘 mri 찍었어요") == pytest.approx(6 / 9)
    assert hangul_share("12345 !!") is None
    assert hangul_share("ㅋㅋㅋ ㅠㅠ") == 1.0


@pytest.mark.parametrize(
    "text", ["오늘 MRI 찍었어요 괜찮대요", "SNS 흔적", "요즘 잠을 못 자요", "ㅋㅋㅋ", "12345", "할머니 OK"]
)
def test_korean_and_letterless_text_is_read(text: str) -> None:
    assert reads_as_korean(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to die",
        "I WANT TO DIE now",
        "死にたい",
        "我不想活了",
        "Je veux mourir",
        "I had a lovely day with my grandson",
    ],
)
def test_text_in_another_script_is_not_read_and_not_called_low(text: str) -> None:
    assert not reads_as_korean(text)
    assessment = LocalAnalyzer(use_model=False).assess(text)
    assert assessment.risk_level.rank >= RiskLevel.HIGH.rank
    assert assessment.needs_review
    assert assessment.provenance.degraded
    assert unreadable_by_analyzer(assessment)


def test_korean_text_is_not_marked_for_review() -> None:
    assessment = LocalAnalyzer(use_model=False).assess("오늘은 손주랑 산책해서 기분이 좋아요")
    assert assessment.risk_level is RiskLevel.LOW
    assert not assessment.needs_review and not unreadable_by_analyzer(assessment)
