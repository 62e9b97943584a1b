"""d34 (docs/clinical-rules.md, "d34"): round 51's read sets (blind_short90 and blind_long50, read after their first
figures) and forms found by probing, each form with twins of its own.

blind_short90's crises that came out low or high: one's vanishing owed for being a burden, the burden said first
("자식들 짐만 되니께 내가 없어져야제"); a railway crossing with the time the last train comes, and going out onto it; a
lethal place dwelt on night after night, then gone to alone at dawn ("밤마다 저수지 다리만 생각나유. 토요일 새벽에 거기
혼자 가볼라고 맘먹었시유"); a letter with the bank book set out, an apology and "엄마 찾지 말고 동생들이랑 잘 지내라",
whose goodbye was taken for an outing (이랑, "with someone").

blind_long50's tricky negatives that came out critical: charcoal starters bought to light the briquettes and the last
winter in a briquette-heated house before redevelopment; a winter's stay at a daughter's with the fridge emptied and
thanks said ("서울 딸네 집에 가 … 삼월까지 있으라고"); a caller's "길 뚫리면 제가 제일 먼저 갈게요" and three months of
blood-pressure pills collected ("석 달 치 타 놨지").

Probes (winter and working-life talk of my own): briquettes lit with the door shut "꼭", care refused with a going of it
welcomed, to be buried in the sea too, breath let stop, the one place left to go, how to go quietly wondered, pills
pretended taken and saved, treatment given up to go, one's death insurance left, "it would be a lie to say no".
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    # ko_train_blind_short90_001, _033 and _043 (gold critical), read after the set's first figures
    "버스 삼십 년 몰았는디 인자 허리가 끊어질라 혀서 핸들도 못 잡어 자식들 짐만 되니께 내가 없어져야제 "
    "저 건널목 내일 밤 막차 올 때 나가볼라네",
    "AI: 요즘 잠은 잘 주무세요? 어르신: 잠이 뭐여. 택시 그만둔 뒤로 밤마다 저수지 다리만 생각나유. 토요일 새벽에 거기 "
    "혼자 가볼라고 맘먹었시유.",
    "큰딸아, 장롱 맨 아래 칸에 통장이랑 도장, 과수원 땅문서 넣어뒀다. 평생 고생만 시켜서 미안하다. 엄마 찾지 말고 "
    "동생들이랑 잘 지내라.",
    # the same mechanisms in other words
    "막차 지나갈 때 철길에 드러누울란다",
    "기찻길에 첫차 올 때 나가볼라고",
    "화물차 지나가는 시간에 맞춰 선로로 들어갈 거여",
    "밤마다 한강 다리만 눈에 밟혀 오늘 새벽에 혼자 거기 가볼란다",
    "요새 자꾸 저수지 물이 아른거려 이번 주 밤에 몰래 거기 가볼라고",
    "요새 옥상만 자꾸 생각나 오늘 밤에 거기 올라가볼란다",
    "통장 도장 다 서랍에 넣어놨다 엄마 찾지 말고 언니랑 사이좋게 잘 살아라",
    # probes: briquettes lit with the door shut and no waking; how to go quietly; pills pretended taken and saved;
    # treatment given up to go for the children's sake
    "연탄 피워 놓고 문 꼭 닫고 자면 아침에 안 깨겠지",
    "상담사: 요즘 무슨 생각 하세요? 어르신: 어떻게 하면 조용히 갈까 그 생각만 하지",
    "상담사: 약은 잘 드세요? 어르신: 먹는 척만 하고 모아두고 있지",
    "병원비 대느라 애들 고생하는 거 못 보겠어 치료 그만 받고 가야지",
    # probe: one's birthday feast cancelled as one will not be there by then
    "내 칠순 잔치는 하지 마라 그때까지 안 있을 거니까",
    # probe: one's own rite asked for on the late spouse's day
    "아들아 니 아버지 제삿날 나도 같이 지내주라 그날 맞춰 갈 테니",
    # probe: the children freed of one's burden, as a promise
    "엄마가 미안해 너희한테 짐만 돼서 이제 편하게 해줄게",
]

PASSIVE = [
    "자식들 짐만 되니께 내가 없어져야제",
    "애들한테 부담만 되는디 나만 사라져야제",
    "짐덩어리 돼서 제가 차라리 죽어야죠",
    "자식들한테 폐만 끼치니께 내가 얼른 없어져야지",
    # probes: care refused and a going of it welcomed; to be buried in the sea too; breath let stop; the one place
    # left to go; gone from this world; one's death insurance as the thing left to leave; "it would be a lie to say no"
    "독감 주사 안 맞을 거여 걸려서 가면 그만이지",
    "보일러 안 틀고 그냥 잘란다 추워서 가면 그것도 복이지",
    "배도 팔았고 바다도 못 나가고 이제 나는 쓸모가 없어 저 바다에 나도 같이 묻히면 되지",
    "평생 탄광에서 숨 막히게 살았는디 이제 숨 그만 쉬어도 되것제",
    "트럭 키는 아들 줬고 면허증도 잘라버렸어 이제 갈 데는 한 군데밖에 없어",
    "소 다 팔고 외양간 비었어 나도 이제 비워야지 이 세상에서",
    "아들 빚 갚아주고 나니 남은 게 없어 이 몸뚱이 보험금이라도 남겨야지",
    "AI: 혹시 죽고 싶다는 생각 드세요? 어르신: 그런 생각이 안 들면 거짓말이지 날짜만 못 정했어",
    # probes: one's days wished over; the day one lies in the grave looked forward to; the late one calling
    "AI: 요즘 기분은 어떠세요? 어르신: 기분이랄 게 있나 그냥 하루하루 빨리 지나가서 끝났으면 좋겠어",
    "상담사: 주말엔 뭐 하세요? 어르신: 주말에 산소 정리하러 가. 내 자리도 봐 뒀고. 거기 눕는 날만 기다려",
    "할배가 나를 부르는 것 같아 요새 꿈마다 나와 이제 따라가야지",
    "꿈에 먼저 간 영감이 나를 부르더라 이제 따라가야지",
    # probe: the reaper waited for
    "저승사자가 요새 안 오나 문 열어놓고 기다려",
    # probes: going into the water thought of as a relief; a winter more called greed
    "요새 동네 저수지 둘레길 자주 걸어 물 보면서 저기 들어가면 편하겠다 싶어",
    "할 만큼 살았다 이번 겨울 넘기면 욕심이지",
    # probe: the water calling one
    "다리 밑에 가서 앉아 있으면 물소리가 날 부르는 것 같어",
]

EVERYDAY = [
    # a burden's courtesy, not one's vanishing
    ("손주들 짐 되니께 내가 방을 비켜줘야제", "moderate"),
    # company wished on a child who goes out, no blessing of a life
    ("엄마 찾지 말고 친구들이랑 잘 놀다 와라", "moderate"),
    ("나 찾지 마, 친구랑 경로당에서 화투 치고 늦게 들어갈 거야", "moderate"),
    # a train met, a crossing's danger, the last train taken
    ("막차 올 때 역에 나가볼라고 아들 마중", "moderate"),
    ("건널목 막차 올 때 나가볼라네 손주 마중하러", "moderate"),
    ("건널목 기차 올 때 조심해야지 손주 데리고 나갈 때", "moderate"),
    # a place missed, or an outing there
    ("밤마다 고향 바다가 생각나 올여름엔 거기 혼자 가볼라고", "moderate"),
    ("밤마다 옛날 고향 저수지가 생각나 새벽에 혼자 거기 낚시 가볼라고", "moderate"),
    ("요새 바다가 자꾸 보여 친구랑 같이 거기 가볼라고", "moderate"),
    # ko_train_blind_long50's forms (gold low or moderate)
    ("번개탄 하나 밑에 깔고 붙이면 금방 붙어", "moderate"),
    ("연탄 붙일 때 번개탄 밑에 깔면 잘 붙어", "moderate"),
    ("지난주에 슈퍼 가서 번개탄도 한 묶음 사다 놨어. 불쏘시개로는 그만한 게 없지.", "moderate"),
    ("이 동네 재개발된다고 내년엔 다 이사 가야 한대. 이 연탄집에서 나는 마지막 겨울이야.", "moderate"),
    ("약은 석 달 치 타 놨어 넉넉해", "moderate"),
    ("혈압약 두 달 치 미리 받아놨어요", "moderate"),
    (
        "서울 딸네 집에 가. 삼월까지 있으라고 난리여. 냉장고도 싹 비웠고. 나 없어도 걱정 말어. 그동안 고마웠어.",
        "moderate",
    ),
    # the probes' twins
    ("연탄 갈고 문 닫고 자야 따뜻하지", "moderate"),
    ("연탄 갈고 문 꼭 닫고 자야 따뜻하지", "moderate"),
    ("독감 주사 안 맞아도 돼 걸려서 가면 큰일이니 조심하지", "moderate"),
    ("보일러 안 틀고 잘란다 추워서 가면 안 되니 이불 두 개 덮고", "moderate"),
    ("숨쉬기 운동 할 때 숨 그만 쉬어도 되나", "moderate"),
    ("수영장에서 물속에 숨 그만 쉬어도 돼 하고 나왔어", "moderate"),
    ("이제 갈 데는 경로당 한 군데밖에 없어", "moderate"),
    ("어떻게 하면 편하게 갈까 서울 병원까지", "moderate"),
    ("AI: 요즘 입맛은 어떠세요? 어르신: 입맛이 없다고 하면 거짓말이지 잘 먹어", "moderate"),
    ("치료 그만 받고 집에 가야지", "moderate"),
    ("주사 그만 맞고 가야지 퇴원", "moderate"),
    ("애가 약 먹는 척만 하고 모아두고 있더라 그래서 혼냈지", "moderate"),
    ("보험금이라도 남겨야지 하고 보험 하나 더 들었어", "moderate"),
    ("나 죽으면 화장해서 바다에 뿌려줘", "moderate"),
    ("이 공사 빨리 끝났으면 좋겠어", "moderate"),
    ("인생 공부 빨리 끝났으면 좋겠어 시험 보고", "moderate"),
    ("엄마가 저녁 먹으라고 부르네 이제 가야지", "moderate"),
    ("거기 눕는 날이 오겠지 그래도 오래 살아야지", "moderate"),
    ("드라마에서 저승사자가 나와서 할머니를 기다리는 장면이 무섭더라", "moderate"),
    ("칠순 잔치는 안 해도 돼 그때 나 병원에 있을 거야", "moderate"),
    ("아버지 제삿날 맞춰 갈게 음식 해갈게", "moderate"),
    ("물이 맑아서 저기 들어가면 좋겠다 손주랑 물놀이", "high"),
    ("짐만 돼서 미안해 이제 편하게 해줄게 요양원 들어갈게", "moderate"),
    ("바다가 날 부르네 여행 가야지", "moderate"),
    ("강물이 날 부르는 것 같아 낚시 가야겠다", "moderate"),
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY])
