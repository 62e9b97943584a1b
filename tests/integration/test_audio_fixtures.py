"""The audio fixtures need no system package: the spoken recordings are committed and everything else is
derived from them with PyAV (a fresh clone without espeak-ng runs the same tests on the same speech)."""

from __future__ import annotations

import shutil
import subprocess

import av
import pytest

from tests.audio_fixtures import AudioFixtures, generator

LANGS = ("ko", "ko2", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_the_spoken_recordings_are_committed_small_16k_mono_flac(lang: str) -> None:
    gen = generator()
    path = gen.speech_path(lang)
    assert path.exists(), f"{path} must be committed (re-record with scripts/make_audio_fixtures.py --speak)"
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(path)], cwd=gen.ROOT, capture_output=True, check=False
    )
    if tracked.returncode not in (0, 1):  # 128: not a git checkout (an sdist): nothing to check
        pytest.skip("not a git checkout")
    assert tracked.returncode == 0, f"{path} is not tracked by git: a fresh clone would not have it"
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        assert (stream.codec_context.name, stream.rate, stream.channels) == ("flac", 16000, 1)
        assert stream.duration is not None and stream.time_base is not None
        seconds = float(stream.duration * stream.time_base)
    assert 4.0 < seconds < 15.0
    assert sum(gen.speech_path(x).stat().st_size for x in LANGS) < 500_000


def test_the_speech_is_read_without_espeak_ng_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert shutil.which("espeak-ng") is None
    gen = generator()
    samples = gen.speech("en")
    assert len(samples) > 5 * gen.MASTER_RATE
    assert 0.5 < float(abs(samples).max()) <= 0.75  # peak normalised to -3 dBFS when recorded: real signal, not zeros


def test_the_generated_set_is_keyed_by_the_committed_recordings(audio_fixtures: AudioFixtures) -> None:
    import json

    manifest = json.loads((audio_fixtures.directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source"] == generator().sources_digest()
    assert audio_fixtures["speech_en"].facts["text"].startswith("Hello. Today I walked")
