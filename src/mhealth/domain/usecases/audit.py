"""The audit trail: who read or changed what, queried by the people allowed to see it."""

from __future__ import annotations

from datetime import datetime

from mhealth.domain.model import (
    AuditEntry,
    AuditOutcome,
    new_id,
)
from mhealth.domain.usecases.access import page_limit
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import Page, UnitOfWork


class AuditTrail:
    """The append-only audit log: every read and write of a senior's data, denials and failed sign-ins."""

    def __init__(self, *, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    async def record(
        self,
        *,
        actor: str,
        actor_role: str,
        action: str,
        resource_type: str,
        resource_id: str | None = None,
        senior_id: str | None = None,
        outcome: AuditOutcome,
        client_ip: str | None = None,
        request_id: str | None = None,
    ) -> AuditEntry:
        entry = AuditEntry(
            id=new_id(),
            at=self.clock.now(),
            actor=actor[:64] or "anonymous",
            actor_role=actor_role,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id[:64] if resource_id else None,
            senior_id=senior_id[:64] if senior_id else None,
            outcome=outcome,
            client_ip=client_ip[:64] if client_ip else None,
            request_id=request_id[:64] if request_id else None,
        )
        async with self.uow.begin() as tx:
            await tx.audit.append(entry)
            await tx.commit()
        return entry

    async def query(
        self,
        *,
        senior_id: str | None = None,
        actor: str | None = None,
        since: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[AuditEntry]:
        async with self.uow.begin() as tx:
            return await tx.audit.query(
                senior_id=senior_id, actor=actor, since=since, limit=page_limit(limit), after=after
            )
