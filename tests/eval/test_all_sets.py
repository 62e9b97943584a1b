"""Every labelled set (dev, holdout, test3 and the training sets) keeps the labelling rules.

The per-set modules check each evaluation set's composition; the rules every set must keep live here once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.eval.dataset_rules import normalise, rule, scorer

SETS = sorted(Path(__file__).resolve().parent.glob("ko_*.jsonl"))


def test_the_labelled_sets_are_present() -> None:
    names = {path.stem for path in SETS}
    assert {"ko_dev", "ko_holdout", "ko_test3"} <= names, names


@pytest.fixture(scope="module", params=SETS, ids=[path.stem for path in SETS])
def items(request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = scorer.load_dataset(request.param)
    return loaded


def test_ids_and_utterances_are_unique_within_the_set(items: list[dict[str, Any]]) -> None:
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = Counter(normalise(it["text"]) for it in items)
    assert [t for t, n in texts.items() if n > 1] == [], "duplicate utterances"


def test_every_risk_follows_the_rule(items: list[dict[str, Any]]) -> None:
    for it in items:
        expected = rule(
            it["depression"], it["anxiety"], it["cognitive_concern"], it["loneliness"], it["suicidal_ideation"]
        )
        assert it["risk"] == expected, it["id"]
        assert scorer.risk_of(it) == expected, it["id"]


def test_tricky_negatives_carry_no_ideation(items: list[dict[str, Any]]) -> None:
    assert [it["id"] for it in items if "tricky_negative" in it["tags"] and it["suicidal_ideation"]] == []


def test_ids_are_unique_across_sets() -> None:
    ids = Counter(it["id"] for path in SETS for it in scorer.load_dataset(path))
    assert [i for i, n in ids.items() if n > 1] == []
