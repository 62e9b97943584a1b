"""The gate in front of the statistical model's ideation head: words of death, dying, ending or leaving."""

from __future__ import annotations

import itertools

import pytest

from mhealth.adapters.local.ideation_gate import cue_clause, has_death_cue


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
