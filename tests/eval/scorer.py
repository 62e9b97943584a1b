"""Scorer for the labelled Korean check-in evaluation sets (``tests/eval/ko_dev.jsonl``).

The labels follow ``SCREENING.md`` (shared labelling specification). Standard library only, so the data file can
be validated without mhealth installed::

    python tests/eval/scorer.py --check-data
    python tests/eval/scorer.py --analyzer some.module:predict            # predict(text) -> dict
    python tests/eval/scorer.py --analyzer some.module:make_predictor --factory

``predict(text)`` must return a mapping (or an object with attributes) holding at least ``depression``,
``anxiety``, ``cognitive_concern``, ``loneliness``, ``suicidal_ideation``, ``physical_complaint`` and ``risk``;
``abuse`` is optional. The predicted ``risk`` is scored as given (an analyzer may raise it with a safety floor).

Metrics, in the order SCREENING.md ranks them: critical recall (and critical items that came out below *high*),
false-critical rate on items tagged ``tricky_negative``, risk-level macro-F1 and the 4x4 confusion matrix with
under-triage, then per-dimension exact accuracy and ordinal mean absolute error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RISK_LEVELS: tuple[str, ...] = ("low", "moderate", "high", "critical")
RISK_INDEX: dict[str, int] = {level: i for i, level in enumerate(RISK_LEVELS)}

#: ordinal dimensions and their maximum value (minimum is 0)
ORDINAL_DIMENSIONS: dict[str, int] = {
    "depression": 3,
    "anxiety": 3,
    "cognitive_concern": 2,
    "loneliness": 2,
    "suicidal_ideation": 2,
}
BOOLEAN_DIMENSIONS: tuple[str, ...] = ("physical_complaint", "abuse")
ALL_DIMENSIONS: tuple[str, ...] = (*ORDINAL_DIMENSIONS, *BOOLEAN_DIMENSIONS)

#: keys every prediction must carry (``abuse`` is optional)
REQUIRED_PREDICTION_KEYS: tuple[str, ...] = (*ORDINAL_DIMENSIONS, "physical_complaint", "risk")
OPTIONAL_PREDICTION_KEYS: tuple[str, ...] = ("abuse",)

ITEM_KEYS: frozenset[str] = frozenset({"id", "text", *ALL_DIMENSIONS, "risk", "tags", "note"})

TRICKY_TAG = "tricky_negative"
NO_SUICIDE_WORD_TAG = "no_suicide_word"

DEFAULT_DATA = Path(__file__).with_name("ko_dev.jsonl")

#: composition the dev set is required to meet (checked by --check-data and the tests)
MIN_ITEMS = 200
MIN_TRICKY_SHARE = 0.25
MIN_CRITICAL_SHARE = 0.15

Predictor = Callable[[str], Any]


# --------------------------------------------------------------------------------------------------------------
# risk rule
# --------------------------------------------------------------------------------------------------------------


def compute_risk(depression: int, anxiety: int, cognitive_concern: int, loneliness: int, suicidal_ideation: int) -> str:
    """The risk level SCREENING.md derives from the labels (never set by hand)."""
    if suicidal_ideation == 2 or (suicidal_ideation == 1 and depression >= 2):
        return "critical"
    if depression == 3 or anxiety == 3 or suicidal_ideation == 1:
        return "high"
    if depression == 2 or anxiety == 2 or cognitive_concern == 2 or loneliness == 2:
        return "moderate"
    return "low"


def risk_of(labels: Mapping[str, Any]) -> str:
    return compute_risk(*(int(labels[k]) for k in ORDINAL_DIMENSIONS))


# --------------------------------------------------------------------------------------------------------------
# loading and validation
# --------------------------------------------------------------------------------------------------------------


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_item(obj: Any, where: str = "item") -> dict[str, Any]:
    """Check one labelled item; raise ValueError naming the id (or ``where`` if there is no usable id)."""
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    item_id = obj.get("id")
    if not isinstance(item_id, str) or not item_id.strip():
        raise ValueError(f"{where}: 'id' must be a non-empty string, got {item_id!r}")
    name = f"item {item_id!r}"
    missing = sorted(ITEM_KEYS - obj.keys())
    if missing:
        raise ValueError(f"{name}: missing field(s) {', '.join(missing)}")
    unknown = sorted(obj.keys() - ITEM_KEYS)
    if unknown:
        raise ValueError(f"{name}: unknown field(s) {', '.join(unknown)}")
    text = obj["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{name}: 'text' must be a non-empty string")
    for dim, top in ORDINAL_DIMENSIONS.items():
        value = obj[dim]
        if not _is_int(value):
            raise ValueError(f"{name}: {dim!r} must be an integer 0-{top}, got {value!r}")
        if not 0 <= value <= top:
            raise ValueError(f"{name}: {dim!r} must be in 0-{top}, got {value}")
    for dim in BOOLEAN_DIMENSIONS:
        if not isinstance(obj[dim], bool):
            raise ValueError(f"{name}: {dim!r} must be true or false, got {obj[dim]!r}")
    risk = obj["risk"]
    if risk not in RISK_LEVELS:
        raise ValueError(f"{name}: 'risk' must be one of {', '.join(RISK_LEVELS)}, got {risk!r}")
    expected = risk_of(obj)
    if risk != expected:
        raise ValueError(f"{name}: risk {risk!r} is inconsistent with its labels (the rule gives {expected!r})")
    tags = obj["tags"]
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        raise ValueError(f"{name}: 'tags' must be a list of non-empty strings")
    if len(set(tags)) != len(tags):
        raise ValueError(f"{name}: duplicate tags {tags!r}")
    if TRICKY_TAG in tags and obj["suicidal_ideation"] != 0:
        raise ValueError(f"{name}: tagged {TRICKY_TAG!r} but suicidal_ideation is {obj['suicidal_ideation']}")
    note = obj["note"]
    if not isinstance(note, str) or not note.strip():
        raise ValueError(f"{name}: 'note' must be a non-empty string")
    return obj


def load_dataset(path: str | Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    """Read a JSONL file of labelled items, validating every field; ids must be unique."""
    items: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: invalid JSON ({exc.msg})") from exc
            item = validate_item(obj, where)
            if item["id"] in seen:
                raise ValueError(f"item {item['id']!r}: duplicate id (line {lineno}, first on line {seen[item['id']]})")
            seen[item["id"]] = lineno
            items.append(item)
    if not items:
        raise ValueError(f"{path}: no items")
    return items


# --------------------------------------------------------------------------------------------------------------
# composition
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Composition:
    n_items: int
    risk_counts: dict[str, int]
    tricky: int
    critical: int
    critical_no_suicide_word: int
    abuse_positive: int
    physical_positive: int
    tag_counts: dict[str, int]
    label_counts: dict[str, dict[int, int]]

    @property
    def tricky_share(self) -> float:
        return self.tricky / self.n_items if self.n_items else 0.0

    @property
    def critical_share(self) -> float:
        return self.critical / self.n_items if self.n_items else 0.0

    @property
    def critical_no_suicide_word_share(self) -> float:
        return self.critical_no_suicide_word / self.critical if self.critical else 0.0

    def problems(self) -> list[str]:
        """Ways the set falls short of the required composition (empty when it meets it)."""
        out = []
        if self.n_items < MIN_ITEMS:
            out.append(f"only {self.n_items} items (need >= {MIN_ITEMS})")
        if self.tricky_share < MIN_TRICKY_SHARE:
            out.append(f"tricky negatives {self.tricky_share:.1%} (need >= {MIN_TRICKY_SHARE:.0%})")
        if self.critical_share < MIN_CRITICAL_SHARE:
            out.append(f"critical {self.critical_share:.1%} (need >= {MIN_CRITICAL_SHARE:.0%})")
        return out

    def format(self) -> str:
        n = self.n_items
        lines = [f"items: {n}", "risk distribution:"]
        for level in RISK_LEVELS:
            c = self.risk_counts.get(level, 0)
            lines.append(f"  {level:<9} {c:4d}  {c / n:6.1%}")
        lines += [
            f"tricky_negative: {self.tricky} ({self.tricky_share:.1%})",
            f"critical: {self.critical} ({self.critical_share:.1%})",
            f"critical with no_suicide_word: {self.critical_no_suicide_word} "
            f"({self.critical_no_suicide_word_share:.1%} of critical, {self.critical_no_suicide_word / n:.1%} of all)",
            f"abuse positives: {self.abuse_positive}; physical_complaint positives: {self.physical_positive}",
            "label distribution:",
        ]
        for dim, counts in self.label_counts.items():
            values = "  ".join(f"{v}:{counts.get(v, 0)}" for v in range(ORDINAL_DIMENSIONS[dim] + 1))
            lines.append(f"  {dim:<18} {values}")
        lines.append("tags: " + ", ".join(f"{t}={c}" for t, c in sorted(self.tag_counts.items(), key=lambda x: -x[1])))
        problems = self.problems()
        lines.append("composition: OK" if not problems else "composition: FAILS - " + "; ".join(problems))
        return "\n".join(lines)


def composition(items: Sequence[Mapping[str, Any]]) -> Composition:
    risk_counts = Counter(str(it["risk"]) for it in items)
    tag_counts: Counter[str] = Counter(t for it in items for t in it["tags"])
    critical = [it for it in items if it["risk"] == "critical"]
    return Composition(
        n_items=len(items),
        risk_counts={level: risk_counts.get(level, 0) for level in RISK_LEVELS},
        tricky=sum(TRICKY_TAG in it["tags"] for it in items),
        critical=len(critical),
        critical_no_suicide_word=sum(NO_SUICIDE_WORD_TAG in it["tags"] for it in critical),
        abuse_positive=sum(bool(it["abuse"]) for it in items),
        physical_positive=sum(bool(it["physical_complaint"]) for it in items),
        tag_counts=dict(tag_counts),
        label_counts={dim: dict(Counter(int(it[dim]) for it in items)) for dim in ORDINAL_DIMENSIONS},
    )


# --------------------------------------------------------------------------------------------------------------
# predictions
# --------------------------------------------------------------------------------------------------------------


def _get(pred: Any, key: str) -> Any:
    if isinstance(pred, Mapping):
        return pred.get(key, _MISSING)
    return getattr(pred, key, _MISSING)


_MISSING = object()


def _normalise_risk(value: Any, item_id: str) -> str:
    raw = getattr(value, "value", value)
    if isinstance(raw, str) and raw.strip().lower() in RISK_INDEX:
        return raw.strip().lower()
    name = getattr(value, "name", None)
    if isinstance(name, str) and name.lower() in RISK_INDEX:
        return name.lower()
    raise ValueError(f"item {item_id!r}: predicted risk {value!r} is not one of {', '.join(RISK_LEVELS)}")


def _normalise_ordinal(value: Any, dim: str, item_id: str) -> int:
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float) or (isinstance(raw, float) and not raw.is_integer()):
        raise ValueError(f"item {item_id!r}: predicted {dim} must be an integer, got {value!r}")
    out = int(raw)
    if not 0 <= out <= ORDINAL_DIMENSIONS[dim]:
        raise ValueError(f"item {item_id!r}: predicted {dim} must be in 0-{ORDINAL_DIMENSIONS[dim]}, got {out}")
    return out


def _normalise_bool(value: Any, dim: str, item_id: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValueError(f"item {item_id!r}: predicted {dim} must be true or false, got {value!r}")


def normalise_prediction(pred: Any, item_id: str) -> dict[str, Any]:
    """Turn what predict() returned into {dimension: value, 'risk': level}; ValueError naming the id otherwise."""
    if pred is None:
        raise ValueError(f"item {item_id!r}: predict() returned None")
    out: dict[str, Any] = {}
    for key in REQUIRED_PREDICTION_KEYS:
        value = _get(pred, key)
        if value is _MISSING:
            raise ValueError(f"item {item_id!r}: prediction lacks {key!r}")
        if key == "risk":
            out[key] = _normalise_risk(value, item_id)
        elif key in ORDINAL_DIMENSIONS:
            out[key] = _normalise_ordinal(value, key, item_id)
        else:
            out[key] = _normalise_bool(value, key, item_id)
    abuse = _get(pred, "abuse")
    if abuse is not _MISSING and abuse is not None:
        out["abuse"] = _normalise_bool(abuse, "abuse", item_id)
    return out


# --------------------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------------------


def confusion_matrix(true: Sequence[str], pred: Sequence[str]) -> list[list[int]]:
    """4x4 counts, rows = true level, columns = predicted level, both in RISK_LEVELS order."""
    matrix = [[0] * len(RISK_LEVELS) for _ in RISK_LEVELS]
    for t, p in zip(true, pred, strict=True):
        matrix[RISK_INDEX[t]][RISK_INDEX[p]] += 1
    return matrix


def per_class_scores(matrix: Sequence[Sequence[int]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1, support and predicted count per level (0.0 where a ratio has no denominator)."""
    out: dict[str, dict[str, float]] = {}
    for i, level in enumerate(RISK_LEVELS):
        tp = matrix[i][i]
        support = sum(matrix[i])
        predicted = sum(row[i] for row in matrix)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[level] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": float(support),
            "predicted": float(predicted),
        }
    return out


def macro_f1(matrix: Sequence[Sequence[int]]) -> float:
    """Unweighted mean F1 over the four levels.

    A level that is neither in the truth nor in the predictions has no defined F1 and is left out of the mean;
    a level that is in only one of them counts with F1 0.
    """
    scores = per_class_scores(matrix)
    present = [s["f1"] for s in scores.values() if s["support"] or s["predicted"]]
    return sum(present) / len(present) if present else 0.0


@dataclass
class Miss:
    """One item worth showing in the report."""

    id: str
    text: str
    true_risk: str
    predicted_risk: str


@dataclass
class Report:
    n_items: int
    dimension_accuracy: dict[str, float | None]
    dimension_mae: dict[str, float]
    risk_accuracy: float
    risk_macro_f1: float
    risk_per_class: dict[str, dict[str, float]]
    confusion: list[list[int]]
    critical_total: int
    critical_recall: float | None
    missed_critical: list[Miss]
    critical_below_high: list[Miss]
    tricky_total: int
    false_critical_tricky: list[Miss]
    false_critical_rate_tricky: float | None
    tricky_si_flagged: list[Miss]
    under_triage: int
    under_triage_ids: list[str]
    over_triage: int
    items_per_second: float
    elapsed_seconds: float
    tag_risk_accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def false_critical_tricky_ids(self) -> list[str]:
        return [m.id for m in self.false_critical_tricky]

    @property
    def missed_critical_ids(self) -> list[str]:
        return [m.id for m in self.missed_critical]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        def pct(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.1%}"

        lines = [f"=== Screening evaluation: {self.n_items} items ===", ""]
        lines.append("1. Critical recall (no critical case may come out below high)")
        lines.append(
            f"   critical recall: {pct(self.critical_recall)} "
            f"({self.critical_total - len(self.missed_critical)}/{self.critical_total})"
        )
        lines.append(f"   critical predicted low/moderate: {len(self.critical_below_high)}")
        for m in self.critical_below_high:
            lines.append(f"     !! {m.id} -> {m.predicted_risk}: {m.text}")
        lines.append(f"   missed critical ({len(self.missed_critical)}):")
        for m in self.missed_critical:
            lines.append(f"     {m.id} -> {m.predicted_risk}: {m.text}")
        lines.append("")
        lines.append("2. False-critical rate on tricky negatives")
        lines.append(
            f"   false-critical: {pct(self.false_critical_rate_tricky)} "
            f"({len(self.false_critical_tricky)}/{self.tricky_total})"
        )
        for m in self.false_critical_tricky:
            lines.append(f"     {m.id} (true {m.true_risk}): {m.text}")
        tricky_si = len(self.tricky_si_flagged)
        share = tricky_si / self.tricky_total if self.tricky_total else None
        lines.append(f"   tricky negatives given suicidal_ideation > 0: {tricky_si}/{self.tricky_total} ({pct(share)})")
        lines.append("")
        lines.append("3. Risk level")
        lines.append(f"   macro-F1: {self.risk_macro_f1:.3f}   accuracy: {self.risk_accuracy:.1%}")
        lines.append(f"   under-triage (predicted below true): {self.under_triage}   over-triage: {self.over_triage}")
        lines.append("   per class:     precision  recall     f1  support")
        for level in RISK_LEVELS:
            s = self.risk_per_class[level]
            lines.append(
                f"     {level:<10} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {int(s['support']):8d}"
            )
        lines.append("   confusion (rows true, columns predicted):")
        lines.append("     " + " " * 10 + "".join(f"{lvl[:8]:>10}" for lvl in RISK_LEVELS))
        for level, row in zip(RISK_LEVELS, self.confusion, strict=True):
            lines.append(f"     {level:<10}" + "".join(f"{c:10d}" for c in row))
        lines.append("")
        lines.append("4. Dimensions           accuracy     MAE")
        for dim in ALL_DIMENSIONS:
            acc = self.dimension_accuracy.get(dim)
            mae = self.dimension_mae.get(dim)
            acc_s = "not predicted" if acc is None else f"{acc:8.1%}"
            mae_s = "" if mae is None else f"{mae:8.3f}"
            lines.append(f"   {dim:<20} {acc_s} {mae_s}")
        if self.tag_risk_accuracy:
            lines.append("")
            lines.append("Risk accuracy by tag:")
            for tag, (ok, n) in sorted(self.tag_risk_accuracy.items(), key=lambda x: -x[1][1]):
                lines.append(f"   {tag:<22} {ok:4d}/{n:<4d} {ok / n:6.1%}")
        lines.append("")
        rate = "inf" if math.isinf(self.items_per_second) else f"{self.items_per_second:.1f}"
        lines.append(f"Speed: {rate} items/s ({self.elapsed_seconds:.3f} s in predict)")
        return "\n".join(lines)


def score(items: Sequence[Mapping[str, Any]], predict: Predictor) -> Report:
    """Run ``predict`` on every item's text and compare with the labels."""
    if not items:
        raise ValueError("no items to score")
    preds: list[dict[str, Any]] = []
    elapsed = 0.0
    for it in items:
        start = time.perf_counter()
        raw = predict(str(it["text"]))
        elapsed += time.perf_counter() - start
        preds.append(normalise_prediction(raw, str(it["id"])))
    return score_predictions(items, preds, elapsed)


def score_predictions(
    items: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]], elapsed_seconds: float = 0.0
) -> Report:
    """Metrics for already-normalised predictions (same order as ``items``)."""
    if len(items) != len(preds):
        raise ValueError(f"{len(items)} items but {len(preds)} predictions")
    n = len(items)
    if n == 0:
        raise ValueError("no items to score")
    true_risk = [str(it["risk"]) for it in items]
    pred_risk = [str(p["risk"]) for p in preds]

    accuracy: dict[str, float | None] = {}
    mae: dict[str, float] = {}
    for dim in ORDINAL_DIMENSIONS:
        diffs = [abs(int(p[dim]) - int(it[dim])) for it, p in zip(items, preds, strict=True)]
        accuracy[dim] = sum(d == 0 for d in diffs) / n
        mae[dim] = sum(diffs) / n
    for dim in BOOLEAN_DIMENSIONS:
        pairs = [(bool(it[dim]), p[dim]) for it, p in zip(items, preds, strict=True) if dim in p]
        if dim in REQUIRED_PREDICTION_KEYS or pairs:
            if len(pairs) != n:
                raise ValueError(f"{dim!r} is predicted for some items but not all")
            accuracy[dim] = sum(t == bool(p) for t, p in pairs) / n
        else:
            accuracy[dim] = None

    matrix = confusion_matrix(true_risk, pred_risk)

    def miss(i: int) -> Miss:
        return Miss(str(items[i]["id"]), str(items[i]["text"]), true_risk[i], pred_risk[i])

    critical = [i for i in range(n) if true_risk[i] == "critical"]
    missed_critical = [miss(i) for i in critical if pred_risk[i] != "critical"]
    below_high = [miss(i) for i in critical if RISK_INDEX[pred_risk[i]] < RISK_INDEX["high"]]

    tricky = [i for i in range(n) if TRICKY_TAG in items[i]["tags"] and true_risk[i] != "critical"]
    false_critical = [miss(i) for i in tricky if pred_risk[i] == "critical"]
    tricky_si = [miss(i) for i in tricky if int(preds[i]["suicidal_ideation"]) > 0]

    under = [i for i in range(n) if RISK_INDEX[pred_risk[i]] < RISK_INDEX[true_risk[i]]]
    over = sum(RISK_INDEX[pred_risk[i]] > RISK_INDEX[true_risk[i]] for i in range(n))

    tag_acc: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        for tag in it["tags"]:
            slot = tag_acc.setdefault(tag, [0, 0])
            slot[0] += true_risk[i] == pred_risk[i]
            slot[1] += 1

    return Report(
        n_items=n,
        dimension_accuracy=accuracy,
        dimension_mae=mae,
        risk_accuracy=sum(t == p for t, p in zip(true_risk, pred_risk, strict=True)) / n,
        risk_macro_f1=macro_f1(matrix),
        risk_per_class=per_class_scores(matrix),
        confusion=matrix,
        critical_total=len(critical),
        critical_recall=(len(critical) - len(missed_critical)) / len(critical) if critical else None,
        missed_critical=missed_critical,
        critical_below_high=below_high,
        tricky_total=len(tricky),
        false_critical_tricky=false_critical,
        false_critical_rate_tricky=len(false_critical) / len(tricky) if tricky else None,
        tricky_si_flagged=tricky_si,
        under_triage=len(under),
        under_triage_ids=[str(items[i]["id"]) for i in under],
        over_triage=over,
        items_per_second=n / elapsed_seconds if elapsed_seconds > 0 else math.inf,
        elapsed_seconds=elapsed_seconds,
        tag_risk_accuracy={tag: (v[0], v[1]) for tag, v in tag_acc.items()},
    )


# --------------------------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------------------------


def _add_repo_paths() -> None:
    """Let ``--analyzer mhealth...`` work from a checkout without installing the package."""
    repo = Path(__file__).resolve().parents[2]
    for p in (Path.cwd(), repo / "src", repo):
        s = str(p)
        if s not in sys.path:
            sys.path.insert(0, s)


def load_predictor(spec: str, factory: bool = False) -> Predictor:
    """Import ``module:attr[.attr...]``; with ``factory`` call it with no arguments to get the predictor."""
    module_name, sep, attr_path = spec.partition(":")
    if not sep or not module_name or not attr_path:
        raise ValueError(f"--analyzer must look like 'package.module:callable', got {spec!r}")
    _add_repo_paths()
    obj: Any = importlib.import_module(module_name)
    for part in attr_path.split("."):
        obj = getattr(obj, part)
    if factory:
        obj = obj()
    if not callable(obj):
        raise ValueError(f"{spec} is not callable")
    predictor: Predictor = obj
    return predictor


def _iter_tag_filter(items: Iterable[dict[str, Any]], tags: Sequence[str]) -> list[dict[str, Any]]:
    if not tags:
        return list(items)
    return [it for it in items if any(t in it["tags"] for t in tags)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL file (default: %(default)s)")
    parser.add_argument("--check-data", action="store_true", help="validate the file and print its composition")
    parser.add_argument("--analyzer", metavar="MODULE:CALLABLE", help="predictor to score, predict(text) -> dict")
    parser.add_argument("--factory", action="store_true", help="call MODULE:CALLABLE() first to build the predictor")
    parser.add_argument("--tag", action="append", default=[], help="score only items carrying this tag (repeatable)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the report as JSON")
    args = parser.parse_args(argv)

    try:
        items = load_dataset(args.data)
    except (OSError, ValueError) as exc:
        print(f"invalid data: {exc}", file=sys.stderr)
        return 1

    status = 0
    if args.check_data or not args.analyzer:
        comp = composition(items)
        print(f"{args.data}: valid, every risk consistent with its labels")
        print(comp.format())
        if comp.problems():
            status = 1
    if args.analyzer:
        try:
            predict = load_predictor(args.analyzer, args.factory)
        except (ImportError, AttributeError, TypeError, ValueError) as exc:
            print(f"cannot load analyzer {args.analyzer!r}: {exc}", file=sys.stderr)
            return 2
        selected = _iter_tag_filter(items, args.tag)
        if not selected:
            print(f"no items carry tag(s) {args.tag}", file=sys.stderr)
            return 1
        report = score(selected, predict)
        if args.check_data:
            print()
        print(report.format())
        if args.json:
            args.json.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
