"""False criticals on benign long check-ins (d17L), pinned both ways: each mechanism in phrasings of our own
(typed, speech-to-text, care calls with labels, visit notes, 경상/전라/충청/강원/제주), its everyday twins, and
crisis twins that must still be caught (docs/clinical-rules.md, "d17L")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local import ideation_gate, rules
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import discourse, engine


def _label(analyzer: LocalAnalyzer, text: str) -> dict[str, object]:
    return analyzer.label(text)


# No ideation and not critical: the surface of a crisis with its ordinary reading in the text.
BENIGN = [
    # a reason named and denied as the reason (-어서가 아니라)
    "유언장 쓴 건 내가 죽을 생각이 있어서가 아니라 맘 편히 오래 살려고 정리한 거예요.",
    "영정사진 찍은 거 죽을라고 해서 그런 게 아니라 동네서 무료로 찍어 준다캐서 찍었지",
    "죽을 생각이 있어서 그런 거 아니에요 걱정 마세요",
    "수의 맞춘 건 죽고 싶어서는 아니구 윤달이라 다들 해서 해 놨슈",
    # someone's request ("해 달라고") is no intent; a view admired or an outing by the water is no reconnaissance
    "복지관 선생님이 얘기 좀 해 달라고 해서 하는데 어제 바닷가 카페에 갔다 왔어요",
    "한강이 내려다보이는 아파트로 이사 갔어 딸이 거기 살자고 해서",
    "전망대 올라가서 바다 내려다보니까 경치가 그렇게 좋을 수가 없드라",
    "산꼭대기 올라가니께 바다가 쫙 내려다보이는 게 아주 끝내주더라",
    "민수야 아부지다. 꼭대기 올라가서 사진 찍었는데 그거 카톡으로 보낼게. 바다가 쫙 내려다보이는 게 아주 끝내줘.",
    # charcoal listed with the grill's gear
    "창고에서 번개탄이랑 참숯, 석쇠를 미리 꺼내 놓으셨음.",
    "토요일에 애들 온다캐서 번개탄 두 개하고 불판 챙겨 놨다",
    "번개탄 집게 장갑 다 차에 실었어 낼 계곡 간다",
    "캠핑 간다고 번개탄하고 화로 새로 샀슈",
    # a drama's cast named, then one of them pointed back to ("그 며느리가") after a long stretch of talk
    "어제 드라마 봤는데 며느리하고 시어머니 나오는 거 있잖아. 제목이 뭐더라. 벌써 백 회가 넘었어. 우리 경로당 할매들 "
    "다 봐. 점심 먹고 그 얘기만 해. 근데 어제는 그 며느리가 구박을 하도 받아서 한강 다리에 올라가서 뛰어내리려고 "
    "하는 거야",
    "상담원: 요즘 뭐 보세요? 어르신: 일일극 보지유 아들 셋 둔 할머니가 주인공인디 재미져유. 상담원: 무슨 내용이에요? "
    "어르신: 아이고 말도 마유 큰아들이 사업 망해갖구 빚쟁이들이 찾아오구 난리여. 근디 그 할머니가 어제 농약병을 들고 "
    "밭으로 나가드라구유",
    # a goodbye with the speaker's return stated and the calls taken up again
    "이번 주가 마지막 인사여 겨울 석 달은 큰아들 있는 대전서 나고 봄 되믄 다시 올 거여",
    "마지막 인사 하려고 기다렸지 뭐 모레 비행기 타 손녀 결혼식이여 다녀와서 또 전화 주소",
    "AI: 오늘 어떠세요? 어르신: 오늘이 마지막 인사 드리는 날이에요. 다음 주부터 동생네서 한 달 지내요. 돌아오면 다시 "
    "전화 주세요.",
    "오늘이 마지막 인사다 그동안 고마웠다 카이 낼부터 석 달 서울 가 있는다 봄에 또 올끼다",
    "오늘이 마지막 인사허는 날이라 기다렸수다. 나 모레 서울 가마씸. 봄에 또 오켄 허고 왔수다. 삼월 말에 돌아오민 "
    "다시 전화 줍서.",
    "근데 죽을 생각이 있어서 하는 건 아니고 그냥 준비하는 거야 내년엔 손주 결혼하는 거 봐야지",
    # a death told as done, someone else's (죽었잖여, 죽었대, 죽었는디)
    "작년에 우리 동네 누가 농약 먹고 죽었잖여 그 뒤로는 창고 열쇠를 꼭 내가 차고 다녀",
    "윗마을 박씨가 농약 먹고 죽었대 아이고 그 집 며느리가 얼마나 놀랐을까",
    "그 집 영감이 작년 겨울에 번개탄 피워서 죽었는디 그 뒤로 그 집 할매가 혼자 살어",
    # the caller posted elsewhere, asked back in dialect (-라믄서요)
    "할매: 선생님 오늘이 마지막이라믄서요? 상담원: 네 제가 다음 달부터 다른 지역으로 발령이 나서요. "
    "할매: 아이고 섭섭해서 우짜노 그동안 고마웠데이",
    "선생님 담당이 바뀐다꼬예 아이고 그동안 고마웠습니더 새로 오는 선생님한테도 잘할게예",
    # affairs told before a hospital stay, with what comes after the discharge
    "여보세요 아들 나여 다음 주 화요일에 입원혀 수술은 간단허대 통장이랑 도장은 장롱 서랍에 있고 보험 증서도 거기 "
    "있어 혹시나 해서 알려주는 겨 퇴원허믄 너네 집 가서 며칠 쉬다 올 거여",
    "딸아 엄마 다음 주에 무릎 수술해 통장 비밀번호는 수첩에 적어 놨어 퇴원하면 경로당 친구들이랑 온천 놀러 가기로 했다",
    # a spouse announced as saying it again, the quote closed by a saying verb
    "어제 우리 영감이 또 그 소리 안 하나 내가 빨리 죽어야 니가 편하제 카면서 그래가 내가 그런 소리 하지 마라 캤다",
    "그 양반이 맨날 그 말 혀 내가 얼른 죽어야 자식들 편하지 그러면서 한숨을 쉬어",
]

# ... and these stay critical: the same surface with intent, means kept, a wish, no return.
CRISIS = [
    "죽을 생각이 있어서 약을 모았지",
    "죽고 싶은 생각이 없다면 거짓말이지 약도 모아 놨고",
    "아파트 옥상문이 열려 있더라고",
    "한강다리 가서 물을 내려다보고 왔어요",
    "옥상에 올라가서 밑을 내려다보니까 무섭지도 않드래요",
    "바다가 내려다보이는 게 참 편해 보이더라 저기 들어가면 다 끝나겠지",
    "절벽 위에서 바다 내려다보니까 경치는 좋은데 한 발짝만 내디디면 되겠다 싶더라",
    "그 사람 따라가려고 한강 다리까지 갔다 왔어",
    "목을 매달라고 옥상 난간에 줄을 알아봤어",
    "번개탄 두 개 사다 놨어 방문 틈은 테이프로 다 막았고",
    "번개탄이랑 라이터 챙겨서 차 안에 뒀어 아무도 모르게",
    "석쇠는 버렸어 번개탄만 남겨 놨어 이제 필요 없으니까 다 끝내려고",
    "드라마 보다가 며느리 나오는 거 보니까 우리 며느리 생각이 나 어제 우리 며느리가 또 뭐라 카대 "
    "그래서 나는 한강 다리에 올라가서 뛰어내릴라 캤다",
    "드라마에 며느리가 나오는데 남 일 같지 않아 요새 나도 매일 울어 그 며느리가 뛰어내리는 거 보고 나도 수면제를 "
    "모아 놨어",
    "그동안 고마웠어요 이게 마지막 인사예요 다시 전화 안 하셔도 돼요",
    "마지막 인사 하려고 전화했어 이제 갈란다 애들한테 미안하다고 전해 줘",
    "봄에 다시 전화 준다고? 봄까지 내가 있을랑가 몰라 이게 마지막 인사여",
    "딸네 다녀와서 다 정리하고 갈 거야 마지막 인사 미리 해 둘게 그동안 고마웠어",
    "농약 먹고 죽었으면 좋겠다",
    "나 농약 먹고 죽었다 살아났어 근데 또 할 거야",
    "선생님 오늘이 마지막이에요 그동안 고마웠어요 나 없어도 잘 지내요",
    "통장이랑 도장은 장롱 서랍에 있어 혹시나 해서 알려주는 겨 이번 주말 지나면 나 찾지 마",
    "입원하기 전에 통장 비밀번호 다 적어 놨어 퇴원은 못 할 거야 다 정리했어",
]

# The speaker's own wish next to a spouse's saying stays a wish.
OWN_WISH = [
    "영감이 또 그 소리 하는데 나도 요새는 빨리 죽어야지 싶어",
    "내가 빨리 죽어야 니가 편하제 카면서 울었다 진짜로 그래",
    "영감이 그 소리 안 해 요새는 근데 나는 빨리 죽고 싶어",
]


@pytest.mark.parametrize("text", OWN_WISH)
def test_own_wish_next_to_a_saying_stays(analyzer: LocalAnalyzer, text: str) -> None:
    assert _label(analyzer, text)["suicidal_ideation"] >= 1, text


@pytest.mark.parametrize("text", BENIGN)
def test_benign_twin_is_not_critical(analyzer: LocalAnalyzer, text: str) -> None:
    labels = _label(analyzer, text)
    assert labels["suicidal_ideation"] == 0, text
    assert labels["risk"] != "critical", text


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_twin_stays_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert _label(analyzer, text)["risk"] == "critical", text


def test_a_wish_denied_as_the_reason_and_then_said_is_a_wish(analyzer: LocalAnalyzer) -> None:
    labels = _label(analyzer, "죽고 싶어서가 아니라 너무 아파서 그래 근데 진짜 죽고 싶어")
    assert labels["suicidal_ideation"] >= 1


# A past episode told as over: no depression from it (rules and model); the same symptoms now still count.
PAST_OVER = [
    "그때는 영감 보내고 밥도 안 먹고 매일 울었어요 상담도 받고 약도 먹고 이 년 전부터 괜찮아졌어요 요새는 노래교실 "
    "다녀요",
    "십 년 전에 사업 망하고 잠도 못 자고 술만 먹었지 그 뒤로 교회 다니면서 다 나았어 지금은 손주 보는 재미로 살아",
]
PAST_NOT_OVER = [
    "그때는 괜찮았는데 요즘은 밥도 안 먹고 매일 울어",
    "오 년 전에 우울증 와서 고생했는데 좀 괜찮아졌다가 요새 다시 밥도 못 먹고 하루 종일 누워만 있어",
    "그땐 밥도 못 먹고 울기만 했어 괜찮아졌는데 요즘 또 그래 잠도 안 와",
]


@pytest.mark.parametrize("text", PAST_OVER)
def test_past_told_as_over_gives_no_depression(analyzer: LocalAnalyzer, text: str) -> None:
    assert _label(analyzer, text)["depression"] <= 1, text


@pytest.mark.parametrize("text", PAST_NOT_OVER)
def test_symptoms_now_after_a_past_still_count(analyzer: LocalAnalyzer, text: str) -> None:
    assert _label(analyzer, text)["depression"] >= 2, text


# Crying is seen: another's at the end of a chain of their own acts is theirs; the speaker's after a loss is hers.
OTHERS_CRYING = [
    "딱 그때 남편이 차 몰고 와가 끌어안고 울고불고 난리가 났지",
    "손주가 놀이터서 넘어져가 무릎 까지고 울고 난리도 아니었어",
    "작가가 애를 태운다 내일 또 봐야 된다",
]
OWN_CRYING = [
    "영감이 죽고 나서 매일 울어",
    "영감 가고 나서 밥도 못 먹고 매일 울고 잠도 못 자",
]


@pytest.mark.parametrize("text", OTHERS_CRYING)
def test_others_crying_is_not_the_speakers_mood(analyzer: LocalAnalyzer, text: str) -> None:
    hits, _ = rules.find_hits(text, analyzer._clauses(text))
    assert "dep_mood" not in {hit.rule.code for hit in hits}, text


@pytest.mark.parametrize("text", OWN_CRYING)
def test_own_crying_after_a_loss_counts(analyzer: LocalAnalyzer, text: str) -> None:
    assert _label(analyzer, text)["depression"] >= 2, text


def test_tears_at_a_drama_are_no_low_mood_for_partial_evidence() -> None:
    told = (
        "드라마재방송을보고계셨음.어제저회장아들이한강다리에서뛰어내리려고하는데애인이붙잡는장면,아주그냥눈물이나더라고"
    )
    assert not discourse.mood_voiced(told)
    assert discourse.mood_voiced("드라마보다가우리영감생각나서눈물이나")
    assert discourse.mood_voiced("요새는자꾸눈물이나")


def test_someones_feeling_to_come_is_no_plan_for_the_gate() -> None:
    assert not ideation_gate.has_death_cue("영감도 내가 이렇게 재밌게 사는 거 보믄 좋아할 거야")
    assert ideation_gate.has_death_cue("약 다 모았어 이번 주말에 할 거야")


def test_a_denied_concept_adds_nothing_to_a_combination() -> None:
    codes = {
        hit.code
        for hit in engine.scan("영정사진 찍은 거 죽을라고 해서 그런 게 아니라 동네서 무료로 찍어 준다캐서 찍었지")
    }
    assert "preparation_final" not in codes
    assert "preparation_final" in {hit.code for hit in engine.scan("영정사진 찍어 놨어 이제 죽을라고")}
