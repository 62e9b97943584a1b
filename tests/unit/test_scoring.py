"""Score bands and the SCREENING.md risk rule."""

import pytest

from mhealth.domain.model import Labels, RiskLevel
from mhealth.domain.rules.scoring import (
    anxiety_score,
    cognitive_score,
    depression_score,
    gad7,
    gad7_band,
    phq9,
    phq9_band,
    risk_from_labels,
)


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_bands_follow_the_published_cut_points(score, band):
    assert phq9_band(score) == band


@pytest.mark.parametrize(
    ("score", "band"), [(4, "minimal"), (5, "mild"), (10, "moderate"), (15, "severe"), (21, "severe")]
)
def test_gad7_bands_follow_the_published_cut_points(score, band):
    assert gad7_band(score) == band


def test_scores_outside_the_instrument_range_are_refused():
    with pytest.raises(ValueError):
        phq9_band(28)
    with pytest.raises(ValueError):
        gad7([0] * 6)


@pytest.mark.parametrize(
    ("labels", "level"),
    [
        (Labels(), RiskLevel.LOW),
        (Labels(depression=1, anxiety=1, cognitive_concern=1, loneliness=1), RiskLevel.LOW),
        (Labels(loneliness=2), RiskLevel.MODERATE),
        (Labels(cognitive_concern=2), RiskLevel.MODERATE),
        (Labels(depression=2), RiskLevel.MODERATE),
        (Labels(anxiety=3), RiskLevel.HIGH),
        (Labels(depression=3), RiskLevel.HIGH),
        (Labels(suicidal_ideation=1), RiskLevel.HIGH),
        (Labels(suicidal_ideation=1, depression=2), RiskLevel.CRITICAL),
        (Labels(suicidal_ideation=2), RiskLevel.CRITICAL),
    ],
)
def test_risk_level_is_the_screening_rule(labels, level):
    assert risk_from_labels(labels) is level


def test_a_severe_label_never_shows_as_a_mild_number():
    labels = Labels(depression=3, anxiety=3)
    assert depression_score(labels, phq9([0] * 9)) >= 75
    assert anxiety_score(labels, gad7([0] * 7)) >= 75


def test_cognitive_score_is_higher_for_better_function():
    assert (
        cognitive_score(Labels())
        > cognitive_score(Labels(cognitive_concern=1))
        > cognitive_score(Labels(cognitive_concern=2))
    )


def test_labels_out_of_range_are_refused():
    from mhealth.domain.errors import InvariantViolation

    with pytest.raises(InvariantViolation) as info:
        Labels(depression=4)
    assert info.value.field == "depression"
