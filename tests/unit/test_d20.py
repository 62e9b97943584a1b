"""d20: what round 12's short set and call set (ko_train_blind_short13, _long20; read after their first figures on
2026-12-04, fourth session) showed the analyzer misreading, as mechanisms, each with its twin the other way
(docs/clinical-rules.md, "d20"). The texts are new words, not the sets' items."""

from __future__ import annotations

import pytest

from mhealth.adapters.local import rules as local_rules
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import engine
from tests.unit.screening_checks import mechanism_tests

#: crises the analyzer put below critical
ACTIVE = [
    # a named poison carried along to where she is going, and "don't come looking for me"
    "얘야 오늘 저녁에 아버지 산소에 간다. 헛간에 둔 제초제는 내가 챙겨 간다. 나 찾으러 오지 마라.",
    # Jeju: the sea entered, "only not to come out this time" (-민: -면), with a time
    "나 바당에 들어가민 되는 거라. 이번엔 안 나오민 되주. 물때 보난 그믐 지나민 딱 좋으크라.",
]

#: round 13's crises (short14, long22, long23), in new words
ACTIVE += [
    # a step that would do it, at a cliff's edge, in Jeju speech, taken back by a dog's pull
    "밤에 절벽 끝에 가서 한참 서 있었수다. 한 발짝만 더 나가민 되켜 허멍. 개가 바짓가랑이를 물어 당겨서 돌아왔주.",
    # medicine bought and named as a poison after it, put away, money divided and a PIN left
    "어제 읍내 가서 약 한 병 샀다. 제초제. 헛간에 넣어 놨다. 통장 비밀번호는 냉장고에 적어 놨으니 알아서 해라.",
    # a letter to each pupil mailed, then thanks and the next session cancelled
    "선생님, 제자들한테 편지를 한 장씩 다 써서 보냈어요. 다음 달 모임은 못 나갈 것 같아요. 그간 고마웠습니다.",
    # syringes laid in plenty, asked after an overdose, no reason to live
    "간호사: 인슐린 많이 맞으면 어떻게 되냐고 물어보셨다면서요? / 할아버지: 주사기는 잔뜩 받아놨어. 더 살아서 뭐 해.",
]

#: round 14's crises (short15, long24), in new words
ACTIVE += [
    # a rope tied to a beam, a date before the son comes
    "몸도 못 쓰고 짐만 되니 헛간 서까래에 밧줄 하나 단단히 묶어 놨어 설에 애들 오기 전에 끝낼라고",
    # a rope kept and hung on the beam, in an answer to the caller
    "AI: 구체적인 계획을 생각해 보셨나요? / 할아버지: 소 매던 줄 하나 안 버리고 들보에 걸어놨지.",
    # where the bankbook is, jewellery named for each, "don't look for me"
    "영숙아, 엄마 통장이랑 도장은 장롱 맨 아래 서랍에 있다. 진주 목걸이는 너 갖고 반지는 민지 줘라. "
    + "엄마 찾지 말고 잘 지내라.",
    # medicines put away, the danger told, and wanted
    "할멈 가고 나서는 혈압약이고 뭐고 다 치워 놨어 의사가 약 안 먹으면 쓰러진다던데 그게 내가 바라는 거야",
]

#: a wish the caller asked about and the elder affirmed stays the elder's
PASSIVE = [
    "최근에 죽고 싶다는 생각을 하신 적이 있으세요? 네, 가끔 그래요. 밤마다 그래.",
    "나는 빨리 죽어야지 싶더라고요. 요새는 통 잠이 안 와요.",
    # pills gathered at the pharmacist's, to sleep all at once
    "약사: 수면제를 또 사 가세요? / 할머니: 모아 둘라고. 사는 것도 다 귀찮고… 한꺼번에 푹 자버리게.",
    # treatment skipped on purpose, "just let me go like this"
    "간호사: 투석을 왜 또 빠지셨어요? / 할머니: 일부러 안 갔어. 애들 고생시키기 싫어. 그냥 이대로 가게 놔둬.",
    # pills from several clinics, to sleep long, all at once
    "약사: 수면제를 또 받으셨어요? / 할아버지: 딴 병원에서도 받아 놨어. 한꺼번에, 오래 자려고.",
    # a sleep sought so as not to wake, said last
    "요새 잠약을 몇 군데서 타 놨어. 이번에는 아주 푹 잘라고. 다시는 안 깨게.",
]

#: crying oneself to sleep every night is low mood (PHQ-9 #2): with a burden felt and a passive wish, critical
DEPRESSED_AND_PASSIVE = "아빠는 요새 밤마다 울다 잠든다. 느그한테 짐만 되는 것 같다. 자다가 그대로 가면 좋겠다."

#: the everyday or other people's side, at most the level named
BENIGN = [
    # d20: "지난주에" holds no "I" (난): the friend's overdose is the friend's
    ("동창 하나가 지난주에 수면제를 한꺼번에 먹고 병원에 실려 갔대요. 다행히 살았대요. 마음이 안 좋네요.", "high"),
    # "문제가", "하나도" hold no "I" either
    ("옆집 영감이 문제가 많아 며칠 전에 농약을 마시고 응급실 갔다 왔어.", "high"),
    # the caller's screening question in a call with no turn labels, answered no at once
    (
        "혹시 요즘 죽고 싶다거나 사라지고 싶다는 생각이 드신 적 있으세요? 아니요. 그런 생각은 안 해요. "
        + "손녀 보는 재미로 살아요.",
        "moderate",
    ),
    ("최근 2주 동안 스스로 목숨을 끊을 생각을 해 보신 적이 있으신가요? 저는 없어요.", "moderate"),
    # the means echoed back with a question mark, a short sentence, then the denial
    ("상담원: 집에 번개탄 같은 거 두고 계세요?\n할아버지: 번개탄? 우리는 가스보일러여. 그런 거 없어.", "low"),
    # a saying witnessed, closed a clause on by "이러더라고요"
    ("요새 우리 영감이 밥상 앞에서 빨리 죽어야지 너 고생 그만 시키게 이러더라고요. 속상해요.", "moderate"),
    # someone announced as saying strange things, his orders closed as that saying
    ("우리 양반이 요새 자꾸 이상한 소리를 해 나 죽으면 통장은 어디 두고 땅은 팔라고 맨날 그 얘기만 해", "moderate"),
    # the wish of a year ago, with "no room for such thoughts" now
    ("재작년 봄에는 확 죽어뿔까 싶었제 근데 요새는 텃밭 가꾼다꼬 바빠서 그런 생각 날 틈도 없다", "low"),
    # pills gathered in the past, treated, and well now; "병원에 데려가 줘서" is a thing done, no wish
    (
        "몇 년 전 영감 보내고 한동안 약을 모아 두고 나쁜 생각만 했어요. "
        + "아들이 병원에 데려가 줘서 치료를 받았고, 지금은 노래 교실 반장이에요.",
        "low",
    ),
    ("그때 이웃들이 반찬도 해 주고 병원도 데려가 주고 그랬지. 고마운 사람들이야.", "low"),
    # medicines gathered into a pill box, taken dose by dose
    (
        "보건소에서 당뇨약 두 달 치 받아 왔어. 약통에 요일별로 나눠 담아 놨고 아침저녁 한 알씩 꼬박꼬박 먹는다.",
        "moderate",
    ),
    # a poison carried to the field for its use
    ("내일 새벽에 과수원 간다. 살충제는 내가 들고 간다. 벌레가 많아서 뿌려야 돼.", "low"),
    # a sleep kept from an early waking
    ("오늘은 손주 재우고 나도 푹 자려고. 안 깨게 휴대폰은 꺼 놨어.", "moderate"),
    # crying at a film is no low mood of the speaker's days; a child crying herself to sleep is the child's
    ("손녀가 어제 엄마 보고 싶다고 울다 잠들었어. 오늘은 유치원 잘 갔대.", "moderate"),
    # "분" in "기분이" is no person: her own mood and a means bought are hers (the crisis twin) ...
    # ... and someone else's words, quoted with a kin word calling the teller, closed by "그러는 거여"
    ("큰딸이 밤에 전화해서 엄마 나 죽고 싶어, 한강 다리 위야, 그러는 거여. 얼마나 놀랐는지.", "high"),
    # a rebuke to a drama's character
    (
        "연속극에서 며느리가 옥상에서 뛰어내린다고 난리를 치는데 내가 저기서 왜 뛰어내려 하고 소리를 질렀다니께",
        "moderate",
    ),
    # "when would I die": a rhetorical denial with years of work ahead (alone, the model's review band: high)
    ("내 죽으면 가게는 딸 주기로 했다 근데 죽기는 언제 죽노 팔십까지는 가위 잡을 끼다", "high"),
    # the screening question answered no in Jeju speech (alone, the model's review band: high)
    ("최근에 삶을 끝내고 싶다는 생각이 드신 적이 있으십니까? 어서 마씀. 그런 생각 한 번도 안 해봤수다.", "high"),
    # a regret at having taken someone to hospital too late
    ("집사람을 내가 조금만 일찍 병원에 데려갔으면. 그 생각만 나요.", "high"),
    # charcoal for a grill, the meat grilled, the death in an idiom
    ("지난 주말 캠핑 가서 번개탄에 불 붙이고 삼겹살 구웠는데 손주가 웃겨 죽는 줄 알았다", "low"),
    # a rope for a swing
    ("손녀 그네 매 준다고 감나무에 줄 걸었어. 매듭은 내가 선수지.", "low"),
    # a friend seen, then her words closed by "카는 기라", and her crying seen
    (
        "영순이가 내 얼굴 보더니 나도 영감 따라가고 싶다, 약을 모아 놨다 카는 기라. 울기만 하더라. "
        + "내일 상담센터 같이 간다.",
        "high",
    ),
    # the charcoal said not bought, a clause on
    (
        "손주들 온다고 해서 참숯 한 포대 사 왔어 마당에서 고기 구워 줄라고 "
        + "번개탄은 냄새 난다고 딸이 싫어해서 그건 안 샀어",
        "low",
    ),
    # "I almost wrote a will" of a fright that is over (the rules leave it; alone, the model's review band: high)
    ("조직검사 결과가 양성이래요. 암인 줄 알고 유서까지 쓸 뻔했어요. 이제 살았네요.", "high"),
    # a diver: "feels like dying" under water, and back in tomorrow
    ("물질 오십 년이라 물속에선 숨이 막혀 죽을 거 같아도 나오면 또 살아져 내일도 들어갈 거야", "low"),
    # the past at the breakwater, treated, and "no such thought now" (안 든다)
    (
        "삼 년 전 첫해에는 방파제 끝에 가서 물에 뛰어들까 하고 서 있었던 적도 있다 요새는 그런 생각 하나도 안 든다",
        "high",
    ),
    # a husband's "my turn soon", closed by "그러는 거라" (the rules leave it; alone, the model's review band: high)
    ("장례식장에서 영감이 국 먹으면서 나도 곧 갈 거라 이제 우리 차례여 그러는 거라 내가 등짝을 때려줬지", "high"),
    # Jeju: a diver's sea and what she gathers there
    ("손녀가 얕은 바당에서 보말 잡는 거 좋아허난 물에 들어가민 같이 잡으켜. 방학에 온댄 해수다.", "low"),
]


test_active_ideation_is_critical, test_passive_wish_is_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, BENIGN
)


@pytest.mark.parametrize(
    "text", ["기분이 너무 안 좋아서 수면제를 모아 놨어", "요새 기분이 계속 가라앉아서 농약을 사다 놨어"]
)
def test_a_mood_before_a_means_is_the_speakers(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["risk"] == "critical"  # "분이" of 기분이 had read as a third person


@pytest.mark.parametrize("word", ["기분이", "부분이", "화분이", "오분이", "인형이", "체형이"])
def test_words_that_hold_no_third_person(word: str) -> None:
    assert engine._OTHER_SUBJECT.search(word) is None


@pytest.mark.parametrize("word", ["그분이", "친구분이", "한분이", "형이", "동창하나가"])
def test_third_persons_still_read(word: str) -> None:
    assert engine._OTHER_SUBJECT.search(word) is not None


def test_crying_to_sleep_with_a_passive_wish_is_critical(analyzer: LocalAnalyzer) -> None:
    labels = analyzer.label(DEPRESSED_AND_PASSIVE)
    assert labels["depression"] >= 2 and labels["suicidal_ideation"] >= 1 and labels["risk"] == "critical", labels


@pytest.mark.parametrize(
    "word", ["지난주에", "끝난", "살아난", "하나도", "지나도", "만나는", "문제가", "숙제가", "잘 지내는"]
)
def test_words_that_hold_no_first_person(word: str) -> None:
    compact = "".join(word.split())
    assert engine._FIRST_PERSON.search(compact) is None
    assert local_rules._FIRST_PERSON.search(compact) is None


@pytest.mark.parametrize("word", ["난 몰라", "그래서 난", "나는", "내가", "나도", "제가", "저는"])
def test_first_person_words_still_read(word: str) -> None:
    compact = "".join(word.split())
    assert engine._FIRST_PERSON.search(compact) is not None
    assert local_rules._FIRST_PERSON.search(compact) is not None


def test_the_dialect_first_person_is_read_by_the_local_rules() -> None:
    assert local_rules._FIRST_PERSON.search("내는모른다") is not None  # Gyeongsang 내는 (나는)
