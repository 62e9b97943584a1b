"""Persistence ports: a unit of work that hands out repositories and commits all of them at once."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from types import TracebackType
from typing import Generic, TypeVar

import msgspec

from mhealth.domain.model import (
    AccessLink,
    Alert,
    AlertStatus,
    AuditEntry,
    CheckIn,
    ConsentRecord,
    ConsentScope,
    DeliveryAttempt,
    Job,
    JobStatus,
    LoginFailures,
    PendingDelivery,
    Recording,
    RefreshToken,
    Senior,
    ServiceClient,
    User,
)
from mhealth.domain.rules.trend import ScorePoint
from mhealth.ports.care import CareTeamRepository, MissedCheckInRepository, ScheduleRepository
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
    async def get(self, senior_id: str, *, for_update: bool = False) -> Senior | None:
        """The senior, or None.

        ``for_update``: hold the senior's row until this transaction ends, so that writers for one senior
        take turns instead of racing. (Check-ins no longer take it: their idempotency rests on the unique
        (senior, key) index, and two check-ins of one senior at the same moment may both alert within the
        cooldown — a duplicate alert, never a missed one.)
        """

    @abstractmethod
    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        """Seniors ordered by id."""

    @abstractmethod
    async def delete(self, senior_id: str) -> bool:
        """Remove the senior and everything stored about them; True when something was removed.

        Everything: check-ins, recordings' metadata, transcripts, assessments, alerts, their outbox rows,
        access links, consent records, care team, schedule and missed check-ins. Audit entries stay (they
        hold ids and codes only). Blobs are the caller's: read :meth:`CheckInRepository.blob_keys_for_senior`
        first.
        """

    @abstractmethod
    async def update(self, senior: Senior) -> None:
        """Replace a stored senior; a missing id raises ``NotFound``."""


class CheckInRepository(ABC):
    """Check-ins with their recording metadata, transcript and assessment (stored together)."""

    @abstractmethod
    async def add(self, check_in: CheckIn, *, deferred: bool = False) -> None:
        """Store a check-in; an existing id or (senior, idempotency key) raises ``Conflict``, an unknown
        senior ``NotFound``; nothing is stored then and the transaction stays usable. With a key another
        open transaction has just stored, the insert waits for that one to end (bounded), then conflicts or
        goes in: the unique key is what makes racing requests with one key store one check-in.

        ``deferred``: for a caller that rolls the whole transaction back on any failure (the check-in use case).
        The store may then send the insert with the transaction's next statement or with its commit, without
        what keeps the transaction usable after a failed insert (SQL: no savepoint, no thread hop of its own):
        ``Conflict`` and ``NotFound`` may then be raised by that next call instead, and only a rollback may
        follow them. What is stored, and the waiting on a racing key, are the same."""

    @abstractmethod
    async def get(self, check_in_id: str, *, senior_ids: Collection[str] | None = None) -> CheckIn | None:
        """The check-in, or None; with ``senior_ids`` (what a caller may see; None: everyone) also None when
        it belongs to another senior. One lookup either way: whether a hidden check-in exists must not
        show in how long the answer takes."""

    @abstractmethod
    async def get_by_assessment(
        self, assessment_id: str, *, senior_ids: Collection[str] | None = None
    ) -> CheckIn | None:
        """The check-in holding this assessment, or None (``senior_ids`` as in :meth:`get`)."""

    @abstractmethod
    async def senior_of(self, *, check_in_id: str | None = None, assessment_id: str | None = None) -> str | None:
        """The senior of the check-in (or of the check-in holding the assessment), or None: one cheap lookup,
        so that telling a hidden item from a missing one costs the same whatever the answer."""

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
        """A senior's check-ins with ``start <= created_at < end``, ordered by ``(created_at, id)``, paginated
        (``after``: the id of the last item of the previous page)."""

    @abstractmethod
    async def find_by_idempotency_key(self, senior_id: str, key: str) -> CheckIn | None:
        """The check-in this senior created with ``key``, or None."""

    @abstractmethod
    async def find_recent_by_sha256(self, senior_id: str, sha256: str, since: datetime) -> CheckIn | None:
        """This senior's most recent check-in of the same audio created at or after ``since``."""

    @abstractmethod
    async def score_points(self, senior_id: str, *, start: datetime, end: datetime) -> Sequence[ScorePoint]:
        """The three scores and risk level of a senior's check-ins with ``start <= created_at < end``,
        oldest first: what a trend needs, without rebuilding whole check-ins."""

    @abstractmethod
    async def blob_keys_in_use(self) -> set[str]:
        """Every blob key a stored recording refers to and whose blob is not marked deleted."""

    @abstractmethod
    async def blob_keys_for_senior(self, senior_id: str) -> set[str]:
        """The blob keys of this senior's recordings whose blob is not marked deleted."""

    @abstractmethod
    async def recordings_due_for_deletion(self, received_before: datetime, *, limit: int = 500) -> Sequence[Recording]:
        """Recordings whose blob is not yet deleted and that were received before ``received_before`` or
        belong to a senior whose audio consent is withdrawn (``Senior.consent_audio`` false); oldest first."""

    @abstractmethod
    async def mark_blob_deleted(self, recording_id: str, at: datetime) -> None:
        """Record that the recording's blob was (or is about to be) removed; its metadata stays."""

    @abstractmethod
    async def delete_created_before(self, before: datetime, *, limit: int = 500) -> int:
        """Remove whole check-ins (transcript, assessment, recording metadata, their alerts) created before
        ``before``; returns how many. For a transcript retention policy; blobs are the caller's."""


class AlertRepository(ABC):
    @abstractmethod
    async def add(self, alert: Alert) -> None:
        """Store a new alert."""

    @abstractmethod
    async def get(
        self, alert_id: str, *, senior_ids: Collection[str] | None = None, for_update: bool = False
    ) -> Alert | None:
        """The alert, or None; with ``senior_ids`` also None when it is about another senior (one lookup,
        as :meth:`CheckInRepository.get`). ``for_update``: hold the alert's row until this transaction ends
        (an acknowledgement and an escalation of one alert take turns instead of overwriting each other)."""

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
        senior_ids: Collection[str] | None = None,
        unresolved: bool = False,
    ) -> Page[Alert]:
        """Alerts, newest first by ``(created_at, id)``, optionally for one senior (or any of ``senior_ids``)
        and one status; ``unresolved``: every status but resolved."""

    @abstractmethod
    async def recent_for_senior(self, senior_id: str, since: datetime) -> Sequence[Alert]:
        """A senior's alerts created at or after ``since`` (for the cooldown)."""

    @abstractmethod
    async def for_check_in(self, check_in_id: str) -> Alert | None:
        """The alert raised by this check-in (the first, should there be several), or None."""

    @abstractmethod
    async def claim_escalations(self, now: datetime, *, limit: int = 100) -> Sequence[Alert]:
        """Open alerts whose ``next_escalation_at`` has come, oldest first, locked until this transaction ends.

        Another transaction claiming at the same time gets other alerts (rows it cannot lock are skipped, not
        waited for): the caller moves each claimed alert up its ladder and commits, so one escalation step
        is taken once whatever the number of workers.
        """


class OutboxRepository(ABC):
    """Deliveries to sinks (analytics, notifier) written in the check-in's transaction."""

    @abstractmethod
    async def add(self, delivery: PendingDelivery) -> None:
        """Queue a delivery."""

    @abstractmethod
    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        """Deliveries whose ``next_attempt_at`` has come, oldest first."""

    @abstractmethod
    async def done(self, delivery_id: str, *, owner: str | None = None) -> bool:
        """Remove a delivered (or given-up) item; True when it was removed. With ``owner``, only while that
        owner holds its lease (a worker whose lease ran out leaves the row to the one that took it over)."""

    async def done_all(self, delivery_ids: Collection[str], *, owner: str | None = None) -> int:
        """:meth:`done` for several items at once (one statement where the store allows); how many were removed."""
        removed = 0
        for delivery_id in delivery_ids:
            removed += await self.done(delivery_id, owner=owner)
        return removed

    @abstractmethod
    async def retry_later(
        self, delivery_id: str, *, error: str, next_attempt_at: datetime, owner: str | None = None
    ) -> None:
        """Count a failed attempt, schedule the next one and free the lease (with ``owner``: only while that
        owner holds it)."""

    @abstractmethod
    async def claim(
        self,
        owner: str,
        now: datetime,
        *,
        lease: timedelta,
        limit: int = 50,
        ids: Collection[str] | None = None,
    ) -> Sequence[PendingDelivery]:
        """Lease up to ``limit`` due deliveries (``next_attempt_at <= now``) that no lease holds (none, or
        expired), oldest first; with ``ids``, only among those. Each is leased to ``owner`` until
        ``now + lease``; commit to publish the claim.

        Contract: while a lease holds, no other claim returns that delivery, whatever the number of
        concurrent claimers (MySQL/MariaDB: ``FOR UPDATE SKIP LOCKED``; SQLite: the transaction's write
        lock). A worker that dies mid-delivery loses nothing: its lease expires and another worker claims.
        """

    @abstractmethod
    async def depth(self) -> int:
        """How many deliveries wait (due or scheduled later): the outbox depth operators watch."""


class JobRepository(ABC):
    """Long-recording jobs (see :mod:`mhealth.domain.model.jobs`), claimed by workers under leases."""

    @abstractmethod
    async def add(self, job: Job) -> None:
        """Store a new job; an existing id, or an existing (senior, idempotency key), raises ``Conflict``."""

    @abstractmethod
    async def get(self, job_id: str, *, senior_ids: Collection[str] | None = None) -> Job | None:
        """The job, or None; with ``senior_ids`` also None when it is about another senior (one lookup)."""

    @abstractmethod
    async def senior_of(self, job_id: str) -> str | None:
        """The senior of a job, whoever may see it (for the audit of a denied read)."""

    @abstractmethod
    async def find_by_idempotency_key(self, senior_id: str, key: str) -> Job | None:
        """The job submitted with this key for this senior, or None."""

    @abstractmethod
    async def claim(self, owner: str, now: datetime, *, lease: timedelta, limit: int = 1) -> Sequence[Job]:
        """Lease up to ``limit`` runnable jobs to ``owner``: queued ones whose ``next_attempt_at`` has come, and
        running ones whose lease expired (their worker died). Claimed jobs are ``running`` and count one more
        run in ``attempts``; no other claimer gets them until the lease ends. Commit to publish the claim."""

    @abstractmethod
    async def renew(self, job_id: str, *, owner: str, until: datetime) -> bool:
        """Extend ``owner``'s lease on a running job to ``until``; False when ``owner`` no longer holds it."""

    @abstractmethod
    async def finish(
        self,
        job_id: str,
        *,
        owner: str,
        status: JobStatus,
        now: datetime,
        check_in_id: str | None = None,
        error_code: str | None = None,
        error_detail: str | None = None,
        next_attempt_at: datetime | None = None,
    ) -> bool:
        """Record the outcome of a run by the lease holder ``owner`` (done, failed, or queued again for
        ``next_attempt_at``) and release the lease. False (nothing written) when ``owner`` no longer holds it."""

    @abstractmethod
    async def blob_keys_pending(self, *, senior_id: str | None = None) -> set[str]:
        """Blob keys of jobs not yet done or failed (the orphan sweep must keep them)."""


class DeliveryAttemptRepository(ABC):
    """Every try at delivering a notification (shown on its alert). Append-only."""

    @abstractmethod
    async def add(self, attempt: DeliveryAttempt) -> None:
        """Append an attempt; an existing id raises ``Conflict``."""

    @abstractmethod
    async def list_for_alert(self, alert_id: str, *, limit: int = 500) -> Sequence[DeliveryAttempt]:
        """The alert's newest ``limit`` attempts, listed oldest first by ``(at, id)`` (an outage of a day leaves
        hundreds; the latest say how it ended)."""


class UserRepository(ABC):
    """People who sign in. E-mail addresses are unique (compared after :func:`normalise_email`)."""

    @abstractmethod
    async def add(self, user: User) -> None:
        """Store a new user; an existing id or e-mail raises ``Conflict``."""

    @abstractmethod
    async def get(self, user_id: str) -> User | None:
        """The user, or None."""

    @abstractmethod
    async def get_by_email(self, email: str) -> User | None:
        """The user with this (normalised) e-mail, or None."""

    @abstractmethod
    async def update(self, user: User) -> None:
        """Replace a stored user (password, disabled); a missing id raises ``NotFound``."""

    @abstractmethod
    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[User]:
        """Users ordered by id."""


class ServiceClientRepository(ABC):
    """Server-to-server clients and the hashes of their API keys."""

    @abstractmethod
    async def add(self, client: ServiceClient) -> None:
        """Store a new client; an existing id or key hash raises ``Conflict``."""

    @abstractmethod
    async def get(self, client_id: str) -> ServiceClient | None:
        """The client, or None."""

    @abstractmethod
    async def get_by_key_hash(self, key_hash: str) -> ServiceClient | None:
        """The client whose current key has this SHA-256 digest (revoked ones too), or None."""

    @abstractmethod
    async def update(self, client: ServiceClient) -> None:
        """Replace a stored client (rotation, revocation); a missing id raises ``NotFound``."""

    @abstractmethod
    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[ServiceClient]:
        """Clients ordered by id."""


class AccessLinkRepository(ABC):
    """Which principals (users, service clients) may act for which seniors."""

    @abstractmethod
    async def add(self, link: AccessLink) -> bool:
        """Store a link; False (and nothing changed) when the same pair is already linked."""

    @abstractmethod
    async def remove(self, principal_id: str, senior_id: str) -> bool:
        """Remove a link; True when one was removed."""

    @abstractmethod
    async def seniors_for(self, principal_id: str) -> list[str]:
        """The senior ids linked to this principal, sorted."""

    @abstractmethod
    async def principals_for(self, senior_id: str) -> list[str]:
        """The principal ids linked to this senior, sorted."""


class RefreshTokenRepository(ABC):
    """Refresh tokens of login sessions, stored as hashes, grouped in families (one per login)."""

    @abstractmethod
    async def add(self, token: RefreshToken) -> None:
        """Store a new refresh token; an existing id or hash raises ``Conflict``."""

    @abstractmethod
    async def get_by_hash(self, token_hash: str) -> RefreshToken | None:
        """The token with this digest (used or revoked ones too), or None."""

    @abstractmethod
    async def mark_used(self, token_id: str, at: datetime) -> bool:
        """Mark an unused token used; False when it was already used (a replay) or does not exist."""

    @abstractmethod
    async def revoke_family(self, family_id: str, at: datetime) -> int:
        """Revoke every token of a family not revoked yet; returns how many."""

    @abstractmethod
    async def revoke_user(self, user_id: str, at: datetime) -> int:
        """Revoke every token of every family of a user; returns how many."""

    @abstractmethod
    async def family_active(self, family_id: str, now: datetime) -> bool:
        """Whether the family has a token that is neither revoked nor expired (the session lives)."""


class ConsentRepository(ABC):
    """Consent records: append-only history; the latest record of a scope is the current answer."""

    @abstractmethod
    async def add(self, record: ConsentRecord) -> None:
        """Append a record; an existing id raises ``Conflict``."""

    @abstractmethod
    async def history(self, senior_id: str) -> Sequence[ConsentRecord]:
        """Every record of this senior, oldest first."""

    @abstractmethod
    async def current(self, senior_id: str, scope: ConsentScope) -> ConsentRecord | None:
        """The latest record of this scope, or None when none was ever recorded."""

    async def current_many(self, senior_ids: Collection[str], scope: ConsentScope) -> dict[str, ConsentRecord]:
        """:meth:`current` of several seniors at once (a group of check-ins written together): the seniors with
        a record of this scope, each mapped to its latest. A store should answer in one statement."""
        found: dict[str, ConsentRecord] = {}
        for senior_id in senior_ids:
            record = await self.current(senior_id, scope)
            if record is not None:
                found[senior_id] = record
        return found


class AuditRepository(ABC):
    """The audit log. Append-only: there is no update and no delete, on purpose."""

    @abstractmethod
    async def append(self, entry: AuditEntry, *, deferred: bool = False) -> None:
        """Append an entry; an existing id raises ``Conflict``. ``deferred``: as :meth:`CheckInRepository.add`'s
        (the store may send it with the transaction's next statement or its commit; only a rollback may follow
        a failure)."""

    @abstractmethod
    async def query(
        self,
        *,
        senior_id: str | None = None,
        actor: str | None = None,
        since: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[AuditEntry]:
        """Entries newest first by ``(at, id)`` (``at >= since``), optionally for one senior and one actor;
        ``after`` is the ``next_cursor`` of the previous page."""


class LoginThrottleRepository(ABC):
    """Failed sign-in counters, shared by every worker (they live in the database)."""

    @abstractmethod
    async def get(self, key: str) -> LoginFailures | None:
        """The counter of this key, or None."""

    @abstractmethod
    async def put(self, state: LoginFailures) -> None:
        """Insert or replace the counter of ``state.key``."""

    @abstractmethod
    async def clear(self, key: str) -> None:
        """Forget the counter of this key (after a successful sign-in)."""


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
    attempts: DeliveryAttemptRepository
    jobs: JobRepository
    users: UserRepository
    clients: ServiceClientRepository
    links: AccessLinkRepository
    refresh_tokens: RefreshTokenRepository
    consents: ConsentRepository
    audit: AuditRepository
    login_throttle: LoginThrottleRepository
    # care (issue 13, team): see mhealth.ports.care
    care_teams: CareTeamRepository
    schedules: ScheduleRepository
    missed_check_ins: MissedCheckInRepository

    @abstractmethod
    async def commit(self) -> None:
        """Make every write of this transaction durable, all or nothing.

        Raises:
            OutcomeUnknown: the link failed while the commit was in flight; the writes may or may not be
                durable (never report that as a failure: an idempotent retry finds out).
        """

    @abstractmethod
    async def rollback(self) -> None:
        """Discard every write of this transaction."""

    async def __aenter__(self) -> Transaction:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.rollback()
