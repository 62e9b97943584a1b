"""Persistence ports: a unit of work that hands out repositories and commits all of them at once."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import Generic, TypeVar

import msgspec

from mhealth.domain.model import Alert, AlertStatus, CheckIn, PendingDelivery, Senior
from mhealth.ports.readiness import HasReadiness

T = TypeVar("T")


class Page(msgspec.Struct, Generic[T], frozen=True, kw_only=True):
    """One page of results; pass ``next_cursor`` back as ``after`` to get the next one."""

    items: tuple[T, ...]
    next_cursor: str | None = None


class SeniorRepository(ABC):
    @abstractmethod
    async def add(self, senior: Senior) -> None:
        """Store a new senior; an existing id raises :class:`~mhealth.domain.errors.Conflict`."""

    @abstractmethod
    async def get(self, senior_id: str) -> Senior | None:
        """The senior, or None."""

    @abstractmethod
    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        """Seniors ordered by id."""

    @abstractmethod
    async def delete(self, senior_id: str) -> bool:
        """Remove the senior and everything stored about them; True when something was removed."""


class CheckInRepository(ABC):
    """Check-ins with their recording metadata, transcript and assessment (stored together)."""

    @abstractmethod
    async def add(self, check_in: CheckIn) -> None:
        """Store a check-in; an existing id or idempotency key raises ``Conflict``."""

    @abstractmethod
    async def get(self, check_in_id: str) -> CheckIn | None:
        """The check-in, or None."""

    @abstractmethod
    async def get_by_assessment(self, assessment_id: str) -> CheckIn | None:
        """The check-in holding this assessment, or None."""

    @abstractmethod
    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        """A senior's check-ins with ``start <= created_at < end``, oldest first, paginated."""

    @abstractmethod
    async def find_by_idempotency_key(self, senior_id: str, key: str) -> CheckIn | None:
        """The check-in this senior created with ``key``, or None."""

    @abstractmethod
    async def find_recent_by_sha256(self, senior_id: str, sha256: str, since: datetime) -> CheckIn | None:
        """This senior's most recent check-in of the same audio created at or after ``since``."""

    @abstractmethod
    async def blob_keys_in_use(self) -> set[str]:
        """Every blob key a stored recording refers to (for the orphan sweep)."""


class AlertRepository(ABC):
    @abstractmethod
    async def add(self, alert: Alert) -> None:
        """Store a new alert."""

    @abstractmethod
    async def get(self, alert_id: str) -> Alert | None:
        """The alert, or None."""

    @abstractmethod
    async def update(self, alert: Alert) -> None:
        """Replace a stored alert (acknowledgement); a missing id raises ``NotFound``."""

    @abstractmethod
    async def list(
        self,
        *,
        senior_id: str | None = None,
        status: AlertStatus | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[Alert]:
        """Alerts, newest first, optionally for one senior and one status."""

    @abstractmethod
    async def recent_for_senior(self, senior_id: str, since: datetime) -> Sequence[Alert]:
        """A senior's alerts created at or after ``since`` (for the cooldown)."""


class OutboxRepository(ABC):
    """Deliveries to sinks (analytics, notifier) written in the check-in's transaction."""

    @abstractmethod
    async def add(self, delivery: PendingDelivery) -> None:
        """Queue a delivery."""

    @abstractmethod
    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        """Deliveries whose ``next_attempt_at`` has come, oldest first."""

    @abstractmethod
    async def done(self, delivery_id: str) -> None:
        """Remove a delivered item."""

    @abstractmethod
    async def retry_later(self, delivery_id: str, *, error: str, next_attempt_at: datetime) -> None:
        """Count a failed attempt and schedule the next one."""


class UnitOfWork(HasReadiness, ABC):
    """One transaction over every repository.

    Use as ``async with uow.begin() as tx: ...; await tx.commit()``. Leaving the block without
    ``commit`` rolls back: nothing written inside it remains.
    """

    @abstractmethod
    def begin(self) -> Transaction:
        """A new transaction (an async context manager)."""


class Transaction(ABC):
    seniors: SeniorRepository
    check_ins: CheckInRepository
    alerts: AlertRepository
    outbox: OutboxRepository

    @abstractmethod
    async def commit(self) -> None:
        """Make every write of this transaction durable, all or nothing."""

    @abstractmethod
    async def rollback(self) -> None:
        """Discard every write of this transaction."""

    async def __aenter__(self) -> Transaction:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.rollback()
