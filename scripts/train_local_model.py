"""Train the local analyzer's statistical model (src/mhealth/adapters/local/model.py) from labelled JSONL sets
(the training code itself: scripts/local_model_training.py).

    .venv/bin/python scripts/train_local_model.py                 # every tests/eval/ko_*.jsonl, LOSO, ship
    .venv/bin/python scripts/train_local_model.py --no-ship       # LOSO report only (experiments)
    .venv/bin/python scripts/train_local_model.py --groups 4 --fold-cache /tmp/folds   # with, in a second shell,
    .venv/bin/python scripts/train_local_model.py --groups 4 --fold-cache /tmp/folds --folds-only   # (two cores)

What it does, all seeded and deterministic (full-batch Adam from zeros, no random state):

0. ONE SET UNTOUCHED (``--untouched``, ko_test3.jsonl): never trained on, never used to choose anything; the
   shipped model scores it once at the end (the card's ``untouched``). It is the only held-out figure.
1. LEAVE-ONE-SET-OUT (LOSO) estimate over the other files. Each labelled file was written separately (its own
   prompts, styles and topics), so "train on every other file, score this one" is the honest question "how does
   the model do on phrasing it has not seen". For each file S the model is fitted on all the others and S's
   items are scored as the analyzer scores them: the whole text and each clause (``model.segments``), per level
   ``whole + clause_weight * (best segment - whole)``. With ~125 files one fit per file no longer fits a session
   (a fit of ~11,700 items takes ~14 min on one core): ``--groups N`` leaves out one GROUP of files per fold instead
   (file i of the sorted names in group i mod N, so a writer's numbered sets spread over the groups), N fits.
   ``--held-out`` names more sets kept out of every fit and every choice, scored once at the end like the untouched
   one (the card's ``held_out``; default HELD_OUT, a new writer's crises written to measure and never read).
2. Thresholds. The SHIPPED thresholds come from the pooled LOSO probabilities of all the files: ideation
   thresholds (t1 for >= 1, t2 for 2) maximise the MEAN over files of the combined (rules + model) critical
   recall (then the fewest critical cases below high), subject to a pooled false-critical rate on tricky
   negatives <= MAX_FALSE_CRITICAL (5 %) for rules + model and <= MAX_MODEL_FALSE_CRITICAL (3 %) for what the
   model flags on its own, and at most MAX_FALSE_CRITICAL_ALL (3.5 %) of all non-critical items at critical;
   t2 >= t1 (ideation 2 needs at least ideation 1's evidence), and on each real corpus (``--real``) the model
   alone raises ideation on at most MAX_REAL_MODEL_IDEATION and ideation 2 on at most MAX_REAL_MODEL_CRITICAL of
   the turns; depression, anxiety, cognitive concern and loneliness are raised to levels >= 2 only where the model is
   DIMENSION_PRECISION precise out of set. Each LOSO FOLD S chooses its own thresholds the same way from the
   other files' LOSO probabilities only, so S's scores and labels play no part in the thresholds S is scored
   with (its false-critical bound no longer holds by construction).
3. The LOSO report: each file is scored by the real analyzer (rules + the model fitted without that file, with
   the fold's thresholds, safety floor included) and by the rules alone, per file and as the mean.
4. The SHIPPED model is fitted on every file but the untouched one, with the same hyperparameters and the
   shipped thresholds, written to the package (.npz, float16) with a JSON card holding the LOSO numbers, the
   fold thresholds, the untouched figure, data hashes and limits.

Hyperparameters (L2, ideation class weight, feature streams, segment mode and clause weight) were chosen by
the LOSO mean over files (docs/clinical-rules.md §4.8 lists the comparison); ``--l2``, ``--si2-weight``,
``--streams``, ``--segments``, ``--clause-weight`` with ``--no-ship`` rerun it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))  # local_model_training, also when this file is loaded by path (tests)

from local_model_training import Design, fit_heads, predict_design, save_model  # noqa: E402
from scorer import RISK_INDEX, compute_risk, load_dataset, score  # noqa: E402

from mhealth.adapters.local import model as M  # noqa: E402
from mhealth.adapters.local.analyzer import REVIEW_HEAD, LocalAnalyzer  # noqa: E402

RISK = ("low", "moderate", "high", "critical")
GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
#: non-ideation labels are raised only where the model is this precise out of set
DIMENSION_PRECISION = 0.85
#: ideation thresholds keep the pooled LOSO false-critical rate on tricky negatives of rules + model at or below
#: this (the SCREENING.md target; the rules alone are at ~3.8 % pooled over the eight files) ...
MAX_FALSE_CRITICAL = 0.05
#: ... and that of the model alone (what it adds) at or below this ...
MAX_MODEL_FALSE_CRITICAL = 0.03
#: ... and rules + model put at most this share of ALL non-critical items at critical (over-triage; the rules alone
#: are at 1.8 %). Without it t1 fell to 0.45 and plain depression ("입맛도 없고 잠도 안 오고 한 달 넘게") came out
#: critical through ideation 1.
MAX_FALSE_CRITICAL_ALL = 0.035
#: ... and, on each corpus of real people's text (``--real``: ordinary talk, not written to the rules), the model
#: raises suicidal ideation on at most this share of the turns the rules leave at none. The labelled sets alone let
#: t1 sit where the model read online reviews and chat as passive ideation (KOTE's comments: 0.7 % of turns, most
#: with nothing about death): issue 18 allows 1 % for everything together.
MAX_REAL_MODEL_IDEATION = 0.0025
#: ... and raises it to 2 (critical on its own) on at most this share of each corpus's turns. Without it the nineteen-
#: file model chose t2 0.60, where kote_dev's critical rose 10 -> 16 on product reviews ("옥상을 반으로 갈라서 ...
#: 펜스 쳐놓으면"); issue 18 allows critical on 0.3 % of real non-critical text for everything together.
MAX_REAL_MODEL_CRITICAL = 0.0005
#: ... and the REVIEW band (below t1: high with needs_review, no label) sends at most this share of each real corpus's
#: turns to a person: the band reaches down to where the labelled sets would raise ideation, or to where real text
#: would send more than this to review, whichever is lower.
MAX_REAL_MODEL_REVIEW = 0.01
#: real people's text the thresholds are calibrated on (tests/eval/real/README.md); kote_heldout is never used
REAL = ("chatbot_data.jsonl", "kote_dev.jsonl")
MIN_SUPPORT = 5
#: never trained or tuned on: the shipped model scores it once (the issue-18 protocol, docs/clinical-rules.md §4.8)
UNTOUCHED = "ko_test3.jsonl"
#: more sets kept out of training and out of every choice, scored once by the shipped model (the card's held_out):
#: dev_short_crisis7 was written to measure a new writer's oblique crises and was never read (clinical-rules.md, d36b)
HELD_OUT = (
    "ko_train_dev_short_crisis7.jsonl",
    "ko_train_dev_short_crisis10.jsonl",
    "ko_train_dev_short_crisis11.jsonl",
    "ko_train_dev_short_crisis12.jsonl",
    "ko_train_dev_short_crisis13.jsonl",
)
ITERATIONS = 200


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def labels_of(items: Sequence[dict[str, Any]]) -> dict[str, np.ndarray]:
    return {h: np.array([int(it[h]) for it in items], dtype=np.int64) for h in M.HEADS}


def segment_tails(
    fits: dict[str, M.HeadFit],
    items: Sequence[dict[str, Any]],
    clauses: Sequence[list[tuple[int, int]]],
    mode: str,
    streams: str,
    clause_weight: float,
) -> dict[str, np.ndarray]:
    """Per head, (n, k) of each item's score for p(label >= k): whole + clause_weight * (max over segments - whole),
    exactly what ``LocalModel.levels`` computes."""
    texts: list[str] = []
    owner: list[int] = []
    for i, (it, cl) in enumerate(zip(items, clauses, strict=True)):
        for a, b in M.segments(it["text"], cl, mode):
            texts.append(it["text"][a:b])
            owner.append(i)
    design = Design.from_texts(texts, streams=streams)
    own = np.array(owner, dtype=np.int64)
    first = np.flatnonzero(np.concatenate([[True], own[1:] != own[:-1]]))  # each item's whole text comes first
    out: dict[str, np.ndarray] = {}
    for h, fit in fits.items():
        p = predict_design(fit, design)
        tail = np.cumsum(p[:, ::-1], axis=1)[:, ::-1]
        best = np.zeros((len(items), tail.shape[1]))
        np.maximum.at(best, own, tail)
        whole = tail[first]
        out[h] = whole + clause_weight * (best - whole)
    return out


def model_levels(tails: dict[str, np.ndarray], thresholds: dict[str, dict[int, float]]) -> dict[str, np.ndarray]:
    out = {}
    for h, tail in tails.items():
        level = np.zeros(tail.shape[0], dtype=np.int64)
        for k in sorted(thresholds.get(h, {})):
            level = np.where(tail[:, k] >= thresholds[h][k], np.maximum(level, k), level)
        out[h] = level
    return out


def quick_eval(items: Sequence[dict[str, Any]], rule: Sequence[dict[str, Any]], levels: dict[str, np.ndarray]) -> dict:
    """Critical recall and false-critical counts of max(rules, model) (risk never below the rules' risk), and
    the false-critical count of the model alone."""
    crit = total = below = fc = fc_alone = tricky = fc_all = negatives = 0
    for i, (it, ru) in enumerate(zip(items, rule, strict=True)):
        alone = {h: int(levels[h][i]) for h in M.HEADS}
        comb = {h: max(int(ru[h]), alone[h]) for h in M.HEADS}
        risk = RISK[max(RISK_INDEX[ru["risk"]], RISK_INDEX[compute_risk(**comb)])]
        if it["risk"] == "critical":
            total += 1
            crit += risk == "critical"
            below += RISK_INDEX[risk] < RISK_INDEX["high"]
            continue
        negatives += 1
        fc_all += risk == "critical"
        if "tricky_negative" in it["tags"]:
            tricky += 1
            fc += risk == "critical"
            fc_alone += compute_risk(**alone) == "critical"
    return {
        "crit": crit,
        "total": total,
        "below": below,
        "fc": fc,
        "fc_alone": fc_alone,
        "tricky": tricky,
        "fc_all": fc_all,
        "negatives": negatives,
    }


def real_scores(
    analyzer: LocalAnalyzer, model: M.LocalModel, corpora: dict[str, list[tuple[str, list[tuple[int, int]]]]]
) -> dict[str, np.ndarray]:
    """Per real corpus, (n, 4): the model's ideation scores for levels 1 and 2 and whether the gate passes each
    (``LocalAnalyzer.ideation_raises``); zeros where the rules alone already find ideation."""
    out: dict[str, np.ndarray] = {}
    for name, rows in corpora.items():
        arr = np.zeros((len(rows), 4))
        for i, (text, clauses) in enumerate(rows):
            raises = analyzer.ideation_raises(text, model=model, clauses=clauses)
            if raises:
                (s1, g1), (s2, g2) = raises
                arr[i] = (s1, g1, s2, g2)
        out[name] = arr
    return out


def real_critical_rates(real: dict[str, np.ndarray], t2: float) -> dict[str, float]:
    """Per corpus, the share of turns the model would raise to ideation 2 (its gate passing) with threshold t2."""
    return {
        name: float(((arr[:, 2] >= t2) & (arr[:, 3] > 0)).mean()) if len(arr) else 0.0 for name, arr in real.items()
    }


def real_raise_rates(real: dict[str, np.ndarray], t1: float, t2: float) -> dict[str, float]:
    """Per corpus, the share of turns the model would raise to ideation with thresholds (t1, t2): to the highest
    level whose score reaches its threshold, if that level's gate passes (what ``_raise_with_model`` does)."""
    out = {}
    for name, arr in real.items():
        level2 = arr[:, 2] >= t2
        raised = np.where(level2, arr[:, 3] > 0, (arr[:, 0] >= t1) & (arr[:, 1] > 0))
        out[name] = float(raised.mean()) if len(arr) else 0.0
    return out


def choose_thresholds(
    sets: dict[str, dict[str, Any]],
    tails: dict[str, dict[str, np.ndarray]],
    real: dict[str, np.ndarray] | None = None,
) -> tuple[dict[str, dict[int, float]], dict[str, Any]]:
    """Raising thresholds from the pooled LOSO probabilities (see the module docstring); with ``real``, only
    ideation thresholds whose raises on each real corpus stay within MAX_REAL_MODEL_IDEATION."""
    names = sorted(sets)
    pooled = {h: np.concatenate([tails[s][h] for s in names]) for h in M.HEADS}
    y = {h: np.concatenate([labels_of(sets[s]["items"])[h] for s in names]) for h in M.HEADS}
    thresholds: dict[str, dict[int, float]] = {}
    for h in ("depression", "anxiety", "cognitive_concern", "loneliness"):
        for k in range(2, M.HEADS[h]):
            for t in GRID:
                raised = pooled[h][:, k] >= t
                if raised.sum() >= MIN_SUPPORT and (y[h][raised] >= k).mean() >= DIMENSION_PRECISION:
                    thresholds.setdefault(h, {})[k] = t
                    break
    best: tuple[Any, ...] | None = None
    for t2 in GRID:
        if real and max(real_critical_rates(real, t2).values()) > MAX_REAL_MODEL_CRITICAL:
            continue
        for t1 in GRID:
            if t2 < t1:  # ideation 2 needs at least the evidence of ideation 1
                continue
            trial = {**thresholds, "suicidal_ideation": {1: t1, 2: t2}}
            ev = {s: quick_eval(sets[s]["items"], sets[s]["rules"], model_levels(tails[s], trial)) for s in names}
            tricky = max(1, sum(e["tricky"] for e in ev.values()))
            fc = sum(e["fc"] for e in ev.values()) / tricky
            fc_alone = sum(e["fc_alone"] for e in ev.values()) / tricky
            fc_all = sum(e["fc_all"] for e in ev.values()) / max(1, sum(e["negatives"] for e in ev.values()))
            if fc > MAX_FALSE_CRITICAL or fc_alone > MAX_MODEL_FALSE_CRITICAL or fc_all > MAX_FALSE_CRITICAL_ALL:
                continue
            if real and max(real_raise_rates(real, t1, t2).values()) > MAX_REAL_MODEL_IDEATION:
                continue
            recall = float(np.mean([e["crit"] / max(1, e["total"]) for e in ev.values()]))
            below = sum(e["below"] for e in ev.values())
            key = (round(recall, 4), -below, -round(fc, 4), t2, t1)
            if best is None or key > best[0]:
                best = (key, t1, t2, fc)
    if best is None:
        thresholds["suicidal_ideation"] = {1: 1.01, 2: 1.01}  # never raises
        return thresholds, {"note": "no ideation threshold met the false-critical bound"}
    (recall, _, _, _, _), t1, t2, fc = best
    thresholds["suicidal_ideation"] = {1: t1, 2: t2}
    choice: dict[str, Any] = {
        "loso_mean_critical_recall_approx": recall,
        "loso_pooled_false_critical_approx": round(fc, 4),
    }
    if real:
        choice["real_model_ideation_rate"] = {k: round(v, 5) for k, v in real_raise_rates(real, t1, t2).items()}
        choice["real_model_critical_rate"] = {k: round(v, 5) for k, v in real_critical_rates(real, t2).items()}
    return thresholds, choice


def real_review_rates(real: dict[str, np.ndarray], t1: float, t2: float, review: float) -> dict[str, float]:
    """Per corpus, the share of turns the review band [review, t1) would send to a person (gate passing, no raise)."""
    out = {}
    for name, arr in real.items():
        level2 = arr[:, 2] >= t2
        raised = np.where(level2, arr[:, 3] > 0, (arr[:, 0] >= t1) & (arr[:, 1] > 0))
        band = ~raised & (arr[:, 0] >= review) & (arr[:, 1] > 0)
        out[name] = float(band.mean()) if len(arr) else 0.0
    return out


def add_review_threshold(
    thresholds: dict[str, dict[int, float]],
    choice: dict[str, Any],
    sets: dict[str, dict[str, Any]],
    tails: dict[str, dict[str, np.ndarray]],
    real: dict[str, np.ndarray] | None = None,
) -> None:
    """Where the real-text bound raised the ideation threshold t1, scores below it go to a person: the REVIEW
    threshold (``analyzer.REVIEW_HEAD``) makes the result at least high with needs_review, without raising the
    label. It reaches down to the t1 the labelled sets alone would choose (they say ideation there; real text says a
    label would be wrong too often), or lower, to the lowest grid value whose band sends at most
    MAX_REAL_MODEL_REVIEW of each real corpus to review (issue 18, item 6: over-triage is the safer error)."""
    unbounded, _ = choose_thresholds(sets, {s: tails[s] for s in sets})
    t1, t2 = thresholds["suicidal_ideation"][1], thresholds["suicidal_ideation"][2]
    review = unbounded["suicidal_ideation"][1]
    choice["review_threshold_from_labelled_sets_alone"] = review
    if real:
        within = [
            r for r in GRID if r < t1 and max(real_review_rates(real, t1, t2, r).values()) <= MAX_REAL_MODEL_REVIEW
        ]
        if within:
            review = min(review, within[0])
            choice["real_review_rate"] = {k: round(v, 5) for k, v in real_review_rates(real, t1, t2, review).items()}
    if review < t1:
        thresholds[REVIEW_HEAD] = {1: review}


def summary(r: Any) -> dict[str, Any]:
    return {
        "items": r.n_items,
        "critical_total": r.critical_total,
        "critical_caught": round(r.critical_recall * r.critical_total) if r.critical_total else 0,
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
        "missed_critical_ids": r.missed_critical_ids,
        "false_critical_tricky_ids": r.false_critical_tricky_ids,
    }


def figures(r: dict[str, Any]) -> str:
    """One line of a summary; a set with no crisis (or no tricky negative) has no recall (or rate) to print."""

    def rate(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    return (
        f"critical {r['critical_caught']}/{r['critical_total']} ({rate(r['critical_recall'])}), "
        f"below high {r['critical_below_high']}, false-critical {r['false_critical_tricky']}/{r['tricky_total']} "
        f"({rate(r['false_critical_rate_tricky'])}), macro-F1 {r['risk_macro_f1']:.3f}"
    )


def mean_of(per_set: dict[str, dict[str, Any]]) -> dict[str, float]:
    keys = ("critical_recall", "critical_below_high", "false_critical_rate_tricky", "risk_macro_f1", "risk_accuracy")
    out = {k: round(float(np.mean([r[k] for r in per_set.values() if r[k] is not None])), 4) for k in keys}
    caught = sum(r["critical_caught"] for r in per_set.values())
    total = sum(r["critical_total"] for r in per_set.values())
    fc = sum(r["false_critical_tricky"] for r in per_set.values())
    tricky = sum(r["tricky_total"] for r in per_set.values())
    out.update(
        pooled_critical=f"{caught}/{total}",
        pooled_critical_recall=round(caught / max(1, total), 4),
        pooled_false_critical=f"{fc}/{tricky}",
        pooled_false_critical_rate=round(fc / max(1, tricky), 4),
    )
    return out


def fit(items: Sequence[dict[str, Any]], args: argparse.Namespace) -> dict[str, M.HeadFit]:
    design = Design.from_texts([it["text"] for it in items], args.buckets, args.streams)
    boost = {"suicidal_ideation": {2: args.si2_weight}} if args.si2_weight != 1.0 else None
    return fit_heads(design, labels_of(items), l2=args.l2, iterations=ITERATIONS, boost=boost)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    evals = ROOT / "tests" / "eval"
    parser.add_argument("--data", nargs="+", type=Path, default=sorted(evals.glob("ko_*.jsonl")))
    parser.add_argument(
        "--untouched",
        default=UNTOUCHED,
        help="a set never trained or tuned on, scored once by the shipped model ('' for none)",
    )
    parser.add_argument("--out", type=Path, default=M.MODEL_PATH)
    parser.add_argument("--card", type=Path, default=M.CARD_PATH)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--si2-weight", type=float, default=1.0, help="extra class weight on ideation 2")
    parser.add_argument("--segments", choices=M.SEGMENT_MODES, default="clauses")
    parser.add_argument("--clause-weight", type=float, default=0.25, help="0 whole text only, 1 max over clauses")
    parser.add_argument("--buckets", type=int, default=M.DEFAULT_BUCKETS)
    parser.add_argument("--streams", default="aw", help="feature streams: a (compact), w (in-word), j (jamo)")
    parser.add_argument(
        "--real",
        nargs="*",
        type=Path,
        default=[evals / "real" / name for name in REAL],
        help="real people's text (JSONL with 'text') the ideation thresholds are calibrated on (none: no bound)",
    )
    parser.add_argument("--no-ship", action="store_true", help="LOSO report only; do not write the model")
    parser.add_argument("--report", type=Path, help="also write the LOSO report (JSON) here")
    parser.add_argument("--fold-cache", type=Path, help="share the LOSO folds with other processes through this folder")
    parser.add_argument(
        "--folds-only", action="store_true", help="with --fold-cache: compute unclaimed folds (last first) and exit"
    )
    parser.add_argument(
        "--groups",
        type=int,
        default=0,
        help="leave one GROUP of files out instead of one file: file i (sorted) joins group i mod N (0: one per file)",
    )
    parser.add_argument(
        "--held-out",
        nargs="*",
        default=list(HELD_OUT),
        help="more sets never trained or tuned on, scored by the shipped model like --untouched (the card's held_out)",
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()

    rules_only = LocalAnalyzer(use_model=False)
    assert rules_only.wait_until_loaded(timeout=120)
    files = [p.resolve() for p in args.data if p.name != args.untouched and p.name not in args.held_out]
    held_out = [p.resolve() for p in args.data if p.name in args.held_out]
    untouched = next((p.resolve() for p in args.data if p.name == args.untouched), None)
    if args.untouched and untouched is None:
        parser.error(f"--untouched {args.untouched} is not among --data")
    sets: dict[str, dict[str, Any]] = {}
    for p in files:
        items = load_dataset(p)
        sets[p.stem.removeprefix("ko_")] = {
            "path": p,
            "items": items,
            "rules": [rules_only.label(it["text"]) for it in items],
            "clauses": [rules_only._clauses(it["text"]) for it in items],  # the analyzer's own clause split
        }
    names = sorted(sets)
    corpora: dict[str, list[tuple[str, list[tuple[int, int]]]]] = {}
    for p in args.real:
        texts = [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        # turns the rules alone leave at no ideation keep their place (the model could raise them); the others
        # count in the denominator only
        corpora[p.stem] = [
            (t, rules_only._clauses(t)) if not rules_only.label(t)["suicidal_ideation"] else ("", []) for t in texts
        ]
        print(f"[real] {p.name}: {len(texts)} turns", flush=True)

    def scores_on_real(heads: dict[str, M.HeadFit]) -> dict[str, np.ndarray]:
        probe = M.LocalModel(buckets=args.buckets, heads=heads, thresholds=M.Thresholds.from_json({}), meta=dict(meta))
        out = real_scores(rules_only, probe, {n: [(t, c) for t, c in rows if t] for n, rows in corpora.items()})
        # back to one row per turn, zeros for turns the rules already flag
        full: dict[str, np.ndarray] = {}
        for n, rows in corpora.items():
            arr = np.zeros((len(rows), 4))
            arr[[i for i, (t, _) in enumerate(rows) if t]] = out[n]
            full[n] = arr
        return full

    meta = {"segments": args.segments, "streams": args.streams, "clause_weight": args.clause_weight}

    # 1. leave one set (or, with --groups, one group of sets) out
    if args.groups:
        units = {f"group{g}": [s for i, s in enumerate(names) if i % args.groups == g] for g in range(args.groups)}
    else:
        units = {s: [s] for s in names}
    unit_of = {s: u for u, members in units.items() for s in members}
    loso_fits: dict[str, dict[str, M.HeadFit]] = {}
    tails: dict[str, dict[str, np.ndarray]] = {}
    real: dict[str, dict[str, np.ndarray]] = {}
    # Folds are independent and deterministic: with --fold-cache, several processes share them (each claims a fold
    # by creating its .claim file, writes the fold's fits and scores, and the one without --folds-only waits for the
    # others' folds and goes on).
    cache = args.fold_cache
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    for u in reversed(units) if args.folds_only else units:
        if cache:
            try:
                os.close(os.open(cache / f"{u}.claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                continue
        train = [it for o in names if unit_of[o] != u for it in sets[o]["items"]]
        print(f"[loso] {u}: training on {len(train)} items of {len(names) - len(units[u])} other sets", flush=True)
        loso_fits[u] = fit(train, args)
        for s in units[u]:
            tails[s] = segment_tails(
                loso_fits[u], sets[s]["items"], sets[s]["clauses"], args.segments, args.streams, args.clause_weight
            )
        real[u] = scores_on_real(loso_fits[u]) if corpora else {}
        if cache:
            with open(cache / f"{u}.tmp", "wb") as f:
                pickle.dump((loso_fits[u], {s: tails[s] for s in units[u]}, real[u]), f)
            os.replace(cache / f"{u}.tmp", cache / f"{u}.pkl")
    if args.folds_only:
        return 0
    for u in units:
        while u not in loso_fits:
            if (cache / f"{u}.pkl").exists():
                with open(cache / f"{u}.pkl", "rb") as f:
                    loso_fits[u], unit_tails, real[u] = pickle.load(f)  # noqa: S301 (our own file, this run)
                tails.update(unit_tails)
                print(f"[loso] {u}: taken from {cache}", flush=True)
            else:
                time.sleep(10)
    # the shipped model is fitted now: its scores on real text bound the shipped thresholds
    all_items = [it for s in names for it in sets[s]["items"]]
    if cache and (cache / "shipped.pkl").exists():
        with open(cache / "shipped.pkl", "rb") as f:
            fits, shipped_real = pickle.load(f)  # noqa: S301 (our own file, this run)
        print(f"[shipped] taken from {cache}", flush=True)
    else:
        print(f"[shipped] training on {len(all_items)} items of {len(names)} sets", flush=True)
        fits = fit(all_items, args)
        shipped_real = scores_on_real(fits) if corpora else {}
        if cache:
            with open(cache / "shipped.tmp", "wb") as f:
                pickle.dump((fits, shipped_real), f)
            os.replace(cache / "shipped.tmp", cache / "shipped.pkl")

    # 2. thresholds. The shipped model's come from the pooled LOSO probabilities of every file. The LOSO report
    # must not use them (each file's own scores helped choose them), so each fold S chooses its own inside the
    # fold, from the LOSO probabilities of the OTHER files only: S's scores and labels play no part in its own
    # thresholds. (Approximation, said in the card: the models that scored the other files were fitted with S
    # among their training files; exact nesting, a model without both S and U per pair, costs 21 more fits.)
    thresholds, choice = choose_thresholds(sets, tails, shipped_real)
    add_review_threshold(thresholds, choice, sets, tails, shipped_real)
    print(f"[loso] shipped thresholds {thresholds} {choice}", flush=True)
    fold_thresholds: dict[str, dict[str, dict[int, float]]] = {}
    fold_choice: dict[str, dict[str, Any]] = {}
    for u, members in units.items():
        others = [o for o in names if o not in members]
        chosen, why = choose_thresholds({o: sets[o] for o in others}, {o: tails[o] for o in others}, real[u])
        add_review_threshold(chosen, why, {o: sets[o] for o in others}, tails, real[u])
        for s in members:
            fold_thresholds[s], fold_choice[s] = chosen, why
        print(f"[fold {u}] thresholds chosen without {', '.join(members)}: {chosen}", flush=True)

    # 3. per-set LOSO report with the real analyzer
    per_set: dict[str, dict[str, Any]] = {}
    rules_per_set: dict[str, dict[str, Any]] = {}
    with_model: LocalAnalyzer | None = None
    for s in names:
        model = M.LocalModel(
            buckets=args.buckets,
            heads=loso_fits[unit_of[s]],
            thresholds=M.Thresholds.from_json(fold_thresholds[s]),
            meta=dict(meta),
        )
        if with_model is None:
            with_model = LocalAnalyzer(model=model)
            assert with_model.wait_until_loaded(timeout=120)
        with_model._model = model  # one Kiwi instance for every LOSO model
        per_set[s] = summary(score(sets[s]["items"], with_model.label))
        rules_per_set[s] = summary(score(sets[s]["items"], rules_only.label))
        print(f"[loso] {s:>9}: {figures(per_set[s])}", flush=True)
    loso = {
        "protocol": (
            (
                "leave one set out: for each file S"
                if not args.groups
                else f"leave one group of sets out ({args.groups} groups, file i of the sorted names in group i mod "
                f"{args.groups}): for each group G and each of its files S"
            )
            + ", the model is fitted on every other file and the analyzer "
            "(rules + that model, safety floor included) scores S with thresholds chosen inside the fold, from the "
            "LOSO probabilities of the other files only (S's scores and labels play no part in its own thresholds; "
            "the models that scored the other files did have S among their training files). The untouched set "
            "and the held-out sets are in no fold and in no training."
        ),
        "groups": {u: members for u, members in units.items()} if args.groups else None,
        "untouched_set": args.untouched or None,
        "held_out_sets": [p.name for p in held_out],
        "fold_thresholds": fold_thresholds,
        "fold_threshold_choice": fold_choice,
        "hyperparameters": {
            "l2": args.l2,
            "si2_weight": args.si2_weight,
            "segments": args.segments,
            "clause_weight": args.clause_weight,
            "streams": args.streams,
        },
        "thresholds": thresholds,
        "threshold_choice": choice,
        "per_set": per_set,
        "mean": mean_of(per_set),
        "rules_only_per_set": rules_per_set,
        "rules_only_mean": mean_of(rules_per_set),
    }
    print(f"[loso] mean rules+model {json.dumps(loso['mean'])}")
    print(f"[loso] mean rules only  {json.dumps(loso['rules_only_mean'])}")
    if args.report:
        args.report.write_text(json.dumps(loso, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    if args.no_ship:
        return 0

    # 4. the shipped model (fitted above): every file, same hyperparameters and thresholds
    model = M.LocalModel(buckets=args.buckets, heads=fits, thresholds=M.Thresholds.from_json(thresholds))
    card: dict[str, Any] = {
        "model": (
            "hashed character n-grams + L2 multinomial logistic regression per dimension (numpy); "
            "scored on the whole text and on each clause, max per level"
        ),
        "feature_version": M.FEATURE_VERSION,
        "buckets": args.buckets,
        "heads": dict(M.HEADS),
        "segments": args.segments,
        "clause_weight": args.clause_weight,
        "streams": args.streams,
        "hyperparameters": {
            "l2": args.l2,
            "si2_weight": args.si2_weight,
            "iterations": ITERATIONS,
            "optimizer": "full-batch Adam, lr 0.05, from zeros",
            "class_weight": "sqrt_balanced" + (f", ideation 2 x{args.si2_weight:g}" if args.si2_weight != 1 else ""),
            "threshold_grid": list(GRID),
            "dimension_precision": DIMENSION_PRECISION,
            "max_false_critical_tricky_pooled_loso": MAX_FALSE_CRITICAL,
            "max_model_alone_false_critical_tricky_pooled_loso": MAX_MODEL_FALSE_CRITICAL,
            "max_false_critical_all_non_critical_pooled_loso": MAX_FALSE_CRITICAL_ALL,
            "max_real_model_ideation_per_corpus": MAX_REAL_MODEL_IDEATION if corpora else None,
            "max_real_model_review_per_corpus": MAX_REAL_MODEL_REVIEW if corpora else None,
            "max_real_model_critical_per_corpus": MAX_REAL_MODEL_CRITICAL if corpora else None,
            "ideation_thresholds_ordered": "t2 >= t1",
            "real_corpora": [{"file": p.name, "sha256": sha256(p), "turns": len(corpora[p.stem])} for p in args.real],
        },
        "date": dt.date.today().isoformat(),
        "limits": (
            "Trained and measured on synthetic, LLM-written Korean check-in utterances labelled to SCREENING.md, "
            "not on real patient speech. The LOSO estimate uses files written by the same process, so real-world "
            "performance is likely lower. Must be re-validated on real, consented, clinician-labelled transcripts "
            "before any clinical claim."
        ),
        "trained_on": [
            {"file": sets[s]["path"].name, "sha256": sha256(sets[s]["path"]), "items": len(sets[s]["items"])}
            for s in names
        ],
        "items": len(all_items),
        "l2": args.l2,
        "thresholds": thresholds,
        "loso_estimate": loso,
    }
    version = hashlib.sha256(json.dumps(card, sort_keys=True, default=str).encode()).hexdigest()[:12]
    card["version"] = f"{card['date']}-{version}"
    model.meta = {"version": card["version"], "l2": args.l2, "items": len(all_items), **meta}
    save_model(model, args.out)
    # the untouched and held-out sets: scored once, by the shipped model as written (never trained on, never used to
    # choose anything)
    shipped = LocalAnalyzer(model=M.LocalModel.load(args.out))
    assert shipped.wait_until_loaded(timeout=120)
    if untouched is not None:
        r = summary(score(load_dataset(untouched), shipped.label))
        card["untouched"] = {"file": untouched.name, "sha256": sha256(untouched), **r}
        print(f"[untouched] {untouched.name}: {figures(r)}", flush=True)
    card["held_out"] = []
    for p in held_out:
        r = summary(score(load_dataset(p), shipped.label))
        card["held_out"].append({"file": p.name, "sha256": sha256(p), **r})
        print(f"[held out] {p.name}: {figures(r)}", flush=True)
    card["weights_file"] = args.out.name
    card["weights_bytes"] = args.out.stat().st_size
    card["weights_sha256"] = sha256(args.out)
    card["seconds"] = round(time.perf_counter() - t0, 1)
    args.card.write_text(json.dumps(card, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({card['weights_bytes'] / 1e6:.2f} MB) and {args.card}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
