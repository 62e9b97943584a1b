"""d17a: a long check-in read as talk that wanders, not as a bag of words. Anxiety's kinds and toll count together only
where they are said together, and partial crisis evidence needs a low-mood transcript, not one tired word somewhere
(docs/clinical-rules.md, "d17a")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety.floor import apply_safety_floor

_EVERYDAY = (
    "오늘은 날이 좀 풀렸어. 아침에 경로당 가서 윷놀이 한 판 하고 점심은 회관에서 국수 먹었지. ",
    "영순이네 며느리가 떡을 해 와서 나눠 먹고 다들 웃고 떠들다 왔어. 오후에는 텃밭에 가서 상추 좀 솎고 물 주고 왔어. ",
    "손주가 다음 달에 군대 간다고 전화가 왔는데 목소리가 씩씩해서 좋더라. 저녁엔 된장찌개 끓여서 맛있게 먹었고. ",
    "요새 연속극 재미있는 거 하나 보는데 그거 보는 낙으로 저녁이 금방 가. 내일은 보건소 가서 혈압 재고 올 거야. ",
    "시장에 갔더니 고등어가 싸길래 두 손 사 왔어. 반은 구워 먹고 반은 조려서 옆집 할매 갖다 줬지. ",
    "교회에서 다음 주에 바자회 한다고 해서 식혜를 한 솥 담가 가기로 했어. 권사님들이 내 식혜가 제일 맛있대. ",
    "딸이 사 준 보행기 끌고 공원 한 바퀴 돌았는데 은행잎이 노랗게 물들어서 참 곱더라. 사진도 찍어서 보냈어. ",
    "노인대학에서 한글 쓰기 배우는데 선생님이 내 글씨가 반듯하다고 칭찬해 줬어. 숙제로 일기 쓰는 중이야. ",
    "김장은 이번 달 말에 딸네 식구들이랑 같이 하기로 했어. 배추는 벌써 주문해 놨고 고춧가루도 빻아 놨어. ",
    "저녁에 영감 사진 보면서 오늘 있었던 얘기 해 주고 잤어. 그 양반 살아 있으면 같이 웃었을 텐데. ",
)


def _long(*parts: str) -> str:
    """A check-in of about 1,000 characters: everyday talk with the given sentences set far apart in it."""
    out = list(_EVERYDAY)
    step = len(out) // (len(parts) + 1)
    for i, part in enumerate(parts, start=1):
        out.insert(i * step + i - 1, part + " ")
    return "".join(out)


SCATTERED_ANXIETY = [
    (
        "큰손주 취직 때문에 좀 걱정이 되더라고.",
        "사다리 올라가는 건 무서워서 아들한테 시켰어.",
        "계단 올라가면 가슴이 두근거려.",
        "매일 아침 동네 한 바퀴 걸어.",
    ),
    ("손주 걱정에 신경이 쓰여.", "밤에 화장실 가느라 두어 번 깨.", "천둥 치면 무서워."),
]


@pytest.mark.parametrize("parts", SCATTERED_ANXIETY)
def test_scattered_worry_and_fear_are_not_an_anxiety_syndrome(analyzer: LocalAnalyzer, parts: tuple[str, ...]) -> None:
    assert analyzer.label(_long(*parts))["anxiety"] <= 1


def test_worry_with_its_toll_said_together_is_anxiety_two_in_a_long_check_in(analyzer: LocalAnalyzer) -> None:
    text = _long(
        "아들 사업이 기운 뒤로 걱정이 돼서 밤마다 잠을 못 자고 가슴이 두근거려.", "그래도 친구들 만나면 좀 나아."
    )
    assert analyzer.label(text)["anxiety"] >= 2


CALM_MEANS = [
    ("농약값이 또 올랐더라.", "계단 올라가는 게 좀 힘들어."),
    ("창고에 농약 한 병 사다 놨어.", "무릎 때문에 계단이 힘들어."),
]


@pytest.mark.parametrize("parts", CALM_MEANS)
def test_a_means_named_in_calm_long_talk_with_one_tired_word_far_away_is_not_sent_to_review(
    analyzer: LocalAnalyzer, parts: tuple[str, ...]
) -> None:
    text = _long(*parts)
    assessment = apply_safety_floor(analyzer.assess(text), text)
    assert not assessment.needs_review, assessment.concerns
    assert assessment.risk_level.value == "low", assessment.concerns


def test_a_means_held_in_a_long_low_mood_check_in_still_goes_to_a_person(analyzer: LocalAnalyzer) -> None:
    text = _long(
        "요즘은 아무것도 하기 싫고 사는 낙이 없어. 밤에 잠도 못 자고 입맛도 없어.", "창고에 농약 한 병 사다 놨어."
    )
    assessment = apply_safety_floor(analyzer.assess(text), text)
    assert assessment.risk_level.value in ("high", "critical"), assessment.concerns
    assert assessment.needs_review or assessment.labels.suicidal_ideation, assessment.concerns


def test_another_persons_sleepless_night_is_not_the_speakers_toll(analyzer: LocalAnalyzer) -> None:
    """The toll counted near a worry must be the speaker's: the husband "밤새 잠을 못 자드라" is his (a clause about
    someone else, set aside before the window is read)."""
    text = _long("손주가 군대 가는 날 그 양반이 밤새 잠을 못 자드라 걱정이 돼서.", "어두운 데 혼자 가는 건 무서워.")
    assert analyzer.label(text)["anxiety"] <= 1


def test_the_intensifier_geobna_is_not_fear(analyzer: LocalAnalyzer) -> None:
    assert analyzer.label("올해 호박이 겁나 많이 열렸어 겁나게 맛있더라")["anxiety"] == 0
    assert analyzer.label("밤에 혼자 있으면 겁나")["anxiety"] >= 1
