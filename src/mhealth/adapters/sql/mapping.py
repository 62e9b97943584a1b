"""Explicit mapping between domain Structs and table rows (``to_row`` / ``to_domain``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from mhealth.adapters.sql.rows import (
    AlertRow,
    AnalyticsEventRow,
    AssessmentRow,
    CheckInRow,
    DeliveryAttemptRow,
    OutboxRow,
    RecordingRow,
    SeniorRow,
    TranscriptRow,
)
from mhealth.domain.model import (
    AckOutcome,
    Alert,
    AlertEvent,
    AlertStatus,
    AnalyticsEvent,
    AudioInfo,
    CheckIn,
    DeliveryAttempt,
    DeliveryOutcome,
    Evidence,
    PendingDelivery,
    Recording,
    RiskAssessment,
    RiskLevel,
    Segment,
    Senior,
    SpeechTiming,
    Transcript,
)

_encoder = msgspec.json.Encoder()
_assessment = msgspec.json.Decoder(RiskAssessment)
_segments = msgspec.json.Decoder(tuple[Segment, ...])
_timing = msgspec.json.Decoder(SpeechTiming)
_evidence = msgspec.json.Decoder(tuple[Evidence, ...])
_strings = msgspec.json.Decoder(tuple[str, ...])


def _json(value: Any) -> str:
    return _encoder.encode(value).decode("utf-8")


# -- seniors ---------------------------------------------------------------------------------------


def senior_to_row(senior: Senior) -> SeniorRow:
    return SeniorRow(
        id=senior.id,
        display_name=senior.display_name,
        created_at=senior.created_at,
        timezone=senior.timezone,
        birth_year=senior.birth_year,
        external_ref=senior.external_ref,
        consent_audio=senior.consent_audio,
    )


def senior_to_domain(row: SeniorRow) -> Senior:
    return Senior(
        id=row.id,
        display_name=row.display_name,
        created_at=row.created_at,
        timezone=row.timezone,
        birth_year=row.birth_year,
        external_ref=row.external_ref,
        consent_audio=bool(row.consent_audio),
    )


# -- check-ins (check_in + recording + transcript + assessment) ------------------------------------


def check_in_to_rows(check_in: CheckIn) -> list[Any]:
    """The rows of one check-in, parents first (the order they must be inserted in)."""
    rows: list[Any] = [
        CheckInRow(
            id=check_in.id,
            senior_id=check_in.senior_id,
            created_at=check_in.created_at,
            source=check_in.source,
            idempotency_key=check_in.idempotency_key,
        ),
        transcript_to_row(check_in.id, check_in.transcript),
        assessment_to_row(check_in.id, check_in.senior_id, check_in.assessment),
    ]
    if check_in.recording is not None:
        rows.append(recording_to_row(check_in.id, check_in.recording))
    return rows


def check_in_to_domain(
    row: CheckInRow, transcript: TranscriptRow, assessment: AssessmentRow, recording: RecordingRow | None
) -> CheckIn:
    return CheckIn(
        id=row.id,
        senior_id=row.senior_id,
        created_at=row.created_at,
        source=row.source,
        transcript=transcript_to_domain(transcript),
        assessment=assessment_to_domain(assessment),
        recording=recording_to_domain(recording) if recording is not None else None,
        idempotency_key=row.idempotency_key,
    )


# The columns a check-in is rebuilt from, in the order ``check_in_from_columns`` reads them. Reading these
# (not whole ORM entities: the assessment's query columns are redundant with its JSON body) keeps a year
# of check-ins quick to load.
CHECK_IN_COLUMNS = (
    CheckInRow.id,
    CheckInRow.senior_id,
    CheckInRow.created_at,
    CheckInRow.source,
    CheckInRow.idempotency_key,
    TranscriptRow.text,
    TranscriptRow.language,
    TranscriptRow.confidence,
    TranscriptRow.provider,
    TranscriptRow.model,
    TranscriptRow.duration_s,
    TranscriptRow.segments_json,
    TranscriptRow.timing_json,
    AssessmentRow.body_json,
    RecordingRow.id,
    RecordingRow.senior_id,
    RecordingRow.recorded_at,
    RecordingRow.received_at,
    RecordingRow.original_filename,
    RecordingRow.container,
    RecordingRow.codec,
    RecordingRow.sample_rate,
    RecordingRow.channels,
    RecordingRow.duration_s,
    RecordingRow.size_bytes,
    RecordingRow.sha256,
    RecordingRow.blob_key,
    RecordingRow.blob_deleted_at,
    TranscriptRow.billed_audio_s,  # last: the positions above stay where they were
)


def check_in_from_columns(c: Sequence[Any]) -> CheckIn:
    """A check-in from one result row of :data:`CHECK_IN_COLUMNS` (recording columns NULL: none)."""
    recording = None
    if c[14] is not None:
        recording = Recording(
            id=c[14],
            senior_id=c[15],
            recorded_at=c[16],
            received_at=c[17],
            original_filename=c[18],
            audio=AudioInfo(
                container=c[19],
                codec=c[20],
                sample_rate=c[21],
                channels=c[22],
                duration_s=c[23],
                size_bytes=c[24],
                sha256=c[25],
            ),
            blob_key=c[26],
            blob_deleted_at=c[27] if len(c) > 27 else None,
        )
    return CheckIn(
        id=c[0],
        senior_id=c[1],
        created_at=c[2],
        source=c[3],
        idempotency_key=c[4],
        transcript=Transcript(
            text=c[5],
            language=c[6],
            confidence=c[7],
            provider=c[8],
            model=c[9],
            duration_s=c[10],
            segments=_segments.decode(c[11]),
            timing=_timing.decode(c[12]) if c[12] is not None else None,
            billed_audio_s=c[28] if len(c) > 28 else None,
        ),
        assessment=_assessment.decode(c[13]),
        recording=recording,
    )


def recording_to_row(check_in_id: str, recording: Recording) -> RecordingRow:
    audio = recording.audio
    return RecordingRow(
        id=recording.id,
        check_in_id=check_in_id,
        senior_id=recording.senior_id,
        recorded_at=recording.recorded_at,
        received_at=recording.received_at,
        original_filename=recording.original_filename,
        container=audio.container,
        codec=audio.codec,
        sample_rate=audio.sample_rate,
        channels=audio.channels,
        duration_s=audio.duration_s,
        size_bytes=audio.size_bytes,
        sha256=audio.sha256,
        blob_key=recording.blob_key,
        blob_deleted_at=recording.blob_deleted_at,
    )


def recording_to_domain(row: RecordingRow) -> Recording:
    return Recording(
        id=row.id,
        senior_id=row.senior_id,
        recorded_at=row.recorded_at,
        received_at=row.received_at,
        original_filename=row.original_filename,
        audio=AudioInfo(
            container=row.container,
            codec=row.codec,
            sample_rate=row.sample_rate,
            channels=row.channels,
            duration_s=row.duration_s,
            size_bytes=row.size_bytes,
            sha256=row.sha256,
        ),
        blob_key=row.blob_key,
        blob_deleted_at=row.blob_deleted_at,
    )


def transcript_to_row(check_in_id: str, transcript: Transcript) -> TranscriptRow:
    return TranscriptRow(
        check_in_id=check_in_id,
        text=transcript.text,
        language=transcript.language,
        confidence=transcript.confidence,
        provider=transcript.provider,
        model=transcript.model,
        duration_s=transcript.duration_s,
        segments_json=_json(transcript.segments),
        timing_json=_json(transcript.timing) if transcript.timing is not None else None,
        billed_audio_s=transcript.billed_audio_s,
    )


def transcript_to_domain(row: TranscriptRow) -> Transcript:
    return Transcript(
        text=row.text,
        language=row.language,
        confidence=row.confidence,
        provider=row.provider,
        model=row.model,
        segments=_segments.decode(row.segments_json),
        duration_s=row.duration_s,
        timing=_timing.decode(row.timing_json) if row.timing_json is not None else None,
        billed_audio_s=row.billed_audio_s,
    )


def assessment_to_row(check_in_id: str, senior_id: str, assessment: RiskAssessment) -> AssessmentRow:
    labels = assessment.labels
    return AssessmentRow(
        check_in_id=check_in_id,
        assessment_id=assessment.id or None,
        senior_id=senior_id,
        timestamp=assessment.timestamp,
        depression_score=assessment.depression_score,
        anxiety_score=assessment.anxiety_score,
        cognitive_score=assessment.cognitive_score,
        confidence=assessment.confidence,
        risk_level=assessment.risk_level.value,
        phq9=assessment.phq9.score,
        gad7=assessment.gad7.score,
        label_depression=labels.depression,
        label_anxiety=labels.anxiety,
        label_cognitive_concern=labels.cognitive_concern,
        label_loneliness=labels.loneliness,
        label_suicidal_ideation=labels.suicidal_ideation,
        passive_ideation=assessment.safety.passive_ideation,
        active_ideation=assessment.safety.active_ideation,
        safeguarding=assessment.safety.safeguarding,
        analyzer=assessment.provenance.analyzer,
        degraded=assessment.provenance.degraded,
        body_json=_json(assessment),
    )


def assessment_to_domain(row: AssessmentRow) -> RiskAssessment:
    # The JSON body is the source of truth: it keeps every nested field and the original offsets.
    return _assessment.decode(row.body_json)


# -- alerts ----------------------------------------------------------------------------------------


def alert_values(alert: Alert) -> dict[str, Any]:
    """Column values of an alert (for inserts and whole-row updates)."""
    return {
        "id": alert.id,
        "senior_id": alert.senior_id,
        "check_in_id": alert.check_in_id,
        "assessment_id": alert.assessment_id,
        "level": alert.level.value,
        "reason_code": alert.reason_code,
        "reason": alert.reason,
        "reason_ko": alert.reason_ko,
        "evidence_json": _json(alert.evidence),
        "recommended_action": alert.recommended_action,
        "recommended_action_ko": alert.recommended_action_ko,
        "created_at": alert.created_at,
        "status": alert.status.value,
        "acknowledged_at": alert.acknowledged_at,
        "acknowledged_by": alert.acknowledged_by,
        "suppressed": alert.suppressed,
        "needs_review": alert.needs_review,
        "ack_outcome": alert.ack_outcome.value if alert.ack_outcome else None,
        "ack_note": alert.ack_note,
        "resolved_at": alert.resolved_at,
        "resolved_by": alert.resolved_by,
        "resolve_note": alert.resolve_note,
        "escalation_step": alert.escalation_step,
        "next_escalation_at": alert.next_escalation_at,
    }


def alert_to_row(alert: Alert) -> AlertRow:
    return AlertRow(**alert_values(alert))


def alert_to_domain(row: AlertRow) -> Alert:
    return Alert(
        id=row.id,
        senior_id=row.senior_id,
        check_in_id=row.check_in_id,
        assessment_id=row.assessment_id,
        level=RiskLevel(row.level),
        reason_code=row.reason_code,
        reason=row.reason,
        reason_ko=row.reason_ko,
        evidence=_evidence.decode(row.evidence_json),
        recommended_action=row.recommended_action,
        recommended_action_ko=row.recommended_action_ko,
        created_at=row.created_at,
        status=AlertStatus(row.status),
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
        suppressed=bool(row.suppressed),
        needs_review=bool(row.needs_review),
        ack_outcome=AckOutcome(row.ack_outcome) if row.ack_outcome else None,
        ack_note=row.ack_note or "",
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
        resolve_note=row.resolve_note or "",
        escalation_step=row.escalation_step or 0,
        next_escalation_at=row.next_escalation_at,
    )


# -- outbox ----------------------------------------------------------------------------------------


def delivery_to_row(delivery: PendingDelivery) -> OutboxRow:
    return OutboxRow(
        id=delivery.id,
        kind=delivery.kind,
        ref_id=delivery.ref_id,
        payload=delivery.payload,
        attempts=delivery.attempts,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        next_attempt_at=delivery.next_attempt_at,
    )


def delivery_to_domain(row: OutboxRow) -> PendingDelivery:
    return PendingDelivery(
        id=row.id,
        kind=row.kind,
        ref_id=row.ref_id,
        payload=bytes(row.payload),
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
    )


def attempt_to_row(attempt: DeliveryAttempt) -> DeliveryAttemptRow:
    return DeliveryAttemptRow(
        id=attempt.id,
        delivery_id=attempt.delivery_id,
        alert_id=attempt.alert_id,
        senior_id=attempt.senior_id,
        event=attempt.event.value,
        channel=attempt.channel[:16],
        recipient=attempt.recipient[:255],
        member_position=attempt.member_position,
        attempt=attempt.attempt,
        outcome=attempt.outcome.value,
        error=attempt.error[:500],
        latency_ms=attempt.latency_ms,
        at=attempt.at,
    )


def attempt_to_domain(row: DeliveryAttemptRow) -> DeliveryAttempt:
    return DeliveryAttempt(
        id=row.id,
        delivery_id=row.delivery_id,
        alert_id=row.alert_id,
        senior_id=row.senior_id,
        event=AlertEvent(row.event),
        channel=row.channel,
        recipient=row.recipient,
        member_position=row.member_position,
        attempt=row.attempt,
        outcome=DeliveryOutcome(row.outcome),
        error=row.error,
        latency_ms=row.latency_ms,
        at=row.at,
    )


# -- analytics -------------------------------------------------------------------------------------


def event_values(event: AnalyticsEvent) -> dict[str, Any]:
    return {
        "assessment_id": event.assessment_id,
        "senior_pseudonym": event.senior_pseudonym,
        "occurred_at": event.occurred_at,
        "source": event.source,
        "risk_level": event.risk_level,
        "depression_score": event.depression_score,
        "anxiety_score": event.anxiety_score,
        "cognitive_score": event.cognitive_score,
        "phq9": event.phq9,
        "gad7": event.gad7,
        "suicidal_ideation": event.suicidal_ideation,
        "loneliness": event.loneliness,
        "cognitive_concern": event.cognitive_concern,
        "concern_codes_json": _json(event.concern_codes),
        "analyzer": event.analyzer,
        "degraded": event.degraded,
        "audio_duration_s": event.audio_duration_s,
        "speech_billed_s": event.speech_billed_s,
        "llm_input_tokens": event.llm_input_tokens,
        "llm_output_tokens": event.llm_output_tokens,
        "estimated_cost": event.estimated_cost,
        "cost_currency": event.cost_currency,
    }


def event_to_domain(row: AnalyticsEventRow) -> AnalyticsEvent:
    return AnalyticsEvent(
        assessment_id=row.assessment_id,
        senior_pseudonym=row.senior_pseudonym,
        occurred_at=row.occurred_at,
        source=row.source,
        risk_level=row.risk_level,
        depression_score=row.depression_score,
        anxiety_score=row.anxiety_score,
        cognitive_score=row.cognitive_score,
        phq9=row.phq9,
        gad7=row.gad7,
        suicidal_ideation=row.suicidal_ideation,
        loneliness=row.loneliness,
        cognitive_concern=row.cognitive_concern,
        concern_codes=_strings.decode(row.concern_codes_json),
        analyzer=row.analyzer,
        degraded=bool(row.degraded),
        audio_duration_s=row.audio_duration_s,
        speech_billed_s=row.speech_billed_s,
        llm_input_tokens=row.llm_input_tokens,
        llm_output_tokens=row.llm_output_tokens,
        estimated_cost=row.estimated_cost,
        cost_currency=row.cost_currency,
    )
