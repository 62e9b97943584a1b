"""Only speech is billed: the Speech stand-in receives trimmed audio, and the times come back on the
recording's own timeline (the real SpeechAsyncClient over gRPC, a pause-rich recording from the fixtures)."""

from __future__ import annotations

import pytest

pytest.importorskip("google.cloud.speech_v2", reason="the google extra is not installed")

from mhealth.adapters.audio.pyav import PyAvAudioDecoder
from mhealth.adapters.audio.trim import trim_to_speech
from mhealth.adapters.google.speech import GoogleSpeechToText
from tests.stubs.pause_rich import burst_responder, load_fixture, pause_rich_recording, wav_bytes
from tests.stubs.speech_stub import SpeechStub


@pytest.fixture
def stub():
    server = SpeechStub(responder=burst_responder()).start(workers=8)
    yield server
    server.stop()


def _decode(tmp_path, samples):
    path = tmp_path / "checkin.wav"
    path.write_bytes(wav_bytes(samples))
    return PyAvAudioDecoder().decode_sync(path)


def _adapter(stub, **options):
    return GoogleSpeechToText(
        project="demo-project", endpoint=stub.endpoint, timeout_s=5.0, max_retries=1, retry_base_s=0.01, **options
    )


@pytest.mark.parametrize("repeats", [2, 6])  # 6: longer than one 55 s piece even once trimmed
async def test_the_stand_in_receives_only_trimmed_audio_and_times_map_back(stub, tmp_path, repeats):
    samples, phrases = pause_rich_recording(load_fixture("ko"), seed=repeats, repeats=repeats)
    audio = _decode(tmp_path, samples)
    stt = _adapter(stub)
    try:
        transcript = await stt.transcribe(audio, language="ko-KR")
    finally:
        await stt.aclose()

    received = sum(seen.audio_s for seen in stub.seen)
    expected = trim_to_speech(audio, max_pause_s=0.3).time_map.trimmed_s
    if repeats == 6:
        assert len(stub.seen) >= 2  # cut into pieces; overlaps, if any, are billed too
    assert received == pytest.approx(transcript.billed_audio_s, abs=0.002)
    assert expected - 0.01 <= received <= expected + 0.5 * len(stub.seen)
    assert received <= 0.7 * audio.duration_s
    # no pause longer than the maximum reached the service: every received second is speech or <= 0.3 s pause
    speaking = sum(e - s for s, e in audio.speech)
    assert received <= speaking + 0.3 * (len(audio.speech) + 1) + 0.5 * len(stub.seen)

    # every burst the stand-in heard maps back inside the phrase it came from, on the original timeline
    assert transcript.duration_s == pytest.approx(audio.duration_s, abs=0.01)
    assert len(transcript.segments) == len(audio.speech)
    for segment, (start, end) in zip(transcript.segments, audio.speech, strict=True):
        assert segment.start_s == pytest.approx(start, abs=0.035)  # one 30 ms detector frame
        assert segment.end_s == pytest.approx(end, abs=0.035)
    for segment in transcript.segments:
        assert any(a - 0.05 <= segment.start_s and segment.end_s <= b + 0.05 for a, b in phrases)


async def test_untrimmed_sends_everything_and_agrees_on_the_times(stub, tmp_path):
    samples, _ = pause_rich_recording(load_fixture("ko2"), seed=7, repeats=2)
    audio = _decode(tmp_path, samples)
    trimmed_stt, whole_stt = _adapter(stub), _adapter(stub, trim=False)
    try:
        trimmed = await trimmed_stt.transcribe(audio, language="ko-KR")
        sent_trimmed = sum(seen.audio_s for seen in stub.seen)
        stub.seen.clear()
        whole = await whole_stt.transcribe(audio, language="ko-KR")
        sent_whole = sum(seen.audio_s for seen in stub.seen)
    finally:
        await trimmed_stt.aclose()
        await whole_stt.aclose()
    assert sent_whole == pytest.approx(audio.duration_s, abs=0.001)
    assert whole.billed_audio_s == pytest.approx(audio.duration_s, abs=0.001)
    assert sent_trimmed < 0.7 * sent_whole
    assert [s.text for s in trimmed.segments] == [s.text for s in whole.segments]
    for a, b in zip(trimmed.segments, whole.segments, strict=True):
        assert a.start_s == pytest.approx(b.start_s, abs=0.035) and a.end_s == pytest.approx(b.end_s, abs=0.035)


async def test_a_stored_audio_check_in_keeps_the_true_timeline_and_what_it_cost(stub, tmp_path):
    """The whole pipeline on SQLite: segments on the recording's timeline, billed seconds, tokens and the
    estimate in the stored provenance, and the same in the analytics row."""
    import mhealth
    from mhealth.adapters.sql.analytics import SqlAnalytics
    from mhealth.testing import offline_settings

    samples, _ = pause_rich_recording(load_fixture("ko"), seed=11, repeats=3)
    audio_bytes = wav_bytes(samples)
    settings = offline_settings(
        speech="google",
        google_project="demo-project",
        speech_endpoint=stub.endpoint,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        blobs=f"file://{tmp_path / 'blobs'}",
        analytics="database",
        prices='{"currency": "USD", "speech_per_minute": {"google": 0.016}}',
    )
    async with mhealth.build(settings) as mh:
        senior = await mh.create_senior(display_name="김영자")
        result = await mh.check_in_audio(senior.id, audio_bytes, filename="call.wav")
        stored = await mh.get_check_in(result.check_in.id)
    received = sum(seen.audio_s for seen in stub.seen)
    decoded = _decode(tmp_path, samples)

    assert stored.transcript.billed_audio_s == pytest.approx(received, abs=0.002)
    assert received <= 0.7 * decoded.duration_s
    assert len(stored.transcript.segments) == len(decoded.speech)
    for segment, (start, end) in zip(stored.transcript.segments, decoded.speech, strict=True):
        assert segment.start_s == pytest.approx(start, abs=0.035) and segment.end_s == pytest.approx(end, abs=0.035)
        # the stand-in's word offsets, stored on the original timeline (what GET /v1/check-ins/{id} shows)
        (word,) = segment.words
        assert (word.text, word.start_s, word.end_s) == ("말", segment.start_s, segment.end_s)
    assert stored.transcript.timing is not None
    assert stored.transcript.timing.total_time_s == pytest.approx(decoded.duration_s, abs=0.01)

    provenance = stored.assessment.provenance
    assert provenance.speech_provider == "google"
    assert provenance.speech_billed_s == pytest.approx(received, abs=0.002)
    assert provenance.estimated_cost == pytest.approx(received / 60 * 0.016, rel=1e-4)
    assert provenance.cost_currency == "USD"

    analytics = SqlAnalytics(settings.effective_database_url)
    try:
        (event,) = await analytics.events()
    finally:
        await analytics.aclose()
    assert event.speech_billed_s == pytest.approx(received, abs=0.002)
    assert event.estimated_cost == pytest.approx(provenance.estimated_cost)
    assert (event.llm_input_tokens, event.cost_currency) == (provenance.input_tokens, "USD")


def test_the_trimming_settings_reach_both_speech_adapters():
    from mhealth.entrypoints.container import build_google_speech, build_whisper_speech
    from mhealth.testing import offline_settings

    settings = offline_settings(google_project="p", speech_trim=False, speech_max_pause_s=0.5)
    google = build_google_speech(settings)
    assert (google.trim, google.max_pause_s) == (False, 0.5)
    default = build_google_speech(offline_settings(google_project="p"))
    assert (default.trim, default.max_pause_s) == (True, 0.3)
    whisper = build_whisper_speech(settings)
    if hasattr(whisper, "trim"):  # the whisper extra is installed (else an UnavailableSpeechToText)
        assert (whisper.trim, whisper.max_pause_s) == (False, 0.5)
