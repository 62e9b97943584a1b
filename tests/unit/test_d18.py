"""d18: what round 7 (ko_train_blind_short7, _long9, _long10; read at the start of the session of 2026-12-04) showed
the analyzer misreading, as mechanisms, each with its everyday twins (docs/clinical-rules.md, "d18")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

_RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}

# ---- the caller's turns are nobody's symptoms ---------------------------------------------------------------------

CALL_ALL_WELL = (
    "AI안부: 안녕하세요, 홍천군 AI 안부 서비스입니다. 어르신, 통화 괜찮으세요?\n"
    "응답자: 어, 괜찮아요. 이 기계 또 왔구먼.\n"
    "AI안부: 요즘 기분은 어떠세요? 우울하거나 기운 없으신 적은 없으세요? 잠은 잘 주무세요?\n"
    "응답자: 없어. 기분 좋아. 아들네 다녀가서 더 좋지. 다음 달에는 딸네가 온대.\n"
    "AI안부: 외롭거나 걱정되는 일은 없으세요?\n"
    "응답자: 없어. 경로당에서 게이트볼 시합 준비해. 매일 아침 연습해."
)
CALL_LOW_MOOD = (
    "[센터] 어머님, 요즘 어떻게 지내세요?\n"
    "[귀순] 영 재미가 없어. 밥맛도 없고 밤마다 울어.\n"
    "[센터] 잠은 주무세요?\n"
    "[귀순] 통 못 자. 새벽까지 뒤척여."
)


def test_the_callers_questions_are_not_the_seniors_symptoms(analyzer: LocalAnalyzer) -> None:
    lab = analyzer.label(CALL_ALL_WELL)
    assert lab["depression"] == 0, lab
    assert lab["anxiety"] == 0, lab
    assert lab["loneliness"] == 0, lab
    assert lab["risk"] == "low", lab


def test_the_seniors_own_answers_still_count(analyzer: LocalAnalyzer) -> None:
    lab = analyzer.label(CALL_LOW_MOOD)
    assert lab["depression"] >= 2, lab


# ---- crises the rows did not read -----------------------------------------------------------------------------------

ACTIVE = [
    "어제 뒷산 가가 소나무에 끈 매놓고 왔다 아이가. 아직 몬 했다.",
    "창고에 그 줄 있는 데까지 의자 갖다 놓고 올라섰는데 손지 얼굴이 떠올라서 내려왔다",
    "요새 잠이 안 와서 타온 수면재를 안 묵고 한 알씩 모아놨는디 인자 한 통은 되것어",
    "엄마는 괜찮아ㅎㅎ 걱정마 인슐린 안맞으면 금방 간다며? 그래서 이번달부터 그만 맞을라고",
    "기차 지나가는 거 보면서 음 저 앞에 한번만 서있으면 되는데 그 생각이 요새 자꾸 나",
]

PASSIVE = [
    "밤에 누우믄 하르방 곁에 가고 싶은 생각은 가끔 들주.",
    "자는 듯이 하르방 따라가믄 좋주게.",
    "어제 연속극 봤는데 그 시어머니가 약을 털어 넣으면서 나는 죽고 싶다 그러고 우는디 나도 요새 그 맘이여 죽고 싶어",
]

BENIGN = [
    ("영감 따라가서 병원 다녀왔어", "low"),
    ("남편 따라가 시장 봤어", "low"),
    ("바깥양반 곁에 가서 앉았어", "low"),
    ("하르방 따라가 오일장 갔수다", "low"),
    ("전구 갈라고 줄 잡고 의자에 올라섰다가 어지러워서 내려왔다", "low"),
    ("마당 소나무에 빨랫줄 매 놨는데 아직 빨래를 못 했다", "low"),
    ("약 안 먹으면 금방 가니까 그래서 꼬박꼬박 먹어", "low"),
    ("올해 마지막이니까 김장 오늘 밤에 하려고요", "high"),  # was critical ("timing"); a timing word is still reviewed
    ("예전에 남편 빚때문에 죽으려고 한적이 있었어요. 지금은 다 갚고 딸이랑 잘 살아요 그냥 옛날 생각이 나서요", "low"),
    # a charcoal briquette named bare again shares the purpose said at its other mention
    (
        "내가 닭갈비를 구워 줬지. 마당에 드럼통 화로 있잖어, 거기다 숯불 피워서 구웠어. "
        "농협 마트 가서 번개탄 두 장이랑 참숯 한 포대 사 왔지. "
        "번개탄으로 불 붙이고 그 위에 참숯 올려서. 그렇게 해야 불이 잘 붙어.",
        "low",
    ),
    # a drama's character's quoted words, closed by "그러고 우는디"
    (
        "영자야 나여 너 어제 그 연속극 봤어 그 시어머니 있잖어 그 양반이 아들이 사업 망해가지고 "
        "혼자 그 빈집에 앉아가지고 약봉지를 막 뜯어서 한 움큼 털어 넣는 거여 "
        "그러면서 나는 죽고 싶다 이 꼴 보고 살아서 뭐 허냐 그러고 우는디 "
        "아유 그 배우 연기를 어떻게 그렇게 잘 하는지 다음 주 수요일에 부녀회에서 온천 가는 거 너도 가지",
        "low",
    ),
]


@pytest.mark.parametrize("text", PASSIVE)
def test_passive_wish_is_at_least_high(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] >= 1, lab
    assert _RANK[lab["risk"]] >= _RANK["high"], lab


def test_a_wedding_date_is_no_plan(analyzer: LocalAnalyzer) -> None:
    """A passive wish stays a passive wish when the only "날 잡았어" is a granddaughter's wedding's."""
    wedding = analyzer.label("죽고 싶다는 생각이 가끔 들어. 손녀 시집간다고 날 잡았어")
    assert wedding["suicidal_ideation"] == 1, wedding
    plan = analyzer.label("죽고 싶다는 생각이 가끔 들어. 날 잡았어")
    assert plan["suicidal_ideation"] == 2, plan


def test_a_move_the_caller_asks_after_explains_the_goodbyes(analyzer: LocalAnalyzer) -> None:
    text = (
        "지원사: 삼춘, 이삿짐은 잘 싸고 계세요?\n"
        "할망: 아이고 집이 지금 난리우다. 아들이 같이 살자고 몇 년을 졸라서 이번에 결심했수다.\n"
        "지원사: 그래도 서운하시죠.\n"
        "할망: 경해서 물건도 다 나눠 줬수다. 장독은 순덕이 주고 재봉틀은 조카 줬고.\n"
        "지원사: 이제 제가 담당하는 마지막 통화겠네요.\n"
        "할망: 고 선생, 그동안 하영 고마웠수다. 여름에 내려오믄 귤 주스 들고 찾아가켜."
    )
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert lab["risk"] in ("low", "moderate"), lab


# ---- a screening question is the caller's, the answer the senior's -------------------------------------------------


def test_the_model_does_not_raise_ideation_on_the_callers_question(analyzer: LocalAnalyzer) -> None:
    text = (
        "돌봄콜: 어르신 오늘은 몇 가지 여쭤볼게요. 요즘 사는 게 힘들어서 삶을 끝내고 싶다는 생각을 하신 적이 있나요?\n"
        "할배: 하이고 그런 소리 마라. 없다.\n"
        "돌봄콜: 혹시 유서를 쓰거나 물건을 정리하신 적은요?\n"
        "할배: 없다 카이. 이번 주말에 아들네 간다.\n"
        "돌봄콜: 네 알겠습니다. 즐거운 주말 보내세요.\n"
        "할배: 오냐."
    )
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert lab["risk"] == "low", lab


@pytest.mark.parametrize(
    ("answer", "si"),
    [("허허 있지 그럼. 방법도 다 생각해놨어. 농담 아니여.", 2), ("허허 없어 그런 거.", 0), ("아이고 없지 그럼.", 0)],
)
def test_a_yes_after_a_laugh_is_a_yes(analyzer: LocalAnalyzer, answer: str, si: int) -> None:
    lab = analyzer.label(f"간호사: 자살 생각 해보신 적 있으세요?\n할아버지: {answer}")
    assert lab["suicidal_ideation"] == si, lab


# ---- ko_train_blind_long11 (round 8's long calls, read the same day) ------------------------------------------------

AI_CALL_NO_LABELS = (
    "안녕하세요. 논산시 AI 안부전화입니다. 어르신, 오늘도 잘 지내셨어요?\n"
    "어, 잘 지냈슈. 오늘 읍내 갔다 왔슈.\n"
    "읍내에서 무슨 일 보셨어요?\n"
    "법무사 사무실 갔다 왔어. 애들 싸울까 봐 유언장 공증 받았슈. 앞으로 십 년은 더 살 거유.\n"
    "이제 마음 건강 질문을 드릴게요. 요즘 마음이 울적하거나 기운 빠지는 날이 많으신가요?\n"
    "없슈. 어깨가 가벼워서 짜장면까지 사 먹었슈.\n"
    "혹시 요즘 삶을 정리하고 싶다거나 죽고 싶은 마음이 드신 건 아니시죠?\n"
    "허허, 없슈. 밤나무 열리는 거 봐야지.\n"
    "어르신, 오늘도 대화 즐거웠어요. 다음 주에 또 전화드릴게요.\n"
    "그려유, 수고혀유."
)


def test_an_ai_call_with_no_labels_is_read_line_by_line(analyzer: LocalAnalyzer) -> None:
    """Every other line is the AI's (its questions and honorifics): its words are nobody's symptoms or wishes."""
    lab = analyzer.label(AI_CALL_NO_LABELS)
    assert lab["suicidal_ideation"] == 0, lab
    assert lab["depression"] == 0, lab
    assert lab["risk"] == "low", lab


def test_the_seniors_yes_in_an_ai_call_with_no_labels_still_counts(analyzer: LocalAnalyzer) -> None:
    text = AI_CALL_NO_LABELS.replace(
        "허허, 없슈. 밤나무 열리는 거 봐야지.", "게메… 어신 건 아니우다. 더는 말허기 싫수다."
    )
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] >= 1, lab
    assert _RANK[lab["risk"]] >= _RANK["high"], lab


LONG11_ACTIVE = [
    "허리에 납 차고 들어가민 다시 안 올라오주",
    "지난주 화요일에 한강 다리 위에 한 시간 넘게 서 있다가 아들 전화 받고 내려왔어요",
    "봄은 무슨 봄 나는 이번 눈 그치면 영감 있는 데로 갈 거야 누가 데려가 주기를 기다리면 뭐해 내 발로 가야지",
    "상담원: 최근에 스스로 목숨을 끊는 것에 대해 생각해 보신 적이 있으신가요?\n할아버지: 게메... 어신 건 아니우다.",
    "상담원: 약을 모아 두신 적 있으세요?\n할머니: 네 있어요.",
]

LONG11_BENIGN = [
    ("친구 놈이 한 마리도 못 잡아서 약 올라 죽으려 하더라 하하", "low"),
    ("지붕 위에 서 있다가 기와 고치고 내려왔어", "low"),
    ("다리 위에 서 있다가 사진 찍고 내려왔어", "low"),
    ("해녀들은 허리에 납 차고 들어가야 물에 가라앉아", "low"),
    ("병원은 내 발로 가야지", "low"),
    ("그건 미리 해 놓는 거지 죽을라고 하는 게 아녀", "low"),
    ("상담원: 번개탄으로 숯에 불 붙이시는 거죠?\n할아버지: 그렇지.", "low"),
    # the fence was of no use against the boars: no futility of life, so the barbecue's charcoal keeps its purpose
    (
        "할아버지: 숯 두 포대, 번개탄 한 묶음, 석쇠 하나. 애들이 마당에서 고기 구워 먹는 걸 좋아해요.\n"
        "복지팀: 아, 번개탄으로 숯에 불 붙이시는 거죠?\n"
        "할아버지: 그렇지. 번개탄 하나 밑에 깔고 숯 올리면 금방 붙어. 옥수수는 멧돼지가 반은 먹어 버렸어. "
        "울타리 쳐도 소용없드래요.",
        "low",
    ),
]


# ---- the model reads the senior's own words of an exchange too -------------------------------------------------

EXCHANGE_ACTIVE = [
    "간호사: 요즘 약은 잘 드세요? 할머니: 안 먹어요. 모아 뒀어요. 한 번에 먹으려고.",
    "AI: 요즘 잠은 잘 주무세요? 할머니: 못 자. 밤마다 저 강물만 생각나. 들어가면 편할 거 같아서.",
    "상담원: 식사는 잘 하셨어요?\n할머니: 먹었어요. 마지막이니까 좋아하는 거 먹자 싶어서. 오늘 밤에 하려고요.",
]

EXCHANGE_BENIGN = [
    "간호사: 요즘 약은 잘 드세요? 할머니: 네 꼬박꼬박 먹어요. 남은 건 모아서 보건소 갖다줬어요.",
    "손녀: 할머니 이번 주말에 갈게! 할머니: 오지 마라 할미 복지관 여행 간다. 다녀와서 보자.",
    "상담원: 혹시 죽고 싶다는 생각이 드세요? 할머니: 아이고 아니에요. 손주 보는 재미로 살아요.",
    "AI: 오늘 기분은 어떠세요? 어르신: 영감 기일이라 산소 다녀왔어. 영감 곁에 가서 한참 앉아 있었지.",
    "간호사: 어르신 혹시 요즘 죽고 싶다거나 그런 생각 하세요? 할머니: 죽긴 왜 죽어 증손주 돌잔치가 다음 달인데.",
    "손자: 할아버지 밧줄 어디 있어요? 할아버지: 창고에 있다. 비닐하우스 묶으려고 사 놨다.",
]


@pytest.mark.parametrize(
    ("text", "si"),
    [
        ("딸: 엄마 밥 먹었어? 엄마: 안 먹어. 이제 먹어서 뭐하게. 곡기 끊었다.", 2),
        ("곡기 끊었다", 2),
        ("어머니가 곡기를 끊으셨다", 0),  # a parent's last days
        ("시어머니가 돌아가시기 전에 곡기를 끊었어", 0),
        ("내일 내시경이라 오늘 곡기 끊었어", 0),  # a fast before a test
    ],
)
def test_food_given_up_the_old_way(analyzer: LocalAnalyzer, text: str, si: int) -> None:
    assert analyzer.label(text)["suicidal_ideation"] == si


# ---- every crisis above is critical, every twin at most the level it names ---------------------------------------


@pytest.mark.parametrize("text", ACTIVE + LONG11_ACTIVE + EXCHANGE_ACTIVE)
def test_active_ideation_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 2, lab
    assert lab["risk"] == "critical", lab


@pytest.mark.parametrize(("text", "most"), BENIGN + LONG11_BENIGN + [(t, "high") for t in EXCHANGE_BENIGN])
def test_everyday_twins(analyzer: LocalAnalyzer, text: str, most: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert _RANK[lab["risk"]] <= _RANK[most], lab


# (d35: 2, not 1 — "bad thoughts" are thoughts of killing oneself, SCREENING.md's 2, as d32 reads the other euphemisms
# asked and affirmed; docs/clinical-rules.md, "d35")
@pytest.mark.parametrize(
    ("answer", "si"),
    [("응 있어.", 2), ("아니 없어요.", 0)],
)
def test_a_screening_question_in_a_euphemism_is_answered(analyzer: LocalAnalyzer, answer: str, si: int) -> None:
    lab = analyzer.label(f"상담원: 혹시 나쁜 생각 하신 적 있으세요?\n할머니: {answer}")
    assert lab["suicidal_ideation"] == si, lab


@pytest.mark.parametrize(("answer", "si"), [("응 있어.", 2), ("아니 없어.", 0)])
def test_a_means_asked_with_doing_something_is_answered(analyzer: LocalAnalyzer, answer: str, si: int) -> None:
    lab = analyzer.label(f"상담원: 혹시 농약 같은 걸로 어떻게 해 볼 생각 하신 적 있으세요?\n할머니: {answer}")
    assert lab["suicidal_ideation"] == si, lab


def test_the_euphemistic_question_alone_is_no_wish(analyzer: LocalAnalyzer) -> None:
    assert analyzer.label("나쁜 생각 하신 적 있으세요?")["suicidal_ideation"] == 0
