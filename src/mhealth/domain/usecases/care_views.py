"""What a care team looks at: its seniors by urgency, and who is linked to a senior.

Read-only views over the persistence port for the web app (``/app``), scoped by the caller's
:class:`~mhealth.domain.rules.access.Actor` exactly as the ``/v1`` use cases are: a senior the actor may not
see is never read. Each view runs in one transaction with a bounded number of queries (no per-row lookups
beyond one per visible senior), so a page stays fast with 50 seniors and a year of daily check-ins.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.model import Alert, AlertStatus, RiskLevel, Role, Senior, User
from mhealth.domain.rules.access import Actor
from mhealth.domain.usecases.access import not_found_senior
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import UnitOfWork

MAX_SENIORS = 500
RECENT = timedelta(days=7)  # "last check-in" is looked for in this window first
LOOK_BACK = timedelta(days=90)  # then in this one, for the few seniors silent for a week


class SeniorSummary(msgspec.Struct, frozen=True, kw_only=True):
    """One line of "my seniors": the latest risk, the last check-in and the open alerts."""

    senior: Senior
    last_check_in_at: datetime | None
    latest_risk: RiskLevel | None
    open_alerts: int
    worst_open_alert: RiskLevel | None
    days_silent: int | None  # whole days since the last check-in (None: none in LOOK_BACK)

    def urgency(self) -> tuple[int, int, int, int]:
        """Larger is more urgent: the worst open alert, then how many, then the latest risk, then silence."""
        silent = self.days_silent if self.days_silent is not None else LOOK_BACK.days + 1
        return (
            self.worst_open_alert.rank + 1 if self.worst_open_alert is not None else 0,
            self.open_alerts,
            self.latest_risk.rank if self.latest_risk is not None else 0,
            min(silent, LOOK_BACK.days + 1),
        )


class TeamMember(msgspec.Struct, frozen=True, kw_only=True):
    """A person (or service client, with ``user`` None) linked to a senior."""

    principal_id: str
    user: User | None


class CareViews:
    """Read models for the care team's pages (one transaction per view)."""

    def __init__(self, *, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    async def overview(self, actor: Actor) -> list[SeniorSummary]:
        """The seniors ``actor`` may see, most urgent first (at most :data:`MAX_SENIORS`)."""
        now = self.clock.now()
        async with self.uow.begin() as tx:
            if actor.seniors is None:
                seniors = list((await tx.seniors.list(limit=MAX_SENIORS)).items)
            else:
                seniors = []
                for senior_id in sorted(actor.seniors)[: MAX_SENIORS + 1]:
                    found = await tx.seniors.get(senior_id)
                    if found is not None:
                        seniors.append(found)
            alerts = await tx.alerts.list(
                status=AlertStatus.OPEN, limit=MAX_SENIORS, senior_ids=[s.id for s in seniors]
            )
            open_by_senior: dict[str, list[Alert]] = {}
            for alert in alerts.items:
                open_by_senior.setdefault(alert.senior_id, []).append(alert)
            summaries = []
            end = now + timedelta(seconds=1)
            for senior in seniors:
                points = await tx.check_ins.score_points(senior.id, start=now - RECENT, end=end)
                if not points:
                    points = await tx.check_ins.score_points(senior.id, start=now - LOOK_BACK, end=now - RECENT)
                last = points[-1] if points else None
                mine = open_by_senior.get(senior.id, [])
                summaries.append(
                    SeniorSummary(
                        senior=senior,
                        last_check_in_at=last.at if last else None,
                        latest_risk=last.risk_level if last else None,
                        open_alerts=len(mine),
                        worst_open_alert=RiskLevel.highest(*(a.level for a in mine)) if mine else None,
                        days_silent=(now - last.at).days if last else None,
                    )
                )
        summaries.sort(key=lambda s: (tuple(-x for x in s.urgency()), s.senior.display_name, s.senior.id))
        return summaries

    async def team(self, senior_id: str) -> list[TeamMember]:
        """Who is linked to the senior (the caller's right to see the senior is checked by the caller)."""
        async with self.uow.begin() as tx:
            if await tx.seniors.get(senior_id) is None:
                raise not_found_senior()
            members = []
            for principal_id in await tx.links.principals_for(senior_id):
                members.append(TeamMember(principal_id=principal_id, user=await tx.users.get(principal_id)))
        return members

    async def device_accounts(self, senior_id: str) -> list[User]:
        """The active device accounts (senior role, linked) of a senior: what a device link signs in as."""
        return [
            m.user
            for m in await self.team(senior_id)
            if m.user is not None and m.user.role is Role.SENIOR and not m.user.disabled
        ]

    async def names(self, senior_ids: Iterable[str]) -> dict[str, str]:
        """Display names of these seniors (the caller has checked it may see them), in one transaction."""
        names: dict[str, str] = {}
        async with self.uow.begin() as tx:
            for senior_id in sorted(set(senior_ids)):
                senior = await tx.seniors.get(senior_id)
                if senior is not None:
                    names[senior_id] = senior.display_name
        return names

    async def emails(self, user_ids: Iterable[str]) -> dict[str, str]:
        """The e-mail addresses of these users (who acknowledged an alert), in one transaction."""
        found: dict[str, str] = {}
        async with self.uow.begin() as tx:
            for user_id in sorted(set(user_ids)):
                user = await tx.users.get(user_id)
                if user is not None:
                    found[user_id] = user.email
        return found

    async def users(self, user_ids: Iterable[str]) -> dict[str, User]:
        """These users (care-team members who are users), in one transaction; ids of no user are left out."""
        found: dict[str, User] = {}
        async with self.uow.begin() as tx:
            for user_id in sorted(set(user_ids)):
                user = await tx.users.get(user_id)
                if user is not None:
                    found[user_id] = user
        return found

    async def user(self, user_id: str) -> User | None:
        async with self.uow.begin() as tx:
            return await tx.users.get(user_id)
