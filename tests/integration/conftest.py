"""Integration fixtures: the generated audio files (session-scoped, generated once)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.* helpers (until pytest pythonpath has ".")

from tests.audio_fixtures import AudioFixtures, ensure_audio_fixtures


@pytest.fixture(scope="session")
def audio_fixtures() -> AudioFixtures:
    """Every generated audio fixture (derived from the committed espeak-ng recordings)."""
    return ensure_audio_fixtures()
