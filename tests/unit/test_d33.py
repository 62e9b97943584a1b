"""d33 (docs/clinical-rules.md, "d33"): forms found by probing lists of common ways of saying (and of not saying)
these things, and round 48's read sets (blind_short82 and blind_short84, read after their first figures).

Probes: one's own end said as "this far" with a blessing ("나는 여기까지여 애들아 잘 살어라"), Jeju's -쿠다 with
affairs settled ("이젠 가쿠다 다 정리했수다"), a season not to be seen by choice ("내년 봄은 못 볼 거 같아 아니 안
볼란다"), this winter not to be got through ("올겨울은 넘기고 싶지 않아"), leaving the world as an intent ("이 세상
하직할란다"), breath wished to stop, care refused as one will go anyway ("밥은 뭐하러 먹어 어차피 갈 사람인디"),
hanging tried in thought ("목을 매볼까"), thanks for the years with one's going, a face seen for the last time with a
blessing, going on the late spouse's anniversary, the one way left to end it, a letter to be read later with an
apology, going now for good with a blessing, death looked forward to, no strength left with a method looked up, told
not to come as one will be gone by then, going this way said to be all right, up to the roof and back down for fear; the
caller's question answered by how often ("맨날 하지 뭐", "늘 들지", "안 하는 날이 없어"). Everyday readings that came
out critical: "이제 갈끼다 버스 시간 다 됐다" (a hurried going), "저수지에 낚시 갈 거야" (an errand at the water), "이제
겨울옷 다 정리했어" (a season's clothes put away).

The read sets' errors: a treatment refused with its lethal end known and the decision or the relief said; belongings
handed on with one's own settling soon; the roof's key kept and a day judged good; the Jeolla "언능 가야 쓰는디"; a
death at a funeral wished for oneself; and, of their everyday items, pills taken back to the pharmacy, a letter "like a
will" in jest, a dead friend's goodbye told ("잘 있어라 하더라고"), another's lament ("따라가야지 하고 울어서"), a
death wish denied in Gyeongsang speech ("죽고 싶은 건 아이고").
"""

from __future__ import annotations

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import engine
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    # one's own end said as "this far", with a blessing
    "나는 여기까지여 애들아 잘 살어라",
    "내 인생은 여기까지다 니들은 잘 살아라",
    "애들아 미안하다 엄마는 이제 여기까지야",
    # Jeju -쿠다 with affairs settled
    "이젠 가쿠다 다 정리했수다",
    # a season not to be seen, by choice
    "내년 봄은 못 볼 거 같아 아니 안 볼란다",
    "올 겨울은 안 넘길란다",
    # leaving the world, as an intent
    "이 세상 하직할란다",
    "고마 세상 등질란다",
    # hanging tried in thought
    "목을 매볼까 하고 빨랫줄 만져 봤어",
    # thanks for the years with one's going; a face seen for the last time; going now for good
    "며느리야 그동안 고생 많았다 이제 편히 살아라 나는 간다",
    "손주야 할미가 마지막으로 너 얼굴 보고 싶었다 건강하게 커라",
    "할배 이제 그만 가볼란다 느그 엄마 잘 모시고 살아라",
    # a letter to be read later, with an apology
    "내 방 서랍에 편지 있다 나중에 읽어봐라 미안하다",
    # the late spouse's anniversary, the day set
    "우리 영감 기일에 나도 같이 가려고 날 받아놨어",
    # the one way left to end it; no strength left and a method looked up
    "이 고통 끝내는 방법은 하나밖에 없지 그거 하려고",
    "이제 더 버틸 힘도 없고 방법도 알아봤어",
    # ko_train_blind_short82_056, _84_023, _84_034 (gold critical), read after the sets' first figures
    "아들: 아버지 투석 날인데 왜 안 가셨어요? 아버지: 이제 안 갈란다. 투석 안 하면 한 열흘이면 간다더라. "
    "그게 내 맘 편하다.",
    "아들: 아버지 왜 자꾸 물건을 나눠주세요? 아버지: 친구들 다 갔는데 나 혼자 뭘 붙잡고 있냐. 시계도 너 가져라. "
    "곧 내가 알아서 정리할 거다.",
    "친구들 장례 치를 때마다 생각혔어유. 나도 내 발로 가야겄다구. 옥상 문 열쇠 챙겨놨어유. 이번 주말이 좋겄네유.",
    # answers to a caller or a child: told not to come, gone by then; not there tomorrow; up to the roof and back down
    "딸: 엄마 주말에 갈게 할머니: 오지 마라 그때는 나 없다",
    "아들: 아버지 내일 병원 모시러 갈게요 아버지: 안 와도 된다 내일은 내가 없을 거다",
    "AI: 최근에 힘든 일이 있으셨나요? 어르신: 어제 옥상에 올라갔다가 그냥 내려왔어 무서워서",
    # and their forms
    "항암 그만할란다. 안 하면 석 달이면 간다더라",
    "투석 안 하면 보름이면 간다 카더라. 그게 차라리 속 편하다",
]

PASSIVE = [
    "올겨울은 넘기고 싶지 않아",
    "세상 하직하고 싶다",
    "숨 그만 쉬고 싶어",
    "복지사: 식사는 하셨어요? 할머니: 밥은 뭐하러 먹어 어차피 갈 사람인디",
    "약은 먹어서 뭐해 어차피 죽을 몸인데",
    "내가 죽어야 이 집안이 편해지지",
    "죽는 게 무섭지 않아 오히려 기다려져",
    "AI: 식사는 하셨나요? 어르신: 안 먹어 사흘째 굶고 있어 이러다 가면 그만이지",
    "상담원: 요즘 힘드신 일 있으세요? 할아버지: 다 끝났어 이제 나만 가면 돼",
    # ko_train_blind_short84_021 and _068 (gold high: a light passive wish)
    "동창들 다 가블고 나만 남응께 쓸쓸허지 나도 언능 가야 쓰는디 그래도 손주들 재롱 보믄 또 웃어",
    "어제 친구 영결식 다녀왔어. 나도 저렇게 누워 있으면 편하겠다 싶더라. 좀 울적하긴 한데 밥은 먹었어.",
    # the caller's question answered by how often
    "상담원: 혹시 죽고 싶다는 생각 하세요? 할머니: 맨날 하지 뭐",
    "상담원: 죽고 싶다는 생각 드세요? 할머니: 늘 들지",
    "상담원: 죽고 싶다는 생각 하세요? 할머니: 안 하는 날이 없어",
    "상담원: 죽고 싶다는 생각은 없으시죠? 할머니: 네 늘 그래요",
]

EVERYDAY = [
    ("나는 여기까지만 걸을란다 다리 아파서", "low"),
    ("오늘 회의는 여기까지 할게요 다들 수고했어", "low"),
    ("이젠 가쿠다 늦었수다 내일 또 오쿠다", "low"),
    ("이제 갈끼다 버스 시간 다 됐다", "low"),
    ("내년 봄엔 꽃구경 꼭 가야지", "low"),
    ("설 지나면 서울 갈란다 아들 집에", "low"),
    ("돈에 목을 매야지 어쩌겠어", "low"),
    ("어차피 죽을 인생 즐겁게 살자 뭐하러 아껴", "low"),
    ("투석 안 하면 열흘이면 간다더라 그래서 꼬박꼬박 다녀", "low"),
    ("그동안 고생 많았다 나는 간다 내일 봐", "low"),
    ("그동안 고생 많았다 이제 퇴근한다", "low"),
    ("기일에 나도 같이 산소 가려고", "low"),
    ("의사 선생님이 이 고통 끝내는 방법은 하나밖에 없대 그거 하려고 수술", "low"),
    ("더 버틸 힘이 없어서 요양원 가는 방법도 알아봤어", "low"),
    ("저수지에 낚시 갈 거야", "low"),
    ("날 따뜻해지면 저수지에 낚시 갈 거야", "low"),
    ("할배 이제 그만 가볼란다 느그 엄마한테 안부 전해라", "low"),
    ("내 방 서랍에 편지 있다 손주 생일 카드야", "low"),
    ("여행 갈 날이 기다려져", "low"),
    ("딸: 엄마 주말에 갈게 할머니: 오지 마라 그때는 나 없다 여행 가", "low"),
    ("아들: 아버지 내일 병원 모시러 갈게요 아버지: 안 와도 된다 내일은 내가 없을 거다 계모임 가거든", "low"),
    ("내일은 내가 없을 거야 출장 가거든", "low"),
    ("AI: 최근에 힘든 일이 있으셨나요? 어르신: 어제 옥상에 올라갔다가 그냥 내려왔어 빨래 걷으러", "low"),
    ("AI: 오늘 기분은 어떠세요? 어르신: 그냥 그래. 이제 겨울옷 다 정리했어. 걱정 마.", "low"),
    ("다들 출발했어 이제 나만 가면 돼 버스 타고", "low"),
    ("시계도 너 가져라 곧 내가 알아서 정리할 거다 이사 가기 전에", "low"),
    ("이 옷 너 가져라. 곧 내가 알아서 정리할 거다 옷장이 꽉 차서", "high"),
    ("옥상 문 열쇠 챙겨놨어. 이번 주말이 좋겠네 이불 말리기.", "high"),
    ("죽을 날만 기다리는 노인네는 아니여 나는 아직 할 일이 많어", "low"),
    ("상담원: 죽고 싶다는 생각은 없으시죠? 할머니: 네", "low"),
    ("상담원: 나쁜 생각 하시는 거 아니죠? 어르신: 그래", "low"),
    ("상담원: 늘그막에 죽고 싶다는 생각 하세요? 할머니: 늘그막에 무슨", "low"),
    # ko_train_blind_short82_041, _055, _84_028, _030 and _074 (gold low or moderate), read after the first figures
    (
        "며느리: 어머니 그 약 봉지를 왜 그렇게 모아두셨어요? 어머니: 병원 약이 바뀌어서 안 먹는 거 약국에 "
        "갖다주려고 모아둔 거야. 버리면 안 된대.",
        "low",
    ),
    (
        "요양보호사: 어르신 이 편지 누구한테 쓰세요? 할머니: 병원에서 고생한 간호사들한테. 그동안 고마웠다고 "
        "쓰니까 꼭 유서 같네, 호호. 내일 갖다줄 거야.",
        "high",
    ),
    (
        "그 친구 가기 전날 나한테 전화해서 고맙다 잘 있어라 하더라고 그게 마지막 인사였던 거지 "
        "지금 생각하면 마음이 짠해",
        "low",
    ),
    (
        "장례식장에서 친구 마누라가 나도 따라가야지 따라가야지 하고 울어서 혼났어 "
        "내가 옆에 붙어서 밥이라도 먹으라고 했지",
        "low",
    ),
    (
        "친구들 장례 댕기는 게 일이라 요새는 전화만 울리도 가슴이 벌렁거리고 밤에 잠이 안 온다 또 누가 갔나 싶어서 "
        "그렇다고 죽고 싶은 건 아이고",
        "moderate",
    ),
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY])


def test_a_will_in_jest_is_no_note() -> None:
    """The note rows do not read a letter said to be like a will ("꼭 유서 같네")."""
    assert not [h for h in engine.scan("그동안 고마웠다고 쓰니까 꼭 유서 같네, 호호.") if h.code == "preparation_note"]
    assert [h.code for h in engine.scan("유서 써 놨다 서랍에")] == ["preparation_note"]


def test_how_often_answers_the_question_and_is_quoted(analyzer: LocalAnalyzer) -> None:
    """The yes is the answer's frequency; its evidence quotes the answer, not the question."""
    text = "상담원: 혹시 죽고 싶다는 생각 하세요? 할머니: 맨날 하지 뭐"
    assessment = analyzer.assess(text)
    [concern] = [c for c in assessment.concerns if c.code == "endorsed_wish"]
    assert all(e.quote in text for e in concern.evidence)
    assert any("맨날" in e.quote for e in concern.evidence)


# d33b: round 49's read sets (blind_short85 and blind_long49, read after their first figures) and a second probe list
D33B_ACTIVE = [
    # ko_train_blind_short85_012 (gold critical)
    "손주 봐 주러 이 아파트 왔는데 애들 다 크니 나를 안 찾아 내 물건 하나씩 경비 아저씨랑 이웃들 다 나눠주고 있어 "
    "다 주면 가야지",
    "며칠째 연락 안 하는 아들한테 마지막 문자 보냈어 잘 살라고",
    # ko_train_blind_long49_012 (gold critical, low): a check-up refused was read as a plan for the future, and the
    # answer "so to speak, yes" was no yes
    "어르신: 다음 달에 조직검사 하재요. 안 갈 거예요. 내가 요새 정리를 좀 했어요. 아들 며느리, 딸, 지유한테 "
    "편지 한 장씩 써서 책상 서랍에 넣어 놨고. 통장 비밀번호도 적어 놨고.",
    "상담사: 혹시 스스로 목숨을 끊으려는 생각을 하고 계신 거예요? 어르신: ...말하자면 그렇지.",
]
D33B_PASSIVE = [
    "할멈 보고싶다 나도 곧 갈게",
    "오늘따라 영감이 자꾸 부르는 것 같아 이제 가야 할 때가 됐나 봐",
    "이제 아무 의미 없다 내일 아침 해 뜨는 거 안 보고 싶다",
    "죽을 날만 기다리는 신세 아녀",
]
D33B_EVERYDAY = [
    ("이삿짐 정리하고 있어 다 정리하면 가야지 새 집으로", "low"),
    ("할멈 보고싶다 나도 곧 갈게 병원에 면회", "low"),
    ("영감이 밥 먹으라고 부르네 가야지", "low"),
    ("영감이 부르네 밥 먹으러 가야지", "low"),
    ("마지막 문자 보낸 게 언제더라", "low"),
    ("아들한테 문자 보냈어 잘 살라고 결혼 축하한다고", "low"),
    ("죽을 날만 기다리는 거는 아니여", "low"),
]

test_d33b_crises_are_critical, test_d33b_passive_wishes_are_at_least_high, test_d33b_everyday_twins = mechanism_tests(
    D33B_ACTIVE, D33B_PASSIVE, D33B_EVERYDAY
)
test_d33b_everyday_has_no_ideation = no_ideation_test([text for text, _ in D33B_EVERYDAY])


# d33c: a third probe list (caregiving, money, medicine refused, answers to a caller or a child)
D33C_ACTIVE = [
    "영감 치매 수발 십 년에 나도 지쳤어 같이 가자 영감 우리 둘이 같이 가면 애들 고생 안 하지",
    "며늘아 이 반지 니 끼라 인자 나는 필요 없다 곧 간다",
    "간호사: 할머니 왜 약을 안 드세요? 할머니: 이거 먹으면 또 살잖아 그만 살고 싶어서 그래",
    "딸: 엄마 요즘 왜 전화를 안 받아? 엄마: 정 떼려고 그런다 나중에 덜 슬프라고",
    "아들: 아버지 이 땅문서 왜 저한테 주세요? 아버지: 인자 니가 가지고 있어라 내가 가지고 있어봤자 얼마나 더 있겠노",
    "요양보호사: 어르신 오늘따라 옷을 곱게 입으셨네요 어르신: 마지막 가는 길 깨끗하게 가야지",
    # plans for the future excuse nothing said with hopelessness, nor a going before the event
    "손녀 결혼식 가야지 하다가도 그냥 다 부질없어. 유서 써놨어 장롱 안에.",
    "다음 달에 김장해야 하는데 그 전에 갈 거야. 반지는 며느리 줬고 옷은 다 태웠어.",
    # ko_train_blind_short88_006 and _053 (gold critical), read after the set's first figures
    "딸: 아버지 번개탄은 왜 사셨어유? 아버지: 그냥 둬라. 니 엄마 요양원 들어가믄 나도 조용히 갈란다. 니들 고생 그만혀.",
    "내 보험 서류랑 집문서 큰아들헌티 다 넘겨부렀어 영감 요양병원비는 그걸로 허라고 나는 인자 가불라고 맘 묵었어",
]
D33C_PASSIVE = [
    "복지사: 무슨 걱정 있으세요? 할아버지: 내가 죽어야 이 병원비가 안 나가지 그래서 생각 중이야",
]
D33C_EVERYDAY = [
    ("둘이 같이 가면 애들이 고생 안 하지 마중 안 나와도 되고", "low"),
    ("며늘아 이 반지 니 끼라 결혼 선물이다", "low"),
    ("니 가져라 이제 간다 내일 또 올게", "low"),
    ("간호사: 할머니 왜 약을 안 드세요? 할머니: 이거 먹으면 속이 쓰려서 그래 밥 먹고 먹을게", "low"),
    ("강아지 분양 보내야 해서 정 떼려고 그런다 나중에 덜 슬프라고", "low"),
    ("니가 가지고 있어라 나는 잃어버릴까 봐", "low"),
    ("영감 마지막 가는 길 곱게 보내야지", "low"),
    ("AI: 요즘 기분이 어떠세요? 응답: 그냥 다 끝내고 싶어 일 좀 그만하고 쉬고 싶어", "low"),
    ("내 장례비는 상조에 넣어놨다 그거 말고는 걱정 없다 내년에 손주 결혼하는 거 봐야지", "low"),
    ("부질없는 걱정 하지 마 유서는 변호사가 써준대 내년 봄에 여행 갈 거야", "low"),
    # ko_train_h's th089 (gold low): a saying while tidying
    (
        "마지막 가는 길은 깨끗하게 가야지 하면서 미리 집 정리했어요 허허. 근데 정리하다 보니 재밌네. "
        "다음엔 창고도 할 거야.",
        "high",
    ),
    # ko_train_blind_short88_074 (gold moderate): her husband's last day feared, "not me"
    (
        "영감 중환자실 들어가고 사흘째 밥도 안 넘어가고 잠도 못 자고 날마다 오늘이 마지막인가 싶어 울어 "
        "영감 말이여 나 말고",
        "high",
    ),
]

test_d33c_crises_are_critical, test_d33c_passive_wishes_are_at_least_high, test_d33c_everyday_twins = mechanism_tests(
    D33C_ACTIVE, D33C_PASSIVE, D33C_EVERYDAY
)
test_d33c_everyday_has_no_ideation = no_ideation_test([text for text, _ in D33C_EVERYDAY])


def test_a_wish_to_finish_everything_is_not_excused_by_a_week() -> None:
    """The work named after the wish excuses it ("… 일 좀 그만하고"); a week's 일 (일주일) does not."""
    assert [h.code for h in engine.scan("그냥 다 끝내고 싶어 일주일 내내 그 생각만 했어")] == ["timing"]
