"""Splitting long audio at pauses, stitching the pieces' transcripts, and the speech-timing features."""

from __future__ import annotations

import hashlib
import itertools

import numpy as np
import pytest

from mhealth.adapters.audio.pieces import Piece, piece_audio, split_at_pauses, stitch
from mhealth.adapters.audio.timing import count_syllables, hangul_syllables, speech_timing
from mhealth.adapters.audio.vad import voice_regions
from mhealth.domain.model import AudioInfo, Segment, Transcript
from mhealth.ports.audio import DecodedAudio

RATE = 16000


def _audio(pattern: list[tuple[str, float]], rate: int = RATE) -> DecodedAudio:
    """PCM from ("v", seconds) voiced tone and ("s", seconds) silence parts."""
    parts = []
    for kind, seconds in pattern:
        n = int(seconds * rate)
        if kind == "v":
            t = np.arange(n) / rate
            parts.append((0.3 * np.sin(2 * np.pi * 180 * t) * 32767).astype("<i2"))
        else:
            parts.append(np.zeros(n, dtype="<i2"))
    pcm = np.concatenate(parts).tobytes()
    info = AudioInfo(
        container="wav", codec="pcm_s16le", sample_rate=rate, channels=1, duration_s=len(pcm) / 2 / rate,
        size_bytes=len(pcm), sha256=hashlib.sha256(pcm).hexdigest(),
    )  # fmt: skip
    return DecodedAudio(info=info, pcm=pcm, sample_rate=rate, speech=voice_regions(pcm, rate))


def test_short_audio_is_one_piece():
    audio = _audio([("v", 10.0)])
    [piece] = split_at_pauses(audio)
    assert piece.offset_s == 0.0 and piece.pcm == audio.pcm and piece.duration_s == pytest.approx(10.0)


def test_long_audio_is_cut_inside_pauses_and_covers_everything():
    pattern = [("v", 7.0), ("s", 0.6)] * 20  # 152 s
    audio = _audio(pattern)
    pieces = split_at_pauses(audio, max_piece_s=55.0, overlap_s=0.3)
    assert len(pieces) == 3
    assert all(p.duration_s <= 55.0 for p in pieces)
    assert b"".join(p.pcm for p in pieces) == audio.pcm
    for before, after in itertools.pairwise(pieces):
        assert after.offset_s == pytest.approx(before.end_s)
        assert after.overlap_s == 0.0
        # the cut lies in silence: samples around it are zero
        i = int(after.offset_s * RATE)
        assert not np.frombuffer(audio.pcm, "<i2")[i - 100 : i + 100].any()
    assert [p.index for p in pieces] == [0, 1, 2]


def test_without_pauses_the_cut_is_hard_with_overlap():
    audio = _audio([("v", 130.0)])
    pieces = split_at_pauses(audio, max_piece_s=55.0, overlap_s=0.3)
    assert [round(p.offset_s, 2) for p in pieces] == [0.0, 54.7, 109.4]
    assert all(p.duration_s <= 55.0 + 1e-9 for p in pieces)
    assert pieces[1].overlap_s == pytest.approx(0.3)
    assert pieces[-1].end_s == pytest.approx(130.0)
    # the overlap repeats the same samples
    assert pieces[1].pcm[: int(0.3 * RATE) * 2] == pieces[0].pcm[-int(0.3 * RATE) * 2 :]


def test_split_computes_the_regions_when_the_audio_has_none():
    audio = _audio([("v", 40.0), ("s", 1.0), ("v", 40.0)])
    bare = DecodedAudio(info=audio.info, pcm=audio.pcm, sample_rate=RATE)
    pieces = split_at_pauses(bare, max_piece_s=55.0)
    assert len(pieces) == 2
    assert 40.0 <= pieces[1].offset_s <= 41.0


def test_piece_audio_has_piece_relative_speech():
    audio = _audio([("v", 40.0), ("s", 1.0), ("v", 40.0)])
    second = split_at_pauses(audio)[1]
    sub = piece_audio(audio, second)
    assert sub.pcm == second.pcm and sub.duration_s == pytest.approx(second.duration_s)
    assert sub.speech[0][0] == pytest.approx(41.0 - second.offset_s, abs=0.05)


def _tr(*segments: tuple[float, float, str], confidence: float = 0.9) -> Transcript:
    segs = tuple(Segment(start_s=a, end_s=b, text=t, confidence=confidence) for a, b, t in segments)
    return Transcript(
        text=" ".join(t for _, _, t in segments), language="ko-KR", confidence=confidence, provider="p", model="m",
        segments=segs,
    )  # fmt: skip


def _piece(index: int, offset: float, seconds: float, overlap: float = 0.0) -> Piece:
    return Piece(
        index=index, offset_s=offset, pcm=b"\x00\x00" * int(seconds * RATE), sample_rate=RATE, overlap_s=overlap
    )


def test_stitch_shifts_segment_times_by_the_piece_offset():
    parts = [
        (_piece(0, 0.0, 50.0), _tr((1.0, 3.0, "안녕하세요"), (10.0, 12.0, "잘 지내요"))),
        (_piece(1, 50.0, 30.0), _tr((0.5, 2.0, "밥도 먹었어요"), confidence=0.6)),
    ]
    result = stitch("ko-KR", "whisper", "small", parts)
    assert [(s.start_s, s.end_s) for s in result.segments] == [(1.0, 3.0), (10.0, 12.0), (50.5, 52.0)]
    assert result.text == "안녕하세요 잘 지내요 밥도 먹었어요"
    assert (result.language, result.provider, result.model) == ("ko-KR", "whisper", "small")
    assert result.duration_s == pytest.approx(80.0)
    assert result.confidence == pytest.approx((0.9 * 50 + 0.6 * 30) / 80, abs=1e-3)


def test_stitch_is_order_independent():
    a = (_piece(0, 0.0, 50.0), _tr((1.0, 3.0, "하나")))
    b = (_piece(1, 50.0, 30.0), _tr((0.5, 2.0, "둘")))
    assert stitch("ko-KR", "p", "m", [b, a]) == stitch("ko-KR", "p", "m", [a, b])


def test_stitch_removes_words_heard_twice_at_an_overlapping_seam():
    parts = [
        (_piece(0, 0.0, 55.0), _tr((50.0, 55.0, "오늘은 공원에서 산책을"))),
        (_piece(1, 54.7, 20.0, overlap=0.3), _tr((0.0, 3.0, "산책을 했어요"), (4.0, 6.0, "좋았어요"))),
    ]
    result = stitch("ko-KR", "p", "m", parts)
    assert result.text == "오늘은 공원에서 산책을 했어요 좋았어요"
    starts = [s.start_s for s in result.segments]
    assert starts == sorted(starts)
    assert all(s.start_s <= s.end_s for s in result.segments)


def test_stitch_removes_several_duplicated_words_ignoring_case_and_punctuation():
    parts = [
        (_piece(0, 0.0, 55.0), _tr((50.0, 55.0, "I walked in the park,"))),
        (_piece(1, 54.7, 20.0, overlap=0.3), _tr((0.0, 3.0, "The park. With my daughter"))),
    ]
    assert stitch("en-US", "p", "m", parts).text == "I walked in the park, With my daughter"


def test_stitch_keeps_the_whole_word_when_one_piece_heard_only_a_fragment():
    parts = [
        (_piece(0, 0.0, 55.0), _tr((50.0, 55.0, "아침에 산책"))),
        (_piece(1, 54.7, 20.0, overlap=0.3), _tr((0.0, 2.0, "산책을 했어요"))),
    ]
    assert stitch("ko-KR", "p", "m", parts).text == "아침에 산책을 했어요"


def test_stitch_does_not_remove_repeated_words_at_a_seam_without_overlap():
    parts = [
        (_piece(0, 0.0, 50.0), _tr((40.0, 49.0, "네 네"))),
        (_piece(1, 50.0, 20.0), _tr((0.5, 2.0, "네 알겠어요"))),
    ]
    assert stitch("ko-KR", "p", "m", parts).text == "네 네 네 알겠어요"


def test_stitch_skips_empty_pieces_and_text_without_segments():
    parts = [
        (_piece(0, 0.0, 50.0), _tr()),
        (_piece(1, 50.0, 20.0), Transcript(text="혼자 있어요", language="ko", confidence=0.8, provider="p", model="m")),
    ]
    result = stitch("ko-KR", "p", "m", parts)
    assert result.text == "혼자 있어요"
    [segment] = result.segments
    assert (segment.start_s, segment.end_s) == (50.0, 70.0)
    assert result.confidence == pytest.approx(0.8)


def test_stitch_of_segments_with_global_times():
    segments = stitch(
        [
            (_piece(0, 0.0, 55.0), [Segment(start_s=50.0, end_s=55.0, text="오늘은 산책을")]),
            (_piece(1, 54.7, 20.0, overlap=0.3), [Segment(start_s=54.7, end_s=57.0, text="산책을 했어요")]),
        ]
    )
    assert " ".join(s.text for s in segments) == "오늘은 산책을 했어요"
    assert segments[-1].start_s >= 54.7


# -- timing -------------------------------------------------------------------------------------


def test_timing_features_from_regions():
    regions = [(0.5, 2.5), (3.0, 5.0), (5.1, 6.0), (8.0, 9.0)]
    timing = speech_timing(regions, 10.0, text="안녕하세요 잘 지내요")
    assert timing.speaking_time_s == pytest.approx(5.9)
    assert timing.total_time_s == 10.0
    assert timing.pause_count == 2  # 0.5 s and 2.0 s; the 0.1 s gap is not a pause
    assert timing.longest_pause_s == pytest.approx(2.0)
    assert timing.mean_pause_s == pytest.approx(1.25)
    assert timing.pause_ratio == pytest.approx(2.5 / (5.9 + 2.5), abs=1e-3)
    assert timing.speech_rate_sps == pytest.approx(9 / 5.9, abs=1e-3)


def test_timing_without_speech_or_text():
    timing = speech_timing([], 3.0)
    assert (timing.speaking_time_s, timing.pause_count, timing.pause_ratio, timing.speech_rate_sps) == (0, 0, 0, None)


def test_timing_falls_back_to_segment_times():
    segments = (Segment(start_s=1.0, end_s=2.0, text="네"), Segment(start_s=3.0, end_s=4.0, text="좋아요"))
    timing = speech_timing([], 5.0, text="네 좋아요", segments=segments)
    assert timing.speaking_time_s == pytest.approx(2.0)
    assert timing.pause_count == 1
    assert timing.speech_rate_sps == pytest.approx(2.0)  # 4 syllables in 2 s


def test_syllable_counts():
    assert hangul_syllables("안녕하세요, 잘 지내요!") == 9
    assert count_syllables("hello there") == 3
    assert count_syllables("오늘 park") == 3


def test_vad_finds_voiced_regions_and_ignores_quiet_noise():
    audio = _audio([("s", 1.0), ("v", 2.0), ("s", 1.0), ("v", 1.0), ("s", 0.5)])
    regions = audio.speech
    assert len(regions) == 2
    assert regions[0][0] == pytest.approx(1.0, abs=0.04) and regions[0][1] == pytest.approx(3.0, abs=0.04)
    assert regions[1][0] == pytest.approx(4.0, abs=0.04)
    noise = (np.random.default_rng(1).normal(0, 30, RATE * 2)).astype("<i2").tobytes()  # about -60 dBFS
    assert voice_regions(noise, RATE) == ()
    assert voice_regions(noise, RATE, threshold_db=-70.0) != ()


def _timed(start: float, *words: tuple[float, float, str]) -> Transcript:
    from mhealth.domain.model import Word

    segment = Segment(
        start_s=words[0][0],
        end_s=words[-1][1],
        text=" ".join(t for _, _, t in words),
        words=tuple(Word(start_s=a, end_s=b, text=t) for a, b, t in words),
    )
    return Transcript(text=segment.text, language="ko-KR", confidence=0.9, provider="p", model="m", segments=(segment,))


def test_stitch_shifts_timed_words_and_drops_the_one_heard_twice_at_a_seam():
    parts = [
        (_piece(0, 0.0, 55.0), _timed(0, (52.0, 53.0, "오늘은"), (53.2, 54.9, "산책을"))),
        (_piece(1, 54.7, 20.0, overlap=0.3), _timed(0, (0.0, 0.2, "산책을"), (0.4, 1.0, "했어요"))),
    ]
    result = stitch("ko-KR", "p", "m", parts)
    assert result.text == "오늘은 산책을 했어요"
    words = [(w.text, w.start_s, w.end_s) for s in result.segments for w in s.words]
    assert words == [("오늘은", 52.0, 53.0), ("산책을", 53.2, 54.9), ("했어요", 55.1, 55.7)]
