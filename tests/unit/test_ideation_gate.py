"""The gate in front of the statistical model's ideation head: words of death, dying, ending or leaving."""

from __future__ import annotations

import itertools

import pytest

from mhealth.adapters.local.ideation_gate import cue_clause, has_act_cue, has_death_cue, names_death


@pytest.mark.parametrize(
    "clause",
    [
        "빨리 죽어야지",
        "나도 그만 가고 싶어",
        "고마 확 가삐맀으면 싶다",
        "영감 따라 가야지",
        "내일 아침엔 없을 거야",
        "농약 사다 놨어요",
        "약을 모아 뒀어요",
        "옥상 문 비밀번호 알아 놨어",
        "통장은 큰딸 이름으로 돌려놨어요",
        "자는 잠에 가믄 그게 복이지유",
        "그냥 다 끝났으면",
        # d28d: the same in Jeolla and Gyeongsang speech, and the speaker gone, wished
        "이라고 살믄 뭐한다요 그만 가부렀으면 쓰겄어",
        "그냥 콱 가버렸으믄 싶다가두",
        "잠도 안오고 그냥 없어지믄 다들 편할것인디",
        # d28e: the wish's going with its adverb anywhere in the clause
        "이만하면 오래 살았으니 이제 그만 가도 되겠다 싶고",
        "그저 아프지 말고 얼른 가는 거, 그거 하나지",
        "우리 할망구 보고 싶어 나도 빨리 가서 만나야지",
        "나 같은건 얼른 흙으로 돌아가사 허주",
    ],
)
def test_death_ending_leaving_and_their_means_pass(clause: str) -> None:
    assert has_death_cue(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "우리 사랑이 영원했으면 좋겠어",
        "제주도 여행 가고 싶어",
        "프로젝트 빨리 끝났으면 좋겠다",
        "시험 없어졌으면",
        "이 빚만 없어지면 다들 편할 텐데",
        "오늘은 그만 가 봐도 돼 내일 또 와",
        "오늘은 손주랑 산책해서 기분이 좋아요",
        "전복죽을 먹었어요",
        "연락하고 싶어",
    ],
)
def test_wishes_and_plans_with_a_destination_or_task_do_not(clause: str) -> None:
    assert not has_death_cue(clause)


def test_the_carrier_is_the_clause_itself_or_a_neighbour_never_a_far_one() -> None:
    text = "약을 모아 뒀어요. 밥은 먹었어요. 날씨가 좋네요. 손주가 왔어요. 그래서 기뻐요."
    cuts = [0, *[i + 1 for i, ch in enumerate(text) if ch == "."]]
    clauses = list(itertools.pairwise(cuts))
    assert cue_clause(text, clauses, clauses[1]) == clauses[0]  # the next clause
    assert cue_clause(text, clauses, clauses[2]) == clauses[0]  # two away, one sentence apart in written text
    assert cue_clause(text, clauses, clauses[4]) is None  # four sentences away: not the signal's neighbour


# Each context check of the gate, both ways (issue 18): the ordinary sentence real people wrote
# (tests/eval/real/chatbot_data.jsonl, or its elderly counterpart) does not pass, the crisis sentence it
# resembles still does. The model and its thresholds decide after the gate; these pin only the gate.
CONTEXT_PAIRS = {
    "waterside, not prices": (["물가가 왜 이렇게 비쌈", "물가가 너무 올랐어"], ["물가까지 걸어가 봤어"]),
    "being taken, not a lift or taking someone along": (
        [
            "아들이 데리러 온대",
            "술 마셨는데 썸남한테 데리러 오라고 할까?",
            "남자친구 교회 데려가고 싶어",
            "딸이 병원에 데려가 줬어",
        ],
        ["영감이 날 데리러 왔으면", "하느님이 빨리 데려가셨으면"],
    ),
    "a life ended, not a life lived": (["멋진 삶을 살고 싶어"], ["이제 삶을 끝내고 싶어"]),
    "eyes closed for good, not closed and still seeing someone": (
        ["눈을 감아도 보고 싶어", "눈 감으면 영감 얼굴이 떠올라"],
        ["차라리 이대로 눈 감으면 편하겠다는 생각도 들어", "그냥 자는 잠에 눈 감았으면"],
    ),
    "the speaker's last, not a last thing or a date": (
        ["마지막 선물.", "마지막 이별", "마지막으로 만나고 왔습니다.", "휴가 마지막 날이야", "10월의 마지막밤"],
        [
            "이게 마지막이겠죠",
            "내가 마지막으로 차려 줘야지",
            "마지막 명절이 될 것 같아",
            "오늘이 마지막 밤이었으면 한다",
            "마지막으로 애들 얼굴 보고 가야지",
            "그러면 여한이 없어",
        ],
    ),
    "going with no destination before it": (
        [
            "대학 가면 좋겠지",
            "해외여행가면 좋겠지",
            "업무 끝내고 집 갈 수 있을까",
            "시장 가면 좋겠다",
            "돈 없어도 갈 수 있는 데이트 코스",
        ],
        ["그만 가면 좋겠다", "영감한테 갈 수 있으면", "이러다 그냥 가도 괜찮겠다 싶어요"],
    ),
    "going near the dead is joining them": (["바다가 가고 싶어요"], ["마 영감 있는 데로 가뿌고 싶다"]),
    "a wish after a connective ending is read from there": (
        ["바다가 가고 싶어요"],
        ["이렇게 혼자 살다가 그냥 없어졌으면"],
    ),
    "'I'll do it' with no task named before it": (
        ["짝남 마주치지 않으려고 노력할거야.", "다음 주에 김장할 거야"],
        ["그 전날 밤에 할 거야", "손주 생일만 지나면 나도 정리할 거야", "토요일 할거야"],
    ),
    "a time with an end after it, not a date": (
        ["내일이면 크리스마스 이브네.", "내일이면 추석이네"],
        ["내일이면 다 끝나", "내일이면 나 없을 거야"],
    ),
    "pills kept or gathered, not fetched from the clinic or slept on": (
        ["수면제 먹고 다섯시간이나 잤네", "약 타러 병원 갔다 왔어", "병원에서 약 받아왔어"],
        [
            "수면제 받아 놨어",
            "병원에서 받은 약 안 먹고 모아놨어",
            "병원 약 끊었어",
            "약국 여러 군데 돌면서 수면제 받아 모았어",
        ],
    ),
    "a word said, not one made by removing spaces": (
        [
            "혼자 살고 싶다",
            "가족들 보고 싶어",
            "만약 다시 만난다면",
            "여자해보고 싶어",
            "어떻게 견디지",
            "치약 다 썼어",
        ],
        ["자살하고 싶어", "자해했어", "콱 디지고 싶다", "약 다 먹어버릴까"],
    ),
    "affairs and belongings, not presents, produce, parcels or someone else's": (
        ["목걸이 선물이 좋겠다.", "고추 팔았어", "택배 보냈어", "남자친구가 데이트 통장을 제안하는데"],
        ["통장은 딸한테 맡겼어", "집 내놨어", "손주 돌반지 다 팔아서 애들 빚 갚아줬다"],
    ),
    "a future without the speaker, not something the speaker cannot do": (
        ["이성으로는 감당 할 수 없을 것 같아"],
        ["내일 아침엔 없을 거야", "받을 사람이 없을 거라"],
    ),
    "eyes closed for good, not a face that comes to mind": (
        ["눈 감으면 돌아가신 엄마 얼굴이 떠올라."],
        ["눈을 감고 싶다"],
    ),
    "taking it all, not eating up a meal": (
        ["밥 다 먹었어", "반찬 남은 거 다 먹을 거야"],
        ["약 다 먹어버릴까", "모아둔 거 오늘 다먹을래"],
    ),
    "breath cut off, not the breathlessness of fear": (["가슴이 답답하고 숨이 막혀"], ["숨이 막혔으면 좋겠어"]),
    "a rope to the neck, not a cough": (["목에 가래가 껴"], ["목에 멍자국 이거 줄이 끊어져서 그래"]),
    "not coming back, not a back that does not turn": (["허리가 안 돌아가"], ["다시는 안 돌아올 거야"]),
    "a place looked at, not a place for the washing or a walk": (
        ["옥상에 고추 말리러 올라갔어", "베란다에 빨래 널었어", "뒷산에 운동 갔다 왔어"],
        [
            "옥상에 올라가 봤어",
            "그 다리 위 난간 높이가 얼마나 되나 재보러 갔었어",
            "강가에 산책 갔다가 물에 들어가고 싶더라",
        ],
    ),
    # Issue 18, the gate's second round: 114 of the training sets' ideation items the model scored above its
    # threshold were stopped by the gate for want of these words; each is pinned with its everyday twin.
    "a life gone on too long, not a long life wished for": (
        ["오래 사세요", "오래 살고 싶어요", "건강하게 오래 사는 게 소원이야"],
        ["왜 이렇게 오래 사는지 모르겠어", "아침마다 또 살았네 싶어", "사는 게 하나도 의미가 없어"],
    ),
    "called or taken by God, not a lift given": (
        ["딸이 병원에 데려가 줬어", "교회 가서 기도했어"],
        ["하나님이 얼른 불러 가셨으면", "그냥 누가 데려가 줬으면", "하늘이 나를 거둬가면 좋겠어"],
    ),
    "no tomorrow, not a late morning": (["아침에 늦잠 잤어"], ["아침에 눈 안 떴으면 좋겠어", "차라리 내일 안 왔으면"]),
    "the speaker better gone, not a rule that should go": (
        ["이런 제도는 없어져야 돼", "병원에 빨리 가야 돼", "학교에 빨리 가야 돼", "집에 얼른 가고 싶다"],
        ["나 같은 건 없어져야 해", "내가 빨리 가야 애들이 편하지", "애들 고생시키기 전에 먼저 갔으면"],
    ),
    "a method tried or kept, in other words": (
        ["목이 칼칼해", "병원에 약 타러 갔어"],
        ["목을 맸는데 줄이 끊어졌어", "약 먹고 응급실 실려 갔었어", "굶다 보면 가겠지"],
    ),
    "a date fixed, not a holiday's or a move's": (
        ["휴가 날짜 정했어", "이사 날짜 잡았어"],
        ["날짜도 정했어", "날씨 좋은 날로 잡았어"],
    ),
    "a crop's, a pest's or an animal's death, not the speaker's (d11)": (
        ["벌레가 다 죽어지면 좋겠다", "바퀴벌레들 싹 죽어버렸으면"],
        ["고추가 다 죽어서 나도 죽고 싶다", "소가 죽어서 나도 죽고 싶어"],
    ),
    "letters and goodbyes in other words": (
        ["오늘 병원 가는 날이야"],
        ["편지 세 장 써서 서랍에 넣었어", "이제 전화 안 하셔도 돼요", "엄마 보고 너무 놀라지 말고"],
    ),
    "a way to do it, not a way to do everyday things": (
        ["덜 좋아하는 방법만 알면 힘들지 않을텐데", "버스 타는 방법을 몰라"],
        ["조용히 가는 방법이 없을까"],
    ),
}


@pytest.mark.parametrize(
    ("check", "clause"), [(check, c) for check, (benign, _crisis) in CONTEXT_PAIRS.items() for c in benign]
)
def test_the_ordinary_reading_does_not_pass(check: str, clause: str) -> None:
    assert not has_death_cue(clause), check


@pytest.mark.parametrize(
    ("check", "clause"), [(check, c) for check, (_benign, crisis) in CONTEXT_PAIRS.items() for c in crisis]
)
def test_the_crisis_reading_still_passes(check: str, clause: str) -> None:
    assert has_death_cue(clause), check


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("번개탄 두 개 사다 놨어", True),
        ("통장 비밀번호 적어서 다 정리해놨다", True),
        ("먹을 거 좀 사 왔어", False),  # eating is every meal's word, not an act (d12r)
        ("농약 잘 안 씻어서 먹은 거 같아", False),  # pesticide residue on produce
        ("오늘은 경로당 가서 화투 쳤어", False),
        ("나도 이제 갈 날이 얼마 안 남았어", False),  # one's natural time left, said calmly (d13o: was critical)
        ("돌볼 날이 얼마 안 남았어", True),  # the days left of a task the speaker ends: a farewell
        ("자식들한테 편지 한 장 썼어 생일이라", False),  # a letter for a birthday (d13q: was critical)
        ("자식들한테 편지 한 장 썼어 이제 죽을 거야", True),
        ("현관 비번 니 생일로 바꿨어 들어와서 엄마 보고 너무 놀라지 말고", True),  # a birthday as a password hint
    ],
)
def test_an_act_cue_names_a_means_place_preparation_farewell_or_plan(text: str, act: bool) -> None:
    assert has_act_cue(text, [(0, len(text))]) is act


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("수의도 다 준비해 놨어 윤달에", False),  # burial clothes in the leap month, as custom has it (d13p)
        ("윤달이라 수의 맞췄어", False),
        ("수의도 다 준비해 놨어", True),
        ("윤달에 수의 해 놨으니 이제 죽어도 돼", True),
    ],
)
def test_burial_clothes_in_the_leap_month_are_custom(text: str, cue: bool) -> None:
    assert has_death_cue(text) is cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # d14m: rather than living like this -> dying or going; a move to a home or the country is not
        ("이렇게 외롭게 사느니 요양원에 들어가는 게 낫겠어", False),
        ("혼자 사느니 양로원 가는 게 낫지 싶어", False),
        ("이렇게 사느니 시골로 내려가는 게 낫겠다", False),
        ("이렇게 사느니 차라리 죽는 게 낫지", True),
        ("이렇게 사느니 그만 가고 싶다", True),
        ("이렇게 사느니 없어지는 게 낫겠어", True),
    ],
)
def test_rather_than_living_so_passes_only_towards_dying(text: str, cue: bool) -> None:
    assert has_death_cue(text) is cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # d14m: jewellery worn, a neck dressed, a long sleep and a baby's are no cue; handed on, a rope, not waking are
        ("금줄 목걸이를 목에 걸어 봤는데 예쁘더라", False),
        ("강아지 목줄 새로 사서 목에 걸어 줬어", False),
        ("엄마 반지 끼고 결혼식 갔어", False),
        ("푹 자고 싶다 아침까지 안 깨면 좋겠어", False),
        ("손주가 안 깨면 좋겠어 겨우 재웠거든", False),
        ("엄마 목걸이는 서랍에 있어 언니 줘", True),
        ("반지영 시계영 다 메누리 줘부렀수다", True),
        ("어멍 반지영 금목걸이영 다 메느리 주어부러수다", True),
        ("끈을 목에 걸어 봤어", True),
        ("다시는 안 깨면 좋겠어", True),
    ],
)
def test_jewellery_worn_and_a_long_sleep_are_no_cue(text: str, cue: bool) -> None:
    assert has_death_cue(text) is cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # d37: a window opened or shut for the air is the house's; opened to fall, or with an end said, it is a place
        ("그냥 창문 열어놓고 있어도 푹푹 찌는 이 여름에", False),
        ("창문 좀 열어놔라 답답하다", False),
        ("추워서 창문 닫고 잤어", False),
        ("창문 열고 뛰어내리면 끝이겠지", True),
        ("창문 열어놓고 떨어지면 편하겠다 싶었어", True),
        ("창문 밖으로 뛰어내릴까 봐", True),
    ],
)
def test_a_window_opened_for_the_air_is_no_place(text: str, cue: bool) -> None:
    assert has_death_cue(text) is cue
    assert has_act_cue(text, [(0, len(text))]) is cue


@pytest.mark.parametrize(
    "clause",
    [
        "고추 지지대 묶던 끈으로 목 맬 자리를 봐 놨어요",
        "어제 창고에서 목을 맸다가 줄이 끊어졌어",
        "목매달 끈을 사 왔어",
    ],
)
def test_the_rope_is_a_word_of_death_in_every_form(clause: str) -> None:
    """The twenty-eighth session: "목매" was read, "목 맬" and "목을 맸" were not (the model reads the first at
    0.27)."""
    assert names_death(clause)
    assert has_death_cue(clause)
