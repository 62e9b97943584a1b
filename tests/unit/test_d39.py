"""d39 (docs/clinical-rules.md, "d39"): elderly emotional talk of the kind real people write — hurt feelings, money,
grief, funerals, test results — read off four development sets written for it (tests/eval/ko_train_dev_emo1-4,
tests/eval/dialogue/): words read across a space or inside another word ("너무 서운해" as 무서운, "사유서" as 유서,
"주거 지원" as 주거), a wish or a going that is someone else's (a friend's "-냐는 말", a sister's "먼저 간다니", a
listener's honorific question), money or sleep spoken of in their everyday sense, a last goodbye missed in grief; and
one crisis form the sets showed missing, going so as to be no burden ("애들 짐 안 되게 조용히 가는 거지"). Each with
crises in the same words that must keep their level.
"""

from __future__ import annotations

import re
from typing import Any

from mhealth.domain.rules.safety.engine import scan
from mhealth.domain.rules.safety.patterns import PATTERNS
from tests.unit.screening_checks import gate_cue_tests, mechanism_tests, no_ideation_test, row_tests

ACTIVE = [
    # the note and the sale with their crisis said
    "병원비 때문에 집도 팔았고 유서도 써놨어",
    "유서 써 놓았다. 애들아 미안하다",
    # belongings given away today, then going quietly within the week
    "오늘 반지랑 시계 다 며느리들한테 줬어. 계획은 무슨. 애들 짐 안 되게 조용히 가는 거지. "
    "이번 주 지나기 전에 할 일이 있어.",
    # the funeral money saved, with the going said
    "장례비 모아 놨다. 이제 갈 때가 됐어",
    # sleeping pills that do not work, then all of them at once
    "수면제 먹어도 잠이 안 와. 그냥 한꺼번에 다 먹고 안 깼으면 좋겠어",
]

PASSIVE = [
    "애들 짐 안 되게 조용히 가는 거지.",
    "짐 안 되게 얼른 가야지",
    "재검사 받으래. 암이면 어쩌나. 자꾸 안 좋은 생각이 들어. 그냥 죽고 싶어",
    "애들한테 미안하다. 하느님 나 좀 데려가라",
]

EVERYDAY = [
    # hurt feelings read as fear across the space (너무 서운 -> 무서운, 너무 섭섭 -> 무섭)
    ("아들이 요즘 통 연락이 없어서 너무 서운해. 내가 뭘 잘못했나 싶기도 하고.", "moderate"),
    ("며느리한테 너무 섭섭하더라.", "low"),
    # tears of joy
    ("손주가 대학에 합격했어! 너무 기뻐서 눈물이 나더라.", "low"),
    # a paper of reasons, a place of long history
    ("동사무소 직원이 부양 거부 사유서를 쓰면 될 수도 있다고 해서 다시 알아보려고.", "low"),
    ("유서가 깊은 동네야", "low"),
    # a house sold for a bill, grief and crying, and holding on for the daughter
    (
        "남편 병원비 때문에 집을 팔았는데 결국 남편도 떠났어. 이제 남은 건 작은 월세방이랑 빚뿐이야. "
        "남편 사진 보면서 매일 울어. 그래도 딸이 매주 와서 반찬 해주고 가. 딸 때문에라도 버텨야지.",
        "moderate",
    ),
    # "bad thoughts" while a test result is awaited
    (
        "건강검진 받았는데 위내시경에서 뭐가 보인다고 재검사 받으래. "
        "혹시 암이면 어쩌나 싶어서 며칠째 잠을 제대로 못 잤어. "
        "다음 주 화요일인데 그때까지 어떻게 기다리나 몰라. 자꾸 안 좋은 생각만 나.",
        "moderate",
    ),
    # the children asked on the phone to take a stubborn husband to hospital
    (
        "남편이 가슴이 답답하다면서 병원엔 죽어도 안 간대. 작년에 심장 스텐트까지 했는데 괜찮다고 고집만 피워. "
        "아주 속이 터져. 큰일 나고 나서 후회하면 뭐 하냐고. 자식들한테 전화해서 데려가라고 할 거야.",
        "moderate",
    ),
    # sleeping pills that still leave the night short
    (
        "몇 달째 밤에 잠을 못 자. 낮에는 기운이 없어서 아무것도 하기 싫어. "
        "수면제를 주긴 하는데 먹어도 서너 시간이야. 내 인생이 왜 이렇게 됐나 싶어.",
        "moderate",
    ),
    # the funeral money still to be found
    (
        "내 장례비라도 모아 놔야 하는데 연금으로는 생활비 대기도 빠듯해서 걱정이야. 뭐라도 방법이 있었으면 좋겠네.",
        "moderate",
    ),
    # a last goodbye missed, a grief
    ("엄마 돌아가실 때 마지막 인사도 못 했어.", "moderate"),
    ("아버지 마지막 얼굴도 못 봤어. 너무 한스러워.", "moderate"),
    # a sister's going, disbelieved
    ("여동생이 췌장암이래. 석 달 남았다고. 나보다 열 살이나 어린데 먼저 간다니 말이 안 돼.", "moderate"),
    # a friend's words quoted as "-냐는 말"
    ("그 친구가 살아서 뭐 하냐는 말을 자꾸 해. 내일 반찬 좀 싸 들고 찾아가 보려고.", "moderate"),
    # a place of going that is the care home, not death
    ("애들 짐 안 되게 일찍 집에 가야지", "low"),
]

NO_IDEATION = [text for text, _ in EVERYDAY]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test(NO_IDEATION)


GATE_EVERYDAY = [
    "주민센터에 주거 지원 같은 게 있나 물어보려고.",
    "젊을 때 집사람한테 모질게 한 게 제일 걸려.",
    "필요 없으면 안 가져간다고 하면 될 걸.",
    "이번엔 할 말 다 할 거야",
    "더 빨리 볼 방법이 있는지 알아보셨어요?",
]
GATE_KEPT = [
    "집사람한테 가고 싶어",
    "나 같은 건 필요없어",
    "방법이 있으면 좋겠다 편하게 가는",
    "집사람한테 미안하다고 문자를 써 놨다가 지웠어요",
]
ROWS_KEPT = [("유서 써놨어", "preparation_note"), ("애들아 이게 마지막 인사다. 잘 있어라", "farewell")]

test_the_gate_reads_no_death_in_everyday_clauses, test_the_gate_keeps_its_cues = gate_cue_tests(
    GATE_EVERYDAY, GATE_KEPT
)
test_the_rows_keep_their_crises = row_tests(ROWS_KEPT)


def test_the_burden_row_needs_the_burden_denied() -> None:
    """Going so as to be no burden needs the burden denied ("안 되게", "되지 않게"): "짐 되게" is also much luggage
    (되게, very)."""
    row = next(p for p in PATTERNS if p.id == "burden_going.d39")
    assert re.search(row.regex, "짐되게빨리가야지") is None
    assert re.search(row.regex, "짐안되게빨리가야지") is not None
    assert re.search(row.regex, "짐되지않게빨리가야지") is not None


def test_a_result_awaited_excuses_only_the_bad_thoughts_row() -> None:
    """The test result's worry is ``bad_thoughts.1``'s own context (``context_before``): another row of the same code
    keeps its hit (a first version excused every ``suicidal_thoughts`` row after a result awaited)."""
    worry = "재검사 받으래. 암이면 어쩌나 싶어. "
    assert "suicidal_thoughts" not in {hit.code for hit in scan(worry + "자꾸 안 좋은 생각만 나.")}
    assert "suicidal_thoughts" in {hit.code for hit in scan(worry + "영감 우리 둘이 같이 가면 애들 고생 안 하지")}


def test_the_analyzer_reads_fear_only_where_it_is_said(analyzer: Any) -> None:
    """ "너무 서운해" is hurt, not fear; "너무 무서워" stays fear."""
    assert analyzer.label("며느리한테 너무 서운하더라.")["anxiety"] == 0
    assert analyzer.label("밤에 혼자 있으면 너무 무서워.")["anxiety"] >= 1
