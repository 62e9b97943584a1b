"""d42 (docs/clinical-rules.md, "d42"): four new writers' short crisis talk of elderly speakers
(tests/eval/ko_train_dev_short_crisis8-11; the brief is tests/eval/blind/crisis_brief.md), measured before anyone read
them; crisis8 and crisis9 were then read, crisis10 and crisis11 were not (held out, with crisis7). Passive wishes in
forms no row knew, preparations, staged accidents, a purpose denied, and three mechanisms that had dropped crises: the
set turned on for company read as a story's medium ("티비만 틀어놓고 … 조용히 갔으면"), a goodbye's "don't" read as
a saying ("짖지 말고"), and an adjective's own ending not allowed before a bare wish ("지긋지긋 그냥 다 끝났으면").
Each with everyday twins in the same words that must not be raised.
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test, row_tests

ACTIVE = [
    # thoughts of it held back, and giving way
    "이 나이에 자살하면 자식들 욕 먹인다고 참았는데 이제는 못 참겠어",
    # the means taken away by the family, a way left all the same
    "딸: 아버지, 진짜 그런 생각 하세요? / 아버지: 그래. 니들이 약이며 끈이며 다 치워놔도 방법은 있다. 걱정 마라",
    # a goodbye to a dog, the speaker named as its grandpa ("-지 말고" is no saying)
    "바둑아 내일부터는 옆집 아지매가 밥 줄끼다 할배 없어도 짖지 말고 잘 있거래이 니 땜에 여태 버텼다",
    # a wrist cut last week
    "손목 그은 거 병원서 꿰매고 왔어요 지난 월요일에요. 또 할 것 같아요",
    # an accident staged for the insurance; gone, the insurance judged best
    "교통사고처럼 보이면 보험이 나온다며. 그래서 새벽에 큰길로 나갈라고",
    "아부지 빚 때문에 니까지 신용불량 될끼다 내만 없으면 보험금 나온다 그기 제일 낫다 아이가",
    # a means or a place, its everyday purpose denied
    "숯 한포대 사다놨어 고기 구울라고 산거 아니야 나 혼자 무슨 고기를 구워 방에 놔뒀지",
    "숯 한 포대 사다 놨어. 고기 구울라고 산 거 아니야",
    "이 집 판 돈 손녀 앞으로 해놓고 한강 다리 거기 한번 가볼라고. 바람 쐬러 가는 거 아니고",
    # a letter to be opened when the speaker is gone; don't look for me, live well; my turn now
    "이 편지는 내가 없을 때 열어 봐라 하고 아들 책상에 두고 나왔어. 지금 버스 종점이야",
    "엄마가 보낸 돈 오백은 주는 거다 마지막 용돈이야. 앞으로 엄마 찾지 말고 잘 살아",
    "내 연금통장 비번 적어서 냉장고에 붙여놨다. 니 아빠 보내고 이젠 내 차례다 ㅎ 잘들 살아라",
    # starving on purpose; decided to be gone; by one's own hand while the mind is clear
    "며느리가 나보고 밥버러지래. 밥 안 먹은 지 나흘째다 이대로 굶어서 가련다",
    "딸이 엄마 때문에 이혼하게 생겼다고 그래서 내가 없어져 주기로 했다",
    "치매 초기란 소리 듣고 니들 고생시킬 생각하니. 정신 멀쩡할 때 내 손으로 정리할란다",
    # whether a fall from there is survived, asked
    "그 다리 높이가 얼마나 돼요? 거기서 떨어지면 살아요?",
    # a tool promised away, the speaker's absence dated as the reason
    "노인정 김씨한테 우리 밭 경운기 주기로 했다. 어차피 내년 봄엔 내가 없을 거니까 잘 쓰라고",
]

PASSIVE = [
    "빚만 남았어. 창피해서 친구도 안 만나고 기운도 없어. 아침에 안 일어나졌으면 좋겠어",
    "내가 쓸모없는 사람 같아. 오래 살까 봐 그게 제일 걱정이야",
    "며느리 눈치 보느라 하루 종일 방에만 있어. 이렇게 사는 거 오래 안 했으면 좋겠어",
    "빚 생각에 잠을 못 자. 이러다 자는데 가면 차라리 복이지",
    "무서워서 잠도 못 자고 우울해. 이 질긴 명이 얼른 다했으면",
    "입맛이 하나도 없어. 이대로 스르륵 가버리면 편하겠다 싶어",
    "기운도 없고 사는 게 지긋지긋 그냥 다 끝났으면",
    "혼자 밥 차려 먹기도 싫고 티비만 틀어놓고 누워 있어요. 이러다 조용히 갔으면 하는 게 소원이에요",
    "사기꾼한테 넘어가서 전 재산 날렸는디 내가 무슨 낯으로 살것소",
    "큰딸이 엄마 땜에 이혼하게 생겼대. 내가 사라지면 다 해결되겠지",
]

EVERYDAY = [
    ("친구가 자살하면 어쩌나 싶어서 참았지 아무 말도 안 했어", "moderate"),
    ("약을 치워놔도 방법은 있지 약국 가서 또 사면 되지 혈압약인데", "low"),
    ("애들이 과자를 숨겨놔도 방법은 있더라 ㅎㅎ", "low"),
    ("무릎이 아파서 아침에 잘 안 일어나져", "moderate"),
    ("오래 살까 봐 연금보험 들어놨지 ㅎㅎ", "low"),
    ("이렇게 사는 거 오래 안 했으면 좋겠어 빨리 이사 가야지 곰팡이 때문에", "moderate"),
    ("숯 한 포대 사다 놨어. 고기 구울라고 산 거 아니고 난로에 쓸라고", "low"),
    ("한강 다리 바람 쐬러 가는 거 아니고 친구 만나러 가", "low"),
    ("옥상에 바람 쐬러 가는 거 아니고 빨래 걷으러 간 거야", "low"),
    ("나 찾지 말고 먼저 밥 먹어", "low"),
    ("친구 가고 이젠 내 차례다 ㅎㅎ 화투 칠 차례", "low"),
    ("배고파서 굶어 죽겠다", "low"),
    ("둘이 얘기해 내가 사라져 줄게 ㅎㅎ", "low"),
    ("짐은 정신 멀쩡할 때 내 손으로 정리할란다", "low"),
    ("김씨한테 경운기 주기로 했다. 내년 봄엔 내가 없을 거니까. 서울 아들네로 이사 가거든", "low"),
    ("김씨한테 경운기 빌려주기로 했다. 내년 봄엔 내가 없을 거니까", "high"),
    ("드라마 보는데 주인공이 조용히 갔으면 좋겠다 하더라", "low"),
    ("티비 보는데 할머니가 조용히 갔으면 좋겠다고 하더라", "low"),
    ("옆집 할매가 그러는데 영감 없어도 울지 말고 잘 살라 카더라", "low"),
    # the review's probes: a saying about death, buying more, a chore's turn, a bus route, a breakfast skipped, a
    # cord's other purpose
    # (these two the model's review band sends to a person, with no label, as before d42)
    ("내가 죽으면 다 끝나지 뭐 그러니 지금 재밌게 살아야지", "high"),
    ("땅을 더 살까 싶어 걱정이야", "moderate"),
    ("애들 학교 보내고 이젠 내 차례야 목욕 가야지", "high"),
    ("그 버스 노선 없어지기로 했대", "low"),
    ("아침 안 먹고 갈 거야 늦었어", "low"),
    ("끈 샀는데 짐 묶을라는 거 아니고 고추 지지대 묶을 거야", "low"),
    # a purpose confirmed by a question, not denied; fraudsters' staging told from the news (critical before d42)
    ("한강 다리 가는 거 바람 쐬러 가는 거 아니야? 좋지", "low"),
    ("보험 사기꾼들이 사고처럼 보이게 해서 보험금 탔대 뉴스에 나오더라", "low"),
    # a height named in a warning (it had been critical before d42 too)
    ("옥상에서 떨어지면 죽어 조심해", "low"),
    ("손주야 옥상에서 놀다 떨어지면 죽어 올라가지 마", "low"),
]

NO_IDEATION = [text for text, _ in EVERYDAY]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test(NO_IDEATION)

ROWS_KEPT = [
    ("이 나이에 자살하면 자식들 욕 먹인다고 참았는데 이제는 못 참겠어", "suicidal_thoughts"),
    ("니들이 약이며 끈이며 다 치워놔도 방법은 있다", "means_other_plan"),
    ("할배 없어도 짖지 말고 잘 있거래이", "farewell"),
    ("손목 그은 거 병원서 꿰매고 왔어요", "means_cutting"),
    ("교통사고처럼 보이면 보험이 나온다며", "method"),
    ("사기 당해서 다 날렸어. 사고처럼 보이면 보험금 나오겠지", "method"),
    ("사기꾼이 돈 다 가져가서 강에 뛰어들어가고 싶어", "method"),
    ("숯 한 포대 사다 놨어. 고기 구울라고 산 거 아니야", "means_other_plan"),
    ("이 편지는 내가 없을 때 열어 봐라", "farewell"),
    ("니 아빠 보내고 이젠 내 차례다", "going_final"),
    ("이대로 굶어서 가련다", "refusing_to_live"),
    ("거기서 떨어지면 살아요?", "method"),
    ("옥상에서 떨어지면 죽겠지. 오늘 밤에 올라갈 거야", "means_jump"),
    ("아침에 안 일어나졌으면 좋겠어", "not_wake_up"),
    ("이 질긴 명이 얼른 다했으면", "death_wish"),
    ("내가 무슨 낯으로 살것소", "no_reason_to_live"),
]
test_the_rows_keep_their_crises = row_tests(ROWS_KEPT)


def test_a_purpose_confirmed_by_a_question_is_not_denied() -> None:
    """ "고기 구울라고 산 거 아니야?" asks for agreement: the denied-purpose row must not read it (the text itself is
    critical through the statistical model, as before d42, so only the row is checked here)."""
    from mhealth.domain.rules.safety.engine import scan

    assert "means_other_plan" not in {h.code for h in scan("번개탄 사 놨어. 애들 오면 고기 구울라고 산 거 아니야?")}
    assert "means_other_plan" in {h.code for h in scan("번개탄 사 놨어. 애들 오면 고기 구울라고 산 거 아니야")}
