"""Benchmark of the Google adapters through the real SDKs against local stand-ins (never the cloud).

Three figures (DESIGN.md, "Performance budget"):

1. throughput: ``--concurrency`` (64) concurrent check-ins, each a speech call (stand-in latency 300 ms)
   then an analysis (stand-in latency 700 ms), through GoogleSpeechToText and GeminiAnalyzer; budget
   >= 0.95 x concurrency check-ins per second (each check-in takes >= 1 s, so that is no blocking).
2. long audio: the speech stage of a 5-minute recording (synthetic PCM with pauses, already decoded);
   budget <= 1.5 x the latency of one piece.
3. cold start: importing and constructing the four Google adapters in a fresh interpreter; budget < 2.5 s.

Run: ``.venv/bin/python scripts/bench_google.py`` (add ``--json`` for machine-readable output).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.stubs.audio_fixtures import decoded  # noqa: E402

COLD_START = textwrap.dedent(
    """
    import os, time
    t0 = time.perf_counter()
    from mhealth.adapters.google import missing_google_extras
    assert not missing_google_extras()
    from mhealth.adapters.google.speech import GoogleSpeechToText
    from mhealth.adapters.google.gemini import GeminiAnalyzer
    from mhealth.adapters.google.bigquery import BigQueryAnalytics
    from mhealth.adapters.google.gcs import GcsBlobStore
    GoogleSpeechToText(project="bench", endpoint="http://127.0.0.1:9")
    GeminiAnalyzer(project="bench", base_url="http://127.0.0.1:9")
    BigQueryAnalytics(project="bench", endpoint="http://127.0.0.1:9")
    GcsBlobStore(bucket="bench")
    t1 = time.perf_counter()
    import sys
    print(round(t1 - t0, 3), sum(1 for m in sys.modules if m.startswith("google")))
    """
)


async def throughput(speech: str, gemini: str, concurrency: int, rounds: int) -> dict[str, float]:
    """``concurrency`` closed-loop clients, each doing ``rounds`` check-ins back to back.

    Two figures: *steady*, clients ramped up over the first second (as real callers arrive) and
    check-ins counted between the end of the ramp and the moment the first client finishes; *burst*,
    all clients released at the same instant, so that every request of a wave queues behind the
    others' CPU work (the worst case).
    """
    from mhealth.adapters.google.gemini import GeminiAnalyzer
    from mhealth.adapters.google.speech import GoogleSpeechToText

    stt = GoogleSpeechToText(project="bench", endpoint=speech, timeout_s=10.0)
    analyzer = GeminiAnalyzer(project="bench", base_url=gemini, timeout_s=10.0)
    audio = decoded(8.0)

    async def check_in() -> float:
        started = time.perf_counter()
        transcript = await stt.transcribe(audio)
        await analyzer.analyze(transcript.text)
        return time.perf_counter() - started

    await asyncio.gather(*(check_in() for _ in range(concurrency)))  # warm the channel and the pool

    async def run(ramp_s: float) -> tuple[list[float], list[float], float]:
        done: list[float] = []
        latencies: list[float] = []
        first_finished: list[float] = []

        async def client(i: int) -> None:
            await asyncio.sleep(ramp_s * i / concurrency)
            for _ in range(rounds):
                latencies.append(await check_in())
                done.append(time.perf_counter())
            first_finished.append(time.perf_counter())

        started = time.perf_counter()
        await asyncio.gather(*(client(i) for i in range(concurrency)))
        return [t - started for t in done], sorted(latencies), min(first_finished) - started

    done, latencies, first = await run(1.0)
    window = [t for t in done if 1.0 <= t <= first]
    steady = len(window) / (first - 1.0)
    burst_done, burst_latencies, _ = await run(0.0)
    burst = len(burst_done) / max(burst_done)
    await stt.aclose()
    await analyzer.aclose()
    return {
        "concurrency": concurrency,
        "checkins_per_client": rounds,
        "steady_per_second": round(steady, 2),
        "steady_ratio_to_concurrency": round(steady / concurrency, 3),
        "steady_p50_s": round(latencies[len(latencies) // 2], 3),
        "steady_p99_s": round(latencies[int(len(latencies) * 0.99) - 1], 3),
        "burst_per_second": round(burst, 2),
        "burst_ratio_to_concurrency": round(burst / concurrency, 3),
        "burst_p50_s": round(burst_latencies[len(burst_latencies) // 2], 3),
    }


async def long_audio(speech: str, minutes: float) -> dict[str, float]:
    from mhealth.adapters.audio.pieces import split_at_pauses
    from mhealth.adapters.google.speech import MAX_PIECE_S, PIECE_OVERLAP_S, GoogleSpeechToText

    stt = GoogleSpeechToText(project="bench", endpoint=speech, timeout_s=10.0, max_concurrency=8)
    short, long = decoded(20.0), decoded(60.0 * minutes)
    await stt.transcribe(short)  # warm
    one = []
    for _ in range(3):
        started = time.perf_counter()
        await stt.transcribe(short)
        one.append(time.perf_counter() - started)
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        transcript = await stt.transcribe(long)
        runs.append(time.perf_counter() - started)
    await stt.aclose()
    piece = min(one)
    return {
        "recording_s": long.duration_s,
        "pieces": len(split_at_pauses(long, max_piece_s=MAX_PIECE_S, overlap_s=PIECE_OVERLAP_S)),
        "segments": len(transcript.segments),
        "one_piece_s": round(piece, 3),
        "five_minutes_s": round(min(runs), 3),
        "ratio_to_one_piece": round(min(runs) / piece, 3),
    }


def cold_start(runs: int) -> dict[str, float]:
    env = {**os.environ, "STORAGE_EMULATOR_HOST": "http://127.0.0.1:9"}  # no credential lookup offline
    times = []
    modules = 0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD_START], capture_output=True, text=True, check=True, env=env)
        seconds, modules_text = out.stdout.split()
        times.append(float(seconds))
        modules = int(modules_text)
    bare = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, mhealth.adapters.google; print(sum(m.startswith('google.') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        "median_s": round(sorted(times)[len(times) // 2], 3),
        "max_s": round(max(times), 3),
        "google_modules_after_construction": modules,
        "google_modules_after_package_import": int(bare.stdout.strip()),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--stt-latency-ms", type=float, default=300)
    parser.add_argument("--llm-latency-ms", type=float, default=700)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    # The stand-ins run in their own process, as the real services do: in this process their threads
    # would compete with the adapters for the GIL and measure the stub, not the adapters.
    server = subprocess.Popen(  # noqa: ASYNC220 - started once, before any measurement
        [
            sys.executable,
            "-m",
            "tests.stubs.serve",
            "--speech-latency",
            str(args.stt_latency_ms / 1000),
            "--gemini-latency",
            str(args.llm_latency_ms / 1000),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        endpoints = json.loads(server.stdout.readline())
        results = {
            "throughput": await throughput(endpoints["speech"], endpoints["gemini"], args.concurrency, args.rounds),
            "long_audio": await long_audio(endpoints["speech"], args.minutes),
            "cold_start": cold_start(args.cold_runs),
        }
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    results["budgets_met"] = {
        "throughput >= 0.95 x concurrency (steady)": results["throughput"]["steady_ratio_to_concurrency"] >= 0.95,
        "5-minute speech stage <= 1.5 x one piece": results["long_audio"]["ratio_to_one_piece"] <= 1.5,
        "cold start < 2.5 s": results["cold_start"]["max_s"] < 2.5,
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for section, figures in results.items():
        print(f"{section}:")
        for name, value in figures.items():
            print(f"  {name}: {value}")


if __name__ == "__main__":
    asyncio.run(main())
