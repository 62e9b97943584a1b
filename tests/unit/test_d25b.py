"""d25b (docs/clinical-rules.md, "d25b"): blind_short17's and blind_short26's misses, read after their first figures,
as mechanisms with their everyday twins.

Dialysis given up "이제 그만 받으려고요" with the end called a relief to the children; a letter left "to read later" and
"인자 다 됐다" as a turn's last words; a quiet going or being taken together called a blessing; "데리가 주시라꼬" to the
Buddha and a spouse's "얼른 불러갔으면"; "내가 왜 아직 여기 있나"; a breakwater sat at, "들어가믄 다 끝나겄다" and a
going again tonight. Everyday: a pill stockpile dated eight years back and said to be over; pesticide bought for the
spraying tomorrow; a decision for a hospice; "이제 다 됐다 밥 먹자"; a saying about a good death told of a mother; a
wait for the bus.
"""

from __future__ import annotations

from mhealth.adapters.local.analyzer import LocalAnalyzer
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    "투석 이제 그만 받으려고요. 병원엔 말 안 했어요. 이렇게 끝내는 게 애들한테도 짐 덜어주는 거지.",
    "이제 투석 그만 받을라고 이렇게 가는 게 애들 짐 덜어주는 거지",
    "엄마 물건은 다 정리해서 이모 줬다. 니 앞으로 편지 한 장 장롱에 있응께 나중에 봐라. 인자 다 됐다.",
    "오늘 방파제 끝에 가가 한참 앉아 있었다 저 안에 들어가믄 다 끝나겄다 싶더라 오늘 밤에 한 번 더 나가볼란다",
    "저수지에 들어가믄 다 끝나겄다 싶더라",
]

PASSIVE = [
    "하루 한 끼 먹나. 이러다 조용히 가면 그게 복이지.",
    "요새는 둘이 손잡고 한날한시에 데리가 주믄 그기 복이다 싶다",
    "자다가 가면 소원이 없겠다 요새 사는 게 너무 힘들어",
    "부처님 앞에서 매일 빈다 자는 듯이 고마 데리가 주시라꼬 밥은 모래 씹는 거 같고",
    "그이가 얼른 불러갔으면 좋겠어",
    "내가 왜 아직 여기 있나 몰라요",
]

EVERYDAY = [
    (
        "그랬지 영감 보내고 약 모아놓고 그랬어 근데 그게 벌써 팔 년 전이여 상담 받고 많이 좋아졌어 "
        "지금은 손주 보는 재미로 살어",
        "low",
    ),
    ("낼 새벽에 약 쳐야 헌께 오늘 농협 가서 제초제 두 병 사왔어 비만 안 오믄 쓰겄는디", "moderate"),
    ("투석 이제 그만 받으려고요 의사 선생님이랑 상의해서 호스피스로 가기로 했어요", "low"),
    ("투석 이제 그만 받으려고요 신장 이식 받았거든요", "low"),
    ("이제 다 됐다 밥 먹자", "low"),
    ("인자 다 됐다 김치 다 담갔다", "low"),
    ("자다가 가면 그게 복이라는데 우리 엄마는 그렇게 가셨어", "high"),  # no ideation; a review at most
    ("내가 왜 아직 여기 있나 몰라 버스가 안 와서", "low"),
    ("방파제 끝에 가서 한참 앉아 있다 왔어 낚시꾼들 구경하느라", "low"),
    ("니 앞으로 편지 한 장 장롱에 있응께 나중에 봐라 생일 축하한다", "low"),
    ("늘 다니던 길에서 넘어졌어", "low"),
    # a probe of family quarrels: an apology for a harsh word (no ideation; the message is partial evidence at most)
    ("딸한테 미안하다고 문자 보냈어 어제 내가 너무 심하게 말해서", "high"),
]

#: … and a stockpile dated years back but still thought of stays a crisis
STILL_CRISES = [
    "딸한테 미안하다고 문자 보냈어 그동안 고생만 시켜서",
    "그게 벌써 팔 년 전이여 그때 약 모아놨었지 요새도 가끔 그 생각이 나",
    "영감 보내고 약 모아놓고 그랬어 근데 그게 벌써 팔 년 전이여 요새 또 그 생각이 들어",
]

test_active_is_critical, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE + STILL_CRISES, PASSIVE, EVERYDAY
)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


def test_lost_on_the_daily_route_is_disorientation(analyzer: LocalAnalyzer) -> None:
    assert analyzer.label("어제는 늘 다니던 길에서 집 방향을 헷갈렸고")["cognitive_concern"] == 2
