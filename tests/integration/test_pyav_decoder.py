"""PyAvAudioDecoder over every generated format and every broken file."""

from __future__ import annotations

import asyncio
import hashlib
import sys

import pytest

from mhealth.adapters.audio.pieces import split_at_pauses
from mhealth.adapters.audio.pyav import PyAvAudioDecoder
from mhealth.domain.errors import AudioError, MHealthError, TooLarge
from tests.audio_fixtures import BROKEN, GOOD_FORMATS, ensure_audio_fixtures


@pytest.fixture(scope="module")
def decoder():
    dec = PyAvAudioDecoder()
    yield dec
    asyncio.run(dec.aclose())


@pytest.mark.parametrize("name", GOOD_FORMATS)
async def test_every_accepted_format_decodes_with_the_right_facts(decoder, audio_fixtures, name):
    if name not in audio_fixtures.files:
        pytest.skip(f"{name}: no encoder for it in this PyAV build, so no fixture")
    fixture = audio_fixtures[name]
    facts = fixture.facts
    audio = await decoder.decode(fixture.path, filename=fixture.path.name)

    assert audio.info.container == facts["container"]
    assert audio.info.codec == facts["codec"]
    assert audio.info.sample_rate == facts["sample_rate"]
    assert audio.info.channels == facts["channels"]
    assert audio.info.duration_s == pytest.approx(facts["duration_s"], rel=0.02)
    assert audio.duration_s == pytest.approx(facts["duration_s"], rel=0.02)
    data = fixture.path.read_bytes()
    assert audio.info.size_bytes == len(data)
    assert audio.info.sha256 == hashlib.sha256(data).hexdigest()
    assert audio.sample_rate == 16000
    assert len(audio.pcm) % 2 == 0
    assert audio.speech and audio.timing is not None
    assert audio.timing.speaking_time_s >= 0.5


@pytest.mark.parametrize("name", BROKEN)
async def test_every_broken_file_is_refused_with_its_code(decoder, audio_fixtures, name):
    fixture = audio_fixtures[name]
    with pytest.raises(AudioError) as caught:
        await decoder.decode(fixture.path, filename=fixture.path.name)
    error = caught.value
    assert error.code == fixture.error
    assert error.detail and error.detail.endswith((".", ")"))
    assert error.detail_ko and any("\uac00" <= ch <= "\ud7a3" for ch in error.detail_ko)


async def test_the_name_is_never_used_to_detect_the_format(decoder, audio_fixtures, tmp_path):
    # An MP3 named .wav is decoded as MP3; a PNG named .wav is refused.
    renamed = tmp_path / "voice.wav"
    renamed.write_bytes(audio_fixtures["mp3"].path.read_bytes())
    audio = await decoder.decode(renamed)
    assert (audio.info.container, audio.info.codec) == ("mp3", "mp3")


async def test_stereo_44k_is_mixed_down_to_16k_mono(decoder, audio_fixtures):
    audio = await decoder.decode(audio_fixtures["stereo_44k"].path)
    assert (audio.info.channels, audio.info.sample_rate) == (2, 44100)
    assert audio.sample_rate == 16000
    assert len(audio.pcm) == pytest.approx(2 * 16000 * audio_fixtures["stereo_44k"].facts["duration_s"], rel=0.01)


async def test_phone_quality_8k_is_upsampled_and_keeps_its_speech(decoder, audio_fixtures):
    wide = await decoder.decode(audio_fixtures["speech_ko"].path)
    for name in ("phone_8k", "wav_mulaw", "wav_alaw"):
        audio = await decoder.decode(audio_fixtures[name].path)
        assert audio.info.sample_rate == 8000
        assert audio.sample_rate == 16000
        assert audio.timing.speaking_time_s == pytest.approx(wide.timing.speaking_time_s, rel=0.1)


async def test_the_target_rate_is_configurable(audio_fixtures):
    dec = PyAvAudioDecoder(target_sample_rate=8000)
    try:
        audio = await dec.decode(audio_fixtures["m4a"].path)
    finally:
        await dec.aclose()
    assert audio.sample_rate == 8000
    assert audio.duration_s == pytest.approx(audio_fixtures["m4a"].facts["duration_s"], rel=0.02)


async def test_the_minimum_speech_and_the_threshold_are_configurable(audio_fixtures):
    lenient = PyAvAudioDecoder(min_speech_s=0.2)
    strict = PyAvAudioDecoder(vad_threshold_db=-3.0)
    try:
        short = await lenient.decode(audio_fixtures["too_short"].path)
        assert 0.2 <= short.timing.speaking_time_s < 0.5
        with pytest.raises(AudioError) as caught:
            await strict.decode(audio_fixtures["speech_ko"].path)
        assert caught.value.code == "no_speech"
    finally:
        await lenient.aclose()
        await strict.aclose()


async def test_a_recording_longer_than_the_maximum_is_refused(audio_fixtures):
    dec = PyAvAudioDecoder(max_duration_s=60)
    try:
        with pytest.raises(TooLarge) as caught:
            await dec.decode(audio_fixtures["long_5min"].path)
    finally:
        await dec.aclose()
    assert caught.value.code == "too_large"


async def test_a_five_minute_recording_decodes_and_splits_at_pauses(decoder, audio_fixtures):
    audio = await decoder.decode(audio_fixtures["long_5min"].path)
    assert audio.info.duration_s == pytest.approx(300.0, rel=0.02)
    assert audio.timing.pause_count > 20
    pieces = split_at_pauses(audio, max_piece_s=55.0)
    assert len(pieces) >= 6
    assert all(p.duration_s <= 55.0 + 1e-6 for p in pieces)
    assert pieces[0].offset_s == 0.0
    assert sum(len(p.pcm) for p in pieces) == len(audio.pcm)  # cut at pauses: no overlap needed
    for piece in pieces[1:]:  # no cut falls inside a voiced region
        assert not any(start + 0.05 < piece.offset_s < end - 0.05 for start, end in audio.speech)


async def test_decoding_runs_off_the_event_loop(decoder, audio_fixtures):
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.001)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await asyncio.gather(*(decoder.decode(audio_fixtures["long_5min"].path) for _ in range(2)))
    finally:
        task.cancel()
    assert ticks > 5


async def test_no_library_exception_escapes_for_hostile_bytes(decoder, tmp_path):
    samples = {
        "riff_only.wav": b"RIFF\x00\x00\x00\x00WAVE",
        "flac_magic.flac": b"fLaC" + b"\x00" * 60,
        "ogg_magic.ogg": b"OggS" + bytes(range(200)),
        "ftyp_only.m4a": b"\x00\x00\x00\x18ftypM4A \x00\x00\x02\x00M4A isom",
        "ebml.webm": b"\x1a\x45\xdf\xa3" + b"\x00" * 100,
        "mp3_sync.mp3": b"\xff\xfb\x90\x64" + b"\x00" * 500,
        "amr.amr": b"#!AMR\n",
        "id3.mp3": b"ID3\x04\x00\x00\x00\x00\x00\x10" + b"\x00" * 16,
    }
    for name, data in samples.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(MHealthError) as caught:
            await decoder.decode(path)
        assert caught.value.code in ("corrupt_audio", "unsupported_audio", "no_speech", "too_short"), name


def test_importing_the_adapter_imports_no_sdk():
    import subprocess

    code = (
        "import sys; import mhealth.adapters.audio.pyav, mhealth.adapters.audio.pieces, "
        "mhealth.adapters.whisper.speech; "
        "bad = [m for m in ('av', 'faster_whisper', 'ctranslate2') if m in sys.modules]; print(bad); "
        "sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wav_already_in_the_output_format_is_read_as_is_and_matches_a_full_decode(monkeypatch):
    """16 kHz mono 16-bit WAV skips FFmpeg; the result must equal what FFmpeg would have produced."""
    path = ensure_audio_fixtures()["speech_ko"].path
    decoder = PyAvAudioDecoder()
    fast = decoder.decode_sync(path)
    monkeypatch.setattr(PyAvAudioDecoder, "_plain_pcm", lambda self, head: None)
    full = decoder.decode_sync(path)
    assert fast.pcm == full.pcm
    assert fast.info == full.info
    assert fast.speech == full.speech and fast.timing == full.timing
