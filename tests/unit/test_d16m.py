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
