"""Compare the local analyzer's predictions on every evaluation text with those another checkout recorded.

    # once, with the reference checkout's code (e.g. main) importable:
    PYTHONPATH=/work/main/src .venv/bin/python scripts/compare_local_predictions.py --dump /tmp/main_predictions.jsonl
    # then with this checkout's code:
    PYTHONPATH=src .venv/bin/python scripts/compare_local_predictions.py --against /tmp/main_predictions.jsonl

The texts (read from *this* checkout, so both runs see the same ones): tests/eval/ko_*.jsonl,
tests/eval/discourse/*.jsonl, tests/eval/real/*.jsonl (chatbot turns, KOTE comments), the safety golden file's texts
(tests/unit/data/safety_golden.json.gz), and the benchmark's long transcripts (scripts/bench_local_analyzer.py:
dev + holdout joined into 100 transcripts of ~2,000 characters, and the same with the punctuation removed, as
speech-to-text gives it). Each prediction is the analyzer's assessment after the safety floor: the risk level,
every label, the safety flags, needs_review and each concern's code and evidence.

A difference in the risk level, a label, a flag or the set of concern codes is a **prediction** difference; a
difference only in evidence is reported apart, and each such quote is checked to be a true quote of its text.
Exit status 1 when any prediction differs or a quote is not true. Asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import bench_local_analyzer as bench  # noqa: E402

_PUNCT = re.compile(r"[.?!,]")


def texts() -> Iterator[tuple[str, str]]:
    """(source, text) for every text compared, in a fixed order."""
    evals = ROOT / "tests" / "eval"
    files = [*sorted(evals.glob("ko_*.jsonl")), *sorted((evals / "discourse").glob("*.jsonl"))]
    files += sorted((evals / "real").glob("*.jsonl"))  # chatbot_data and KOTE's comments
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield f"{path.relative_to(ROOT)}:{n + 1}", json.loads(line)["text"]
    golden_path = ROOT / "tests" / "unit" / "data" / "safety_golden.json.gz"
    golden = json.loads(gzip.decompress(golden_path.read_bytes()).decode("utf-8", "surrogatepass"))
    for n, case in enumerate(golden["cases"]):
        yield f"safety_golden:{n}", case[0]
    utterances = bench.load_texts([str(evals / "ko_dev.jsonl"), str(evals / "ko_holdout.jsonl")])
    for n, text in enumerate(bench.transcripts(utterances, 2000, 100)):
        yield f"bench_transcript:{n}", text
        yield f"bench_transcript_unpunctuated:{n}", _PUNCT.sub("", text)


def predict(analyzer: Any, text: str) -> dict[str, Any]:
    from mhealth.domain.rules.safety.floor import apply_safety_floor

    if not text.strip():
        return {"blank": True}
    assessment = apply_safety_floor(analyzer.assess(text), text)
    labels = assessment.labels
    return {
        "risk": assessment.risk_level.value,
        "labels": [
            labels.depression,
            labels.anxiety,
            labels.cognitive_concern,
            labels.loneliness,
            labels.suicidal_ideation,
            labels.physical_complaint,
        ],
        "safety": [
            assessment.safety.passive_ideation,
            assessment.safety.active_ideation,
            assessment.safety.safeguarding,
        ],
        "needs_review": assessment.needs_review,
        "codes": sorted({c.code for c in assessment.concerns}),
        "evidence": [[c.code, [[e.quote, e.start, e.end] for e in c.evidence]] for c in assessment.concerns],
    }


def true_quote(text: str, quote: str, start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return quote in text
    return text[start:end] == quote


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", help="write this code's predictions to FILE (jsonl)")
    parser.add_argument("--against", help="compare this code's predictions with FILE (from --dump)")
    args = parser.parse_args()
    if not args.dump and not args.against:
        parser.error("--dump or --against")
    from mhealth.adapters.local.analyzer import LocalAnalyzer

    analyzer = LocalAnalyzer()
    analyzer.wait_until_loaded()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for source, text in texts():
                out.write(json.dumps({"source": source, **predict(analyzer, text)}) + "\n")
        return
    reference = [json.loads(line) for line in Path(args.against).read_text(encoding="utf-8").splitlines()]
    compared = predictions = quotes = untrue = 0
    for (source, text), ref in zip(texts(), reference, strict=True):
        assert ref["source"] == source, (ref["source"], source)
        # through JSON as the reference went (a lone surrogate pair in a golden text comes back as one character)
        raw = predict(analyzer, text)
        mine = json.loads(json.dumps(raw))
        compared += 1
        if any(mine.get(key) != ref.get(key) for key in ("blank", "risk", "labels", "safety", "needs_review", "codes")):
            predictions += 1
            print(f"PREDICTION {source}: reference {_short(ref)} -> this {_short(mine)}")
        elif mine.get("evidence") != ref.get("evidence"):
            quotes += 1
            bad = [q for _code, evidence in raw["evidence"] for q in evidence if not true_quote(text, *q)]
            untrue += bool(bad)
            print(f"evidence {source}: {'NOT TRUE ' + repr(bad) if bad else 'differs, every quote true'}")
    print(f"{compared} texts: {predictions} prediction differences, {quotes} evidence-only differences", end="")
    print(f" ({untrue} untrue)")
    sys.exit(1 if predictions or untrue else 0)


def _short(p: dict[str, Any]) -> str:
    if p.get("blank"):
        return "blank"
    return f"risk={p['risk']} labels={p['labels']} safety={p['safety']} review={p['needs_review']} codes={p['codes']}"


if __name__ == "__main__":
    main()
