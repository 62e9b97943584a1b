"""Look-alikes from real people's words (tests/eval/real/chatbot_data.jsonl, kote_dev.jsonl) that the floor used to
call a crisis, each next to the elder's crisis phrasing it resembles, which must still fire (fixed by context, no rule
deleted)."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.ideation_gate import has_death_cue
from mhealth.domain.rules.safety.engine import scan

QUIET = [
    # "가는 게 낫/좋" after a destination or a question of where: travel, not the euphemism for dying
    "대학 가는 게 낫지?",
    "대학원 가는게 좋을 것 같아",
    "썸인데 어디 가는게 좋음?",
    "첫데이트 어디로 가는게 좋을까?",
    "짝녀에게 다가가려면 짝녀의 친구에게 먼저 다가가는게 나을까?",
    # a thing wished away
    "시험 없어졌으면 좋겠다",
    # a last goodbye paid to someone else, a sweetheart's goodbye, a plan that failed
    "오늘 마지막 인사를 하러가네",
    "오늘 마지막 인사하러 갑니다.",
    "내 마음에 마지막 인사",
    "마지막으로 얼굴보고 정리하려했는데 그게 안돼.",
    # ending a relationship
    "지독하고 질긴 인연을 끝내려고 해",
    "많이 좋아했는데 이젠 끝내야겠지.",
    "애매모호한 썸 그냥 끝낼까?",
    # wanting to give a present
    "남자친구에게 시계 선물해주고싶은데 어느 브랜드가 좋을까?",
    # kote_dev (online comments): a fear that something drops, boarding a train, a portion too big to eat at once,
    # a household one does not want
    "지 지역구에서 민심 떨어질까봐 여론 돌릴려고 하는거임",
    "퇴근 할쯤에 기차에 몸을 실으실듯하네요",
    "한꺼번에 먹을수없기에 다시 냉동실에 넣어뒀어요",
    "당신과 살고싶지 않다고 남편한테 말을 해",
    # (d46: 나가다 read as "나 가면" once the spaces are gone, kote_dev's bottled corn-silk tea taken out)
    "운동하러 나갈때 하나씩 가지고 나가면 편하고 좋습니다.",
    "밖에 나가야 속편하지 집에만 있으면 답답해",
]

STILL_CRISIS = [
    ("그냥 가는 게 낫지", "death_wish"),
    ("나 같은 건 빨리 가는 게 나아", "death_wish"),
    ("아이고 이래 살 바에야 고마 가는 기 낫지", "death_wish"),
    ("나 없어졌으면 좋겠다", "no_reason_to_live"),
    ("애들한테 마지막 인사 하고 싶어", "farewell"),
    ("이제 다 끝낼 거야", "timing"),
    ("내일 해 뜨기 전에 다 끝낼 거야 애들한테 미안하다고만 전해 줘", "timing"),
    ("이제 그만 끝내고 싶다", "timing"),
    ("반지는 손녀한테 다 나눠 줬어", "preparation_giving"),
    ("영감 따라 가는 게 낫지", "join_the_dead"),
    ("옥상에서 떨어질까 싶어", "means_jump"),
    ("기차에 몸을 던질까", "means_other"),
    ("약을 한꺼번에 먹어버릴까", "means_pills"),
    ("혼자 이렇게 살고 싶지 않아", "no_reason_to_live"),
    ("나 가면 다들 편하지 뭐", "death_wish"),
    ("나 없으면 애들이 편할 거야", "death_wish"),
    ("아프기도 하고 살고 싶지 않아", "no_reason_to_live"),
]


@pytest.mark.parametrize("text", QUIET)
def test_real_look_alikes_are_quiet(text: str) -> None:
    assert [h.code for h in scan(text)] == []


@pytest.mark.parametrize(("text", "code"), STILL_CRISIS)
def test_the_crisis_phrasing_they_resemble_still_fires(text: str, code: str) -> None:
    assert code in [h.code for h in scan(text)]


def test_a_row_guard_before_a_hit_is_anchored_at_the_hit_whatever_its_alternatives() -> None:
    """A ``not_before`` with several alternatives must end right before the hit in each of them: "내일" holds
    "일" (a chore before "끝낼 거야"), but "내일 해 뜨기 전에 다 끝낼 거야" is not a chore ended."""
    assert "timing" in [h.code for h in scan("내일 해 뜨기 전에 다 끝낼 거야")]
    assert "timing" not in [h.code for h in scan("숙제를 오늘 안에 끝낼 거야")]


def test_the_ideation_gate_reads_unseen_as_nobody_knowing_not_as_without_noticing() -> None:
    assert not has_death_cue("나도 모르게 니 생각을 하고 있어")
    assert has_death_cue("아무도 모르게 조용히 갈 거야")
