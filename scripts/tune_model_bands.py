"""Choose the analyzer's model-score bands for a retrained model from its leave-one-group-out folds.

    .venv/bin/python scripts/tune_model_bands.py --fold-cache /tmp/folds --report loso.json --out /tmp/bands \\
        --shard 0/2 &   # and --shard 1/2 in a second shell; then
    .venv/bin/python scripts/tune_model_bands.py --fold-cache /tmp/folds --report loso.json --out /tmp/bands --summary

The ideation thresholds are chosen inside the folds by scripts/train_local_model.py. The analyzer also reads the
model's ideation score against constants of its own, tuned on the scores of the model they were written with
(analyzer.py): ``ACTIVE_BAND`` (ideation 1 -> 2 when the text names an act), ``LOW_MOOD_IDEATION`` (the review band
raises ideation 1 in clearly depressed short talk) and ``WINDOW_MARGIN`` (a long transcript's window over the
thresholds). A retrained model scores on another scale (docs/clinical-rules.md, "A hundred and twenty-four files": the
long sets' false critical rose 3.2 % -> 5.8 % with the constants left as they were). This script scores every labelled
file with its own fold's model and thresholds (the folds of ``train_local_model.py --groups N --fold-cache``, read from
the cache, and the fold thresholds from its ``--report``), the full analyzer (rules, model, safety floor), once per
grid point, and writes each point's labels; ``--summary`` reports pooled critical recall, critical below high and
false critical on tricky negatives, for all files and for the long check-ins apart, per grid point.

No blind or held-out set is read: only the files the folds were fitted on, each scored by a model that never saw it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

from scorer import load_dataset, score  # noqa: E402

from mhealth.adapters.local import analyzer as A  # noqa: E402
from mhealth.adapters.local import model as M  # noqa: E402

#: the constants as the shipped model's sessions tuned them; each is varied alone around them (they act on different
#: texts: ACTIVE_BAND on ideation 1 with an act named, LOW_MOOD_IDEATION on short depressed talk, WINDOW_MARGIN on long
#: transcripts), and ``--point K=V ...`` scores a combination
BASE = {"ACTIVE_BAND": 0.50, "LOW_MOOD_IDEATION": 0.55, "WINDOW_MARGIN": 0.10}
VARIED = {
    "ACTIVE_BAND": (0.45, 0.55, 0.60, 0.65),
    "LOW_MOOD_IDEATION": (0.50, 0.60, 0.65),
    "WINDOW_MARGIN": (0.05, 0.15, 0.20),
}


def points() -> list[dict[str, float]]:
    out = [dict(BASE)]
    for k, values in VARIED.items():
        out += [{**BASE, k: v} for v in values]
    return out


def name_of(point: dict[str, float]) -> str:
    return "_".join(f"{k.lower()}={v:.2f}" for k, v in sorted(point.items()))


def run(args: argparse.Namespace) -> None:
    report = json.loads(args.report.read_text(encoding="utf-8"))
    groups: dict[str, list[str]] = report["groups"]
    meta = {k: report["hyperparameters"][k] for k in ("segments", "streams", "clause_weight")}
    fits = {}
    for u in groups:
        with open(args.fold_cache / f"{u}.pkl", "rb") as f:
            fits[u] = pickle.load(f)[0]  # noqa: S301 (our own file)
    groups = {u: [s for s in members if args.sets_matching in s] for u, members in groups.items()}
    items = {s: load_dataset(ROOT / "tests" / "eval" / f"ko_{s}.jsonl") for members in groups.values() for s in members}
    index, count = (int(x) for x in args.shard.split("/"))
    analyzer: A.LocalAnalyzer | None = None
    args.out.mkdir(parents=True, exist_ok=True)
    todo = [{**BASE, **{k: float(v) for k, v in (kv.split("=") for kv in args.point)}}] if args.point else points()
    for i, point in enumerate(todo):
        if i % count != index or (args.out / f"{name_of(point)}{args.sets_matching}.json").exists():
            continue
        for k, v in point.items():
            setattr(A, k, v)
        labels: dict[str, list[dict[str, Any]]] = {}
        for u, members in groups.items():
            for s in members:
                model = M.LocalModel(
                    buckets=M.DEFAULT_BUCKETS,
                    heads=fits[u],
                    thresholds=M.Thresholds.from_json(report["fold_thresholds"][s]),
                    meta=dict(meta),
                )
                if analyzer is None:
                    analyzer = A.LocalAnalyzer(model=model)
                    assert analyzer.wait_until_loaded(timeout=120)
                analyzer._model = model
                labels[s] = [analyzer.label(it["text"]) for it in items[s]]
        tmp = args.out / f"{name_of(point)}{args.sets_matching}.tmp"
        tmp.write_text(json.dumps({"point": point, "labels": labels}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(args.out / f"{name_of(point)}{args.sets_matching}.json")
        print(f"[bands] {name_of(point)} done", flush=True)


def summarise(args: argparse.Namespace) -> None:
    rows = []
    for path in sorted(args.out.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        tot: dict[str, list[int]] = {"all": [0] * 5, "long": [0] * 5}
        f1 = []
        for s, labels in data["labels"].items():
            its = load_dataset(ROOT / "tests" / "eval" / f"ko_{s}.jsonl")
            by_text = {it["text"]: lab for it, lab in zip(its, labels, strict=True)}
            r = score(its, lambda t, by_text=by_text: by_text[t])
            f1.append(r.risk_macro_f1)
            figs = (
                r.critical_total - len(r.missed_critical),
                r.critical_total,
                len(r.critical_below_high),
                len(r.false_critical_tricky),
                r.tricky_total,
            )
            for key in ("all", "long") if "long" in s else ("all",):
                tot[key] = [a + b for a, b in zip(tot[key], figs, strict=True)]
        rows.append((data["point"], tot, sum(f1) / len(f1)))
    for point, tot, f1 in rows:
        a, lo = tot["all"], tot["long"]
        print(
            f"{name_of(point)}: all {a[0]}/{a[1]} below-high {a[2]} FC {a[3]}/{a[4]} | "
            f"long {lo[0]}/{lo[1]} below-high {lo[2]} FC {lo[3]}/{lo[4]} | mean F1 {f1:.4f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fold-cache", type=Path, required=True)
    parser.add_argument("--report", type=Path, required=True, help="train_local_model.py's --report of the same run")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shard", default="0/1", help="i/n: this process scores grid points i, i+n, ...")
    parser.add_argument("--point", nargs="*", help="score this combination only (K=V ..., the rest as BASE)")
    parser.add_argument("--sets-matching", default="", help="score only the files whose name contains this")
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args()
    if args.summary:
        summarise(args)
    else:
        run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
