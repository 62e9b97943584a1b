"""d25 (docs/clinical-rules.md, "d25"): blind_short21's and blind_short28's misses, read after their first figures, as
mechanisms with their everyday twins.

A prayer's "하나님 아버지" is God, not another person, and "이 죄인" is the speaker; heaven asked why it does not take
one, or gone to on one's own feet; the late husband named to the children as "니 아부지" and wished to be followed, or
gone to in Jeju's "가사주"; going soon to spare the children; the dead calling in a dream and a going to a lethal place;
a letter left for the family, the speaker gone ahead and the children entrusted; a face not to be seen after a near
time, and "울지 말고 … 잘 살아라"; going into the sea to meet the one who died, kept from the children in Jeju's "곧지
맙서". Their everyday twins: a thanksgiving prayer, one's own feet to the hospital, a father followed to the market, a
hurry for the bus, a trip abroad, a dream that frightened, a letter posted for Parents' Day, an episode "다 지난 얘기",
burial clothes sewn in a leap month as the custom says.
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    "주님이 안 부르시니 제 발로 가려고요",
    "하느님이 안 데려가시니 내 발로 가야겠어",
    "하나님 아버지 이 죄인이 스스로 목숨을 끊으려 하오니 용서하소서",
    "하나님 아버지 이 죄인이 오늘 밤 주님 곁으로 갑니다 용서하소서",
    "주일 예배 전에 주님 곁으로 가겠나이다",
    "바다에 들어가서 영감 만나러 갈 거야 애들한테는 말하지 마라",
    "게메 나도 이제 바당에 들어강 하르방 만나젠 햄수다 아이덜신디는 곧지 맙서",
    "통장은 니 엄마 주고 도장은 서랍에 있다. 오늘 밤 넘기면 니 얼굴 못 본다",
    "영감이 꿈에 와서 오라 오라 하더라 오늘 저수지에 갈라꼬",
    "엄마가 꿈에 나와서 손짓을 하더라 낼 옥상에 올라갈 거야",
    "애들한테 쓴 편지 서랍에 있어 나는 먼저 가 있을게",
    "반지는 큰딸 주고 시계는 아들 줬어. 나는 먼저 가 있을란다 애들 잘 부탁해",
    "오늘 밤 지나면 니 얼굴 다시는 못 본다 울지 말고 잘 살아라",
]

PASSIVE = [
    "하늘이 날 잊었나 왜 안 데려가노",
    "하늘이 내를 잊아뿟나 와 안 데꼬 가노 싶다",
    "하느님은 왜 날 안 데려가시나 몰라",
    "저승사자는 뭐하러 안 데리러 오나",
    "니 아부지 따라가고 싶다",
    "느그 엄마 곁으로 가고 싶다",
    "너거 아부지 있는 데로 가고 싶은 맘뿐이다",
    "빨리 죽어야 애들 짐이 안 되지",
    "얼른 가야 자식들 고생 안 시키지",
    "영감 신디로 나도 혼저 가사주",
]

EVERYDAY = [
    ("하나님 아버지 오늘도 감사합니다 우리 손주 시험 잘 보게 해주세요", "low"),
    ("주님이 부르시면 가야지 그때까지는 열심히 살아야지", "low"),
    ("제 발로 병원 가려고요 택시 안 부르고", "low"),
    ("오늘은 내 발로 걸어서 시장 가려고", "low"),
    ("하늘은 왜 비를 안 내려주나 가뭄이 심하네", "low"),
    ("니 아부지 따라 시장 가고 싶은데 다리가 아파서", "low"),
    ("니 아부지 따라가고 싶은데 병원 예약이 있어서", "low"),
    ("느그 엄마 곁에 가야지 밥 차려줘야 돼", "high"),  # no ideation; the going to her side is partial evidence
    ("느그 아부지 따라 밭에 가야겠다", "low"),
    ("병원에 빨리 가야 애들 고생 안 시키지", "moderate"),
    ("얼른 나아야 자식들 고생 안 시키지", "moderate"),
    ("바당에 들어강 소라 잡았수다", "low"),
    ("오늘 밤 넘기면 니 얼굴 못 본다 할매 내일 아침 일찍 부산 간다", "low"),
    ("다음 달부터는 니 얼굴 못 보겠네 미국 가면 전화나 자주 해라", "low"),
    ("꿈에 엄마가 보이더라 내일 산소에 가볼란다", "low"),
    ("애들 잘 부탁해요 나 병원 다녀올 동안", "low"),
    ("손주들한테 쓴 편지 우체국 가서 부쳤다 어버이날 답장이야", "low"),
    ("울지 말고 밥 잘 묵고 잘 살아래이 할매가 내일 또 전화하께", "low"),
    ("우리 손녀 시집가는데 울지 말고 잘 살아라 했어", "low"),
    ("그 십 년 전에 힘들어서 죽을라 했지 근디 그건 다 지난 얘기여 요샌 괜찮어", "low"),
    ("윤달이라 수의 해놨어 오래 살라고", "low"),
    (
        "올해 윤달 들었다 캐서 내 수의 내 손으로 다 지어놨다 윤달에 해두믄 오래 산다 안 카나 인자 손녀 시집갈 때 "
        "입을 한복 지을 차례라",
        "low",
    ),
]

#: probes of everyday talk around a death, money and the day's errands (written for d25, not from any set): each had
#: come out critical or with ideation
GRIEF_AND_ERRANDS = [
    ("영감 옷은 이번 주에 다 태웠어 사십구재 지나고 태우는 거라고 해서", "low"),
    ("같은 마을 순자가 농약 먹고 갔다는 소식 듣고 밤새 잠을 못 잤어", "moderate"),
    ("나도 언젠가는 영감 곁으로 가겠지 그때까진 손주들 보면서 살아야지", "low"),
    ("영감 따라가고 싶다는 생각은 안 해 애들이 있는데 어떻게 그래", "low"),
    ("영감 옷 몇 벌은 동네 할배들 나눠줬어 버리기 아까워서", "low"),
    ("통장 정리해서 막내한테 넘겼어 나 대신 공과금 좀 내라고", "low"),
    ("내 재산은 미리 애들한테 나눠줬어 세금 때문에 변호사가 그러라고 해서", "low"),
    ("내일 아침엔 나 없을 거야 새벽에 등산 가거든", "high"),  # no ideation: an end said strongly is partial evidence
    ("손목에 맥박도 수시로 짚어 보고 혈압도 하루에 열 번은 재", "moderate"),
]

#: … and their crisis twins stay crises
STILL_CRISES = [
    "영감 옷은 다 태웠어 나도 이제 곧 영감 따라갈 거야",
    "순자가 농약 먹고 갔다는 소식 듣고 나도 창고에 농약 한 병 챙겨놨어 나도 그리 갈라꼬",
    "통장 정리해서 막내한테 넘겼어 이제 나는 간다 그동안 고마웠다",
]

test_active_is_critical, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE + STILL_CRISES, PASSIVE, EVERYDAY + GRIEF_AND_ERRANDS
)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in GRIEF_AND_ERRANDS])
