"""d16s: what blind_short5 (typed chat-app Korean and dialect speech) found missed or over-alarmed, pinned both ways.

Each family has the blind author's sentence, phrasings of our own (standard and dialect, speech-to-text spacing) and
everyday twins that share its surface words (docs/clinical-rules.md, "d16s").
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local import lexicon
from mhealth.adapters.local.analyzer import LocalAnalyzer

_RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}

# Active ideation said with no suicide word: each must come out critical with ideation 2.
ACTIVE = [
    # a way of dying looked up or asked about
    "높은 곳에서 떨어지면 바로 끝나는지 인터넷에서 찾아봤어요. 이러면 안 되는 건 알아요.",
    "아파트 옥상에서 떨어지믄 한번에 죽는지 손주 폰으로 찾아봤제",
    "목 매면 금방 가는지 물어봤어",
    "물에 들어가면 바로 숨이 끊어지는지 검색해 봤어요",
    # a means carried to a place and brought back
    "나는 어제 뒷산에 밧줄 들고 올라갔드랬어 근데 손이 떨려 못하고 내려왔드래요",
    "약 봉지 들고 저수지까지 갔다가 차마 못 하고 돌아왔어요",
    "농약 한 병 챙겨 들고 산에 올라갔는디 손주 얼굴이 생각나서 그냥 내려왔어",
    # going into the water not to come out
    "게난 나 이제 바당에 들어강 안 나오젠 햄서 자식덜신디는 말허지 맙서",
    "바다에 들어가서 다시는 안 나올 거예요",
    "저수지 들어가가 안 나올란다",
    # one's death insurance as the last thing left to give
    "아들 빚 때문에 집이 넘어가게 생겼어요. 보험금이라도 남겨 주는 게 제가 할 수 있는 마지막 일인 것 같아요.",
    "애들한테 해 줄 수 있는 건 내 보험금밖에 없어",
    # letters to leave for the children, an adverb of time between
    "오늘 혈압약 타 왔어요. 아 그리고 애들한테 남길 편지는 어젯밤에 다 써 놨어요.",
    "자식들 앞으로 남길 편지 벌써 써 뒀어",
    # burial clothes to be worn within days
    "수의를 미리 꺼내서 다려 놓았어요. 이번 주말이 지나면 입게 될 것 같아서요.",
    "수의 꺼내 놨다 곧 입을 거 같아서",
]

# A passive wish (ideation 1), with low mood (critical) or alone (high).
PASSIVE = [
    (
        "남편을 요양원에 보내고 혼자 남았어요. 죄책감 때문에 하루도 편히 잠을 못 자요. "
        "하루하루 그냥 버티는 중인데 오래 살고 싶지는 않네요.",
        "critical",
    ),
    ("뭐 어디 아픈 건 아니래요 그냥 다 귀찮고 기운이 하나두 없드래요 이래 살믄 뭐하나 싶구", "critical"),
    ("이리 살문 뭐 혀", "high"),
    ("더 살고 싶지도 않어", "high"),
    ("이 세상에서 더 살고 싶지는 않아", "high"),
]

# Everyday twins: no ideation, and no higher than the level given.
BENIGN = [
    # a fall, a child or a cat, an exam: not a way of dying looked up
    ("시험에 떨어지면 끝나는지 선생님한테 물어봤어요", "low"),
    ("높은 데서 떨어지면 많이 다치는지 찾아봤어 손주가 자꾸 올라가서", "high"),  # the model's review band
    # a chore called off for the weather, with the rope or the pesticide
    ("밧줄 들고 뒷산에 올라갔는데 비가 와서 나무는 못 묶고 내려왔어", "low"),
    ("농약 들고 밭에 갔는데 바람이 불어서 못 치고 돌아왔어", "low"),
    # a diver's hours under, a grandchild in the water
    ("물질허레 바당에 들어가믄 세 시간은 안 나와", "low"),
    ("손주가 수영장 물에 들어가서 안 나오려고 해서 혼났어", "low"),
    # an insurance claim, not one's death
    ("실비 보험금 받아서 마지막 병원비 냈어요", "low"),
    # a letter for an occasion, the burial clothes of someone else or of the leap month
    ("손주 생일이라 남길 편지 어젯밤에 다 써 놨어", "low"),
    ("윤달이라 수의 맞춰 놨어 입을 날이야 아직 멀었지", "low"),
    # living somewhere, or with someone, is not a life
    ("아들 내외랑 같이 살고 싶지는 않아 따로 사는 게 편해", "low"),
    # pills set aside to be returned or thrown away
    ("엄마 약통 정리하다가 남은 수면제를 봤어요. 약국에 반납하려고 봉투에 따로 담아 뒀어요.", "low"),
    ("유통기한 지난 약들 모아서 보건소에 갖다 줄라고 봉지에 싸 놨어", "low"),
    ("남은 수면제 버리려고 따로 빼 놨어요", "low"),
    # the river looked at from the bridge after the rain, for the fields
    ("다리 우에서 내려다보니까 강물이 억수로 불었데 어제 비가 마이 와가 우리 논은 괜찮은가 모르겠다", "low"),
    ("다리 위에서 내려다보니 강물이 엄청 불었더라고요 장마라서 그런가 봐요", "low"),
]

# Crisis twins of the excuses above: the excuse taken back or a death act said with it.
EXCUSE_TAKEN_BACK = [
    "남은 수면제 약국에 반납하려다가 그냥 모아 두기로 했어요.",
    "남은 수면제 약국에 반납하려다가 그냥 모아 두기로 했어요. 언젠가 한꺼번에 먹으려고요.",
    "다리 위에서 강물 내려다보니까 뛰어내리고 싶더라",
    "장마라 강물이 불었는데 다리 위에서 내려다보니까 그냥 뛰어들어 버릴까 싶더라",
    # "가 버렸어" is going away, not pills thrown away
    "영감은 화내고 나가 버렸어. 수면제 한 통 모아 놨다 이제 다 끝내려고",
]


@pytest.mark.parametrize("text", ACTIVE)
def test_active_ideation_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 2, lab
    assert lab["risk"] == "critical", lab


@pytest.mark.parametrize(("text", "risk"), PASSIVE)
def test_passive_wish(analyzer: LocalAnalyzer, text: str, risk: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] >= 1, lab
    assert _RANK[lab["risk"]] >= _RANK[risk], lab


@pytest.mark.parametrize(("text", "most"), BENIGN)
def test_everyday_twins(analyzer: LocalAnalyzer, text: str, most: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert _RANK[lab["risk"]] <= _RANK[most], lab


@pytest.mark.parametrize("text", EXCUSE_TAKEN_BACK)
def test_excuse_taken_back_still_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["risk"] == "critical"


@pytest.mark.parametrize(
    ("text", "pervasive"),
    [
        ("오늘은 컨디션이 괜찮어유", False),
        ("하늘이 맑네 그늘에서 쉬었어 마늘도 깠어", False),
        ("손님이 늘었어", False),
        ("늘 혼자 있어", True),
        ("요즘 늘 그래", True),
    ],
)
def test_always_is_not_today(text: str, pervasive: bool) -> None:
    """ "늘" (always) is not the 늘 of 오늘, 하늘, 그늘, 마늘 nor of 늘다 (d16s: today read as always)."""
    assert (lexicon.PERVASIVE.search("".join(text.split())) is not None) is pervasive


def test_light_passive_wish_with_a_good_day_is_high(analyzer: LocalAnalyzer) -> None:
    """A light passive wish, one guilt phrase and "today I am fine": SI 1 with depression below 2 (high)."""
    lab = analyzer.label("늙으믄 빨리 가야 허는디 자식들 고생시키구 이게 뭐여유 허허 그래두 오늘은 컨디션이 괜찮어유")
    assert lab["depression"] <= 1, lab
    assert lab["risk"] == "high", lab
