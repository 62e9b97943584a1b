"""GoogleSpeechToText through the real speech_v2 SDK against an in-process gRPC stand-in."""

from __future__ import annotations

import pytest

pytest.importorskip("google.cloud.speech_v2", reason="the google extra is not installed")

from mhealth.adapters.google.speech import GoogleSpeechToText
from mhealth.domain.errors import CorruptAudio, NoSpeech, ProviderUnavailable
from tests.stubs.audio_fixtures import decoded
from tests.stubs.speech_stub import SpeechStub, piece_responder


@pytest.fixture
def stub():
    server = SpeechStub().start(workers=16)
    yield server
    server.stop()


@pytest.fixture
async def stt(stub):
    adapter = GoogleSpeechToText(
        project="demo-project", endpoint=stub.endpoint, timeout_s=1.0, max_retries=2, retry_base_s=0.01
    )
    adapter.contract_id = "google-speech"  # read by the shared contract's known-gaps table
    yield adapter
    await adapter.aclose()


async def test_sends_normalised_linear16_with_the_configured_model_and_features(stub, stt):
    transcript = await stt.transcribe(decoded(6.0), language="ko-KR")

    assert transcript.text == "오늘은 아침에 산책을 했어요"
    assert transcript.provider == "google" and transcript.model == "long"
    assert transcript.language == "ko-KR"
    assert transcript.confidence == pytest.approx(0.9, abs=1e-3)
    assert transcript.segments[0].start_s == 0.0 and transcript.segments[-1].end_s == pytest.approx(6.0)
    [seen] = stub.seen
    assert seen.recognizer == "projects/demo-project/locations/global/recognizers/_"
    assert (seen.encoding, seen.sample_rate, seen.channels) == ("LINEAR16", 16000, 1)
    assert seen.languages == ("ko-KR",) and seen.model == "long"
    assert seen.word_time_offsets and seen.punctuation
    # speech only (MHEALTH_SPEECH_TRIM defaults on): what was sent is what is billed, never more than the audio
    assert seen.audio_s == pytest.approx(transcript.billed_audio_s, abs=1e-3) and seen.audio_s <= 6.0


async def test_model_and_location_are_configuration(stub):
    adapter = GoogleSpeechToText(
        project="p", location="asia-southeast1", model="chirp_2", endpoint=stub.endpoint, timeout_s=1.0
    )
    try:
        transcript = await adapter.transcribe(decoded(2.0))
    finally:
        await adapter.aclose()
    assert transcript.model == "chirp_2"
    assert stub.seen[0].model == "chirp_2"
    assert stub.seen[0].recognizer == "projects/p/locations/asia-southeast1/recognizers/_"


def test_an_unknown_model_is_refused_at_construction():
    with pytest.raises(ValueError, match="model"):
        GoogleSpeechToText(project="p", model="whisper")


@pytest.mark.parametrize("fault", ["unavailable", "resource_exhausted", "internal", "deadline"])
async def test_transient_faults_are_retried_then_succeed(stub, stt, fault):
    stub.script([fault, fault])
    transcript = await stt.transcribe(decoded(2.0))
    assert transcript.text
    assert len(stub.seen) == 3


@pytest.mark.parametrize("fault", ["unavailable", "resource_exhausted", "internal"])
async def test_persistent_faults_become_provider_unavailable_after_bounded_retries(stub, stt, fault):
    stub.script([fault] * 10)
    with pytest.raises(ProviderUnavailable):
        await stt.transcribe(decoded(2.0))
    assert len(stub.seen) == 3  # one call + max_retries


async def test_a_timeout_is_bounded_and_becomes_provider_unavailable(stub):
    adapter = GoogleSpeechToText(project="p", endpoint=stub.endpoint, timeout_s=0.3, max_retries=1, retry_base_s=0.01)
    stub.script(["deadline", "deadline"])
    try:
        with pytest.raises(ProviderUnavailable):
            await adapter.transcribe(decoded(2.0))
    finally:
        await adapter.aclose()
    assert len(stub.seen) == 2


async def test_audio_the_service_cannot_read_is_corrupt_audio_and_not_retried(stub, stt):
    stub.script(["invalid_argument"])
    with pytest.raises(CorruptAudio):
        await stt.transcribe(decoded(2.0))
    assert len(stub.seen) == 1


@pytest.mark.parametrize("fault", ["empty", "blank"])
async def test_no_recognised_words_is_no_speech(stub, stt, fault):
    stub.script([fault])
    with pytest.raises(NoSpeech):
        await stt.transcribe(decoded(2.0))


async def test_partial_results_keep_what_was_recognised(stub, stt):
    stub.script(["partial"])
    transcript = await stt.transcribe(decoded(3.0))
    assert transcript.text == "네 괜찮아요"
    [segment] = transcript.segments
    assert segment.end_s == pytest.approx(3.0)
    assert 0.0 <= segment.start_s <= segment.end_s


async def test_a_long_recording_is_cut_at_pauses_recognised_concurrently_and_stitched(stub):
    pytest.importorskip("mhealth.adapters.audio.pieces", reason="the audio engineer's pieces module is not there yet")
    stub.latency_s = 0.3
    counter = iter(range(1000))
    stub.responder = piece_responder(lambda seconds: f"조각{next(counter)}")
    adapter = GoogleSpeechToText(project="p", endpoint=stub.endpoint, timeout_s=5.0, max_concurrency=8)
    try:
        transcript = await adapter.transcribe(decoded(300.0))
    finally:
        await adapter.aclose()

    assert len(stub.seen) >= 6
    assert all(seen.audio_s <= 55.0 + 1.0 for seen in stub.seen)
    assert stub.max_in_flight > 1  # the pieces were in flight together
    starts = [s.start_s for s in transcript.segments]
    assert starts == sorted(starts)
    assert transcript.segments[-1].end_s == pytest.approx(300.0, abs=2.0)
    assert len(transcript.segments) == len(stub.seen)


# -- the shared SpeechToText contract (tests/contract/test_speech_contract.py), run against Google --------

try:
    from tests.contract.test_speech_contract import (  # noqa: F401
        english,
        silence,
        test_a_transcript_with_ordered_segments_inside_the_recording,
        test_readiness_is_one_of_the_three_states,
        test_silence_is_no_speech_never_a_made_up_transcript,
    )
except ImportError:  # pragma: no cover - the audio engineer's suite or its fixtures are absent
    pass
