"""The safety floor's Korean crisis patterns: what they must catch and what they must leave alone."""

from __future__ import annotations

import pytest

from mhealth.domain.rules.safety.engine import PATTERNS_VERSION, scan


def kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "요즘 그냥 죽고 싶어",
        "죽고싶다는 생각이 자꾸 들어",
        "빨리 죽어야지 뭐",
        "늙으면 죽어야지 허허",
        "자는 듯이 갔으면 좋겠어",
        "영감 따라 가야지",
        "더 살아서 뭐 해",
        "아침에 눈 안 떴으면 좋겠어",
        "하나님이 빨리 데려가 주셨으면",
        "죽고 싶당께",
        "마 죽고싶다 카이",
        "ㅋㅋ 빨리 죽어야지",
        "죽는게 더 편할려나",  # a real person's turn (chatbot_data) the analyzer read as nothing until d8
        "차라리 죽는 게 훨씬 낫지",
        "죽을 생각뿐이여",  # d9's dialect negation does not read 뿐이여 as a denial
        "죽고 싶은 맘이 읎진 않어",  # a double negation in dialect is no denial
        "나 죽고정 허우다",  # Jeju: "I want to die" (d10)
        "요샌 죽어지믄 좋으켜 허는 생각만 들어",
        "죽어질 생각만 햄수다",
        "고추가 다 죽어서 나도 죽고 싶다",  # d11: a crop's death before, the speaker's own wish after
        "고양이가 죽었어 나도 따라 죽고 싶어",
        "지난주에 죽을라고 약 먹었어 지금은 좀 편하다",  # a recent attempt is no resolved past
    ],
)
def test_passive_death_wishes_are_caught(text: str) -> None:
    assert "passive" in kinds(text) or "active" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "수면제를 조금씩 모아 두고 있어",
        "약을 안 먹고 모아놨어",
        "농약 한 병 마셔버릴까",
        "번개탄 사다 놨어",
        "옥상에 올라가서 뛰어내리고 싶더라",
        "한강 다리에서 뛰어내릴까 싶어",
        "끈으로 목을 맬까 생각했어",
        "애들한테 미안하다고 전해줘",
        "그동안 고마웠다",
        "내일 아침엔 없을 거야",
        "마지막 인사 하려고 전화했어",
        "통장 비밀번호 적어놨어 장례비는 거기서 쓰라고",
        "유서 써 놨어",
        "반지랑 패물 애들한테 다 나눠줬어",
        "자살하고 싶다",
        "어떻게 하면 편하게 죽을 수 있을까",
        "저수지에 빠져 죽을까",
        "그냥 확 죽어버리고 싶어",
    ],
)
def test_active_ideation_means_preparation_and_farewell_are_caught(text: str) -> None:
    assert "active" in kinds(text)


@pytest.mark.parametrize(
    "text", ["아들이 나를 때려", "며느리가 내 연금을 다 가져가", "아들놈이 무서워", "아들한테 맞았어"]
)
def test_elder_abuse_is_caught(text: str) -> None:
    assert "abuse" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "죽고 싶은 생각은 없어",
        "죽고싶지는 않아",
        "더워 죽겠네",
        "배고파 죽겠다",
        "웃겨 죽는 줄 알았어",
        "속 터져 죽겠다",
        "못 살겠다",
        "미치겠다",
        "옆집 할머니가 죽고 싶대",
        "남편이 맨날 빨리 죽어야지 그래",
        "할아버지가 죽고 싶다고 하더라",
        "드라마에서 주인공이 자살하려고 하더라",
        "뉴스에 농약 먹고 죽은 사람 나왔어",
        "친구가 농약 먹고 죽었대",
        "예전에 죽고 싶었는데 지금은 괜찮아",
        "젊을 때 약 모아서 먹으려고 한 적 있는데 지금은 잘 지내",
        "농약 치러 밭에 간다",
        "수면제 처방받았어",
        "옥상에 고추 말리러 올라갔어",
        "다리가 아파서 병원 갔어",
        "연탄 갈았어",
        "약 봉지 모아서 약국에 반납했어",
        "손주 데려가 주셨으면 좋겠어요 학교에",
        "영정사진 찍어놨어 내년 봄엔 손주 결혼식 가야지",
        "통장 정리하러 은행 갔어",
        "손자가 물에 빠져 죽을 뻔했어",
        "선생님 그동안 고마웠어요 다음주부터 새로 오시는 분도 잘 부탁해요",
        "죽을까 봐 걱정이야",
        "이 벌레들 다 죽어야 되는데",
        "마지막으로 전화한 게 언제더라",
        # d9: negation and a resolved past in dialect, a past dated in years or by age
        "죽을 생각은 읎어유 걱정 마슈",
        "서른 살 때 죽을라고 했었지 지금은 괜찮아",
        # d11: a crop's, a pest's or an animal's death
        "배추가 얼어 죽을까 걱정이야",
        "모기나 다 죽었으면 좋겠어",
        "쥐새끼들 다 죽었으면 좋겠다",
        "잡초가 다 죽었으면 좋겠어",
        "오 년 전에 죽을 생각까지 했었는데 지금은 손주 보는 재미로 살아",
        "젊을 때 죽을라꼬 한 적 있는데 철이 읎었지 지금은 하루하루가 고맙다",
    ],
)
def test_idioms_other_people_media_negation_and_resolved_past_do_not_fire(text: str) -> None:
    assert scan(text) == ()


def test_spacing_quirks_do_not_hide_a_death_wish() -> None:
    assert "passive" in kinds("죽 고 싶 다")
    assert "active" in kinds("수면제를모아두고있어")


def test_first_person_after_a_drama_still_counts() -> None:
    assert "passive" in kinds("드라마 보다가 나도 죽고 싶더라")


def test_a_desire_after_another_persons_deed_is_the_speakers_own() -> None:
    assert "passive" in kinds("아들이 돈을 다 가져가서 죽고 싶어")


def test_double_negation_is_not_negation() -> None:
    assert "passive" in kinds("죽고 싶은 마음이 없진 않아")


def test_hits_quote_the_original_text_at_their_offsets() -> None:
    text = "음 그냥   죽고 싶 어요. 수면제를 모아 뒀어"
    hits = scan(text)
    assert hits
    for hit in hits:
        assert text[hit.start : hit.end] == hit.quote
    assert any(hit.quote.startswith("죽고 싶") for hit in hits)


def test_the_list_is_versioned() -> None:
    assert PATTERNS_VERSION and "starter" not in PATTERNS_VERSION


@pytest.mark.parametrize(
    "text",
    [
        "어제 농약병 뚜껑까지 땄는데 손주 얼굴이 생각나서 못 마셨어",
        "옥상에 올라갔다가 용기가 안 나서 내려왔어",
        "약 한 움큼 먹었다가 토해서 살았어",
        "아들한테 엄마 찾지 말라고 했어",
        "바다 보러 가는데 돌아올 생각은 없어",
        "강아지는 옆집에 맡겼고 이제 아무 미련 없어",
    ],
)
def test_attempts_and_preparation_without_a_suicide_word_are_active(text: str) -> None:
    assert "active" in kinds(text)


def test_a_wish_to_die_with_a_method_in_mind_escalates_to_active() -> None:
    assert "active" in kinds("요새 죽고 싶어 방법도 생각해 봤어")


def test_agreeing_with_a_spouses_death_wish_is_the_speakers_own_wish() -> None:
    assert "passive" in kinds("영감은 맨날 빨리 죽어야지 하는데 나도 그 말이 맞다 싶어")
    assert scan("영감은 맨날 빨리 죽어야지 그 소리여 나는 듣기 싫어") == ()


def test_gifts_for_an_occasion_and_donations_are_not_giving_belongings_away() -> None:
    assert scan("손주한테 금반지 물려줬어 입학 선물로") == ()
    assert scan("안 입는 옷은 다 아름다운가게에 갖다줬어") == ()


def test_a_grandchild_hitting_in_play_is_not_abuse() -> None:
    assert "abuse" not in kinds("손주가 장난치다가 내 등을 때리길래 혼내줬어")


# ---- compositional detection: concepts co-occurring in one sentence (sentences written for this suite)


@pytest.mark.parametrize(
    "text",
    [
        # PLACE + RECON / FINALITY / PLAN + INTENT
        "다리 난간 높이가 얼마나 되나 재 보고 왔어 오늘 밤엔 거기 갈 거야",
        "바닷가 절벽 가는 길 봐 뒀어 거기서 끝낼 거야",
        "기찻길 건널목에 어제 밤에 서 있었어 기차 오면 그냥 들어가 불라고",
        "옥상 올라가는 문 열리는지 보러 갔다 왔어 밤에 다시 올라갈 거야",
        "저수지 제일 깊은 데가 어딘지 알아 뒀어",
        # PILLS + STOCKPILE / OVERDOSE / FINALITY / INTENT / a told attempt
        "수면제 석 달 치 모아 둔 거 오늘 다 먹을 거야",
        "잠약 몇 개 먹어야 영영 안 깨나 궁금해",
        "약 한꺼번에 털어 넣으면 편하게 갈 수 있겠지",
        "지난달에 약 먹고 응급실 갔는데 사실 일부러 그런 거야",
        # FUMES + SEAL / FINALITY; other means + PLAN + INTENT + TIMING
        "번개탄 두 개 사다 놓고 창문 테이프로 다 막아 놨어",
        "가스 틀어 놓고 문 꼭 닫고 누우면 편히 갈 겨",
        "농약 한 병 창고에 사 놨어 이번 주말 지나면 마실 거야",
        "밧줄 하나 사서 창고 대들보에 걸어 놨어 다 끝내려고",
        # PREPARATION + FINALITY / GOING
        "영정 사진 찍어 놨고 수의도 꺼내 놨어 내일 갈 거다",
        "고양이 데려갈 사람한테 부탁해 놨어 이제 할 일 다 했으니 조용히 떠날 거야",
        "통장이랑 도장 딸한테 다 넘겨 줬어 이제 미련 없어 갈란다",
        # GOING + FINALITY; joining the dead on a set day; a set end; a plan with a wish to be gone
        "이번엔 진짜 갈 거야 아무도 나 말리지 마",
        "남편 기일에 맞춰서 나도 남편한테 갈란다 날도 정했다",
        "이번 달까지만 살고 말 거야",
        "방법도 다 정해 놨어 나 없어지면 다들 편할 거야",
    ],
)
def test_composed_active_ideation_without_a_suicide_word(text: str) -> None:
    assert "active" in kinds(text), [h.code for h in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "이래 살아 뭐하겄노",
        "그냥 자는 듯이 가믄 좋겠다",
        "확 가 버리는 게 낫겠어 이렇게 아플 바에야",
        "눈 안 뜨믄 좋겠다 싶을 때가 많아",
        "나만 없어지면 애들이 편하지",
        "얼른 가부러야 쓰겄어",
        "이대로 조용히 갔으면 싶어 요새는",
        "콱 죽어 버렸으면 좋겠다 허허",
    ],
)
def test_passive_wishes_in_dialect_and_euphemism(text: str) -> None:
    assert kinds(text) & {"passive", "active"} == {"passive"}, [h.code for h in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "옥상에 고추 널러 올라가 봤어 볕이 좋더라",
        "한강 공원에 손주들이랑 산책 갈 거야 이번 주말에",
        "바다 보러 갈 거야 내일 친구들이랑",
        "농약 사 놨어 내일 고추밭에 칠 거야",
        "연탄 백 장 들여놨어 이번 겨울은 따뜻하게 날 거야",
        "수면제 처방 받아서 오늘 밤부터 먹을 거야",
        "혈압약 석 달 치 타 왔어 내일부터 먹을 거야",
        "약을 한꺼번에 다 먹으면 안 된대서 나눠 먹어",
        "영정 사진 복지관에서 무료로 찍어 줬어 이번 주에",
        "통장 정리하러 은행 갈 거야 내일",
        "이번 주말에 딸네 갈 거야 손주 생일이라",
        "제삿날 맞춰서 시골 큰집에 갈 거야",
        "밧줄로 이삿짐 묶어 놨어 내일 이사 가",
        "칼 갈아 놨어 내일 김장하려고",
        "저수지 깊은 데는 위험하니까 손주들 가지 말라고 했어",
        "이달 말까지만 여기 살고 딸네 근처로 이사 가",
        "수의 미리 맞춰 놨어 그래도 내년 손주 결혼식은 보고 가야지",
        "친구가 수면제 모아 놨다는 얘기 들었어 나는 그런 생각 전혀 없어",
        "변호사랑 유서 정리해서 공증 받았어 재산 문제 때문에",
        "외롭긴 해도 목숨 끊을 생각 같은 건 없어",
        "빨리 겨울이 갔으면 좋겠어 추워서",
        "이 약 몇 알 먹어야 되는지 약사한테 물어봤어",
        "버스 타고 가는 게 더 편해",
        "시골로 가는 게 더 낫겠다",
    ],
)
def test_innocent_uses_of_means_and_going_are_left_alone(text: str) -> None:
    assert "active" not in kinds(text), [h.code for h in scan(text)]


def test_a_composed_hit_quotes_its_anchor_and_concepts() -> None:
    text = "한강 가는 길 알아 봤어   거기 가면 다 끝날 것 같아"
    hit = next(h for h in scan(text) if h.code == "means_place_plan")
    assert hit.quote == text[hit.start : hit.end]
    assert hit.quote.startswith("한강") and "끝날" in hit.quote


def test_rows_are_data_with_unique_ids_and_enum_kinds() -> None:
    from mhealth.domain.rules.safety import engine
    from mhealth.domain.rules.safety.patterns import PATTERNS, GuardClass, PatternKind

    assert len({row.id for row in PATTERNS}) == len(PATTERNS)
    assert all(type(row.kind) is PatternKind and type(row.guard_class) is GuardClass for row in PATTERNS)
    assert len(engine._RULES) == len(PATTERNS)
    assert {hit.kind for hit in scan("수면제를 조금씩 모아 두고 있어")} == {PatternKind.ACTIVE}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "suicidal_thoughts.1"}, "unique"),  # a second row with the first row's id
        ({"regex": "죽고 싶"}, "whitespace"),  # would never match the whitespace-free text
        ({"not_after": "^\t(없)"}, "whitespace"),
    ],
)
def test_the_engine_refuses_rows_it_could_not_honour(change: dict[str, str], message: str) -> None:
    import dataclasses

    from mhealth.domain.rules.safety import engine
    from mhealth.domain.rules.safety.patterns import PATTERNS

    bad = dataclasses.replace(PATTERNS[-1], **{"id": "new_row.1", **change})
    with pytest.raises(ValueError, match=message):
        engine._compile((*PATTERNS, bad))


def test_a_hanging_dated_days_ago_is_not_a_place_before_the_neck() -> None:
    # d12r: "…에 목" is read as a place before the neck, but "며칠 전에" is a time: the attempt counts
    # (d17p: and, the ligature having broken, an aborted attempt)
    codes = sorted(h.code for h in scan("며칠 전에 목을 맬라고 했는데 줄이 끊어지뿌데"))
    assert codes == ["aborted_attempt", "means_hanging"]
    assert scan("식사 전에 목을 좀 풀었어") == ()


# d12fc: false criticals on benign talk, each kind with a crisis twin that must stay active.
D12FC_TWINS = [
    # a means' everyday use planned in a later sentence, or later in the same run-on sentence (calm talk only)
    (
        "번개탄 두 장 사다 놨어. 주말에 아들네 와서 마당에서 고기 구워 먹기로 했거든.",
        "번개탄 두 장 사다 놨어. 오늘 밤에 방문 닫고 피울 거야.",
    ),
    (
        "번개탄 사 놨어요 주말에 애들 오면 마당에서 고기 구울 거예요",
        "번개탄 사 놨어요 오늘 밤에 피울 거예요 사는 게 다 부질없어",
    ),
    (
        "마 오늘 번개탄 두 장 샀다. 토요일에 아들 온다 카이. 마당서 고기 꿉어 묵을 끼다.",
        "번개탄 사 놨어. 주말에 고기 구워 먹기로 했는데 다 부질없다 죽으면 그만이지",
    ),
    # pills handed back, the stockpile denied, the daily handful of prescribed pills
    ("유통기한 지난 약 모아 뒀다가 보건소에 갖다 줬어", "약 모아 놨다 아무도 못 버리게"),
    ("약 모아둔거 없당께 의사가 준대로 꼬박꼬박 묵고 있어", "약 모아둔 거 있어 아무도 몰라"),
    ("약을 한 움큼씩 먹어야 돼서 힘들어", "약 한 주먹 먹어야겠다 다 끝내게"),
    ("약 한 주먹 먹는다 혈압약 당뇨약 관절약 그래도 잘 지낸다", "약 한 주먹 먹고 죽을란다"),
    ("약을 한꺼번에 먹으믄 안 된다고 약사가 그라데", "수면제 한꺼번에 먹으믄 편히 가겄지"),
    # a trip or a move as the reason for thanks or absence
    ("내일 아침엔 나 없을 거야 일찍 복지관 버스 타고 온천 가거든", "내일 아침엔 나 없을 거야 다 끝낼 거니까"),
    (
        "삼춘 그동안 고마웠수다. 나 다음 달부터 서울 아들네 가서 살 거우다.",
        "삼춘 그동안 고마웠수다. 나 없어도 잘 살아야 헌다.",
    ),
    ("교회 식구들헌테 마지막 인사했다 이제 아들있는 미국 간다", "애들한테 마지막 인사했다 이제 영감 따라 갈란다"),
    # hearsay of a neighbour, an in-law, a documentary, someone's death told
    ("옆방 할매가 밤마다 죽고싶다 카며 운다", "옆방 할매 얘기 들으니 나도 밤마다 죽고싶다"),
    ("처남이 번개탄 피웠다 카더라 다행히 살았다", "처남한테는 말 안 했는데 나 번개탄 사다 놨어"),
    (
        "다큐 봤는데 한강 다리에서 뛰어내릴라는 사람을 경찰이 구하더라",
        "다큐 보다가 나도 한강 다리에서 뛰어내릴까 싶더라",
    ),
    ("동창 하나가 스스로 목숨을 끊었다는 소식 들었어", "나도 스스로 목숨을 끊을 생각을 해"),
    ("손자가 게임하다가 죽어버릴거야 막 그러더라구", "나 그냥 죽어버릴거야"),
    # a denial in Jeju speech
    ("나 죽을생각 어수다게", "나 죽을생각 했수다"),
    # a last time for a routine, a class, two words run together
    ("운전은 올해가 마지막이야 면허 반납하기로 했어", "올해가 마지막이야 더 살 이유가 없어"),
    ("유서 쓰기 수업을 복지관에서 하더라 웰다잉 교육이래", "유서 써 놨어 애들 보라고"),
    ("올해가마지막 장이래유 서운허지만 읍내 마트 가믄 되니께", "유서 써놨슈 서랍에"),
]


@pytest.mark.parametrize(("benign", "crisis"), D12FC_TWINS)
def test_d12fc_benign_talk_is_left_alone_and_its_crisis_twin_is_not(benign: str, crisis: str) -> None:
    assert "active" not in kinds(benign) and "passive" not in kinds(benign), scan(benign)
    assert kinds(crisis) & {"active", "passive"}, crisis


# d13m: thoughts of dying that keep coming, a life kept only for want of courage to die (two of them real people's
# words from tests/eval/real/chatbot_data.jsonl that read low), each with its everyday twin.
D13M_TWINS = [
    ("죽는 생각은 안 해요", "요즘 자꾸 죽는 생각만 나"),
    ("죽음을 생각하면 무서워", "가슴은 계속 죽음만을 쳐다봅니다"),
    ("웰다잉 수업에서 죽음에 대해 자꾸 생각하게 돼", "죽음에 대해 자꾸 생각해요"),
    ("드라마 주인공이 자꾸 죽는 생각만 하더라", "요즘 죽음이 자꾸 생각나"),
    ("발표할 용기가 없어", "죽을 용기가 없어서 그냥 살아요"),
    ("우리 영감은 죽지 못해 산대", "죽지 못해 살아요"),
    ("님이 보기에 죽지 못해 살아도 부부 사이는 모르는 거예요", "죽진 못하겠구 겁이나고"),
    # d13n: no wish to stay in this world, a life given up, rest forever
    ("세상을 떠나신 어머니가 보고 싶어", "세상을 떠나고 싶어"),
    ("이 세상에 더 있고 싶지 않다는 사람들 이해가 안 가", "이 세상에 더 이상 있고 싶지 않아"),
    ("담배를 포기하고 싶어", "삶을 포기하고 싶어"),
    ("삶을 포기하고 싶지 않아요", "이 세상에 더 있고 싶지 않다고 딸한테 말했어"),
    ("주말엔 푹 쉬고 싶다 영원히 일 안 하고", "이제 그만 쉬고 싶다 영원히"),
    ("드라마에서 세상을 떠나고 싶다고 하더라", "살아있는 게 고통이야"),
    ("요즘은 살 맛이 나요", "살고 싶은 마음이 하나도 없어"),
    ("일할 의욕이 없어", "살 의욕이 없어"),
    # d13p: where the ashes go after a natural death is not where to die
    ("내가 죽으면 화장해서 바다에 뿌려 달라고 했어", "오늘 밤 저수지에 갈 거야 죽으면 화장해 줘"),
    ("내가 죽거든 저 강에 뿌려 줘", "한강 다리 가서 뛰어내릴 거야 화장해 달라고 편지 썼어"),
]


@pytest.mark.parametrize(("benign", "crisis"), D13M_TWINS)
def test_d13m_thoughts_of_dying_are_read_and_their_everyday_twins_are_not(benign: str, crisis: str) -> None:
    assert not kinds(benign) & {"active", "passive"}, scan(benign)
    assert kinds(crisis) & {"active", "passive"}, crisis


# d14m: plain passive wishes that read low (probing with plain words): "나쁜 생각" (the euphemism for suicidal
# thoughts, one real chatbot_data turn among them), no attachment left to life, "나 같은 늙은이는 죽어야 해".
D14M_TWINS = [
    ("나쁜 생각 하지 마세요", "혼자 남겨진 게 너무 힘들어서 나쁜 생각이 자꾸 들어"),
    ("나쁜 생각 들면 꼭 전화해", "갑자기 나쁜 생각이 막 들더라"),
    ("아들이 나쁜 생각 할까 봐 걱정이야", "요즘 나쁜 생각을 자주 해"),
    ("나쁜 생각은 안 해요 걱정 마", "밤마다 나쁜 생각이 나"),
    ("그놈이 나쁜 마음 먹고 돈을 훔쳐갔어", "나쁜 생각이 불쑥불쑥 들어서 무서워"),
    ("그 사람한테 미련 없어", "이제 삶에 미련이 없어"),
    ("일에 미련 없어 퇴직하니 좋다", "세상에 아무 미련도 없어"),
    ("정말 후회없고 미련없이 사랑했던 사람들", "더 살 미련도 없어"),
    ("벌레는 죽어야 해", "나 같은 늙은이는 죽어야 해"),
    ("그런 놈은 죽어야 해", "늙으면 빨리 죽어야 해"),
    ("혹시 힘들어서 나쁜 생각까지 드신 적은 있으세요?", "힘들어서 나쁜 생각까지 들어요"),
    ("검사에서 혹이 있다 캐서 자꾸 나쁜 생각만 나고 안절부절이야", "영감 가고 자꾸 나쁜 생각만 나"),
    # a resolved past, and hopelessness now that is no resolution
    ("삼십 년 전에 힘들어서 죽고 싶었었지. 지금은 잘 살아.", "삼십 년 전에도 죽고 싶었는데 이제 잘 살 자신이 없어"),
    ("옛날에 죽고 싶었지 지금은 그런 생각 없어", "옛날에 죽고 싶었지 지금은 희망이 없어"),
    ("예전에 죽고 싶었는데 지금은 괜찮아", "예전에도 죽고 싶었는데 이제는 살 이유가 없어"),
    ("삼십 년 전에 힘들어서 나쁜 생각도 했었지. 지금은 잘 살아.", "옛날에 죽고 싶었는데 요즘은 살 맛이 안 나"),
    # a chain, a tie or a dog's lead on a neck, a dose asked, a long sleep or a baby's (found by d14r's twins)
    ("금줄 목걸이를 목에 걸어 봤는데 예쁘더라", "끈을 목에 걸어 봤어 창고에서"),
    ("강아지 목줄 새로 사서 목에 걸어 줬어", "밧줄 하나 사서 대들보에 걸어놨어"),
    ("넥타이를 목에 매 봤는데 어색하더라", "넥타이로 목을 매려고 했어"),
    ("이 약 얼마나 먹으면 나아요", "수면제 얼마나 먹으면 안 깨나"),
    ("푹 자고 싶다 아침까지 안 깨면 좋겠어", "다시는 안 깨면 좋겠어"),
    ("손주가 안 깨면 좋겠어 겨우 재웠거든", "이대로 안 깨어났으면 좋겠어"),
]


@pytest.mark.parametrize(("benign", "crisis"), D14M_TWINS)
def test_d14m_plain_passive_wishes_are_read_and_their_everyday_twins_are_not(benign: str, crisis: str) -> None:
    assert not kinds(benign) & {"active", "passive"}, scan(benign)
    assert kinds(crisis) & {"active", "passive"}, crisis


# d14s: ways a new writer said it that no row read (blind round 4, now development data), each with everyday twins.
D14S_TWINS = [
    ("어머니가 작년에 세상 뜨셨어", "추석에 애들 얼굴 다 보구 그담에 세상 뜰라구 맘먹었슈"),
    ("나도 곧 세상 뜨겠지 허허 그래도 손주 결혼은 보고", "이 달 가기 전에 세상 뜨기로 작정했어"),
    ("세상 뜨기 전에 제주도 한번 가 보고 싶어", "그냥 세상 뜨고 싶다"),
    ("아침에 눈이 잘 안 떠져 피곤해서", "그냥 눈 안 떠지민 좋겠수다"),
    (
        "어제 냇가 가서 다슬기 잡을라고 들어갈라카다가 물이 차서 말았다",
        "어제 저수지 가가 들어갈라카다가 발이 안 떨어지대",
    ),
    ("바다 보러 가서 발만 담그고 왔어", "바다에 걸어 들어가려다 무서워서 돌아왔어"),
    ("기차 타고 부산 가고 싶다", "철길 쪽으로 자꾸 발이 가진다 기차소리 들으믄 뛰들고 싶다"),
    ("트럭이 갑자기 끼어들어서 놀랐어", "트럭에 확 뛰어들까 싶었어"),
    ("수영장에 뛰어들고 싶다 더워서", "다리 위에서 뛰어들고 싶다"),
]


@pytest.mark.parametrize(("benign", "crisis"), D14S_TWINS)
def test_d14s_a_new_writers_ways_are_read_and_their_everyday_twins_are_not(benign: str, crisis: str) -> None:
    assert not kinds(benign) & {"active", "passive"}, scan(benign)
    assert kinds(crisis) & {"active", "passive"}, crisis


# d14p: typed, standard Korean of the emotional-dialogue kind (my own probes), each with everyday twins.
D14P_TWINS = [
    ("남편 기일이 지나면 서울 딸네 가려고 해요", "남편 기일이 지나면 저도 따라가려고 합니다"),
    ("제가 없으면 손주 봐 줄 사람이 없어요", "제가 없어지면 자식들이 편해질 것 같아요"),
    ("스스로 가서 보험금 청구했어요 병원비", "스스로 가도 보험금이 나오는지 궁금해서요"),
    ("연탄을 몇 장 사다 놓았어요 겨울 대비로", "연탄을 몇 장 사다 놓았어요. 고기 구울 일은 없지만요"),
    ("막내에게 문자를 남겼어요 생일 축하한다고", "막내에게 문자를 남겼어요. 엄마가 미안하다고, 잘 살라고"),
    ("이 약 몇 알 먹어야 돼요", "몇 알을 먹어야 깨지 않는지 약사에게 물어봤어요"),
    ("이 약 몇 알 먹어야 안 깨고 푹 자는지 물어봤어", "수면제 몇 알 먹으면 안 깨나"),
    ("한 번에 몇 알씩 먹어요?", "모아둔 수면제 몇 알 먹고 누웠어"),
    ("손주랑 살아있는 게 행복이야", "요즘은 살아 있는 것 자체가 짐처럼 느껴져요"),
]


@pytest.mark.parametrize(("benign", "crisis"), D14P_TWINS)
def test_d14p_typed_standard_korean_is_read_and_its_everyday_twins_are_not(benign: str, crisis: str) -> None:
    assert not kinds(benign) & {"active", "passive"}, scan(benign)
    assert kinds(crisis) & {"active", "passive"}, crisis


# d14q: more typed, standard Korean (my own probes), each with everyday twins.
D14Q_TWINS = [
    (
        "남편이 떠난 뒤로 저도 같이 가고 싶었지만 지금은 괜찮아요",
        "남편이 떠난 뒤로 저도 같이 가고 싶다는 생각을 매일 해요",
    ),
    ("엄마가 간 뒤로 나도 같이 여행 가고 싶다던 데를 다녀왔어", "영감 보낸 뒤로 나도 따라 가고 싶어"),
    ("죽는 게 무섭지 않아 남은 인생 즐겁게 살아야지", "죽는 게 무섭지 않아요. 오히려 편할 것 같아요"),
    ("의사 선생님이 약을 끊으래서 끊었어요 이제 안 아파요", "약을 끊었어요. 더 살고 싶지 않아서요"),
    ("조용히 떠날 준비 다 했어 제주도 한 달 살기 간다", "아들한테 짐이 되기 싫어서 조용히 떠날 준비를 하고 있어요"),
    ("저 같은 사람은 없는 게 낫다고 생각했는데 손주 보니 아니더라", "저 같은 사람은 없는 게 나아요"),
    (
        "제가 먼저 가는 게 맞지 순서대로 가야지 버스에",
        "병원비 때문에 가족들이 고생하는 걸 보니 제가 먼저 가는 게 맞는 것 같아요",
    ),
    ("빚은 보험금으로 갚았어 사고 난 차 보험", "빚 때문에 면목이 없어요. 제가 사라지면 보험금으로 갚을 수 있을 텐데요"),
    ("주말엔 그만 쉬고 싶어요. 일 좀 줄이고", "이제 그만 쉬고 싶어요. 영원히요"),
    ("어차피 오래 못 살 거 여행이나 다니자", "어차피 오래 못 살 거 빨리 끝났으면 좋겠어요"),
]


@pytest.mark.parametrize(("benign", "crisis"), D14Q_TWINS)
def test_d14q_more_typed_korean_is_read_and_its_everyday_twins_are_not(benign: str, crisis: str) -> None:
    assert not kinds(benign) & {"active", "passive"}, scan(benign)
    assert kinds(crisis) & {"active", "passive"}, crisis


# d13: a means' everyday purpose excuses it only with no death wish, hopelessness or goodbye anywhere in the text;
# starving or stopping medicine in order to die; aborted attempts in dialect; a farewell's dialect endings. Each kind
# with its everyday twin, which must stay free of ideation.
D13_TWINS = [
    # the charcoal row's purpose right after it, and hopelessness, a death wish or a goodbye later in the text
    (
        "번개탄 사 놨어요 애들 오면 고기 구워 먹을 거예요",
        "번개탄 사 놨어요 애들 오면 고기 구워 먹을 거예요 근데 사는 게 다 부질없어",
    ),
    ("번개탄 사왔다 주말에 아들 오믄 마당서 삼겹살 꿉을라꼬", "번개탄 사왔다 삼겹살 꿉을라꼬 그래도 빨리 죽어야지"),
    ("번개탄 하나 샀슈 캠핑 간다길래", "번개탄 하나 샀슈 캠핑 간다길래 그동안 고마웠다고 전해줘유"),
    # starving or stopping medicine to go: not a fast for a check-up, a diet, a doctor's advice, an errand
    ("내일 위내시경이라 저녁부터 굶어야 돼 아침 일찍 갈라꼬", "밥 끊고 물도 안 마신다 굶어서 갈라꼬"),
    ("살 빼려고 저녁은 굶어 다이어트 한다고", "혈압약 당뇨약 다 끊어삤다 빨리 갈라꼬 일부러 안 묵는다"),
    ("의사 선생님이 혈압약 끊어도 된다 캐서 약 끊었다", "약 끊고 빨리 갈라고"),
    ("아침 굶고 병원 갈라꼬 일찍 나왔다", "빨리 죽을라꼬 일부러 안 묵는다"),
    ("굶다 보믄 살이 빠지겄지", "밥을 일부러 안 먹구 있슈 굶다 보믄 조용히 가겄지"),
    ("아침 굶고 빨리 가려고 서둘렀어", "그냥 이대로 굶다가 가려고요"),
    ("약은 안 타도 돼 의사가 더 살 빼라 카대", "약도 안 타쿠다 이제 더 살 생각 어수다"),
    # a vehicle driven into the water on purpose: not a drive to the reservoir to fish
    (
        "트럭 몰고 저수지로 들어갈라 했는데 낚시꾼들이 길을 막아서 돌아왔다",
        "트럭 몰고 저 바다로 들어갈라 했는데 발이 브레이크를 밟아삤드래요",
    ),
    # aborted attempts: not a dive into a pool, going in after a grandchild, a washing line, a wrist measured
    ("수영장에 뛰어들라 했는데 물이 너무 차가워서 못했어", "방파제 끝까지 가서 뛰어들라 했드래요 전화가 와서 못했소"),
    ("손주가 물에 빠져서 뛰어들라 했는데 다리가 안 움직여서 못했어", "다리 위에서 뛰어내리려다가 무서워서 그만뒀어"),
    ("빨랫줄 매다가 허리가 아파서 그만뒀슈", "창고서 줄 매다가 며느리 오는 소리에 그만뒀슈"),
    ("고추 지지대에 끈 매다가 비가 와서 그만뒀어", "넥타이를 목에 걸다가 손이 떨려서 못했어"),
    ("손목에 줄자 대봤는디 살이 많이 빠졌어", "부엌칼 들고 손목에 대봤는디 떨려서 못했어라"),
    ("칼질하다가 손목이 아파서 그만했어", "면도칼을 손목에 갖다댔는데 차마 못 긋겠더라"),
    ("손목에 칼 댔어 인대 수술했거든", "칼을 손목에 대봤는데 손이 떨려서 그만뒀어"),
    ("손목 골절로 깁스했어", "손목을 그었는데 딸이 와서 병원에 실려 갔어"),
    ("아들 결혼식이라 넥타이 매다가 손이 떨려서 못 맸어", "넥타이를 문고리에 매달다가 손이 떨려서 그만뒀어"),
    # a farewell with a time in dialect endings: not a day out, the house empty for a visit or the field
    ("내일은 집에 없을 거요 병원 가니께", "내일 아침엔 나 없을것이요 찾지말고 밥 잘 챙겨 묵어라잉"),
    ("내일 아침엔 나 없을것이요 병원 가니께", "내일부터는 나 없을끼요"),
    ("내일은 전화해도 받을 사람이 없을 거요 다들 딸네 가니께", "선생 내일부터는 전화하지 마소 받을 사람이 없을끼요"),
    ("낮에는 전화해도 받을 사람이 없을끼요 밭에 나가니께", "인제 전화 허지마 다음주면 받을 사람두 읎을 테니께"),
    ("다음주엔 난 없을끼다 딸네 가서 한 달 있을 거다", "다음주엔 난 없을끼다 다들 잘 살아라"),
    ("잘 있거래이 다음 주에 또 올께", "손주야 할배 인자 간다 잘 있거래이"),
]


@pytest.mark.parametrize(("benign", "crisis"), D13_TWINS)
def test_d13_everyday_twins_are_left_alone_and_their_crisis_twins_are_active(benign: str, crisis: str) -> None:
    assert "active" not in kinds(benign) and "passive" not in kinds(benign), scan(benign)
    assert "active" in kinds(crisis), (crisis, scan(crisis))
