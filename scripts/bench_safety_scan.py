"""Time the safety floor's crisis scan against a reference checkout, ABAB, in one process.

    PYTHONPATH=src:. .venv/bin/python scripts/bench_safety_scan.py --reference ../main/src [--rounds 6]

The reference's ``mhealth/domain/rules/safety`` is copied into a temporary package (its imports rewritten),
so both versions run side by side on the same texts: 200-character utterances and 2,000-character
check-ins built from the evaluation sets. Within a round the two alternate on small blocks of texts (ABAB,
the order flipping every block) and CPU time of this process is summed per side, so load on a shared
machine hits both alike; the ratio candidate/reference is taken per round. Prints the median ratio and its
spread; asserts nothing (DESIGN.md: benchmarks report ratios, tests never time).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parents[1]
SAFETY = Path("mhealth") / "domain" / "rules" / "safety"


def load_scan(src: Path, package: str, into: Path) -> Callable[[str], Any]:
    """``scan`` of the safety package under ``src``, imported as ``package`` (engine.py, or patterns.py before it)."""
    target = into / package
    target.mkdir()
    for path in sorted((src / SAFETY).glob("*.py")):  # every module of the package (engine, discourse, …)
        text = path.read_text(encoding="utf-8").replace("mhealth.domain.rules.safety", package)
        (target / path.name).write_text(text, encoding="utf-8")
    name = "engine" if (target / "engine.py").exists() else "patterns"
    scan: Callable[[str], Any] = importlib.import_module(f"{package}.{name}").scan
    return scan


def corpus(length: int, count: int, rng: random.Random) -> list[str]:
    items = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "tests" / "eval").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = []
    for _ in range(count):
        text = ""
        while len(text) < length:
            text += rng.choice(items) + " "
        texts.append(text[:length])
    return texts


def timed(scan: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    started = time.process_time()
    for _ in range(repeat):
        for text in texts:
            scan(text)
    return time.process_time() - started


def abab(
    reference: Callable[[str], Any], candidate: Callable[[str], Any], texts: list[str], block: int
) -> tuple[float, float]:
    """CPU seconds of each side over ``texts``, alternating on blocks of ``block`` texts (order flips per block)."""
    ref = cand = 0.0
    for number, start in enumerate(range(0, len(texts), block)):
        chunk = texts[start : start + block]
        if number % 2 == 0:
            ref += timed(reference, chunk, 1)
            cand += timed(candidate, chunk, 1)
        else:
            cand += timed(candidate, chunk, 1)
            ref += timed(reference, chunk, 1)
    return ref, cand


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", type=Path, required=True, help="a src/ folder holding the reference mhealth")
    parser.add_argument("--candidate", type=Path, default=ROOT / "src")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    rng = random.Random(7)
    sets = {"200 chars": (corpus(200, 1200, rng), 40), "2,000 chars": (corpus(2000, 120, rng), 4)}
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        reference = load_scan(args.reference, "bench_reference_safety", Path(tmp))
        candidate = load_scan(args.candidate, "bench_candidate_safety", Path(tmp))
        for name, (texts, block) in sets.items():
            differ = sum(
                [msgspec.structs.astuple(h) for h in reference(t)] != [msgspec.structs.astuple(h) for h in candidate(t)]
                for t in texts
            )
            if differ:  # a structural change must leave this at 0; a pattern change says how much it changed
                print(f"{name}: {differ} of {len(texts)} texts scan differently (a behaviour change)")
            timed(reference, texts, 1)  # warm both (lazy offset maps, regex caches)
            timed(candidate, texts, 1)
            ratios, per_text = [], []
            for _round in range(args.rounds):
                ref, cand = abab(reference, candidate, texts, block)
                ratios.append(cand / ref)
                per_text.append((ref / len(texts), cand / len(texts)))
            ref_us = statistics.median(r for r, _ in per_text) * 1e6
            cand_us = statistics.median(c for _, c in per_text) * 1e6
            print(
                f"{name}: reference {ref_us:,.0f} us/text, candidate {cand_us:,.0f} us/text; "
                f"candidate/reference median {statistics.median(ratios):.3f} "
                f"(min {min(ratios):.3f}, max {max(ratios):.3f}, {args.rounds} rounds ABAB)"
            )
        sys.path.remove(tmp)


if __name__ == "__main__":
    main()
