"""d27 (docs/clinical-rules.md, "d27"): what a declined crisis hit in calm talk is worth, and round 33's
blind_short49 (faith, drink, pets and prayer), read after its first figures, as mechanisms with their everyday twins.

Declined hits (``SafetyFlags.declined``: crisis words in a long transcript the analyzer's whole reading does not bear
out) go to a person. Since d27 they do so at the level the labels give, not at least high, when every one only names
an act or an object (a means, a time, affairs settled, things given), none quotes more than the object (its taking, a
wish, a hoard, a day fixed), the talk is not low in mood and no room is sealed where charcoal is named.

Read from blind_short49: one's own 49재 paid ahead, with the day "I will choose, within the month" (a crisis); a fall
nearly had from the roof, someone else's; a wish of last winter whose thought "has gone"; a husband's saying in
quotation marks, as without them.
"""

from __future__ import annotations

import msgspec
import pytest

from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels, RiskLevel, SafetyFlags
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

CALL = (
    "오늘은 아침부터 날이 좋아서 마당에 빨래를 널었어요. 점심에는 경로당에 가서 칼국수를 먹고 화투도 좀 쳤고요. "
    "손녀가 다음 달에 대학 졸업을 한대서 선물로 뭘 사 줄까 고민이에요. "
) * 4


def _floor(text: str, codes: tuple[str, ...], depression: int = 0) -> tuple[RiskLevel, bool]:
    """The floor over a calm assessment whose analyzer declined ``codes`` in ``text``."""
    calm = assessment_from_labels(Labels(depression=depression))
    result = apply_safety_floor(msgspec.structs.replace(calm, safety=SafetyFlags(declined=codes)), text)
    assert any(c.code == PARTIAL_CODE for c in result.concerns)  # the declined hit is there to be judged
    return result.risk_level, result.needs_review


def test_an_object_named_in_calm_talk_goes_to_a_person_at_the_labels_level() -> None:
    text = CALL + "창고 정리하다 보니 번개탄이 한 상자 있더라고요."
    assert _floor(text, ("means_charcoal",)) == (RiskLevel.LOW, True)


@pytest.mark.parametrize(
    ("text", "codes", "depression"),
    [
        # low mood: issue 18 item 6's own case, a method mentioned in a long, low-mood transcript
        (CALL + "창고 정리하다 보니 번개탄이 한 상자 있더라고요.", ("means_charcoal",), 2),
        # the room sealed where the charcoal is named: the method's own preparation
        (CALL + "번개탄을 몇 장 샀어요. 작은방 창문 틈이랑 문틈을 테이프로 다 막아 놨어요.", ("means_charcoal",), 0),
        # more than the object quoted: its taking, a hoard, a wish, a day fixed, "any time"
        (CALL + "농약 한 병 마셔버릴까 싶은 날도 있어요.", ("means_pesticide",), 0),
        (CALL + "요즘 수면제를 조금씩 모아두고 있어요.", ("means_pills",), 0),
        (CALL + "베란다에서 떨어지고 싶다는 생각이 들어요.", ("means_jump",), 0),
        (CALL + "독약 사 왔어 언제든 쓰게.", ("means_pesticide",), 0),
        # a wish, or a plan composed around the means, is never only an object
        (CALL + "그냥 자는 듯이 가고 싶어요.", ("not_wake_up",), 0),
        (CALL + "번개탄 피워 놓고 문 꼭 닫고 잘 거야 이번 주말에.", ("means_charcoal", "means_fumes_plan"), 0),
    ],
)
def test_declined_hits_that_are_more_than_an_object_in_calm_talk_stay_at_least_high(
    text: str, codes: tuple[str, ...], depression: int
) -> None:
    level, review = _floor(text, codes, depression)
    assert review
    assert level in (RiskLevel.HIGH, RiskLevel.CRITICAL)


CRISES = [
    "상담사: 요즘도 절에 다니세요?\n어르신: 사는 게 낙이 없어서. 어제 스님한테 내 49재 비용 미리 드리고 왔어. "
    "날은 내가 잡는다 했고, 이달 안으로.",
]

EVERYDAY = [
    ("음 경로당 회장님이 술 자시다가 옥상서 떨어질뻔 혔대유 다들 놀래가지구 옥상문 잠갔어유 나는 괜찮어유", "low"),
    (
        "작년 겨울엔 정말 죽고 싶어서 술만 마셨는데 교회 형님들 덕에 술 끊고 그 생각도 없어졌어요. "
        "다만 요즘 한 달째 잠이 안 오고 뭘 해도 재미가 없네요.",
        "moderate",
    ),
    (
        "영감이 술만 마시면 '빨리 죽어야지' 해서 그 소리 들으면 밤새 조마조마해 잠을 못 자요. "
        "나는 죽을 생각 같은 건 없고요.",
        "moderate",
    ),
    ("영감이 술만 마시면 “빨리 죽어야지” 해서 밤새 잠을 못 자요.", "moderate"),
    ("어제 스님한테 돌아가신 우리 영감 49재 비용 드리고 왔어. 날은 스님이 잡아 주신대.", "low"),
]

#: the wish still said, or wished gone, is no resolution; the speaker's own quoted words stay theirs
STILL_THERE = [
    "작년 겨울엔 정말 죽고 싶어서 술만 마셨는데 그 생각이 없어졌으면 좋겠어요",
    "요즘 죽고 싶어요 그 생각이 안 없어져요",
    "나는 '빨리 죽어야지' 그 생각만 해요",
]

test_crises_are_critical, _, test_everyday_twins = mechanism_tests(CRISES, [], EVERYDAY)
test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


@pytest.mark.parametrize("text", STILL_THERE)
def test_a_wish_still_there_keeps_its_ideation(text: str) -> None:
    from mhealth.domain.rules.safety import engine

    assert any(h.code == "death_wish" for h in engine.scan(text))


def test_a_declined_act_in_calm_talk_still_raises_a_review_alert() -> None:
    """The level stays the labels'; the person who must look is told by a ``crisis_review`` alert at that level."""
    from datetime import UTC, datetime

    from mhealth.domain.rules.safety.floor import decide_alert

    text = CALL + "창고 정리하다 보니 번개탄이 한 상자 있더라고요."
    calm = assessment_from_labels(Labels())
    result = apply_safety_floor(msgspec.structs.replace(calm, safety=SafetyFlags(declined=("means_charcoal",))), text)
    alert = decide_alert(result, senior_id="s", check_in_id="c", now=datetime.now(UTC), recent_alerts=())
    assert result.risk_level is RiskLevel.LOW
    assert alert is not None and alert.reason_code == "crisis_review" and alert.level is RiskLevel.LOW
    assert alert.evidence  # the quote a person reads


def test_a_calm_check_in_with_nothing_to_review_raises_no_alert() -> None:
    from datetime import UTC, datetime

    from mhealth.domain.rules.safety.floor import decide_alert

    result = apply_safety_floor(assessment_from_labels(Labels()), CALL)
    assert not result.needs_review
    assert decide_alert(result, senior_id="s", check_in_id="c", now=datetime.now(UTC), recent_alerts=()) is None
