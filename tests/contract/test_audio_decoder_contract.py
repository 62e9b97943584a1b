"""The AudioDecoder contract, run against every implementation: the PyAV decoder and the WAV-only fake.

What every decoder must do with 16-bit PCM WAV (the one format every implementation accepts); the PyAV
decoder's other formats are covered by tests/integration/test_pyav_decoder.py.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.* helpers (until pytest pythonpath has ".")

from mhealth.domain.errors import AudioError, CorruptAudio, EmptyAudio, NoSpeech, TooShort, UnsupportedAudio
from mhealth.ports.audio import AudioDecoder, DecodedAudio
from tests.audio_fixtures import AudioFixtures, ensure_audio_fixtures

# (id, module, class): every implementation of the port. A missing module skips its cases with a reason.
IMPLEMENTATIONS = [
    ("pyav", "mhealth.adapters.audio.pyav", "PyAvAudioDecoder"),
    ("memory-wav", "mhealth.adapters.memory.audio", "WavAudioDecoder"),
]
# Contract points a given fake does not meet yet: reported as strict xfails so that fixing the fake
# makes the suite say so (remove the entry then).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def files() -> AudioFixtures:
    return ensure_audio_fixtures()


@pytest.fixture(params=[impl[0] for impl in IMPLEMENTATIONS])
async def decoder(request):
    impl_id, module_name, class_name = next(i for i in IMPLEMENTATIONS if i[0] == request.param)
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        pytest.skip(f"{module_name} is not available: {exc}")
    instance: AudioDecoder = getattr(module, class_name)()
    instance.contract_id = impl_id  # type: ignore[attr-defined]
    yield instance
    await instance.aclose()
    await instance.aclose()  # closing twice is safe


def _gap(request, decoder, point: str) -> None:
    reason = KNOWN_GAPS.get((decoder.contract_id, point))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))


async def test_a_pcm16_wav_decodes_to_16bit_mono_with_the_source_facts(decoder, files):
    fixture = files["speech_ko"]
    audio = await decoder.decode(fixture.path, filename="speech.wav")
    assert isinstance(audio, DecodedAudio)
    data = fixture.path.read_bytes()
    assert audio.info.container == "wav"
    assert audio.info.codec == "pcm_s16le"
    assert (audio.info.sample_rate, audio.info.channels) == (16000, 1)
    assert audio.info.duration_s == pytest.approx(fixture.facts["duration_s"], rel=0.02)
    assert audio.info.size_bytes == len(data)
    assert audio.info.sha256 == hashlib.sha256(data).hexdigest()
    assert isinstance(audio.pcm, bytes) and len(audio.pcm) % 2 == 0
    assert audio.duration_s == pytest.approx(fixture.facts["duration_s"], rel=0.02)
    assert audio.speech, "speech regions are reported"
    previous_end = 0.0
    for start, end in audio.speech:
        assert previous_end <= start < end <= audio.duration_s + 0.05
        previous_end = end


async def test_stereo_44k_wav_becomes_mono_at_the_target_rate(decoder, files):
    fixture = files["stereo_44k"]
    audio = await decoder.decode(fixture.path)
    assert (audio.info.sample_rate, audio.info.channels) == (44100, 2)
    assert audio.duration_s == pytest.approx(fixture.facts["duration_s"], rel=0.02)
    assert audio.sample_rate == 16000


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("empty", EmptyAudio),
        ("text_as_flac", UnsupportedAudio),
        ("png_as_wav", UnsupportedAudio),
        ("random_bytes", UnsupportedAudio),
        ("truncated_wav", CorruptAudio),
        ("lying_header_wav", CorruptAudio),
        ("silence", NoSpeech),
        ("too_short", TooShort),
    ],
)
async def test_refusals_have_stable_codes_and_sentences(request, decoder, files, name, error):
    _gap(request, decoder, name)
    fixture = files[name]
    with pytest.raises(AudioError) as caught:
        await decoder.decode(fixture.path, filename=fixture.path.name)
    assert isinstance(caught.value, error), f"{type(caught.value).__name__}: {caught.value.detail}"
    assert caught.value.code == error.code
    assert caught.value.detail
    assert caught.value.detail_ko


async def test_formats_list_wav_and_readiness_is_reported(decoder):
    formats = decoder.formats()
    wav = [f for f in formats if f.container == "wav"]
    assert wav and "pcm_s16le" in wav[0].codecs and wav[0].extension == ".wav"
    readiness = await decoder.readiness()
    assert readiness.state == "ready"
