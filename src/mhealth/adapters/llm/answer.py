"""The model's answer: msgspec Structs mirroring :data:`mhealth.adapters.llm.prompt.ANSWER_SCHEMA`.

Lenient where leniency is safe (a missing list defaults to empty), strict on types: a wrong type is an
invalid answer, which earns one repair request. Out-of-range numbers are not rejected here; they are
clamped when the assessment is built (a model's "depression: 7" still says "severe").
"""

from __future__ import annotations

import msgspec


class AnswerLabels(msgspec.Struct, kw_only=True):
    depression: int
    anxiety: int
    cognitive_concern: int
    loneliness: int
    suicidal_ideation: int
    physical_complaint: bool = False
    abuse: bool = False


class AnswerItem(msgspec.Struct, kw_only=True):
    score: int
    evidence: list[str] = msgspec.field(default_factory=list)


class AnswerConcern(msgspec.Struct, kw_only=True):
    code: str
    dimension: str
    label_ko: str = ""
    label_en: str = ""
    evidence: list[str] = msgspec.field(default_factory=list)


class ModelAnswer(msgspec.Struct, kw_only=True):
    labels: AnswerLabels
    phq9: list[AnswerItem]
    gad7: list[AnswerItem]
    risk_level: str = "low"
    concerns: list[AnswerConcern] = msgspec.field(default_factory=list)
    key_concerns: list[str] = msgspec.field(default_factory=list)
    recommendations: list[str] = msgspec.field(default_factory=list)
    confidence: float = 0.5
    cognitive_signals: int = 0


class BadAnswer(Exception):
    """The model answered, but not with a usable answer.

    Attributes:
        reason: ``invalid_json`` (not JSON, truncated, wrong shape or types, empty) or ``refusal`` (the
            model or the provider's filter declined to answer).
        raw: what the model said (at most 4,000 characters), echoed back in the repair request. It is
            derived from redacted text only, and never logged.
    """

    def __init__(self, reason: str, raw: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.raw = raw[:4000]


_DECODER = msgspec.json.Decoder(ModelAnswer)


def decode_answer(raw: str) -> ModelAnswer:
    """Decode and validate the model's JSON text.

    Raises:
        BadAnswer: ``invalid_json`` when ``raw`` is empty, not JSON, or not of the schema's shape.
    """
    if not raw or not raw.strip():
        raise BadAnswer("invalid_json", "")
    try:
        return _DECODER.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise BadAnswer("invalid_json", raw) from None


__all__ = ["AnswerConcern", "AnswerItem", "AnswerLabels", "BadAnswer", "ModelAnswer", "decode_answer"]
