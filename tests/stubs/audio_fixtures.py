"""Synthetic decoded audio for the Google adapter tests and benchmark: tone bursts separated by pauses."""

from __future__ import annotations

import array
import hashlib
import math

from mhealth.domain.model import AudioInfo
from mhealth.ports.audio import DecodedAudio

RATE = 16000


def speech_like_pcm(seconds: float, *, burst_s: float = 4.0, pause_s: float = 0.8, rate: int = RATE) -> bytes:
    """A 220 Hz tone in ``burst_s`` bursts separated by ``pause_s`` of digital silence."""
    samples = array.array("h")
    period = burst_s + pause_s
    total = int(seconds * rate)
    tone = [int(6000 * math.sin(2 * math.pi * 220 * i / rate)) for i in range(rate)]
    for i in range(total):
        t = (i / rate) % period
        samples.append(tone[i % rate] if t < burst_s else 0)
    return samples.tobytes()


def burst_regions(seconds: float, *, burst_s: float = 4.0, pause_s: float = 0.8) -> tuple[tuple[float, float], ...]:
    """The voice-activity regions of :func:`speech_like_pcm` (what a VAD would report)."""
    regions, start = [], 0.0
    while start < seconds:
        regions.append((round(start, 3), round(min(seconds, start + burst_s), 3)))
        start += burst_s + pause_s
    return tuple(regions)


def decoded(seconds: float, *, rate: int = RATE, pcm: bytes | None = None) -> DecodedAudio:
    synthetic = pcm is None
    pcm = pcm if pcm is not None else speech_like_pcm(seconds, rate=rate)
    duration = len(pcm) / 2 / rate
    info = AudioInfo(
        container="wav",
        codec="pcm_s16le",
        sample_rate=rate,
        channels=1,
        duration_s=round(duration, 3),
        size_bytes=len(pcm) + 44,
        sha256=hashlib.sha256(pcm).hexdigest(),
    )
    speech = burst_regions(duration) if synthetic else ((0.0, duration),)
    return DecodedAudio(info=info, pcm=pcm, sample_rate=rate, speech=speech)
