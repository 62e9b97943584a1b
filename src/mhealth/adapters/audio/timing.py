"""Speech-timing features for cognitive screening, from voice-activity regions and a transcript.

Definitions (seconds unless said otherwise; see docs/audio.md):

* ``speaking_time_s``: the sum of the voiced regions.
* ``total_time_s``: the length of the recording.
* a *pause* is a silent gap of at least ``min_pause_s`` (default 0.25 s) **between** two voiced
  regions; silence before the first word and after the last one is not a pause.
* ``pause_count``, ``mean_pause_s``, ``longest_pause_s``: over those pauses (0 when there is none).
* ``pause_ratio``: total pause time / (speaking time + total pause time), i.e. the share of the
  talking stretch (first word to last word) spent pausing, 0-1.
* ``speech_rate_sps``: syllables per second of speaking time. For Korean the syllables are the
  Hangul syllable blocks of the transcript (U+AC00-U+D7A3, one block = one syllable); for text
  without Hangul a rough vowel-group count is used. ``None`` when there is no transcript.

When no voice-activity regions are known (e.g. a decoder that does not run a VAD), the transcript's
segment times stand in for them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from mhealth.domain.model import Segment, SpeechTiming, Transcript

DEFAULT_MIN_PAUSE_S = 0.25
_VOWEL_GROUPS = re.compile(r"[aeiouy]+", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def hangul_syllables(text: str) -> int:
    """The number of precomposed Hangul syllable blocks in ``text``."""
    return sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")


def count_syllables(text: str) -> int:
    """Hangul syllables, plus a vowel-group estimate for Latin-script words."""
    count = hangul_syllables(text)
    for word in _LATIN_WORD.findall(text):
        groups = len(_VOWEL_GROUPS.findall(word))
        if word.lower().endswith("e") and groups > 1:
            groups -= 1
        count += max(1, groups)
    return count


def _normalise(regions: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for start, end in sorted((float(a), float(b)) for a, b in regions if b > a):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def speech_timing(
    regions: Sequence[tuple[float, float]],
    total_s: float,
    *,
    text: str | None = None,
    segments: Sequence[Segment] = (),
    min_pause_s: float = DEFAULT_MIN_PAUSE_S,
) -> SpeechTiming:
    """Compute the timing features; ``segments`` stand in for ``regions`` when those are empty."""
    voiced = _normalise(regions)
    if not voiced and segments:
        voiced = _normalise((s.start_s, s.end_s) for s in segments)
    speaking = sum(b - a for a, b in voiced)
    pauses = [nxt[0] - cur[1] for cur, nxt in itertools.pairwise(voiced) if nxt[0] - cur[1] >= min_pause_s]
    paused = sum(pauses)
    rate = None
    if text is not None and speaking > 0:
        rate = round(count_syllables(text) / speaking, 3)
    return SpeechTiming(
        speaking_time_s=round(speaking, 3),
        total_time_s=round(max(total_s, voiced[-1][1] if voiced else 0.0), 3),
        pause_count=len(pauses),
        pause_ratio=round(paused / (speaking + paused), 4) if speaking + paused > 0 else 0.0,
        mean_pause_s=round(paused / len(pauses), 3) if pauses else 0.0,
        longest_pause_s=round(max(pauses), 3) if pauses else 0.0,
        speech_rate_sps=rate,
    )


def timing_with_transcript(
    regions: Sequence[tuple[float, float]],
    total_s: float,
    transcript: Transcript,
    *,
    min_pause_s: float = DEFAULT_MIN_PAUSE_S,
) -> SpeechTiming:
    """The features once a transcript is known (adds the speech rate)."""
    return speech_timing(regions, total_s, text=transcript.text, segments=transcript.segments, min_pause_s=min_pause_s)
