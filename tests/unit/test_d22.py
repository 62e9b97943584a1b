"""d22 (docs/clinical-rules.md, "d22"): round 19's blind_long30, read after its first figures.

- A transcript's calm (no word of death, goodbye or low mood: where a means' everyday purpose may be said a few
  sentences away) is read in the senior's own words: an AI call's screening question is the caller's, and an
  accident's "죽을 뻔" is no talk of death.
- Speech-to-text's "거기다" (there) closes no sentence; a hand that "goes first" out of habit is no goodbye.
- The shoes set side by side on the bank with the place between; a prayer to be taken said lying down, in dialect with
  "me" and the one asked unsaid; prescribed pills not taken and kept (Jeju's "안 먹엉"); appetite in the mouth gone
  bitter, food with no taste, the spoon put down.
"""

from __future__ import annotations

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import discourse, engine
from tests.unit.screening_checks import mechanism_tests

#: an unlabelled AI call: charcoal for a barbecue (its purpose two sentences on), a near miss on the ice, the
#: screening question asked and laughed off
AI_CALL_BARBECUE = """안녕하세요, 어르신. 시청 AI 안부전화입니다. 오늘 기분은 어떠세요?
아 좋지 뭐. 오늘 딸네 식구가 다 온다 그래서 아침부터 바빠요.
좋은 일이 있으시네요. 어떤 준비를 하고 계세요?
고기 사고 철물점 들러서 참숯이랑 번개탄 두 장 사 왔어요. 마당에 화로 있거든. 거기다 불 피워서 삼겹살 구울라고.
가족분들과 즐거운 시간 보내세요. 요즘 길이 미끄러운데 조심하세요.
말도 마요. 어제 아침에 빙판에 발이 미끄러져서 죽을 뻔했어. 근데 엉덩방아만 찧고 멀쩡해요.
다치지 않으셔서 다행입니다. 식사와 잠은 잘 하고 계세요?
밥은 세 끼 꼬박 먹고 잠도 잘 자요. 일어나면 마당 쓸고 산에 가고.
정기 확인 질문을 드릴게요. 최근 2주 동안 죽고 싶다는 생각을 하신 적이 있으세요?
허허, 없어요 없어. 나는 손주 장가가는 거 보고 갈 거요. 아직 한참 멀었어.
혹시 복용하시는 약이 있으세요?
혈압약 하나. 십 년째 먹는 거라 아침에 밥 먹고 나면 손이 먼저 가요.
네, 다음 주에 다시 연락드리겠습니다."""

D22_ACTIVE = [
    # the shoes set on the bank, the place named between
    "사흘 전엔 잠이 하도 안 와서 밤중에 저수지 둑까지 걸어갔드래요. 한참 앉아 있다가 신발 벗어서 둑에 나란히 놔뒀지. "
    "그런데 트럭 불빛 보고 도로 신고 왔어요. 그날 이후로 생각은 자꾸 나. 밥맛도 없고 잠도 못 자.",
    # prescribed pills kept back, said in Jeju speech, with the low mood
    "받았수다. 의원 선생이 자기 전에 한 알씩 먹으랜 줬수다. 근디 안 먹엉 깡통에 모아둠수다. 한 달 넘게 모이난 제법 "
    "되었수다. 뭘 해도 재미가 어수다. 밤이면 잠은 안 오고 천장만 봠수다.",
]
D22_ACTIVE += [
    # the shoes put back on: an attempt held back (d22b)
    "밤에 잠이 안 와서 다리 위까지 갔어. 한참 서 있다가 신발 벗어서 난간 밑에 놔뒀지. 근데 딸 얼굴이 생각나서 도로 "
    "신고 왔어. 요새 밥도 못 먹고 잠도 못 자.",
    # settled affairs and "going light" when the daughter has gone home (d22b)
    "통장이랑 도장이랑 봉투에 넣어서 장롱 위에 올려놨어. 딸헌테 헐 말은 종이에 써서 같이 넣어놨고. 추석 쇠고 딸 "
    "올라가불믄 그때는 나도 홀가분허게 갈라고. 요새는 입맛도 없고 잠도 못 자.",
]
D22_ACTIVE += [
    # the bankbook and seal in an envelope, a savings club settled, words for the daughter in the envelope, and a time
    # (d22c)
    "큰딸이 온다등만. 그래서 내가 미리 다 챙겨놨어. 통장이랑 도장이랑 봉투에 딱 넣어갖고 장롱 우에 올려놨고, 계 부은 "
    "것도 지난달에 다 찾아서 정리혀부렀어. 딸헌테 헐 말은 종이에 써서 그 봉투 속에 같이 넣어놨어. 추석 쇠고 딸 "
    "올라가불믄 그때는 나도 홀가분허게 갈라고.",
]
D22_PASSIVE = [
    "할멈 가고 나서 이태째 그려 밤마다 누우믄 오늘은 좀 데꼬 가소 허고 자는디 아침 되믄 또 눈이 떠져 허허",
    "영감 산소에 가서 오늘은 좀 데려가 주소 하고 빌고 왔어",
]
D22_BENIGN = [
    (AI_CALL_BARBECUE, "moderate"),
    ("손주 놈이 강아지 좀 데꼬 가라 하고 자더라", "moderate"),
    ("애들 좀 데리고 가요 하고 잠들었어", "moderate"),
    ("저수지 둑에서 낚시하다가 신발 벗어서 둑에 나란히 놔뒀지. 발 담그고 쉬었어.", "moderate"),
    ("바다에 놀러 갔는데 신발 벗어서 바위에 놔뒀더니 파도에 쓸려 갔어.", "moderate"),
    ("한 알씩 먹으라는데 안 먹고 모았다가 다음 진료 때 선생님께 보여드렸어요. 약이 안 맞는 것 같아서요.", "moderate"),
    ("의사가 자기 전에 한 알씩 먹으라고 줬는데 안 먹고 모아 놨다가 보건소에 갖다 줬어. 버려 준대서.", "moderate"),
    ("혈압약은 십 년째 먹는 거라 아침에 밥 먹고 나면 손이 먼저 가요.", "low"),
    ("바다에서 손주들이랑 신발 벗고 모래 놀이 하다가 다시 신고 왔어.", "moderate"),
    ("저수지 둑 산책하다가 신발에 돌이 들어가서 벗어서 털고 다시 신고 왔지.", "moderate"),
    ("짐 줄여서 홀가분하게 여행 가려고 해요.", "moderate"),
    ("가방 하나만 메고 홀가분하게 갔다 왔어.", "moderate"),
    ("계 부은 거 찾아서 정리하고 그 돈으로 손주 등록금 보탰어.", "moderate"),
    ("여행 가서 할 말은 수첩에 적어서 넣어놨어.", "moderate"),
]

test_d22_active_is_critical, test_d22_passive_is_at_least_high, test_d22_everyday_twins = mechanism_tests(
    D22_ACTIVE, D22_PASSIVE, D22_BENIGN
)


def test_the_callers_question_does_not_unsettle_the_calm() -> None:
    compact = "".join(AI_CALL_BARBECUE.split())
    assert not discourse._calm(compact)  # the whole call holds the question's "죽고 싶다"
    assert discourse._calm(compact, AI_CALL_BARBECUE)  # the senior's own words are calm


def test_a_means_with_its_purpose_in_a_calm_call_is_ordinary() -> None:
    assert not engine.scan(AI_CALL_BARBECUE)


def test_a_near_miss_is_no_talk_of_death_but_a_wish_is() -> None:
    assert discourse._calm("어제빙판에미끄러져서죽을뻔했어.그래도멀쩡해.")
    assert not discourse._calm("약먹고죽을뻔했어.")
    assert not discourse._calm("빙판에미끄러졌을때차라리죽고싶었어.")


def test_there_closes_no_sentence() -> None:
    text = "마당에 화로가 있거든 거기다 불 피워서 삼겹살 구울라고"
    spans = discourse.sentences(text)
    compact = "".join(text.split())
    assert any("거기다불피워서" in compact[s.start : s.end] for s in spans), [compact[s.start : s.end] for s in spans]


def test_food_with_no_taste_is_appetite(analyzer: LocalAnalyzer) -> None:
    for text in ("입이 쓰다. 뭘 묵어도 맛을 모르겠다.", "한 숟가락 뜨다가 고마 놔뿐다"):
        assert analyzer.label(text)["depression"] >= 1, text
    assert analyzer.label("약이 써서 먹기가 힘들어")["depression"] == 0


def test_a_savings_club_is_named_by_its_own_words() -> None:
    def preparations(text: str) -> list[str]:
        compact = "".join(text.split())
        return [cue.kind for cue in discourse.cues(compact, discourse.sentences(text)) if cue.kind == "prep"]

    assert preparations("계 부은 것도 다 찾아서 정리혀부렀어.") == ["prep"]
    assert preparations("잃어버린 시계 다 찾아서 정리했어.") == []
    assert preparations("회계 장부 찾아서 정리했어.") == []
