"""Discourse across sentences (domain/rules/safety/discourse.py): signals that mean something only together.

The long check-ins of tests/eval/discourse/long_checkins.jsonl (development data written by the team) bury the
decisive sentences between talk of meals and grandchildren; the short texts below pin each guard on its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels, RiskLevel
from mhealth.domain.rules.safety import discourse
from mhealth.domain.rules.safety.engine import scan, scan_for_review
from mhealth.domain.rules.safety.floor import apply_safety_floor
from mhealth.domain.rules.safety.patterns import DISCOURSE_GIVEN_AWAY, PatternKind

LONG = Path(__file__).resolve().parents[1] / "eval" / "discourse" / "long_checkins.jsonl"
ITEMS = [json.loads(line) for line in LONG.read_text(encoding="utf-8").splitlines() if line.strip()]
DISCOURSE_CODES = {"discourse_plan", "discourse_preparation", "discourse_farewell"}

MEALS = (
    "아침은 누룽지 끓여서 김치랑 먹었어요. 손주 녀석이 학교 들어갔는데 가방 메고 찍은 사진을 딸이 보내 줬어요. "
    "점심은 국수 삶아 먹었고 무생채도 좀 했어요. 경로당에 가서 화투 몇 판 치고 왔어요. "
)


def _floor(text: str, labels: Labels | None = None) -> RiskLevel:
    return apply_safety_floor(assessment_from_labels(labels or Labels()), text).risk_level


def _ideation(text: str) -> list[str]:
    return [h.code for h in scan(text) if h.kind is not PatternKind.ABUSE]


def test_the_long_set_is_long_and_balanced() -> None:
    crisis = [i for i in ITEMS if i["risk"] == "critical"]
    benign = [i for i in ITEMS if i["risk"] != "critical"]
    assert len(crisis) >= 7 and len(benign) >= 9
    assert all(600 <= len(i["text"]) <= 2000 for i in ITEMS), [(i["id"], len(i["text"])) for i in ITEMS]


@pytest.mark.parametrize("item", [i for i in ITEMS if i["risk"] == "critical"], ids=lambda i: i["id"])
def test_long_crisis_check_ins_are_critical_with_true_quotes(item: dict[str, object]) -> None:
    text = str(item["text"])
    result = apply_safety_floor(assessment_from_labels(Labels()), text)
    assert result.risk_level is RiskLevel.CRITICAL
    for concern in result.concerns:
        for evidence in concern.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize("item", [i for i in ITEMS if i["risk"] != "critical"], ids=lambda i: i["id"])
def test_long_benign_check_ins_raise_no_ideation(item: dict[str, object]) -> None:
    text = str(item["text"])
    assert _ideation(text) == []
    assert _floor(text) is RiskLevel.LOW


def test_a_plan_across_sentences_quotes_each_contributing_sentence() -> None:
    text = (
        MEALS
        + "병원에서 주는 약을 안 먹고 하나씩 모아 뒀어요. "
        + MEALS
        + "이번 주말이면 다 끝나요. 손주들 사진 보면 웃음이 나요."
    )
    hits = [h for h in scan(text) if h.code == "discourse_plan"]
    assert [h.quote for h in hits] == ["병원에서 주는 약을 안 먹고 하나씩 모아 뒀어요.", "이번 주말이면 다 끝나요."]
    result = apply_safety_floor(assessment_from_labels(Labels()), text)
    concern = next(c for c in result.concerns if c.code == "discourse_plan")
    assert [e.quote for e in concern.evidence] == [h.quote for h in hits]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("번개탄을 몇 개 사 놨어요. " + MEALS + "오늘 밤이면 다 편해질 거예요.", "discourse_plan"),
        ("아파트 옥상에 올라가 봤어요. " + MEALS + "이번 주말이면 다 끝나요.", "discourse_plan"),
        (
            "통장이랑 도장은 다 정리해서 서랍에 넣어 놨어요. " + MEALS + "딸한테 엄마가 그동안 고마웠다고 전해 줘요.",
            "discourse_preparation",
        ),
        (
            "아끼던 반지를 손녀한테 다 나눠 줬어요. " + MEALS + "나 없어도 싸우지 말고 잘 살라고 전해 줘요.",
            "discourse_preparation",
        ),
        ("애들한테 편지를 한 장씩 써 놨어요. " + MEALS + "다음 주면 나 없을 테니까요.", "discourse_preparation"),
    ],
)
def test_signals_in_different_sentences_combine(text: str, code: str) -> None:
    assert code in _ideation(text)
    assert _floor(text) is RiskLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        # a known means bought for its everyday purpose
        "고추밭에 벌레가 생겨서 농약 한 병 사다 놨어요. " + MEALS + "이번 주말이면 고추 따는 것도 다 끝나요.",
        "손주들 온다고 숯이랑 번개탄 사 놨어요. 마당에서 고기 구워 먹으려고요. " + MEALS + "이번 주말이면 다 모여요.",
        "의사 선생님이 수면제를 처방해 줘서 한 알씩 먹어요. " + MEALS + "이번 주말이면 손주들이 다 와요.",
        # a drama's plot, a friend's story
        "드라마에서 주인공이 약을 모아 뒀다가 편지를 써 놓고 떠나려고 하더라고요. "
        + MEALS
        + "드라마 속 엄마가 그동안 고마웠다고 하는데 다들 울었대요.",
        "친구가 작년에 약을 모아 뒀다가 자식들한테 들켰대요. "
        + MEALS
        + "그 친구가 우리한테 그동안 고마웠다고 하더라고요.",
        # a past the speaker says is over
        "예전에 영감 가고 나서는 약을 모아 두고 그런 생각도 했었어요. "
        + MEALS
        + "근데 지금은 괜찮아요. 손주 보는 낙으로 살아요.",
        # funeral wishes and property handed on, with plans for years ahead
        "복지관에서 무료로 영정 사진 찍어 줘서 찍어 놨어요. "
        + MEALS
        + "내년 봄에는 딸네랑 제주도 여행도 가기로 했어요.",
        "땅은 큰아들 앞으로 넘겨 줬어요. " + MEALS + "내년에는 경로당 총무도 맡아야 하고 칠순 잔치도 해야 돼요.",
        # thanks to a carer who is moving on
        "우리 복지사 선생님이 이번 달까지만 오신대요. "
        + MEALS
        + "선생님 그동안 고마웠어요. 새로 가시는 데서도 건강하세요.",
    ],
)
def test_benign_counterparts_stay_calm(text: str) -> None:
    assert not DISCOURSE_CODES & set(_ideation(text))
    assert _floor(text) is not RiskLevel.CRITICAL


def test_the_neighbouring_sentence_gives_a_means_its_everyday_purpose() -> None:
    assert _ideation("번개탄 사 놨어요. 마당에서 고기 구워 먹으려고요.") == []
    assert "means_charcoal" in _ideation("번개탄 사 놨어요. 방에서 피우려고요.")


def test_thanks_to_a_leaving_carer_is_not_a_farewell() -> None:
    assert _ideation("선생님 그동안 고마웠어요. 새로 가시는 데서도 건강하세요.") == []
    assert "farewell" in _ideation("그동안 고마웠어요. 애들한테 미안하다고 전해 줘요.")


def test_unpunctuated_speech_is_split_at_final_endings() -> None:
    text = "아침은 누룽지 먹었어요 수면제 안 먹고 모아 놨어요 점심은 국수 먹었어요"
    compact = text.replace(" ", "")
    spans = discourse.sentences(text)
    assert [compact[s.start : s.end] for s in spans] == [
        "아침은누룽지먹었어요",
        "수면제안먹고모아놨어요",
        "점심은국수먹었어요",
    ]


def _partial(text: str, *, low_mood: bool = False) -> list[str]:
    return [p.quote for p in scan_for_review(text, low_mood=low_mood)[1]]


def test_partial_evidence_is_a_named_means_in_a_low_mood_text() -> None:
    assert _partial("요새는 사는 게 재미가 없어요. 창고에 농약이 한 병 있어요. 점심은 국수 먹었어요.") == [
        "창고에 농약이 한 병 있어요."
    ]
    assert _partial("창고에 농약이 한 병 있어요. 점심은 국수 먹었어요.") == []  # no low mood said
    assert _partial("창고에 농약이 한 병 있어요.", low_mood=True) == ["창고에 농약이 한 병 있어요."]  # or found
    assert _partial("요새 힘들어요. 고추밭에 농약 치러 가야 돼요.") == []  # its everyday purpose
    assert _partial("드라마에서 주인공이 수면제를 먹었대요. 요새 우울해요.") == []  # a drama's
    assert _partial("요새 우울해요. 농약을 사다 숨겨 놨어요.") == []  # a hit already: not partial


def test_partial_evidence_raises_to_high_with_review_and_never_lowers() -> None:
    text = MEALS + "요새는 사는 게 재미가 없어요. 창고에 수면제가 한 통 있어요. " + MEALS
    result = apply_safety_floor(assessment_from_labels(Labels()), text)
    assert result.risk_level is RiskLevel.HIGH
    assert result.needs_review
    assert result.labels.suicidal_ideation == 0
    concern = next(c for c in result.concerns if c.code == "crisis_partial_evidence")
    assert [e.quote for e in concern.evidence] == ["창고에 수면제가 한 통 있어요."]
    severe = apply_safety_floor(assessment_from_labels(Labels(depression=3, suicidal_ideation=1)), text)
    assert severe.risk_level is RiskLevel.CRITICAL  # already above: kept
    quiet = apply_safety_floor(assessment_from_labels(Labels()), MEALS + "창고에 수면제가 한 통 있어요.")
    assert quiet.risk_level is RiskLevel.LOW and not quiet.needs_review


def test_partial_evidence_alerts_for_review() -> None:
    from datetime import UTC, datetime

    from mhealth.domain.rules.safety.floor import decide_alert

    text = "요새는 사는 게 재미가 없어요. 창고에 농약이 한 병 있어요."
    result = apply_safety_floor(assessment_from_labels(Labels()), text)
    alert = decide_alert(result, senior_id="s", check_in_id="c", now=datetime.now(UTC), recent_alerts=())
    assert alert is not None and alert.reason_code == "crisis_review"
    assert [e.quote for e in alert.evidence] == ["창고에 농약이 한 병 있어요."]


# ---- found on the helper's long check-ins (tests/eval/discourse/long_checkins_helper.jsonl) ----------------


def test_belongings_given_away_one_by_one_are_a_preparation_only_when_many() -> None:
    given = "금반지를 빼서 손녀 줬어요. " + MEALS + "사진첩도 딸한테 보냈고요. 화분도 경비 아저씨 다 드렸어요. "
    farewell = "그 뒤로는 저 찾지 마세요."
    assert "discourse_preparation" in _ideation(given + MEALS + farewell)
    assert _floor(given + MEALS + farewell) is RiskLevel.CRITICAL
    two = "금반지를 빼서 손녀 줬어요. " + MEALS + "사진첩도 딸한테 보냈고요. "  # two gifts are gifts
    assert not DISCOURSE_CODES & set(_ideation(two + MEALS + "딸이 그동안 고마웠다고 전해 달래요."))
    # gifts for an occasion
    wedding = "손녀 결혼한다고 금반지 줬어요. 결혼 선물로 재봉틀도 보냈어요. 결혼식 때 입으라고 한복도 줬어요. "
    assert not DISCOURSE_CODES & set(_ideation(wedding + MEALS + "그 뒤로는 저 찾지 마세요."))
    given_away = re.compile(DISCOURSE_GIVEN_AWAY)
    assert given_away.search("화분도경비아저씨다드렸어요")
    assert not given_away.search("화분이다말라버렸네,물을너무줬나")  # giving water is not giving a thing away
    assert not given_away.search("손녀한테옷을사줬어요")  # a thing bought as a gift


def test_nothing_left_to_do_ends_things_without_a_time() -> None:
    prep = "통장 비밀번호는 종이에 다 적어서 식탁 위에 올려놨어요. "
    assert "discourse_preparation" in _ideation(prep + MEALS + "이제 할 일은 다 했어요. 더 있을 이유가 없어요.")
    assert not DISCOURSE_CODES & set(_ideation(prep + MEALS + "오늘 할 일은 다 했어요. 이따 경로당 가요."))


def test_going_to_the_spouse_on_a_chosen_day_is_not_a_visit_unless_one_is_named() -> None:
    means = "시장 간 김에 숯불 피우는 화덕을 하나 샀어요. 그걸 안방에 들여놨어요. "
    day = "이번 보름날이 우리 영감 생일이에요. "
    assert "discourse_plan" in _ideation(means + MEALS + day + "그날 영감한테 갈 거예요.")
    assert not DISCOURSE_CODES & set(_ideation(means + MEALS + day + "그날 영감 요양원에 면회 갈 거예요."))


def test_dont_look_for_me_is_a_goodbye_but_not_on_an_outing() -> None:
    letters = "애들한테 편지를 한 장씩 써 놨어요. "
    assert "discourse_preparation" in _ideation(letters + MEALS + "이제 나 찾지 마세요.")
    outing = letters + MEALS + "나 찾지 마, 경로당에서 화투 치고 늦게 들어갈 거야, 하고 나왔어요."
    assert not DISCOURSE_CODES & set(_ideation(outing))


def test_goodbyes_of_the_speakers_own_move_are_ordinary() -> None:
    text = (
        "오늘이 이 집에서 마지막 밤이에요. 내일 아침에 아들네로 이사 가요. 짐은 다 쌌어요. "
        + MEALS
        + "이웃들한테도 다 인사했어요. 그동안 고마웠다고."
    )
    assert _ideation(text) == []
    asked = "이사 가냐고 묻길래 그냥 웃었어요. " + MEALS + "그동안 고마웠어요. 애들한테 미안하다고 전해 줘요."
    assert "farewell" in _ideation(asked)  # a move asked about is not one stated


def test_thanks_three_sentences_after_the_carer_says_she_is_leaving() -> None:
    text = "선생님 오늘이 마지막이라면서요. 다른 복지관으로 가신다고. 아이고 섭섭해서 어쩌나. 그동안 고마웠어요."
    assert _ideation(text) == []


def test_the_previous_sentence_can_give_a_means_its_purpose() -> None:
    text = (
        "고추에 진딧물이 잔뜩 끼어 부렀어. 그래서 농협 가서 농약 두 병 사 왔제. "
        + MEALS
        + "이번 주말까지 다 뿌리고 나면 끝이여."
    )
    assert _ideation(text) == []
    hidden = "농약 한 병은 그냥 창고에 놔뒀슈. " + MEALS + "애들한테는 미안하다고 그 말만 전해 줘유."
    assert "discourse_plan" in _ideation(hidden)


def test_the_jeju_sea_is_a_lethal_place_and_a_youth_is_a_past() -> None:
    assert "means_place_plan" in _ideation("다음 물 빠질 때 바당으로 그냥 걸어 들어가 불젠.")
    assert _ideation("젊을 적에 죽을라꼬 바당 간 적 있수다 이젠 다 지난 일이우다 요샌 밭일 재밌수다") == []


def test_a_means_cue_over_line_breaks_reads_all_its_lines() -> None:
    text = "마트에서\n숯이랑\n목살\n샀어.\n토요일에\n애들\n온대."
    assert _partial(text, low_mood=True) == []  # the meat is in the cue's own lines


def test_a_game_throw_is_not_abuse() -> None:
    assert [h.code for h in scan("영감이 윷을 잘 던져서 우리 편이 이겼어요.")] == []
    assert "elder_abuse" in [h.code for h in scan("영감이 술만 먹으면 물건을 던져서 무서워요.")]


# ---- found on the post-fix probe (tests/eval/discourse/long_checkins_probe.jsonl) --------------------------


def test_an_everyday_purpose_denied_is_no_purpose() -> None:
    denied = "보일러 있는 집에 연탄이 와 필요하겠노마는 작은방에 연탄 몇 장 갖다 놨다. "
    assert "discourse_plan" in _ideation(denied + MEALS + "설만 쇠고 나면 그 방에 들어갈 끼다.")
    heating = "올겨울 난방하려고 연탄 몇 장 갖다 놨다. "
    assert not DISCOURSE_CODES & set(_ideation(heating + MEALS + "설만 쇠고 나면 금방 봄이다."))


def test_last_words_recorded_and_contact_cut_off_at_a_day() -> None:
    text = (
        "녹음기에 애들한테 하고 싶은 말을 다 녹음해 놨어요. "
        + MEALS
        + "이번 주 일요일 지나면 더는 전화 못 받을 거예요."
    )
    assert "discourse_preparation" in _ideation(text)
    lawyer = "법무사 사무실에서 유언을 녹음으로 남겼어요. " + MEALS + "내년 봄에는 친구들이랑 일본 온천 가기로 했어요."
    assert not DISCOURSE_CODES & set(_ideation(lawyer))


def test_funeral_arrangements_combine_but_are_never_partial_evidence_alone() -> None:
    done = "수의 해 놓고 영정 사진 찍어 놓고 상조도 들어 놨어. "
    assert "discourse_preparation" in _ideation(done + MEALS + "인자 여한이 없어. 이번 달 안에 갈 것이여.")
    calm = done + MEALS + "요새 좀 우울하긴 해. 그래도 내년 봄에 손녀 결혼식은 꼭 봐야지."
    assert not DISCOURSE_CODES & set(_ideation(calm))
    assert _partial(calm, low_mood=True) == []


def test_a_reservoir_bank_walked_with_a_goodbye() -> None:
    walked = "요새 저녁마다 저수지 둑에 나가 봐유. "
    assert "discourse_plan" in _ideation(walked + MEALS + "우리 아들헌티는 잘 살라구 그 말 좀 전해 줘유.")
    fishing = "어제 영감이랑 저수지에 낚시 갔다 왔슈. "
    assert not DISCOURSE_CODES & set(_ideation(fishing + MEALS + "우리 아들헌티는 잘 살라구 그 말 좀 전해 줘유."))


def test_going_into_a_care_home_is_an_ordinary_departure_unless_refused() -> None:
    goodbye = "이웃들한테도 다 인사했어요. 선생님도 그동안 고마웠어요. 애들한테 잘 있으라고 전해 줘요."
    assert _ideation("다음 주 월요일에 요양원으로 들어가요. " + MEALS + goodbye) == []
    refused = "요양원에 들어가라는데 안 갈 거야. " + MEALS + goodbye
    assert "farewell" in _ideation(refused)


def test_a_name_after_a_relation_word_is_someone_else() -> None:
    assert _ideation("지난달에 제 친구 영순이가 스스로 목숨을 끊었어요. 마음이 아파요.") == []


def test_a_string_of_gifts_told_as_someone_elses_acts() -> None:
    told = "그러더니 반지도 손녀 주고 재봉틀도 이웃 주고 사진첩도 딸한테 보내고 그러더라고요."
    assert "preparation_giving" not in _ideation(told)
    assert "preparation_giving" in _ideation("반지도 손녀 주고 재봉틀도 이웃 주고 다 나눠 줬어요.")


# ---- categories added for a second author's long check-ins (tests/eval/discourse/long_checkins_author2.jsonl) ----


@pytest.mark.parametrize(
    "text",
    [
        # a named means put somewhere, kept though its use is gone, with an ending settled at a time
        MEALS
        + "풀약 한 병 있는 거 그거는 밭 팔 때 안 버리고 마루 밑에 넣어 놨어. "
        + MEALS
        + "추석 쇠고 애들 다 올라가고 나면 그 주에 내가 다 정리할라고.",
        # a stockpile named by its size, and no reason to stay
        "저녁 약은 혀 밑에 넣어 뒀다가 휴지에 싸. " + MEALS + "한 달 치 됐어. " + MEALS + "더 있을 이유가 없어.",
        # a stockpile named by what made it, with a goodbye
        MEALS + "밤마다 안 먹고 모아 둔 약이 서랍에 있다. " + MEALS + "할매 인자 편한 데 간다.",
        # a place named, then "there" visited again in the next sentences, and a time when nobody will see
        "영도다리 쪽으로 걸어요. 거기 난간이 생각보다 낮데예. 몇 번 가서 손으로 짚어 봤는데 가슴께밖에 안 와요. "
        + MEALS
        + "밤 두 시쯤 되면 차도 없고 사람도 없고.",
        # the barrier taken away and a means judged enough
        "여기가 13층이라 한 번이면 되겠다 싶어요. " + MEALS + "베란다 방충망은 제가 떼어 놨어요.",
        # an ending after a visit: the visit is the time, the going is the speaker's
        "저수지 둑 위로 걸어가면 물이 깊은 데가 있어. " + MEALS + "손주들 이번 주말에 다녀가고 나면 그다음에 가려고.",
        # a pet sent away and the act set for "that day"
        "우리 고양이는 건너 마을 조카네로 보냈어. " + MEALS + "딸 시집가는 날, 그날 하려고요.",
        # affairs settled and a future without the speaker
        "집문서는 아들한테 넘겨 놨어. " + MEALS + "나 없다고 너무 섭섭해하지 마라 했어.",
    ],
)
def test_broader_cue_categories_combine_across_sentences(text: str) -> None:
    codes = _ideation(text)
    assert DISCOURSE_CODES & set(codes), codes
    assert _floor(text) is RiskLevel.CRITICAL
    for hit in scan(text):
        assert text[hit.start : hit.end] == hit.quote


@pytest.mark.parametrize(
    "text",
    [
        # the means kept out of the grandchildren's reach, and a chore set for the day
        "농협 가서 제초제 두 병 샀어. " + MEALS + "병은 손주들이 만질까 봐 높은 데 올려놨어. 김장은 그날 하려고.",
        # a stockpile handed in
        "상담 받으면서 모아 둔 약은 다 약국에 갖다줬어요. " + MEALS + "이번 주말이면 다 끝나요, 김장이요.",
        # the speaker's own chores after a visit
        "수의 맞춰 놨어. 윤달이라서. " + MEALS + "다음 주 토요일에 김장 할라고. 손주들 다녀가고 나면 시장 갈 거야.",
        # someone else's last visit asked back
        "아이고 선생님 오늘이 마지막이라고요? 다른 구로 가신다고. 그동안 고마웠어요.",
        # the spraying finished by Saturday
        "진딧물이 잔뜩 꼈어. 그래서 농협 가서 제초제 두 병 샀어. 이번 주 토요일까지 싹 뿌려 버리고 끝내 버릴 거야.",
    ],
)
def test_the_broader_categories_keep_their_everyday_twins_calm(text: str) -> None:
    assert not _ideation(text), [(h.code, h.quote) for h in scan(text)]
    assert _floor(text) is not RiskLevel.CRITICAL


def test_a_late_spouse_or_parent_asked_to_take_the_speaker_is_passive_ideation() -> None:
    grave = "어제 할멈 산소에 갔다. " + MEALS + "가서 한참 앉아 있다가 할멈아 나 좀 빨리 데리고 가라 캤다."
    dream = "우리 엄니가 요새 꿈에 자꾸 와. " + MEALS + "엄니 나 좀 데리러 와 그랬어."
    for text in (grave, dream):
        result = apply_safety_floor(assessment_from_labels(Labels()), text)
        assert result.labels.suicidal_ideation == 1 and result.risk_level is RiskLevel.HIGH
        assert [c.code for c in result.concerns] == ["taken"]
        for evidence in result.concerns[0].evidence:
            assert text[evidence.start : evidence.end] == evidence.quote and "데리" in evidence.quote
        assert _floor(text, Labels(depression=2)) is RiskLevel.CRITICAL
    # living, or someone else dead, or an errand: not a wish to be taken
    for text in (
        "여보 나 좀 데리러 와. 병원 앞이야. " + MEALS,
        "여보 나 좀 데리러 와. " + MEALS + "아버지 기일이 다음 주라 장 보러 가야 돼.",
        "엄마 나도 데리고 가. 시장 가는 거지? 외할머니 산소 갈 때도 데리고 가.",
        "드라마에서 할머니가 영감 산소에서 영감 나 좀 데리고 가라 그러더라. " + MEALS,
    ):
        assert discourse.taken_by_the_dead(text) == [], text
        assert _floor(text) is RiskLevel.LOW, text


# ---- d5: coverage by category (SCREENING.md's kinds of SI 2), each with its everyday twin ------------------------


@pytest.mark.parametrize(
    ("cue", "partner"),
    [
        # means: a gas hose, pills by their colloquial names, a brand herbicide, a ligature tried, a brazier in the room
        ("가스레인지 호스를 하나 더 사서 목욕탕에 갖다 놨어요.", "딸 떠나는 날, 그날 하려고요."),
        ("잠 오는 약 한 통 타다 놨어.", "이번 주말이면 다 끝나요."),
        ("수면제가 서른 알 모였어.", "다음 달엔 나 없을 거야."),
        ("근사미 한 병 사 놨어.", "그동안 고마웠다."),
        ("노끈을 문고리에 매 봤어.", "이제 할 일은 다 했어."),
        ("연탄 화덕을 작은방에 들여놨어.", "설 쇠고 나면 나도 편해질 거야."),
        # places: a breakwater, a high place, a train's time or the tide looked up; "there" is no errand
        ("방파제 끝까지 댕겨왔다.", "내일 아침엔 없을 거야."),
        ("높은 데 올라가서 아래를 내려다봤어.", "추석까지만 있을란다."),
        ("막차가 몇 시에 지나가는지 다 봐 놨어.", "영감 제사 지내고 그다음 날 밤에 거그로 갈 것이여."),
        ("바다에 물때를 알아봤어.", "봄 오기 전에 갈란다."),
        # preparations: papers burnt, savings closed, debts cleared, with a goodbye
        ("사진은 다 태웠어.", "니들 덕분에 잘 살았다."),
        ("적금 깨서 손주들 나눠 줬어.", "이 은혜 못 갚고 가서 미안해."),
        ("빚도 다 갚았고 외상값도 다 정리했어.", "저승에서 보자."),
        ("통장하고 도장은 딸한테 맡겨 놨어요.", "다음 주부터는 전화 안 하셔도 돼요."),
    ],
)
def test_d5_categories_combine_across_the_transcript(cue: str, partner: str) -> None:
    for text in (cue + " " + MEALS + partner, partner + " " + MEALS + cue):
        assert DISCOURSE_CODES & set(_ideation(text)), (text, [(h.code, h.quote) for h in scan(text)])
        result = apply_safety_floor(assessment_from_labels(Labels()), text)
        assert result.risk_level is RiskLevel.CRITICAL
        for concern in result.concerns:
            for evidence in concern.evidence:
                assert text[evidence.start : evidence.end] == evidence.quote


def test_a_goodbye_with_an_end_or_two_goodbyes_are_a_farewell_with_no_means_named() -> None:
    text = "선생님 그동안 고마웠어요. " + MEALS + "다음 주부터는 전화 안 하셔도 돼요."
    assert "discourse_farewell" in _ideation(text)
    assert "discourse_farewell" in _ideation("먼저 간다. " + MEALS + "이번이 마지막 통화예요.")
    # a carer leaving, the speaker's own move, plans for the future, or a chore's end: no farewell
    for calm in (
        "선생님 다른 데로 가신다면서요. 그동안 고마웠어요. " + MEALS + "이번 주말이면 다 끝나요, 김장이요.",
        "내일 아들네로 이사 가요. 그동안 고마웠어요. " + MEALS + "이제 전화 안 하셔도 돼요.",
        "그동안 고마웠어요. " + MEALS + "다음 주엔 딸네 가니까 안 오셔도 돼요.",
        "그동안 고마웠어요. " + MEALS + "이번 주말까지 다 뿌리고 나면 끝이여. 내년 봄에 손녀 결혼식 가야지.",
    ):
        assert not DISCOURSE_CODES & set(_ideation(calm)), (calm, [(h.code, h.quote) for h in scan(calm)])


def test_one_strong_cue_in_a_low_mood_transcript_is_partial_evidence() -> None:
    mood = "요새는 사는 게 재미가 없어요. "
    for cue in ("그동안 고마웠다고 전해 줘요.", "다음 주부터는 전화 안 하셔도 돼요.", "이제 할 일은 다 했어요."):
        text = MEALS + mood + cue + " " + MEALS
        assert _partial(text) == [cue], text
        result = apply_safety_floor(assessment_from_labels(Labels()), text)
        assert result.risk_level is RiskLevel.HIGH and result.needs_review and result.labels.suicidal_ideation == 0
        assert _partial(MEALS + cue) == []  # no low mood said or found: nothing
    # weak or ordinary: an errand at a time, debts paid, a love's goodbye, an echo question, pills not taken
    for calm in (
        "내일 정형외과 가려고.",
        "빚 다 갚았어요.",
        "첫사랑 잘 있어라.",
        "아이고 선생님 오늘이 마지막이라고요?",
        "수면제는 안 묵고 따신 우유 한 잔 묵고 잔다.",
        "연탄 오백 장 들여놨어.",
        "새벽마다 숨이 넘어갈 것 같아서 깨.",
        "이제 전화 안 하셔도 돼요, 딸네 집으로 들어가 살게 됐어요.",
    ):
        assert _partial(mood + calm, low_mood=True) == [], calm


def test_a_late_spouse_talked_to_in_a_photograph_is_named_dead() -> None:
    text = "영감 사진 보고 얘기해유. " + MEALS + "여보 나 좀 빨리 데리러 와유, 나 혼자 못 살겄슈."
    assert discourse.taken_by_the_dead(text)
    assert _floor(text, Labels(depression=3)) is RiskLevel.CRITICAL
    assert discourse.taken_by_the_dead("영감 사진 찍어 줬어요. " + MEALS + "여보 나 좀 데리러 와. 병원 앞이야.") == []


def test_thanks_told_as_someone_elses_words_are_no_goodbye() -> None:
    text = "수면제 한 통 사 놨어요. " + MEALS + "마지막에 딸한테 그동안 고마웠다고 하는데 제가 얼마나 울었는지."
    assert "discourse_plan" not in _ideation(text)


def test_a_recent_attempt_told_without_a_suicide_word() -> None:
    assert "aborted_attempt" in _ideation("넥타이를 문고리에 걸었는데 끊어지더라.")
    assert "aborted_attempt" in _ideation("지난주에 약 먹고 깨어 보니 병원이더라.")
    for calm in (
        "감기약 먹고 깨어 보니 병원 갈 시간이더라.",
        "수면제 먹고 깨어 보니 아침이야.",
        "빨랫줄 걸었는데 끊어졌어.",
    ):
        assert not _ideation(calm), calm


def test_a_means_kept_with_hopelessness_is_a_plan_and_its_everyday_purpose_still_counts() -> None:
    hopeless = "요새는 사는 낙이 없어요. "
    assert "discourse_plan" in _ideation("수면제를 안 먹고 모아 놨어요. " + MEALS + hopeless)
    assert "discourse_plan" in _ideation(hopeless + MEALS + "근사미 한 병 사 놨어.")
    for calm in (
        "진딧물이 잔뜩 꼈어. 그래서 농협 가서 농약 사 왔지. " + MEALS + hopeless,  # for the field
        "번개탄 사 놨어요. 마당에서 고기 구워 먹으려고요. " + MEALS + hopeless,  # to grill meat
        "수면제를 안 먹고 모아 놨어요. " + MEALS + "우리 영감은 사는 낙이 없대요.",  # someone else's hopelessness
    ):
        assert "discourse_plan" not in _ideation(calm), calm


def test_a_goodbye_with_going_at_a_time_is_a_farewell_but_not_with_an_errand() -> None:
    assert "discourse_farewell" in _ideation("그동안 고마웠어요. " + MEALS + "생일 지나면 갈 거야.")
    assert "discourse_farewell" not in _ideation("그동안 고마웠어요. " + MEALS + "생일 지나면 딸네 갈 거야.")
    assert "discourse_farewell" not in _ideation("그동안 고마웠어요. " + MEALS + "내일 먹으러 갈 거야.")


# ---- d7: unpunctuated dialect speech, other people's words, categories from the third and fourth authors' sets ----
# Speech-to-text as it comes: no punctuation, dialect endings, the filler "음" between stretches of talk.
STT_MEALS = (
    "음 아침은 누룽지 끓여가 김치랑 묵었제 음 손주 놈이 학교 들어갔다꼬 사진을 보냈더라 "
    "음 점심은 국수 삶아 묵었어 경로당 가가 화투 몇 판 치고 왔다 "
)


def test_dialect_and_intimate_endings_and_a_lone_filler_end_a_sentence() -> None:
    text = "그랬제 좋았네 음 이유 없이 아예 안 가 있어유 했어예 없지 않아 썼슈 거여"
    compact = "".join(text.split())
    parts = [compact[s.start : s.end] for s in discourse.sentences(text)]
    assert parts[:2] == ["그랬제", "좋았네"]
    assert any(p.startswith("음이유없이아예안가있어유") for p in parts)  # 이유, 아예: no ending; 했: a reporting verb
    assert "없지않아썼슈" in parts  # "없지 않아" is one sentence


def test_a_guard_word_far_away_in_unpunctuated_speech_no_longer_decides() -> None:
    # one "sentence" before d7: the walk named a minute earlier made the rooftop ordinary
    text = (
        "음 산책 가서 운동도 하고 왔어유 " + STT_MEALS + "음 꼭대기 옥상에 몇 번 올라가 봤어유 음 밤에는 아무도 없어유 "
        "음 비 그치면 한 번 더 올라가 볼라구"
    )
    assert "discourse_plan" in _ideation(text)


def test_a_reason_said_after_is_the_everyday_purpose_but_not_with_hopelessness() -> None:
    assert not _ideation("쥐약 놨어 창고에 쥐가 많아서")
    assert not _ideation("번개탄 사 왔어 주말에 아들네 와서 마당에서 삼겹살 구워 먹기로 했거든")
    assert not [
        c
        for c in _ideation("강아지를 옆집에 맡겼어 나 일주일 제주도 여행 가거든 " + STT_MEALS + "그동안 고마웠어요")
        if c.startswith("discourse")
    ]
    # a purpose said a few sentences away counts only in calm talk (no death word, hopelessness or goodbye)
    far = (
        "번개탄 한 묶음 샀슈 마당에서 삼겹살 구워 줄라구유 " + STT_MEALS + "음 저번에 번개탄 피울 때 연기가 너무 나서 "
    )
    assert not _ideation(far)
    assert _ideation(far + "음 사는 낙이 없어")  # the row is no longer excused
    # nor by the purpose of another means ("연탄 … 아궁이 쓰려고" is not what the 번개탄 is for)
    assert _ideation(
        "나 연탄 들여놨어 아궁이 쓰려고 " + STT_MEALS + "음 번개탄 차에 싣고 산에 가려고 했는데 또 갈 거야"
    )


def test_a_dramas_character_told_over_sentences_is_someone_else() -> None:
    story = (
        "음 어제 그 드라마 봤어요 주말 드라마 음 그 며느리가 빚에 다 겹쳐서 한강 다리에 올라가잖아요 "
        "신발 벗어 놓고 죽고 싶다고 울면서 음 그걸 보는데 내가 다 눈물이 나서"
    )
    assert not _ideation(story)
    assert _ideation("음 어제 그 드라마 봤어요 음 나도 요새 죽고 싶어요")  # the speaker's own


def test_the_callers_question_repeated_back_and_a_wish_said_over_and_over_by_someone() -> None:
    assert not _ideation("음 뭐라고요 혹시 죽고 싶다는 생각이 드신 적 있냐고요 아이고 아니요")
    assert not _ideation("그 양반이 요새 입만 열면 빨리 죽어야지 빨리 죽어야지 이래 쌓는다")
    # the speaker's own question told is not the caller's
    assert "means_pills_plan" in _ideation("그래서 제가 물어봤어요. 이 약 한 달 치를 한꺼번에 먹으면 어떻게 되냐고.")


def test_thanks_beside_seeing_someone_off_whose_leaving_was_told() -> None:
    text = (
        "음 선생님이 이번 달까지만 하고 다른 동네로 가신다고요 " + STT_MEALS * 3 + "음 선생님 새 동네 가서도 잘해 줘요 "
        "음 그동안 고마웠어요 잘 가요"
    )
    assert not _ideation(text)
    assert "discourse_farewell" in _ideation("음 그동안 고마웠어요 " + STT_MEALS + "음 인자 할 일은 다 한 기라")


def test_fumes_in_a_closed_space_sat_or_lain_in_is_an_aborted_attempt() -> None:
    for attempt in (
        "차고에서 트럭 시동 걸어놓고 문 다 닫고 그 안에 앉아 있었거든",
        "가스레인지 밸브를 다 열어놓고 방문 닫고 누워 있었거든",
        "그날 밤 가스 틀어 놓고 누워 있었는디 딸이 문 두드려서 못 했당께",
    ):
        assert "aborted_attempt" in _ideation(attempt), attempt
    for calm in (
        "가스불 켜 놓고 누워 있었는데 냄비가 다 탔어",  # a ring left on (cognitive)
        "시동 걸어 놓고 히터 틀고 차 안에 앉아 있었어",  # a car warmed up, nothing closed
    ):
        assert "aborted_attempt" not in _ideation(calm), calm


@pytest.mark.parametrize(
    ("cue", "partner"),
    [
        # a means named by its use, its use gone, kept out of sight
        (
            "음 작년에 밭에 치던 약 그거 한 병 남은 거 내가 안 버리고 놔뒀어 인자 밭도 안 하는데",
            "음 인자 내 할 일은 다 한 기라",
        ),
        (
            "음 철물점 가서 튼튼한 줄을 하나 샀어 창고에 걸어 놨어",
            "음 결혼식 끝나면 일요일 월요일 그쯤이면 다 끝나겠지",
        ),
        (
            "음 그 제일 독한 거 한 병은 따로 빼가 장롱 밑에 넣어 놨다 그거는 밭에 칠 끼 아이다",
            "음 나락 다 넣고 나면 내 할일은 끝나는 기라",
        ),
        ("음 인슐린을 몇 개 남겨뒀어 처방받은 거에서 쪼까씩 덜 놓고 펜을 모아놨제", "음 그 꼴 보기 전에 가야제"),
        # a place looked up or left marked
        (
            "음 대천 바닷가 그 전망대 있잖어 바위 높은 데 거기 가는 버스 시간 손주가 찾아 주더라고",
            "음 토요일 다음 주에 전화허면 나 없을 거여",
        ),
        ("음 바당 큰 바위 거기 신발 벗어 놓앙 물에 들어가보젠 했수다", "음 집은 딸 앞으로 해 놨수다"),
        (
            "음 산책 삼아 기차가 몇 시 몇 분에 지나가는지 다 외워 놨어예 어둡고 아무도 없고 그기 젤 낫겠다",
            "음 김장만 끝나믄 그 다음 주 새벽에 철길에 나갈라꼬예",
        ),
        # a return to the place at a time, going beside the late spouse after a day
        ("음 저수지 다리 거기를 요새 밤에 몇 번 가봤어", "음 보름날 그날 한 번 더 가볼라고"),
        (
            "음 그 약을 내가 안 묵고 있어 묵는 척하고 봉지째로 모아가 서랍 안에 넣어 놨는데",
            "음 기일 지나면 나는 할 일 없다",
        ),
    ],
)
def test_d7_categories_combine_across_unpunctuated_speech(cue: str, partner: str) -> None:
    assert "discourse_plan" in _ideation(cue + " " + STT_MEALS + partner), (cue, partner)


def test_d7_everyday_twins_stay_calm() -> None:
    for calm in (
        # the purpose a few sentences away in a calm transcript
        "어제 철물점 가서 번개탄 한 묶음하고 숯 한 포대 샀슈 이번 토요일에 손주들 온다구 해서 "
        "마당에서 삼겹살 구워 줄라구유 "
        + STT_MEALS
        + "음 저번에 번개탄 피울 때 연기가 너무 나서 이번엔 마당 한가운데서 피울라구유",
        # a resolved past in dialect, the pills thrown away
        "그때는 정말 약도 모아 놓구 어떻게 하면 영감 따라갈까 그 생각만 했었슈 "
        "근디 이제는 아녀유 정말루 그 약은 그때 딸이 다 가져다 버렸구",
        # heirlooms at a wedding
        "손녀 결혼식이 강릉에서 있었는디 얼마나 이쁘던지 그날 내가 손녀한테 우리 어머니 끼던 금가락지를 줬소 "
        "그리고 내 손목시계도 손주사위한테 줬소 잘 간직하라고 편지도 한 장씩 써서 줬지 "
        "음 가구도 다 내줬어 음 요새 허무하네",
        # panic: the fear of dying is no wish
        "이러다 죽는구나 싶어서 119 불렀어요 병원에서는 공황이라고 의사 선생님이 약을 줬는데 먹으면 좀 가라앉아요",
    ):
        assert not [c for c in _ideation(calm) if c.startswith(("discourse", "means", "join"))], calm


def test_several_preparatory_acts_in_low_mood_talk_without_plans() -> None:
    acts = "음 딸한테 편지를 하나 썼슈 장롱 위에 올려놨어유 " + STT_MEALS + "음 이제 다 정리했으니께 나는 됐슈 "
    assert "discourse_preparation" in _ideation(acts + "음 요새는 사는 게 재미가 없어유")
    assert "discourse_preparation" not in _ideation(acts)  # no low mood voiced
    assert "discourse_preparation" not in _ideation(acts + "음 힘들어유 내년 봄에 손주 결혼식 가야지")  # plans ahead


def test_someone_elses_habitual_saying_announced_or_named_a_habit() -> None:
    habit = (
        "우리 영감이 요새 또 그 소리를 해 아침마다 일어나믄 아이고 빨리 죽어야지 늙으믄 빨리 죽어야지 "
        "그 소리를 입에 달고 살어"
    )
    assert not _ideation(habit)
    assert _ideation("나는 빨리 죽어야지 그 소리를 입에 달고 살어")  # the speaker's own habit
    assert _ideation("영감이 그 소리를 하더라 나도 빨리 죽어야지 싶어")  # the speaker joins in
