"""From a validated model answer to a :class:`RiskAssessment`, with evidence mapped to true quotes.

Labels are clamped to their ranges; the risk level is the highest of the SCREENING.md rule over the
labels and the model's own level (the model can raise a level, never lower it). Evidence is kept only
when it is a substring of the redacted text that was sent; it is then mapped back to the original
transcript, so a stored quote is a true quote with true offsets (DESIGN.md, "Redaction and evidence").
"""

from __future__ import annotations

from mhealth.adapters.llm import prompt
from mhealth.adapters.llm.answer import AnswerItem, ModelAnswer
from mhealth.domain.model import (
    Concern,
    Dimension,
    Evidence,
    Labels,
    Provenance,
    RiskAssessment,
    RiskLevel,
    SafetyFlags,
    utcnow,
)
from mhealth.domain.rules.redaction import Redacted
from mhealth.domain.rules.scoring import (
    anxiety_score,
    cognitive_score,
    depression_score,
    emotional_state,
    gad7,
    phq9,
    risk_from_labels,
)

MAX_QUOTE = 300


def _clamp(value: int, top: int) -> int:
    return max(0, min(top, int(value)))


def _items(answer_items: list[AnswerItem], count: int) -> list[int]:
    scores = [_clamp(item.score, 3) for item in answer_items[:count]]
    return scores + [0] * (count - len(scores))


def true_quotes(quotes: list[str], redacted: Redacted) -> tuple[Evidence, ...]:
    """The model's quotes that are substrings of the sent (redacted) text, as quotes of the original.

    A quote that is not in the sent text (paraphrased, translated, respaced, invented) is dropped:
    it is never stored. Duplicates are kept once.
    """
    kept: list[Evidence] = []
    for quote in quotes:
        quote = (quote or "").strip()
        if not quote or len(quote) > MAX_QUOTE or quote not in redacted.text:
            continue
        original = redacted.to_original(quote)
        if original is not None and original not in kept:
            kept.append(original)
    return tuple(kept)


def build_assessment(
    answer: ModelAnswer,
    redacted: Redacted,
    *,
    analyzer: str,
    model: str,
    latency_ms: float,
    input_tokens: int = 0,
    output_tokens: int = 0,
) -> RiskAssessment:
    """The assessment for ``answer``; ``redacted`` is what was sent (and maps evidence back)."""
    a = answer.labels
    labels = Labels(
        depression=_clamp(a.depression, 3),
        anxiety=_clamp(a.anxiety, 3),
        cognitive_concern=_clamp(a.cognitive_concern, 2),
        loneliness=_clamp(a.loneliness, 2),
        suicidal_ideation=_clamp(a.suicidal_ideation, 2),
        physical_complaint=bool(a.physical_complaint),
    )
    p, g = phq9(_items(answer.phq9, 9)), gad7(_items(answer.gad7, 7))
    try:
        own = RiskLevel(answer.risk_level.strip().lower())
    except ValueError:
        own = RiskLevel.LOW
    concerns: list[Concern] = []
    for c in answer.concerns:
        try:
            dimension = Dimension(c.dimension.strip().lower())
        except ValueError:
            continue
        code = c.code.strip().lower().replace(" ", "_")[:64]
        if not code:
            continue
        concerns.append(
            Concern(
                code=code,
                dimension=dimension,
                label_ko=c.label_ko.strip()[:100] or code,
                label_en=c.label_en.strip()[:100] or code,
                evidence=true_quotes(c.evidence, redacted),
            )
        )
    item9 = answer.phq9[8] if len(answer.phq9) >= 9 else None
    if (
        labels.suicidal_ideation
        and item9 is not None
        and not any(c.dimension is Dimension.SUICIDAL_IDEATION for c in concerns)
    ):
        concerns.append(
            Concern(
                code="phq9_item9",
                dimension=Dimension.SUICIDAL_IDEATION,
                label_ko="죽음 또는 자해에 대한 생각",
                label_en="Thoughts of death or self-harm",
                evidence=true_quotes(item9.evidence, redacted),
                item="PHQ-9 #9",
            )
        )
    key_concerns = tuple(k.strip() for k in answer.key_concerns if k.strip())[:10] or tuple(
        c.label_ko for c in concerns
    )
    recommendations = tuple(r.strip() for r in answer.recommendations if r.strip())[:5] or (
        "현재의 건강한 생활 습관을 유지하세요",
    )
    return RiskAssessment(
        depression_score=depression_score(labels, p),
        anxiety_score=anxiety_score(labels, g),
        cognitive_score=cognitive_score(labels, _clamp(answer.cognitive_signals, 20)),
        emotional_state=emotional_state(labels),
        key_concerns=key_concerns,
        recommendations=recommendations,
        confidence=min(1.0, max(0.0, float(answer.confidence))),
        timestamp=utcnow(),
        labels=labels,
        phq9=p,
        gad7=g,
        risk_level=RiskLevel.highest(risk_from_labels(labels), own),
        concerns=tuple(concerns),
        safety=SafetyFlags(
            passive_ideation=labels.suicidal_ideation >= 1,
            active_ideation=labels.suicidal_ideation == 2,
            safeguarding=bool(a.abuse),
        ),
        provenance=Provenance(
            analyzer=analyzer,
            model=model,
            prompt_version=prompt.PROMPT_VERSION,
            latency_ms=latency_ms,
            input_tokens=input_tokens or None,
            output_tokens=output_tokens or None,
        ),
        redaction=redacted.report,
    )


__all__ = ["MAX_QUOTE", "build_assessment", "true_quotes"]
