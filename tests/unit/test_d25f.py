"""d25f (docs/clinical-rules.md, "d25f"): round 27's blind_long34 (spring and summer check-ins), read after its first
figures, as mechanisms with their everyday twins.

Jeju's "이제 자당 그냥 하르방 이신 디 가 불민 좋으켜" (gone to where the late husband is, wished, words between) and
"이추룩 살앙 뭐 허코"; "자는 잠에 고마 조용히 가삐믄 그기 제일 복이지"; a passive wish in a long call the analyzer
finds depressed (two rule categories at least) is not declined. Everyday: a move abroad with the visa out and the
ticket bought, belongings given away and thanks to the caller; a living husband in a care hospital visited.
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

PASSIVE = [
    "선생님 나 요새 밤에 누우민 이추룩 살앙 뭐 허코 허는 생각만 나 이제 자당 그냥 하르방 이신 디 가 불민 좋으켜",
    "영감 있는 데로 고마 가삐믄 좋겠다",
    "자는 잠에 고마 조용히 가삐믄 그기 제일 복이지 싶다",
]

EVERYDAY = [
    ("영감 있는 데 가면 좋겠는데 요양병원이 멀어서 버스를 두 번 갈아타야 돼", "high"),  # no ideation: a review at most
    (
        "나 아주 먼 데로 가요. 다음 주 목요일에. 캐나다요. 밴쿠버. 아들네가 같이 살자고. 비자도 나왔고, 비행기표도 "
        "끊었어요. 집은 팔았고, 살림은 거의 다 나눠 줬어요. 그동안 매주 전화해 줘서 고마웠어요.",
        "high",  # no ideation: the goodbye and the things given away are a move's (a review at most)
    ),
]

_, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests([], PASSIVE, EVERYDAY)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


def test_an_organ_donors_pledge_is_no_pill(analyzer: LocalAnalyzer) -> None:
    # d25g: the pills row read the 약 of 서약 (a pledge); the twin with pills named stays critical
    assert analyzer.label("장기기증 서약했어 죽으면 좋은 데 쓰이라고")["suicidal_ideation"] == 0
    assert analyzer.label("병원에서 약 타 왔어 한꺼번에 다 먹어버릴라고")["risk"] == "critical"


@pytest.mark.parametrize(
    ("text", "ideation"),
    [
        ("그만 살고 싶다는 게 아니라 그만 일하고 싶다는 거야", 0),  # d25h: set aside for another wish
        ("죽고 싶다는 게 아니면 뭐야 요새 진짜 그래", 1),  # a question that affirms it
        ("그만 살고 싶다는 게 아니긴 뭐가 아니야 매일 그 생각이야", 1),
        ("죽고 싶은 게 아니구 너무 지친 거야 아무것도 할 힘이 없어 더 이상 못 살겠어", 1),  # a denial, then despair
    ],
)
def test_a_wish_named_to_set_it_aside(analyzer: LocalAnalyzer, text: str, ideation: int) -> None:
    assert (analyzer.label(text)["suicidal_ideation"] >= 1) == bool(ideation)
