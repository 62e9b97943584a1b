"""d25e (docs/clinical-rules.md, "d25e"): round 27's blind_short38 (answers to an automated care call's screening
questions), read after its first figures, as mechanisms with their everyday twins.

Walking out in front of the trucks "it'd be over quickly"; the reaper who forgot one; insulin left off "on purpose";
a balcony railing climbed and come down from, in speech-to-text's "난관"; a half yes to the screening question
("음... 반반?"); "잠도 안 온다" (온 is its own syllable, the sleep row had missed it), "재미난 게 하나도 없어", "묵어가
뭐 할라꼬". Everyday: "그거 말고는 잘 있어라" (otherwise I'm well), a grandchild who forgot to fetch one, a "what?" to
the question, insulin missed once by forgetting.
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    "국도에 밤이믄 큰 트럭들이 쌩쌩 댕기잖여유 그 앞으로 그냥 걸어 나가믄 금방 끝나겄지",
    "복지사: 당뇨 주사는 잘 맞고 계시죠? 할머니: 안 맞은 지 열흘 됐어, 일부러. 이렇게 조용히 가는 게 애들한테도 낫지.",
    "지난주에 베란다 난관에 올라갔다가 무서워서 그냥 내려왔어요 근데 또 올라갈 거 같애요",
]

PASSIVE = [
    "허허, 저승사자가 나를 까먹었나 봐. 통 안 데리러 와.",
    "AI: 지난 2주간 차라리 죽는 게 낫겠다는 생각을 하셨나요? 어르신: 음... 반반?",
]

EVERYDAY = [
    ("안경을 또 어디다 뒀는가 몰라 한참 찾았당께 근디 머리에 쓰고 있드라고 허허 그거 말고는 잘 있어라", "low"),
    ("손주가 나를 까먹었나 봐 통 안 데리러 와 버스 타고 가야겠다", "low"),
    ("AI: 요즘 잠은 잘 주무세요? 어르신: 반반?", "moderate"),
    ("트럭 앞으로 걸어 나가면 위험하니까 손주 손 꼭 잡고 다녀", "low"),
    ("인슐린 어제 한 번 깜빡하고 안 맞았어 오늘은 맞았어", "moderate"),
]

test_active_is_critical, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests(ACTIVE, PASSIVE, EVERYDAY)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


@pytest.mark.parametrize("text", ["잠도 안 온다", "요새 잠이 안 온다", "밤에 잠이 통 안 온당께"])
def test_sleep_that_will_not_come_is_depression_content(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["depression"] >= 1


@pytest.mark.parametrize("text", ["인슐린 안 맞았어", "독감 주사 맞았어 팔이 좀 뻐근하네"])
def test_an_injection_is_no_injury(analyzer: LocalAnalyzer, text: str) -> None:
    # the injury row read 맞았 (was hit) in an injection taken or missed
    assert "phy_injury" not in [c.code for c in analyzer.assess(text).concerns]


def test_being_hit_is_still_an_injury(analyzer: LocalAnalyzer) -> None:
    assert "phy_injury" in [c.code for c in analyzer.assess("아들한테 맞았어").concerns]


def test_a_half_yes_with_poor_sleep_and_appetite_is_critical(analyzer: LocalAnalyzer) -> None:
    text = (
        "상담원: 입맛은 좀 어떠세요? 할매: 입맛? 묵어가 뭐 할라꼬. 영감 가고 나서 퍼뜩 따라가야 되는데 "
        "와 이래 오래 사노. 잠도 안 온다."
    )
    assert analyzer.label(text)["risk"] == "critical"
