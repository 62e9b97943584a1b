"""d25d (docs/clinical-rules.md, "d25d"): blind_long31's and blind_long33's misses, read after their first figures, as
mechanisms with their everyday twins.

Insulin stopped ("그것도 … 안 맞았어", asked about by the nurse) as "the quietest way … let it stop by itself"; the
leftover pesticide kept "for a use of my own" with the farm handed on and "그동안 욕봤다"; the late wife told to wait,
"not long now"; a passive wish in a severely depressed long check-in is not declined as uncorroborated. Everyday: the
leftover kept for next year's spraying, a box kept for the kimchi, thanks with a visit next week, a dose missed by
forgetting, a grandchild told to wait; a husband's habitual "빨리 죽어야지" announced as "맨날 하는 소리가".
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    "인슐린 한 열흘 안 맞았어 이렇게 하는 게 제일 조용하겠더라고 알아서 멈추게 두는 거지",
    "간호사: 인슐린은요? 어르신: 그것도 한 열흘 됐나, 안 맞았어. 내가 생각을 해 봤는데 "
    "이렇게 하는 게 제일 조용하겠더라고.",
    "작년에 치고 남은 약 한 병은 내가 갖고 있을 끼고. 놔뚜라 그건 내가 쓸 데가 있다. 그동안 욕봤다 고맙데이.",
]

PASSIVE = [
    "할매가 꿈에 나와가 기다리라 캤다. 인자 오래 안 기다리게 할 끼다.",
]

EVERYDAY = [
    ("작년에 치고 남은 약 한 병은 내가 갖고 있을 끼고 내년에 또 칠 거다", "low"),
    ("놔뚜라 그 상자는 내가 쓸 데가 있다 김장할 때", "low"),
    ("그동안 우리 집 드나든다고 욕봤다 다음 주에도 온나", "low"),
    ("손주야 기다리라 캤다 할매가 금방 갈게 오래 안 기다리게 할게", "low"),
    ("나가 잘 살아이서사 손지 나아서 오믄 바당에 데려가주", "high"),  # no ideation; the model's review band at most
    ("그 양반은 태평하다. 맨날 하는 소리가 내사 마 살 만큼 살았다, 빨리 죽어야지 카면서 밥은 두 그릇씩 묵는다.", "low"),
]

test_active_is_critical, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests(ACTIVE, PASSIVE, EVERYDAY)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


#: a long AI call (over UNCORROBORATED_MIN_CHARS): days without food, bed-bound, crying all day, and the nightly prayer
#: not to wake; the plan denied
_LONG_DEPRESSED_CALL = [
    "AI: 안녕하세요 어르신, 복지관 돌봄 전화입니다. 오늘 날씨가 많이 춥죠?",
    "어르신: 네 춥네요. 창밖에 눈이 조금 와요.",
    "AI: 난방은 잘 되세요? 보일러는 괜찮으세요?",
    "어르신: 보일러는 돌아가요. 지난달에 아들이 고쳐 줬어요.",
    "AI: 다행이네요. 요즘 식사는 하셨어요?",
    "어르신: 아니요. 사흘째 아무것도 못 먹었어요. 입에 넣어도 안 넘어가요.",
    "AI: 요즘 하루를 어떻게 보내세요?",
    "어르신: 그냥 누워만 있어요. 씻지도 않고요. 일어날 기운이 없어요.",
    "AI: 텔레비전은 보세요? 예전에 가요무대 좋아하셨잖아요.",
    "어르신: 안 봐요. 켜도 무슨 소린지 모르겠어요.",
    "AI: 지난 2주 동안 우울하거나 희망이 없다고 느끼신 날이 얼마나 되세요?",
    "어르신: 매일이요. 하루 종일 울어요. 울다 자고 울다 깨고.",
    "AI: 많이 힘드시겠어요. 혹시 세상을 떠나고 싶다는 생각이 드신 적이 있으세요?",
    "어르신: 매일 밤 자기 전에 빌어요. 내일 아침에는 눈 안 뜨게 해 달라고. 근데 아침 되면 또 눈이 떠져요.",
    "AI: 그런 생각을 행동으로 옮길 계획이 있으신가요?",
    "어르신: 그런 건 없어요. 그럴 기운도 없어요.",
    "AI: 병원 약은 잘 드시고 계세요?",
    "어르신: 혈압약은 먹어요. 약은 아직 남았어요. 다음 주에 병원 가야 하는데 못 갈 것 같아요.",
    "AI: 말씀해 주셔서 고맙습니다. 오늘 주민센터 담당자분이 댁으로 방문하도록 연결해 드려도 될까요?",
    "어르신: 그러세요. 딸은 부산에 살아서 자주 못 와요. 손주가 올해 고등학교 들어갔어요.",
]


def test_a_severely_depressed_long_check_in_keeps_its_passive_wish(analyzer: LocalAnalyzer) -> None:
    # SI 1 with depression 3: critical, not declined to a review
    text = "\n".join(_LONG_DEPRESSED_CALL)
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] >= 1, labels
    assert labels["risk"] == "critical", labels


def test_without_the_mood_the_wish_would_be_declined(analyzer: LocalAnalyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    # the corroboration switched off, the same transcript's wish is declined (to a review at high): the test above
    # exercises the corroboration, not some other path
    from mhealth.adapters.local import analyzer as module

    monkeypatch.setattr(module, "_CORROBORATING_DEPRESSION", 9)
    text = "\n".join(_LONG_DEPRESSED_CALL)
    assert len(text) >= module.UNCORROBORATED_MIN_CHARS
    assert analyzer.assess(text).safety.declined == ("not_wake_up",)
