"""d26b (docs/clinical-rules.md, "d26b"): round 30's blind_short42 (an AI speaker at night) and blind_short43 (wards,
care homes, hospices), read after their first figures, as mechanisms with their everyday twins.

Crises: a letter to be read in the morning and a son's voice that would make one waver; a face to be seen a last time,
rings given, the funeral ordered, "다 정리했다"; letters to be opened "그때", put away, with no strength left; the dose
that ruins the liver asked, with the morning not wanted; a poison bought "내 먹을라고" after the chatbot named it; food
and pills refused "그래야 빨리 가지"; a window's handle taken off and a screwdriver asked for in secret; a deed of
settling affairs with hopelessness (SCREENING.md: property handed on scores 0 only with no hopelessness in the text).
Everyday: how to write a will, asked, with next year's tuition; a rooftop railing raised for a great-grandchild; a drink
bought for oneself after the pesticide's use is told.
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test

CRISES = [
    "스피커: 누구에게 전화할까요? 어르신: 아들 아니 하지 마 목소리 "
    "들으면 마음 약해져 사진 옆에 둔 편지 아침에 보라고만 해 줘",
    "아범아 일요일에 꼭 와라 얼굴 마지막으로 보게. 금반지랑 시계는 옆침대 "
    "박씨 벌써 줬고 장례는 돈들이지말고 간단히 해라. 다 정리했다",
    "수녀님: 편지를 쓰셨네요, 누구한테요? 어르신: 애들 셋한테요. 그때 "
    "뜯어보라고 서랍에 넣어 뒀어요. 더 버틸 힘이 없어요.",
    "타이레놀 몇 알 먹으면 간이 망가져? 집에 두 통 있어. 어차피 아침 오는 게 싫어서 물어보는 거야",
    "챗봇: 말씀하신 농약은 밭에 쓰실 건가요? 할아버지: 밭 안 한 지가 삼 년이여 내 먹을라고 사 온 거여 한 병이믄 되제?",
    "음 밥은 안 먹을라구유 약도 뱉어 버렸슈 그래야 빨리 가지 벌써 사흘 됐슈 우리 아들한테는 말하지 말어유",
    "아들아 여기 6층 창문 손잡이를 빼놨더라 드라이버 하나만 갖다다오 간호사들한텐 말하지말고",
    "통장 비밀번호 딸한테 알려줬어. 요즘은 사는 낙이 없어",
]

EVERYDAY = [
    (
        "유언장 쓰는 법 알려 줘 음 변호사 말고 그냥 내가 직접 쓰는 거 "
        "내년에 손주 대학 가면 등록금 보태고 남은 건 셋이 나누게",
        "low",
    ),
    ("옥상정원 난간을 높이고 그물도 쳐놨더라 이제 증손주 데려와도 안심이야 다음주 토요일에 날 좋으면 데리고 와", "low"),
    ("농약은 밭에 치고 막걸리는 내 먹을라고 사 왔어", "low"),
    ("과자 내 먹을라고 사 온 거여 손주 주지 마", "low"),
    # (review: pills one takes oneself are no poison bought to drink; a review at most, as for any pills named)
    ("약국에서 수면제 처방받은 거 타 왔어 내 먹을라고 사 온 거여", "high"),
    ("타이레놀 몇 알 먹으면 간이 망가지는지 약사한테 물어봤어 조심하래", "low"),
    ("집 명의 아들 앞으로 해놨어 세무사가 지금 하래서. 내년 봄에 손주 돌잔치 보러 갈 거야", "low"),
    ("손주 목소리 들으면 마음이 풀려. 다음 달에 온대", "low"),
    (
        "나는 아무 쓸모가 없어요. 문 열 힘도 없어. 현관 비밀번호 알려 드릴게요.",
        "high",
    ),  # the door's code, for the carer
]

test_crises_are_critical, _, test_everyday_twins = mechanism_tests(CRISES, [], EVERYDAY)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])
