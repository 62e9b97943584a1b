"""Energy-based voice-activity detection over 16-bit mono PCM, with numpy.

A frame (30 ms by default) is *voiced* when its mean energy is above ``threshold_db`` dBFS
(0 dBFS = a full-scale square wave). Voiced frames separated by less than ``min_pause_s`` are merged
into one region (the short gaps inside words and between syllables), and regions shorter than
``min_region_s`` are dropped (clicks). The PCM is processed in blocks so the memory added is bounded
by a block, not by the recording.
"""

from __future__ import annotations

import numpy as np

DEFAULT_THRESHOLD_DB = -40.0
DEFAULT_FRAME_S = 0.03
DEFAULT_MIN_PAUSE_S = 0.15
DEFAULT_MIN_REGION_S = 0.06
_BLOCK_FRAMES = 2000  # 60 s of 30 ms frames per block


def frame_energies_db(pcm: bytes | memoryview, sample_rate: int, *, frame_s: float = DEFAULT_FRAME_S) -> np.ndarray:
    """Energy of each complete frame in dBFS (float32 array; -120 for digital silence)."""
    samples = np.frombuffer(pcm, dtype="<i2")
    frame = max(1, round(frame_s * sample_rate))
    n_frames = len(samples) // frame
    out = np.empty(n_frames, dtype=np.float32)
    for first in range(0, n_frames, _BLOCK_FRAMES):
        last = min(n_frames, first + _BLOCK_FRAMES)
        block = samples[first * frame : last * frame].astype(np.float32).reshape(last - first, frame)
        power = np.einsum("ij,ij->i", block, block) / frame / (32768.0 * 32768.0)
        out[first:last] = 10.0 * np.log10(np.maximum(power, 1e-12))
    return out


def voice_regions(
    pcm: bytes | memoryview,
    sample_rate: int,
    *,
    threshold_db: float = DEFAULT_THRESHOLD_DB,
    frame_s: float = DEFAULT_FRAME_S,
    min_pause_s: float = DEFAULT_MIN_PAUSE_S,
    min_region_s: float = DEFAULT_MIN_REGION_S,
) -> tuple[tuple[float, float], ...]:
    """The (start_s, end_s) regions where voice activity was found, in order."""
    energies = frame_energies_db(pcm, sample_rate, frame_s=frame_s)
    if energies.size == 0:
        return ()
    frame = max(1, round(frame_s * sample_rate)) / sample_rate
    voiced = energies > threshold_db
    if not voiced.any():
        return ()
    padded = np.concatenate(([False], voiced, [False]))
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]  # frame indices [start, end)
    regions: list[list[float]] = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        start, end = s * frame, e * frame
        if regions and start - regions[-1][1] < min_pause_s:
            regions[-1][1] = end
        else:
            regions.append([start, end])
    return tuple((round(a, 3), round(b, 3)) for a, b in regions if b - a >= min_region_s)


def speaking_time(regions: tuple[tuple[float, float], ...] | list[tuple[float, float]]) -> float:
    return float(sum(end - start for start, end in regions))
