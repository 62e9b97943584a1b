"""d16m: a going negated is staying put, not a wish to go ("등산 안 가는 게 나아요"); the wish itself still reads."""

from __future__ import annotations

import pytest

from mhealth.domain.rules.safety import engine


def _codes(text: str) -> set[str]:
    return {hit.code for hit in engine.scan(text)}


@pytest.mark.parametrize("text", ["저 같은 사람은 등산 안 가는 게 나아요", "오늘은 비가 와서 못 가는 게 낫겠다"])
def test_a_negated_going_is_no_wish(text: str) -> None:
    assert "death_wish" not in _codes(text)


@pytest.mark.parametrize("text", ["나 같은 늙은이는 빨리 가는 게 나아", "이렇게 사느니 그냥 가는 게 낫지"])
def test_the_wish_to_go_still_reads(text: str) -> None:
    assert "death_wish" in _codes(text)


# A question about a wish to die, put to the elder by a caller (an automated one too), answered yes at once, is the
# elder's own; answered no, or with "네?" and a no, or told as over, it is nothing.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("AI: 혹시 요즘 죽고 싶다는 생각이 드신 적 있으세요? 어르신: 네 가끔 그래요", "passive"),
        ("상담원: 요즘 차라리 죽었으면 좋겠다 그런 생각 하신 적 있으세요? 어르신: 네 있어요 매일 밤 그래요", "passive"),
        ("AI: 혹시 스스로 목숨을 끊을 생각을 해보셨나요? 어르신: 응 몇 번 해봤어", "active"),
    ],
)
def test_a_screening_question_answered_yes_is_the_elders(text: str, kind: str) -> None:
    assert {hit.kind.value for hit in engine.scan(text) if hit.code == "endorsed_wish"} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "AI: 혹시 요즘 죽고 싶다는 생각이 드신 적 있으세요? 어르신: 아니요 그런 생각은 없어요",
        "AI: 혹시 요즘 죽고 싶다는 생각이 드신 적 있으세요? 어르신: 네? 아이고 없어요 없어",
        "AI: 죽고 싶다는 생각이 드세요? 어르신: 예전에는 그랬는데 지금은 괜찮아요",
        "AI: 죽고 싶다는 생각이 드세요? 어르신: 네 없어요 그런 거",
        "상담원: 식사는 하셨어요? 어르신: 네 먹었어요. 날이 추워 죽겠어요",
        # the speaker's own question about someone else, answered by the speaker
        "그 양반이 죽고 싶다 하더라고 왜 그런지 알아? 응 돈 때문이야",
    ],
)
def test_a_screening_question_answered_no_is_nothing(text: str) -> None:
    assert not [hit for hit in engine.scan(text) if hit.kind.value != "abuse"]


# d16m3: another's saying in Gyeongsang speech ("캐서": 카다 = 하다), and the wish as the measure of a time that was,
# told as over; the speaker's own saying and a time that is not over still read.
@pytest.mark.parametrize(
    "text",
    [
        "옆집 할배가 맨날 죽고 싶다 캐서 걱정이라",
        "죽고 싶을 만큼 힘든 때도 있었지만 다 지나갔어요",
        "죽고 싶은 날이 많았는데 이제는 손주 보는 낙으로 살아요",
    ],
)
def test_anothers_saying_and_a_time_that_was_are_no_wish(text: str) -> None:
    assert "death_wish" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "내가 맨날 죽고 싶다 캐서 애들이 걱정한다",
        "죽고 싶을 만큼 힘든 때가 있었는데 요즘 또 그래요",
        "죽고 싶은 날이 많았어요 지금도 그래요",
        "죽고 싶을 만큼 힘들어요",
    ],
)
def test_ones_own_saying_and_a_time_not_over_still_read(text: str) -> None:
    assert "death_wish" in _codes(text)
