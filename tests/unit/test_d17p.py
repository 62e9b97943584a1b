"""d17p: a probe battery of ways of saying it, written by us in standard Korean and dialect by SCREENING.md's kinds
(a wish, no reason to live, a method, a plan, a timing, preparations, an aborted attempt); the forms no row read are
pinned here with their everyday twins (docs/clinical-rules.md, "d17p")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

_RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}

ACTIVE = [
    "어젯밤에 목을 매려다가 끈이 끊어졌어",
    "창고에서 목 매달라고 했는디 무서워서 못 했어",
    "영감 제삿날에 따라갈 거야",
    "엄마 기일에 나도 따라가련다",
    "높은 데서 떨어지면 아프지 않을까",
    "물에 빠지면 금방 가겠지",
    "옥상에서 뛰어내리면 바로 끝나겠지",
    "밥을 끊었어 이제 곱게 가려고",
    "숟가락 놨다 인자 조용히 갈란다",
    "설날 지나면 조용히 떠날 거야",
    "추석 쇠고 나서 혼자 조용히 갈란다",
]

PASSIVE = [
    "이 세상에 미련이 하나도 없어",
    "사는 데 더는 미련 없어",
    "숨 쉬는 것도 지겨워",
    "나 같은 건 없어져야 해",
    "저 같은 게 빨리 죽어야 되는데",
    "어디 조용한 데 가서 사라지고 싶어",
    "몹쓸 생각이 자꾸 들어",
]

BENIGN = [
    ("돈에 목을 매다가 몸만 상했어", "high"),  # the model's review band, as before d17p
    ("영감 제삿날에 애들 데리고 산소 갈 거야", "low"),  # the model read it as going to the dead (d17p: a grave visit)
    ("애가 높은 데서 떨어지면 아프지 않을까 걱정이야", "moderate"),
    ("김장 끝나면 조용히 떠날 거야 제주도로 한 달 살기", "low"),
    ("설날 지나면 조용히 떠날 거야 딸네 집으로", "low"),
    ("밥을 끊었어 이제 살 좀 빼려고", "low"),
    ("그 사람한테 미련 없어", "low"),
    ("이 동네에 미련 없어 이사 가도 돼", "low"),
    ("마스크 쓰고 숨 쉬는 것도 힘들어", "moderate"),
    ("며칠만 조용한 데 가서 사라지고 싶어 쉬고 싶어", "moderate"),
    ("나쁜 생각 하지 마세요", "low"),
]


@pytest.mark.parametrize("text", ACTIVE)
def test_active_ideation_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 2, lab
    assert lab["risk"] == "critical", lab


@pytest.mark.parametrize("text", PASSIVE)
def test_passive_wish_is_at_least_high(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] >= 1, lab
    assert _RANK[lab["risk"]] >= _RANK["high"], lab


@pytest.mark.parametrize(("text", "most"), BENIGN)
def test_everyday_twins(analyzer: LocalAnalyzer, text: str, most: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert _RANK[lab["risk"]] <= _RANK[most], lab
