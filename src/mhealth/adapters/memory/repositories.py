"""In-memory unit of work: transactional (copy-on-begin, swap-on-commit), for tests and offline runs."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

import msgspec

from mhealth.adapters.memory.care import (
    InMemoryCareTeamRepository,
    InMemoryMissedCheckInRepository,
    InMemoryScheduleRepository,
    forget_senior,
)
from mhealth.domain.errors import Conflict, NotFound
from mhealth.domain.model import (
    AccessLink,
    Alert,
    AlertStatus,
    AuditEntry,
    CareTeam,
    CheckIn,
    ConsentRecord,
    ConsentScope,
    DeliveryAttempt,
    Job,
    JobStatus,
    LoginFailures,
    MissedCheckIn,
    PendingDelivery,
    Recording,
    RefreshToken,
    Schedule,
    Senior,
    ServiceClient,
    User,
)
from mhealth.domain.rules.trend import ScorePoint
from mhealth.ports.repositories import (
    AccessLinkRepository,
    AlertRepository,
    AuditRepository,
    CheckInRepository,
    ConsentRepository,
    DeliveryAttemptRepository,
    JobRepository,
    LoginThrottleRepository,
    OutboxRepository,
    Page,
    RefreshTokenRepository,
    SeniorRepository,
    ServiceClientRepository,
    Transaction,
    UnitOfWork,
    UserRepository,
)


class _State(msgspec.Struct, kw_only=True):
    seniors: dict[str, Senior] = msgspec.field(default_factory=dict)
    check_ins: dict[str, CheckIn] = msgspec.field(default_factory=dict)
    alerts: dict[str, Alert] = msgspec.field(default_factory=dict)
    outbox: dict[str, PendingDelivery] = msgspec.field(default_factory=dict)
    leases: dict[str, tuple[str, datetime]] = msgspec.field(default_factory=dict)  # delivery id -> owner, until
    attempts: dict[str, DeliveryAttempt] = msgspec.field(default_factory=dict)
    jobs: dict[str, Job] = msgspec.field(default_factory=dict)
    job_leases: dict[str, tuple[str, datetime]] = msgspec.field(default_factory=dict)  # job id -> owner, until
    users: dict[str, User] = msgspec.field(default_factory=dict)
    clients: dict[str, ServiceClient] = msgspec.field(default_factory=dict)
    links: dict[tuple[str, str], AccessLink] = msgspec.field(default_factory=dict)
    refresh_tokens: dict[str, RefreshToken] = msgspec.field(default_factory=dict)
    consents: dict[str, ConsentRecord] = msgspec.field(default_factory=dict)
    audit: dict[str, AuditEntry] = msgspec.field(default_factory=dict)
    login_throttle: dict[str, LoginFailures] = msgspec.field(default_factory=dict)
    # care (issue 13, team)
    care_teams: dict[str, CareTeam] = msgspec.field(default_factory=dict)
    schedules: dict[str, Schedule] = msgspec.field(default_factory=dict)
    missed_check_ins: dict[tuple[str, datetime], MissedCheckIn] = msgspec.field(default_factory=dict)

    def clone(self) -> _State:
        # Domain objects are frozen: copying the dicts is a full snapshot.
        return _State(
            seniors=dict(self.seniors),
            check_ins=dict(self.check_ins),
            alerts=dict(self.alerts),
            outbox=dict(self.outbox),
            leases=dict(self.leases),
            attempts=dict(self.attempts),
            jobs=dict(self.jobs),
            job_leases=dict(self.job_leases),
            users=dict(self.users),
            clients=dict(self.clients),
            links=dict(self.links),
            refresh_tokens=dict(self.refresh_tokens),
            consents=dict(self.consents),
            audit=dict(self.audit),
            login_throttle=dict(self.login_throttle),
            care_teams=dict(self.care_teams),
            schedules=dict(self.schedules),
            missed_check_ins=dict(self.missed_check_ins),
        )


def _visible(senior_id: str, senior_ids: Collection[str] | None) -> bool:
    return senior_ids is None or senior_id in senior_ids


def _cursor(item: Any, time_field: str) -> tuple[datetime, str] | None:
    """The (time, id) key of the row named by a page cursor; None when no such row (an empty page)."""
    return (getattr(item, time_field), item.id) if item is not None else None


def _page(items: list[Any], limit: int) -> Page[Any]:
    if len(items) > limit:
        return Page(items=tuple(items[:limit]), next_cursor=items[limit - 1].id)
    return Page(items=tuple(items), next_cursor=None)


class _Seniors(SeniorRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, senior: Senior) -> None:
        if senior.id in self._s.seniors:
            raise Conflict(f"senior {senior.id} already exists", field="id")
        self._s.seniors[senior.id] = senior

    async def get(self, senior_id: str, *, for_update: bool = False) -> Senior | None:
        return self._s.seniors.get(senior_id)  # transactions here take turns: every read is "for update"

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        items = sorted((s for s in self._s.seniors.values() if after is None or s.id > after), key=lambda s: s.id)
        return _page(items, limit)

    async def delete(self, senior_id: str) -> bool:
        if self._s.seniors.pop(senior_id, None) is None:
            return False
        for cid in [c.id for c in self._s.check_ins.values() if c.senior_id == senior_id]:
            del self._s.check_ins[cid]
        alert_ids = [a.id for a in self._s.alerts.values() if a.senior_id == senior_id]
        for aid in alert_ids:
            del self._s.alerts[aid]
        job_ids = [j.id for j in self._s.jobs.values() if j.senior_id == senior_id]
        for did in [d.id for d in self._s.outbox.values() if d.ref_id in alert_ids or d.ref_id in job_ids]:
            del self._s.outbox[did]
            self._s.leases.pop(did, None)
        for tid in [t.id for t in self._s.attempts.values() if t.senior_id == senior_id]:
            del self._s.attempts[tid]
        for jid in [j.id for j in self._s.jobs.values() if j.senior_id == senior_id]:
            del self._s.jobs[jid]
            self._s.job_leases.pop(jid, None)
        for pair in [k for k in self._s.links if k[1] == senior_id]:
            del self._s.links[pair]
        for rid in [r.id for r in self._s.consents.values() if r.senior_id == senior_id]:
            del self._s.consents[rid]
        forget_senior(senior_id, self._s.care_teams, self._s.schedules, self._s.missed_check_ins)
        return True

    async def update(self, senior: Senior) -> None:
        if senior.id not in self._s.seniors:
            raise NotFound(f"senior {senior.id} does not exist")
        self._s.seniors[senior.id] = senior


class _CheckIns(CheckInRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, check_in: CheckIn, *, deferred: bool = False) -> None:
        # ``deferred``: checked and stored at once all the same (the port allows either)
        if check_in.senior_id not in self._s.seniors:  # as the SQL foreign key
            raise NotFound("a record this one refers to does not exist")
        if check_in.id in self._s.check_ins:
            raise Conflict(f"check-in {check_in.id} already exists", field="id")
        if check_in.idempotency_key is not None and await self.find_by_idempotency_key(
            check_in.senior_id, check_in.idempotency_key
        ):
            raise Conflict("a check-in with this Idempotency-Key already exists", field="idempotency_key")
        self._s.check_ins[check_in.id] = check_in

    async def get(self, check_in_id: str, *, senior_ids: Collection[str] | None = None) -> CheckIn | None:
        found = self._s.check_ins.get(check_in_id)
        return found if found is not None and _visible(found.senior_id, senior_ids) else None

    async def get_by_assessment(
        self, assessment_id: str, *, senior_ids: Collection[str] | None = None
    ) -> CheckIn | None:
        return next(
            (
                c
                for c in self._s.check_ins.values()
                if c.assessment.id == assessment_id and _visible(c.senior_id, senior_ids)
            ),
            None,
        )

    async def senior_of(self, *, check_in_id: str | None = None, assessment_id: str | None = None) -> str | None:
        for c in self._s.check_ins.values():
            if (check_in_id is not None and c.id == check_in_id) or (
                assessment_id is not None and c.assessment.id == assessment_id
            ):
                return c.senior_id
        return None

    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        cursor = _cursor(self._s.check_ins.get(after), "created_at") if after is not None else None
        items = sorted(
            (
                c
                for c in self._s.check_ins.values()
                if c.senior_id == senior_id
                and (start is None or c.created_at >= start)
                and (end is None or c.created_at < end)
                and (after is None or (cursor is not None and (c.created_at, c.id) > cursor))
            ),
            key=lambda c: (c.created_at, c.id),
        )
        return _page(items, limit)

    async def find_by_idempotency_key(self, senior_id: str, key: str) -> CheckIn | None:
        return next(
            (c for c in self._s.check_ins.values() if c.senior_id == senior_id and c.idempotency_key == key), None
        )

    async def find_recent_by_sha256(self, senior_id: str, sha256: str, since: datetime) -> CheckIn | None:
        found = [
            c
            for c in self._s.check_ins.values()
            if c.senior_id == senior_id
            and c.recording is not None
            and c.recording.audio.sha256 == sha256
            and c.created_at >= since
        ]
        return max(found, key=lambda c: (c.created_at, c.id)) if found else None

    def _live_recordings(self) -> list[Recording]:
        return [
            c.recording
            for c in self._s.check_ins.values()
            if c.recording is not None and c.recording.blob_deleted_at is None
        ]

    async def score_points(self, senior_id: str, *, start: datetime, end: datetime) -> Sequence[ScorePoint]:
        page = await self.list_for_senior(senior_id, start=start, end=end, limit=10**9)
        return [
            ScorePoint(
                at=c.created_at,
                depression=c.assessment.depression_score,
                anxiety=c.assessment.anxiety_score,
                cognitive=c.assessment.cognitive_score,
                risk_level=c.assessment.risk_level,
            )
            for c in page.items
        ]

    async def blob_keys_in_use(self) -> set[str]:
        return {r.blob_key for r in self._live_recordings()}

    async def blob_keys_for_senior(self, senior_id: str) -> set[str]:
        return {r.blob_key for r in self._live_recordings() if r.senior_id == senior_id}

    async def recordings_due_for_deletion(self, received_before: datetime, *, limit: int = 500) -> Sequence[Recording]:
        def withdrawn(senior_id: str) -> bool:
            senior = self._s.seniors.get(senior_id)
            return senior is not None and not senior.consent_audio

        due = [r for r in self._live_recordings() if r.received_at < received_before or withdrawn(r.senior_id)]
        return sorted(due, key=lambda r: (r.received_at, r.id))[:limit]

    async def mark_blob_deleted(self, recording_id: str, at: datetime) -> None:
        for c in self._s.check_ins.values():
            if c.recording is not None and c.recording.id == recording_id:
                recording = msgspec.structs.replace(c.recording, blob_deleted_at=at)
                self._s.check_ins[c.id] = msgspec.structs.replace(c, recording=recording)
                return

    async def delete_created_before(self, before: datetime, *, limit: int = 500) -> int:
        old = sorted(
            (c for c in self._s.check_ins.values() if c.created_at < before), key=lambda c: (c.created_at, c.id)
        )[:limit]
        for c in old:
            del self._s.check_ins[c.id]
            for aid in [a.id for a in self._s.alerts.values() if a.check_in_id == c.id]:
                del self._s.alerts[aid]
        return len(old)


class _Alerts(AlertRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, alert: Alert) -> None:
        if alert.id in self._s.alerts:
            raise Conflict(f"alert {alert.id} already exists", field="id")
        self._s.alerts[alert.id] = alert

    async def get(
        self, alert_id: str, *, senior_ids: Collection[str] | None = None, for_update: bool = False
    ) -> Alert | None:
        found = self._s.alerts.get(alert_id)  # transactions here take turns: every read is "for update"
        return found if found is not None and _visible(found.senior_id, senior_ids) else None

    async def update(self, alert: Alert) -> None:
        if alert.id not in self._s.alerts:
            raise NotFound(f"alert {alert.id} does not exist")
        self._s.alerts[alert.id] = alert

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
        allowed = None if senior_ids is None else set(senior_ids)
        cursor = _cursor(self._s.alerts.get(after), "created_at") if after is not None else None
        items = sorted(
            (
                a
                for a in self._s.alerts.values()
                if (senior_id is None or a.senior_id == senior_id)
                and (allowed is None or a.senior_id in allowed)
                and (status is None or a.status is status)
                and not (unresolved and a.status is AlertStatus.RESOLVED)
                and (after is None or (cursor is not None and (a.created_at, a.id) < cursor))
            ),
            key=lambda a: (a.created_at, a.id),
            reverse=True,
        )
        return _page(items, limit)

    async def recent_for_senior(self, senior_id: str, since: datetime) -> Sequence[Alert]:
        return [a for a in self._s.alerts.values() if a.senior_id == senior_id and a.created_at >= since]

    async def for_check_in(self, check_in_id: str) -> Alert | None:
        found = sorted((a for a in self._s.alerts.values() if a.check_in_id == check_in_id), key=lambda a: a.id)
        return found[0] if found else None

    async def claim_escalations(self, now: datetime, *, limit: int = 100) -> Sequence[Alert]:
        due = [
            a
            for a in self._s.alerts.values()
            if a.status is AlertStatus.OPEN and a.next_escalation_at is not None and a.next_escalation_at <= now
        ]
        due.sort(key=lambda a: (a.next_escalation_at or now, a.id))
        return due[:limit]


class _Outbox(OutboxRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, delivery: PendingDelivery) -> None:
        self._s.outbox[delivery.id] = delivery

    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        items = sorted(
            (d for d in self._s.outbox.values() if d.next_attempt_at <= now), key=lambda d: (d.created_at, d.id)
        )
        return items[:limit]

    def _held(self, delivery_id: str, owner: str | None) -> bool:
        if owner is None:
            return True
        lease = self._s.leases.get(delivery_id)
        return lease is not None and lease[0] == owner

    async def done(self, delivery_id: str, *, owner: str | None = None) -> bool:
        if delivery_id not in self._s.outbox or not self._held(delivery_id, owner):
            return False
        del self._s.outbox[delivery_id]
        self._s.leases.pop(delivery_id, None)
        return True

    async def claim(
        self,
        owner: str,
        now: datetime,
        *,
        lease: timedelta,
        limit: int = 50,
        ids: Collection[str] | None = None,
    ) -> Sequence[PendingDelivery]:
        if not owner or len(owner) > 64:
            raise ValueError("owner must be 1 to 64 characters")
        wanted = None if ids is None else set(ids)
        free = sorted(
            (
                d
                for d in self._s.outbox.values()
                if d.next_attempt_at <= now
                and (wanted is None or d.id in wanted)
                and (d.id not in self._s.leases or self._s.leases[d.id][1] <= now)
            ),
            key=lambda d: (d.next_attempt_at, d.id),
        )[:limit]
        for d in free:
            self._s.leases[d.id] = (owner, now + lease)
        return free

    async def retry_later(
        self, delivery_id: str, *, error: str, next_attempt_at: datetime, owner: str | None = None
    ) -> None:
        current = self._s.outbox.get(delivery_id)
        if current is not None and self._held(delivery_id, owner):
            self._s.leases.pop(delivery_id, None)
            self._s.outbox[delivery_id] = msgspec.structs.replace(
                current, attempts=current.attempts + 1, last_error=error[:500], next_attempt_at=next_attempt_at
            )

    async def depth(self) -> int:
        return len(self._s.outbox)


class _Jobs(JobRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, job: Job) -> None:
        if job.id in self._s.jobs:
            raise Conflict(f"job {job.id} already exists", field="id")
        if any(
            j.senior_id == job.senior_id and j.idempotency_key == job.idempotency_key for j in self._s.jobs.values()
        ):
            raise Conflict("a job with this idempotency key exists", field="Idempotency-Key")
        self._s.jobs[job.id] = job

    async def get(self, job_id: str, *, senior_ids: Collection[str] | None = None) -> Job | None:
        job = self._s.jobs.get(job_id)
        return job if job is not None and _visible(job.senior_id, senior_ids) else None

    async def senior_of(self, job_id: str) -> str | None:
        job = self._s.jobs.get(job_id)
        return job.senior_id if job is not None else None

    async def find_by_idempotency_key(self, senior_id: str, key: str) -> Job | None:
        return next((j for j in self._s.jobs.values() if j.senior_id == senior_id and j.idempotency_key == key), None)

    async def claim(self, owner: str, now: datetime, *, lease: timedelta, limit: int = 1) -> Sequence[Job]:
        if not owner or len(owner) > 64:
            raise ValueError("owner must be 1 to 64 characters")

        def runnable(j: Job) -> bool:
            held = self._s.job_leases.get(j.id)
            if held is not None and held[1] > now:
                return False
            if j.status is JobStatus.RUNNING:
                return True  # its worker's lease expired
            return j.status is JobStatus.QUEUED and (j.next_attempt_at is None or j.next_attempt_at <= now)

        due = sorted((j for j in self._s.jobs.values() if runnable(j)), key=lambda j: (j.created_at, j.id))[:limit]
        claimed = []
        for j in due:
            self._s.job_leases[j.id] = (owner, now + lease)
            running = msgspec.structs.replace(j, status=JobStatus.RUNNING, attempts=j.attempts + 1, updated_at=now)
            self._s.jobs[j.id] = running
            claimed.append(running)
        return claimed

    async def renew(self, job_id: str, *, owner: str, until: datetime) -> bool:
        held = self._s.job_leases.get(job_id)
        if held is None or held[0] != owner:
            return False
        self._s.job_leases[job_id] = (owner, until)
        return True

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
        current = self._s.jobs.get(job_id)
        held = self._s.job_leases.get(job_id)
        if current is None or held is None or held[0] != owner:
            return False
        del self._s.job_leases[job_id]
        self._s.jobs[job_id] = msgspec.structs.replace(
            current,
            status=status,
            updated_at=now,
            check_in_id=check_in_id,
            error_code=error_code,
            error_detail=error_detail,
            next_attempt_at=next_attempt_at,
        )
        return True

    async def blob_keys_pending(self, *, senior_id: str | None = None) -> set[str]:
        return {
            j.blob_key
            for j in self._s.jobs.values()
            if j.status in (JobStatus.QUEUED, JobStatus.RUNNING) and (senior_id is None or j.senior_id == senior_id)
        }


class _Attempts(DeliveryAttemptRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, attempt: DeliveryAttempt) -> None:
        if attempt.id in self._s.attempts:
            raise Conflict(f"attempt {attempt.id} already exists", field="id")
        self._s.attempts[attempt.id] = attempt

    async def list_for_alert(self, alert_id: str, *, limit: int = 500) -> Sequence[DeliveryAttempt]:
        found = sorted((a for a in self._s.attempts.values() if a.alert_id == alert_id), key=lambda a: (a.at, a.id))
        return found[-limit:]


class _Users(UserRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, user: User) -> None:
        if user.id in self._s.users or any(u.email == user.email for u in self._s.users.values()):
            raise Conflict("a user with this id or e-mail already exists", field="email")
        self._s.users[user.id] = user

    async def get(self, user_id: str) -> User | None:
        return self._s.users.get(user_id)

    async def get_by_email(self, email: str) -> User | None:
        return next((u for u in self._s.users.values() if u.email == email), None)

    async def update(self, user: User) -> None:
        if user.id not in self._s.users:
            raise NotFound(f"user {user.id} does not exist")
        if any(u.email == user.email and u.id != user.id for u in self._s.users.values()):
            raise Conflict("a user with this e-mail already exists", field="email")
        self._s.users[user.id] = user

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[User]:
        return _page(
            sorted((u for u in self._s.users.values() if after is None or u.id > after), key=lambda u: u.id), limit
        )


class _Clients(ServiceClientRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, client: ServiceClient) -> None:
        if client.id in self._s.clients or any(c.key_hash == client.key_hash for c in self._s.clients.values()):
            raise Conflict("a client with this id or key already exists", field="id")
        self._s.clients[client.id] = client

    async def get(self, client_id: str) -> ServiceClient | None:
        return self._s.clients.get(client_id)

    async def get_by_key_hash(self, key_hash: str) -> ServiceClient | None:
        return next((c for c in self._s.clients.values() if c.key_hash == key_hash), None)

    async def update(self, client: ServiceClient) -> None:
        if client.id not in self._s.clients:
            raise NotFound(f"client {client.id} does not exist")
        if any(c.key_hash == client.key_hash and c.id != client.id for c in self._s.clients.values()):
            raise Conflict("another client has this key", field="key_hash")
        self._s.clients[client.id] = client

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[ServiceClient]:
        items = sorted((c for c in self._s.clients.values() if after is None or c.id > after), key=lambda c: c.id)
        return _page(items, limit)


class _Links(AccessLinkRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, link: AccessLink) -> bool:
        pair = (link.principal_id, link.senior_id)
        if pair in self._s.links:
            return False
        self._s.links[pair] = link
        return True

    async def remove(self, principal_id: str, senior_id: str) -> bool:
        return self._s.links.pop((principal_id, senior_id), None) is not None

    async def seniors_for(self, principal_id: str) -> list[str]:
        return sorted(s for p, s in self._s.links if p == principal_id)

    async def principals_for(self, senior_id: str) -> list[str]:
        return sorted(p for p, s in self._s.links if s == senior_id)


class _RefreshTokens(RefreshTokenRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, token: RefreshToken) -> None:
        if token.id in self._s.refresh_tokens or any(
            t.token_hash == token.token_hash for t in self._s.refresh_tokens.values()
        ):
            raise Conflict("a refresh token with this id or hash already exists", field="id")
        self._s.refresh_tokens[token.id] = token

    async def get_by_hash(self, token_hash: str) -> RefreshToken | None:
        return next((t for t in self._s.refresh_tokens.values() if t.token_hash == token_hash), None)

    async def mark_used(self, token_id: str, at: datetime) -> bool:
        token = self._s.refresh_tokens.get(token_id)
        if token is None or token.used_at is not None:
            return False
        self._s.refresh_tokens[token_id] = msgspec.structs.replace(token, used_at=at)
        return True

    def _revoke(self, match: object, at: datetime) -> int:
        count = 0
        for t in list(self._s.refresh_tokens.values()):
            if match(t) and t.revoked_at is None:  # type: ignore[operator]
                self._s.refresh_tokens[t.id] = msgspec.structs.replace(t, revoked_at=at)
                count += 1
        return count

    async def revoke_family(self, family_id: str, at: datetime) -> int:
        return self._revoke(lambda t: t.family_id == family_id, at)

    async def revoke_user(self, user_id: str, at: datetime) -> int:
        return self._revoke(lambda t: t.user_id == user_id, at)

    async def family_active(self, family_id: str, now: datetime) -> bool:
        return any(
            t.family_id == family_id and t.revoked_at is None and t.expires_at > now
            for t in self._s.refresh_tokens.values()
        )


class _Consents(ConsentRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, record: ConsentRecord) -> None:
        if record.id in self._s.consents:
            raise Conflict(f"consent record {record.id} already exists", field="id")
        self._s.consents[record.id] = record

    async def history(self, senior_id: str) -> Sequence[ConsentRecord]:
        return sorted(
            (r for r in self._s.consents.values() if r.senior_id == senior_id), key=lambda r: (r.recorded_at, r.id)
        )

    async def current(self, senior_id: str, scope: ConsentScope) -> ConsentRecord | None:
        found = [r for r in await self.history(senior_id) if r.scope == scope]
        return found[-1] if found else None


class _Audit(AuditRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def append(self, entry: AuditEntry, *, deferred: bool = False) -> None:
        if entry.id in self._s.audit:
            raise Conflict(f"audit entry {entry.id} already exists", field="id")
        self._s.audit[entry.id] = entry

    async def query(
        self,
        *,
        senior_id: str | None = None,
        actor: str | None = None,
        since: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[AuditEntry]:
        cursor = _cursor(self._s.audit.get(after), "at") if after is not None else None
        items = sorted(
            (
                e
                for e in self._s.audit.values()
                if (senior_id is None or e.senior_id == senior_id)
                and (actor is None or e.actor == actor)
                and (since is None or e.at >= since)
                and (after is None or (cursor is not None and (e.at, e.id) < cursor))
            ),
            key=lambda e: (e.at, e.id),
            reverse=True,
        )
        return _page(items, limit)


class _LoginThrottle(LoginThrottleRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def get(self, key: str) -> LoginFailures | None:
        return self._s.login_throttle.get(key)

    async def put(self, state: LoginFailures) -> None:
        self._s.login_throttle[state.key] = state

    async def clear(self, key: str) -> None:
        self._s.login_throttle.pop(key, None)


class _Tx(Transaction):
    def __init__(self, uow: InMemoryUnitOfWork) -> None:
        self._uow = uow
        self._working: _State | None = None
        self._finished = False

    async def __aenter__(self) -> Transaction:
        await self._uow._lock.acquire()
        self._working = self._uow.state.clone()
        self.seniors = _Seniors(self._working)
        self.check_ins = _CheckIns(self._working)
        self.alerts = _Alerts(self._working)
        self.outbox = _Outbox(self._working)
        self.attempts = _Attempts(self._working)
        self.jobs = _Jobs(self._working)
        self.users = _Users(self._working)
        self.clients = _Clients(self._working)
        self.links = _Links(self._working)
        self.refresh_tokens = _RefreshTokens(self._working)
        self.consents = _Consents(self._working)
        self.audit = _Audit(self._working)
        self.login_throttle = _LoginThrottle(self._working)
        w = self._working
        self.care_teams = InMemoryCareTeamRepository(w.care_teams, w.seniors)
        self.schedules = InMemoryScheduleRepository(w.schedules, w.seniors)
        self.missed_check_ins = InMemoryMissedCheckInRepository(w.missed_check_ins, w.seniors)
        return self

    async def commit(self) -> None:
        if self._finished or self._working is None:
            return
        if self._uow.fail_next_commit is not None:
            error, self._uow.fail_next_commit = self._uow.fail_next_commit, None
            raise error
        self._uow.state = self._working
        self._uow.commits += 1
        self._finished = True
        if self._uow.fail_after_next_commit is not None:
            # The commit went through, the answer did not (a link that dropped after COMMIT was sent).
            error, self._uow.fail_after_next_commit = self._uow.fail_after_next_commit, None
            raise error

    async def rollback(self) -> None:
        self._finished = True

    async def __aexit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        await self.rollback()
        self._uow._lock.release()


class InMemoryUnitOfWork(UnitOfWork):
    """A transactional in-memory store. Transactions are serialised; a rollback discards every write.

    Test hooks: ``commits`` counts successful commits; set ``fail_next_commit`` to an exception to make
    the next commit raise it (fault injection), ``fail_after_next_commit`` to make the next commit succeed
    and then raise it (the outcome the caller cannot know: ``OutcomeUnknown``).
    """

    name = "memory"

    def __init__(self) -> None:
        self.state = _State()
        self.commits = 0
        self.fail_next_commit: Exception | None = None
        self.fail_after_next_commit: Exception | None = None
        self._lock = asyncio.Lock()

    def begin(self) -> Transaction:
        return _Tx(self)

    def snapshot(self) -> _State:
        """A deep copy of everything committed (for assertions)."""
        return copy.deepcopy(self.state)
