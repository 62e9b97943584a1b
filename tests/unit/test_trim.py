"""Trimming pauses before billing: the plan, the cut audio, and the map back to the recording's timeline."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from mhealth.adapters.audio.trim import KeptSpan, TimeMap, plan_spans, trim_threshold_db, trim_to_speech
from mhealth.domain.model import AudioInfo, Segment
from mhealth.ports.audio import DecodedAudio

RATE = 16000


def _map(regions: list[tuple[float, float]], total: float, max_pause: float = 0.3) -> TimeMap:
    spans, at = [], 0.0
    for a, b, vs, ve in plan_spans(regions, total, max_pause):
        spans.append(KeptSpan(start_s=a, end_s=b, at_s=at, voice_start_s=vs, voice_end_s=ve))
        at += b - a
    return TimeMap(spans, total)


def _random_regions(rng: random.Random) -> tuple[list[tuple[float, float]], float]:
    t, regions = rng.uniform(0.0, 3.0), []
    for _ in range(rng.randint(1, 12)):
        length = rng.uniform(0.06, 6.0)
        regions.append((round(t, 3), round(t + length, 3)))
        t += length + rng.choice([0.15, 0.2, 0.3, 0.31, rng.uniform(0.5, 4.0)])
    return regions, round(t + rng.uniform(0.0, 3.0), 3)


# -- the plan ----------------------------------------------------------------------------------------


def test_a_long_pause_is_shortened_to_the_maximum_and_a_short_one_kept_whole():
    plan = plan_spans([(1.0, 2.0), (2.2, 3.0), (6.0, 7.0)], 10.0, 0.3)
    # 0.2 s pause kept whole (one span), 3 s pause -> 0.15 s after 3.0 and 0.15 s before 6.0
    assert plan == [(0.85, 3.15, 1.0, 3.0), (5.85, 7.15, 6.0, 7.0)]
    kept = sum(b - a for a, b, _, _ in plan)
    assert kept == pytest.approx((2.0 - 0.85) + 0.2 + (3.15 - 2.2) + 1.3)


def test_the_plan_stays_inside_the_recording():
    assert plan_spans([(0.05, 1.0), (9.0, 9.95)], 10.0, 0.3) == [(0.0, 1.15, 0.05, 1.0), (8.85, 10.0, 9.0, 9.95)]


def test_a_zero_maximum_keeps_exactly_the_voiced_regions():
    assert plan_spans([(1.0, 2.0), (3.0, 4.0)], 5.0, 0.0) == [(1.0, 2.0, 1.0, 2.0), (3.0, 4.0, 3.0, 4.0)]


def test_no_region_plans_nothing_and_a_negative_maximum_is_refused():
    assert plan_spans([], 5.0, 0.3) == []
    with pytest.raises(ValueError):
        plan_spans([(1.0, 2.0)], 5.0, -0.1)


@pytest.mark.parametrize("seed", range(200))
def test_every_pause_in_the_trimmed_audio_is_at_most_the_maximum(seed):
    rng = random.Random(seed)
    regions, total = _random_regions(rng)
    max_pause = rng.choice([0.0, 0.1, 0.3, 0.5, 1.0])
    plan = plan_spans(regions, total, max_pause)
    voiced = sum(e - s for s, e in regions)
    kept = sum(b - a for a, b, _, _ in plan)
    assert kept >= voiced - 1e-9  # never less than the speech
    for (_, _, _, ve), (_, _, vs, _) in itertools.pairwise(plan):
        assert vs - ve > max_pause - 1e-9  # spans split only at pauses longer than the maximum
    gaps_kept = kept - voiced
    n_gaps = len(regions) + 1
    assert gaps_kept <= n_gaps * max_pause + 1e-9
    # every voiced region lies inside one kept span
    for s, e in regions:
        assert any(a - 1e-9 <= s and e <= b + 1e-9 for a, b, _, _ in plan)


# -- the time map ------------------------------------------------------------------------------------


def test_times_inside_kept_audio_map_exactly_and_round_trip():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)  # kept: [0.85, 2.15] at 0, [5.85, 7.15] at 1.3
    assert m.trimmed_s == pytest.approx(2.6)
    assert m.to_original(0.15) == pytest.approx(1.0)
    assert m.to_original(1.45) == pytest.approx(6.0)
    assert m.to_original(2.6) == pytest.approx(7.15)
    for t in np.linspace(0.0, 2.6, 261):
        assert m.to_trimmed(m.to_original(float(t))) == pytest.approx(float(t), abs=1e-9)


def test_removed_original_time_maps_to_the_splice():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)
    assert m.to_trimmed(4.0) == pytest.approx(1.3)
    assert m.to_trimmed(0.5) == 0.0 and m.to_trimmed(9.5) == pytest.approx(2.6)


def test_at_a_splice_a_start_belongs_to_the_next_speech_and_an_end_to_the_previous():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)
    splice = 1.3
    assert m.to_original(splice, edge="start") == pytest.approx(5.85)
    assert m.to_original(splice, edge="end") == pytest.approx(2.15)
    assert m.to_original(splice) == pytest.approx(5.85)


def test_a_start_placed_early_in_a_shortened_pause_is_measured_back_from_the_next_onset():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)
    # trimmed 1.2 is 0.1 s before the splice, 0.25 s before the next onset (trimmed 1.45)
    assert m.to_original(1.2, edge="start") == pytest.approx(6.0 - 0.25)
    assert m.to_original(1.2, edge="mid") == pytest.approx(2.05)
    # an end placed late in the pause is measured on from the previous offset (trimmed 1.15)
    assert m.to_original(1.4, edge="end") == pytest.approx(2.0 + 0.25)


def test_a_word_spanning_a_shortened_pause_spans_the_original_pause():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)
    start, end = m.interval_to_original(1.0, 1.6)  # 1.85 .. 6.15 in the recording
    assert start == pytest.approx(1.85) and end == pytest.approx(6.15)


def test_a_word_wholly_inside_a_shortened_pause_keeps_start_before_end():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)
    start, end = m.interval_to_original(1.2, 1.4)
    assert start <= end
    assert (start, end) == (pytest.approx(2.05), pytest.approx(5.95))  # a soft sound: where its audio was


@pytest.mark.parametrize("seed", range(200))
@pytest.mark.parametrize("edge", ["start", "end", "mid"])
def test_each_edge_maps_monotonically_into_the_recording(seed, edge):
    rng = random.Random(seed)
    regions, total = _random_regions(rng)
    m = _map(regions, total, rng.choice([0.0, 0.3, 0.6]))
    points = sorted(
        [rng.uniform(-1.0, m.trimmed_s + 1.0) for _ in range(300)]
        + [s.at_s for s in m.spans]
        + [s.at_end_s for s in m.spans]
    )
    mapped = [m.to_original(t, edge=edge) for t in points]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(mapped))
    assert all(0.0 <= x <= total for x in mapped)


@pytest.mark.parametrize("seed", range(200))
def test_voiced_time_round_trips_and_intervals_keep_their_order(seed):
    rng = random.Random(seed)
    regions, total = _random_regions(rng)
    m = _map(regions, total, rng.choice([0.0, 0.3, 0.6]))
    for s, e in regions:
        # a region's onset maps back as a start, its offset as an end (with no pause kept, either may sit
        # exactly on a splice, which is both the end of one span and the start of the next), inside: any edge
        assert m.to_original(m.to_trimmed(s), edge="start") == pytest.approx(s, abs=1e-9)
        assert m.to_original(m.to_trimmed(e), edge="end") == pytest.approx(e, abs=1e-9)
        x = rng.uniform(s + 1e-6, e - 1e-6)
        for edge in ("start", "end", "mid"):
            assert m.to_original(m.to_trimmed(x), edge=edge) == pytest.approx(x, abs=1e-9)
    for _ in range(200):
        a, b = sorted(rng.uniform(0.0, m.trimmed_s) for _ in range(2))
        start, end = m.interval_to_original(a, b)
        assert 0.0 <= start <= end <= total
        assert end - start >= (b - a) - 1e-9  # trimming only removes time: an interval never shrinks


def test_the_identity_map_changes_nothing():
    m = TimeMap.identity(5.0)
    assert [m.to_original(t, edge=e) for t in (0.0, 2.5, 5.0) for e in ("start", "end")] == [0, 0, 2.5, 2.5, 5, 5]


def test_inconsistent_spans_are_refused():
    with pytest.raises(ValueError):
        TimeMap([KeptSpan(start_s=0, end_s=1, at_s=0.5, voice_start_s=0, voice_end_s=1)], 2.0)
    with pytest.raises(ValueError):
        TimeMap(
            [
                KeptSpan(start_s=1, end_s=2, at_s=0, voice_start_s=1, voice_end_s=2),
                KeptSpan(start_s=0.5, end_s=3, at_s=1, voice_start_s=1, voice_end_s=2),
            ],
            4.0,
        )


def test_segments_map_back_with_their_text_and_confidence():
    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)
    out = m.segments_to_original([Segment(start_s=0.15, end_s=2.45, text="hello there", confidence=0.8)])
    assert out == [Segment(start_s=1.0, end_s=7.0, text="hello there", confidence=0.8)]


# -- cutting the audio -------------------------------------------------------------------------------


def _audio(regions: list[tuple[float, float]], total: float) -> DecodedAudio:
    rng = np.random.default_rng(7)
    samples = (rng.standard_normal(round(total * RATE)) * 10).astype(np.int16)  # a room's noise, -70 dBFS
    t = np.arange(len(samples)) / RATE
    for s, e in regions:
        voiced = (t >= s) & (t < e)
        samples[voiced] = (8000 * np.sin(2 * np.pi * 220 * t[voiced])).astype(np.int16)
    info = AudioInfo(
        container="wav",
        codec="pcm_s16le",
        sample_rate=RATE,
        channels=1,
        duration_s=total,
        size_bytes=1,
        sha256="0" * 64,
    )
    return DecodedAudio(info=info, pcm=samples.tobytes(), sample_rate=RATE, speech=tuple(regions))


def test_the_trimmed_audio_is_the_original_audio_of_the_kept_spans():
    audio = _audio([(1.0, 2.0), (2.2, 3.0), (6.0, 7.0)], 9.0)
    trimmed = trim_to_speech(audio, max_pause_s=0.3)
    m = trimmed.time_map
    assert trimmed.billed_s == pytest.approx(m.trimmed_s)
    assert trimmed.billed_s == pytest.approx(2.3 + 1.3, abs=0.07)  # VAD frames are 30 ms
    original = np.frombuffer(audio.pcm, "<i2")
    sent = np.frombuffer(trimmed.audio.pcm, "<i2")
    for span in m.spans:
        a, b = round(span.start_s * RATE), round(span.end_s * RATE)
        at = round(span.at_s * RATE)
        assert np.array_equal(sent[at : at + b - a], original[a:b])
    # the voiced regions are given on the trimmed timeline, for cutting the sent audio into pieces
    assert trimmed.audio.speech[-1][0] == pytest.approx(m.to_trimmed(6.0), abs=1e-3)
    assert trimmed.audio.info.sha256 == audio.info.sha256


def test_soft_speech_below_the_timing_threshold_is_not_cut_away():
    audio = _audio([(1.0, 2.0)], 6.0)
    samples = np.frombuffer(audio.pcm, "<i2").copy()
    t = np.arange(len(samples)) / RATE
    soft = (t >= 4.0) & (t < 4.6)
    samples[soft] = (150 * np.sin(2 * np.pi * 180 * t[soft])).astype(np.int16)  # about -49 dBFS
    quiet = DecodedAudio(info=audio.info, pcm=samples.tobytes(), sample_rate=RATE, speech=((1.0, 2.0),))
    m = trim_to_speech(quiet, max_pause_s=0.3).time_map
    assert any(s.start_s <= 4.05 and 4.55 <= s.end_s for s in m.spans)


def test_audio_without_voice_is_sent_whole():
    silent = _audio([], 3.0)
    trimmed = trim_to_speech(silent)
    assert trimmed.audio is silent and trimmed.time_map.trimmed_s == pytest.approx(3.0)


def test_timed_words_map_back_each_on_its_own_side_of_a_shortened_pause():
    from mhealth.domain.model import Word

    m = _map([(1.0, 2.0), (6.0, 7.0)], 10.0)  # kept: [0.85, 2.15] at 0, [5.85, 7.15] at 1.3
    segment = Segment(
        start_s=0.15,
        end_s=2.45,
        text="네 그래요 음",
        words=(
            Word(start_s=0.15, end_s=1.0, text="네"),  # 1.0 .. 1.85
            Word(start_s=1.2, end_s=1.9, text="그래요"),  # starts early in the pause: belongs after it
            Word(start_s=1.9, end_s=2.45, text="음"),
        ),
    )
    (out,) = m.segments_to_original([segment])
    assert [(w.text, w.start_s, w.end_s) for w in out.words] == [
        ("네", 1.0, 1.85),
        ("그래요", 5.75, 6.45),
        ("음", 6.45, 7.0),
    ]
    assert out.start_s <= out.words[0].start_s and out.words[-1].end_s <= out.end_s


@pytest.mark.parametrize("seed", range(100))
def test_mapped_words_stay_in_order_inside_their_segment(seed):
    from mhealth.domain.model import Word

    rng = random.Random(seed)
    regions, total = _random_regions(rng)
    m = _map(regions, total, rng.choice([0.0, 0.3]))
    cuts = sorted(rng.uniform(0.0, m.trimmed_s) for _ in range(rng.randint(2, 12)))
    words = tuple(Word(start_s=a, end_s=b, text=f"w{i}") for i, (a, b) in enumerate(itertools.pairwise(cuts)))
    segment = Segment(start_s=cuts[0], end_s=cuts[-1], text=" ".join(w.text for w in words), words=words)
    (out,) = m.segments_to_original([segment])
    starts = [w.start_s for w in out.words]
    assert starts == sorted(starts)
    assert all(out.start_s <= w.start_s <= w.end_s <= out.end_s for w in out.words)
    assert [w.text for w in out.words] == [w.text for w in words]


def _with_noise(audio: DecodedAudio, std: float) -> DecodedAudio:
    samples = np.frombuffer(audio.pcm, "<i2").astype(np.int32)
    quiet = np.abs(samples) < 100
    noise = np.random.default_rng(3).standard_normal(len(samples)) * std
    samples = np.where(quiet, noise, samples).clip(-32768, 32767).astype("<i2")
    return DecodedAudio(info=audio.info, pcm=samples.tobytes(), sample_rate=RATE, speech=audio.speech)


def test_on_a_noisy_line_the_pauses_are_still_trimmed():
    regions = [(1.0, 2.0), (5.0, 6.0), (9.0, 10.0)]
    noisy = _with_noise(_audio(regions, 12.0), std=180)  # room noise around -45 dBFS, above -50
    trimmed = trim_to_speech(noisy, max_pause_s=0.3)
    assert trim_threshold_db(noisy) > -45.0
    assert trimmed.billed_s == pytest.approx(3.0 + 3 * 0.3, abs=0.15)


def test_the_keep_threshold_is_lenient_on_a_quiet_line_and_never_stricter_than_the_timing_detector():
    quiet = _audio([(1.0, 2.0)], 6.0)
    assert trim_threshold_db(quiet) == -50.0
    loud = _with_noise(_audio([(1.0, 2.0)], 6.0), std=3000)  # noise at about -21 dBFS
    assert trim_threshold_db(loud) == -40.0
