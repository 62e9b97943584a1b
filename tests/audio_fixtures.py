"""The generated audio fixtures, for tests: ``ensure_audio_fixtures()`` makes them once and describes them.

The generator is ``scripts/make_audio_fixtures.py``: it derives every file from the spoken recordings
committed in ``tests/fixtures/audio/speech/`` (no system package needed); files land in
``tests/fixtures/audio/generated/`` (git-ignored) with a manifest, and are regenerated only when the
generator's version or a committed recording changes.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "scripts" / "make_audio_fixtures.py"
OUT_DIR = ROOT / "tests" / "fixtures" / "audio" / "generated"


@dataclass(frozen=True)
class AudioFixture:
    name: str
    path: Path
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def error(self) -> str | None:
        return self.facts.get("error")


@dataclass(frozen=True)
class AudioFixtures:
    directory: Path
    files: dict[str, AudioFixture]

    def __getitem__(self, name: str) -> AudioFixture:
        return self.files[name]

    def good(self) -> list[AudioFixture]:
        return [f for f in self.files.values() if f.error is None]

    def bad(self) -> list[AudioFixture]:
        return [f for f in self.files.values() if f.error is not None]


def generator() -> ModuleType:
    """scripts/make_audio_fixtures.py as a module."""
    spec = importlib.util.spec_from_file_location("make_audio_fixtures", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def ensure_audio_fixtures(out_dir: Path = OUT_DIR) -> AudioFixtures:
    """Generate the fixtures if needed (a few seconds, once) and return them."""
    gen = generator()
    manifest = gen.generate(out_dir)
    files = {name: AudioFixture(name, out_dir / facts["file"], facts) for name, facts in manifest.items()}
    return AudioFixtures(out_dir, files)


# Names of the fixtures (the manifest is the source of truth; these lists drive test parametrisation
# before the files exist).
GOOD_FORMATS = (
    "speech_ko", "wav_pcm16", "wav_mulaw", "wav_alaw", "flac", "mp3", "m4a", "m4a_faststart", "mp4_aac",
    "aac_adts", "ogg_opus", "ogg_vorbis", "webm_opus", "stereo_44k", "phone_8k", "amr_nb", "3gp_amr_nb", "3gp_aac",
)  # fmt: skip
BROKEN = (
    "empty", "truncated_mp3", "truncated_flac", "truncated_wav", "truncated_m4a", "truncated_m4a_moov",
    "truncated_webm", "random_bytes", "png_as_wav", "text_as_flac", "video_only", "lying_header_wav", "too_short",
    "silence", "noise_floor",
)  # fmt: skip
