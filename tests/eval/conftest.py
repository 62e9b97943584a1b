"""Shared by the evaluation tests: the shipped local analyzer, loaded once with its statistical model."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer


@pytest.fixture(scope="session")
def analyzer() -> LocalAnalyzer:
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    assert analyzer.model_error is None, analyzer.model_error
    return analyzer
