"""Long check-ins read wrongly by the local analyzer (d16L), pinned both ways: each phenomenon in phrasings of our
own, its everyday twins, and crisis twins that must still be caught (docs/clinical-rules.md, "d16L")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local import rules
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import engine


def _codes(text: str) -> set[str]:
    return {hit.code for hit in engine.scan(text) if hit.kind.value != "abuse"}


# The crisis rules find no ideation in these (the rules' part of each phenomenon).
NO_CRISIS_RULE = [
    # a move: belongings handed on, the last call on this number, thanks, with the move said
    "토요일 아침에 이삿짐 차가 온대 장독은 옆집 순옥이 주고 재봉틀은 조카 줬어 "
    "이 번호로 하는 전화는 오늘이 마지막이겠네 그동안 고마웠어요 수원 가면 복지관 서예반 들어갈라고",
    "다음 주에 부산 아들 집으로 들어가유 살림은 거의 다 나눠줬슈 그동안 고마웠어유 거기 가서도 노인정 댕길 거유",
    "서울 딸네 집으로 올라감수다 솥이랑 그릇은 권사님들 다 나눠줬수다 이 전화도 오늘이 마지막이우다",
    # a voice note or a call closed
    "할 말이 별로 어서 오늘은 이만 끝내쿠다",
    "오늘 얘기는 이 정도고 이만 끝낼게요 선생님 고마워요",
    "날씨가 좋아서 밭에 다녀왔어요 이만 끝내겠습니다",
    # someone else's saying: sung over and over, or dated as theirs
    "그 할배가 평소에도 허리 아프고 살기 싫다 살기 싫다 노래를 불렀다 카더라 할매 먼저 보내고",
    "우리 영감 그 양반 그 소리 한 지 삼십 년 됐어 쉰 살 때부터 빨리 죽어야제 그랬는디 여든이 넘도록 정정해",
    # the caller's question said back without a question mark and denied at once
    "선생님 물어본 거 그 죽고 싶은 생각 있냐꼬 아이다 그런 건 아이다 그냥 사는 게 재미가 없는 기지",
    "그런 생각 해 봤냐고요 죽고 싶은 생각 있냐고 아뇨 없어요 손주 보는 재미로 살아요",
    # "것도 아이고": not
    "수의는 윤달에 딸들이 해 줬다 그래도 오늘 내일 갈 것도 아이고 봄 되믄 텃밭에 상추 심어야 된다",
    # a poison bought for its use, or the rhetorical denial
    "쥐약 한 봉다리 사 왔어 창고에 쥐가 많아서",
    "쥐약을 내가 먹을라고 샀겠냐 쥐 잡을라고 샀지",
    # the bank with a tax reason, or with no child's name
    "세무사가 증여세 때문에 지금 하는 게 낫대서 은행 가서 통장을 딸 이름으로 돌려놨어 다음 달엔 손녀 돌잔치 가",
    "은행 가서 통장 정리했어 이자 얼마 붙었나 볼라고",
    # a day after which calls stop, with its ordinary reason
    "추석 지나고는 전화 안 하셔도 돼요 아들네 가서 한 달 있다 올 거예요",
    # a chosen day with the return said
    "내가 정한 날 산에 가서 산장에서 하룻밤 자고 안 내려오고 다음 날 내려올 거야",
]

# ... and these still are crises (the same surface words with intent, or without the everyday reason).
CRISIS_RULE = [
    "살림은 다 나눠줬다 이제 죽을 일만 남았다",
    "오늘이 마지막이겠네 그동안 고마웠어 나 없어도 잘 살아",
    "이만 끝낼래 다 지쳤어",
    "인생을 끝낼게요 선생님 고마웠어요",
    "나는 빨리 죽어야제 그 소리를 맨날 혀",
    "죽고 싶어 아이고 힘들어",
    "장날에 쥐약 한 봉다리 사 왔슈 우리 집엔 쥐도 없는디 허허 나 먹을라구 농담이여 농담",
    "농약 한 병 사다 놨다 밭도 없는데 내 묵을라꼬 하하",
    "내가 정한 날이 있어요 그날 산에 올라가서 안 내려올 거예요",
    "제가 정해 둔 날 바다 가서 다시는 안 돌아올 거야",
]


@pytest.mark.parametrize("text", NO_CRISIS_RULE)
def test_no_crisis_rule(text: str) -> None:
    assert not _codes(text), text


@pytest.mark.parametrize("text", CRISIS_RULE)
def test_crisis_rule(text: str) -> None:
    assert _codes(text), text


def test_long_preparations_with_calls_stopped_after_a_day_are_critical(analyzer: LocalAnalyzer) -> None:
    text = (
        "신문이랑 우유 배달 끊었어요 볼 사람도 없고 쌓이기만 하니까 "
        "은행 가서 통장도 다 정리해서 아들 이름으로 돌려놨어요. "
        "밥은 하루 한 번이나 먹나 입맛이 없어요. 화분도 옆집에 다 줬어요. "
        "우리 영감 기일이 다음 주거든요 그 지나고는 전화 안 하셔도 돼요 그날까지만 하면 돼요."
    )
    assert analyzer.label(text)["risk"] == "critical"


def _fired(text: str) -> list[str]:
    return rules.assess(text, rules.punctuation_clauses(text)).fired


# Guilt (PHQ-9 #6): the burden of an illness to come, given as a wish's reason, is not guilt now.
@pytest.mark.parametrize(
    "text",
    [
        "아프다가 가믄 자식들 고생시키니까 자다가 가야지",
        "오래 누워 있으면 애들 고생시키니까",
    ],
)
def test_burden_to_come_is_not_guilt(text: str) -> None:
    assert "dep_guilt" not in _fired(text)


# Perceived burdensomeness stays guilt, also when it is the reason a wish gives ("짐 되기 전에 데려가시믄"): reading it
# as no guilt moved a never-read long check-in's crisis below high (blind_long8, figures only).
@pytest.mark.parametrize(
    "text",
    [
        "내가 자식들한테 짐만 돼",
        "요새 몸이 아파서 자식들 고생시키네",
        "애들 고생만 시키고 미안해",
        "자식들 고생 안 시키고 자는 듯이 가믄 좋겠다",
        "자식들한테 짐 되기 전에 데려가시믄 좋으켜",
    ],
)
def test_burden_now_is_guilt(text: str) -> None:
    assert "dep_guilt" in _fired(text)


def _depression(text: str) -> int:
    return rules.assess(text, rules.punctuation_clauses(text)).depression


def test_sleep_on_the_prescribed_pill_is_no_sleep_symptom() -> None:
    assert _depression("잠 오는 약 두 달째 반 알 먹는데 먹으면 아침 여섯 시까지 푹 자 안 먹으면 또 새벽에 깨니까") == 0
    assert _depression("두 달째 잠이 안 와 새벽에 깨면 다시 못 자") >= 1


def test_light_wish_with_burden_reason_is_high_not_critical(analyzer: LocalAnalyzer) -> None:
    text = (
        "아흔 이 정도 살았으믄 됐지 자다가 고마 가믄 좋겠다 아프지 말고 자식들 고생 안 시키고 "
        "밥은 고봉으로 묵고 잠도 잘 잔다 내일 장기 두기로 했다"
    )
    label = analyzer.label(text)
    assert label["suicidal_ideation"] == 1 and label["risk"] == "high"


# Crying is someone else's when they said something and cried (the quote may be split off as its own clause).
@pytest.mark.parametrize(
    "text",
    [
        "손주가 할아버지 죽으면 안 돼 하고 울었당께",
        "며느리가 어머님 가지 마세요 하면서 울더라",
    ],
)
def test_crying_after_someone_elses_words_is_theirs(text: str) -> None:
    assert _depression(text) == 0


@pytest.mark.parametrize(
    "text", ["영감이 가지 말라캐서 내가 그래 하고 울었어", "요새 자꾸 울어 밤마다", "혼자 밥 먹다가 울었어"]
)
def test_the_speakers_crying_still_counts(text: str) -> None:
    assert _depression(text) >= 1


def test_crying_after_a_quote_split_off_by_the_analyzer_is_theirs(analyzer: LocalAnalyzer) -> None:
    text = (
        "나는 잘 있어 김장하느라 바빠 자식들 앞에서도 그라고 손주들 앞에서도 그라고 손주가 할아버지 죽으면 안 돼 "
        "하고 울었당께 그랬더니 영감이 농담이여 그라고 손주 용돈을 만 원 줬어 다음 달에 노래교실 발표회 있어"
    )
    assert analyzer.label(text)["depression"] == 0


def test_a_hard_time_told_as_over_is_no_depression_now() -> None:
    assert _depression("그때는 진짜 앞이 깜깜하드만. 그 뒤로는 안 그랬어. 요새는 증손주 사진 보는 재미로 살어.") == 0
    assert _depression("그때는 앞이 깜깜했는데. 요새도 그래 재미가 하나도 없어.") >= 1
    assert _depression("요새 앞이 깜깜해 사는 재미가 없어") >= 1
