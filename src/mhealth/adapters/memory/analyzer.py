"""A fake analyzer that returns configured assessments: for tests and benchmarks, never for care."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Mapping

import msgspec

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import Labels, Provenance, RiskAssessment, SafetyFlags, utcnow
from mhealth.domain.rules.scoring import (
    anxiety_score,
    cognitive_score,
    depression_score,
    emotional_state,
    gad7,
    phq9,
    risk_from_labels,
)
from mhealth.ports.analyzer import Analyzer


def assessment_from_labels(labels: Labels, *, analyzer: str = "memory", model: str = "fake") -> RiskAssessment:
    """A consistent assessment for ``labels`` (instrument items spread to match the label)."""
    dep_items = [min(3, labels.depression)] * 2 + [0] * 7
    anx_items = [min(3, labels.anxiety)] * 2 + [0] * 5
    p, g = phq9(dep_items), gad7(anx_items)
    return RiskAssessment(
        depression_score=depression_score(labels, p),
        anxiety_score=anxiety_score(labels, g),
        cognitive_score=cognitive_score(labels),
        emotional_state=emotional_state(labels),
        key_concerns=(),
        recommendations=("현재의 건강한 생활 습관을 유지하세요",),
        confidence=0.5,
        timestamp=utcnow(),
        labels=labels,
        phq9=p,
        gad7=g,
        risk_level=risk_from_labels(labels),
        concerns=(),
        safety=_flags(labels),
        provenance=Provenance(analyzer=analyzer, model=model, is_fake=True),
    )


def _flags(labels: Labels) -> SafetyFlags:
    return SafetyFlags(passive_ideation=labels.suicidal_ideation >= 1, active_ideation=labels.suicidal_ideation == 2)


class InMemoryAnalyzer(Analyzer):
    """Returns the assessment configured for the exact text, else the default (a calm, low result).

    Its provenance always says ``is_fake=True``. ``latency_s`` simulates a provider's latency (the
    container sets it only when a benchmark flag enables it). ``calls`` records the latest texts it was
    given (at most 1,000).
    """

    name = "memory"

    def __init__(
        self,
        responses: Mapping[str, RiskAssessment] | None = None,
        *,
        default: RiskAssessment | None = None,
        latency_s: float = 0.0,
    ) -> None:
        self.responses = dict(responses or {})
        self.default = default or assessment_from_labels(Labels())
        self.latency_s = latency_s
        self.calls: deque[str] = deque(maxlen=1000)  # the latest texts, for assertions; bounded in a server

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        if not text.strip():
            raise InvalidInput("text is blank", field="text", detail_ko="텍스트가 비어있습니다")
        self.calls.append(text)
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        chosen = self.responses.get(text, self.default)
        provenance = chosen.provenance
        if not provenance.is_fake:
            provenance = msgspec.structs.replace(provenance, is_fake=True)
        return msgspec.structs.replace(chosen, timestamp=utcnow(), provenance=provenance)


__all__ = ["InMemoryAnalyzer", "assessment_from_labels"]
