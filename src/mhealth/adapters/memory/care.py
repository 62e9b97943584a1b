"""In-memory care repositories (care teams, schedules, missed check-ins), part of the in-memory unit of work.

Each works on the transaction's working copy of the store (dicts handed in by
:class:`~mhealth.adapters.memory.repositories.InMemoryUnitOfWork`); transactions there take turns, so a claim
is exclusive by construction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.errors import NotFound
from mhealth.domain.model import CareTeam, MissedCheckIn, Schedule, Senior
from mhealth.ports.care import CareTeamRepository, MissedCheckInRepository, ScheduleRepository


class InMemoryCareTeamRepository(CareTeamRepository):
    def __init__(self, teams: dict[str, CareTeam], seniors: Mapping[str, Senior]) -> None:
        self._teams = teams
        self._seniors = seniors

    async def get(self, senior_id: str) -> CareTeam | None:
        return self._teams.get(senior_id)

    async def put(self, team: CareTeam) -> None:
        if team.senior_id not in self._seniors:
            raise NotFound(f"senior {team.senior_id} does not exist")
        self._teams[team.senior_id] = team

    async def delete(self, senior_id: str) -> bool:
        return self._teams.pop(senior_id, None) is not None


class InMemoryScheduleRepository(ScheduleRepository):
    def __init__(self, schedules: dict[str, Schedule], seniors: Mapping[str, Senior]) -> None:
        self._schedules = schedules
        self._seniors = seniors

    async def get(self, senior_id: str) -> Schedule | None:
        return self._schedules.get(senior_id)

    async def put(self, schedule: Schedule) -> None:
        if schedule.senior_id not in self._seniors:
            raise NotFound(f"senior {schedule.senior_id} does not exist")
        self._schedules[schedule.senior_id] = schedule

    async def delete(self, senior_id: str) -> bool:
        return self._schedules.pop(senior_id, None) is not None

    async def claim_due(self, now: datetime, *, limit: int = 50) -> Sequence[Schedule]:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        due = [
            s
            for s in self._schedules.values()
            if s.senior_id in self._seniors
            and (s.checked_until is None or s.checked_until + timedelta(minutes=s.grace_minutes) <= now)
        ]
        # Never-checked first, then the oldest watermark (as SQL orders NULL first), then by senior id.
        due.sort(key=lambda s: (s.checked_until is not None, s.checked_until or now, s.senior_id))
        return due[:limit]

    async def advance(self, senior_id: str, checked_until: datetime) -> None:
        current = self._schedules.get(senior_id)
        if current is None:
            raise NotFound(f"schedule of senior {senior_id} does not exist")
        if current.checked_until is None or checked_until > current.checked_until:
            self._schedules[senior_id] = msgspec.structs.replace(current, checked_until=checked_until)


class InMemoryMissedCheckInRepository(MissedCheckInRepository):
    def __init__(self, missed: dict[tuple[str, datetime], MissedCheckIn], seniors: Mapping[str, Senior]) -> None:
        self._missed = missed
        self._seniors = seniors

    async def add(self, missed: MissedCheckIn) -> bool:
        if missed.senior_id not in self._seniors:
            raise NotFound(f"senior {missed.senior_id} does not exist")
        key = (missed.senior_id, missed.slot_at)
        if key in self._missed:
            return False
        self._missed[key] = missed
        return True

    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 500,
        newest_first: bool = False,
    ) -> Sequence[MissedCheckIn]:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        items = sorted(
            (
                m
                for (sid, at), m in self._missed.items()
                if sid == senior_id and (start is None or at >= start) and (end is None or at < end)
            ),
            key=lambda m: m.slot_at,
            reverse=newest_first,
        )
        return items[:limit]


def forget_senior(
    senior_id: str,
    teams: dict[str, CareTeam],
    schedules: dict[str, Schedule],
    missed: dict[tuple[str, datetime], MissedCheckIn],
) -> None:
    """Erase everything care stores about a senior (called when the senior is erased)."""
    teams.pop(senior_id, None)
    schedules.pop(senior_id, None)
    for key in [k for k in missed if k[0] == senior_id]:
        del missed[key]
