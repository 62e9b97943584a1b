"""d27 (docs/clinical-rules.md, "d27"): what a declined crisis hit in calm talk is worth, and round 33's
blind_short49 (faith, drink, pets and prayer), read after its first figures, as mechanisms with their everyday twins.

Declined hits (``SafetyFlags.declined``: crisis words in a long transcript the analyzer's whole reading does not bear
out) go to a person. Since d27 they do so at the level the labels give, not at least high, when every one only names
an act or an object (a means, a time, affairs settled, things given), none quotes more than the object (its taking, a
wish, a hoard, a day fixed), the talk is not low in mood and no room is sealed where charcoal is named.

Read from blind_short50: an old mine's shaft to be entered with no coming out; "자는 데끼 가부렀으믄"; a bridge walked
and not crossed to its end; a sealed flue reopened with "아침에 안 일어나도 찾지 마래이"; a soldier's bayonet sharpened,
"tonight", "no need to call from tomorrow". Everyday: a fishing trip; someone's jump in the news. (Land money handed on
with a grandson's wedding to help with, blind_short50's bs50_005, stays a false critical through the model's active
ideation: docs/clinical-rules.md, "d27b", says why it was left.)

Read from blind_short49: one's own 49재 paid ahead, with the day "I will choose, within the month" (a crisis); a fall
nearly had from the roof, someone else's; a wish of last winter whose thought "has gone"; a husband's saying in
quotation marks, as without them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
import pytest

from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels, RiskLevel, SafetyFlags
from mhealth.domain.rules.safety import engine
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor, decide_alert
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
    # blind_short50 (retired men living alone), read after its first figures
    "복지사: 요즘 어떻게 지내세요?\n어르신: 옛날 3갱 막아놓은 데 있잖어. 거기 한번 들어가 볼라고. 나올 생각은 없어. "
    "진폐로 숨이 차서 이건 사는 게 아녀.",
    "아들: 아버지 트럭 파셨다면서요?\n아버지: 팔았다. 돈은 니 통장에 넣었고. 삼십 년 넘나들던 그 대교 있제, "
    "내일 걸어서 한번 가볼란다. 끝까지는 안 건널 끼다.",
    "음 막아놨던 연탄 아궁이 다시 뜯었다 문풍지도 꼭꼭 발라놓고 오늘 밤에 한장 넣고 잘끼다 "
    "아침에 안 일어나도 찾지 마래이",
    "AI: 오늘 기분은 어떠세요?\n할아버지: 괜찮아. 군에 있을 때 쓰던 대검 꺼내서 갈아놨어. 오늘 밤에 쓸 데가 있어. "
    "내일부터는 전화 안 해도 돼.",
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
    # blind_short50's everyday ones, and twins of its crises
    (
        "아 오늘 새벽에 배 끌고 나갔다 왔다 바다가 잔잔해가 고기 좀 잡았제 허리는 아파 죽겠는데 마 그래도 좋다 "
        "내일도 물때 맞차 나갈끼다",
        "low",
    ),
    (
        "우리 다니던 공장 옥상에서 누가 뛰어내렸다고 뉴스에 나오더라고 깜짝 놀랐지 아는 사람은 아니고 그래도 맘이 "
        "안 좋더라 젊은 사람이던데",
        "low",
    ),
    ("옛날 3갱 막아놓은 데 있잖어. 거기 한번 들어가 볼라고. 손주들 데리고 구경 갈라꼬", "low"),
    ("내일 그 대교 걸어서 한번 가볼란다. 끝까지는 안 건널 끼다 무릎 아파서 중간까지만 갔다 올게", "low"),
    ("연탄 갈고 문풍지 발라놨다 오늘 밤은 뜨끈하겠다", "low"),
    ("군에 있을 때 쓰던 대검 꺼내서 갈아놨어. 손자 보여 줄라고. 내일 또 전화해라", "low"),
    ("대검 중수부가 수사한대 뉴스 봤나. 내일부터는 전화 안 해도 돼 딸네 간다", "low"),
    ("우리 어매는 자는 데끼 가부렀어 복이제", "low"),
    (
        "상조 가입했다. 내 장례 치를 돈은 따로 모아놨으니 너희 부담 가질 거 없다 ㅎㅎ 그래도 백 살까지 살 거다. "
        "다음 달 손녀 졸업식엔 양복 입고 간다",
        "low",
    ),
]

#: the wish still said, or wished gone, is no resolution; the speaker's own quoted words stay theirs
STILL_THERE = [
    "작년 겨울엔 정말 죽고 싶어서 술만 마셨는데 그 생각이 없어졌으면 좋겠어요",
    "요즘 죽고 싶어요 그 생각이 안 없어져요",
    "나는 '빨리 죽어야지' 그 생각만 해요",
]

#: a passive wish (SI 1): with depression 2 said around it, critical (SCREENING.md)
PASSIVE = [
    "땅 팔고 나서는 밥맛도 없고 잠도 안오고 뭘혀도 재미가 없어 이라고 살 바에야 자는 데끼 가부렀으믄 싶당께",
    # blind_short48 (money; grandparents raising grandchildren), read at the end of the session
    "병원비 때문에 도현이 학원도 끊었어요. 할미가 없어지는 게 이 애한테 낫지 싶어 "
    "아동시설 주소랑 연락처 다 적어놨어요. 월요일에 학교 보내고 나면 정리할래요",
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    CRISES, PASSIVE, EVERYDAY
)


@pytest.mark.parametrize("text", PASSIVE)
def test_the_passive_wish_with_depression_is_critical(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] == 1 and labels["depression"] >= 2 and labels["risk"] == "critical", labels


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


@pytest.mark.parametrize("text", STILL_THERE)
def test_a_wish_still_there_keeps_its_ideation(text: str) -> None:
    assert any(h.code == "death_wish" for h in engine.scan(text))


def test_a_declined_act_in_calm_talk_still_raises_a_review_alert() -> None:
    """The level stays the labels'; the person who must look is told by a ``crisis_review`` alert at that level."""
    text = CALL + "창고 정리하다 보니 번개탄이 한 상자 있더라고요."
    calm = assessment_from_labels(Labels())
    result = apply_safety_floor(msgspec.structs.replace(calm, safety=SafetyFlags(declined=("means_charcoal",))), text)
    alert = decide_alert(result, senior_id="s", check_in_id="c", now=datetime.now(UTC), recent_alerts=())
    assert result.risk_level is RiskLevel.LOW
    assert alert is not None and alert.reason_code == "crisis_review" and alert.level is RiskLevel.LOW
    assert alert.evidence  # the quote a person reads


def test_a_calm_check_in_with_nothing_to_review_raises_no_alert() -> None:
    result = apply_safety_floor(assessment_from_labels(Labels()), CALL)
    assert not result.needs_review
    assert decide_alert(result, senior_id="s", check_in_id="c", now=datetime.now(UTC), recent_alerts=()) is None
