"""Checks the screening mechanism tests (test_d19.py and later) share: a crisis is critical, a passive wish at least
high, an everyday twin at most the level it names and (``no_ideation_test``) with no ideation. One place, so that each
new module lists only its texts (``mechanism_tests``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}


def assert_critical(labels: dict[str, Any]) -> None:
    assert labels["suicidal_ideation"] == 2, labels
    assert labels["risk"] == "critical", labels


def assert_passive_at_least_high(labels: dict[str, Any]) -> None:
    assert labels["suicidal_ideation"] >= 1, labels
    assert RANK[labels["risk"]] >= RANK["high"], labels


def assert_at_most(labels: dict[str, Any], most: str) -> None:
    assert RANK[labels["risk"]] <= RANK[most], labels


def mechanism_tests(
    active: Sequence[str], passive: Sequence[str], benign: Sequence[tuple[str, str]]
) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """The three parametrized tests of a mechanism module, over its own texts; bind them to ``test_*`` names there."""

    @pytest.mark.parametrize("text", active)
    def test_active_ideation_is_critical(analyzer: Any, text: str) -> None:
        assert_critical(analyzer.label(text))

    @pytest.mark.parametrize("text", passive)
    def test_passive_wish_is_at_least_high(analyzer: Any, text: str) -> None:
        assert_passive_at_least_high(analyzer.label(text))

    @pytest.mark.parametrize(("text", "most"), benign)
    def test_everyday_twins(analyzer: Any, text: str, most: str) -> None:
        assert_at_most(analyzer.label(text), most)

    return test_active_ideation_is_critical, test_passive_wish_is_at_least_high, test_everyday_twins


def no_ideation_test(texts: Sequence[str]) -> Callable[..., None]:
    """A parametrized test that each everyday text comes out with no ideation at all (whatever its level: a review
    or another dimension may make it high); bind it to a ``test_*`` name in the module."""

    @pytest.mark.parametrize("text", texts)
    def test_everyday_has_no_ideation(analyzer: Any, text: str) -> None:
        labels = analyzer.label(text)
        assert labels["suicidal_ideation"] == 0, labels

    return test_everyday_has_no_ideation


def gate_cue_tests(everyday: Sequence[str], kept: Sequence[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    """The ideation gate's two checks of a mechanism module: no death cue in each everyday clause, a cue in each clause
    that keeps one (``ideation_gate.has_death_cue``); bind them to ``test_*`` names there."""
    from mhealth.adapters.local.ideation_gate import has_death_cue

    @pytest.mark.parametrize("text", everyday)
    def test_the_gate_reads_no_death_in_everyday_clauses(text: str) -> None:
        assert not has_death_cue(text)

    @pytest.mark.parametrize("text", kept)
    def test_the_gate_keeps_its_cues(text: str) -> None:
        assert has_death_cue(text)

    return test_the_gate_reads_no_death_in_everyday_clauses, test_the_gate_keeps_its_cues


def row_tests(cases: Sequence[tuple[str, str]]) -> Callable[..., None]:
    """Each (text, code): the crisis scan still finds ``code`` in ``text``; bind it to a ``test_*`` name."""
    from mhealth.domain.rules.safety.engine import scan

    @pytest.mark.parametrize(("text", "code"), cases)
    def test_the_rows_keep_their_crises(text: str, code: str) -> None:
        assert code in {hit.code for hit in scan(text)}, scan(text)

    return test_the_rows_keep_their_crises
