"""d38 (docs/clinical-rules.md, "d38"): means, plans and preparations in their everyday sense, read off the training
sets' false criticals (ko_train_a, c, d, e, i, j, k): a means kept from children or animals or warned against, a
briquette fire dying down, a rope for the harvest to dry, food eaten all at once, the way to a place by bus, a visit's
date set, a move into a retirement home, a past told as healed ("그땐 … 싹 나았어"). Each with twins of its own, and
crises in the same words that must stay critical; a kin's move no longer read as the speaker's own; and "-면 하는
거지" read as the speaker's wish, not a saying reported; the ideation gate reads the dialects' 한티, 헌티, 헌테 as 한테.
"""

from __future__ import annotations

from typing import Any

import pytest

from mhealth.adapters.local.ideation_gate import has_death_cue
from mhealth.domain.rules.safety.engine import scan
from mhealth.domain.rules.safety.floor import apply_safety_floor
from mhealth.domain.rules.safety.patterns import PatternKind
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

DSC4_029 = "딸: 엄마 밥은 먹었어? / 엄마: 먹기 싫어야. 뭣 헐라고 먹어. 얼른 느그 아부지헌티 가야제. 사흘째 누웠어야."

ACTIVE = [
    # the precaution is no excuse beside an intent and hopelessness
    "손주들 만질까 봐 농약은 내 방에 숨겨놨어. 이제 다 부질없어. 오늘 밤에 마실 거야.",
    # the briquette's fire and the rope, with the act said
    "연탄 피우고 문 꼭 닫고 죽을 거야",
    "줄 사다 놨어. 이제 끝낼 거야",
    "밧줄 사다 놨어. 고추 말릴 거 아니고 나 쓸라고.",
    # all of it at once, the pills named
    "수면제 한꺼번에 다 먹어버리면 되겠다",
    "밥도 안 먹고 수면제 한꺼번에 다 먹었어",
    # the way to die searched
    "편하게 죽는 방법 검색했어",
    "어 그 요즘엔 자꾸 죽고싶다는 생각이들어 어떻게 죽을지도 생각해봤어, 저 다리에서",
    # the last preparations beside a move refused, or with the death said
    "다음 달에 요양원 들어가요. 그 전에 다 정리했고 마지막으로 죽을 거예요.",
    # a spouse's or a son's move is not the speaker's: their belongings handed on stay a preparation
    "집사람 요양원 들어가고 나서 통장이랑 도장 다 큰애한테 넘겼어. 이 전화도 오늘이 마지막이겠네.",
    "아들 미국 간다 카대. 내 반지는 며느리 주고 시계는 손주 줬다. 인자 나는 마 됐다.",
]

PASSIVE = [
    # ko_train_dev_short_crisis6 (dsc6_065) and a twin: "-면 하는 거지" is the wish's own construction, not a saying
    "상담사: 죽고 싶다는 생각은 어떠세요? / 어르신: 그냥… 자다가 갔으면 하는 거지, 뭘 하려는 건 아니에요.",
    "그냥 자다가 갔으면 하는 거지 뭐",
    # ko_train_dev_short_crisis4 (dsc4_029)'s wish in the dialects' 헌티, and its twin in 한티
    "인자 빨리 영감한티 가고 싶어",
    # "나 같은 거" gone, and the dialects' 읎어지 (the ideation gate's going cue)
    "나 같은 거 읎어지믄 다들 편할 것인디",
    "나 같은 거 없어지면 애들이 편하지",
    # ko_train_dev_short_crisis4 (dsc4_029): that wish in talk of not eating and lying down for three days
    DSC4_029,
    # a wish said beside the precaution or the move is still a wish
    "손주들 만질까 봐 약은 높은 데 뒀어. 나는 그냥 자다가 갔으면 좋겠어.",
    "다음 달에 요양원 들어가요. 살림은 다 정리했어요. 거기 가느니 그냥 죽었으면 좋겠어요.",
]

EVERYDAY = [
    # ko_train_a, c, d (the training sets' false criticals) and twins: kept from children or animals, warned against
    ("번개탄 가지고 장난치면 안 된다고 손주 혼냈어.", "moderate"),
    ("안전 교육에서 그러대, 연탄 피우고 문 닫아 두면 큰일 난다고. 그래서 우린 환기 잘 해.", "moderate"),
    ("음 그 뭐냐 우리 개가 농약 먹을까 봐 창고 문 꼭 잠가놨어", "moderate"),
    ("경운기창고에있는그 농약 말이여 뚜껑꽉닫아서높은 데올려놨어 손주들오면 만질까 봐", "moderate"),
    ("제초제는 애들이 만질까 봐 창고 선반 맨 위에 올려 뒀어", "moderate"),
    ("번개탄을 방에 두면 위험하다고 며느리가 다 치워 갔어", "high"),  # (a means in a room: a review, never a crisis)
    # ko_train_j and a twin: the fire dying down
    ("연탄불이 죽어가 새벽에 일어나 갈았소 추워서", "moderate"),
    ("숯불이 죽어서 부채질 좀 했지 고기가 안 익어서", "moderate"),
    # ko_train_e and a twin: a rope for the harvest to dry
    ("고추 말릴라고 줄 사다 놨어. 햇볕이 좋아부러.", "moderate"),
    ("메주 매달라고 끈 사다 놨어 이번 주에 쑬 거야", "moderate"),
    # the last review's find and a twin: food eaten all at once
    ("남은 반찬 한꺼번에 다 먹어버리면 되겠다", "moderate"),
    ("떡을 한꺼번에 다 먹었더니 체했나 봐", "moderate"),
    # ko_train_a and a twin: the way to a place
    ("휴대폰으로 제일 편하게 가는 길 검색했지, 서울 병원 가는 버스 말이야.", "moderate"),
    ("딸네 집 편하게 가는 길 찾아봤어 지하철 한 번만 갈아타면 돼", "moderate"),
    # ko_train_i and a twin: a visit's date set beside a worry's "죽겠다"
    ("우리 손자 군대 간다 카니 걱정돼 죽겠다 캐도 지는 씩씩하더라 면회 갈라꼬 날 잡았다", "moderate"),
    # ko_train_k and a twin: a move into a retirement or care home
    ("얘들아 엄마 이번달 말에 실버타운 들어간다 가구는 다 정리했고 마지막으로 이 집에서 밥 한끼 같이 먹자", "moderate"),
    ("다음 달에 양로원 들어가서 살림은 다 정리했고 마지막으로 경로당 사람들한테 떡 돌렸어요.", "moderate"),
    # ko_train_c and a twin: a past told as healed
    ("이제 안 그려 그땐 약 모아놓고 그랬는디 상담 받고 나서 싹 나았어 요샌 잘 자", "moderate"),
    ("그땐 수면제 모아 놓고 그랬는데 치료받고 싹 나았어. 지금은 잘 지내요.", "moderate"),
    # going to the father at the hospital or in the field, in the same dialect
    ("오늘 저녁에 느그 아부지헌티 가야제 병원에서 기다린다", "moderate"),
    ("아부지헌티 가야제 밭에 새참 갖다 주러", "moderate"),
    # twins: a load gone, someone needed at work
    ("짐이 없어지면 편하겠다", "moderate"),
    ("나 같은 사람이 없어지면 회사가 안 돌아가", "moderate"),
    # someone else's wish reported ("-면 하더라") stays theirs
    ("우리 영감이 자다가 갔으면 하더라", "moderate"),
]

NO_IDEATION = [text for text, _ in EVERYDAY]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test(NO_IDEATION)


def test_the_dialect_wish_alone_goes_to_a_person(analyzer: Any) -> None:
    """The wish in 헌티 with nothing else said: the model scores it in its review band, and the gate now reads the
    dialect's 한테, so a person looks (before d38: low, no review)."""
    text = "얼른 느그 아부지헌티 가야제"
    result = apply_safety_floor(analyzer.assess(text), text)
    assert result.risk_level.value in ("high", "critical"), result.risk_level
    assert result.needs_review


def test_the_dialect_wish_in_low_mood_is_critical(analyzer: Any) -> None:
    """SCREENING.md: a passive wish (SI 1) with depression >= 2 is critical (before d38: moderate)."""
    assert analyzer.label(DSC4_029)["risk"] == "critical"


# the precaution's review: a fear of taking it oneself ("아이고", not a child), a warning against taking it with the
# taking told, a count ("몇 개") are no precaution; the crisis rows keep their hit (the floor, not only the model)
TAKEN_DESPITE_A_WARNING = [
    "아이고 내가 그 수면제를 한꺼번에 다 먹을까 봐 겁나",
    "의사가 수면제 한꺼번에 먹으면 안 된다 캤는데 오늘 한꺼번에 다 먹었다",
    "농약 마시면 큰일 난다는데 어제 반 병 마셨어",
]


# the second review: the way to a place never excuses dying said ("어떻게 죽을지 … 버스"); the harvest is a rope's chore
# only with its hanging or drying said; food excuses "all at once" only with no pill or poison named before it
STILL_CRISIS_ROWS = [
    ("어떻게 죽을지 생각해 봤어 버스 오는 데서", "method_search"),
    ("조용히 죽는 길 찾아봤어 지하철 타고 가서", "method_search"),
    ("고추 농사 다 망하고 줄 사다 놨어", "means_hanging"),
    ("약이랑 밥이랑 한꺼번에 다 먹었어", "means_pills"),
]


@pytest.mark.parametrize(("text", "code"), STILL_CRISIS_ROWS)
def test_everyday_readings_excuse_no_crisis_said(text: str, code: str) -> None:
    assert code in {hit.code for hit in scan(text)}, scan(text)


@pytest.mark.parametrize("text", ["말릴 사람도 없고 끈 사다 놨어", "고추 농사 다 망하고 끈 사다 놨어"])
def test_a_rope_with_no_chore_said_stays_a_cue(text: str) -> None:
    """The gate's rope cue: "말릴" is also stopping someone, and the harvest named is no chore until it is hung."""
    assert has_death_cue(text)


@pytest.mark.parametrize("text", TAKEN_DESPITE_A_WARNING)
def test_a_warning_against_taking_it_excuses_no_means(text: str) -> None:
    assert any(hit.kind is PatternKind.ACTIVE for hit in scan(text)), scan(text)
