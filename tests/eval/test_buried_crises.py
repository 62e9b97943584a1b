"""Held-out crises said between sentences of calm talk (tests/eval/buried.py): the same crises, read alone, are pinned
in test_local_analyzer_eval.py. Measured 2026-12-07 (the twenty-eighth session, main a633a43, d44 withdrawn),
figures only, none of these sets read: 291 of their 400 crises caught alone (57 below high), **159
caught (204 below high) when said between two calm sentences** — the model's raise, which catches most of them
alone, is diluted by the calm talk (docs/clinical-rules.md, "d44"). d45 (the twenty-ninth session) reads a short turn's
windows as utterances and sends a window the model would raise on, by a margin, to a person: **135 below high** since,
still 159 caught (a review is high, not critical). The figures are pinned so that a change can only improve them; a
strict xfail marks the target (each caught, as it is alone, and none below high)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from buried import buried
from scorer import load_dataset, score
from scripts import train_local_model as train

HERE = Path(__file__).parent

#: set -> (caught, below high) of its crises said between the calm sentences (80 each); d45 (a short turn's windows
#: read as utterances, a review from a window at the card's threshold plus WINDOW_MARGIN) moved below high from
#: 37, 43, 39, 44 and 41 (204) to 135, catching none more
RECORDED = {
    "ko_train_dev_short_crisis7.jsonl": (35, 25),
    "ko_train_dev_short_crisis10.jsonl": (31, 31),
    "ko_train_dev_short_crisis11.jsonl": (31, 26),
    "ko_train_dev_short_crisis12.jsonl": (30, 34),
    "ko_train_dev_short_crisis13.jsonl": (32, 19),
}


def test_every_held_out_crisis_set_is_recorded() -> None:
    assert sorted(RECORDED) == sorted(train.HELD_OUT)


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_buried_crises_are_no_worse_than_recorded(analyzer: Any, name: str) -> None:
    report = score(buried(load_dataset(HERE / name)), analyzer.label)
    caught = report.critical_total - len(report.missed_critical)
    was_caught, was_below = RECORDED[name]
    assert report.critical_total == 80
    assert caught >= was_caught, report.missed_critical_ids
    assert len(report.critical_below_high) <= was_below, report.critical_below_high


@pytest.mark.xfail(strict=True, reason="known gap: crises said between calm sentences, 159/400 caught, 135 below high")
@pytest.mark.parametrize("name", sorted(RECORDED))
def test_buried_crises_are_caught_and_never_below_high(analyzer: Any, name: str) -> None:
    report = score(buried(load_dataset(HERE / name)), analyzer.label)
    assert not report.critical_below_high and not report.missed_critical
