"""Cut long recordings into pieces at pauses, and stitch the pieces' transcripts back together.

Speech-to-Text services take a limited length per request (Google's synchronous recognize: 60 s), and a
local model is faster on pieces transcribed concurrently. :func:`split_at_pauses` cuts where the
voice-activity detector found silence, so that no word is cut; when a stretch longer than a piece has no
pause at all it falls back to a hard cut, and the next piece then starts ``overlap_s`` earlier so that the
word under the cut is heard whole in at least one piece. :func:`stitch` shifts every segment by its
piece's offset and removes the words heard twice at such seams.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, overload

import msgspec

from mhealth.adapters.audio.vad import voice_regions
from mhealth.domain.model import AudioInfo, Segment, Transcript, Word
from mhealth.ports.audio import DecodedAudio

DEFAULT_MAX_PIECE_S = 55.0
DEFAULT_OVERLAP_S = 0.3
_MIN_CUT_PAUSE_S = 0.15
_MAX_SEAM_WORDS = 8


class Piece(msgspec.Struct, frozen=True, kw_only=True):
    """A stretch of a recording: 16-bit mono PCM starting ``offset_s`` seconds into the recording.

    ``overlap_s`` is how much of its start repeats the end of the previous piece (hard cuts only).
    """

    index: int
    offset_s: float
    pcm: bytes
    sample_rate: int
    overlap_s: float = 0.0

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate

    @property
    def start_s(self) -> float:
        """Alias of ``offset_s``."""
        return self.offset_s

    @property
    def end_s(self) -> float:
        return self.offset_s + self.duration_s


def split_at_pauses(
    audio: DecodedAudio,
    *,
    max_piece_s: float = DEFAULT_MAX_PIECE_S,
    overlap_s: float = DEFAULT_OVERLAP_S,
) -> list[Piece]:
    """Cut ``audio`` into pieces of at most ``max_piece_s`` seconds, at pauses where there are some.

    The voice-activity regions of ``audio.speech`` are used (computed here when empty). Each piece keeps
    its global offset; pieces cover the whole recording in order.
    """
    if max_piece_s <= 2 * overlap_s or max_piece_s <= 1.0:
        raise ValueError("max_piece_s must exceed 1 s and twice the overlap")
    rate = audio.sample_rate
    pcm = audio.pcm
    n = len(pcm) // 2
    total = n / rate
    if total <= max_piece_s:
        return [Piece(index=0, offset_s=0.0, pcm=pcm, sample_rate=rate)]
    regions = audio.speech or voice_regions(pcm, rate)
    gaps = _gaps(regions, total)

    bounds: list[tuple[int, int, float]] = []  # (start sample, end sample, overlap_s)
    start = 0
    overlap = 0.0
    max_len = int(max_piece_s * rate)
    while n - start > max_len:
        start_s = start / rate
        limit_s = (start + max_len) / rate
        cut_s = _best_cut(gaps, start_s, limit_s, max_piece_s)
        if cut_s is not None:
            end = min(start + max_len, max(start + rate, round(cut_s * rate)))
            bounds.append((start, end, overlap))
            start, overlap = end, 0.0
        else:
            end = start + max_len
            bounds.append((start, end, overlap))
            step_back = round(overlap_s * rate)
            start, overlap = end - step_back, step_back / rate
    bounds.append((start, n, overlap))
    return [
        Piece(index=i, offset_s=s / rate, pcm=pcm[2 * s : 2 * e], sample_rate=rate, overlap_s=ov)
        for i, (s, e, ov) in enumerate(bounds)
    ]


def _gaps(regions: Sequence[tuple[float, float]], total: float) -> list[tuple[float, float]]:
    gaps = []
    prev = 0.0
    for start, end in sorted(regions):
        if start - prev >= _MIN_CUT_PAUSE_S:
            gaps.append((prev, start))
        prev = max(prev, end)
    if total - prev >= _MIN_CUT_PAUSE_S:
        gaps.append((prev, total))
    return gaps


def _best_cut(gaps: list[tuple[float, float]], start: float, limit: float, max_piece_s: float) -> float | None:
    """The cut point (in a silent gap) inside (start + 1 s, limit]: prefers long pauses late in the window."""
    best: tuple[float, float] | None = None
    for g_start, g_end in gaps:
        lo, hi = max(g_start, start + 1.0), min(g_end, limit)
        if hi - lo < _MIN_CUT_PAUSE_S / 2:
            continue
        cut = (lo + hi) / 2
        score = min(g_end - g_start, 1.5) + (cut - start) / max_piece_s
        if cut - start < max_piece_s * 0.5:
            score -= 1.0  # a cut early in the window makes many small pieces: only if nothing else
        if best is None or score > best[0]:
            best = (score, cut)
    return None if best is None else best[1]


def piece_audio(audio: DecodedAudio, piece: Piece) -> DecodedAudio:
    """A :class:`DecodedAudio` for one piece (times relative to the piece), to hand to a SpeechToText."""
    end = piece.end_s
    speech = tuple(
        (round(max(s, piece.offset_s) - piece.offset_s, 3), round(min(e, end) - piece.offset_s, 3))
        for s, e in audio.speech
        if e > piece.offset_s and s < end
    )
    info = AudioInfo(
        container=audio.info.container,
        codec=audio.info.codec,
        sample_rate=audio.info.sample_rate,
        channels=audio.info.channels,
        duration_s=round(piece.duration_s, 3),
        size_bytes=audio.info.size_bytes,
        sha256=audio.info.sha256,
    )
    return DecodedAudio(info=info, pcm=piece.pcm, sample_rate=piece.sample_rate, speech=speech)


# ------------------------------------------------------------------------------------------------
# Stitching
# ------------------------------------------------------------------------------------------------


def _norm(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", word).lower() if unicodedata.category(ch)[0] in "LN")


class _Seg:
    """A segment being stitched: its text tokens and, when the recogniser gave them, its timed words.

    Timed words stay in step with the tokens when there is one per token (a seam's duplicate is removed
    from both); otherwise a removal drops the timed words of that segment rather than leave wrong ones.
    """

    __slots__ = ("confidence", "end", "start", "timed", "words")

    def __init__(
        self, start: float, end: float, words: list[str], confidence: float | None, timed: list[Word] | None = None
    ) -> None:
        self.start, self.end, self.words, self.confidence = start, end, words, confidence
        self.timed = timed or None

    def drop(self, index: int) -> None:
        if self.timed is not None and len(self.timed) == len(self.words):
            del self.timed[index]
        else:
            self.timed = None
        del self.words[index]

    def timed_words(self) -> tuple[Word, ...]:
        if not self.timed:
            return ()
        out: list[Word] = []
        for w in self.timed:
            start = min(max(w.start_s, self.start, out[-1].start_s if out else 0.0), self.end)
            out.append(Word(start_s=round(start, 3), end_s=round(min(max(w.end_s, start), self.end), 3), text=w.text))
        return tuple(out)


@overload
def stitch(language: str, provider: str, model: str, parts: Sequence[tuple[Piece, Transcript]]) -> Transcript: ...


@overload
def stitch(language: Sequence[tuple[Piece, Sequence[Segment]]]) -> list[Segment]: ...


def stitch(
    language: Any, provider: str | None = None, model: str | None = None, parts: Any = None
) -> Transcript | list[Segment]:
    """One transcript from the pieces' transcripts: global times, no duplicated words at the seams.

    ``stitch(language, provider, model, [(piece, transcript), ...])``: the transcripts' segment times are
    relative to their piece and are shifted by the piece's offset.

    ``stitch([(piece, segments), ...])``, for segments whose times are already global (an adapter that
    shifts them itself), returns the stitched segments only.
    """
    if provider is None and model is None and parts is None:
        pairs = [(piece, list(segments), 1.0) for piece, segments in language]
        return list(_stitch(pairs, "und", "", "", shift=False).segments)
    pairs = []
    for piece, transcript in parts:
        segments = list(transcript.segments)
        if not segments and transcript.text.strip():
            segments = [Segment(start_s=0.0, end_s=piece.duration_s, text=transcript.text)]
        pairs.append((piece, segments, transcript.confidence))
    return _stitch(pairs, language, provider or "", model or "", shift=True)


def _stitch(
    parts: list[tuple[Piece, list[Segment], float]], language: str, provider: str, model: str, *, shift: bool
) -> Transcript:
    out: list[_Seg] = []
    weighted = 0.0
    weight = 0.0
    duration = 0.0
    prev_end = 0.0
    for piece, segments, confidence in sorted(parts, key=lambda p: p[0].offset_s):
        duration = max(duration, piece.end_s)
        offset = piece.offset_s if shift else 0.0
        incoming = [
            _Seg(
                s.start_s + offset,
                s.end_s + offset,
                s.text.split(),
                s.confidence,
                [Word(start_s=w.start_s + offset, end_s=w.end_s + offset, text=w.text) for w in s.words],
            )
            for s in segments
            if s.text.strip()
        ]
        if not incoming:
            prev_end = max(prev_end, piece.end_s)
            continue
        weighted += confidence * piece.duration_s
        weight += piece.duration_s
        if out and piece.offset_s < prev_end:  # an overlapping seam: remove what was heard twice
            _remove_seam_duplicates(out, incoming, seam_end=prev_end + 0.5)
        for seg in incoming:
            if not seg.words:
                continue
            last_end = out[-1].end if out else 0.0
            seg.start = max(seg.start, last_end)
            seg.end = max(seg.end, seg.start)
            out.append(seg)
        prev_end = max(prev_end, piece.end_s)
    segments_out = tuple(
        Segment(
            start_s=round(s.start, 3),
            end_s=round(s.end, 3),
            text=" ".join(s.words),
            confidence=s.confidence,
            words=s.timed_words(),
        )
        for s in out
        if s.words
    )
    return Transcript(
        text=" ".join(s.text for s in segments_out),
        language=language,
        confidence=round(min(1.0, max(0.0, weighted / weight)), 4) if weight else 0.0,
        provider=provider,
        model=model,
        segments=segments_out,
        duration_s=round(duration, 3),
    )


def _remove_seam_duplicates(out: list[_Seg], incoming: list[_Seg], *, seam_end: float) -> None:
    tail: list[tuple[int, int]] = []  # (segment index, word index) of the last words already out
    for si in range(len(out) - 1, -1, -1):
        for wi in range(len(out[si].words) - 1, -1, -1):
            tail.append((si, wi))
            if len(tail) >= _MAX_SEAM_WORDS:
                break
        if len(tail) >= _MAX_SEAM_WORDS:
            break
    tail.reverse()
    head: list[tuple[int, int]] = []
    for si, seg in enumerate(incoming):
        if seg.start > seam_end and head:
            break
        for wi in range(len(seg.words)):
            head.append((si, wi))
            if len(head) >= _MAX_SEAM_WORDS:
                break
        if len(head) >= _MAX_SEAM_WORDS:
            break
    tail_words = [_norm(out[si].words[wi]) for si, wi in tail]
    head_words = [_norm(incoming[si].words[wi]) for si, wi in head]
    drop = 0
    for k in range(min(len(tail_words), len(head_words)), 0, -1):
        if tail_words[-k:] == head_words[:k] and any(tail_words[-k:]):
            drop = k
            break
    if drop == 0 and tail_words and head_words and tail_words[-1] and head_words[0]:
        last, first = tail_words[-1], head_words[0]
        if first != last and first.startswith(last):
            # the previous piece heard only the start of the word cut at the seam: keep the whole one
            si, wi = tail[-1]
            out[si].drop(wi)
            if not out[si].words:
                del out[si]
            return
        if first != last and (last.startswith(first) or last.endswith(first)):
            drop = 1  # the next piece heard only a fragment of the word the previous one already has
    for si, wi in sorted(head[:drop], reverse=True):
        incoming[si].drop(wi)
