"""d16p: what older people type into a counselling or emotional-support chat (plain written Korean, 1-3 sentences,
ㅠㅠ, missing spaces): the wish for it all to end, to vanish, to be better off gone, no reason or meaning to live,
praying not to wake, wanting to go beside the one who died. Each family is pinned in several wordings (endings,
politeness, spacing, 저/나/제가/내가) next to everyday twins that share its surface words (a chore, the rainy season
or a surgery that should end, a lost object, an object better gone, embarrassment, a drama, a grave visited)."""

from __future__ import annotations

import pytest

from mhealth.domain.rules.safety.engine import scan

IDEATION = {"active", "passive"}


def kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan(text)}


CRISES = [
    # the wish for it all to end
    "이 나이에 무슨 희망이 있겠어. 그냥 하루빨리 끝났으면 좋겠다.",
    "요즘은 그냥 다 끝났으면 좋겠어요ㅠㅠ",
    "빨리 이 모든게 끝났으면ㅠㅠ 너무 외롭고 힘들어요",
    "그냥여기서끝났으면좋겠네요 아무 의미도 없고",
    "내 인생 여기서 끝났으면 좋겠어.",
    "저는 여기서 끝내고 싶습니다. 더는 못 버티겠어요.",
    "모든 걸 그만 끝내고 싶어요",
    # the wish to vanish
    "아무도 나를 필요로 하지 않아. 사라져 버리고 싶어.",
    "연기처럼 사라져버렸으면 좋겠네요",
    "어디론가 증발해버리고 싶어요.",
    "저는 그냥 증발하고 싶어요ㅠㅠ",
    "힘들어서 그냥 없어져 버리고 싶다",
    "너무 힘들어서 그냥 다 끝났으면 좋겠다",
    # better off gone
    "나 같은 건 세상에 없는 편이 나아.",
    "제가 없는 편이 가족들에게 나을 것 같아요.",
    "짐만 되는 나는 없는 것이 낫겠지요.",
    "내가 사라지는 편이 모두에게 좋을 거예요.",
    "저같은건 차라리 없어지는게 나아요",
    # no reason or meaning to live
    "사는 의미가 없어요. 하루하루 버티는 것도 지쳐요.",
    "이제 살아야 할 이유를 모르겠어요.",
    "나는 더 살 이유가 하나도 없어",
    # praying not to wake
    "밤에 잘 때마다 내일 아침 눈 안 뜨게 해달라고 빌어요.",
    "하느님 자다가 안 깨게 해 주세요",
    # going beside the one who died
    "먼저 떠난 아들 곁에 가고싶네요",
    "돌아가신 엄마 곁으로 가고 싶어요ㅠㅠ",
]

TWINS = [
    # a chore, the season, a surgery, a drama that should end
    "장마가 빨리 끝났으면 좋겠다. 빨래가 안 말라.",
    "수술이 무사히 끝났으면 좋겠어요.",
    "김장 빨리 끝내고 싶어요 허리가 아파서ㅠㅠ",
    "이 드라마 여기서 끝났으면 좋겠네",
    "오늘 일은 여기서 끝내고 내일 하자.",
    "코로나가 빨리 끝났으면 좋겠어요",
    "병원 검사가 다 끝났으면 좋겠네요 기다리기 지겨워",
    "공사가 그만 끝났으면 좋겠어 시끄러워서",
    "이 얘기는 여기서 그만 끝내고 싶어요",
    "끝나면 좋을 줄 알았는데.",
    # things that vanish; embarrassment
    "리모컨이 없어졌어 아침부터 찾는 중",
    "뱃살이 흔적도 없이 사라졌으면ㅋㅋ",
    "고민이 다 없어져 버렸으면 좋겠네요",
    "통증이 싹 사라져 버렸으면 좋겠어요",
    "사라지고 싶을 만큼 창피했어요 손주 결혼식에서 넘어져서",
    "너무 창피해서 사라지고 싶었어요ㅎㅎ",
    "너무 창피해서 쥐구멍에라도 숨고 싶었어요",
    "드라마 주인공이 사라지고 싶다고 하더라",
    # an object, a habit better gone
    "그 낡은 소파는 없는 게 나아요. 자리만 차지해.",
    "고양이 털 때문에 카펫은 없는 편이 낫겠어",
    "친구가 나 같은 건 없는 게 낫다고 했다는 드라마 봤어",
    "제가 없는 편이 회의가 빨리 끝나요",
    # meaning found; a reason to live
    "손주 보는 게 요즘 사는 이유예요.",
    "사는 의미를 찾았어요 봉사활동 하면서",
    # sleep
    "손주가 안 깨게 해 주세요 겨우 재웠거든",
    "푹 자고 싶어요 아침까지 안 깨면 좋겠네",
    # the departed: a grave visited, a move
    "먼저 간 남편 산소에 가고 싶어요 추석에.",
    "아들 있는 곳으로 가고 싶어요 서울로 이사해서",
]


@pytest.mark.parametrize("text", CRISES)
def test_d16p_typed_crises_are_read(text: str) -> None:
    assert kinds(text) & IDEATION, text


@pytest.mark.parametrize("text", TWINS)
def test_d16p_everyday_twins_are_not(text: str) -> None:
    assert not kinds(text) & IDEATION, scan(text)
