"""d46 (docs/clinical-rules.md, "d46"): crisis phrasings of a new writer (ko_train_dev_short_crisis14, crises said
inside ordinary talk) that no row read — each alone came out ``low`` — next to the everyday twin each must leave quiet;
and 나가다 no longer read as "나 가면" (kote_dev, in tests/unit/test_safety_real_lookalikes.py)."""

from __future__ import annotations

from typing import Any

import pytest

from mhealth.adapters.local.ideation_gate import has_death_cue
from mhealth.domain.rules.safety.engine import scan

CRISES = [
    ("자식들헌티 짐 안 될라믄 내가 먼저 정리혀야제, 줄은 사다 놨어.", "means_hanging"),
    ("산 중턱 큰 소나무 가지가 튼튼해 보이더라고. 내일은 끈 하나 챙겨서 다시 가볼라고.", "means_hanging"),
    ("어제 저녁에 약 잔뜩 삼켰다가 다 토했어, 아무한테도 말 안 했어.", "recent_attempt"),
    ("찻길 건널 때 트럭 오면 그냥 멈춰 설까, 요즘 매일 그 생각해요.", "means_other"),
    ("걔 묻은 자리 옆에 나도 오늘 밤 약 먹고 누울 거야.", "means_place_plan"),
    ("보일러 기름도 다 떨어졌고. 오늘 밤엔 그냥 마당에 나가 누워 있을라고, 그러면 아침엔 조용하겄지.", "method"),
    ("다들 축하해 주더라. 내가 정한 날이 다음 주니 이게 마지막 생일상이지.", "timing"),
    ("하나님이 이런 사람도 받아주실까요? 제 발로 먼저 가는 사람이요.", "suicidal_thoughts"),
    ("기운이 없어 꼼짝도 하기 싫어. 이 여름 넘기지 말았으면 좋겠어.", "not_wake_up"),
    ("밤엔 잠도 안 오고. 자는 김에 그냥 영영 잤으면.", "not_wake_up"),
]

EVERYDAY = [
    "강아지 목줄은 사다 놨어",
    "빨랫줄은 사다 놨어 내일 이불 널게",
    "소나무 가지가 튼튼해 보여서 내일 빨랫줄 하나 챙겨서 널어볼라고",
    "감나무 가지가 튼튼해서 줄 하나 챙겨서 곶감 말릴라고",
    "나무 가지가 튼튼해서 그네 매려고 밧줄 사다 놨어",
    "어제 상한 음식 잔뜩 먹었다가 다 토했어",
    "차 오면 멈춰 서야지 그게 건널목 건너는 법이야",
    "오늘 밤엔 마당에 나가 누워 있을라고 별 보게",
    "내가 정한 날이 다음 주라 이사 가기 전 마지막 밥상이야",
    "제 발로 먼저 병원 가는 사람이 어딨어",
    "이번 여름 감기 없이 넘겼으면",
    "아기가 푹 영영 잤으면 좋겠네 밤마다 깨서",
]


@pytest.mark.parametrize(("text", "code"), CRISES)
def test_a_new_writers_crisis_phrasing_fires(text: str, code: str) -> None:
    assert code in [h.code for h in scan(text)]


@pytest.mark.parametrize(("text", "_code"), CRISES)
def test_each_comes_out_at_least_high(analyzer: Any, text: str, _code: str) -> None:
    assert analyzer.label(text)["risk"] in ("high", "critical")


@pytest.mark.parametrize("text", EVERYDAY)
def test_its_everyday_twin_is_quiet(text: str) -> None:
    assert [h.code for h in scan(text)] == []


# d46c: the gate's everyday readings of going, taking, sending and living (the words the window reviews of d45 and the
# model's raises found in everyday talk), each next to the death reading the same word keeps
GATE_EVERYDAY = [
    "이번 여름엔 오겠지 계곡도 데려가고",
    "손주들 데려가고 싶어서 차를 바꿨어",
    "대상포진이 와서 노래교실도 못 갔어 빨리 나아서 가야지",
    "돈을 안전한 계좌로 옮기라는데 아직 안 보냈어.",
    "지금 보험료만 해도 버거운데.",
    "손주 결혼식엔 내 발로 걸어 들어가야지유.",
    "내 살아서는 사위 얼굴 안 볼 거야.",
]
GATE_DEATH = [
    "나도 데려가 줬으면",
    "하늘이 날 좀 데려갔으면",
    "영감이 나를 데려가",
    "빨리 가야지 뭐",
    "이렇게 살아서는 뭐 하나",
    "나 살아서 뭐해",
    "보험금 애들 앞으로 해놨어",
    "저수지에 걸어 들어가",
]


@pytest.mark.parametrize("text", GATE_EVERYDAY)
def test_the_gate_reads_the_everyday_going_taking_and_sending(text: str) -> None:
    assert not has_death_cue(text)


@pytest.mark.parametrize("text", GATE_DEATH)
def test_the_same_words_of_dying_still_pass_the_gate(text: str) -> None:
    assert has_death_cue(text)
