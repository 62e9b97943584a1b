#!/usr/bin/env python
"""Per-source screening report: every labelled set, then real people's words, from one command.

    python scripts/eval_screening.py            # the local analyzer (rules + statistical model + floor)

Labelled sets (tests/eval/ko_*.jsonl) are written by the team and the shipped model was TRAINED on all of them:
their figures show fit, not generalisation. Real text (tests/eval/real/, see its README for sources and
licences) has no screening labels; it is reported as how often ideation and critical come out on ordinary talk.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

from scorer import load_dataset, score  # noqa: E402

from mhealth.adapters.local.analyzer import LocalAnalyzer  # noqa: E402


def real_rates(analyzer: LocalAnalyzer, path: Path) -> dict[str, float | int]:
    """How many turns of a real, unlabelled corpus come out with ideation, and how many critical."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ideation = critical = 0
    for text in texts:
        label = analyzer.label(text)
        ideation += label["suicidal_ideation"] > 0
        critical += label["risk"] == "critical"
    return {"n": len(texts), "ideation": ideation, "critical": critical}


def main() -> int:
    analyzer = LocalAnalyzer()
    if not analyzer.wait_until_loaded(timeout=120) or analyzer.model_error:
        print(f"the analyzer did not load: {analyzer.model_error}", file=sys.stderr)
        return 3
    print("real people's words (unlabelled; calibration data for the ideation gate)")
    for path in sorted((ROOT / "tests" / "eval" / "real").glob("*.jsonl")):
        r = real_rates(analyzer, path)
        n = int(r["n"])
        print(
            f"  {path.stem:18s} n={n:6d} ideation={r['ideation']:5d} ({r['ideation'] / n:6.2%})"
            f" critical={r['critical']:4d} ({r['critical'] / n:6.2%})"
        )
    print("labelled sets written by the team (the model was trained on every one of them)")
    for path in sorted((ROOT / "tests" / "eval").glob("ko_*.jsonl")):
        rep = score(load_dataset(path), analyzer.label)
        print(
            f"  {path.stem:18s} n={rep.n_items:4d} critical recall={rep.critical_recall or 0:.3f}"
            f" below high={len(rep.critical_below_high):2d}"
            f" false-critical tricky={rep.false_critical_rate_tricky or 0:.3f}"
            f" macro-F1={rep.risk_macro_f1:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
