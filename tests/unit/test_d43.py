"""d43 (docs/clinical-rules.md, "d43"): a sign denied in favour of another reading ("까먹은 게 아니고 일부러",
"외로운 게 아니라 심심해서") is not the sign; the same words asked as a question ("… 걸린 거 아니야?"), or said
plainly, still are. The denial reaches only the lexicon's dimensions (depression, anxiety, cognitive, loneliness):
ideation is the safety floor's, which reads "죽고 싶은 게 아니라 …" on its own terms.
"""

from __future__ import annotations

from typing import Any

import pytest

DENIED = [
    ("아니 까먹은 게 아니고 일부러 안 한 거야", "cognitive_concern"),
    ("외로운 게 아니라 심심해서 그래", "loneliness"),
]
SAID = [
    ("요즘 자꾸 까먹어", "cognitive_concern"),
    ("내가 치매 걸린 거 아니야? 자꾸 까먹어", "cognitive_concern"),
    ("혼자 있으니까 외로워", "loneliness"),
    # a mild sign denied for a worse one keeps the worse one
    ("깜빡하는 게 아니라 아예 기억이 안 나", "cognitive_concern"),
]


@pytest.mark.parametrize(("text", "dimension"), DENIED)
def test_a_sign_denied_for_another_reading_is_not_raised(analyzer: Any, text: str, dimension: str) -> None:
    assert int(analyzer.label(text)[dimension]) == 0


@pytest.mark.parametrize(("text", "dimension"), SAID)
def test_the_sign_said_or_asked_after_is_still_raised(analyzer: Any, text: str, dimension: str) -> None:
    assert int(analyzer.label(text)[dimension]) >= 1


def test_a_wish_denied_for_a_worse_one_stays_critical(analyzer: Any) -> None:
    assert analyzer.label("죽고 싶은 게 아니라 진짜 오늘 밤에 약 먹고 죽을 거야")["risk"] == "critical"
