#!/usr/bin/env python
"""Per-source screening report, from one command: real people's words first, then the untouched set, then the
leave-one-source-out (LOSO) figures, then development and training sets.

    python scripts/eval_screening.py            # the local analyzer (rules + statistical model + floor)

1. Real text (tests/eval/real/, see its README for sources and licences) has no screening labels; it is reported
   as how often ordinary talk comes out with ideation, critical, or sent to a person (needs_review). The corpus
   held out from every calibration comes first.
2. The untouched set (the model card's ``untouched``, ko_test3 today) was never trained on and never used to
   choose a threshold; the blind sets (tests/eval/blind/) were written by an author who never saw the analyzer
   and are never read by whoever changes it: these are the held-out figures.
3. LOSO per source: for each labelled file, a model fitted without it, with thresholds chosen inside the fold,
   scored it. Read from the model card (recomputing needs the training: scripts/train_local_model.py).
4. Development sets (tests/eval/discourse/: written against the rules; the one once held out was fixed against by
   patterns d5, so none is blind now) and the training sets the shipped model was fitted on (their figures show fit, not
   generalisation).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))

from buried import buried  # noqa: E402
from scorer import Report, load_dataset, score  # noqa: E402
from train_local_model import HELD_OUT  # noqa: E402

from mhealth.adapters.local import model as M  # noqa: E402
from mhealth.adapters.local.analyzer import LocalAnalyzer  # noqa: E402
from mhealth.domain.rules.safety.floor import apply_safety_floor  # noqa: E402

#: real corpora nothing was calibrated on (the others: the ideation gate, the floor's context fixes and the model's
#: ideation thresholds were, see tests/eval/real/README.md)
REAL_HELD_OUT = frozenset({"kote_heldout"})


def real_rates(analyzer: LocalAnalyzer, path: Path) -> dict[str, int]:
    """How many turns of a real, unlabelled corpus come out with ideation, critical, or flagged for review."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ideation = critical = review = 0
    for text in texts:
        result = apply_safety_floor(analyzer.assess(text), text)
        ideation += result.labels.suicidal_ideation > 0
        critical += result.risk_level.value == "critical"
        review += result.needs_review
    return {"n": len(texts), "ideation": ideation, "critical": critical, "review": review}


def line(name: str, rep: Report) -> str:
    caught = rep.critical_total - len(rep.missed_critical)
    return (
        f"  {name:18s} n={rep.n_items:4d} critical {caught:3d}/{rep.critical_total:3d}"
        f" ({rep.critical_recall or 0:.3f}) below high={len(rep.critical_below_high):2d}"
        f" false-critical tricky {len(rep.false_critical_tricky):2d}/{rep.tricky_total:3d}"
        f" ({rep.false_critical_rate_tricky or 0:.3f}) macro-F1={rep.risk_macro_f1:.3f}"
    )


def main() -> int:
    analyzer = LocalAnalyzer()
    if not analyzer.wait_until_loaded(timeout=120) or analyzer.model_error:
        print(f"the analyzer did not load: {analyzer.model_error}", file=sys.stderr)
        return 3
    card = json.loads(M.CARD_PATH.read_text(encoding="utf-8"))
    evals = ROOT / "tests" / "eval"

    print("1. real people's words (unlabelled; tests/eval/real/README.md): held out first, then calibrated on")
    real = sorted((evals / "real").glob("*.jsonl"), key=lambda p: (p.stem not in REAL_HELD_OUT, p.stem))
    for path in real:
        r = real_rates(analyzer, path)
        n = r["n"]
        print(
            f"  {path.stem:18s} n={n:6d} ideation={r['ideation']:5d} ({r['ideation'] / n:6.2%})"
            f" critical={r['critical']:4d} ({r['critical'] / n:6.2%}) needs_review={r['review']:4d}"
            + ("  <- held out" if path.stem in REAL_HELD_OUT else "  (calibrated on)")
        )

    untouched = (card.get("untouched") or {}).get("file")
    print(f"2. untouched set (never trained on, never used to choose a threshold): {untouched or 'none'}")
    if untouched:
        print(line(Path(untouched).stem, score(load_dataset(evals / untouched), analyzer.label)))
    held_out = [h["file"] for h in card.get("held_out", [])]
    if held_out:
        print("   held-out labelled sets (never trained on, never used to choose anything; the card's held_out)")
        for name in held_out:
            print(line(Path(name).stem, score(load_dataset(evals / name), analyzer.label)))
    print("   the held-out crises (scripts/train_local_model.py HELD_OUT) said between two calm sentences")
    print("   (tests/eval/buried.py: a crisis in a voice note's length of ordinary talk)")
    for name in HELD_OUT:
        print(line(Path(name).stem + "+calm", score(buried(load_dataset(evals / name)), analyzer.label)))
    blind = sorted((evals / "blind").glob("*.jsonl"))
    if blind:
        print("   blind sets (another author, never read by whoever changes the analyzer; tests/eval/blind/README.md)")
        for path in blind:
            print(line(path.stem, score(load_dataset(path), analyzer.label)))
    trained = {d["file"] for d in card["trained_on"]}
    newer = [
        p
        for p in sorted(evals.glob("ko_*.jsonl"))
        if p.name not in trained and p.name != untouched and p.name not in held_out
    ]
    if newer:
        print("   labelled sets the shipped model was not fitted on (written after it; the next training takes them)")
        for path in newer:
            print(line(path.stem, score(load_dataset(path), analyzer.label)))

    loso = card["loso_estimate"]
    print("3. leave one source out (from the model card; thresholds chosen inside each fold)")
    for name, r in sorted(loso["per_set"].items()):
        print(
            f"  {name:18s} critical {r['critical_caught']:3d}/{r['critical_total']:3d} ({r['critical_recall']:.3f})"
            f" below high={r['critical_below_high']:2d} false-critical tricky"
            f" {r['false_critical_tricky']:2d}/{r['tricky_total']:3d} ({r['false_critical_rate_tricky']:.3f})"
            f" macro-F1={r['risk_macro_f1']:.3f}"
        )
    print(f"  {'mean':18s} {json.dumps(loso['mean'])}")

    print("4. development sets (written against the rules) and training sets (the shipped model was fitted on them)")
    for path in sorted((evals / "discourse").glob("*.jsonl")):
        held_out = "heldout" in path.stem  # held out until patterns d5 fixed against it: see its README
        print(line(path.stem, score(load_dataset(path), analyzer.label)) + ("  <- once held out" if held_out else ""))
    for path in sorted(evals.glob("ko_*.jsonl")):
        if path.name in trained:
            print(line(path.stem, score(load_dataset(path), analyzer.label)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
