"""Long, pause-rich recordings made from the committed spoken fixtures, and a Speech stand-in responder
that hears where the speech is.

:func:`pause_rich` strings the spoken fixtures (``tests/fixtures/audio/speech/*.flac``) together with pauses
of 0.5-4 s (as seniors' speech has) over a faint noise floor, at 8 kHz mono, and remembers where every
utterance lies on the recording's own timeline (``clips``). :func:`to_wav` / :func:`to_m4a` encode it with
PyAV; a 10-minute recording is ~9.6 MB as WAV and ~2.5 MB as M4A (under the 10 MB upload limit).

:func:`voiced_responder` answers a Recognize request with one result per stretch of speech it finds in the
audio it was sent, each word timed where that speech is: a transcript's segment times then say whether the
service mapped every piece back onto the original timeline.
"""

from __future__ import annotations

import io
import random
import wave
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction
from functools import cache
from pathlib import Path

import av
import numpy as np

SPEECH_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "audio" / "speech"
RATE = 8000
WORDS = "오늘은 아침에 산책을 했어요 점심은 딸이랑 먹었어요".split()


@dataclass(frozen=True)
class LongRecording:
    pcm: np.ndarray  # int16 mono at ``rate``
    rate: int
    clips: tuple[tuple[float, float], ...]  # utterances (start_s, end_s) on the recording's timeline

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / self.rate

    @property
    def speech_s(self) -> float:
        return sum(end - start for start, end in self.clips)


def _voiced_bounds(samples: np.ndarray, rate: int) -> tuple[int, int]:
    frame = rate // 50
    energy = np.array([np.abs(samples[i : i + frame]).mean() for i in range(0, len(samples) - frame, frame)])
    voiced = np.nonzero(energy > max(300.0, 0.1 * energy.max()))[0]
    return int(voiced[0]) * frame, (int(voiced[-1]) + 1) * frame


@cache
def spoken_clips(rate: int = RATE) -> tuple[np.ndarray, ...]:
    """Each committed spoken fixture as int16 mono at ``rate``, its leading and trailing silence cut."""
    clips = []
    for path in sorted(SPEECH_DIR.glob("*.flac")):
        resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
        parts: list[np.ndarray] = []
        with av.open(str(path)) as container:
            for frame in container.decode(audio=0):
                parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
        parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
        samples = np.concatenate(parts).astype(np.int16)
        start, end = _voiced_bounds(samples, rate)
        clips.append(samples[start:end])
    if not clips:
        raise FileNotFoundError(f"no spoken fixtures in {SPEECH_DIR}")
    return tuple(clips)


def pause_rich(
    seconds: float, *, seed: int, rate: int = RATE, pauses: tuple[float, float] = (0.5, 4.0)
) -> LongRecording:
    """``seconds`` of utterances separated by pauses drawn from ``pauses``; ``seed`` makes each one different
    (pause lengths, order, gain), so two recordings never share a hash."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    total = int(seconds * rate)
    out = (noise.standard_normal(total) * 20).astype(np.int16)  # a faint noise floor, never digital silence
    clips: list[tuple[float, float]] = []
    at = int(rng.uniform(*pauses) * rate)
    sources = spoken_clips(rate)
    while True:
        clip = sources[rng.randrange(len(sources))]
        if at + len(clip) > total:
            break
        gain = rng.uniform(0.6, 1.0)
        out[at : at + len(clip)] = np.clip(out[at : at + len(clip)] + clip * gain, -32768, 32767).astype(np.int16)
        clips.append((at / rate, (at + len(clip)) / rate))
        at += len(clip) + int(rng.uniform(*pauses) * rate)
    return LongRecording(pcm=out, rate=rate, clips=tuple(clips))


def to_wav(recording: LongRecording) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(recording.rate)
        w.writeframes(recording.pcm.tobytes())
    return buffer.getvalue()


def to_m4a(recording: LongRecording, *, bit_rate: int = 32000) -> bytes:
    """AAC-LC in an MP4 (M4A) container, as a phone records it."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as out:
        stream = out.add_stream("aac", rate=recording.rate)
        stream.layout = "mono"
        stream.bit_rate = bit_rate
        frame_size = stream.codec_context.frame_size or 1024
        resampler = av.AudioResampler(format="fltp", layout="mono", rate=recording.rate, frame_size=frame_size)
        pts = 0
        for start in range(0, len(recording.pcm), 4096):
            chunk = recording.pcm[start : start + 4096].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), format="s16", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = recording.rate, pts, Fraction(1, recording.rate)
            pts += frame.samples
            for resampled in resampler.resample(frame):
                out.mux(stream.encode(resampled))
        for resampled in resampler.resample(None):
            out.mux(stream.encode(resampled))
        out.mux(stream.encode(None))
    return buffer.getvalue()


def voiced_stretches(pcm: bytes, rate: int, *, min_gap_s: float = 0.3) -> list[tuple[float, float]]:
    """Stretches of sound louder than the noise floor (20 ms frames), gaps under ``min_gap_s`` merged."""
    samples = np.frombuffer(pcm, dtype=np.int16).astype(np.float32)
    frame = max(1, rate // 50)
    n = len(samples) // frame
    if n == 0:
        return []
    energy = np.abs(samples[: n * frame].reshape(n, frame)).mean(axis=1)
    voiced = energy > 200.0
    stretches: list[list[float]] = []
    for i in np.nonzero(voiced)[0]:
        start, end = i * frame / rate, (i + 1) * frame / rate
        if stretches and start - stretches[-1][1] < min_gap_s:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [(round(a, 3), round(b, 3)) for a, b in stretches if b - a >= 0.1]


def voiced_responder(
    words: list[str] | None = None,
) -> Callable[..., object]:
    """A Recognize answer with one result per voiced stretch of the request's audio, its words spread over
    that stretch (so word and segment times point at real speech)."""
    from google.cloud.speech_v2.types import cloud_speech

    vocabulary = words or WORDS

    def respond(request: cloud_speech.RecognizeRequest) -> cloud_speech.RecognizeResponse:
        rate = request.config.explicit_decoding_config.sample_rate_hertz or 16000
        duration = len(request.content) / 2 / rate
        results = []
        for n, (start, end) in enumerate(voiced_stretches(request.content, rate)):
            said = [vocabulary[(n + i) % len(vocabulary)] for i in range(3)]
            step = (end - start) / len(said)
            infos = [
                cloud_speech.WordInfo(
                    word=w,
                    start_offset=timedelta(seconds=start + i * step),
                    end_offset=timedelta(seconds=start + (i + 1) * step),
                )
                for i, w in enumerate(said)
            ]
            alternative = cloud_speech.SpeechRecognitionAlternative(
                transcript=" ".join(said), confidence=0.9, words=infos
            )
            results.append(
                cloud_speech.SpeechRecognitionResult(
                    alternatives=[alternative], result_end_offset=timedelta(seconds=min(duration, end + 0.05))
                )
            )
        return cloud_speech.RecognizeResponse(results=results)

    return respond
