"""Elderly emotional talk of the kind a crowd-sourced dialogue corpus holds (tests/eval/ko_train_dev_emo1-8.jsonl and,
with the listener's turns between the speaker's, tests/eval/dialogue/): the real-text check of issue 18 counts ideation
on ideation-free items (<= 1 %), critical on non-critical items (<= 0.3 %) and every critical item at least high.

Four helpers wrote 150 conversations each on 2026-12-07 (emo1-4: health; family; money and daily life; old age and
death in everyday life), blind to the analyzer, each with 9 items of ideation (6 %) as ordinary people type it. They
are our own writing, so development data, not real people's words. Their first figures, taken with main 90e5fba before
anything of that session (speaker's turns only; with the listener's turns: emo4 6/141 and 6/143, the rest as here):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo1 (health) | 3/141 | 2/143 | 9/9 | 7/7 |
| emo2 (family) | 3/141 | 2/142 | 8/9 | 7/8 |
| emo3 (money, daily life) | 1/141 | 2/141 | 9/9 | 9/9 |
| emo4 (old age, death talk) | 5/141 | 5/143 | 9/9 | 7/7 |
| all | 12/564 (2.1 %) | 11/569 (1.9 %) | 35/36 | 30/31 |

Patterns d39 were written against their errors (docs/clinical-rules.md, "d39").

A second round (d40, same session day, four more helpers blind to the analyzer: faith and rites; caring and memory;
living alone and late love; work, money and the modern world) was measured with main 0a8f76f, after d39, before
anyone read it (speaker's turns; with the listener's turns: emo5 3/141 and 3/144, emo6 1/141, 3/143, 9/9 and 7/7):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo5 (faith, rites, senior centre) | 2/141 | 2/144 | 9/9 | 6/6 |
| emo6 (caring, memory, care homes) | 1/141 | 3/143 | 8/9 | 6/7 |
| emo7 (living alone, late love, pets) | 5/141 | 4/145 | 9/9 | 5/5 |
| emo8 (work, money, phones, farming) | 2/141 | 2/144 | 9/9 | 6/6 |
| all | 10/564 (1.8 %) | 11/576 (1.9 %) | 35/36 | 23/24 |

So d39's fixes had not carried to new writers: the second round's first figures are the first round's. Patterns d40
were written against its errors (docs/clinical-rules.md, "d40"). The bounds below are the figures after d40, so a
change may lower them and never raise them (emo6's two are passive wishes, gold high, that come out critical with
moderate low mood read).
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
    ("emo5", "text"): Bound(0, 0, 0),
    ("emo6", "text"): Bound(0, 2, 0),
    ("emo7", "text"): Bound(0, 0, 0),
    ("emo8", "text"): Bound(0, 0, 0),
    ("emo1", "dialogue"): Bound(0, 0, 0),
    ("emo2", "dialogue"): Bound(0, 0, 0),
    ("emo3", "dialogue"): Bound(0, 0, 0),
    ("emo4", "dialogue"): Bound(3, 2, 0),
    ("emo5", "dialogue"): Bound(0, 0, 0),
    ("emo6", "dialogue"): Bound(0, 2, 0),
    ("emo7", "dialogue"): Bound(0, 0, 0),
    ("emo8", "dialogue"): Bound(0, 0, 0),
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
