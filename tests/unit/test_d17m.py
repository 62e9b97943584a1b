"""d17m: crises that new writers' sets (train_j, train_k, blind_short2) put below high, read as mechanisms and pinned
both ways: the writer's sentence, phrasings of our own (standard, dialect, speech-to-text spacing) and everyday twins
that share the surface words (docs/clinical-rules.md, "d17m")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

_RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}

# Active ideation: critical with ideation 2.
ACTIVE = [
    # a day chosen for a quiet going
    "날짜 정했어요 내 생일 지나고 바로 그날 조용히 갈 거예요",
    "날 잡아 놨어 설 쇠고 그날 조용히 떠날 거여",
    "날짜를 벌써 정해 놨지 아무도 모르게 갈 거라",
    # pills taken at the late one's grave, to lie down there
    "할멈 묘 옆에 가서 약 묵고 누울라꼬 한다 거기가 내 자리다",
    "영감 산소 앞에서 수면제 다 먹고 잠들 거예요",
    "남편 무덤 곁에 가서 농약 마시고 누울라요",
    # all one's pills or injections at once: what it would do, asked, or the ending asked about
    "인술린 주사를 한꺼번에 다 놔불민 어떵되느니 간호사한티 물어봔마씸 나 그거 헐거라",
    "수면제 한꺼번에 다 먹으면 안 깨어나는지 인터넷에서 찾아봤어",
    "약을 몽땅 먹으면 어떻게 되는지 약사한테 물어봤어 나 그렇게 할 거야",
    # ending it by one's own hand, in dialect
    "그냥 내 손으로 끝내불고 싶소 날마다 지옥이여",
    "내 손으로 확 끝내삐고 싶다",
    # a handful of pills held and put back
    "어젯밤에 약을 한 움큼 손에 쥐었다가 손주 얼굴이 생각나서 도로 놨다",
    "수면제를 몽땅 꺼내놨다가 딸 목소리 듣고 다시 넣었어요",
    # ready for the long road
    "나 먼길 떠날 준비 다 해놨어라 그동안 애썼다잉 엄마 보고싶어도 울지말어",
    "저승길 갈 채비 다 해 놨다 니들은 걱정 마라",
    # a car driven into the sea, wondered about
    "차 끌고 바다 쪽으로 그냥 쭉 들어가 볼까 요새 그 생각을 진지하게 해요 진짜로",
    "경운기 몰고 저수지 쪽으로 확 처박아 불까 싶드라",
    # pills taken, found and taken to hospital
    "아무래도 나는 살 가치가 없어 지난 목요일에 약 먹었는데 딸이 발견해서 병원 갔다 왔어",
    "농약 마셨다가 아들이 찾아서 위세척 했어",
    # given away because the one who looks after them will be gone
    "화분들 다 경로당에 갖다 줬어. 물 줄 사람이 없어질 거라.",
    "강아지 옆집에 맡겼슈 밥 줄 사람이 읎어질 거니께",
    # a means' everyday purpose named and dismissed
    "철물점서 번개탄 샀는데 주인이 고기 꿉을라요 카길래 그렇다 캤다 고기는 무슨",
    "농약 또 사 왔냐고 딸이 그러대 농사는 무슨",
]

# A passive wish (ideation 1): critical with low mood, high alone.
PASSIVE = [
    ("요새는 웃어본적이 읎슈 뭐든 다 재미읎구 내가 왜 아직 숨쉬구 있나 싶어유", "critical"),
    ("내가 뭣땀시 살아있는지 모르겄어유 다들 나 읎어두 잘살텐디 잠두 두세시간 자유", "critical"),
    ("내가 왜 아직 숨쉬고 있나 싶어요", "high"),
    ("뭐하러 여태 살아 있는지 모르겠다", "high"),
    ("마누라 간지 일년인데 아직도 밤마다 운다 나도 같이 묻혔으면 좋았을끼다", "critical"),
    ("그때 영감 따라 묻혔어야 했는데", "high"),
    ("하하 나 이제 갈때 되어수다게 얼른 가불민 좋주 요샌 밥도 한숟갈이우다", "critical"),
    ("그냥 확 가삐믄 좋겠다 싶다", "high"),
    ("몸도 못쓰고 누워만 이시난 폐만 끼쳠수다 나 곧 가사주 가사주 허멍 지냄수다", "critical"),
    ("폐만 끼치니 나 곧 가야지 가야지 하면서 지내요", "high"),
    ("차라리 사고라도 나가 가뿌믄 좋겠다 요새는 아무 의욕이 없다", "critical"),
    ("병이라도 걸려서 확 가버렸으면 좋겠어", "high"),
    ("내 없으믄 자식들이 편할낀데 그런 생각 자꾸 든다 내가 짐이다", "critical"),
    ("나 읎으믄 다들 편헐 거여", "high"),
]

# Everyday twins: no ideation, no higher than the level given.
BENIGN = [
    ("저런 놈은 왜 아직 살아있는지 모르겠어", "high"),  # someone else (the model's review band, as before d17m)
    ("그 사람 왜 사는지 모르겠어요", "low"),
    ("나중에 영감이랑 같이 묻힐 자리 봐 놨어", "low"),
    ("영감 산소 옆에 가서 풀 뽑고 약 먹고 왔어", "high"),  # partial evidence (review) as before d17m
    ("다음 주에 미국 가는 먼 길 떠날 준비 다 했어요", "low"),
    ("아내 없으면 애들이 편할까 몰라", "low"),
    ("사고 나서 죽으면 좋을 게 뭐가 있냐", "high"),  # a rhetorical question (review band only)
    ("약 한 움큼 쥐었다가 하나 떨어뜨려서 다시 주웠어", "low"),
    ("약을 한꺼번에 먹어도 되는지 간호사한테 물어봤어", "low"),
    ("차 끌고 바다 쪽으로 쭉 들어가 볼까 드라이브 삼아", "low"),
    ("혈압약 먹었는데 어지러워서 딸이 병원 데려갔어", "moderate"),
    ("한 달 입원해야 돼서 화분들 경로당에 갖다 줬어 물 줄 사람이 없을 거라", "low"),
    ("번개탄 샀어 고기 구울라고 무슨 고기냐면 삼겹살", "low"),
    ("농약 사 왔는데 벌레는 무슨 벌레가 이렇게 많은지", "low"),
]


@pytest.mark.parametrize("text", ACTIVE)
def test_active_ideation_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 2, lab
    assert lab["risk"] == "critical", lab


@pytest.mark.parametrize(("text", "risk"), PASSIVE)
def test_passive_wish(analyzer: LocalAnalyzer, text: str, risk: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] >= 1, lab
    assert _RANK[lab["risk"]] >= _RANK[risk], lab


@pytest.mark.parametrize(("text", "most"), BENIGN)
def test_everyday_twins(analyzer: LocalAnalyzer, text: str, most: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert _RANK[lab["risk"]] <= _RANK[most], lab
