"""A fixed, steppable clock for tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from mhealth.domain.errors import InvariantViolation
from mhealth.ports.clock import Clock


class FixedClock(Clock):
    """Always answers ``current``; ``advance`` moves it."""

    def __init__(self, current: datetime) -> None:
        if current.tzinfo is None:
            raise InvariantViolation("FixedClock needs a timezone-aware datetime", field="current")
        self.current = current

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta
