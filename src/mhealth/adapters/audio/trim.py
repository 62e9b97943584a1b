"""Send speech only: cut long pauses out of a recording, and map the recogniser's times back.

Speech services bill every second they receive, silence included, and seniors pause a lot. Before a
recording goes to a speech service, :func:`trim_to_speech` keeps the voiced regions plus
``max_pause_s / 2`` of their surroundings on each side, so that a pause longer than ``max_pause_s``
is shortened to exactly ``max_pause_s`` and a shorter one is kept whole. The recogniser still hears a
pause between phrases (its language model and punctuation need one), it just no longer pays for it.

:class:`TimeMap` is the pure arithmetic between the two timelines (original recording <-> trimmed audio):
every segment or word time the recogniser gives in trimmed time is mapped back with
:meth:`TimeMap.to_original`, so timing features, evidence and stored segments keep the recording's own
timeline. Its rules:

* Inside a kept span the mapping is exact (the kept audio *is* the original audio at those times), and
  ``to_trimmed(to_original(t)) == t``.
* A shortened pause in trimmed time is made of the tail of one kept span and the head of the next. A
  recogniser's word boundaries are approximate there, so the edge of the time matters:
  ``edge="start"`` (a word or segment starting in the shortened pause) belongs to the speech *after* the
  pause and is measured back from its onset; ``edge="end"`` belongs to the speech *before* it and is
  measured on from its offset. A word spanning a shortened pause therefore spans the whole original pause.
  ``edge="mid"`` is the plain splice mapping.
* Each edge's mapping is monotonic (non-decreasing). :meth:`TimeMap.interval_to_original` uses the edges
  for an interval holding voiced time, and the plain splice mapping for one lying wholly in a pause (a
  sound too soft for the detector: the kept audio is exactly where it was said); either way
  ``start <= end`` and an interval never gets shorter.

The voice-activity regions come from the decoder (``audio.speech``) united with a *more lenient* detection
(``TRIM_THRESHOLD_DB``, 10 dB below the timing detector's threshold, raised on a noisy line to 6 dB over
its noise floor but never above the timing detector's): softly spoken words must never be cut away to save
money. With no voiced region at all nothing is trimmed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import msgspec
import numpy as np

from mhealth.adapters.audio.vad import DEFAULT_THRESHOLD_DB, frame_energies_db, voice_regions
from mhealth.domain.model import AudioInfo, Segment, Word
from mhealth.ports.audio import DecodedAudio

DEFAULT_MAX_PAUSE_S = 0.3
TRIM_THRESHOLD_DB = -50.0
NOISE_MARGIN_DB = 6.0
Edge = Literal["start", "end", "mid"]


class KeptSpan(msgspec.Struct, frozen=True, kw_only=True):
    """A stretch ``[start_s, end_s)`` of the original recording kept in the trimmed audio at ``at_s``.

    ``voice_start_s``/``voice_end_s`` bound its voiced part (the rest is the kept part of the pauses).
    """

    start_s: float
    end_s: float
    at_s: float
    voice_start_s: float
    voice_end_s: float

    @property
    def length_s(self) -> float:
        return self.end_s - self.start_s

    @property
    def at_end_s(self) -> float:
        return self.at_s + self.length_s


class TimeMap:
    """Maps times between the original recording and its trimmed audio (see the module docstring).

    Args:
        spans: the kept spans, in order, not overlapping, each placed right after the previous one
            (``at_s`` of one = ``at_end_s`` of the previous; the first at 0).
        original_s: the length of the original recording (times are clamped into it).
    """

    def __init__(self, spans: Sequence[KeptSpan], original_s: float) -> None:
        at = 0.0
        previous_end = 0.0
        for span in spans:
            if not (span.start_s >= previous_end - 1e-9 and span.end_s >= span.start_s):
                raise ValueError("kept spans must be in order and must not overlap")
            if abs(span.at_s - at) > 1e-6:
                raise ValueError("kept spans must follow each other in the trimmed audio")
            if not (span.start_s - 1e-9 <= span.voice_start_s <= span.voice_end_s <= span.end_s + 1e-9):
                raise ValueError("a span's voiced part must lie inside it")
            at, previous_end = span.at_end_s, span.end_s
        self.spans: tuple[KeptSpan, ...] = tuple(spans)
        self.original_s = original_s
        self.trimmed_s = at
        self._ats = [s.at_s for s in self.spans]
        self._starts = [s.start_s for s in self.spans]

    @classmethod
    def identity(cls, duration_s: float) -> TimeMap:
        """The map of an untrimmed recording."""
        span = KeptSpan(start_s=0.0, end_s=duration_s, at_s=0.0, voice_start_s=0.0, voice_end_s=duration_s)
        return cls([span], duration_s)

    @property
    def removed_s(self) -> float:
        return self.original_s - self.trimmed_s

    # ------------------------------------------------------------------------------------------

    def _span_at(self, t: float, *, prefer_next: bool) -> int:
        """Index of the span holding trimmed time ``t``; at a splice, the next span if ``prefer_next``."""
        if prefer_next:
            i = bisect.bisect_right(self._ats, t) - 1
        else:
            i = bisect.bisect_left(self._ats, t) - 1
        return min(max(i, 0), len(self.spans) - 1)

    def to_original(self, t: float, *, edge: Edge = "mid") -> float:
        """The original time of trimmed time ``t`` (clamped into the recording)."""
        if not self.spans:
            return min(max(t, 0.0), self.original_s)
        t = min(max(t, 0.0), self.trimmed_s)
        i = self._span_at(t, prefer_next=edge != "end")
        span = self.spans[i]
        original = span.start_s + (t - span.at_s)
        voice_start_at = span.at_s + (span.voice_start_s - span.start_s)
        voice_end_at = span.at_s + (span.voice_end_s - span.start_s)
        if edge == "start" and t > voice_end_at and i + 1 < len(self.spans):
            # in the tail of this span's pause: a start belongs to the speech after the pause
            nxt = self.spans[i + 1]
            next_voice_at = nxt.at_s + (nxt.voice_start_s - nxt.start_s)
            original = nxt.voice_start_s - (next_voice_at - t)
        elif edge == "end" and t < voice_start_at and i > 0:
            # in the head of this span's pause: an end belongs to the speech before the pause
            prev = self.spans[i - 1]
            prev_voice_end_at = prev.at_s + (prev.voice_end_s - prev.start_s)
            original = prev.voice_end_s + (t - prev_voice_end_at)
        return min(max(original, 0.0), self.original_s)

    def to_trimmed(self, t: float) -> float:
        """The trimmed time of original time ``t``; a removed time maps to the splice that replaced it."""
        if not self.spans:
            return 0.0
        i = bisect.bisect_right(self._starts, t) - 1
        if i < 0:
            return 0.0
        span = self.spans[i]
        return span.at_s + min(max(t - span.start_s, 0.0), span.length_s)

    def interval_to_original(self, start: float, end: float) -> tuple[float, float]:
        """A (start, end) interval of trimmed time in original time, ``start <= end`` kept."""
        if not self._holds_voice(start, end):
            # nothing voiced inside (a sound too soft for the detector, kept in a pause): the kept audio
            # is exactly where it was said, so the plain mapping is the truth
            a, b = self.to_original(start), self.to_original(end)
        else:
            a, b = self.to_original(start, edge="start"), self.to_original(end, edge="end")
        return a, max(a, b)

    def _holds_voice(self, start: float, end: float) -> bool:
        for span in self.spans:
            voice_start_at = span.at_s + (span.voice_start_s - span.start_s)
            voice_end_at = span.at_s + (span.voice_end_s - span.start_s)
            if start < voice_end_at and end > voice_start_at:
                return True
        return False

    def segments_to_original(self, segments: Iterable[Segment]) -> list[Segment]:
        """Segments (and their timed words) with trimmed times -> the same on the original timeline."""
        out: list[Segment] = []
        for segment in segments:
            start, end = self.interval_to_original(segment.start_s, segment.end_s)
            words: list[Word] = []
            for word in segment.words:
                w_start, w_end = self.interval_to_original(word.start_s, word.end_s)
                # inside its segment and in order, as the recogniser gave them
                w_start = min(max(w_start, start, words[-1].start_s if words else 0.0), end)
                w_end = min(max(w_end, w_start), end)
                words.append(Word(start_s=round(w_start, 3), end_s=round(w_end, 3), text=word.text))
            out.append(
                msgspec.structs.replace(segment, start_s=round(start, 3), end_s=round(end, 3), words=tuple(words))
            )
        return out


# ------------------------------------------------------------------------------------------------
# Planning and cutting
# ------------------------------------------------------------------------------------------------


def plan_spans(
    regions: Iterable[tuple[float, float]], total_s: float, max_pause_s: float
) -> list[tuple[float, float, float, float]]:
    """The (start, end, voice_start, voice_end) stretches to keep, in original seconds.

    Each voiced region is widened by ``max_pause_s / 2`` on both sides (within the recording); widened
    regions that touch or overlap are merged, so a pause of at most ``max_pause_s`` is kept whole and a
    longer one keeps exactly ``max_pause_s``.
    """
    if max_pause_s < 0:
        raise ValueError("max_pause_s must not be negative")
    half = max_pause_s / 2
    merged: list[list[float]] = []
    for s, e in sorted((max(0.0, s), min(total_s, e)) for s, e in regions):
        if e <= s:
            continue
        a, b = max(0.0, s - half), min(total_s, e + half)
        if merged and a <= merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], b)
            last[3] = max(last[3], e)
        else:
            merged.append([a, b, s, e])
    return [(a, b, vs, ve) for a, b, vs, ve in merged]


def trim_threshold_db(audio: DecodedAudio) -> float:
    """The energy above which audio is kept: ``TRIM_THRESHOLD_DB``, raised to 6 dB over the noise floor.

    On a quiet line a soft word 10 dB under the timing detector's threshold is kept. On a noisy line
    nothing can tell a word softer than the noise from the noise by its energy, so the threshold follows
    the floor (its 10th percentile of frame energies) up to — never above — the timing detector's own.
    """
    energies = frame_energies_db(audio.pcm, audio.sample_rate)
    if energies.size == 0:
        return TRIM_THRESHOLD_DB
    floor = float(np.percentile(energies, 10))
    return min(DEFAULT_THRESHOLD_DB, max(TRIM_THRESHOLD_DB, floor + NOISE_MARGIN_DB))


@dataclass(frozen=True)
class Trimmed:
    """The audio to send (speech only, pauses shortened) and the map back to the original timeline."""

    audio: DecodedAudio
    time_map: TimeMap

    @property
    def billed_s(self) -> float:
        return self.audio.duration_s


def trim_to_speech(audio: DecodedAudio, *, max_pause_s: float = DEFAULT_MAX_PAUSE_S) -> Trimmed:
    """The audio with every pause longer than ``max_pause_s`` shortened to ``max_pause_s``.

    The result's ``speech`` regions are on the trimmed timeline (for cutting it into pieces); ``info``
    still describes the source. When nothing voiced is found the audio is returned unchanged.
    """
    rate = audio.sample_rate
    n = len(audio.pcm) // 2
    total = n / rate
    regions = list(audio.speech) + list(voice_regions(audio.pcm, rate, threshold_db=trim_threshold_db(audio)))
    plan = plan_spans(regions, total, max_pause_s)
    if not plan:
        return Trimmed(audio=audio, time_map=TimeMap.identity(total))
    spans: list[KeptSpan] = []
    chunks: list[bytes] = []
    at_samples = 0
    for a, b, vs, ve in plan:
        first, last = round(a * rate), min(n, round(b * rate))
        if last <= first:
            continue
        start_s, end_s = first / rate, last / rate
        spans.append(
            KeptSpan(
                start_s=start_s,
                end_s=end_s,
                at_s=at_samples / rate,
                voice_start_s=min(max(vs, start_s), end_s),
                voice_end_s=min(max(ve, start_s), end_s),
            )
        )
        chunks.append(audio.pcm[2 * first : 2 * last])
        at_samples += last - first
    time_map = TimeMap(spans, total)
    speech = tuple(
        (round(time_map.to_trimmed(s), 3), round(time_map.to_trimmed(e), 3))
        for s, e in audio.speech
        if time_map.to_trimmed(e) > time_map.to_trimmed(s)
    )
    info = AudioInfo(
        container=audio.info.container,
        codec=audio.info.codec,
        sample_rate=audio.info.sample_rate,
        channels=audio.info.channels,
        duration_s=round(at_samples / rate, 3),
        size_bytes=audio.info.size_bytes,
        sha256=audio.info.sha256,
    )
    trimmed = DecodedAudio(info=info, pcm=b"".join(chunks), sample_rate=rate, speech=speech, timing=None)
    return Trimmed(audio=trimmed, time_map=time_map)


__all__ = [
    "DEFAULT_MAX_PAUSE_S",
    "KeptSpan",
    "TimeMap",
    "Trimmed",
    "plan_spans",
    "trim_threshold_db",
    "trim_to_speech",
]
