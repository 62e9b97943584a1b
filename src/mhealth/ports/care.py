"""Persistence ports of care: a senior's care team, check-in schedule and missed check-ins.

They are handed out by the unit of work (``tx.care_teams``, ``tx.schedules``, ``tx.missed_check_ins``), so
that a schedule check records its missed slots, raises its alert and moves its watermark in one transaction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import datetime

from mhealth.domain.model import CareTeam, MissedCheckIn, Schedule


class CareTeamRepository(ABC):
    """One ordered care team per senior, replaced whole."""

    @abstractmethod
    async def get(self, senior_id: str) -> CareTeam | None:
        """The senior's care team exactly as stored (member order kept), or None when none was set."""

    @abstractmethod
    async def put(self, team: CareTeam) -> None:
        """Insert or replace the team of ``team.senior_id``; a senior that does not exist raises ``NotFound``."""

    @abstractmethod
    async def delete(self, senior_id: str) -> bool:
        """Remove the senior's team; True when there was one."""


class ScheduleRepository(ABC):
    """One weekly check-in schedule per senior, with the watermark of the slots already evaluated."""

    @abstractmethod
    async def get(self, senior_id: str) -> Schedule | None:
        """The senior's schedule, or None."""

    @abstractmethod
    async def put(self, schedule: Schedule) -> None:
        """Insert or replace the schedule of ``schedule.senior_id`` (``checked_until`` included, as given); a
        senior that does not exist raises ``NotFound``."""

    @abstractmethod
    async def delete(self, senior_id: str) -> bool:
        """Remove the senior's schedule; True when there was one."""

    @abstractmethod
    async def claim_due(self, now: datetime, *, limit: int = 50) -> Sequence[Schedule]:
        """Schedules due for a check: never checked (``checked_until`` None), or whose watermark's grace window
        has closed (``checked_until + grace_minutes <= now``); oldest watermark first, at most ``limit``, each
        held by this transaction until it ends.

        The watermark is the earliest slot not yet judged, so a schedule comes due once per slot, when that
        slot's grace window closes. Two transactions at once never get the same schedule: on MySQL/MariaDB the
        rows are locked with ``SELECT ... FOR UPDATE SKIP LOCKED`` (a schedule another transaction holds is
        skipped, not waited for); on SQLite and in memory, transactions take turns (one writer at a time).
        """

    @abstractmethod
    async def advance(self, senior_id: str, checked_until: datetime) -> None:
        """Move the schedule's watermark to ``checked_until`` (never backwards: an earlier instant is ignored);
        a missing schedule raises ``NotFound``."""


class MissedCheckInRepository(ABC):
    """Scheduled slots that passed with no check-in: one record per senior and slot, ever."""

    @abstractmethod
    async def add(self, missed: MissedCheckIn) -> bool:
        """Record a missed slot; False (and nothing changed) when this senior's slot is already recorded.

        The caller's transaction stays usable either way.
        """

    @abstractmethod
    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 500,
        newest_first: bool = False,
    ) -> Sequence[MissedCheckIn]:
        """A senior's missed slots with ``start <= slot_at < end``, ordered by ``slot_at`` (oldest first, or
        newest first), at most ``limit``."""
