"""The check-in pipeline over the fakes: what a caller and a guardian would notice."""

import io
import math
import struct
import wave
from datetime import datetime, timedelta, timezone

import pytest

import mhealth
from mhealth.adapters.memory import (
    assessment_from_labels,
)
from mhealth.domain.errors import ConsentRequired, InvalidInput, NotFound, SpeechUnavailable
from mhealth.domain.model import AlertStatus, Labels, RiskLevel
from mhealth.testing import offline_settings
from tests.checkins_harness import memory_ports

START = datetime(2026, 11, 26, 0, 0, tzinfo=timezone.utc)


def tone_wav(seconds=1.0, rate=16000, freq=220.0):
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate)))
                for i in range(int(seconds * rate))
            )
        )
    return buf.getvalue()


@pytest.fixture
def ports():
    return memory_ports(START)


@pytest.fixture
async def mh(ports):
    async with mhealth.build(offline_settings(), **ports) as facade:
        yield facade


async def test_a_text_check_in_is_stored_assessed_and_exported(mh, ports):
    senior = await mh.create_senior(display_name="김순자")
    result = await mh.check_in_text(senior.id, "오늘은 손주들이 와서 즐거웠어요")
    assert not result.replayed and result.alert is None
    stored = await mh.get_assessment(result.check_in.assessment.id)
    assert stored.transcript.text == "오늘은 손주들이 와서 즐거웠어요"
    event = ports["analytics"].events[result.check_in.assessment.id]
    assert event.senior_pseudonym != senior.id and len(event.senior_pseudonym) == 32
    assert not ports["uow"].state.outbox  # delivered, nothing pending


async def test_a_crisis_raises_an_alert_and_notifies_even_if_the_analyzer_saw_nothing(mh, ports):
    senior = await mh.create_senior(display_name="박영호")
    result = await mh.check_in_text(senior.id, "번개탄 사다 놨어. 애들한테는 말하지 마")
    assert result.check_in.assessment.risk_level is RiskLevel.CRITICAL
    assert result.alert is not None and result.alert.level is RiskLevel.CRITICAL
    assert result.alert.id in ports["notifier"].alert_ids
    assert any("번개탄" in e.quote for e in result.alert.evidence)


async def test_a_second_high_result_within_the_cooldown_is_stored_suppressed_and_told_to_nobody(mh, ports):
    """The use case reads the senior's recent alerts when a check-in raises one (and only then: a low result
    cannot raise one, whatever came before)."""
    senior = await mh.create_senior(display_name="한정희")
    first = await mh.check_in_text(senior.id, "사는 게 힘들어서 그냥 사라지고 싶어요")
    calm = await mh.check_in_text(senior.id, "오늘은 손주들이 와서 즐거웠어요")
    second = await mh.check_in_text(senior.id, "죽고 싶다는 생각이 자꾸 들어요")
    assert first.alert is not None and first.alert.level is RiskLevel.HIGH and not first.alert.suppressed
    assert calm.alert is None
    assert second.alert is not None and second.alert.level is RiskLevel.HIGH and second.alert.suppressed
    assert first.alert.id in ports["notifier"].alert_ids and second.alert.id not in ports["notifier"].alert_ids


async def test_a_failing_sink_never_fails_or_loses_the_check_in(mh, ports):
    ports["analytics"].failing = True
    ports["notifier"].failing = True
    senior = await mh.create_senior(display_name="이말순")
    result = await mh.check_in_text(senior.id, "요즘 수면제를 모아두고 있어")
    assert (await mh.get_check_in(result.check_in.id)).id == result.check_in.id
    pending = ports["uow"].state.outbox
    assert {d.kind for d in pending.values()} == {"analytics", "notification"}
    assert all(d.attempts == 1 and d.last_error for d in pending.values())
    # Later, the sinks are back and the retry delivers both exactly once.
    ports["analytics"].failing = ports["notifier"].failing = False
    ports["clock"].advance(timedelta(hours=7))
    assert await mh.deliver_pending() == 2
    assert result.alert.id in ports["notifier"].alert_ids
    assert not ports["uow"].state.outbox


async def test_the_same_idempotency_key_returns_the_first_result(mh, ports):
    senior = await mh.create_senior(display_name="최복례")
    first = await mh.check_in_text(senior.id, "무릎이 아파요", idempotency_key="k-1")
    again = await mh.check_in_text(senior.id, "무릎이 아파요", idempotency_key="k-1")
    assert again.replayed and again.check_in.id == first.check_in.id
    assert len(ports["uow"].state.check_ins) == 1


async def test_an_audio_check_in_stores_the_blob_and_the_recording(mh, ports):
    senior = await mh.create_senior(display_name="정옥자")
    audio = tone_wav()
    result = await mh.check_in_audio(senior.id, audio, filename="call.wav")
    recording = result.check_in.recording
    assert recording is not None and recording.audio.duration_s == pytest.approx(1.0, abs=0.01)
    assert await ports["blobs"].get(recording.blob_key) == audio
    again = await mh.check_in_audio(senior.id, audio, filename="call.wav")
    assert again.replayed, "the same audio within the window is not processed twice"


async def test_audio_without_consent_is_refused_before_any_work(mh, ports):
    senior = await mh.create_senior(display_name="한순이", consent_audio=False)
    with pytest.raises(ConsentRequired):
        await mh.check_in_audio(senior.id, tone_wav())
    assert not ports["blobs"].objects and not ports["speech"].calls


async def test_a_failed_transaction_leaves_nothing_behind(mh, ports):
    senior = await mh.create_senior(display_name="윤정희")
    ports["uow"].fail_next_commit = RuntimeError("disk full")
    with pytest.raises(RuntimeError):
        await mh.check_in_text(senior.id, "번개탄 사다 놨어")
    state = ports["uow"].state
    assert not state.check_ins and not state.alerts and not state.outbox
    assert not ports["notifier"].sent


async def test_unknown_senior_and_blank_text_are_clear_errors(mh):
    with pytest.raises(NotFound):
        await mh.check_in_text("nobody", "안녕하세요")
    senior = await mh.create_senior(display_name="a")
    with pytest.raises(InvalidInput) as info:
        await mh.check_in_text(senior.id, "   ")
    assert info.value.field == "text"


async def test_assessments_are_listed_by_time_range_and_paginated(mh, ports):
    senior = await mh.create_senior(display_name="김")
    for day in range(5):
        await mh.check_in_text(senior.id, f"{day}일째 괜찮아요")
        ports["clock"].advance(timedelta(days=1))
    page = await mh.list_assessments(senior.id, start=START + timedelta(days=1), end=START + timedelta(days=4), limit=2)
    assert [c.transcript.text for c in page.items] == ["1일째 괜찮아요", "2일째 괜찮아요"]
    rest = await mh.list_assessments(
        senior.id, start=START + timedelta(days=1), end=START + timedelta(days=4), after=page.next_cursor
    )
    assert [c.transcript.text for c in rest.items] == ["3일째 괜찮아요"] and rest.next_cursor is None


async def test_trend_of_a_senior_whose_mood_worsens(mh, ports):
    ports["analyzer"].responses["나빠요"] = assessment_from_labels(Labels(depression=2))
    senior = await mh.create_senior(display_name="김")
    for day in range(40):
        await mh.check_in_text(senior.id, "나빠요" if day >= 33 else "좋아요")
        ports["clock"].advance(timedelta(days=1))
    trend = await mh.trend(senior.id)
    assert trend.worsening and "depression_rising" in trend.worsening_reasons


async def test_alerts_are_listed_and_acknowledged_once(mh):
    senior = await mh.create_senior(display_name="김")
    result = await mh.check_in_text(senior.id, "약을 모아뒀어")
    page = await mh.list_alerts(senior_id=senior.id, status=AlertStatus.OPEN)
    assert [a.id for a in page.items] == [result.alert.id]
    acked = await mh.acknowledge_alert(result.alert.id, by="worker-1", outcome="reached")
    again = await mh.acknowledge_alert(result.alert.id, by="worker-2", outcome="visited")
    assert acked.status is AlertStatus.ACKNOWLEDGED and again.acknowledged_by == "worker-1"


async def test_no_speech_provider_means_a_clear_503_error_not_a_made_up_transcript(ports):
    ports.pop("speech")
    async with mhealth.build(offline_settings(speech="none"), **ports) as mh:
        with pytest.raises(SpeechUnavailable) as info:
            await mh.transcribe(tone_wav())
    assert "MHEALTH_SPEECH" in info.value.detail


async def test_the_fake_analyzer_says_it_is_a_fake(mh):
    assessment = await mh.analyze_text("괜찮아요")
    assert assessment.provenance.is_fake and assessment.provenance.analyzer == "memory"


async def test_a_senior_who_withdrew_analytics_consent_is_left_out_of_analytics(mh, ports):
    from mhealth.domain.model import ConsentRecord, ConsentScope, new_id

    senior = await mh.create_senior(display_name="한영자")
    async with ports["uow"].begin() as tx:
        await tx.consents.add(
            ConsentRecord(
                id=new_id(),
                senior_id=senior.id,
                scope=ConsentScope.ANALYTICS,
                granted=False,
                recorded_by="worker-1",
                recorded_at=START,
            )
        )
        await tx.commit()
    result = await mh.check_in_text(senior.id, "오늘은 괜찮아요")
    assert result.check_in.assessment.id not in ports["analytics"].events
    assert await mh.get_check_in(result.check_in.id)  # the check-in itself is kept
