"""Shared fixtures of the unit tests."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer


@pytest.fixture(scope="module")
def analyzer() -> LocalAnalyzer:
    """The local analyzer with its morphology and model loaded (one per test module, as each module had its own)."""
    local = LocalAnalyzer()
    assert local.wait_until_loaded(timeout=60)
    return local
