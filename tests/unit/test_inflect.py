"""Lemma -> surface stems: the lexicon names 슬프다 once and matches every form of it."""

from __future__ import annotations

import re

import pytest

from mhealth.adapters.local.inflect import expand, stems

TABLE = {
    "슬프다": {"슬프", "슬퍼", "슬펐", "슬픈", "슬플", "슬픔", "슬픕"},  # ㅡ drops, 어 after ㅡ
    "아프다": {"아프", "아파", "아팠", "아픈", "아플", "아픔", "아픕"},  # ㅡ drops, 아 after ㅏ
    "외롭다": {"외롭", "외로워", "외로웠", "외로운", "외로울", "외로움", "외로우"},  # ㅂ-irregular
    "돕다": {"돕", "도와", "도왔", "도운", "도울", "도움", "도우"},  # ㅂ-irregular with 와
    "힘들다": {"힘들", "힘드", "힘든", "힘듭", "힘듦"},  # ㄹ drops
    "모르다": {"모르", "몰라", "몰랐", "모른", "모를", "모름", "모릅"},  # 르-irregular
    "지치다": {"지치", "지쳐", "지쳤", "지친", "지칠", "지침", "지칩"},  # contraction
    "우울하다": {"우울하", "우울해", "우울했", "우울한", "우울할", "우울함", "우울합", "우울하여"},
    "싫다": {"싫"},  # consonant-final regular stem: every form starts with it
}


@pytest.mark.parametrize("lemma", sorted(TABLE))
def test_every_surface_stem_of_a_lemma(lemma: str) -> None:
    assert set(stems(lemma)) == TABLE[lemma]


def test_an_ambiguous_stem_takes_its_class_by_name() -> None:
    assert set(stems("좁다", "regular")) == {"좁"}
    assert "좁아" not in stems("좁다", "regular")


@pytest.mark.parametrize("text", ["슬프다", "슬프고", "슬픈 날", "슬펐어", "슬퍼요", "슬픔이", "너무 슬픕니다"])
def test_an_expanded_pattern_matches_every_inflection(text: str) -> None:
    assert re.search(expand("{슬프다}"), text.replace(" ", ""))


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        stems("sad")
    with pytest.raises(ValueError):
        stems("슬프다", "nonsense")
