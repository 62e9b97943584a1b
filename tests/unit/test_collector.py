"""The serving process's collector set-up: start-up's objects frozen, the young threshold raised."""

from __future__ import annotations

import gc

from mhealth.entrypoints.http.collector import YOUNG_THRESHOLD, tune_for_serving


def test_tune_for_serving_freezes_start_up_and_raises_the_young_threshold() -> None:
    before = gc.get_threshold()
    try:
        tune_for_serving()
        assert gc.get_freeze_count() > 0
        young, middle, old = gc.get_threshold()
        assert (young, middle, old) == (YOUNG_THRESHOLD, before[1], before[2])
        garbage: list[object] = []
        garbage.append(garbage)  # a cycle made after the freeze is still collected
        del garbage
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
