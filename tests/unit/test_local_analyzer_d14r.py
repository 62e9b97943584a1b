"""d14r: crises the local analyzer read too low (blind round 3, now development data), each with phrasings of our own
and benign twins that share its surface words (docs/clinical-rules.md, "Aborted attempts, a going announced, …")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import engine

CRISES = [
    # an aborted hanging: the ligature hung with the intent said, or put to the neck from a chair
    "어젯밤에 목 맬라고 줄까지 걸었는디 손주 얼굴이 떠올라서 못 했슈.",
    "어제 새벽에 목 매려고 밧줄 걸었는데 딸 전화 와서 그만뒀어",
    "그저께 밤에 목 맬라꼬 대들보에 줄 걸어 놨는데 손녀 생각나가 못했다",
    "창고서 목 맬라고 끈 매달아 놨는디 영 못 하겄더랑께",
    "헛간에 밧줄 하나 걸어 놓고 의자 딛고 올라가서 목에 걸어 봤는디 무서버서 내려왔다",
    # a blade held while staring at the wrist, or not cut for fear
    "칼 들고 한참 손목만 보고 있었슈. 무서워서 못 그었지만 또 그럴 것 같어유.",
    "면도칼 쥐고 손목만 한참 쳐다보고 있었어 오늘도 그럴 것 같아",
    "부엌칼 꺼내서 손목 내려다보고 앉았다가 겁나서 못 그었소",
    "식칼 들고 손목을 들여다보다가 손이 떨려 못 그었어라",
    # going first, with where the papers are or an apology and a goodbye
    "아들아 미안하다 엄마는 먼저 간다 보험 서류는 장롱 두 번째 칸에 있다",
    "얘들아 미안하다 아빠는 먼저 간다 통장은 서랍에 넣어 뒀다",
    "영감 먼저 갈게 도장이랑 통장은 이불장 안에 있어 울지 마라",
    "막내야 엄마가 미안혀 먼저 가네 비밀번호는 달력 뒤에 붙여 놨어",
    # debts paid or money handed on, and only the going left
    "소 판 돈 아들 주고 빚도 다 갚았드래요. 이제 편히 갈 일만 남았수.",
    "빚 다 갚고 땅은 큰아들 줬어 인자 조용히 갈 날만 기다리요",
    "논 팔아서 딸한테 다 주고 빚도 청산했어요 이제 홀가분하게 떠날 일만 남았네요",
    "빚도 다 정리했고 이제 맘편히 눈감을 날만 남았다",
    # how much of a means it takes to die or to follow the dead
    "영감 보고 싶어가 그라는데, 약을 얼마나 묵으모 따라갈 수 있겠노?",
    "수면제 몇 알 먹으면 영영 안 깨나 그게 궁금허요",
    "할멈 따라갈라믄 약을 얼마나 먹어야 죽노",
    "인슐린 얼마나 놓으면 영감한테 갈 수 있는지 몰라",
    # a passive wish with depression 2 (bed-bound, not eating, worthless) in dialect
    "그냥 조용히 잠들엉 다신 안 일어나민 좋쿠다. 종일 누웡만 있수다.",
    "나는 쓸모없는 짐덩이여. 얼른 영감 있는 데로 가야 하는디 요즘 통 못 먹어.",
    "다시는 안 깨믄 좋겄어 왼종일 누버만 있다",
    "영영 눈 안 뜨모 좋겠다 싶다 요새 통 못 묵고 짐만 된다",
    # an accident staged for the insurance
    "사고로 죽으면 보험 애들한테 다 나오는지 알아봤어",
    "보험 회사에 물어봤지요. 사고로 가면 애들한테 얼마가 나오는지.",
    "차 몰고 가다 굴러떨어져도 아무도 이상하게 생각 안 할 거야",
    # medicine stopped on purpose in order to go (the reason in the next sentence)
    "일부러 끊은 거예요. 빨리 가려고. 병원 예약도 다 취소했어요.",
    "일부러 인슐린 안 맞아 얼른 갈라고",
    "일부러 약 안 먹은 지 한 달이여. 얼른 가려고.",
]

TWINS = [
    "어젯밤에 빨랫줄 걸었는디 비가 와서 못 널었슈",
    "마당에 줄 걸어 놓고 고추 말렸어",
    "돈에 목 맬라고 하지 말고 건강 챙겨라",
    "칼 들고 사과 깎다가 손목을 베어서 병원 갔어",
    "부엌칼 들고 김장하다가 손목이 아파서 손목만 보고 있었어",
    "칼질 하다 손목시계 보고 있었지 몇 시인가 하고",
    "미안하다 먼저 간다 내일 출근이라",
    "엄마 먼저 간다 반찬은 냉장고에 있다",
    "먼저 간다 계산은 내가 했다 또 보자",
    "영감 먼저 갈게 반찬은 냉장고에 있어 경로당 다녀와",
    "빚 다 갚았어요 이제 편히 살 일만 남았어요",
    "빚 다 갚고 이제 아들 장가 보낼 일만 남았다",
    "빚도 다 갚았고 이제 여행 갈 일만 남았네 기차표 예매했어",
    "약을 몇 알 먹어야 되는지 헷갈려",
    "손주가 안 깨믄 좋겄어 겨우 재웠응께",
    "아침까지 한 번도 안 깨믄 좋겄다 요새 자꾸 깨서",
    "애기가 안 일어나민 좋쿠다 이제 막 재웠수다",
    "늦게 일어나면 좋겠다 내일은 일요일이니",
    "지난주 접촉사고 나서 보험회사에 물어봤지 얼마 나오는지",
    "사고로 가면 보험 나오냐고 친구가 묻길래 모른다 했어",
    "길이 얼어서 미끄러져도 아무도 모를 거야 혼자 사니까 무서워",
    "의사 선생님이 혈압약 끊으래서 끊었어 빨리 나으라고",
    "검사 때문에 일부러 굶었어 빨리 가려고 병원에",
    "매운 건 통 못 먹어",
    "술도 통 못 먹어 요새는",
]


@pytest.mark.parametrize("text", CRISES)
def test_d14r_crises_are_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["risk"] == "critical"


@pytest.mark.parametrize("text", TWINS)
def test_d14r_benign_twins_are_not_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["risk"] != "critical"


@pytest.mark.parametrize("text", TWINS)
def test_d14r_benign_twins_raise_no_ideation_in_the_scan(text: str) -> None:
    assert not [h for h in engine.scan(text) if h.kind.value != "abuse"]


def test_a_denial_long_after_an_act_is_about_something_else() -> None:
    # the speaker's "나는 그렇게는 못 해요" several sentences on is about a nursing home, not the medicine stopped to go
    text = (
        "일부러 끊은 거예요. 빨리 가려고. 병원 예약도 다 취소했어요. 간호사가 전화 와서 왜 안 오시냐고 하길래 이사 "
        "간다고 했어요. 상담원: 빨리 가시려고요... 어르신: 네. 약 안 먹으면 길어야 몇 달이라고 하더라고요, "
        "옆집 할머니가. 그게 나아요. "
        "요양원 가서 기저귀 차고 누워 있는 것보다. 우리 언니가 그렇게 오 년을 누워 있다 갔어요. 나는 그렇게는 못 해요."
    )
    assert any(h.code == "refusing_to_live" for h in engine.scan(text))
    # a denial right after what it denies still cancels it
    denied = engine.scan("동창이 수면제를 모아서 먹었다는 얘기 듣고 나는 그런 생각 없어")
    assert not [h for h in denied if h.kind.value == "active"]
