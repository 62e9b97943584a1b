"""LocalAnalyzer: Korean check-in speech -> SCREENING.md labels, with evidence, offline."""

from __future__ import annotations

import asyncio

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import RiskLevel


def labels(analyzer: LocalAnalyzer, text: str) -> dict[str, object]:
    return analyzer.label(text)


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("오늘은 날씨가 좋아서 경로당에 다녀왔어요 친구들이랑 점심도 먹었어", "low"),
        ("아이고 더워 죽겠네 선풍기를 틀어도 소용이 없어", "low"),
        ("우울해서 경로당도 안 나간 지 한참 됐어 사람 만나기도 싫고", "moderate"),
        ("일주일 넘게 씻지도 않고 밥도 안 하고 하루 종일 울기만 했어", "high"),
        ("공황이 와서 응급실 또 갔어", "high"),
        ("영감 따라 가야지 뭐", "high"),
        ("빨리 죽어야지 요새 밥맛도 없고 잠도 못 자고 기운이 없어 한 달째야", "critical"),
        ("수면제를 조금씩 모아 두고 있어", "critical"),
    ],
)
def test_risk_follows_the_screening_rule(analyzer: LocalAnalyzer, text: str, risk: str) -> None:
    assert labels(analyzer, text)["risk"] == risk


def test_idioms_do_not_count_but_real_symptoms_next_to_them_do(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "배고파죽겠다 점심 뭐 먹을까")["anxiety"] == 0
    idiom_with_symptoms = labels(analyzer, "불안해 죽겠어 요새 심장이 벌렁벌렁하고 밤에 두세 번은 깨")
    assert idiom_with_symptoms["anxiety"] == 2


def test_another_persons_symptoms_are_not_the_speakers(analyzer: LocalAnalyzer) -> None:
    result = labels(analyzer, "옆집 할매가 요새 우울증이 와가 밥도 안 묵는다 카대")
    assert result["depression"] == 0
    assert labels(analyzer, "이웃 할매가 자꾸 외롭다 외롭다 하는데 나는 영감이랑 둘이 재밌게 살아")["loneliness"] == 0


def test_media_and_a_resolved_past_do_not_count(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "드라마에서 주인공이 우는 장면이 나오는데 눈물이 나더라")["depression"] == 0
    assert labels(analyzer, "그때는 매일 울었지 근데 치료 받고 이제는 다 나았어")["depression"] == 0


def test_speech_to_text_spacing_does_not_matter(analyzer: LocalAnalyzer) -> None:
    spaced = labels(analyzer, "하루 종일 말 한마디 할 사람이 없어요 전화도 안 오고")
    joined = labels(analyzer, "하루종일말한마디할사람이없어요전화도안오고")
    assert spaced["loneliness"] == joined["loneliness"] == 2


def test_dialect_is_understood(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "아무것도 못 허겄어 며칠째 밥도 안 묵고 씻도 안 하고 누워만 있당께")["depression"] == 3
    assert labels(analyzer, "고마 자다가 가삣으면 좋겠다")["suicidal_ideation"] == 1


def test_cognitive_levels_separate_benign_slips_from_safety_lapses(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "안경 쓰고 안경 찾았어 나 참")["cognitive_concern"] == 1
    assert labels(analyzer, "국 올려놓고 깜빡해서 냄비를 다 태웠어")["cognitive_concern"] == 2
    assert labels(analyzer, "아침 약을 먹었나 안 먹었나 몰라서 또 먹었어")["cognitive_concern"] == 2


def test_worry_worse_than_proportionate_is_anxiety_two(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "무릎 수술 앞두고 좀 긴장돼요 잘 되겠지요")["anxiety"] == 1
    assert labels(analyzer, "돈 걱정 때문에 밤에 잠이 안 와 몇 달째야")["anxiety"] == 2


def test_physical_complaints_exclude_routine_medication(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "무릎이 쑤셔요")["physical_complaint"] is True
    assert (
        labels(analyzer, "혈압약은 아침마다 잘 챙겨 먹고 있어요 특별히 아픈 데는 없고요")["physical_complaint"] is False
    )


def test_elder_abuse_sets_the_safeguarding_flag(analyzer: LocalAnalyzer) -> None:
    assert labels(analyzer, "영감한테 또 맞았어 팔에 멍이 들었어")["abuse"] is True


def test_every_concern_quotes_the_text_at_its_offsets(analyzer: LocalAnalyzer) -> None:
    text = "요새 통 입맛이 없고 잠도 못 자 한 달째야. 그냥 빨리 죽어야지"
    assessment = analyzer.assess(text)
    assert assessment.concerns
    for concern in assessment.concerns:
        assert concern.evidence
        for evidence in concern.evidence:
            assert evidence.start is not None and evidence.end is not None
            assert text[evidence.start : evidence.end] == evidence.quote


def test_the_assessment_is_complete_and_consistent(analyzer: LocalAnalyzer) -> None:
    assessment = analyzer.assess("하루 종일 울어 밥도 안 먹고 며칠째야")
    assert assessment.labels.depression == 3
    assert assessment.risk_level is RiskLevel.HIGH
    assert assessment.depression_score >= 75.0
    assert assessment.phq9.score > 0 and len(assessment.phq9.items) == 9
    assert len(assessment.gad7.items) == 7
    assert assessment.emotional_state == "우울"
    assert assessment.key_concerns and assessment.recommendations
    assert assessment.timestamp.tzinfo is not None
    provenance = assessment.provenance
    assert provenance.analyzer == "local"
    assert provenance.model.startswith("kiwipiepy-") and "+lexicon-" in provenance.model
    assert provenance.prompt_version is None
    assert any("dep_" in note for note in provenance.notes)
    assert not any("밥도" in note for note in provenance.notes)  # notes never quote the text


def test_label_applies_the_safety_floor(analyzer: LocalAnalyzer) -> None:
    result = labels(analyzer, "내일 아침엔 없을 거야")
    assert result["suicidal_ideation"] == 2
    assert result["risk"] == "critical"


async def test_analyze_runs_off_the_event_loop_and_rejects_blank_text() -> None:
    local = LocalAnalyzer()
    assessment = await local.analyze("무릎이 쑤셔요")
    assert assessment.labels.physical_complaint is True
    with pytest.raises(InvalidInput):
        await local.analyze("   ")


async def test_readiness_reports_warming_until_the_model_is_loaded() -> None:
    local = LocalAnalyzer()
    first = await local.readiness()
    assert first.state in ("warming", "ready")
    await asyncio.to_thread(local.wait_until_loaded, 30)
    assert (await local.readiness()).state == "ready"


async def test_without_morphology_the_analyzer_still_screens() -> None:
    local = LocalAnalyzer(use_morphology=False)
    assert (await local.readiness()).state == "ready"
    assessment = await local.analyze("수면제를 조금씩 모아 두고 있어")
    assert assessment.labels.suicidal_ideation == 2


# Sentences written for this suite (not in the dev set), by SCREENING.md's rules.
HELD_OUT = [
    ("critical", "요즘 매일 밤 약을 한 알씩 안 먹고 모으고 있어 한 통 되면 끝낼 거야"),
    ("critical", "목을 맬 만한 데가 어디 있나 자꾸 보게 돼"),
    ("critical", "우리 애들 보험금 타게 사고처럼 보이게 하면 되지 않을까 싶어"),
    ("critical", "저수지 가서 그냥 걸어 들어가면 되겠다 생각했어 어제 거기까지 갔었어"),
    ("critical", "영감 산소 옆에서 농약 마시려고 한 병 챙겨 놨어"),
    ("critical", "이제 그만 살고 싶어 하루 종일 울기만 하고 아무것도 못 먹겠어"),
    ("critical", "손녀한테 할머니 없어도 엄마 말 잘 들으라고 편지 써 놨어"),
    ("critical", "번개탄 하나 사 놨다 창고에 있다"),
    ("critical", "죽고 싶어 요새 밥도 안 넘어가고 잠도 못 자 두 달째야"),
    ("critical", "내 장례비는 장롱 속 봉투에 있다고 큰애한테 전해줘"),
    ("critical", "아파트 옥상 문이 열려 있는지 가 봤어 다음엔 올라갈 거야"),
    ("critical", "수면제 한 통 다 삼키면 안 깨어나겠지"),
    ("critical", "칼로 손목 그으려다가 무서워서 그만뒀어"),
    ("high", "그냥 자는 듯이 가면 좋겠다 싶어 그래도 밥은 잘 먹어"),
    ("high", "하느님이 빨리 불러 가셨으면 좋겠어"),
    ("high", "이 나이 되도록 살아서 뭐 하나 싶다 허허"),
    ("high", "누가 쫓아오는 것 같아서 무서워서 밖에 한 발짝도 못 나가 석 달째야"),
    ("high", "밥 안 먹은 지 닷새째야 씻지도 않고 하루 종일 누워 있어"),
    ("moderate", "영감 가고 나서 말할 사람이 하나도 없어 티비만 켜 놓고 살아"),
    ("moderate", "약을 먹었는지 안 먹었는지 자꾸 헷갈려서 하루에 두 번 먹은 적도 있어"),
    ("moderate", "요새 통 입맛도 없고 잠도 안 오고 한 달 넘게 이래"),
    ("moderate", "아들 사업 걱정에 몇 주째 잠을 못 자고 가슴이 두근거려"),
    ("moderate", "시장 갔다가 집에 오는 길을 잃어서 한참 헤맸어 매일 가는 길인데"),
    ("low", "뉴스에서 어떤 할머니가 농약 마시고 돌아가셨대 마음이 안 좋더라"),
    ("low", "배고파 죽겠다 얼른 밥 먹자"),
    ("low", "웃겨 죽는 줄 알았어 손주가 춤을 추는데"),
    ("low", "옆집 할아버지가 맨날 죽고 싶다고 하셔 나는 그런 생각 없어"),
    ("low", "예전에 힘들 때 죽고 싶었던 적도 있지 근데 지금은 손주 보는 낙으로 살아"),
    ("low", "농약 치고 와서 좀 피곤해 그래도 밥은 잘 먹었어"),
    ("low", "수면제 처방 받아서 먹으니까 잠은 잘 와"),
    ("low", "드라마에서 주인공이 한강에 뛰어내리는데 나도 모르게 울었어"),
    ("low", "죽고 싶은 생각은 조금도 없어 걱정 마"),
    ("low", "안 쓰는 그릇이랑 옷은 바자회에 다 갖다줬어"),
    ("low", "속 터져 죽겠다 손주 놈이 공부를 안 해"),
    ("low", "영감 산소에 다녀왔어 풀도 뽑고 술도 한 잔 따라 주고"),
    ("low", "손자가 군대 간다고 마지막으로 인사하러 왔더라"),
    ("low", "내년 봄에 손주 결혼하니까 그때까진 건강해야지"),
    ("low", "무릎이 좀 아파서 파스 붙였어"),
    ("low", "리모컨을 어디 뒀나 한참 찾았네 냉장고에 있더라 허허"),
    ("low", "친구가 우울증이라고 약 먹는대 나는 괜찮고"),
    ("low", "미치겠다 보일러가 또 고장 났어"),
    ("low", "우리 딸이 요새 회사 일로 잠을 못 잔대 걱정이야"),
]


@pytest.mark.parametrize(("risk", "text"), HELD_OUT)
def test_held_out_sentences_get_the_screening_risk(analyzer: LocalAnalyzer, risk: str, text: str) -> None:
    assert labels(analyzer, text)["risk"] == risk


# Concepts added for generalisation (sentences written for this suite, not taken from any evaluation set).
@pytest.mark.parametrize(
    ("text", "dimension", "level"),
    [
        # a theft suspected, then the money found where the speaker put it
        ("며느리가 반지를 가져간 줄 알았는데 화장대 서랍에 들어 있더라", "cognitive_concern", 2),
        ("도둑이 든 줄 알고 파출소 갈 뻔했어 근데 적금 통장은 내가 딸네 뒀던가 싶고", "cognitive_concern", 2),
        # a long-dead person expected now
        ("어머니가 장 보러 가셨는데 왜 안 오시나 돌아가신 지 한참 됐는데도 자꾸 기다려져", "cognitive_concern", 2),
        # repetition told within the call, the date lost, the familiar way lost, the stove left on
        ("아까 한 말을 또 하네 내가", "cognitive_concern", 2),
        ("오늘이 며칠이더라 장날이 지났나 통 모르겠네", "cognitive_concern", 2),
        ("복지관 가던 길을 모르겠어서 한참 서 있었어", "cognitive_concern", 2),
        ("냄비 불 켜 놓고 시장 갔다가 돌아와 보니 연기가 자욱했어", "cognitive_concern", 2),
        # marked isolation, said without the word 외로워
        ("말 걸어 주는 사람도 없어 하루가 길어", "loneliness", 2),
        ("아는 사람이 하나도 없어 이 동네엔", "loneliness", 2),
        # hopelessness and anhedonia in other words
        ("사는 게 아무 의미가 없어 요새는", "depression", 2),
        ("손주 재롱을 봐도 웃음이 안 나", "depression", 2),
        # d14m: hopelessness said as a question or with 이제 between, a life that is no life, worn out in body and mind
        ("이 나이에 무슨 희망이 있겠어", "depression", 2),
        ("내 인생은 이제 끝났어", "depression", 2),
        ("아들 보내고 하루하루가 지옥이야", "depression", 1),
        ("요즘은 그냥 하루하루 버티는 거야", "depression", 1),
        ("사는 게 사는 게 아니야", "depression", 1),
        ("인제 몸도 마음도 다 지쳤드래요", "depression", 2),
        # ... and their resolved or everyday twins
        ("수술하고 한동안은 사는 게 사는 게 아니었는데 요샌 밭일도 다시 해", "depression", 0),
        ("올여름 더위는 지옥 같았어", "depression", 0),
        ("일하느라 몸이 지쳤어", "depression", 0),
        # d14s: dialect meaninglessness and a blank day
        ("암것두 의미가 읎어유", "depression", 2),
        ("종일 멍허니 앉아 있어", "depression", 1),
    ],
)
def test_concepts_generalise_beyond_the_dev_set(analyzer: LocalAnalyzer, text: str, dimension: str, level: int) -> None:
    assert labels(analyzer, text)[dimension] == level


@pytest.mark.parametrize(
    "text",
    [
        "저수지 깊은 디가 어딘지 알아 놨어 오늘 밤에 갈 겨",
        "연탄 방에 들여놓고 문 꼭꼭 닫고 자면 편하게 간다더라 그래 할란다",
        "잠 오는 약 약국 몇 군데 돌아서 모아 놨어 주말 지나면 먹으려고",
        "영감 기일 맞춰 나도 영감한테 갈 거여 날 정했어",
        "수의 다려 놨어 이번엔 진짜 떠날 거야",
    ],
)
def test_active_ideation_without_a_suicide_word_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert labels(analyzer, text)["risk"] == "critical"


def test_a_death_wish_is_not_mitigated_by_a_filler(analyzer: LocalAnalyzer) -> None:
    got = labels(analyzer, "잠도 못 자고 입맛도 없어 하느님이 날 좀 데려가 주면 좋겠어")
    assert got["depression"] >= 2 and got["risk"] == "critical"


@pytest.mark.parametrize(
    "text", ["요즘 너무 슬프다", "요즘 슬프고 힘들어", "슬픈 일이 많아요", "많이 서글펐지", "요즘 괴로워요"]
)
def test_every_form_of_sad_counts_as_low_mood(text: str) -> None:
    assessment = LocalAnalyzer(use_model=False).assess(text)
    assert assessment.labels.depression >= 1
    assert any(c.code == "dep_mood" for c in assessment.concerns)


def test_sleeplessness_alone_is_depression_content_not_anxiety() -> None:
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    plain = analyzer.assess("요즘 잠을 못 자요")
    assert (plain.labels.depression, plain.labels.anxiety) == (1, 0)
    worried = analyzer.assess("요즘 잠을 못 자요 걱정이 많아서")
    assert worried.labels.anxiety >= 1
    # tossing in bed is sleep too; a test result awaited is worry with no worry word said
    tossing = analyzer.assess("요즘 밤마다 잠이 안 와서 밤새 뒤척여요. 낮에는 멍하고.")
    assert tossing.labels.depression >= 1
    assert tossing.labels.anxiety == 0
    awaiting = analyzer.assess("조직검사 결과 기다리는데 밤에 잠이 안 와. 종일 그 생각뿐이야.")
    assert awaiting.labels.anxiety >= 1


def test_a_sad_drama_is_not_the_speakers_mood() -> None:
    assert LocalAnalyzer(use_model=False).assess("슬픈 드라마를 봤어요").labels.depression == 0


# d12r: ideation found and an act named (a means, a place, preparations, a farewell, a plan) let the model's
# active-ideation score count from ACTIVE_BAND; a gas valve closed for safety, or a chore with a future, does not.
@pytest.mark.parametrize(
    ("text", "critical"),
    [
        ("가스밸브 열어놓고 자면 아프지도 않고 간다던데 그거 해볼까 싶어", True),
        ("가스밸브 잠그고 자야 안심이 된다던데 그거 해볼까 싶어", False),
        (
            "아파트 옥상 문 비밀번호 경비한테 물어봤어. 옥상에 고추 널려고. 다음 주 월요일에 올라갈 거야, 해 좋으면.",
            False,
        ),
    ],
)
def test_a_named_act_lets_the_model_band_raise_active_ideation(
    analyzer: LocalAnalyzer, text: str, critical: bool
) -> None:
    assert (labels(analyzer, text)["risk"] == "critical") is critical


# d13: a means with its everyday purpose is benign only with no death wish, hopelessness or goodbye anywhere in the
# turn (SCREENING.md); starving in order to go is an act, a fast before a check-up is not.
@pytest.mark.parametrize(
    ("text", "critical"),
    [
        ("번개탄 사 놨어요 애들 오면 고기 구워 먹을 거예요 근데 사는 게 다 부질없어", True),
        ("밥 끊고 물도 안마신다 굶어서 갈라꼬 오늘 사흘째다", True),
        ("내일 위내시경이라 저녁부터 굶어야 돼 아침 일찍 갈라꼬", False),
        ("내일은 집에 없을 거요 병원 가니께", False),
    ],
)
def test_d13_crisis_readings_reach_critical_and_their_twins_do_not(
    analyzer: LocalAnalyzer, text: str, critical: bool
) -> None:
    assert (labels(analyzer, text)["risk"] == "critical") is critical
