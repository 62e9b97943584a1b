"""Wire schemas of check-ins and stored assessments."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from mhealth.domain.model import CheckIn, Transcript
from mhealth.entrypoints.http.schemas.screening import AnalysisResponse, analysis_response


class TextCheckIn(msgspec.Struct, kw_only=True):
    text: str
    language: Annotated[str, msgspec.Meta(max_length=16)] = "ko"


class CheckInResponse(msgspec.Struct, kw_only=True):
    """A stored check-in: its transcript, its assessment (with the crisis block) and any alert raised."""

    id: str
    senior_id: str
    created_at: str
    source: str
    replayed: bool
    transcript: Transcript
    assessment: AnalysisResponse
    recording: dict[str, Any] | None
    alert_id: str | None = None


def check_in_response(c: CheckIn, *, replayed: bool = False, alert_id: str | None = None) -> CheckInResponse:
    recording = None
    if c.recording is not None:
        r = c.recording
        recording = {
            "id": r.id,
            "recorded_at": r.recorded_at.isoformat(),
            "received_at": r.received_at.isoformat(),
            "audio": msgspec.to_builtins(r.audio),
        }
    return CheckInResponse(
        id=c.id,
        senior_id=c.senior_id,
        created_at=c.created_at.isoformat(),
        source=c.source,
        replayed=replayed,
        transcript=c.transcript,
        assessment=analysis_response(c.assessment),
        recording=recording,
        alert_id=alert_id,
    )
