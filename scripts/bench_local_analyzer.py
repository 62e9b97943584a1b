"""Benchmark the local analyzer: model load time, added memory, utterances and long transcripts per second on one core.

    .venv/bin/python scripts/bench_local_analyzer.py [--data FILE ...] [--rounds 5]
    .venv/bin/python scripts/bench_local_analyzer.py --against /path/to/other/checkout [--rounds 3]

By default both labelled sets (tests/eval/ko_dev.jsonl and ko_holdout.jsonl) are timed together, as they are
(utterances, ~40 characters each on average) and as long transcripts: the same texts joined in order (in a seeded
shuffle once all are used), with a space, until each has ``--chars`` characters (default 2,000; ``--transcripts``
of them, default 100) — a 2-3 minute check-in. Use more transcripts than the crisis scan's cache holds (64,
``safety/engine.py``): with fewer, every pass after the first finds each scan cached and leaves its cost out.

``--against DIR`` compares two checkouts on the same machine: fresh processes alternate (A = DIR's ``src``,
B = this checkout's ``src``; ABAB, ``--rounds`` rounds), each loads the analyzer, warms up and times both
modes; the report gives each side's median and spread and the median B/A ratio per round, per wall-clock
second and (``_cpu``) per CPU second of the process. Other work on a
shared machine moves absolute figures; only the ratio within the run means anything.

Prints numbers; asserts nothing (DESIGN.md: budgets are measured by benchmarks, never by timed tests).
Budgets: load <= 2 s, added memory <= 400 MB (statistical model < 60 MB), >= 1,000 utterances/s and >= 50
transcripts of ~2,000 characters per second after loading.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def load_texts(paths: list[str]) -> list[str]:
    return [
        json.loads(line)["text"]
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def transcripts(texts: list[str], chars: int, count: int) -> list[str]:
    """``count`` distinct long transcripts: ``texts`` joined until each has ``chars`` characters, taken in order
    and then, once all are used, in a fresh seeded shuffle each time round (in plain order the same transcripts
    would come back)."""
    rng = random.Random(0)
    order = list(range(len(texts)))
    out: list[str] = []
    index = 0
    while len(out) < count:
        parts: list[str] = []
        size = 0
        while size < chars:
            if index == len(order):
                rng.shuffle(order)
                index = 0
            parts.append(texts[order[index]])
            size += len(parts[-1]) + 1
            index += 1
        out.append(" ".join(parts))
    return out


def one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def measure(texts: list[str], long_texts: list[str], rounds: int) -> dict[str, Any]:
    """Load the analyzer from whatever ``mhealth`` is importable, then time assess/label on both sets."""
    before = rss_mb()
    started = time.perf_counter()
    from mhealth.adapters.local.analyzer import LocalAnalyzer

    import_s = time.perf_counter() - started
    analyzer = LocalAnalyzer()
    analyzer.warm_up()
    analyzer.wait_until_loaded()
    after_load = rss_mb()
    for text in texts + long_texts:  # warm caches once, untimed
        analyzer.label(text)
    rates: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, fn, batch in (
            ("assess", analyzer.assess, texts),
            ("label", analyzer.label, texts),
            ("long_assess", analyzer.assess, long_texts),
            ("long_label", analyzer.label, long_texts),
        ):
            t0, c0 = time.perf_counter(), time.process_time()
            for text in batch:
                fn(text)
            rates.setdefault(name, []).append(len(batch) / (time.perf_counter() - t0))
            # per CPU second of this process: what other work on a shared core does not take away
            rates.setdefault(f"{name}_cpu", []).append(len(batch) / (time.process_time() - c0))
        if analyzer._kiwi is not None:
            # kiwipiepy alone on the whole transcripts: the ceiling while clauses come from whole-text morphology,
            # and a control in an ABAB run (both sides run the same library, so its ratio shows the noise)
            c0 = time.process_time()
            for text in long_texts:
                analyzer._kiwi.tokenize(text)
            rates.setdefault("long_kiwi_only_cpu", []).append(len(long_texts) / (time.process_time() - c0))
    model = analyzer._model
    model_info = ""
    if model is not None:
        from mhealth.adapters.local.model import MODEL_PATH

        in_memory = model._w.nbytes + model._lut.nbytes + model._vocab.nbytes
        model_info = (
            f"{MODEL_PATH.stat().st_size / 1e6:.1f} MB on disk, {in_memory / 1e6:.1f} MB of arrays in memory, "
            f"segments={model.segment_mode} clause_weight={model.clause_weight:g}"
        )
    return {
        "import_ms": import_s * 1000,
        "load_s": analyzer.load_seconds or 0.0,
        "rss_before": before,
        "rss_load": after_load - before,
        "rss_peak": rss_mb() - before,
        "rates": rates,
        "model": analyzer.model_name,
        "model_info": model_info,
    }


def spread(values: list[float], digits: int = 1) -> str:
    med, low, high = statistics.median(values), min(values), max(values)
    return f"median {med:,.{digits}f} (range {low:,.{digits}f}-{high:,.{digits}f})"


def compare(args: argparse.Namespace) -> None:
    """ABAB: fresh processes alternate between ``--against``'s src (A) and this checkout's (B)."""
    sides = {"A": Path(args.against).resolve() / "src", "B": ROOT / "src"}
    results: dict[str, list[dict[str, Any]]] = {"A": [], "B": []}
    for _ in range(args.rounds):
        for side, src in sides.items():
            env = dict(os.environ, PYTHONPATH=str(src), PYTHONDONTWRITEBYTECODE="1")
            cmd = [sys.executable, __file__, "--child", "--rounds", "3", "--chars", str(args.chars)]
            cmd += ["--transcripts", str(args.transcripts), "--data", *args.data]
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
            results[side].append(json.loads(out))
    print(f"A = {sides['A']}\nB = {sides['B']}\n{args.rounds} rounds ABAB, one core, medians of 3 passes per process")
    for key in results["A"][0]["rates"]:
        unit = "tr/s" if key.startswith("long") else "utt/s"
        per = {s: [statistics.median(r["rates"][key]) for r in results[s]] for s in sides}
        ratios = [b / a for a, b in zip(per["A"], per["B"], strict=True)]
        print(f"{key:>18} {unit}: A {spread(per['A'])}; B {spread(per['B'])}; B/A {spread(ratios, 2)}")
    for side in sides:
        load = [r["load_s"] for r in results[side]]
        mem = [r["rss_peak"] for r in results[side]]
        print(f"side {side}: load {spread(load)} s, added memory after runs {spread(mem)} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    evals = ROOT / "tests" / "eval"
    parser.add_argument("--data", nargs="+", default=[str(evals / "ko_dev.jsonl"), str(evals / "ko_holdout.jsonl")])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chars", type=int, default=2000, help="characters per long transcript")
    parser.add_argument("--transcripts", type=int, default=100, help="long transcripts per pass (> 64)")
    parser.add_argument("--against", help="another checkout to compare with, ABAB in fresh processes")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.against:
        compare(args)
        return
    one_core()
    texts = load_texts(args.data)
    long_texts = transcripts(texts, args.chars, args.transcripts)
    result = measure(texts, long_texts, args.rounds)
    if args.child:
        json.dump(result, sys.stdout)
        return
    mean_long = sum(map(len, long_texts)) / len(long_texts)
    print(f"utterances: {len(texts)} x {args.rounds} rounds; transcripts: {len(long_texts)} of {mean_long:,.0f} chars")
    print(f"import mhealth.adapters.local.analyzer: {result['import_ms']:.0f} ms (no model loaded at import)")
    print(f"model load (background thread, kiwipiepy): {result['load_s']:.2f} s")
    print(
        f"memory: {result['rss_before']:.0f} MB before, +{result['rss_load']:.0f} MB after load, "
        f"+{result['rss_peak']:.0f} MB after runs"
    )
    for name, rates in result["rates"].items():
        unit = "transcripts/s" if name.startswith("long") else "utt/s"
        print(f"{name:>18}: median {statistics.median(rates):,.1f} {unit}, best {max(rates):,.1f}")
    print(f"model: {result['model']}")
    if result["model_info"]:
        print(f"statistical model: {result['model_info']}")


if __name__ == "__main__":
    main()
