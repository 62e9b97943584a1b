"""Elderly emotional talk of the kind a crowd-sourced dialogue corpus holds (tests/eval/ko_train_dev_emo1-4.jsonl and,
with the listener's turns between the speaker's, tests/eval/dialogue/): the real-text check of issue 18 counts ideation
on ideation-free items (<= 1 %), critical on non-critical items (<= 0.3 %) and every critical item at least high.

Four helpers wrote 150 conversations each on 2026-12-07 (health; family; money and daily life; old age and death in
everyday life), blind to the analyzer, each with 9 items of ideation (6 %) as ordinary people type it. They are our
own writing, so development data, not real people's words. Their first figures, taken with main 90e5fba before
anything of that session (speaker's turns only; with the listener's turns: emo4 6/141 and 6/143, the rest as here):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo1 (health) | 3/141 | 2/143 | 9/9 | 7/7 |
| emo2 (family) | 3/141 | 2/142 | 8/9 | 7/8 |
| emo3 (money, daily life) | 1/141 | 2/141 | 9/9 | 9/9 |
| emo4 (old age, death talk) | 5/141 | 5/143 | 9/9 | 7/7 |
| all | 12/564 (2.1 %) | 11/569 (1.9 %) | 35/36 | 30/31 |

Patterns d39 were written against their errors (docs/clinical-rules.md, "d39"); the bounds below are the figures after
it, so a change may lower them and never raise them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from mhealth.domain.rules.safety.floor import apply_safety_floor

HERE = Path(__file__).parent


class Bound(NamedTuple):
    ideation: int  # items of gold SI 0 that come out with ideation
    critical: int  # items of gold level below critical that come out critical
    below_high: int  # gold critical items that come out below high


#: (set, form) -> bound; "text" is the speaker's turns, "dialogue" the listener's turns between them
BOUNDS = {
    ("emo1", "text"): Bound(0, 0, 0),
    ("emo2", "text"): Bound(0, 0, 0),
    ("emo3", "text"): Bound(0, 0, 0),
    ("emo4", "text"): Bound(2, 1, 0),
    ("emo1", "dialogue"): Bound(0, 0, 0),
    ("emo2", "dialogue"): Bound(0, 0, 0),
    ("emo3", "dialogue"): Bound(0, 0, 0),
    ("emo4", "dialogue"): Bound(3, 2, 0),
}


def _texts(name: str, form: str) -> list[tuple[dict[str, Any], str]]:
    items = [json.loads(line) for line in (HERE / f"ko_train_dev_{name}.jsonl").read_text("utf-8").splitlines() if line]
    if form == "text":
        return [(it, it["text"]) for it in items]
    turns = {
        d["id"]: " ".join(d["turns"])
        for d in map(json.loads, (HERE / "dialogue" / f"{name}_dialogue.jsonl").read_text("utf-8").splitlines())
    }
    assert set(turns) == {it["id"] for it in items}
    return [(it, turns[it["id"]]) for it in items]


@pytest.mark.parametrize(("name", "form"), sorted(BOUNDS), ids=[f"{n}-{f}" for n, f in sorted(BOUNDS)])
def test_ordinary_talk_rarely_comes_out_as_ideation_or_critical(analyzer: Any, name: str, form: str) -> None:
    ideation, critical, below_high = [], [], []
    for item, text in _texts(name, form):
        result = apply_safety_floor(analyzer.assess(text), text)
        level = result.risk_level.value
        if item["suicidal_ideation"] == 0 and result.labels.suicidal_ideation > 0:
            ideation.append(item["id"])
        if item["risk"] != "critical" and level == "critical":
            critical.append(item["id"])
        if item["risk"] == "critical" and level not in ("high", "critical"):
            below_high.append(item["id"])
    bound = BOUNDS[name, form]
    assert len(ideation) <= bound.ideation, ideation
    assert len(critical) <= bound.critical, critical
    assert len(below_high) <= bound.below_high, below_high
