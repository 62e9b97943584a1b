"""Checks the screening mechanism tests (test_d19.py and later) share: a crisis is critical, a passive wish at least
high, an everyday twin at most the level it names. One place, so that each new module lists only its texts."""

from __future__ import annotations

from typing import Any

RANK = {"low": 0, "moderate": 1, "high": 2, "critical": 3}


def assert_critical(labels: dict[str, Any]) -> None:
    assert labels["suicidal_ideation"] == 2, labels
    assert labels["risk"] == "critical", labels


def assert_passive_at_least_high(labels: dict[str, Any]) -> None:
    assert labels["suicidal_ideation"] >= 1, labels
    assert RANK[labels["risk"]] >= RANK["high"], labels


def assert_at_most(labels: dict[str, Any], most: str) -> None:
    assert RANK[labels["risk"]] <= RANK[most], labels
