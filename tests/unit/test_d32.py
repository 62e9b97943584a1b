"""d32 (docs/clinical-rules.md, "d32"): forms found by probing lists of common ways of saying (and of not saying)
these things, and round 45's read set (blind_short74, read after its first figures).

Probes: the dialects' 버리 (뿌/뿔/삐/불) after 죽어, 디져 or 빠져 ("고마 죽어뿌까 싶다", "확 디져불까 보다", "물에 빠져
뿔까 싶다"), not getting up told beforehand ("내일 아침에 내가 안 일어나도 놀라지 마라"), an accident wished for
("차에 치여 버렸으면 싶어"), one's own body wished gone ("이 몸뚱이 없어지면 좋겠다"), an adverb before "no reason to
live" ("살 이유가 하나도 없어"), going on one's own to spare the children ("니들 고생 안 시키고 내가 알아서 갈게").
Everyday readings that came out critical: a field's pesticide and its bottle ("농약 한 병 사다 놨어 고추밭에
치려고"), a letter for a birthday ("손주 생일에 주려고"), a bank book's number noted so as not to forget it.

blind_short74's errors: affairs settled then going at peace (Jeju "이젠 맘 편히 가쿠다"), a cord bought with an adverb
between ("끈도 벌써 사놨슈"), the late spouse's side and the going's ease ("옆으로 가불면 속편하겄어"), holding on
questioned ("더 버텨 뭐 하나"), one's going weighed for its insurance; and, of its lows sent to a person, a fright told
("죽는 줄 알았는디") and living longer resolved on ("십 년은 더 살아야 안 되겠나").

d32b, round 46's read sets (blind_short78 and blind_short79, read after their first figures): a parent going first with
an apology, the Jeju "나 찾지 맙서" and "아이들신디 잘 살라고", the house cleared and only the day left to set, fasting
on purpose so as to go, an end with no pain wished, a world without the one who died asked what for, called away
wished; a will made with a lawyer and a trip next year (calm), a move's day.

d32c, round 47's read set (blind_short81, read after its first figures): the late spouse's place with an adverb
between, waking regretted, pills bought and kept then going now, a last present from oneself, a long life's sights
lamented, a stove left on (typed); and the dialect's "사는 기 사는 기" no longer read as a news article ("기사").
"""

from __future__ import annotations

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import engine
from mhealth.domain.rules.safety.patterns import respelled
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    # dialect 버리 (probes)
    "고마 죽어뿌까 싶다",
    "고마 죽어 뿌까 싶다",
    "확 디져 불고 싶어",
    "확 디져버릴까",
    "그냥 죽어불고 싶당께",
    "고마 죽어삐까",
    "죽어 뿌고 싶다",
    "물에 빠져 뿔까 싶다",
    "강에 빠져 삐까",
    # not getting up, told beforehand
    "내일 아침에 내가 안 일어나도 놀라지 마라",
    "엄마가 못 일어나더라도 울지 마라",
    # blind_short74_017, _022 and _064 (gold critical), read after the set's first figures
    "손주들 통장에 남은돈 다 갈라 넣었수다 반지는 메느리 줬고 집도 다 치왔수다 이젠 맘 편히 가쿠다 고맙수다",
    "복지사: 집 경매 얘기 들으셨어요? 어르신: 들었슈. 그 전에 내가 먼저 가야지. 끈도 벌써 사놨슈.",
    "아이고 빚이 삼천이라 카는데 갚을 길이 없다 고마 내가 없어지믄 보험금 나오제 그거로 애들 빚 갚으라 캐라",
    # and their forms
    "빚 다 갚았고 통장도 딸 줬어 이제 맘 편히 갈란다",
    "차라리 내가 죽으면 보험금이라도 나올 거 아이가",
    # going to the water never to come back; sorry, going like this
    "겨울 바다 보러 갈 거야 혼자 다시는 안 올 거고",
    "강에 가믄 다시는 안 올 끼다",
    "미안하다 엄마가 못나서 이렇게 간다",
    # thoughts of harming oneself asked in other words, answered yes
    "복지사: 나쁜 생각 하시는 거 아니죠? 어르신: 하지 그럼",
    "상담원: 요즘 이상한 생각 드세요? 할머니: 응 자주 들어",
    "AI: 스스로 해치고 싶은 생각이 있으세요? 어르신: 그려 요새 좀 그려",
    "간호사: 자해하신 적 있으세요? 할아버지: 지난주에 한 번",
    # a means held is no everyday one because a PIN was noted for oneself in the same breath
    "통장 비밀번호 적어 놨다 잊어버릴까 봐 니가 알아서 해라 난 이제 간다",
]

PASSIVE = [
    "차에 치여 버렸으면 싶어",
    "교통사고라도 나서 죽었으면",
    "교통사고라도 났으면 좋겠다",
    "트럭에 확 받혀 버렸으면 좋겠다",
    "이 몸뚱이 없어지면 좋겠다",
    "이 늙은 몸 그냥 사라졌으면",
    "살 이유가 하나도 없어",
    "니들 고생 안 시키고 내가 알아서 갈게",
    "짐 되기 전에 알아서 가야지",
    # blind_short74_039 and _052 (gold critical)
    "간호사: 병원비 때문에 치료 그만두신다고요? 할머니: 네, 며칠째 씻지도 못하고 누워 있어요. 이 나이에 더 버텨 뭐 "
    "하나 싶어요.",
    "월세 밀린지 석달이여 입맛도 없고 암것도 하기싫어 누워만있소 먼저간 양반 옆으로 가불면 속편하겄어",
    "이 나이에 더 버텨 뭐 하나",
    "먼저간 양반 옆으로 가불면 속편하겄어",
    # typed misspellings of the wish
    "죽고십다",
    "죽고 십어",
    "주꼬싶다",
    "살기실타",
    # an illness wished for, the heart stopped, living only a burden
    "차라리 암이라도 걸렸으면",
    "심장이 그냥 멈췄으면",
    "자다가 심장이 멈추면 좋겠다",
    "살아 있어 봐야 짐만 되지",
]

#: ... and a crisis the field's bottle must not make ordinary: the spraying said to be gone (ko_train_blind_short48
#: bs48_038, gold critical)
ACTIVE += [
    "상담사: 올해 농사는 어떠셨어요?\n어르신: 망혔슈. 빚만 늘었쥬. 창고에 있던 제초제 한 병 내 방에 갖다 놨슈. "
    "밭에 뿌릴 일은 인자 없슈.",
]

#: everyday twins, with the most their level may be
EVERYDAY = [
    # feelings, others' deaths, near things
    ("더워 죽어불겄네 참말로", "low"),
    ("배고파 죽어뿌겠다", "low"),
    ("아이고 더버 죽어뿌까 싶다", "low"),
    ("그 개가 차에 치여 죽어뿌렀어", "low"),
    ("옆집 개가 물에 빠져 뿌렀다 건졌어", "low"),
    ("물에 빠져 뿔 뻔했다 미끄러워서", "low"),
    ("차에 치여 죽을 뻔했어 무서워", "low"),
    ("교통사고라도 났으면 큰일 날 뻔했어", "low"),
    ("교통사고라도 났으면 어쩔 뻔했어", "low"),
    # a lie-in
    ("내일 아침에 내가 안 일어나도 놀라지 마라 늦잠 잘 거니까", "low"),
    ("내일 아침에 내가 안 일어나도 걱정 마라 야근하고 와서 잘 거니까", "low"),
    ("아침에 안 깨도 깨우지 마라 푹 잘란다", "low"),
    # an ailment gone
    ("이 몸살이 얼른 없어지면 좋겠다", "low"),
    ("몸에 난 혹이 없어지면 좋겠어", "low"),
    # means and papers for their everyday use
    ("농약 한 병 사다 놨어 고추밭에 치려고", "low"),
    ("농약 한 병 사다 놨어 고추밭에 칠라고", "low"),
    ("고추밭에 칠라고 농약 한 병 사다 놨어", "low"),
    ("편지 써서 서랍에 넣어 놨어 손주 생일에 주려고", "low"),
    ("통장 비밀번호 적어 놨다 잊어버릴까 봐", "low"),
    ("통장 비밀번호 적어 놨다 은행 갈 때 보려고", "low"),
    ("비밀번호 적어 놨어 까먹을까 봐 수첩에", "low"),
    ("끈도 벌써 사놨어 고추 묶을라고", "low"),
    ("그네 맬 끈 벌써 사놨어", "low"),
    # a shop held on to; insurance in its time; a trip or home after the debts
    ("가게 더 버텨 뭐 해 접어야지", "low"),
    ("내가 죽으면 보험금 나오니까 그걸로 장례 치러라", "low"),
    ("보험금 나오면 애들 빚 갚으라 캐라", "low"),
    ("빚 다 갚았으니 이제 맘 편히 여행 가겠다", "low"),
    ("용돈 줬고 이제 맘 편히 집에 가겠다", "low"),
    ("손주들 용돈 다 줬고 이제 맘 편히 갈란다 집에", "low"),
    ("니들 고생 안 시키고 내가 알아서 갈게 버스 타고", "low"),
    ("산에 갔다가 다시는 안 올 거야 너무 힘들어서", "low"),
    ("그 바닷가 식당은 다시는 안 올 거야 비싸", "low"),
    ("강남 가서 다시는 안 올 거야", "low"),
    ("미안 이렇게 간다 내일 봐", "low"),
    ("최고십니다 선생님", "low"),
    ("먹고 십어", "low"),
    ("병이라도 걸렸으면 어쩔 뻔했어", "low"),
    ("심장이 멈췄으면 어쩔 뻔했어", "low"),
    ("심장이 멈추면 어떡해", "low"),
    ("살아 봐야 알지", "low"),
    # the euphemisms asked and denied (a 네 to a negative question agrees that it is not), or not asked
    ("복지사: 나쁜 생각 하시는 거 아니죠? 어르신: 네 안 해요", "low"),
    ("복지사: 나쁜 생각 하시는 거 아니죠? 어르신: 응", "low"),
    ("복지사: 나쁜 생각 하지 마세요. 어르신: 그려", "low"),
    ("복지사: 이상한 생각 드세요? 어르신: 아니 없어", "low"),
    ("간호사: 자해하신 적 있으세요? 할아버지: 없어요", "low"),
    ("복지사: 어제 이상한 사람 오셨어요? 어르신: 그래 왔다 갔어", "low"),
    # someone else's drunken saying in the dialect (ko_train_c c248, ko_train_k tk125: gold low)
    ("우리 집 할배는 술만 묵으면 고마 죽어삘란다 카는데 아침 되면 멀쩡하다", "low"),
    ("친정 오빠가 술만 마시믄 죽어불란다고 난리여 올케가 전화와서 우리가 한번 가볼라고", "low"),
    # blind_short74_028 and _074 (gold low), read after the set's first figures
    ("복지사: 전세금 돌려받으셨어요? 어르신: 받았지라. 그때는 못 받으면 죽는 줄 알았는디 인자 다 해결됐어라.", "low"),
    (
        "아들: 아부지 땅 팔면 우짤라꼬예? 아버지: 반은 너거 주고 반은 내 노후에 쓸 끼다. 십 년은 더 살아야 안 되겠나.",
        "low",
    ),
    ("더 살아야지 손주 결혼하는 거 봐야지", "low"),
    # the field's pesticide, its spraying planned (ko_train_blind_short39 bs39_039, gold low)
    (
        "아 그 농약 말이가 고추밭에 칠 거 한 병 더 사 놨다 비 오기 전에 내일 새벽에 칠라꼬 아들 오믄 같이 칠끼다 "
        "할매는 주간센터 갔고",
        "low",
    ),
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY])


def test_a_heart_pounding_in_the_mind_is_nervousness(analyzer: LocalAnalyzer) -> None:
    # blind_short74_024: "맘이 벌렁벌렁혀유" is the heart pounding said of the mind, not only of the chest
    assert analyzer.label("맘이 벌렁벌렁해 병원 결과 나올 때까지")["anxiety"] >= 1


def test_typed_misspellings_are_read_one_syllable_for_one() -> None:
    for said, read in (
        ("죽고십다", "죽고싶다"),
        ("죽고 십어", "죽고 싶어"),
        ("주꼬싶다", "죽고싶다"),
        ("살기실타", "살기싫타"),
    ):
        assert respelled(said) == read
    assert respelled("최고십니다") == "최고십니다"


def test_a_misspelled_wish_is_quoted_as_typed() -> None:
    text = "요즘 너무 힘들어 죽고십다"
    hits = [h for h in engine.scan(text) if h.code == "death_wish"]
    assert hits and all(text[h.start : h.end] == h.quote for h in hits)
    assert any("십" in h.quote for h in hits)


def test_lonely_to_death_is_marked_isolation(analyzer: LocalAnalyzer) -> None:
    # "외로워서 죽겠어" was read as marked loneliness, "외로워 죽겠어" (no 서) only as some
    for text in ("외로워 죽겠어", "적적해서 못 살겠어"):
        assert analyzer.label(text)["loneliness"] == 2, text


#: d32b (ko_train_blind_short78 and _79, read after their first figures)
D32B_ACTIVE = [
    "아들아 보일러기름 채워놨다 통장하고 도장은 장롱 둘째칸. 개는 이장님이 데려가기로함. 미안하다 아버지 먼저간다",
    "친구들 다가고 나만남음. 집정리 다햇고 옷가지도 다버림. 영정사진도 찍어둠. 이제 날만 잡으면됨",
    "AI: 식사는 잘 하셨어요? 어르신: 안 먹어유. 일부러 굶는 거유. 이러다 보면 가겄지유. 딸헌티는 연락허지 마유.",
    "밥은 먹었수다 근디 나 살 만큼 살았수다 오늘 밤 지나민 나 찾지 맙서 아이들신디 잘 살라고 전해 줍서",
    "미안하다 아버지 먼저 간다",
    "나 찾지 맙서",
    "아이들신디 잘 살라고 전해 줍서",
    "집정리 다 했어 이제 날만 잡으면 돼",
]
D32B_PASSIVE = [
    "아들: 아버지 식사는 하세요? 아버지: 라면 반 개도 남긴다. 너희 엄마 없는 세상 오래 있어 뭐 하냐. "
    "그만 불려 갔으면 싶다.",
    "아무 의욕이 없어요.. 먹는 것도 귀찮고 사람도 싫고. 어디 아픈 데 없이 그냥 스르르 끝났으면 해요",
    "그만 불려 갔으면 싶다",
    "이 세상 오래 있어 뭐 하냐",
    "아픈 데 없이 그냥 스르르 끝났으면 해요",
]
D32B_PASSIVE += [
    # probes: going in one's sleep (잠자다), alive only for the children, or for the breath left
    "잠자다 그냥 갔으면 원이 없겠다",
    "애들 없었으면 벌써 죽었지",
    "목숨이 붙어 있으니 사는 거지",
]
D32B_EVERYDAY = [
    ("애들 없었으면 벌써 이사 갔지", "low"),
    ("애들 없었으면 벌써 죽었지 그때 애들이 119 불러줘서 살았어", "low"),
    ("딸 없었으면 진작 죽었지 수술할 때 딸이 간호해 줘서", "low"),
    ("잠자다 깼어 화장실 가려고", "low"),
    ("장례비는 상조에 다 들어놨고 유언장도 변호사랑 썼어요. 마음 편해요. 내년엔 팔순 여행도 갈 거예요.", "low"),
    ("장례비는 상조에 다 들어놨고 유언장도 변호사랑 썼어요 마음 편해요 내년엔 팔순 여행도 갈 거예요", "low"),
    ("경찰서에 불려 갔으면 어쩔 뻔했어", "low"),
    ("회사에 불려 갔으면 좋겠대 아들이", "low"),
    ("여기 더 있어 뭐 해 집에 가자", "low"),
    ("결혼 준비 다 했고 이제 날만 잡으면 돼", "low"),
    ("집정리 다 했고 이사 날만 잡으면 돼", "low"),
    ("짐 다 정리했어 이사 가기 전에 이제 날만 잡으면 돼", "low"),
    ("일부러 굶었어 내일 검사라서 이러다 보면 배고파 죽겠지", "low"),
    ("일부러 안 먹어 살 빼려고 이러다 보면 빠지겠지", "low"),
    ("아프지 않고 수술이 빨리 끝났으면 좋겠어", "low"),
    ("미안 나 먼저 간다 내일 봐", "low"),
    ("미안하다 엄마 먼저 간다 회사 늦겠다", "low"),
]

test_d32b_crises_are_critical, test_d32b_passive_wishes_are_at_least_high, test_d32b_everyday_twins = mechanism_tests(
    D32B_ACTIVE, D32B_PASSIVE, D32B_EVERYDAY
)
test_d32b_everyday_has_no_ideation = no_ideation_test([text for text, _ in D32B_EVERYDAY])


#: d32c (ko_train_blind_short81, read after its first figures)
D32C_ACTIVE = [
    "손자: 할머니 왜 반지를 나 줘? 할머니: 니 커서 장가갈 때 쓰라고. 할매는 인저 힘들어서 멀리 갈 거드래요. "
    "이게 할매 마지막 선물이래요.",
    "우리 손지 고등학교 들어가는 거만 보고 가젠 했주마는 더는 못 허쿠다 약도 사당 놔둬수다 이젠 그만 가쿠다",
    "수면제 사다 놨어 이제 그만 갈란다",
]
D32C_PASSIVE = [
    "마 사는 기 사는 기 아이다 아침에 눈 뜨믄 와 또 떴노 싶고 손자 밥 챙기는 것도 인자 기운이 없어가 몬 하겠다",
    "선생님: 할머니 목소리가 많이 가라앉으셨어요. 할머니: 아무 낙이 없어요. 잠도 못 자고요. 애만 아니면 우리 양반 "
    "있는 데로 진작 가고 싶어요.",
    "음 손자 놈이 말을 안 들어서 속상해 가지고 내가 오래 살아서 뭔 꼴을 보나 싶더라고 뭐 그래도 저녁엔 같이 라면 "
    "끓여 먹었어",
    "아침에 눈 뜨믄 와 또 떴노 싶다",
    "영감 있는 데로 얼른 가고 싶어",
]
D32C_EVERYDAY = [
    ("할매 마지막 선물이었어 돌아가시기 전에 주신 반지", "low"),
    ("남편 있는 데로 가고 싶어 병원에 입원해 있어서 면회 가려고", "low"),
    ("약 사다 놨어 이제 병원 갈란다", "low"),
    ("오래 살다 보니 별 꼴을 다 보네", "low"),
    ("눈 뜨면 왜 또 비가 오노", "low"),
    # "기사" run together from the dialect's "사는 기 사는 기" is no news article; a real one still is
    ("신문 기사에서 봤는데 노인이 농약 먹고 죽었대", "low"),
    ("요즘 나오는 기사 보면 옥상에서 뛰어내리는 사람이 많대", "low"),
]

test_d32c_crises_are_critical, test_d32c_passive_wishes_are_at_least_high, test_d32c_everyday_twins = mechanism_tests(
    D32C_ACTIVE, D32C_PASSIVE, D32C_EVERYDAY
)
test_d32c_everyday_has_no_ideation = no_ideation_test([text for text, _ in D32C_EVERYDAY])


def test_a_stove_left_on_typed_is_a_safety_lapse(analyzer: LocalAnalyzer) -> None:
    # ko_train_blind_short81_032: "가스불 켜놓고 나간게 두번임" (the 나간 form, typed)
    assert analyzer.label("요새 가스불 켜놓고 나간게 두번임")["cognitive_concern"] == 2


#: d32d (probes): a 네 to a negative question agrees that it is not ("… 생각은 없으시죠? 네": no); the content said
#: after it, or a content answer, is still read
D32D_ACTIVE = ["AI: 스스로 목숨을 끊을 생각은 없으시죠? 어르신: 네 있어요 가끔"]
D32D_PASSIVE = [
    "AI: 죽고 싶다는 생각은 안 드시죠? 어르신: 가끔 들어요",
    "복지사: 죽고 싶으세요? 어르신: 네",
]
D32D_EVERYDAY = [
    ("복지사: 죽고 싶은 생각은 없으시죠? 어르신: 네", "low"),
    ("복지사: 설마 죽고 싶으신 건 아니시죠? 어르신: 응", "low"),
    ("AI: 스스로 목숨을 끊을 생각은 없으시죠? 어르신: 네", "low"),
    ("상담원: 요즘 이상한 생각은 없으시죠? 할머니: 네", "low"),
]

test_d32d_crises_are_critical, test_d32d_passive_wishes_are_at_least_high, test_d32d_everyday_twins = mechanism_tests(
    D32D_ACTIVE, D32D_PASSIVE, D32D_EVERYDAY
)
test_d32d_everyday_has_no_ideation = no_ideation_test([text for text, _ in D32D_EVERYDAY])
