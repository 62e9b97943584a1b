"""d26c (docs/clinical-rules.md, "d26c"): round 31's blind_short44 (country and island phone calls in dialect),
blind_short45 (practical errands) and blind_long37 (summer calls in city flats), read after their first figures, as
mechanisms with their everyday twins.

Crises: never coming back said with the one left behind entrusted ("돌아올 생각 없으니 우리 할멈 좀 들여다봐 주우");
whether a life insurance pays out on a suicide, asked; a one-way ticket to the sea where the husband's ashes went; one's
own name given for the 49재; a room's gaps to be taped after the charcoal was named; savings cashed into a child's
account with a goodbye (the bank named is no everyday reason then); "이대로 아침에 안 깼으면" in a long call whose
"예약 있으시죠" had been read as pills kept. Everyday: a bachelor's death in the news; a goodbye with next week's visit;
a prescription's leftovers asked about; tape for a draught; one's name on a form.
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test

CRISES = [
    "친구: 낼 배 띄우나? 영감: 띄우지 혼자 나갈 거래요 기름은 가는 만큼만 넣었소 "
    "돌아올 생각 없으니 우리 할멈 좀 들여다봐 주우",
    "설계사님 사망보험금 자살도 나오는거 맞죠? 가입한지 3년 넘었어요. 애들 빚이라도 갚아주고 가야지",
    "선생님 저 내일 첫차로 고향 바닷가 가요ㅎ 표는 편도로만 끊었어요. 우리 영감 뿌린 그 바다로 나도 들어갈라구요.",
    "보살님: 49재는 돌아가신 분 성함을 여기 쓰시면 돼요. 할머니: 내 이름 쓰세요. 돈은 미리 냈어요. 더 살 재미도 없고.",
    "사장: 번개탄이요? 캠핑 가시나 봐요. 할아버지: 아니, 하나면 돼. 그 넓은 테이프도 줘, 문틈 막게.",
    "은행가서 적금 다 깨서 니 통장으로 넣었다. 도장이랑 집 서류는 장롱 둘째 서랍. "
    "엄마 찾지 말고 동생이랑 싸우지 말고 잘 살아라",
]

EVERYDAY = [
    ("언니 뉴스 봤어라? 옆 동네 총각이 농약 먹고 그리 됐다네. 불쌍해서 어째. 오늘은 괜찮어", "low"),
    ("잘 있어라잉 마지막으로 한번 더 말허는디 김치통 꼭 돌려 보내고 음 담주에 또 올라 올랑께", "low"),
    (
        "약사 선상 이거 수면 재 한 달 치 맞제 의사가 반 알씩만 묵으라 했는디 남으믄 어째야 쓰까 그냥 버려도 되는가",
        "low",
    ),
    ("테이프 좀 줘 문틈 막게 외풍이 심해서", "low"),
    ("신청서에 내 이름 쓰세요? 경로당 등록이요", "low"),
    ("이번엔 안 돌아올 거야 딸네 가서 살기로 했어. 할멈 좀 들여다봐 줘", "low"),
    ("보험금은 자살이면 안 나온다고 뉴스에서 그러더라", "low"),
    ("다음 주에 안과 예약 있으시죠? 네 아들이 데려다준대요", "low"),
]

test_crises_are_critical, _, test_everyday_twins = mechanism_tests(CRISES, [], EVERYDAY)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])
