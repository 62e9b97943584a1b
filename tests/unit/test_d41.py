"""d41 (docs/clinical-rules.md, "d41"): the fourth round of elderly emotional talk (tests/eval/ko_train_dev_emo13-16,
tests/eval/dialogue/), measured before it was read and then read: a rope at the bed's head pulled on to get up,
children watched from a window with one's own children's childhood remembered, a window looked out of on a sleepless
night, "bad thoughts" the night before a spouse's surgery, a way not known to win a wife back, a saying planned
("맡겠다고 할라고"), a going refused ("안 갈라고"), a friend's wish quoted with its own "-고 싶다고", a daughter
honoured as another ("따님은"); and one wish the round found low: gone then, a regret wished today ("그때 그냥
갔으면 좋았을걸").
A goodbye said to a friend seen off or dying is left critical: the excuse written for it took crises (ACTIVE). The
fifth round's (ko_train_dev_emo17-20: grandchildren; the digital world; village life; a life looked back on), measured
before it was read, are below (d41b). Each with crises in the same words that must keep their level.
"""

from __future__ import annotations

from mhealth.domain.rules.safety.engine import scan
from tests.unit.screening_checks import gate_cue_tests, mechanism_tests, no_ideation_test, row_tests

ACTIVE = [
    # a rope hung at the bed's head with no getting up said, or with a neck
    "침대 머리에 밧줄을 매달아 놨어. 이제 다 끝내고 싶어",
    "방에 밧줄을 매달아 놨어. 목에 걸고 당기면 될 거야",
    # a farewell to the children, with a friend's move told before and a plan said
    "친구를 배웅하고 왔어. 애들한테도 마지막 인사 했어. 오늘 밤에 약 다 먹을 거야",
    # goodbyes after someone seen off, a spouse's death or a prognosis, after a quarrel: the review of d41 found an
    # excuse for a goodbye said to one who goes (and a farewell's apology after a quarrel) taking these, and withdrew it
    "딸 배웅하고 왔어. 이게 마지막 인사야. 나 없어도 잘 살아라",
    "영감 보내드리고 이제 혼자야. 애들아 마지막 인사다",
    "호스피스에서 영감 보고 왔어. 며칠 안 남았대. 나도 마지막 인사 하고 같이 갈 거야",
    "며느리랑 다퉜어. 아들한테 미안하다고 했어. 나 없어도 잘 살아",
    # the window looked down from, with the end wished
    "밤마다 창문 열고 밑을 내려다봐. 여기서 뛰어내리면 끝이겠지",
]

PASSIVE = [
    # gone then, a regret wished today
    "심장마비 왔을 때 그때 그냥 갔으면 좋았을걸 싶어",
    "쓰러졌을 때 그때 차라리 죽었으면 나았을 텐데",
    # the speaker's own wish to follow, said as her own
    "나도 영감 따라가고 싶어. 요즘 매일 그 생각이야",
    "친구 영감 장례식 다녀왔는데 나도 이제 그만 갔으면 싶어",
]

EVERYDAY = [
    # a grab line at the bed's head, pulled on to get up, with its maker told between
    (
        "허리 수술하고 일어나는 게 제일 힘들어. 그래서 침대 머리에 밧줄을 매달아 놨지. 아들이 쓰던 굵은 밧줄로 "
        "매줬는데 그거 잡고 당기면 수월하게 일어나져. 날마다 나아져.",
        "low",
    ),
    # children watched from a window, one's own children's childhood remembered
    (
        "아침에 창문 여니까 눈이 왔더라. 놀이터에서 애들 노는 거 보고 있으니까 우리 애들 어릴 적 생각이 나서 한참 "
        "내려다보다가 나도 내려가서 귤 하나씩 줬어 ㅎㅎ",
        "low",
    ),
    # a window looked out of, sleepless, the corridor's end
    ("병원에 있는데 면회 오는 사람이 없네. 밤에 잠 안 오면 복도 끝 창문만 내다봐.", "moderate"),
    # bad thoughts the night before a spouse's surgery
    (
        "내일 아침에 남편이 심장 수술을 해요. 의사는 간단하다는데 나이가 많으니까 자꾸 나쁜 생각이 들어. 오늘 밤 "
        "잠이나 올란가.",
        "moderate",
    ),
    # a way not known
    ("마누라가 따로 살자네. 내가 평생 고생시켰지. 마누라 맘을 돌려보고 싶은데 방법을 모르겠어", "moderate"),
    # a saying planned, a going refused
    ("봉사 그만하래. 늙은이는 걸리적거린다는 거지. 그냥은 안 물러날 거야. 설거지라도 내가 하겠다고 할라고", "low"),
    ("경로당에서 화투 치다 싸웠어. 내일은 안 갈라고 근데 또 심심해서 가게 될 거 같기도 하고", "low"),
    # a friend's wish quoted, the speaker's worry for her
    (
        "친구 영감이 갑자기 가셔서 장례식 내내 옆에 있었어요. 친구가 자꾸 나도 따라가고 싶다고 해서 걱정이에요. "
        "내가 아침저녁으로 들여다볼라고요",
        "moderate",
    ),
]

NO_IDEATION = [text for text, _ in EVERYDAY]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test(NO_IDEATION)


GATE_EVERYDAY = [
    "우리 애들 어릴 적 생각이 나 한참 내려다보다가",
    "밤에 잠 안 오면 복도 끝 창문만 내다봐",
    "마누라 맘을 좀 돌려보고 싶은데 방법을 모르겠어",
    "반찬 하나라도 내가 맡겠다고 할라고요",
    "내일은 안 갈라고",
    "사는 게 뭔지 따님은 아버님 곁에 있고 싶어서 그러는 걸 거예요",
]
GATE_KEPT = [
    "한참 내려다보다가 뛰어내리고 싶더라",
    "창문 열고 뛰어내리면 끝이겠지",
    "죽는 방법을 찾아봤어",
    "오늘 밤에 할라고",
    "나도 영감 곁에 가고 싶어",
    "이번엔 진짜 혼자 갈라고",
]
ROWS_KEPT = [
    ("침대 머리에 밧줄을 매달아 놨어", "means_hanging"),
    ("애들한테 마지막 인사 했어. 나 없어도 잘 살아라", "farewell"),
    # the goodbye to one who goes, kept with hopelessness said in the text
    ("친구를 배웅했어. 이게 마지막 인사다. 이제 살 이유가 없어", "farewell"),
    # the surgery ahead told sentences before, and a wish said: the thoughts are kept
    (
        "내일 남편이 수술을 해요. 요새 사는 게 너무 힘들어. 나쁜 생각이 자꾸 들어. 더 살아서 뭐 하나 싶어",
        "suicidal_thoughts",
    ),
    ("나도 따라가고 싶다고 딸한테 말했어", "join_the_dead"),
]

test_the_gate_reads_no_death_in_everyday_clauses, test_the_gate_keeps_its_cues = gate_cue_tests(
    GATE_EVERYDAY, GATE_KEPT
)
test_the_rows_keep_their_crises = row_tests(ROWS_KEPT)


def test_a_friends_quoted_wish_is_hers_and_the_speakers_own_is_not() -> None:
    assert "join_the_dead" not in {hit.code for hit in scan("친구가 자꾸 나도 따라가고 싶다고 해서 걱정이야")}
    assert "join_the_dead" in {hit.code for hit in scan("나도 영감 따라가고 싶다고 딸한테 그랬어")}


# ---- d41b: the fifth round --------------------------------------------------------------------------------------

ACTIVE_B = [
    # a rope hung with a neck, not held on to
    "밧줄을 대들보에 매달아 놨어. 오늘 밤에 목 매달 거야",
    # charcoal bought, not used up
    "번개탄 두 장 사다 놨어. 방문 닫고 피울 거야",
    # a letter to a grandson as a farewell, with an end said
    "손자한테 편지를 썼어. 이제 할머니 없어도 잘 살아라 했어. 오늘이 마지막이야",
    # a letter left to be read on a soldier's leave, with affairs settled; a letter left for a son in the army
    "애들한테 편지 써놨어 군대 간 손자 휴가 나오면 읽으라고. 이제 다 정리했어",
    "군대 있는 아들 앞으로 편지 한 장 써 뒀어",
]

PASSIVE_B = [
    "회관에 같이 다니는 할매는 잘 지내는데 나는 요새 자꾸 죽고싶어",
    "이제 가야지 가야지 하면서 못 가고 있어. 사는 게 지긋지긋해",
    "영감 가고 나서 나도 따라가고 싶단 생각을 해. 지금도 그래",
    # d41c (probes): a wish to lie down at the late one's grave, said there (it was low)
    "산소 가서 소주 한 잔 붓고 나도 거기 눕고 싶더라",
    "영감 산소 가서 나도 옆에 눕고 싶더라",
]

EVERYDAY_B = [
    # another elder's words, worried for
    (
        "회관에 같이 다니는 할매가 요새 자꾸 죽고싶다는 소리를 해서 걱정이에요. "
        "나는 잘 지내는데 보건소에 얘기해 볼까 싶어",
        "moderate",
    ),
    # a letter to a grandson in the army (the floor's partial evidence still sends this form to a person: high)
    ("군대 간 손자한테 손으로 편지를 썼어. 할미가 보고 싶다 밥 잘 먹어라. 휴가 나오면 갈비 해줄라고 ㅎㅎ", "high"),
    ("군대 간 손자한테 손으로 편지를 썼어 할미가 보고싶다 밥 잘 먹어라 휴가 나오면 갈비 해줄라고 ㅎㅎ", "moderate"),
    # funeral arrangements with a party and plans ahead (likewise)
    (
        "상조에 가입했어. 영정사진도 곱게 찍어놨어. 근데 내가 구십 잔치는 하고 갈거야 ㅎㅎ 내후년 봄에 식당도 벌써 "
        "알아봤어",
        "high",
    ),
    # the going meant a dentist's
    ("이제 가야지 가야지 하면서 못가고 있어 ㅎㅎ 치과 말이야. 다음 장날에 같이 가야겠어", "low"),
    # bad thoughts for a dog not come home
    ("우리 바둑이가 어제 저녁부터 안 들어와요. 밤새 불러봤는데 자꾸 나쁜 생각만 나. 제발 살아서 왔으면", "moderate"),
    # charcoal used up and left by campers
    ("캠핑 온 사람들이 냇가에 고기 구운 숯이랑 다 쓴 번개탄까지 두고 가. 내가 주우러 다니는데 허리가 아파", "low"),
    # a rope held on to, in the war
    ("흥남부두에서 밧줄 잡고 배에 매달려서 살았지. 그때 열네 살이었어. 손주들한테 그 얘기 해줄라고", "low"),
    # a past wish, years ago, over now (no ideation; the model's review band still sends it to a person)
    (
        "영감 가고 나서는 나도 따라가고 싶단 생각을 많이 했어라. 몇년 전 일이여. 인자는 안 그려. 손주랑 영상통화 해",
        "high",
    ),
    # an autobiography class with a launch ahead
    (
        "자서전 쓰기 수업 듣고 있어요. 인생 정리하는 셈 치고. 다 쓰면 손주들한테 한 권씩 주고 출판 기념회도 할 거예요",
        "low",
    ),
]

NO_IDEATION_B = [text for text, _ in EVERYDAY_B]

test_crises_are_critical_b, test_passive_wishes_are_at_least_high_b, test_everyday_twins_b = mechanism_tests(
    ACTIVE_B, PASSIVE_B, EVERYDAY_B
)
test_everyday_has_no_ideation_b = no_ideation_test(NO_IDEATION_B)


GATE_EVERYDAY_B = [
    "지난주에 동생 산소 가서 소주 한 잔 붓고 그 말 해줬어",
    "나중에 조카들 만나보고 싶어 오빠 산소도 가보고",
    "그래도 땅 놀리면 안되잖어 내년에도 할 거야",
    "그 동생이 작년에 먼저 갔어",
    "북에 있는 오빠가 몇 해 전에 죽었대요",
    "요즘 옛날 사진들을 앨범으로 정리하고 있어요",
]
GATE_KEPT_B = [
    "영감 산소 옆에 가서 눕고 싶어",
    "나도 작년에 먼저 간 영감 따라갈 거야",
    "나도 이제 먼저 갔으면 좋겠어",
    # (review: a wish said after someone named is no death told, "앞집 할매도 그러는데 차라리 죽었으면")
    "앞집 할매도 그러는데 차라리 죽었으면",
    "통장이랑 도장 다 정리했어",
    "오늘 밤에 할 거야",
]

test_the_gate_reads_no_death_in_everyday_clauses_b, test_the_gate_keeps_its_cues_b = gate_cue_tests(
    GATE_EVERYDAY_B, GATE_KEPT_B
)


def test_swelling_and_forgetting_are_not_read_off_a_pour_or_a_connective(analyzer) -> None:  # type: ignore[no-untyped-def]
    labels = analyzer.assess("동생 산소 가서 소주 한 잔 붓고 왔어. 배고프니까 먹을 거 사 왔지").concerns
    codes = {c.code for c in labels}
    assert "phy_symptom" not in codes and "cog_forgetful" not in codes, codes
    codes = {c.code for c in analyzer.assess("다리가 붓고 자꾸 까먹어").concerns}
    assert {"phy_symptom", "cog_forgetful"} <= codes, codes
    # "아니 까먹었어": the space before 까, forgetting said after a no
    assert "cog_forgetful" in {c.code for c in analyzer.assess("약 드셨어요? 아니 까먹었어").concerns}
