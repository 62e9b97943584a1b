"""d29 (docs/clinical-rules.md, "d29"): in a short text whose speaker voices low mood and that the analyzer finds
clearly depressed, ideation the statistical model scores in its review band (from ``LOW_MOOD_IDEATION``), with words
of death in reach, is passive ideation, not a review: SCREENING.md's SI 1 with depression >= 2, critical.

Before, these came out high with needs_review (``crisis_partial_evidence``): gold-critical items of the training sets
("죽어야 끝나지", "아침마다 아 또 살았네", "하늘이 나를 좀 거둬가셨으믄 혀", "내일이 안왔으믄 쓰겄어") and new
writers' crises alike. Not from the model's depression alone, not in mild low mood, not in a long transcript, never
from a review the gate did not let through (``unworded``).
"""

from __future__ import annotations

from typing import Any

import pytest

from mhealth.adapters.local import rules
from mhealth.adapters.local.analyzer import (
    LOW_MOOD_IDEATION,
    UNCORROBORATED_MIN_CHARS,
    LocalAnalyzer,
    ModelRaise,
)
from mhealth.domain.model import Evidence
from tests.unit.screening_checks import RANK, mechanism_tests, no_ideation_test

#: gold-critical training items (ko_train_e e042, ko_train_k tk068 and tk093, ko_train_f tf278, ko_train_g tg083) and
#: new sentences in the same vein; each came out high with needs_review before d29
DEPRESSED_WISHES = [
    "다리가 아파서 못 걸어. 그 뒤로 계속 울적하고 살맛이 없어. 죽어야 끝나지.",
    "요새는 마 눈뜨는기 싫다 아침마다 아 또 살았네 카고 한숨부터 나온다 밥맛도 없고",
    "잠을 한숨도 못자 밤새 천장만 보다가 날이 새 하늘이 나를 좀 거둬가셨으믄 혀",
    "내일이 안왔으믄 쓰겄어 하루 왼종일 천장만 보고 누웠어",
    "여보 사진 보면서 맨날 울어요. 혼자 밥 먹기 싫어서 굶고. 그 사람 옆에 가서 눕고 싶어요.",
    "우울하고 잠도 못 자. 죽어야 이 고생이 끝나지",
]

#: the same review band with no low mood voiced by the speaker (the model's depression alone), or with mild mood
NOT_RAISED = [
    # ko_train_j tj309 (gold low): nobody wishes the speaker gone
    "내가 없어지믄 좋겠다 카는 사람 없다 자식들이 얼마나 잘하는데",
    # ko_train_blind_short26 bs26_068 (gold moderate): money missing, not the speaker
    "아들아 지갑에 오십만 원 넣어둔 게 없어졌다. 요양보호사가 가져간 거 아닌가 싶어. 그런데 통장엔 찾은 기록도 "
    "없고 나도 통 모르겠다.",
    # no low mood in words: a person looks (needs_review), no label is raised
    "다리가 아파서 못 걸어. 죽어야 끝나지.",
    # the speaker denies such thoughts (the floor's d17f reading): high with needs_review, as before
    "잠도 못 자고 입맛도 없고 사는 낙이 읎어 창고에 농약 한 병 있는디 나는 그런 생각 읎어",
]


@pytest.mark.parametrize("text", DEPRESSED_WISHES)
def test_a_wish_in_depressed_talk_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] >= 1 and labels["depression"] >= 2, labels
    assert labels["risk"] == "critical", labels


@pytest.mark.parametrize("text", NOT_RAISED)
def test_no_raise_without_voiced_low_mood(analyzer: LocalAnalyzer, text: str) -> None:
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] == 0, labels
    assert RANK[labels["risk"]] >= RANK["high"], labels  # the review still sends it to a person


def test_the_evidence_is_the_clause_the_gate_read(analyzer: LocalAnalyzer) -> None:
    text = DEPRESSED_WISHES[0]
    result = analyzer.assess(text)
    concern = next(c for c in result.concerns if c.code == "model_passive_ideation")
    assert [e.quote for e in concern.evidence] == ["죽어야 끝나지."]
    assert result.needs_review  # the score is still the model's review band: a person looks too


def _review(probability: float, *, unworded: bool = False) -> ModelRaise:
    return ModelRaise(
        "suicidal_ideation", 0, 0, probability, Evidence(quote="x", start=0, end=1), review=True, unworded=unworded
    )


def _depression(before: int, after: int) -> ModelRaise:
    return ModelRaise("depression", before, after, 0.9, Evidence(quote="x", start=0, end=1))


@pytest.mark.parametrize(
    ("depression", "raised", "length", "raises"),
    [
        (2, [_review(LOW_MOOD_IDEATION)], 40, True),
        (2, [_review(LOW_MOOD_IDEATION - 0.01)], 40, False),  # below the band's floor: a review
        (1, [_review(0.69)], 40, False),  # mild low mood: a review
        (2, [_review(0.69), _depression(0, 2)], 40, False),  # the model's depression alone
        (2, [_review(0.69), _depression(1, 2)], 40, True),  # voiced, the model made it clear
        (2, [_review(0.69, unworded=True)], 40, False),  # no words of death in reach
        (2, [_review(0.69)], UNCORROBORATED_MIN_CHARS, False),  # a long transcript
        (2, [], 40, False),
    ],
)
def test_conditions(depression: int, raised: list[Any], length: int, raises: bool) -> None:
    findings = rules.Findings(depression=depression)
    out = LocalAnalyzer._review_in_low_mood("가" * length, findings, raised)
    assert (out is not None) is raises
    assert findings.suicidal_ideation == (1 if raises else 0)
    if out is not None:
        assert out.after == 1 and not out.review and out.low_mood


# ---- d29, read from round 39's blind_short61 (a spouse cared for), after its first figures; d29b, the gate --------
# A concept word in another person's reported words adds nothing to the speaker's means; the water's depth noted at a
# reservoir visited often is a place scouted; no laughing for two years is anhedonia. d29b: the gate reads the days left
# few in dialect and not getting up shrugged at (ko_train_k tk027 and ko_train_blind_short19 s19_050: the model scored
# them over its threshold, 0.72 and 0.92, and the gate found no words of ending in reach).

CRISES = [
    "AI: 요즘 잠은 좀 주무세요? 할머니: 잠이야 뭐… 저수지 둑길에 요새 자주 가봐 물이 깊더라고 "
    "저 양반 요양원 자리 나면 그때 가려고",
    "저수지에 요새 자주 가봐 물이 깊더라고",
    "죽고싶다 그래서 약 모아놨어",
    "우리 누렁이 옆집 줘버렸슈 닭두 다 팔구 내가 돌볼 날이 얼마 읎응께 정리허는겨",
]

PASSIVE = [
    "뭐 그냥 하루하루 사는 거지 음 아침에 안 일어나도 그만이다 싶을 때가 있어 근데 뭐 오늘은 괜찮아 반찬가게 갔다 왔어",
]

EVERYDAY = [
    ("우리 할멈이 요새 자꾸 죽고싶다 그래 음 그래서 의사선생님한테 말했더니 약 바꿔준대 나는 뭐 괜찮아", "low"),
    ("영감이 맨날 죽고 싶다 캐서 약 다 숨겼어", "moderate"),
    ("바다에 손주들 데리고 갔는데 물이 깊더라고 조심시켰어", "low"),
    ("저수지에 낚시 갔는데 물이 깊더라 붕어는 못 잡았어", "low"),
    ("어제 계곡 갔는데 물이 깊더라고 발만 담그고 왔어", "low"),
    ("내일은 일요일이라 일찍 안 일어나도 괜찮아", "low"),
    ("주말엔 늦잠 자도 돼 아침에 안 일어나도 괜찮아", "low"),
    ("이번 휴가는 쉴 날이 얼마 없어 아쉽다", "low"),
    ("방학도 날이 얼마 안 남았네 손주들 곧 가겠다", "low"),
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    CRISES, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY])


def test_no_laughing_for_years_is_low_mood(analyzer: LocalAnalyzer) -> None:
    labels = analyzer.label(
        "남편 뇌졸중 오고 이년째 웃어본적이 없다 솔직히 죽고 싶다는 생각만 든다 그래도 남편때문에 산다"
    )
    assert labels["depression"] >= 2 and labels["suicidal_ideation"] >= 1 and labels["risk"] == "critical", labels
