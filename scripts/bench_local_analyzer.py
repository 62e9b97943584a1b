"""Benchmark the local analyzer: model load time, added memory, utterances per second on one core.

    .venv/bin/python scripts/bench_local_analyzer.py [--data FILE ...] [--rounds 5]

By default both labelled sets (tests/eval/ko_dev.jsonl and ko_holdout.jsonl) are timed together.

Prints numbers; asserts nothing (DESIGN.md: budgets are measured by benchmarks, never by timed tests).
Budgets: load <= 2 s, added memory <= 400 MB (statistical model < 60 MB), >= 1,000 utterances/s after loading.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    evals = Path(__file__).parents[1] / "tests" / "eval"
    parser.add_argument("--data", nargs="+", default=[str(evals / "ko_dev.jsonl"), str(evals / "ko_holdout.jsonl")])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    texts = [
        json.loads(line)["text"]
        for path in args.data
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    before = rss_mb()
    started = time.perf_counter()
    from mhealth.adapters.local.analyzer import LocalAnalyzer

    import_s = time.perf_counter() - started
    analyzer = LocalAnalyzer()
    analyzer.warm_up()
    analyzer.wait_until_loaded()
    load_s = analyzer.load_seconds or 0.0
    after_load = rss_mb()

    for text in texts:  # warm caches once, untimed
        analyzer.label(text)
    timings: dict[str, list[float]] = {"assess": [], "label": []}
    for _ in range(args.rounds):
        for name, fn in (("assess", analyzer.assess), ("label", analyzer.label)):
            t0 = time.perf_counter()
            for text in texts:
                fn(text)
            timings[name].append(len(texts) / (time.perf_counter() - t0))
    peak = rss_mb()

    print(f"utterances: {len(texts)} x {args.rounds} rounds, one core")
    print(f"import mhealth.adapters.local.analyzer: {import_s * 1000:.0f} ms (no model loaded at import)")
    print(f"model load (background thread, kiwipiepy): {load_s:.2f} s")
    print(
        f"memory: {before:.0f} MB before, +{after_load - before:.0f} MB after load, +{peak - before:.0f} MB after runs"
    )
    for name, rates in timings.items():
        best, median = max(rates), sorted(rates)[len(rates) // 2]
        print(f"{name:>6}: median {median:,.0f} utt/s, best {best:,.0f} utt/s")
    print(f"model: {analyzer.model_name}")
    model = analyzer._model
    if model is not None:
        from mhealth.adapters.local.model import MODEL_PATH

        in_memory = model._w.nbytes + model._lut.nbytes + model._vocab.nbytes
        print(
            f"statistical model: {MODEL_PATH.stat().st_size / 1e6:.1f} MB on disk, {in_memory / 1e6:.1f} MB of arrays "
            f"in memory, segments={model.segment_mode} clause_weight={model.clause_weight:g}"
        )


if __name__ == "__main__":
    main()
