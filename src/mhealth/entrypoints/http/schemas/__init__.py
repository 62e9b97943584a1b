"""Wire schemas (msgspec Structs), one module per resource; the stateless screening ones re-exported here."""

from mhealth.entrypoints.http.schemas.screening import (
    HOTLINES,
    AnalysisRequest,
    AnalysisResponse,
    AudioAnalysisResponse,
    Crisis,
    Hotline,
    TranscriptionResponse,
    analysis_response,
    audio_analysis_response,
    crisis_for,
    screened,
    transcription_response,
)

__all__ = [
    "HOTLINES",
    "AnalysisRequest",
    "AnalysisResponse",
    "AudioAnalysisResponse",
    "Crisis",
    "Hotline",
    "TranscriptionResponse",
    "analysis_response",
    "audio_analysis_response",
    "crisis_for",
    "screened",
    "transcription_response",
]
