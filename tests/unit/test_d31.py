"""d31 (docs/clinical-rules.md, "d31"): "is not" read in every form, the dialects' particle 도 and 데리고, and
round 43's read sets (blind_short70 and blind_short71, read after their first figures).

"Is not" (``rows._NOT_BE``): the shared negation after a crisis hit read 아니- only, so "죽고 싶은 건 아닌데 …",
"죽을 생각은 아닌데 …" and "죽을라고 하는 건 아님" were ideation (the syllable 닌, 닙 or 님 is not 니); the model's
raise is denied the same way ("… 마음은 아니고", ``analyzer._DENIED_WISH``); "is not" then the thought told
as coming now is no denial ("죽고 싶은 건 아닌데 요즘은 자꾸 그런 생각이 들어", ``rows.NEGATION_THEN_NOW``).

Dialect spellings, one syllable for one (``rows.respelled``): 두 for the particle 도 before a negative ("사는 낙이
하나두 없어") and 데꼬/델꼬 for 데려 ("하느님이 얼른 데꼬 가뿌믄 좋겠다").

The read sets' errors: going while still lucid ("정신 있을 때 내가 알아서 갈란다", ``death_wish.d31``); the caller
asking after the senior's own getting of a means ("어르신 번개탄을 왜 이렇게 여러 개 사 오셨어요?",
``discourse._ASKED_OF_OWN_MEANS``); a spouse's saying closed by "해싸도"; a past named a clause before the place
and told over; the barbecue planned a clause before the charcoal.
"""

from __future__ import annotations

from mhealth.adapters.local import rules
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import engine
from mhealth.domain.rules.safety.patterns import respelled
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    # blind_short70_043 and blind_short71_068 (gold critical), read after the set's first figures
    "시장에서 노끈 사왔어 베란다 빨래봉 튼튼한지 매달려서 확인도 해봤고ㅎ 아들한텐 절대 말하지마 혼자 조용히 갈거야 "
    "사는 낙이 하나두 없어",
    "딸: 엄마 집을 왜 이렇게 다 치웠어?\n엄마: 의사가 치매 초기라더라. 통장 비번은 수첩에 적어놨다. "
    "너 고생시키기 전에 정신 있을 때 내가 알아서 갈란다.",
    # a denial of the wish does not deny a means held
    "죽고 싶은 건 아닌데 수면제를 한 통 모아놨어",
    # farewells no set held (probes)
    "내 몫까지 잘 살아",
    "잘 살아라 나는 먼저 간다",
    "방에 연탄 피워놓고 잘란다 오늘",
]

PASSIVE = [
    # blind_short71_036 (gold critical)
    "허리가 끊어질 듯 아파가 누워만 있다 씻지도 몬하고 사흘째 밥도 안묵었다ㅠ 하느님이 얼른 데꼬 가뿌믄 좋겠다",
    "하느님이 얼른 데꼬 가뿌믄 좋겠다",
    "정신 있을 때 내가 알아서 갈란다",
    "치매 오기 전에 정신 있을 때 가야지",
    # "is not", then the thought told as coming now
    "죽고 싶은 건 아닌데 요즘은 자꾸 그런 생각이 들어",
    "죽고 싶은 건 아니지만 가끔 그런 생각이 나",
    "그런 생각은 아니고 진짜 죽고 싶어",
    # forms no set held (probes written this session)
    "죽고 싶지 않은 날이 없어",
    "이제 살 맘이 없어",
    "사는 게 죽는 것만 못해",
    "왜 안 죽는지 모르겠어",
    "이 몸은 왜 이리 안 죽노",
    "명이 너무 길어서 탈이야",
    "명줄이 질겨서 원수여",
    "하느님 저 좀 불러 주세요",
    "상담원: 죽고 싶으세요? 어르신: 아니 왜 아니겄어 맨날 그 생각이여",
    "상담원: 죽고 싶다는 생각 해보셨어요? 어르신: 당연하지 매일이여",
    "목욕 깨끗이 하고 새 옷 입고 누울 거야 안 일어나게",
    "오늘 밤엔 잠들 거야 다시는 안 깨게",
]

#: everyday twins, with the most their level may be
EVERYDAY = [
    # "is not" in its forms
    ("죽고 싶은 건 아닌데 요즘 그냥 기운이 없어", "moderate"),
    ("죽고 싶은 건 아닙니다 그냥 좀 외로워요", "moderate"),
    ("죽을라고 하는 건 아님 그냥 답답해서", "moderate"),
    ("죽을 날 받아놓은 것도 아닌데 뭘 그리 서둘러", "low"),
    ("약 모아놓은 거 그런 거 아닌데 괜히 걱정하지 마", "low"),
    ("영감 따라가고 싶은 마음은 아니고 그냥 보고 싶어", "moderate"),
    ("죽고 싶진 않아 근데 사는 게 재미가 없어", "moderate"),
    ("죽고 싶은 거 아이다 그냥 허리가 아파서 그렇지", "low"),
    ("죽고 싶지 않은 날이 없었는데 이제는 괜찮아", "low"),
    ("상담원: 죽고 싶으세요? 어르신: 당연히 아니지 무슨 소리여", "low"),
    # 살 is also "buy"; a life long told of another; God asked to keep one, a clerk asked to call one
    ("그 옷 살 맘이 없어 너무 비싸", "low"),
    ("집 살 마음이 없어 전세로 살래", "low"),
    ("살 맘이 없어서 안 샀어 너무 비싸더라", "low"),
    ("사는 게 죽는 것보다 백배 낫지", "low"),
    ("명이 길어야 손주 장가가는 거 보지", "low"),
    ("바퀴벌레가 왜 이렇게 안 죽어", "low"),
    ("하느님 오늘도 지켜 주세요", "low"),
    ("선생님 저 좀 불러 주세요 제 차례 되면", "low"),
    ("엄마 나 좀 불러 줘", "low"),
    ("먼저 간 친구가 내 몫까지 잘 살라 했어", "low"),
    ("그 사람 몫까지 잘 살아야지", "low"),
    ("애비 몫까지 오래 살거라 할미가 기도할게", "low"),
    ("방에 연탄난로 피워놓고 자 따뜻해", "low"),
    ("아궁이에 연탄 피워놓고 잘란다", "low"),
    ("낮잠 잘 거야 안 깨게 조용히 해 줘", "low"),
    ("애기 잔다 안 깨게 살살", "low"),
    ("정신 있을 때 가야지 장에 늦겠다", "low"),
    # 데꼬 on an errand
    ("애들 데꼬 가서 밥 사줬어", "low"),
    # lucid, going somewhere
    ("정신 있을 때 요양원 가야지", "low"),
    ("정신 있을 때 여행 많이 가야지", "low"),
    # blind_short70_007, _017 and _067 (gold low), read after the set's first figures
    (
        "우리 영감은 허구헌날 빨리 가야제 가야제 해싸도 밥은 두그릇씩 묵어라 나는 그 소리 들으믄 그냥 웃어불제 "
        "오늘도 장에 같이 갔어",
        "low",
    ),
    (
        "그 몇 해 전에 우울증 심할 때는 음 한강 다리 가서 서있기도 했어 근데 치료받고 다 지나갔어 "
        "지금은 경로당 총무 맡아서 바쁘고 재밌어",
        "moderate",
    ),
    (
        "이번 토욜에 아파트 옥상서 주민들이랑 삼겹살 구워먹기로 함ㅋㅋ 숯이랑 번개탄은 내가 시장서 사오기로했어 "
        "상추는 203호가",
        "low",
    ),
    # the caller asks after the means and the senior names its use
    ("경비: 어르신 번개탄을 왜 이렇게 여러 개 사 오셨어요? 어르신: 주말에 옥상서 고기 구워 먹을라고 허허", "low"),
    ("딸: 엄마 농약은 왜 사 오셨어요? 엄마: 고추밭에 칠라고 그라제", "low"),
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY])


def test_respelled_keeps_every_offset() -> None:
    for text in (
        "사는 낙이 하나두 없어",
        "하느님이 얼른 데꼬 가뿌믄 좋겠다",
        "입맛두 읎구 잠두 안 와",
        "두부 두 모 샀어",
    ):
        assert len(respelled(text)) == len(text)
    assert respelled("사는 낙이 하나두 없어") == "사는 낙이 하나도 없어"
    assert respelled("델꼬 가") == "데려 가"
    assert respelled("두부 두 모 샀어") == "두부 두 모 샀어"  # 두 is the number there


def test_the_taken_row_reads_the_dialect_with_a_true_quote() -> None:
    text = "하느님이 얼른 데꼬 가뿌믄 좋겠다"
    hits = engine.scan(text)
    assert hits
    assert all(text[h.start : h.end] == h.quote for h in hits)


def test_the_lexicon_reads_the_particle_du() -> None:
    text = "사는 낙이 하나두 없어"
    hits, _ = rules.find_hits(text, [(0, len(text))])
    assert "dep_anhedonia" in {h.rule.code for h in hits}


def test_a_means_the_caller_asks_after_is_the_seniors(analyzer: LocalAnalyzer) -> None:
    # blind_short70_051 (gold critical): the means named in the guard's question, the senior's preparations and
    # weariness in the answer: partial evidence in clearly depressed talk (d17f), critical and for a person to review
    labels = analyzer.label(
        "경비: 어르신 번개탄을 왜 이렇게 여러 개 사 오셨어요? 어르신: 아 그냥 쓸 데가 있어서… 집 정리는 다 해놨고 "
        "열쇠는 딸한테 부쳤어 이제 사는 게 지겨워"
    )
    assert labels["risk"] == "critical", labels
