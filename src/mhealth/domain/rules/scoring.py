"""Pure scoring rules: instrument bands, the SCREENING.md risk rule, and the 0-100 mapping.

These functions are the single source of the numbers every analyzer, fake or real, ends up with.
"""

from __future__ import annotations

from collections.abc import Sequence

from mhealth.domain.model import Band, Labels, RiskLevel

PHQ9_MAX = 27
GAD7_MAX = 21

# (upper bound inclusive, band) — DESIGN.md "Score bands".
_PHQ9_BANDS = ((4, "minimal"), (9, "mild"), (14, "moderate"), (19, "moderately_severe"), (27, "severe"))
_GAD7_BANDS = ((4, "minimal"), (9, "mild"), (14, "moderate"), (21, "severe"))


def _band(score: int, bands: Sequence[tuple[int, str]], top: int, name: str) -> str:
    if not 0 <= score <= top:
        raise ValueError(f"{name} score {score} outside 0-{top}")
    for upper, band in bands:
        if score <= upper:
            return band
    raise AssertionError("unreachable")  # pragma: no cover


def phq9_band(score: int) -> str:
    """PHQ-9 0-27: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe."""
    return _band(score, _PHQ9_BANDS, PHQ9_MAX, "PHQ-9")


def gad7_band(score: int) -> str:
    """GAD-7 0-21: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe."""
    return _band(score, _GAD7_BANDS, GAD7_MAX, "GAD-7")


def phq9(items: Sequence[int]) -> Band:
    """A PHQ-9 estimate from nine item scores (0-3 each)."""
    if len(items) != 9:
        raise ValueError("PHQ-9 has nine items")
    score = sum(items)
    return Band(score=score, band=phq9_band(score), items=tuple(items))


def gad7(items: Sequence[int]) -> Band:
    """A GAD-7 estimate from seven item scores (0-3 each)."""
    if len(items) != 7:
        raise ValueError("GAD-7 has seven items")
    score = sum(items)
    return Band(score=score, band=gad7_band(score), items=tuple(items))


def risk_from_labels(labels: Labels) -> RiskLevel:
    """The risk rule of SCREENING.md, verbatim.

    critical iff SI == 2 or (SI == 1 and depression >= 2); high if depression == 3 or anxiety == 3 or
    SI == 1; moderate if depression == 2 or anxiety == 2 or cognitive_concern == 2 or loneliness == 2;
    low otherwise.
    """
    si = labels.suicidal_ideation
    if si == 2 or (si == 1 and labels.depression >= 2):
        return RiskLevel.CRITICAL
    if labels.depression == 3 or labels.anxiety == 3 or si == 1:
        return RiskLevel.HIGH
    if labels.depression == 2 or labels.anxiety == 2 or labels.cognitive_concern == 2 or labels.loneliness == 2:
        return RiskLevel.MODERATE
    return RiskLevel.LOW


# 0-100 mapping (documented in docs/clinical-rules.md). Depression and anxiety: the instrument
# estimate scaled to 0-100, but never below the floor implied by the label, so that a label of
# "severe" can never show as a mild number. Cognitive: higher is better function.
_DEPRESSION_FLOOR = {0: 0.0, 1: 20.0, 2: 45.0, 3: 75.0}
_ANXIETY_FLOOR = {0: 0.0, 1: 20.0, 2: 45.0, 3: 75.0}
_COGNITIVE_CEILING = {0: 100.0, 1: 75.0, 2: 40.0}


def depression_score(labels: Labels, phq: Band) -> float:
    scaled = 100.0 * phq.score / PHQ9_MAX
    return round(min(100.0, max(scaled, _DEPRESSION_FLOOR[labels.depression])), 1)


def anxiety_score(labels: Labels, gad: Band) -> float:
    scaled = 100.0 * gad.score / GAD7_MAX
    return round(min(100.0, max(scaled, _ANXIETY_FLOOR[labels.anxiety])), 1)


def cognitive_score(labels: Labels, signals: int = 0) -> float:
    """100 = no cognitive concern heard; each further signal lowers it by 5 within the label's band."""
    ceiling = _COGNITIVE_CEILING[labels.cognitive_concern]
    floor = {0: 80.0, 1: 45.0, 2: 0.0}[labels.cognitive_concern]
    return round(max(floor, ceiling - 5.0 * max(0, signals - 1)), 1)


def emotional_state(labels: Labels) -> str:
    """A short Korean word for the overall state, in the original service's vocabulary."""
    if labels.suicidal_ideation:
        return "위기"
    if labels.depression >= 2 and labels.depression >= labels.anxiety:
        return "우울"
    if labels.anxiety >= 2:
        return "불안"
    if labels.depression or labels.anxiety or labels.loneliness or labels.cognitive_concern:
        return "주의"
    return "안정"
