"""Pause-rich recordings made from the committed spoken fixtures, and a Speech stand-in that hears bursts.

Seniors pause often and long. :func:`pause_rich_recording` cuts a committed recording into its phrases (at
the middle of each pause the voice-activity detector finds), repeats them, and puts a pause of 0.5-4 s of
room noise (about -70 dBFS) between phrases, plus a silent start and end; it returns the samples and where
each phrase landed on the new timeline.

:func:`burst_responder` makes the Speech stand-in answer with one recognised "word" per voiced burst of the
audio it received, with that burst's offsets: it cannot understand Korean, but it tells exactly what audio
arrived and where the speech sat in it, which is what billing and time mapping are about.
"""

from __future__ import annotations

import io
import itertools
import random
import wave
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import numpy as np

from mhealth.adapters.audio.vad import voice_regions

SPEECH_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "audio" / "speech"
RATE = 16000


def load_fixture(name: str) -> np.ndarray:
    """The committed recording ``name`` (``en``, ``ko``, ``ko2``) as 16 kHz mono int16 samples."""
    from mhealth.adapters.audio.pyav import PyAvAudioDecoder

    audio = PyAvAudioDecoder(target_sample_rate=RATE).decode_sync(SPEECH_DIR / f"{name}.flac")
    return np.frombuffer(audio.pcm, dtype="<i2").copy()


def phrases(samples: np.ndarray) -> list[np.ndarray]:
    """The recording cut at the middle of each pause (leading and trailing silence trimmed to 0.1 s)."""
    regions = voice_regions(samples.tobytes(), RATE)
    if not regions:
        return []
    cuts = [0] + [round((e + s2) / 2 * RATE) for (_, e), (s2, _) in itertools.pairwise(regions)]
    cuts.append(len(samples))
    first = max(0, round((regions[0][0] - 0.1) * RATE))
    last = min(len(samples), round((regions[-1][1] + 0.1) * RATE))
    cuts[0], cuts[-1] = first, last
    return [samples[a:b] for a, b in itertools.pairwise(cuts)]


def pause_rich_recording(
    samples: np.ndarray, *, seed: int, repeats: int = 3, min_pause_s: float = 0.5, max_pause_s: float = 4.0
) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """The phrases of ``samples`` repeated ``repeats`` times with 0.5-4 s pauses between them.

    Returns the samples and the (start_s, end_s) of each phrase on the new timeline.
    """
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    parts: list[np.ndarray] = []
    placed: list[tuple[float, float]] = []
    at = 0

    def pause(seconds: float) -> None:
        nonlocal at
        n = round(seconds * RATE)
        parts.append(np.clip(noise.standard_normal(n) * 10, -32768, 32767).astype(np.int16))
        at += n

    pause(rng.uniform(0.5, 2.0))
    pieces = phrases(samples)
    for r in range(repeats):
        for i, phrase in enumerate(pieces):
            parts.append(phrase)
            placed.append((at / RATE, (at + len(phrase)) / RATE))
            at += len(phrase)
            if not (r == repeats - 1 and i == len(pieces) - 1):
                pause(rng.uniform(min_pause_s, max_pause_s))
    pause(rng.uniform(0.5, 2.0))
    return np.concatenate(parts), placed


def wav_bytes(samples: np.ndarray, rate: int = RATE) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return out.getvalue()


def burst_responder() -> Callable[..., object]:
    """A stand-in responder: one result per voiced burst of the received audio, the word ``말``."""
    from google.cloud.speech_v2.types import cloud_speech

    def respond(request: cloud_speech.RecognizeRequest) -> cloud_speech.RecognizeResponse:
        rate = request.config.explicit_decoding_config.sample_rate_hertz or RATE
        results = []
        for start, end in voice_regions(request.content, rate):
            word = cloud_speech.WordInfo(
                word="말", start_offset=timedelta(seconds=start), end_offset=timedelta(seconds=end)
            )
            alternative = cloud_speech.SpeechRecognitionAlternative(transcript="말", confidence=0.9, words=[word])
            results.append(
                cloud_speech.SpeechRecognitionResult(
                    alternatives=[alternative], result_end_offset=timedelta(seconds=end)
                )
            )
        return cloud_speech.RecognizeResponse(results=results)

    return respond
