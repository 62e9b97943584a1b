"""d25c (docs/clinical-rules.md, "d25c"): blind_short34's and blind_short35's misses (the bereaved; villages after a
disaster), read after their first figures, as mechanisms with their everyday twins.

Oneself burnt with the fuel named; swept away at a bridge in the next flood; a cord bought for the hundredth day after a
wife's death; asked to be called to a dead son, or why the dead husband did not take one too (one's own words told);
Jeju's "자당 그냥 가불민 좋으켜"; one's own memorial tablet paid for ahead, kept from the monk, a day to go to the
husband. Everyday: the late one's grave tended and portrait taken down, a late sister's clothes given to neighbours,
sleeping pills sought and a psychiatrist booked, kerosene and a flood in their everyday talk.
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    "남은 건 석유 한 통이여. 그걸로 나까지 마저 태우면 깨끗하지.",
    "휘발유 한 통 사다 놨다 내 몸에 확 끼얹어 버릴라고",
    "다음에 비 오면 물 불은 그 다리 가서 설 거다. 그때 같이 떠내려가면 그만이지.",
    "사실 어제 철물점서 끈 사 왔어. 마누라 백일 되는 날 쓸라고.",
    "수면제 모아놨어 영감 기일에 먹을라고",
    "절에 제 위패도 같이 올려달라고 보시금 미리 냈어요. 스님껜 말 안 했어요. 올해 동짓날 남편한테 가려고요.",
]

PASSIVE = [
    "아들 곁으로 빨리 불러 달라고요. 다른 건 아무 낙이 없고",
    "꿈에 남편이 자꾸 나와요. 그때 나도 같이 데려가지 그랬냐고 한마디 했어요.",
    "나 혼자 무신 재미로 살코. 자당 그냥 가불민 좋으켜.",
]

EVERYDAY = [
    ("석유 한 통 사다 놨어 보일러 기름 떨어져서", "low"),
    ("석유 난로에 기름 붓다가 옷에 튀었어 큰일 날 뻔했어", "low"),
    ("다리 밑에 물이 불어서 소가 떠내려갈 뻔했어", "low"),
    ("홍수 나서 비닐하우스가 다 떠내려가면 끝이지 뭐 보험 들어놨어", "moderate"),
    ("끈 사 왔어 영감 기일에 제사상 병풍 묶을라고", "high"),  # no ideation; a review at most
    ("엄마가 나도 같이 데려가지 그랬냐고 한마디 했어요", "low"),
    ("마누라 산소에 국화 심어놨어. 가을 되면 피겠지. 그거 보러 자주 갈 거야.", "low"),
    ("다 버려도 돼. 마누라 영정도 이제 내려야지.", "low"),
    ("언니 보내고 언니 옷이랑 가방을 이웃들한테 다 나눠줬어요. 다음 달엔 언니 동네 계 모임도 나가요.", "low"),
    ("딸 보내고 몇 달째 잠을 못 자서 약국에 수면제 달라 했더니 병원 가라대 그래서 다음 주 정신과 예약했어", "moderate"),
]

test_active_is_critical, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests(ACTIVE, PASSIVE, EVERYDAY)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])
