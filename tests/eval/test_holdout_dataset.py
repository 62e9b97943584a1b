"""The Korean held-out set (``ko_holdout.jsonl``) meets its labelling and composition rules.

The holdout measures how well an analyzer generalises beyond ``ko_dev.jsonl``, the set it was tuned on. It was
written without reading the dev set or the analyzer's rules. ``ko_dev.jsonl`` is loaded here only to check that
no utterance appears in both sets.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.eval.dataset_rules import SUICIDE_WORDS, bigrams, check_breadth, normalise, scorer

HERE = Path(__file__).resolve().parent
HOLDOUT = HERE / "ko_holdout.jsonl"
DEV = HERE / "ko_dev.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = scorer.load_dataset(HOLDOUT)
    return loaded


def test_holdout_loads_and_is_large_enough(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 220
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [normalise(it["text"]) for it in items]
    assert len(set(texts)) == len(texts), "duplicate utterances"


def test_composition(items: list[dict[str, Any]]) -> None:
    n = len(items)
    risks = Counter(it["risk"] for it in items)
    tricky = [it for it in items if "tricky_negative" in it["tags"]]
    critical = [it for it in items if it["risk"] == "critical"]
    assert len(tricky) / n >= 0.25
    assert len(critical) / n >= 0.18
    # every level well represented, none dominating
    assert risks["low"] / n <= 0.50
    assert risks["moderate"] / n >= 0.15
    assert risks["high"] / n >= 0.10
    no_word = [it for it in critical if "no_suicide_word" in it["tags"]]
    assert len(no_word) >= len(critical) / 2, "most critical items must carry no suicide word"
    assert scorer.composition(items).problems() == []


def test_breadth_of_style_and_labels(items: list[dict[str, Any]]) -> None:
    check_breadth(items)


def test_tricky_negatives_carry_no_ideation(items: list[dict[str, Any]]) -> None:
    tricky = [it for it in items if "tricky_negative" in it["tags"]]
    for it in tricky:
        assert it["suicidal_ideation"] == 0, it["id"]
        assert it["risk"] != "critical", it["id"]
    assert sum(it["risk"] in ("low", "moderate") for it in tricky) / len(tricky) >= 0.9


def test_no_suicide_word_tag_matches_the_text(items: list[dict[str, Any]]) -> None:
    for it in items:
        has_word = any(word in it["text"] for word in SUICIDE_WORDS)
        tagged = "no_suicide_word" in it["tags"]
        if tagged:
            assert it["suicidal_ideation"] >= 1, it["id"]
            assert not has_word, it["id"]
        elif it["suicidal_ideation"] >= 1:
            assert has_word, f"{it['id']}: ideation without a suicide word should be tagged no_suicide_word"


def test_every_item_has_a_note(items: list[dict[str, Any]]) -> None:
    for it in items:
        assert len(it["note"].strip()) >= 10, it["id"]


def test_no_overlap_with_the_dev_set(items: list[dict[str, Any]]) -> None:
    dev = scorer.load_dataset(DEV)
    dev_texts = {normalise(it["text"]) for it in dev}
    shared = [it["id"] for it in items if normalise(it["text"]) in dev_texts]
    assert shared == [], f"holdout items also in the dev set: {shared}"
    shared_ids = {it["id"] for it in items} & {it["id"] for it in dev}
    assert not shared_ids, f"ids used in both sets: {sorted(shared_ids)}"


def test_no_near_duplicates_of_dev_items(items: list[dict[str, Any]]) -> None:
    """No holdout utterance is a light rewording of a dev one (character-bigram Jaccard below 0.5)."""
    dev = [bigrams(it["text"]) for it in scorer.load_dataset(DEV)]
    close = []
    for it in items:
        grams = bigrams(it["text"])
        best = max(len(grams & d) / len(grams | d) for d in dev)
        if best >= 0.5:
            close.append((it["id"], round(best, 2)))
    assert close == [], f"holdout items too close to dev items: {close}"


def test_oracle_scores_perfectly_on_the_holdout(items: list[dict[str, Any]]) -> None:
    by_text = {it["text"]: it for it in items}
    report = scorer.score(items, lambda text: by_text[text])
    assert report.risk_macro_f1 == pytest.approx(1.0)
    assert report.critical_recall == 1.0
    assert report.false_critical_rate_tricky == 0.0


def test_check_data_cli_accepts_the_holdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert scorer.main(["--data", str(HOLDOUT), "--check-data"]) == 0
    assert "composition: OK" in capsys.readouterr().out
