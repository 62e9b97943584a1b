"""Train the local analyzer's statistical model (src/mhealth/adapters/local/model.py) from labelled JSONL sets.

    .venv/bin/python scripts/train_local_model.py                       # every tests/eval/ko_*.jsonl
    .venv/bin/python scripts/train_local_model.py --data a.jsonl b.jsonl --heldout tests/eval/ko_test3.jsonl

What it does, all seeded and deterministic:

1. Honest estimate (``--heldout FILE``, default tests/eval/ko_test3.jsonl when present): the whole procedure
   below is run on the training files WITHOUT the held-out file, and the rules-only and rules+model
   analyzers are scored on it. This is the number to quote for unseen phrasing.
2. Cross-validation on the training data (stratified by risk level, ``--folds``): out-of-fold probabilities
   choose the L2 strength (among ``--l2`` candidates, by out-of-fold log-loss) and the raising thresholds
   (see ``choose_thresholds``). The rules' own labels on every training item are part of that choice.
3. The SHIPPED model is trained on every file (including the held-out one) with the same hyperparameters
   and the same threshold procedure, written to the package (.npz, float16) with a JSON card.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

from scorer import compute_risk, load_dataset, score, score_predictions  # noqa: E402

from mhealth.adapters.local import model as M  # noqa: E402
from mhealth.adapters.local.analyzer import LocalAnalyzer  # noqa: E402

RISK = ("low", "moderate", "high", "critical")
GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
#: non-ideation labels are raised only where the model is this precise out of fold
DIMENSION_PRECISION = 0.85
#: ideation thresholds keep the combined false-critical rate on tricky negatives at or below this (target 5%)
MAX_FALSE_CRITICAL = 0.04
MIN_SUPPORT = 5


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stratified_folds(strata: Sequence[str], folds: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    fold_of = np.zeros(len(strata), dtype=np.int64)
    for value in sorted(set(strata)):
        idx = np.array([i for i, s in enumerate(strata) if s == value])
        rng.shuffle(idx)
        fold_of[idx] = np.arange(idx.shape[0]) % folds
    return fold_of


def labels_of(items: Sequence[dict[str, Any]]) -> dict[str, np.ndarray]:
    return {h: np.array([int(it[h]) for it in items], dtype=np.int64) for h in M.HEADS}


def out_of_fold(
    design: M.Design, labels: dict[str, np.ndarray], fold_of: np.ndarray, l2: float
) -> dict[str, np.ndarray]:
    oof = {h: np.zeros((design.n_rows, k)) for h, k in M.HEADS.items()}
    for fold in range(int(fold_of.max()) + 1):
        train, test = np.flatnonzero(fold_of != fold), np.flatnonzero(fold_of == fold)
        fits = M.fit_heads(design.take(train), {h: y[train] for h, y in labels.items()}, l2=l2)
        test_design = design.take(test)
        for h, fit in fits.items():
            oof[h][test] = M.predict_design(fit, test_design)
    return oof


def log_loss(oof: dict[str, np.ndarray], labels: dict[str, np.ndarray]) -> dict[str, float]:
    return {h: float(-np.log(p[np.arange(p.shape[0]), labels[h]] + 1e-12).mean()) for h, p in oof.items()}


def model_levels(oof: dict[str, np.ndarray], thresholds: dict[str, dict[int, float]]) -> dict[str, np.ndarray]:
    out = {}
    for h, p in oof.items():
        tail = np.cumsum(p[:, ::-1], axis=1)[:, ::-1]
        level = np.zeros(p.shape[0], dtype=np.int64)
        for k in sorted(thresholds.get(h, {})):
            level = np.where(tail[:, k] >= thresholds[h][k], np.maximum(level, k), level)
        out[h] = level
    return out


def risks(levels: dict[str, np.ndarray]) -> list[str]:
    n = levels["suicidal_ideation"].shape[0]
    return [compute_risk(**{h: int(levels[h][i]) for h in M.HEADS}) for i in range(n)]


def metrics(items: Sequence[dict[str, Any]], pred_levels: dict[str, np.ndarray]) -> dict[str, Any]:
    pred_risk = risks(pred_levels)
    preds = []
    for i, it in enumerate(items):
        p = {h: int(pred_levels[h][i]) for h in M.HEADS}
        p.update(risk=pred_risk[i], physical_complaint=bool(it["physical_complaint"]))
        preds.append(p)
    r = score_predictions(items, preds)
    return summary(r)


def summary(r: Any) -> dict[str, Any]:
    return {
        "items": r.n_items,
        "critical_total": r.critical_total,
        "critical_recall": r.critical_recall,
        "critical_below_high": len(r.critical_below_high),
        "tricky_total": r.tricky_total,
        "false_critical_rate_tricky": r.false_critical_rate_tricky,
        "false_critical_tricky": len(r.false_critical_tricky),
        "risk_macro_f1": round(r.risk_macro_f1, 4),
        "risk_accuracy": round(r.risk_accuracy, 4),
        "under_triage": r.under_triage,
        "over_triage": r.over_triage,
        "dimension_accuracy": {k: round(v, 4) for k, v in r.dimension_accuracy.items() if v is not None},
    }


def combine(rule_levels: dict[str, np.ndarray], model: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {h: np.maximum(rule_levels[h], model[h]) for h in M.HEADS}


def choose_thresholds(
    items: Sequence[dict[str, Any]],
    oof: dict[str, np.ndarray],
    labels: dict[str, np.ndarray],
    rule_levels: dict[str, np.ndarray],
) -> tuple[dict[str, dict[int, float]], dict[str, Any]]:
    """Raising thresholds from out-of-fold probabilities.

    * Depression, anxiety, cognitive concern, loneliness: for each level k >= 2 (levels that change the risk
      level), the lowest threshold at which "p(label >= k) >= t" is right at least DIMENSION_PRECISION of the
      time out of fold (with MIN_SUPPORT raised items); none if no threshold is that precise.
    * Suicidal ideation (t1 for >= 1, t2 for 2): among the pairs that keep the combined (rules + model)
      false-critical rate on tricky negatives <= MAX_FALSE_CRITICAL and the model's own rate <= it too,
      the pair with the highest out-of-fold critical recall of the MODEL ALONE (the rules were tuned on much
      of this data, so their recall here says nothing about unseen phrasing), then combined macro-F1, then
      the higher thresholds.
    """
    thresholds: dict[str, dict[int, float]] = {}
    for h in ("depression", "anxiety", "cognitive_concern", "loneliness"):
        p = oof[h]
        tail = np.cumsum(p[:, ::-1], axis=1)[:, ::-1]
        for k in range(2, M.HEADS[h]):
            for t in GRID:
                raised = tail[:, k] >= t
                if raised.sum() >= MIN_SUPPORT and (labels[h][raised] >= k).mean() >= DIMENSION_PRECISION:
                    thresholds.setdefault(h, {})[k] = t
                    break
    tricky = np.array(["tricky_negative" in it["tags"] and it["risk"] != "critical" for it in items])
    critical = np.array([it["risk"] == "critical" for it in items])
    best: tuple[Any, ...] | None = None
    for t2 in GRID:
        for t1 in GRID:
            trial = {**thresholds, "suicidal_ideation": {1: t1, 2: t2}}
            alone = model_levels(oof, trial)
            alone_risk = np.array(risks(alone))
            both_risk = np.array(risks(combine(rule_levels, alone)))
            fc_alone = (alone_risk[tricky] == "critical").mean()
            fc_both = (both_risk[tricky] == "critical").mean()
            if fc_alone > MAX_FALSE_CRITICAL or fc_both > MAX_FALSE_CRITICAL:
                continue
            recall = (alone_risk[critical] == "critical").mean()
            m = metrics(items, combine(rule_levels, alone))
            key = (recall, m["risk_macro_f1"], t2, t1)
            if best is None or key > best[0]:
                best = (key, t1, t2, fc_alone, fc_both)
    if best is None:
        thresholds["suicidal_ideation"] = {1: 1.01, 2: 1.01}  # never raises
        return thresholds, {"note": "no ideation threshold met the false-critical bound"}
    (recall, f1, _, _), t1, t2, fc_alone, fc_both = best
    thresholds["suicidal_ideation"] = {1: t1, 2: t2}
    return thresholds, {
        "model_alone_critical_recall": round(float(recall), 4),
        "model_alone_false_critical_tricky": round(float(fc_alone), 4),
        "combined_false_critical_tricky": round(float(fc_both), 4),
        "combined_macro_f1": f1,
    }


def rule_labels(analyzer: LocalAnalyzer, items: Sequence[dict[str, Any]]) -> dict[str, np.ndarray]:
    preds = [analyzer.label(it["text"]) for it in items]
    return {h: np.array([int(p[h]) for p in preds], dtype=np.int64) for h in M.HEADS}


def procedure(
    items: list[dict[str, Any]], rules_only: LocalAnalyzer, args: argparse.Namespace, l2: float | None = None
) -> tuple[M.LocalModel, dict[str, Any]]:
    """Cross-validate, choose L2 (unless given) and thresholds, fit on all ``items``."""
    t0 = time.perf_counter()
    design = M.Design.from_texts([it["text"] for it in items], args.buckets)
    labels = labels_of(items)
    fold_of = stratified_folds([it["risk"] for it in items], args.folds, args.seed)
    candidates = [l2] if l2 is not None else args.l2
    cv: dict[str, Any] = {"folds": args.folds, "seed": args.seed, "l2_log_loss": {}}
    best_l2, best_loss, best_oof = None, float("inf"), None
    for cand in candidates:
        oof = out_of_fold(design, labels, fold_of, cand)
        losses = log_loss(oof, labels)
        total = losses["suicidal_ideation"] * 2 + sum(losses.values())  # ideation counts double
        cv["l2_log_loss"][str(cand)] = {k: round(v, 4) for k, v in losses.items()}
        print(f"  l2={cand:g}: out-of-fold log-loss {json.dumps(cv['l2_log_loss'][str(cand)])}", flush=True)
        if total < best_loss:
            best_l2, best_loss, best_oof = cand, total, oof
    assert best_l2 is not None and best_oof is not None
    rule_lv = rule_labels(rules_only, items)
    thresholds, choice = choose_thresholds(items, best_oof, labels, rule_lv)
    model_only = model_levels(best_oof, thresholds)
    cv.update(
        l2=best_l2,
        thresholds=thresholds,
        threshold_choice=choice,
        out_of_fold_model_alone=metrics(items, model_only),
        out_of_fold_rules_plus_model=metrics(items, combine(rule_lv, model_only)),
        rules_only_on_training_items=metrics(items, rule_lv),
    )
    fits = M.fit_heads(design, labels, l2=best_l2)
    model = M.LocalModel(buckets=args.buckets, heads=fits, thresholds=M.Thresholds.from_json(thresholds))
    cv["seconds"] = round(time.perf_counter() - t0, 1)
    return model, cv


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    evals = ROOT / "tests" / "eval"
    parser.add_argument("--data", nargs="+", type=Path, default=sorted(evals.glob("ko_*.jsonl")))
    parser.add_argument("--heldout", type=Path, default=evals / "ko_test3.jsonl", help="honest estimate file")
    parser.add_argument("--no-heldout", action="store_true", help="skip the honest held-out estimate")
    parser.add_argument("--out", type=Path, default=M.MODEL_PATH)
    parser.add_argument("--card", type=Path, default=M.CARD_PATH)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--l2", type=float, nargs="+", default=[1e-4, 3e-4])
    parser.add_argument("--buckets", type=int, default=M.DEFAULT_BUCKETS)
    args = parser.parse_args(argv)

    rules_only = LocalAnalyzer(use_model=False)
    assert rules_only.wait_until_loaded(timeout=120)
    files = [p.resolve() for p in args.data]
    data = {p: load_dataset(p) for p in files}
    card: dict[str, Any] = {
        "model": "hashed character n-grams + L2 multinomial logistic regression per dimension (numpy)",
        "feature_version": M.FEATURE_VERSION,
        "buckets": args.buckets,
        "heads": dict(M.HEADS),
        "hyperparameters": {
            "l2_candidates": args.l2,
            "folds": args.folds,
            "seed": args.seed,
            "iterations": 200,
            "optimizer": "full-batch Adam, lr 0.05, from zeros",
            "class_weight": "sqrt_balanced",
            "threshold_grid": list(GRID),
            "dimension_precision": DIMENSION_PRECISION,
            "max_false_critical_tricky": MAX_FALSE_CRITICAL,
        },
        "date": dt.date.today().isoformat(),
        "limits": (
            "Trained and measured on synthetic, LLM-written Korean check-in utterances labelled to SCREENING.md, "
            "not on real patient speech. Must be re-validated on real, consented, clinician-labelled data "
            "before any clinical claim."
        ),
    }

    chosen_l2: float | None = None
    heldout = args.heldout.resolve() if args.heldout and not args.no_heldout else None
    if heldout is not None and heldout.exists():
        train_files = [p for p in files if p != heldout]
        train_items = [it for p in train_files for it in data[p]]
        print(f"[honest] training on {[p.name for p in train_files]} ({len(train_items)} items), not {heldout.name}")
        model, cv = procedure(train_items, rules_only, args)
        chosen_l2 = float(cv["l2"])
        test_items = data.get(heldout) or load_dataset(heldout)
        with_model = LocalAnalyzer(model=model)
        assert with_model.wait_until_loaded(timeout=120)
        before = summary(score(test_items, rules_only.label))
        after = summary(score(test_items, with_model.label))
        card["heldout_estimate"] = {
            "file": heldout.name,
            "sha256": sha256(heldout),
            "items": len(test_items),
            "trained_on": [{"file": p.name, "sha256": sha256(p), "items": len(data[p])} for p in train_files],
            "rules_only": before,
            "rules_plus_model": after,
            "cross_validation": cv,
            "note": "The held-out file was not used for training, hyperparameters or thresholds in this run.",
        }
        print(f"[honest] {heldout.name} rules only : {json.dumps(before, ensure_ascii=False)}")
        print(f"[honest] {heldout.name} rules+model: {json.dumps(after, ensure_ascii=False)}")

    all_items = [it for p in files for it in data[p]]
    print(f"[shipped] training on {[p.name for p in files]} ({len(all_items)} items)")
    model, cv = procedure(all_items, rules_only, args, l2=chosen_l2)
    card["trained_on"] = [{"file": p.name, "sha256": sha256(p), "items": len(data[p])} for p in files]
    card["items"] = len(all_items)
    card["cross_validation"] = cv
    card["l2"] = cv["l2"]
    card["thresholds"] = cv["thresholds"]
    version = hashlib.sha256(json.dumps(card, sort_keys=True, default=str).encode()).hexdigest()[:12]
    card["version"] = f"{card['date']}-{version}"
    model.meta = {"version": card["version"], "l2": cv["l2"], "items": len(all_items)}
    model.save(args.out)
    card["weights_file"] = args.out.name
    card["weights_bytes"] = args.out.stat().st_size
    card["weights_sha256"] = sha256(args.out)
    args.card.write_text(json.dumps(card, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"[shipped] cross-validated (out of fold) rules+model: {json.dumps(cv['out_of_fold_rules_plus_model'])}")
    print(f"[shipped] cross-validated (out of fold) model alone: {json.dumps(cv['out_of_fold_model_alone'])}")
    print(f"[shipped] thresholds {cv['thresholds']}  l2 {cv['l2']}")
    print(f"wrote {args.out} ({card['weights_bytes'] / 1e6:.2f} MB) and {args.card}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
