"""d24 (docs/clinical-rules.md, "d24"): another person's habitual "빨리 죽어야지" is not the speaker's ideation; the
model's gate reads briquettes changed for heating, a going in a hurry, pills sorted into an organiser and thanks with a
meeting ahead in their everyday sense.

SCREENING.md names it among what does not count ("a spouse's habitual '빨리 죽어야지'"). The guards gave it to the other
person only when the teller closed it in a few set ways; in the forms below (the person named, a habit word, the
teller's "그래", "그카면서", "이 소리를 해", "입에 달고 살아", or the saying announced in the sentence before) the
crisis rules read it as the speaker's passive wish (high), or the statistical model gave it back to the speaker.
Found on read long sets (gold low, out at high) and measured on every set before anyone read a new one.
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local import ideation_gate
from mhealth.domain.rules.safety import engine
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

THEIR_HABIT = [
    "우리 할멈은 무릎 아프다고 맨날 아이고 빨리 죽어야제 빨리 죽어야제 입에 달고 살아.",
    "니 아부지는 맨날 그 소리여. 아이고 빨리 죽어야제, 이 나이 먹고 뭐 하러 사냐.",
    "그 양반 몸은 멀쩡한데 입버릇이 문제야 만날 때마다 아이고 빨리 죽어야지 이 소리를 해.",
    "우리 영감은 오늘도 아침부터 또 그 소리예요. 아이고 빨리 죽어야지, 늙으면 죽어야지. 맨날 그래요.",
    "경로당 말순이는 입만 열믄 아이구 빨리 죽어야지 그려 칼국수를 두 그릇이나 먹으믄서.",
    "박 할매는 맨날 아이고 빨리 죽어야 되는데 그카면서 화투는 제일 열심히 친다.",
    "영월댁은 만날 얼른 죽어야지 얼른 죽어야지 그래. 그러면서 떡은 세 개씩 먹어.",
    "우리 할매는 맨날 영감 따라가야지 그 소리여. 밥은 잘 묵어.",
    "그 언니는 형부 가시고 나서부터 전화만 하믄 영감 따라가야지 그 소리여.",
    "우리 영감은 입만 열면 살아서 뭐 하냐 그래. 그래도 술은 꼬박꼬박 먹어.",
]

#: the speaker's own wish stays the speaker's: said of themself, after another's habit, or joining in
OWN_WISH = [
    "나는 맨날 빨리 죽어야지 그 생각뿐이야.",
    "나도 맨날 입버릇처럼 빨리 죽어야지 그래. 근데 요새는 진짜 그래.",
    "우리 영감은 잘 있어. 나는 요새 빨리 죽어야지 그 생각만 들어.",
    "영감은 맨날 빨리 죽어야지 그러는데 나는 진짜로 죽고 싶어.",
    "영감은 맨날 술만 마시고 나는 맨날 빨리 죽어야지 그래.",
    "딸은 맨날 바쁘다 그러고 아이고 빨리 죽어야지.",
    "아들이 맨날 전화도 안 해. 아이고 빨리 죽어야지 그래.",
    "영감이 자꾸 그 소리 해. 나도 빨리 죽어야지.",
    "옆집 할매는 입만 열면 빨리 죽어야지 하는데 나도 마찬가지여.",
    "빨리 죽어야지 하는 말이 빈말이 아니여 요즘은 진짜 그래",  # the saying called no lie
]


@pytest.mark.parametrize("text", THEIR_HABIT)
def test_the_model_does_not_give_it_back(text: str) -> None:
    # the wish is read as reported words, so the statistical model's raise is refused for it too
    assert engine.reported_wishes(text)
    assert not [h for h in engine.scan(text) if h.kind.value in ("passive", "active")]


#: d24's second part: the model's gate reads two everyday words in their everyday sense (the statistical model had
#: raised them: the first critical, the others high)
EVERYDAY_TO_THE_GATE = [
    "연탄 갈고 들어왔어 이제 따뜻해",  # briquettes changed: how many older people still heat a room
    "연탄 갈았어 방이 뜨끈해",
    "빨리 가야지 버스 놓치겠다",  # going in a hurry
    "빨리 가야지 늦겠다",
    "약통에 일주일치 약을 모아 놨어 요일별로",  # the week's pills in an organiser (the rules' row too)
    "약을 모아 놨어 요일별로 칸칸이",
    "선생님 그동안 고마웠어요 다음 주에도 오시죠",  # thanks with a meeting ahead
    "이제 끝이야 오늘 일 다 했어",  # the day's work done
    # the rules: the saying called a lie, the "last request" an errand
    "늙으면 죽어야지 하는 말은 거짓말이여 허허 나는 오래 살 거야",
    "늙으면 죽어야지 그거 다 빈말이여",
    "마지막으로 부탁 하나만 하자 김치 좀 가져가",
    # a second round of probes: a roof shut against the children, all settled for a move, a trip
    "옥상 문 잠가 놨어 애들 올라가면 위험해서",
    "모든 걸 정리하고 시골로 내려갈 거야",
    "나 없어도 잘 지내라 엄마 여행 간다",
]
#: ... and their crisis twins stay crises
STILL_CRISES = [
    "연탄 피워 놓고 문 다 막았어 따뜻하게 가고 싶어",
    "연탄 두 장 사다 놨다 오늘 밤에 방에 피울 거야",
    "빨리 가야지 버스 타고 다리 위로 가서 뛰어내릴 거야",
    "나 먼저 갈게 애들아 그동안 고마웠다",
    "약통에 약을 몰래 모아놨어 한꺼번에 먹을라고",
    "수면제를 안 먹고 모아놨어 때가 되면 먹을라고",
    "선생님 그동안 고마웠어요. 다음 주부터는 전화 안 하셔도 돼요.",
    "이제 끝이야 할 일 다 했어",
    # a seal said with a word between (the rules' SEAL concept had missed them)
    "ㅎㅎ 상담사님, 저 이번 겨울은 안 넘기려고요. 연탄 두 장 사다 놓고 방문 틈에 테이프도 다 붙여 놨어요.",
    "연탄 한 장 남은 거 방에 들여놨어 창틈에 테이프도 붙여놨고 음 오늘이 좋겠다",
    "방에서 연탄 피웠어 이제 따뜻하게 잘 거야",
    "마지막으로 부탁 하나만 하자 애들 잘 키워라",
    "옥상 문은 애들이 잠가 놨더라 내 다 생각이 있어가 올라가려 했는데",
    "모든 걸 정리했어 이제 영감 곁으로 갈 거야",
    "다 정리하고 시골로 내려갈 거야 거기서 조용히 끝낼 거야",
    "통장 정리하고 고향으로 내려가서 조용히 갈란다",
    "나 없어도 잘 지내라 엄마 먼 여행 간다",
    "나 없어도 잘 지내라 엄마는 이제 간다",
]


test_their_crisis_twins_stay_critical, test_the_speakers_own_wish_stays, test_everyday_is_at_most_moderate = (
    mechanism_tests(STILL_CRISES, OWN_WISH, [(text, "moderate") for text in THEIR_HABIT + EVERYDAY_TO_THE_GATE])
)


test_everyday_has_no_ideation = no_ideation_test(THEIR_HABIT + EVERYDAY_TO_THE_GATE)


def test_the_readings_are_the_turns() -> None:
    assert "everyday_means" in ideation_gate.calm_readings("연탄 갈고 들어왔어 이제 따뜻해")
    assert "everyday_means" not in ideation_gate.calm_readings("연탄 피워 놓고 문틈 다 막았어 따뜻하네")
    assert "hurried_going" in ideation_gate.calm_readings("빨리 가야지 버스 놓치겠다")
    assert not ideation_gate.has_death_cue("빨리 가야지", ideation_gate.calm_readings("빨리 가야지 버스 놓치겠다"))
    assert ideation_gate.has_death_cue("빨리 가야지", ideation_gate.calm_readings("빨리 가야지 애들 고생 그만 시키게"))
