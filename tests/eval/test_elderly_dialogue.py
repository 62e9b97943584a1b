"""Elderly emotional talk of the kind a crowd-sourced dialogue corpus holds (tests/eval/ko_train_dev_emo1-12.jsonl and,
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

A third round (d40b: the body in late life; kin and in-laws; a long life remembered and ageism; seasons and small joys)
was measured with main 58e2d1e (d40 in) before anyone read it (speaker's turns; with the listener's turns 7/564 and
11/576):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo9 (the body) | 2/141 | 3/144 | 9/9 | 6/6 |
| emo10 (kin, in-laws) | 5/141 | 7/144 | 9/9 | 6/6 |
| emo11 (a long life) | 1/141 | 1/144 | 9/9 | 6/6 |
| emo12 (seasons, small joys) | 0/141 | 1/144 | 9/9 | 6/6 |
| all | 8/564 (1.4 %) | 12/576 (2.1 %) | 36/36 | 24/24 |

Five of the twelve are passive wishes, gold high, read critical; patterns d40b were written against the rest
(docs/clinical-rules.md, "d40b"), and the bounds below for emo9-12 are the figures after it (emo10's text-form
ideation is "이제 죽어도 여한이 없다" in an unpunctuated run with a sea trip, left).

A fourth round (city life alone; old couples; health scares and the emergency room; friendship and the senior centre)
was written the same way and read by no one until d41 (it was tests/eval/blind/blind_emo13-16.jsonl; now
ko_train_dev_emo13-16). Its first figures, with the code of d40b (speaker's turns; with the listener's turns 8/564,
8/577, 35/36):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo13 (city life alone) | 1/141 | 1/144 | 9/9 | 6/6 |
| emo14 (old couples) | 2/141 | 1/144 | 9/9 | 6/6 |
| emo15 (health scares) | 2/141 | 2/144 | 8/9 | 6/6 |
| emo16 (friendship, community) | 4/141 | 6/145 | 9/9 | 5/5 |
| all | 9/564 (1.6 %) | 10/577 (1.7 %) | 35/36 | 23/23 |

The honest measure of d39-d40b on new writers of this kind: 1.6 % and 1.7 %, against the real-text check's 1 % and
0.3 % (first round 2.1 % and 1.9 %, second 1.8 % and 1.9 %, third 1.4 % and 2.1 %). Patterns d41 were written against
its errors (docs/clinical-rules.md, "d41"): after them 2/564 and 4/577 (two passive wishes, gold high, read critical;
two goodbyes said to a friend seen off or dying).

A fifth round (grandchildren and raising them; the digital world and scams; village and country life; a life looked
back on and learning late) was measured before anyone read it, with the code of d40b and again with d41: the same
figures on both (speaker's turns; with the listener's turns 16/564, 16/572, 35/36), so d41's readings of the fourth
round carried to none of the fifth's errors:

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo17 (grandchildren) | 2/141 | 2/143 | 9/9 | 7/7 |
| emo18 (the digital world) | 4/141 | 4/143 | 9/9 | 7/7 |
| emo19 (village life) | 6/141 | 4/143 | 9/9 | 7/7 |
| emo20 (a life looked back on) | 5/141 | 6/143 | 9/9 | 7/7 |
| all | 17/564 (3.0 %) | 16/572 (2.8 %) | 36/36 | 28/28 |

Patterns d41b were written against them (the bounds below for emo17-20 are the figures after it: 8/564 and 7/572).
A sixth round (food and the kitchen; work and retirement; travel and transport; gardens, animals and the outdoors) is
read by no one (tests/eval/blind/blind_emo21-24.jsonl). Its first figures, with the code of d41b, and the same with the
code before d41 (speaker's turns; with the listener's turns 12/564, 12/573, 36/36):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo21 (food and the kitchen) | 2/141 | 2/143 | 9/9 | 7/7 |
| emo22 (work and retirement) | 4/141 | 4/143 | 9/9 | 7/7 |
| emo23 (travel and transport) | 5/141 | 4/143 | 9/9 | 7/7 |
| emo24 (gardens, animals) | 0/141 | 1/144 | 9/9 | 6/6 |
| all | 11/564 (2.0 %) | 11/573 (1.9 %) | 36/36 | 27/27 |

The honest measure of d39-d41b on new writers of this kind: 2.0 % and 1.9 %.

A seventh round (neighbours and the place one lives; grandchildren and the family's future) is read by no one
(tests/eval/blind/blind_emo25-26.jsonl; first figures with 0f7a369 in the bounds below). An eighth (the body and
medicines in daily life; money, papers and the home) was written in d46's session and is read by no one
(tests/eval/blind/blind_emo27-28.jsonl). Its first figures, with main 5a0b3bf before anything of that session, and the
same with d46 (speaker's turns; with the listener's turns 11/282, 12/288, 18/18):

| set | ideation on SI 0 | critical on non-critical | SI caught | critical at least high |
|---|---|---|---|---|
| emo27 (the body, medicines) | 4/141 | 3/144 | 9/9 | 6/6 |
| emo28 (money, papers, the home) | 3/141 | 6/144 | 9/9 | 6/6 |
| all | 7/282 (2.5 %) | 9/288 (3.1 %) | 18/18 | 12/12 |

So after d42-d45 new writers of this kind still find ideation on one ordinary conversation in forty and critical on
one in thirty, against the real-text check's 1 % and 0.3 %.
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
    ("emo9", "text"): Bound(0, 2, 0),
    ("emo10", "text"): Bound(1, 3, 0),
    ("emo11", "text"): Bound(0, 0, 0),
    ("emo12", "text"): Bound(0, 1, 0),
    # the fourth round, read in d41 (emo16: two passive wishes, gold high, read critical with moderate low mood, and two
    # goodbyes said to a friend seen off or dying, left critical: the excuse written for them also took crises)
    ("emo13", "text"): Bound(0, 0, 0),
    ("emo14", "text"): Bound(0, 0, 0),
    ("emo15", "text"): Bound(0, 0, 0),
    ("emo16", "text"): Bound(2, 4, 0),
    # the fifth round, read in d41b (first figures in the docstring)
    ("emo17", "text"): Bound(2, 2, 0),
    ("emo18", "text"): Bound(1, 1, 0),
    ("emo19", "text"): Bound(3, 2, 0),
    ("emo20", "text"): Bound(2, 2, 0),
    # never read (tests/eval/blind/blind_emo21-24.jsonl): the sixth round's first figures, with the code of d41b
    ("emo21", "text"): Bound(2, 2, 0),
    ("emo22", "text"): Bound(4, 4, 0),
    ("emo23", "text"): Bound(5, 4, 0),
    ("emo24", "text"): Bound(0, 1, 0),
    ("emo1", "dialogue"): Bound(0, 0, 0),
    ("emo2", "dialogue"): Bound(0, 0, 0),
    ("emo3", "dialogue"): Bound(0, 0, 0),
    ("emo4", "dialogue"): Bound(3, 2, 0),
    ("emo5", "dialogue"): Bound(0, 0, 0),
    ("emo6", "dialogue"): Bound(0, 2, 0),
    ("emo7", "dialogue"): Bound(0, 0, 0),
    ("emo8", "dialogue"): Bound(0, 0, 0),
    ("emo9", "dialogue"): Bound(0, 2, 0),
    ("emo10", "dialogue"): Bound(0, 2, 0),
    ("emo11", "dialogue"): Bound(0, 0, 0),
    ("emo12", "dialogue"): Bound(0, 1, 0),
    ("emo13", "dialogue"): Bound(0, 0, 0),
    ("emo14", "dialogue"): Bound(0, 0, 0),
    ("emo15", "dialogue"): Bound(0, 0, 0),
    ("emo16", "dialogue"): Bound(2, 4, 0),
    ("emo17", "dialogue"): Bound(3, 3, 0),
    ("emo18", "dialogue"): Bound(1, 2, 0),
    ("emo19", "dialogue"): Bound(4, 2, 0),
    ("emo20", "dialogue"): Bound(1, 2, 0),
    ("emo21", "dialogue"): Bound(1, 2, 0),
    ("emo22", "dialogue"): Bound(5, 4, 0),
    ("emo23", "dialogue"): Bound(4, 4, 0),
    ("emo24", "dialogue"): Bound(2, 2, 0),
    # never read (tests/eval/blind/blind_emo25-26.jsonl): the seventh round's first figures, with 0f7a369
    ("emo25", "text"): Bound(4, 5, 0),
    ("emo26", "text"): Bound(5, 6, 0),
    # (their dialogue forms, with the listener's turns, first measured with a633a43: its screening is 0f7a369's)
    ("emo25", "dialogue"): Bound(5, 6, 0),
    ("emo26", "dialogue"): Bound(4, 5, 0),
    # never read (tests/eval/blind/blind_emo27-28.jsonl): the eighth round's first figures, with 5a0b3bf (the same with
    # d46)
    ("emo27", "text"): Bound(4, 3, 0),
    ("emo28", "text"): Bound(3, 6, 0),
    ("emo27", "dialogue"): Bound(5, 4, 0),
    ("emo28", "dialogue"): Bound(6, 8, 0),
}


def _texts(name: str, form: str) -> list[tuple[dict[str, Any], str]]:
    path = HERE / f"ko_train_dev_{name}.jsonl"
    if not path.exists():
        path = HERE / "blind" / f"blind_{name}.jsonl"  # the never-read rounds
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
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
