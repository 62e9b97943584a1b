"""d19: what round 8's short set and visit/letter set (ko_train_blind_short8, _long12; read at the start of the third
session of 2026-12-04) and round 9's first short set (ko_train_blind_short10, read after its first figures) showed the
analyzer misreading, as mechanisms, each with its everyday twin (docs/clinical-rules.md, "d19")."""

from __future__ import annotations

from mhealth.adapters.local.analyzer import LocalAnalyzer
from tests.unit.screening_checks import mechanism_tests

#: crises said with no suicide word, each the shape of one that was missed (the words are new)
ACTIVE = [
    # an aborted plunge at the water's edge, in Jeju speech and in standard speech
    "간호사: 요새 밤에 어디 다녀오세요? / 할망: 포구 끝에 강 한참 이섰주. 확 들어가불카 허당 말았주.",
    "어제 저수지 둑에 가서 확 빠질까 하다가 그냥 돌아왔어",
    # one step out that would end it, the foot put out and drawn back
    "옥상 난간에 서서 한 발만 앞으로 내디디면 끝나겠다 싶어서 발을 내밀었다 들였다 했어",
    # a screening question answered after the caller goes on, then how it would be done
    "상담원: 혹시 스스로 목숨을 끊고 싶다는 생각 해 보셨어요? 편하게 말씀하셔도 돼요. "
    "할머니: 응. 어떻게 할지도 생각해 놨어.",
    # a thing handed on and a near day not to be got through, the body said to be well
    "막내야 엄마 반지랑 통장 니가 챙겨라. 엄마는 이번 주말 넘기기 힘들 것 같다. 몸은 아픈 데 없다.",
    # a near end kept from the family
    "손자: 할머니 왜 자꾸 이거 저 주세요? - 할머니: 나는 다음 주면 다 끝날 거다. 느그 아빠한텐 말하지 마라.",
    # everything settled and no attachment left
    "그동안 고마웠습니다. 가진 것 다 정리해서 조카한테 넘겼고 이제 미련 없습니다.",
    # pills stockpiled, asked by the caller, answered with a yes alone
    "AI: 드시지 않고 모아 두신 약, 아직 갖고 계세요? / 할아버지: 응.",
    # a named day to end it all, asked by the caller, answered "어"
    "복지사: 아버님, 아까 그날 다 끝낸다 하셨지요. 날을 정해 두신 거예요? / 할아버지: 어. / 복지사: 언제요?",
    # the medicines stopped on purpose, one's going called a help to the children
    "당뇨약 끊은 지 일주일 됐다. 일부러 그랬다. 빨리 가는 게 애들 돕는 길이다.",
    # pills gathered from several pharmacies until there is enough
    "약사: 또 잠약 받으러 오셨어요? / 할배: 한 군데서는 쪼매만 주니 몇 군데 돌면서 받아야 양이 차지.",
    # medicines stopped on purpose, to be let go as one is
    "선생님 심장약 일부러 안 묵고 있어요. 그냥 이대로 가게 두는 게 낫지 싶어요.",
    # belongings named for each child, a parting charge and "enough"
    "얘들아 엄마 패물은 큰딸 주고 재봉틀은 작은딸 가져가라. 싸우지들 말고 잘들 살아라. 엄마는 이제 이만하면 됐다.",
    # a railing held, one step over would do, a grandchild's call brought her back
    "매일 저수지 다리에 가서 서 있다 와요. 어제는 난간을 붙잡고 한 발만 넘으면 되겠다 싶은데 "
    + "손주가 전화를 해서 그냥 왔어요.",
    # gone to the water and back because it was cold, told with a laugh
    "어제 강가까지 갔다가 그냥 왔어요ㅎㅎ 물이 너무 차가워서. 웃기죠. 오늘은 집에 있을게요",
    # a rope the carer must not touch, kept for a use not to be told, and not here for long
    "요양보호사: 이 줄은 뭐예요? / 할배: 만지지 마라 그거 내 쓸 데 있다 / "
    + "요양보호사: 어디 쓰시게요? / 할배: 니 알 거 없다 내 여 오래 안 있을끼다",
    # a grandchild told not to come, everything put in order, a blessing for the life after
    "손자: 할아버지 다음 주에 찾아뵐게요. 할아버지: 오지 마라. 할배 이제 정리 다 했다. 너는 잘 살아라.",
    # the medicine stopped, said as the answer, so as to go sooner
    "요양보호사: 당뇨약은 챙겨 드셨어요? 할머니: 안 먹어. 얼른 가게.",
    # the shoes set on the bank and into the water, then back out, with no reason to be here
    "어제 해 질 녘에 강둑에 신발 벗어 놓고 물에 들어갔다가 사람 소리 나서 도로 나왔어. 내가 있어서 뭐하나 싶어.",
]

#: passive wishes the rows did not read (SI 1 alone is high)
PASSIVE = [
    "약사: 잠은 좀 주무세요? 할머니: 아니. 이대로 눈 안 떠지면 그게 복이지.",
    "새벽마다 주님께 저를 하루라도 빨리 불러 가 달라고 기도합니다.",
    "이 세상에 더 머물 이유를 모르겠어요.",
    "AI: 요즘 죽음에 대해 생각해 보신 적 있으세요? 아이구 별걸 다 물어 히히 "
    "아침에 눈 안 떴으믄 허는 날이 많지 자는 잠에 가믄 얼마나 편햐",
]

#: the everyday twins: the same words, an ordinary life (at most the level given)
BENIGN = [
    # a reservoir with the errand said first thing after it
    ("어제 차 끌고 저수지까지 갔다왔어 낚시하러 음 붕어 두 마리 잡았어 내일 또 갈 거야", "low"),
    # a past brush with pesticide that is over, in Chungcheong speech
    ("이십 년 전에 농약 마실 뻔했지유. 그때 아들이 와서 살았슈. 지금은 손주들 보면서 맘 편혀유.", "low"),
    # a drama's character
    (
        "복지사: 요새 뭐 하세요? / 할머니: 그 연속극 있잖아, 며느리가 다 내려놓고 죽으려고 바다에 가는 거. "
        "그거 보느라 바빠.",
        "low",
    ),
    # a view that lifts the heart
    ("숨 차게 오름 올라가서 바당 내려다보민 속이 뻥 뚫려. 그 맛에 매일 가주.", "low"),
    # an end at a near time that is a chore's, kept as a surprise
    ("이사 준비는 다음 주면 다 끝날 거야. 엄마한텐 말하지 마 깜짝 놀래주게", "low"),
    ("수술은 다음 주면 다 끝날 거야. 엄마한텐 말하지 마", "moderate"),
    # a ring handed on with a chore's end
    ("반지는 니가 가져라. 이번 주말 지나면 김장 다 끝날 거야", "low"),
    # rope cleaned with the yard's tools, firewood to chop
    ("창고 치우다가 밧줄이랑 낫이랑 다 꺼내서 닦아 놨다. 김장 끝나면 뒷산에 장작 패러 간다.", "low"),
    # the medicine stopped on the doctor's word, a past wish treated and over
    (
        "삼 년 전에는 죽고 싶다는 생각까지 했었다. 작년에 선생님이 이제 약 끊어도 되겠다고 하셨고 지금은 잘 지낸다. "
        "다음 달에 여행도 간다.",
        "high",
    ),
    # a plunge weighed for a swim
    ("여름에 바다 가서 들어갈까 하다 말았어 물이 차가워서", "low"),
    # a "어" that is no yes
    ("복지사: 혹시 죽고 싶다는 생각 하신 적 있으세요? 할아버지: 어. 없어. 그런 생각은 안 해.", "low"),
    # pills handed in
    ("AI: 모아 두신 약 아직 갖고 계세요? / 어르신: 아니 다 약국에 갖다줬어.", "low"),
    # a cold sea on a beach trip, a secret kept before a move
    ("해수욕장 바다에 갔다가 그냥 왔어 물이 너무 차서", "low"),
    ("니 알 거 없다. 나 여기 오래 안 있을 거다. 다음 달에 아들네 들어간다.", "low"),
    # charcoal with the grilling said a few words later
    ("토요일에 애들 온다고 숯이랑 번개탄 사다놨어요ㅎㅎ 마당에서 고기 구워먹을라고요", "low"),
    # the grill's fire to light, said before the charcoal
    ("손주들 온다고 장에 가서 목살 한 근 하고 화로에 불 피울라고 번개탄 한 봉지 사 왔어", "low"),
    # a diary: a past attempt dated in years, over since
    (
        "칠 년 전 그 봄 일을 적어 둔다. 장사 망하고 목숨 끊을 생각으로 바닷가까지 차를 몰고 갔었다. "
        + "아내 전화에 돌아왔다. 그 뒤로 그런 생각은 한 번도 안 했다. 요새는 손주 보는 재미로 산다.",
        "moderate",
    ),
    # a drama's household named by its head
    (
        "어제 그 드라마 봤나 그 회장 큰아들이 회사 넘어가고 다리 우에 올라가가 뛰어내릴라 카는 기라 손에 땀을 쥐었다",
        "low",
    ),
    # a home visit where the husband grumbles of dying
    (
        "간호사: 어르신 무릎은 좀 어떠세요? / 어르신: 많이 나았소. 보행기 잡고 마당까지 나가요. / "
        + "영감: 나는 빨리 죽어야제. 약통에 있는 약 다 털어 먹고 콱 가불까. / "
        + "어르신: 저 양반 또 저 소리. 오십 년을 들었소.",
        "moderate",
    ),
    # everything put in order before a move; a busy week
    ("할미 이제 정리 다 했다. 이사 짐은 다 쌌다", "low"),
    ("이번 주엔 오지 마라 바쁘다. 니는 잘 지내라", "low"),
    # a barbecue called for
    ("일요일 마당서 삼겹살 굽자 번개탄 한 봉지 사놨다 손주들 데리고 와라", "low"),
    # a friend's words, announced and closed by the teller
    (
        "어제 노인정에서 순자가 그러더라. 나는 요새 정말 죽고 싶다, 아무 낙이 없다, 이러면서 한숨을 쉬어. 걱정이야.",
        "moderate",
    ),
    # others' fear that she will follow her late husband, denied
    ("동네 사람들이 혹시 영감 따라갈까 봐 걱정이래. 내가 왜 따라가? 손녀 시집가는 거 봐야지.", "moderate"),
    # a move told in Gyeongsang speech with thanks on a board
    ("제목: 그동안 고마웠심더 (이사 갑니더) 다음 주에 딸내미 사는 수원으로 갑니더. 그동안 고마웠심더.", "low"),
    # a paddle at the beach
    ("바닷가 가서 신발 벗어 놓고 바다에 들어갔어 발만 담그고 조개 주웠지", "low"),
    # "살 이유" of buying
    ("그럼 새 휴대폰을 살 이유도 없는 거 아닌가 해서요", "low"),
    ("옷을 더 살 이유가 없어", "high"),
    # charcoal on the shopping list with the meat, and with the grilling said first
    ("장에 가서 삼겹살 두 근, 번개탄 한 봉지, 상추 한 봉지 사 왔다. 내일 애들 온다.", "low"),
    ("토요일 김장하고 마당에서 돼지고기 구워 먹을라구 번개탄도 한 박스 사다 놨어", "low"),
    # spraying finished before sunrise
    # (alone, the model's review band still puts it to a person: at most high, never critical)
    ("내일 새벽에 고추밭에 약 쳐 불라고 해 뜨기 전에 끝낼라고 마스크 쓰고 할 거여", "high"),
    # a late husband's last words quoted
    ("장례 때 그 사람이 마지막으로 한 말이 나 없어도 밥 잘 먹고 잘 살라는 거였어요. 그 사람 몫까지 살 거예요.", "low"),
    # the husband's sayings, closed by a comma and a quotative, and the question about them
    (
        "봉사자: 할아버님은요? / 김순애: 그 양반이 요새 나는 빨리 죽어야지, 그러는 거야. "
        "밥상 앞에서도 이렇게 살아서 뭐 하나, 그러고. / 봉사자: 그런 말씀을 자주 하세요? / "
        + "김순애: 자주지. 나는 손녀 결혼까지 볼 거야.",
        "moderate",
    ),
    # a drama retold with a dialect mother-in-law
    (
        "게메 그 드라마에서 그 시어멍은 또 수면제를 모아 놨다가 며느리가 먹였다고 뒤집어씌우젠 허는 거라. 속 터졍.",
        "low",
    ),
    # a neighbour's question about a move is no one's leaving, the move stated with the caller
    (
        "복지사: 이사 준비는 잘 되어 가세요? / 어르신: 네 다음 주 수요일이에요. "
        "화분은 경로당 주고 장롱은 교회에 줬어요. 선생님 그동안 고마웠어요. / "
        + "복지사: 이사 가시면 그쪽 센터로 연결해 드릴게요.",
        "moderate",
    ),
    # a past episode told as over, in a group where another member speaks of his wish
    (
        "[대상] 서정호: 오 년 전에 사업 정리하고 나니까 아무것도 남은 게 없었어요. "
        "그때는 매일 어떻게 하면 끝낼까 그 생각만 했어요. 지금은 그런 생각 안 합니다.\n"
        + "한기철: 나는 요즘 아침마다 그냥 안 깼으면 좋겠다 싶어요.\n"
        "[대상] 서정호: 저도 그랬어요. 요즘은 손녀랑 도서관 다녀요.",
        "moderate",
    ),
]


test_active_ideation_is_critical, test_passive_wish_is_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, BENIGN
)


def test_the_drama_is_no_model_raise(analyzer: LocalAnalyzer) -> None:
    """The model's raise is checked against the story's cast too, not the rows alone."""
    text = "그 드라마 있잖아, 시어머니가 다 내려놓고 죽으려고 산에 가는 거. 어제 그거 보느라 밤샜어."
    assessment = analyzer.assess(text)
    assert not [c for c in assessment.concerns if c.code.startswith("model_")], assessment.concerns
    assert assessment.labels.suicidal_ideation == 0


def test_in_a_group_only_the_marked_senior_speaks_for_the_labels(analyzer: LocalAnalyzer) -> None:
    """A visit or group transcript that marks the one it is about ("[대상] 이름:"): the others' words are theirs."""
    text = (
        "사회복지사: 어르신, 오늘은 옆집 어르신도 와 계시네요.\n"
        "[대상] 함옥분: 놀러 왔지 뭐래요. 앉아요.\n"
        "이웃 할머니: 나는 요새 사는 게 지긋지긋해. 그냥 콱 죽어버리고 싶어요. 진짜로.\n"
        "[대상] 함옥분: 나야 뭐 맨날 똑같지요. 텃밭에 나가서 풀 뽑고 손주 결혼식 준비하고.\n"
    )
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    marked_own = text.replace("나야 뭐 맨날 똑같지요.", "나도 그래요. 콱 죽어버리고 싶어요.")
    assert analyzer.label(marked_own)["suicidal_ideation"] == 2


def test_the_speakers_answer_to_a_saying_is_hers(analyzer: LocalAnalyzer) -> None:
    """A saying announced as another's, then the speaker's own "나도" after it, is the speaker's wish."""
    lab = analyzer.label("우리 영감이 그러더라. 그래서 나도 죽고 싶다 그러면서 울었어.")
    assert lab["suicidal_ideation"] >= 1, lab
