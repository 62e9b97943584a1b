"""d28 (docs/clinical-rules.md, "d28"): round 35's blind_short52 (holidays and older people who still work) and round
36's blind_short54 (homes lost to redevelopment, floods, fires and dams), read after their first figures, as mechanisms
with their everyday twins; and an aborted attempt into traffic that only the statistical model had caught.

Read from blind_short52: a line hung that broke, with "명도 질기제" (one's life called too tough); belongings handed
round in Jeolla speech ("다 나나줬어", to "동료들헌티": the dialect's "to" had read as "used", 헌, a used-clothes gift);
guilt at being alive ("살아 있는 게 죄여") as severe guilt. Everyday: a guard's "제가 없어도 잘 돌아가니" (the work
runs without him) before a visit to a granddaughter.

Read from blind_short54: going down with the house on the day the village is flooded; walking into the water where the
house stood, on a memorial day; the gas let out in a locked room on demolition day, said ahead; "이라고 살믄 뭐한다요
그만 가부렀으면". Everyday: a neighbour's goodbye by one who moves to Seoul and promises to come back every holiday.

d28b: the floor's partial crisis evidence (a means named that no plan completes) found only because the analyzer read
mild low mood (depression 1) goes to a person at the labels' level, with a crisis_review alert, instead of being forced
to high; with depression 2 it stays at least high (issue 18, item 6: a low-mood transcript).

d28c, read from blind_short55 (answers to an AI call's screening questions), blind_short56 (late-life relationships)
and blind_short57 (pain, drink, gambling): a watch and a seal left for the son with "인자 편하게 살그라"; the charcoal's
way told as known; "매일 자살 생각만 해요" after a partner who left (it had read as his habitual saying); a phone cut
off with "이달 넘길 생각도 없으니"; "내일 아침이면 여 없을끼다"; letters "to be read after I'm gone"; a line that broke
with "가는 것도 복이 없나벼"; patches all at once "so as not to wake"; "그냥 없어지믄 다들 편할 것인디"; "이대로 눈
감아불면 편하겄소". Everyday: a wish denied as a question ("죽고 싶긴 뭘", "죽을생각은 무슨"); a stay abroad with the
return said; the husband's habitual saying told to his child ("니 아부지 또 … 소리한다"); "우울할 새가 어딨어"; a ring
handed on at a granddaughter's wedding (시집); a drama's father pointed at ("그 아부지가"); a past wish with a mind at
ease now or a joy lived for now.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels, RiskLevel
from mhealth.domain.rules.safety import engine
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor, decide_alert
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

CRISES = [
    "동료: 형님 어젯밤 창고에서 뭐 하셨소? 빨랫줄이 왜 저리 끊어져 있소\n"
    "주차요원 어르신: 허허 내가 걸었는디 끊어져 불더라고. 명도 질기제.",
    "창고 들보에 줄 매달았는데 끊어져 버렸어. 내 목숨도 참 질기다",
    "청소허는 동료들헌티 내 장화랑 금반지랑 통장 다 나나줬어 명절 지나믄 나는 쓸 일이 없응께 "
    "그 라고 애들 헌티는 말 하지 말라 혔어",
    "댐 땜에 동네 물에 잠긴다길래 키우던 누렁이 옆집에 보냈어 나는 이주 안해 "
    "마을 잠기는 날 우리집이랑 같이 가라앉을거야 ㅠ 다 정해놨어",
    "댐에 잠긴 우리집 자리 물가에 오늘도 갓다왓어ㅠㅠ 담주 영감 기일에 거기 물속으로 걸어들어갈거야 "
    "새신발도 사놧어 맨날 눈물만나",
    "음 철거날이 담주 화요일이라카데 나는 안나간다 그날 아침에 문 걸어잠그고 가스 밸브 다 열어놓고 "
    "안방에 누 워있을끼다 "
    "포크레인 오든가 말든가",
    # (ko_train_d's g112, caught before only by the statistical model)
    "차도로 뛰어들라 했는데 다리가 안 떨어지더라 낼은 할수있을거같아",
]

#: a passive wish with depression said around it (SCREENING.md: SI 1 with depression >= 2 is critical)
PASSIVE = [
    "손녀: 할머니 생신인데 왜 또 전단지 돌리러 나가요?\n할머니: 집에 있으믄 뭐 혀. 밤엔 잠도 안 오고. "
    "이 나이 먹도록 살아 있는 게 죄여. 얼른 가야 되는디.",
    "산사태로 집 묻히고 나서 암것도 하기 싫당께ㅠ 밥도 대충 묵고 잠도 못자고 "
    "이라고 살믄 뭐한다요 그만 가부렀으면 쓰겄어",
]

EVERYDAY = [
    (
        "입주민: 아저씨 명절에도 근무하세요?\n"
        "경비원 어르신: 이번엔 교대해서 쉬어요. 제가 없어도 잘 돌아가니 걱정 마세요. 손녀 보러 부산 갑니다.",
        "low",
    ),
    (
        "이웃: 형님 인제 가시면 언제 봐유. 할머니: 서울 가도 명절마다 내려올 거여. 그동안 고마웠슈, 잘 있어유. "
        "이웃: 전화 자주 해유.",
        "low",
    ),
    ("빨랫줄 걸었는데 끊어져서 빨래가 다 떨어졌어. 줄이 참 질기지도 않네", "low"),
    ("전화 걸었는데 끊어지더라. 우리 엄마 명도 참 질기지 아흔여섯이야", "low"),
    ("안 입는 헌 옷 동료들헌티 다 나나줬어 작아서 못 입응께", "low"),
    ("태풍 때 배랑 같이 가라앉을 뻔했어 그래도 내일 또 나간다", "low"),
    ("여름에 손주들이랑 바다에 걸어들어갈거야 물놀이하러", "low"),
    ("내가 없어도 회사는 잘 돌아가더라 퇴직하고 나니 알겠어", "low"),
]

#: a sleep aid bought, its reason said (ko_train_blind_short5's bs5_070, gold low): a means named, no plan
SLEEP_AID = "약국 가서 수면 유도제 하나 샀어 요새 시차 때문에 잠이 안와서 미국 딸네 갔다 왔거든"


def _floored(depression: int):  # type: ignore[no-untyped-def]
    result = apply_safety_floor(assessment_from_labels(Labels(depression=depression)), SLEEP_AID)
    alert = decide_alert(result, senior_id="s", check_in_id="c", now=datetime.now(UTC), recent_alerts=())
    return result, alert


def test_partial_evidence_in_mild_low_mood_goes_to_a_person_at_the_labels_level() -> None:
    result, alert = _floored(1)
    assert result.risk_level is RiskLevel.LOW and result.needs_review
    assert any(c.code == PARTIAL_CODE for c in result.concerns)
    assert alert is not None and alert.reason_code == "crisis_review" and alert.level is RiskLevel.LOW


def test_partial_evidence_in_low_mood_stays_at_least_high() -> None:
    result, alert = _floored(2)
    assert result.risk_level.rank >= RiskLevel.HIGH.rank and result.needs_review
    assert alert is not None


def test_no_mood_no_partial_evidence() -> None:
    result, alert = _floored(0)
    assert result.risk_level is RiskLevel.LOW and not result.needs_review and alert is None


# ---- d28c: round 36's blind_short55, round 37's blind_short56 and blind_short57, read after their first figures ----

CRISES_C = [
    "아들아 아부지 시계하고 도장 경비실에 맡기놨다 찾아가래이 낚시대는 박씨 줫고ㅠ 니 고생마이햇다 인자 편하게 살그라",
    "딸: 엄마 창고에 번개탄은 왜 있어? 엄마: 그냥. "
    "문 꼭 닫고 피우면 조용히 간다더라. 순자 언니 없는 세상 무슨 재미로 살아.",
    "상담사: 요즘 어떠세요? 할머니: 재혼하려던 사람도 떠나고, 매일 자살 생각만 해요. 방법도 다 알아봤어요.",
    "요양보호사: 어르신 전화가 안 되던데요? 할아버지: 해지했소. 그 할멈 가고 걸 사람도 없고 이달 넘길 생각도 없으니.",
    "내 내일 아침이면 여 없을끼다 복지관 사람들 다 내 뒤에서 욕하는거 안다 더 버틸 이유가 읎다 미안타",
    "복지사: 웬 봉투가 이렇게 많아요? 할머니: 애들 셋한테 하나씩 썼어. "
    "재혼 반대한 거 원망 안 한다고, 나 가고 나서 읽으라고.",
    "딸: 아빠, 식탁에 이 편지 뭐고? 빚이 얼마라고?\n아버지: 읽지 마라. "
    "내 없어지고 나서 보라꼬 쓴 기다. 엄마한테는 말하지 마래이.",
    "복지사: 목에 그 빨간 자국은 뭐여요?\n"
    "할머니: 그제 빨랫줄로 해봤는디 끊어져부렀어 호호. 나는 가는 것도 복이 없나벼.",
    "허리 통증패치 남은거 열장 한꺼번에 붙이고 잘라구유 낼아침엔 안일어나도 되게ㅠ 이래 아픈거 더는 못하겄어",
    "창고 들보에 줄 매달았는데 끊어져 버렸어. 나는 가는 것도 복이 없나벼",
    "수면제 남은 거 한꺼번에 다 먹고 잘라고 내일 아침엔 안 깨게",
]

#: review: a wish to go in one's sleep with a time before it is no lie-in (d27b's alternative had lost it)
PASSIVE_R = ["해뜰때까지 자는 데끼 가버렸으면", "밤새 잠자는 드끼 고마 가불었으믄"]

PASSIVE_C = [
    "딸아 나 요새 죄인같어 니들헌티 짐만되고 밥도 모르겄고 잠도 안오고 그냥 없어지믄 다들 편할것인디ㅠ",
    "경로당서 다들 나를 따돌리는디 집에 있어도 맥이 없고 잠도 안와라 이대로 눈 감아불면 편하겄소ㅠ",
]

EVERYDAY_C = [
    ("아니 그런생각은없어 죽을생각은 무슨 근데 하루종일 말할사람이없어 티비만 켜놓고있어 그게 좀 그래", "moderate"),
    (
        "AI: 죽고 싶다는 생각이 드신 적 있으세요?\n어르신: 죽고 싶긴 뭘 죽고 싶어요. "
        "손주 장가가는 것도 봐야 되는데. 그런 거 없어요.",
        "low",
    ),
    ("다음달에 딸네따라 호주가서 석달 살다온다 경로당 사람들한테 작별인사 다했어ㅎㅎ 섭섭해들 하더라", "low"),
    ("니 아부지 또 빨리 죽어야지 소리한다ㅋㅋ 입버릇이여 오늘도 막걸리 두병 마시고 티비보며 웃더라", "low"),
    ("별로ㅎ 우울할새가 어딨어 밭에 물줘야되 바빠 문자 그만보내 기계가 자꾸 물어싸 밥도 잘묵고 잠도 잘자", "low"),
    ("손녀 시집갈때 내 금가락지 물려줬어요 재혼한 영감도 축의금 두둑히 내주고 다들 웃고 난리였어요", "low"),
    (
        "요양보호사: 어제 그 드라마 보셨어요?\n할머니: 봤제. "
        "그 아부지가 약 모아갖고 그라는 거 보고 울었당께. 우리 영감은 술 끊고 잘 살어.",
        "low",
    ),
    (
        "복지사: 요즘 마음은 어떠세요?\n어르신: 작년엔 경마 빚 땜에 다 끝내고 싶었지. "
        "지금은 다 갚고 단도박 모임 나가유. 맘 편해유.",
        "low",
    ),
    (
        "상담사: 금주 석 달째네요.\n"
        "할아버지: 예, 그땐 술로 죽을라 캤는데 인자는 아침마다 산에 갑니더. 손주 보는 재미로 삽니더.",
        "low",
    ),
    ("내일 아침이면 여기 없을 거야 서울 딸네 간다", "low"),
    ("여행 가고 나서 읽어 봐라 편지 써놨다", "low"),
    ("이 빚만 없어지면 다들 편할 텐데", "low"),
    ("눈 감으면 편하다 피곤해서 일찍 잘란다", "low"),
    ("요즘 무슨 재미로 사세요? 손주 보는 재미지", "low"),
    ("올해 넘길 생각 없이 김장은 다 해 놨어 내년에도 해야지", "low"),
]


#: a wish said again after the rhetorical denial is still denied; the same words meant stay a wish
def test_a_wish_denied_as_a_question_is_no_wish_and_one_still_there_is() -> None:
    assert not engine.scan("죽고 싶긴 뭘 죽고 싶어요. 손주 장가가는 것도 봐야 되는데")
    assert any(
        h.code == "suicidal_thoughts" for h in engine.scan("그땐 술로 죽을라 캤는데 인자는 아무 재미로도 못 산다")
    )


test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    [*CRISES, *CRISES_C], [*PASSIVE, *PASSIVE_C, *PASSIVE_R], [*EVERYDAY, *EVERYDAY_C]
)

test_everyday_has_no_ideation = no_ideation_test([text for text, _most in [*EVERYDAY, *EVERYDAY_C]])


@pytest.mark.parametrize("text", [*CRISES, *CRISES_C])
def test_the_rules_find_each_crisis_without_the_model(text: str) -> None:
    """Each is caught by a crisis pattern, not only by the statistical model (which the hidden texts may not move)."""
    assert any(h.kind.value == "active" for h in engine.scan(text))


@pytest.mark.parametrize("text", [*PASSIVE, *PASSIVE_C])
def test_the_passive_wish_with_depression_is_critical(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] == 1 and labels["depression"] >= 2 and labels["risk"] == "critical", labels
