"""Wire schemas (msgspec Structs). Field names of the original service are kept exactly.

Polarity: ``depression_score`` and ``anxiety_score`` 0-100, higher is worse; ``cognitive_score`` 0-100,
higher is better function; ``confidence`` 0-1. Durations in seconds; times in RFC 3339 with offset.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from mhealth.domain.errors import UnsupportedLanguage
from mhealth.domain.model import (
    AudioInfo,
    Band,
    Concern,
    Labels,
    Provenance,
    RedactionReport,
    RiskAssessment,
    RiskLevel,
    SafetyFlags,
    Segment,
    SpeechTiming,
    Transcript,
)
from mhealth.domain.rules.language import unreadable_by_analyzer
from mhealth.domain.usecases.screening import AudioResult


class AnalysisRequest(msgspec.Struct, kw_only=True):
    """``POST /analyze`` body, as in the original service."""

    text: str
    user_id: Annotated[str, msgspec.Meta(max_length=200)]
    session_id: Annotated[str, msgspec.Meta(max_length=200)] | None = None


class Hotline(msgspec.Struct, frozen=True, kw_only=True):
    name: str
    name_ko: str
    number: str


HOTLINES = (
    Hotline(name="Suicide-prevention line (24 h)", name_ko="자살예방상담전화", number="109"),
    Hotline(name="Emergency", name_ko="긴급신고", number="119"),
    Hotline(name="Mental-health crisis line", name_ko="정신건강위기상담전화", number="1577-0199"),
)


class Crisis(msgspec.Struct, frozen=True, kw_only=True):
    """What the calling app should do now. ``immediate`` is true for a critical result."""

    needed: bool
    immediate: bool
    level: RiskLevel
    message: str
    message_ko: str
    hotlines: tuple[Hotline, ...] = ()


_NO_CRISIS = {
    RiskLevel.LOW: Crisis(
        needed=False,
        immediate=False,
        level=RiskLevel.LOW,
        message="No crisis signs.",
        message_ko="위기 징후가 없습니다.",
    ),
    RiskLevel.MODERATE: Crisis(
        needed=False,
        immediate=False,
        level=RiskLevel.MODERATE,
        message="Follow up at the next regular contact.",
        message_ko="다음 정기 연락 때 확인하세요.",
    ),
}
_HIGH = Crisis(
    needed=True,
    immediate=False,
    level=RiskLevel.HIGH,
    message="Contact the senior today and arrange a professional assessment.",
    message_ko="오늘 중으로 어르신께 연락하고 전문가 평가를 연계하세요.",
    hotlines=HOTLINES,
)
_CRITICAL = Crisis(
    needed=True,
    immediate=True,
    level=RiskLevel.CRITICAL,
    message="Contact the senior now. If they may be in danger call 119; the suicide-prevention line is 109.",
    message_ko="지금 바로 어르신께 연락하세요. 위험하면 119, 자살예방상담전화는 109입니다.",
    hotlines=HOTLINES,
)


_LOW = _NO_CRISIS[RiskLevel.LOW]


def crisis_for(level: RiskLevel) -> Crisis:
    if level is RiskLevel.LOW:  # the common answer, without hashing an enum member
        return _LOW
    if level is RiskLevel.CRITICAL:
        return _CRITICAL
    if level is RiskLevel.HIGH:
        return _HIGH
    return _NO_CRISIS[level]


class AnalysisResponse(msgspec.Struct):
    """The original service's eight fields first, then the richer assessment and the crisis block."""

    depression_score: float
    anxiety_score: float
    cognitive_score: float
    emotional_state: str
    key_concerns: tuple[str, ...]
    recommendations: tuple[str, ...]
    confidence: float
    timestamp: str
    risk_level: RiskLevel
    safety: SafetyFlags
    crisis: Crisis
    labels: Labels
    phq9: Band
    gad7: Band
    concerns: tuple[Concern, ...]
    provenance: Provenance
    redaction: RedactionReport
    assessment_id: str
    disclaimer: str
    disclaimer_ko: str
    needs_review: bool  # a person must look (partial evidence); never lowers the level


class AudioAnalysisResponse(AnalysisResponse, kw_only=True):
    transcript: str
    audio_duration: float
    audio: AudioInfo


class TranscriptionResponse(msgspec.Struct, kw_only=True):
    """``POST /transcribe``: the original four fields, then segments, timing and what the audio was."""

    transcript: str
    confidence: float
    language_code: str
    audio_duration: float
    segments: tuple[Segment, ...]
    timing: SpeechTiming | None
    audio: AudioInfo
    provider: str
    model: str


def _analysis_values(a: RiskAssessment) -> tuple[Any, ...]:
    """The values of ``AnalysisResponse``'s fields, in their order (positional: cheaper on the hot path;
    tests/unit/test_schemas.py holds each value to its field's name)."""
    return (
        a.depression_score,
        a.anxiety_score,
        a.cognitive_score,
        a.emotional_state,
        a.key_concerns,
        a.recommendations,
        a.confidence,
        a.timestamp.isoformat(),
        a.risk_level,
        a.safety,
        crisis_for(a.risk_level),
        a.labels,
        a.phq9,
        a.gad7,
        a.concerns,
        a.provenance,
        a.redaction,
        a.id,
        a.disclaimer,
        a.disclaimer_ko,
        a.needs_review,
    )


def analysis_response(a: RiskAssessment) -> AnalysisResponse:
    return AnalysisResponse(*_analysis_values(a))


def screened(a: RiskAssessment) -> RiskAssessment:
    """``a``, unless the analyzer could not read the text: the stateless endpoints then answer 422
    ``unsupported_language`` (with ``needs_review`` and the crisis lines), never a confident level."""
    if unreadable_by_analyzer(a):
        raise UnsupportedLanguage(
            "The text is not in a language the analyzer reads (Korean); a person must review it.",
            field="text",
            detail_ko="분석기가 읽을 수 없는 언어입니다(한국어만 지원). 사람이 직접 확인해야 합니다.",
        )
    return a


def audio_analysis_response(result: AudioResult, a: RiskAssessment) -> AudioAnalysisResponse:
    return AudioAnalysisResponse(
        *_analysis_values(a),
        transcript=result.transcript.text,
        audio_duration=result.audio.info.duration_s,
        audio=result.audio.info,
    )


def transcription_response(result: AudioResult, language_code: str) -> TranscriptionResponse:
    t: Transcript = result.transcript
    return TranscriptionResponse(
        transcript=t.text,
        confidence=t.confidence,
        language_code=language_code,
        audio_duration=result.audio.info.duration_s,
        segments=t.segments,
        timing=t.timing,
        audio=result.audio.info,
        provider=t.provider,
        model=t.model,
    )
