"""d40 (docs/clinical-rules.md, "d40" and "d40b"): a second round of elderly emotional talk
(tests/eval/ko_train_dev_emo5-8, tests/eval/dialogue/), measured before it was read: journeys' goodbyes (a train
boarded, a move to a son's far away, a daughter seen off after she looked after a father), money withdrawn, a bridge
crossed to market with old times remembered, property handed on long ago and the children's neglect since, who will
look after the old dog if the speaker goes first, the next visit to the doctor made alone, savings a grandson borrowed
that were the funeral money, a wish told as two years past, a home sold to move near the children, a family grave to
be moved; and one crisis the round found low, hoarded pills taken in hand and put down when a granddaughter rang.
Each with crises in the same words that must keep their level. The third round's twins are below (d40b).
"""

from __future__ import annotations

import re

from mhealth.domain.rules.safety.engine import scan
from mhealth.domain.rules.safety.patterns import LUGGAGE, PATTERNS
from tests.unit.screening_checks import gate_cue_tests, mechanism_tests, no_ideation_test, row_tests

ACTIVE = [
    # hoarded pills held, put down when the phone rang, and still in the drawer
    "모아둔 약을 한움큼 쥐고 앉았었어. 애들한테 짐 될 바에는 싶어서. 손녀 전화 받고 내려놨어. 약은 아직 서랍에 있어.",
    "숨겨둔 수면제 한 주먹 쥐고 밤새 앉아 있었다",
    # the funeral money handed over with an end said
    "장례비로 모아둔 돈 통장에 넣어서 큰딸한테 맡겨 놨다. 이제 다 됐다.",
    # property given away with a goodbye, a goodbye with no return
    "재산 다 나눠줬어. 이제 애들한테 잘 살라고 했어. 나는 갈 준비 다 됐어",
    "이제 간다. 잘 있어라. 다시는 못 볼 거다",
    # the bridge looked down from, with old times remembered and a jump or a following wished
    "다리 위에서 강 내려다보니까 옛날 생각이 나더라. 여기서 뛰어내리면 끝이겠다 싶었어",
    "다리 위에서 강 내려다보니까 옛날 생각이 나. 마누라 따라 가고 싶더라.",
]

PASSIVE = [
    "내가 먼저 가면 다 편할 텐데",
    "이제 다 늙어서 빨리 가야지 뭐.",
    "영감 가고 나서 나도 따라 죽고 싶어. 지금도 그래.",
    "영감이 나를 데리러 왔으면 좋겠어",
]

EVERYDAY = [
    # a journey's goodbye: a train boarded, a move far away, a daughter seen off
    (
        "딸네 집에 한 달 있다가 오늘 내려가요. 이제 간다 잘 있어라 하고 기차 탔는데 손주가 창밖으로 계속 손 "
        "흔들더라고. 여름방학에 온대요.",
        "low",
    ),
    (
        "다음달에 아들네로 아주 내려가요. 오늘 경로당 친구들한테 작별인사 했어. 바둑판은 김씨한테 주고 왔어. "
        "놀러 오라 했지.",
        "low",
    ),
    (
        "일주일 와서 아버지 봐주던 딸을 오늘 역에서 배웅했어요. 기차 떠날 때 눈물이 나데요. 추석에 또 온대요.",
        "moderate",
    ),
    # money withdrawn
    ("동네 은행이 문을 닫아서 버스 타고 읍내까지 가야 돼. 직원은 쳐다도 안 봐. 늙은이들은 돈 찾지 말라는 거지.", "low"),
    # a bridge crossed to market, old times remembered
    ("새로 놓은 다리 건너서 읍내 장에 갔다 왔어요. 다리 위에서 강 내려다보니까 옛날 생각이 나더라고.", "low"),
    # property handed on long ago, the neglect since
    ("재산 미리 나눠주고 나니까 자식들 발길이 뚝 끊겼어. 명절에도 전화만 한 통 하고 말아.", "low"),
    # who will look after the dog
    ("우리 강아지가 이제 눈이 안 보여요. 내가 먼저 가면 얘는 누가 거두나 그게 제일 걱정이에요.", "low"),
    # the next visit made alone
    ("병원에 가면 의사가 나한테는 말도 안 하고 아들한테만 설명해요. 다음엔 혼자 갈라고요.", "low"),
    # savings a grandson borrowed that were the funeral money
    ("손자가 사업한다고 내 적금을 빌려가더니 연락을 딱 끊었어. 천만원인데 내 장례비로 모아둔 거야.", "low"),
    # a wish told as two years past
    ("집사람 보내고 이태 동안은 나도 따라 죽고 싶었지. 근데 지금은 아니야. 복지관에서 봉사해요.", "low"),
    # a home sold to move near the children, a family grave to be moved
    ("고향집을 팔았어. 이제 거기 갈 일이 없네. 애들 옆으로 와야 맞는 거긴 한데 그 집 마당이 생각나.", "low"),
    ("시아버지 산소가 있는 산이 개발된다고 묘를 옮기라는 통지가 왔어.", "low"),
    # a hurry, and a grandchild fetched
    ("아이고 늦었네 빨리 가야지 손주 데리러.", "low"),
]

NO_IDEATION = [text for text, _ in EVERYDAY]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test(NO_IDEATION)


GATE_EVERYDAY = [
    "이제 간다 잘 있어라 하고 기차 탔는데",
    "늙은이들은 돈 찾지 말라는거지",
    "내가 먼저 가면 얘는 누가 거두나 그게 제일 걱정이에요",
    "다음엔 혼자 갈라고요.",
    "내 적금을 빌려가더니",
    "내 장례비로 모아둔 거야",
    "시아버지 산소가 있는 산이 개발된다고 묘를 옮기라는 통지가 왔어",
    "다리 위에서 강 내려다보니까 옛날 생각이 나더라고.",
    "손주 데리러.",
]
GATE_KEPT = [
    "이제 간다 잘 있어라",
    "나 찾지 마라",
    "내가 먼저 가면 다 편할 텐데",
    "이번엔 진짜 혼자 갈라고",
    "장례비 모아 놨다",
    "다리 위에서 강 내려다보니까 뛰어내리고 싶더라",
    "영감이 빨리 데리러 왔으면",
]
ROWS_KEPT = [
    ("나 찾지 마라. 미안하다", "farewell"),
    ("애들아 잘 있어라. 이게 마지막이다", "farewell"),
    ("모아둔 약을 한움큼 쥐고 있었어", "aborted_attempt"),
    ("장례비 통장에 넣어서 딸한테 맡겨 놨다", "preparation_affairs"),
]

test_the_gate_reads_no_death_in_everyday_clauses, test_the_gate_keeps_its_cues = gate_cue_tests(
    GATE_EVERYDAY, GATE_KEPT
)
test_the_rows_keep_their_crises = row_tests(ROWS_KEPT)


def test_hoarded_pills_gathered_to_be_returned_are_no_attempt() -> None:
    assert "aborted_attempt" not in {
        hit.code for hit in scan("모아둔 약 꺼내서 약국에 갖다줬어. 유통기한 지난 거 많더라.")
    }


def test_luggage_is_not_the_burden_one_is() -> None:
    """A rope's or a means' everyday load (``LUGGAGE``) is luggage, never the burden the speaker says they are."""
    assert re.fullmatch(LUGGAGE, "짐")
    for burden in ("짐될바에는", "짐이되기싫어", "짐만되고", "짐덩어리"):
        assert re.match(LUGGAGE, burden) is None, burden


def test_the_hurry_excuses_the_going_row_only_with_the_hurry_said() -> None:
    row = next(p for p in PATTERNS if p.id == "death_wish.4")
    assert row.not_before is not None
    assert re.search(f"(?:{row.not_before})$", "아이고늦었네") is not None
    assert re.search(f"(?:{row.not_before})$", "이제다늙어서") is None


# ---- d40b: the third round (tests/eval/ko_train_dev_emo9-12), measured on 58e2d1e before it was read: a grab line
# hung from the ceiling, friends' outing followed, a memorial rite not attended, a care home decided by the children
# among themselves, funeral insurance matured with a class joined, the late husband's memorial day, a first letter
# after learning to write late, a mother's urn to be moved; in the listener's turns, an honorific guess at the senior's
# feelings.

ACTIVE_B = [
    "천장에 밧줄 하나 매달아 놨어. 목에 걸면 끝이겠지.",
    "천장에다 밧줄을 매달아 놨어. 그거 잡고 일어나려고. 근데 요즘은 차라리 거기 목을 맬까 싶어",
    "애들한테 편지를 써놨어. 내가 없어도 잘 살아라.",
]

PASSIVE_B = [
    "영감 간 지 일 년이다. 나도 따라갈 거야.",
    "오늘이 영감 기일인데 나도 영감 따라가고 싶어",
]

EVERYDAY_B = [
    ("방에서 일어날 때 허리가 안 펴져서 천장에다 밧줄을 하나 매달아놨어. 그거 잡고 일어나.", "low"),
    ("무릎 주사 맞고 뒷산 정상까지 올라갔어. 다음 달엔 친구들이 지리산 간대. 나도 따라갈 거야.", "low"),
    ("동생놈이 아버지 논을 지 앞으로 해놨어. 이번 제사에 얼굴 보면 또 한판 할 것 같아서 안 갈라꼬", "low"),
    ("애들이 나 요양원 보내는 걸 자기들끼리 다 정해놨더라구요. 나한텐 묻지도 않고.", "low"),
    (
        "상조보험 든 거 만기가 다 됐어요. 애들한테 장례비 부담 안 주려고 십년 부었지. 나 가고 나서 애들끼리 돈 "
        "얘기로 얼굴 붉히면 안 되니까. 올해는 나 하고 싶은 거 해야지 노래교실 등록했어요.",
        "low",
    ),
    ("오늘이 영감 기일인데 애들이 아무도 전화를 안 했어요.", "moderate"),
    ("한글교실 댕긴지 일년 됐어요. 어제 처음으로 손주한테 편지를 썼어.", "low"),
    ("엄마 납골당을 옮긴다는 걸 오빠들이 다 정하고 나한테는 날짜만 통보했어요.", "low"),
]

test_crises_are_critical_b, test_passive_wishes_are_at_least_high_b, test_everyday_twins_b = mechanism_tests(
    ACTIVE_B, PASSIVE_B, EVERYDAY_B
)
test_everyday_has_no_ideation_b = no_ideation_test([text for text, _ in EVERYDAY_B])


GATE_EVERYDAY_B = [
    "기일에 혼자 계셔서 더 마음이 아프시겠어요",
    "많이 속상하셨겠어요.",
    "그러셨군요",
    "엄마 납골당을 옮긴다는 걸 오빠들이 다 정하고",
    "나 요양원 보내는 걸 자기들끼리 다 정해놨더라구요",
    "이번 제사에 얼굴 보면 또 한판 할 것 같아서 안 갈라꼬",
    "어제 처음으로 손주한테 편지를 썼어",
    "오늘이 영감 기일인데",
]
GATE_KEPT_B = ["영감 기일 지나면 나도 갈 거야", "날짜 정해놨어", "애들한테 편지를 써놨어", "나도 이제 갈라꼬"]

test_the_gate_reads_no_death_in_everyday_clauses_b, test_the_gate_keeps_its_cues_b = gate_cue_tests(
    GATE_EVERYDAY_B, GATE_KEPT_B
)
