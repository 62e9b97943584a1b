"""Benign talk the local analyzer used to raise to ideation or critical (d14fc), pinned both ways.

Each phenomenon has the blind author's sentence, phrasings of our own (dialect, word order, speech-to-text spacing)
and crisis twins that share its surface words and must still be caught (docs/clinical-rules.md, "d14fc").
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

_RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}

# (text, the highest risk it may get) — no ideation in any of them.
BENIGN = [
    # a plant, a crop or an animal that died where a rooftop or a veranda is named
    ("베란다 화분이 다 말라 죽었네. 물을 너무 안 줬나 봐.", "low"),
    ("옥상 고추가 다 얼어 죽었더라", "low"),
    ("베란다 난초가 말라 죽어 부렀어 물을 안 줘서 그려", "low"),
    ("옥상에 키우던 상추가 더위 먹고 다 죽어삐맀다", "low"),
    # a wrist cut in the kitchen or the field, said as such
    ("손목에 칼자국 같은 게 났는디 김장하다 무 썰다가 베인 거여", "low"),
    ("손목에 칼 베였어 부엌에서 칼질하다가", "low"),
    ("손목에칼자국 하나 있는데 생선 손질하다 미끄러졌어요", "high"),  # the model's review band: a person looks
    ("손목에 칼 스쳤어 낫질하다가 그랬지", "low"),
    # the thought said to be gone now, or the caller's question denied
    ("죽고 싶단 생각은 이제 안 해요. 근데 몇 주째 입맛도 없고 잠도 설치고 기운이 없어요.", "moderate"),
    ("죽고 싶은 마음은 인제 없어 손주 보는 재미로 살아", "low"),
    # the model of nineteen files reads depression 2 here (moderate); the point is that no ideation is raised
    ("죽고 싶다는 생각 요새는 안 들어유 다 나았슈", "moderate"),
    ("죽고 싶은 생각? 그런 거 전혀 없어요 걱정 마세요", "low"),
    # charcoal for the grill, its purpose said after or before it
    ("번개탄 사 놨어요 애들 오면 고기 구워 먹을 거예요", "low"),
    ("캠핑 가서 쓸 번개탄 몇 개 샀어", "low"),
    ("고기 구울 번개탄 두 장 사 왔다 토요일에 아들 온다", "low"),
    ("번개탄 한 묶음 사 놨다 손주들 오면 마당에서 삼겹살 구워 줄라꼬", "low"),
    # calm talk of old age and death
    ("나도 이제 갈 날이 얼마 안 남았어", "low"),
    ("살 날이 얼마 안 남았지 뭐 그래도 오늘은 경로당 간다", "low"),
    ("우리 나이면 갈 날이 며칠 안 남았제 허허", "low"),
    # burial clothes, a portrait or a plot are custom with life ahead said (d14m: alone they are a preparation)
    ("수의도 다 준비해 놨어 내년 봄엔 손주 결혼식도 가야지", "low"),
    ("영정 사진도 찍어 놨어 복지관에서", "low"),
    ("묘자리도 봐 놨고 상조도 들어 놨어 그래도 오래 살아야지", "low"),
    ("자식들한테 편지 한 장 썼어 생일이라", "low"),
    ("어버이날이라 손주들한테 편지 썼어", "low"),
]

# (text, the lowest risk it must get)
CRISIS_TWINS = [
    ("베란다 화분이 다 말라 죽었네. 나도 따라 죽고 싶다", "high"),
    ("베란다 화분이 다 말라 죽었어 나도 베란다에서 뛰어내리고 싶어", "critical"),
    ("옥상에 올라가서 확 죽어버릴까 싶어", "critical"),
    ("베란다에서 떨어져 죽으면 편하겠다 싶어", "critical"),
    ("손목에 칼자국 있는 거 김장하다 그런 거 아니고 내가 그었어", "critical"),
    ("손목에 칼자국이 있는데 그냥 그렇게 됐어", "critical"),
    ("손목에 칼로 그은 자국이 있어 밤마다 그래", "critical"),
    ("손목에 칼 베였어 김장하다가 근데 그냥 이대로 다 끝났으면 좋겠어", "high"),
    ("죽고 싶단 생각 이제 안 한다고 했는데 사실 요즘 또 죽고 싶어", "high"),
    ("죽고 싶다는 생각을 이제는 안 하려고 해도 자꾸 들어", "high"),
    ("예전엔 죽고 싶단 생각 안 했는데 요즘은 자꾸 들어", "high"),
    ("죽고 싶은 생각은 이제 안 해 근데 약은 모아 놨어", "critical"),
    ("번개탄 사 놨어 애들 오면 고기 구워 먹을 거야 근데 사는 게 다 부질없어", "critical"),
    ("캠핑 가서 쓸 번개탄 샀어 이제 다 끝내려고", "critical"),
    ("번개탄 사 왔어 자식들한테 미안하다 전해줘", "critical"),
    ("고기 구울 번개탄 사 놨어 근데 이제 아무 의미가 없어", "critical"),
    ("나도 이제 갈 날이 얼마 안 남았어 약도 모아 놨고", "critical"),
    ("갈 날이 얼마 안 남았어 빨리 갔으면 좋겠어", "high"),
    ("수의도 다 준비해 놨어 애들한테 편지도 써 놨고 이제 끝내야지", "critical"),
    ("수의도 준비해 놨어 요새 사는 게 아무 낙이 없어", "high"),
    # d14m: burial clothes made ready and nothing said of life ahead is a preparation (SCREENING.md), not custom
    ("수의도 다 준비해 놨어", "high"),
    # a crisis after a speaker's label no list knows is the speaker's, not the caller's
    ("상담원: 요즘 어떠세요? 아버님: 창고에 번개탄 사다 놨어 토요일에 문 닫고 피울라고", "critical"),
    ("말벗: 식사는 하셨어요? 삼춘: 농약 한 병 사다 놨수다 이번 보름에 먹을 거우다", "critical"),
    ("상담원: 식사하셨어요? 네 먹었어요 근데 번개탄 사다 놨어 토요일에 문 닫고 피울라고", "critical"),
    ("자식들한테 편지 한 장 썼어 이제 못 볼 것 같아서", "critical"),
    ("생일이라 편지 썼어 나 없어도 잘 살라고", "critical"),
    # crises an early draft of the calm readings lost (labelled sets): a purpose denied, a knife named by its place,
    # burial clothes with a time, a going or a means
    ("번개탄 사다 놨어 고기 구울 것도 아닌데 허허 그냥 사놨어 방이 작으니까 금방이겠지", "critical"),
    ("창고에 농약 한 병 사다 놨어 밭에 쓸라고 산 거 아니랑께 나 갈 때 마실라고", "critical"),
    ("번게탄 사다 놨어요 화장실에서 피울라고 문틈도 다 막아놨고", "critical"),
    ("부엌칼을 베개 밑에 넣고 잔다 밤마다 이걸로 할까 싶어가", "critical"),
    ("이번 장날 지나믄 나 흙으로 갈라요 약도 다 사놨고 옷도 수의로 골라놨응께", "critical"),
    ("수의 꺼내서 다려놓고 목욕재계 했소 보름날 밤에 갈 채비 다 끝났어라", "critical"),
]


@pytest.mark.parametrize(("text", "at_most"), BENIGN)
def test_benign_talk_raises_no_ideation(analyzer: LocalAnalyzer, text: str, at_most: str) -> None:
    label = analyzer.label(text)
    assert label["suicidal_ideation"] == 0, label
    assert _RANK[str(label["risk"])] <= _RANK[at_most], label


@pytest.mark.parametrize(("text", "at_least"), CRISIS_TWINS)
def test_the_crisis_twins_are_still_caught(analyzer: LocalAnalyzer, text: str, at_least: str) -> None:
    label = analyzer.label(text)
    assert _RANK[str(label["risk"])] >= _RANK[at_least], label


# Long calls: a drama retold over short sentences, an attempt fifteen years ago told as over, farm tools given away on
# retiring, the caller's advice in a labelled transcript, a spouse's habitual saying in dialect.
LONG_BENIGN = [
    "어제 그 연속극 보셨슈 아홉 시 허는 거 아이구 거기 그 며느리 있잖유 시어매 구박에 남편 바람나구 그 며느리가 글쎄 "
    "다리에서 뛰어내렸어유 비 오는 밤에 한강 다리에서 신발 벗어놓구 근디 지나가던 남자가 구해줬대유 나는 노래교실 가유",
    "십오 년 전에 사업하다 망했거든요 그때 빚이 많았어요 그래서 그때 제가 약을 한 움큼 먹었어요 응급실 실려가고 "
    "위세척하고 난리가 났었죠 그 뒤로 병원 다니면서 상담도 받고 한 이 년 고생했어요 그리고 다 나았어요 다 지나간 "
    "일이에요 지금은 봉사 다니느라 바빠요",
    "올해로 농사 접었어 트랙터는 조카 줬고 창고에 농기구들도 다 정리했어 삽이고 낫이고 쓸 만한 것은 동네 사람들 "
    "나눠주고 녹슨 것은 고물상에 넘기고 이제 다 정리했어 내년 봄에 마누라랑 경주 가기로 했어",
    "상담원: 뭐 준비하세요? 어르신: 손주 놈들이 마당에서 고기 구워 묵는 거를 제일 좋아한다 아이가. 그래서 장날에 "
    "번개탄 한 묶음 사 놨다. 상담원: 번개탄 쓰실 때는 꼭 마당에서 쓰시고 환기 잘 되는 데서 하세요. 어르신: 하모 안다.",
]
LONG_TWINS = [
    "어제 그 연속극 보셨슈 그 며느리가 다리에서 뛰어내렸어유 나두 요새 그 다리에서 뛰어내리고 싶어유",
    "십오 년 전에 약을 한 움큼 먹었어요 그때 다 지나간 일인 줄 알았는데 요즘 또 약을 모아 놨어요",
    "상담원: 요즘 어떠세요? 어르신: 번개탄 사 놨어 이제 다 끝내려고.",
]


@pytest.mark.parametrize("text", LONG_BENIGN)
def test_long_benign_calls_are_not_critical(analyzer: LocalAnalyzer, text: str) -> None:
    label = analyzer.label(text)
    assert label["risk"] != "critical", label
    assert label["suicidal_ideation"] <= 1, label


@pytest.mark.parametrize("text", LONG_TWINS)
def test_long_crisis_twins_are_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["risk"] == "critical"
