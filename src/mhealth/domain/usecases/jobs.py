"""Long recordings as jobs: accepted at once (202), turned into check-ins by workers.

``submit_audio`` stores the recording (blob) and the job row (with its audit entry) before the caller hears
202: an accepted recording is never lost. ``run_due`` is a worker task (``mhealth worker``, the API's
embedded loop, ``POST /v1/tasks/jobs:run``): it claims jobs under a database lease that it renews while it
works, runs the same check-in as the synchronous path with the job's idempotency key, and records the outcome.

* A worker killed mid-job stops renewing its lease; once it expires another worker claims the job and runs
  it again. If the first run had already stored the check-in, the idempotency key finds it (replay): one
  stored result, never two.
* A provider failure (speech, storage, database) or an overload is retried with exponential backoff up to
  ``max_attempts`` runs; audio that cannot be read, a withdrawn consent or a deleted senior fail at once.
* Each outcome is announced as ``job.done`` / ``job.failed`` on the organisation-wide channels (webhook),
  through the outbox, in the transaction that records it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import random
import shutil
import tempfile
from collections.abc import Collection
from datetime import datetime, timedelta
from pathlib import Path

import msgspec

from mhealth.domain.errors import (
    Conflict,
    ConsentRequired,
    InvalidInput,
    MHealthError,
    NotFound,
    NotVisible,
    OutcomeUnknown,
    Overloaded,
    ProviderUnavailable,
)
from mhealth.domain.model import (
    AlertEvent,
    Channel,
    Job,
    JobStatus,
    Notification,
    PendingDelivery,
    new_id,
)
from mhealth.domain.usecases.checkins import AuditContext, CheckIns, new_idempotency_key
from mhealth.ports.blobs import BlobStore
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import Transaction, UnitOfWork

log = logging.getLogger("mhealth.jobs")

NOTIFICATION = "notification"  # the outbox kind (as alerts use)


class JobPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """``lease``: how long a claim lasts without renewal (renewed every third of it while working), so a
    killed worker's job is taken over after at most ``lease``. Retries wait ``min(cap, base * 2**(n-1))``
    plus up to 25 % jitter."""

    lease: timedelta = timedelta(seconds=60)
    base: timedelta = timedelta(seconds=10)
    cap: timedelta = timedelta(minutes=10)
    max_attempts: int = 10  # waits 10 s .. 10 min: a provider outage of ~40 minutes costs no recording

    def __post_init__(self) -> None:
        if self.lease < timedelta(seconds=3) or self.base <= timedelta(0) or self.cap < self.base:
            raise ValueError("JobPolicy needs lease >= 3 s, base > 0 and cap >= base")
        if self.max_attempts < 1:
            raise ValueError("JobPolicy needs max_attempts >= 1")

    def backoff(self, failures: int, draw: float) -> timedelta:
        delay: timedelta = min(self.cap, self.base * (2 ** min(max(failures, 1) - 1, 32)))
        return delay + delay * (0.25 * draw)


class JobSubmission(msgspec.Struct, frozen=True, kw_only=True):
    job: Job
    replayed: bool = False


class JobReport(msgspec.Struct, frozen=True, kw_only=True):
    """What one ``run_due`` pass did."""

    claimed: int = 0
    done: int = 0
    retrying: int = 0
    failed: int = 0


# Worth another run later: the provider or our own storage was unavailable, or we were too busy.
_TRANSIENT = (ProviderUnavailable, Overloaded, OutcomeUnknown)


class Jobs:
    def __init__(
        self,
        *,
        uow: UnitOfWork,
        blobs: BlobStore,
        clock: Clock,
        check_ins: CheckIns,
        org_channels: tuple[Channel, ...] = (),
        policy: JobPolicy = JobPolicy(),
    ) -> None:
        self.uow = uow
        self.blobs = blobs
        self.clock = clock
        self.check_ins = check_ins
        self.org_channels = org_channels
        self.policy = policy

    # ------------------------------------------------------------------ submitting

    async def submit_audio(
        self,
        senior_id: str,
        path: Path,
        *,
        filename: str | None = None,
        recorded_at: datetime | None = None,
        idempotency_key: str | None = None,
        language: str = "ko-KR",
        duration_s: float | None = None,
        audit: AuditContext | None = None,
    ) -> JobSubmission:
        """Store the recording and queue a job for it (or replay the job of an earlier request with this key).

        Raises:
            NotFound: no such senior. ConsentRequired: no consent to audio processing (nothing stored).
            Conflict: ``idempotency_key`` names a job of a different recording.
            InvalidInput: ``recorded_at`` without a time zone. StorageUnavailable / DatabaseUnavailable.
        """
        if recorded_at is not None and recorded_at.tzinfo is None:
            raise InvalidInput("recorded_at must include a time zone", field="recorded_at")
        self.check_ins.screening.require_speech()  # no speech provider: 503 now, not a job that cannot run
        sha256 = await asyncio.to_thread(_sha256_of, path)
        async with self.uow.begin() as tx:
            senior = await tx.seniors.get(senior_id)
            if senior is None:
                raise NotFound("no such senior", field="senior_id", detail_ko="해당 어르신을 찾을 수 없습니다")
            if not senior.consent_audio:
                raise ConsentRequired(
                    "this senior has not consented to audio processing",
                    field="senior_id",
                    detail_ko="어르신의 음성 처리 동의가 없습니다",
                )
            if idempotency_key and (prior := await tx.jobs.find_by_idempotency_key(senior_id, idempotency_key)):
                return _replay(prior, sha256)
        blob_key = await self.blobs.put_file(path, sha256=sha256)  # first: a failed insert leaves an orphan only
        now = self.clock.now()
        job = Job(
            id=new_id(),
            senior_id=senior_id,
            status=JobStatus.QUEUED,
            created_at=now,
            updated_at=now,
            blob_key=blob_key,
            sha256=sha256,
            idempotency_key=idempotency_key or new_idempotency_key(),
            language=(language or "ko-KR")[:16],
            filename=(filename or None) and filename[:255],
            recorded_at=recorded_at,
            duration_s=duration_s,
            next_attempt_at=now,
            requested_by=audit.actor[:255] if audit is not None else None,
        )
        try:
            async with self.uow.begin() as tx:
                await tx.jobs.add(job)
                if audit is not None:  # audited in the job's own transaction, like a check-in
                    await tx.audit.append(audit.entry_for("job.create", "job", job.id, job.senior_id, now))
                await tx.commit()
        except Conflict:
            # Another request with the same key won the race: answer with its job.
            async with self.uow.begin() as tx:
                prior = await tx.jobs.find_by_idempotency_key(senior_id, job.idempotency_key)
            if prior is None:
                raise
            return _replay(prior, sha256)
        return JobSubmission(job=job)

    async def get(self, job_id: str, *, visible: Collection[str] | None = None) -> Job:
        """The job; ``visible``: the seniors the caller may see (None: all). A hidden job is ``NotVisible``
        (answered as not found) after the same lookups a missing one costs."""
        async with self.uow.begin() as tx:
            found = await tx.jobs.get(job_id, senior_ids=visible)
            owner = await tx.jobs.senior_of(job_id) if found is None and visible is not None else None
        if found is None:
            if owner is not None:
                raise NotVisible("no such job", senior_id=owner, detail_ko="해당 작업을 찾을 수 없습니다")
            raise NotFound("no such job", detail_ko="해당 작업을 찾을 수 없습니다")
        return found

    # ------------------------------------------------------------------ working

    async def run_due(self, owner: str, *, limit: int = 1, max_jobs: int = 50) -> JobReport:
        """Claim and run due jobs one at a time (speech is the heavy part) until none is due or ``max_jobs``."""
        claimed = done = retrying = failed = 0
        while claimed < max_jobs:
            async with self.uow.begin() as tx:
                jobs = await tx.jobs.claim(owner, self.clock.now(), lease=self.policy.lease, limit=limit)
                await tx.commit()
            if not jobs:
                break
            for job in jobs:
                claimed += 1
                status = await self._run(job, owner)
                done += status is JobStatus.DONE
                failed += status is JobStatus.FAILED
                retrying += status is JobStatus.QUEUED
        return JobReport(claimed=claimed, done=done, retrying=retrying, failed=failed)

    async def _run(self, job: Job, owner: str) -> JobStatus | None:
        if job.attempts > self.policy.max_attempts:
            # Every earlier run ended with its worker gone (killed, out of memory) before it recorded anything:
            # running it again would take down one more worker. Failed for good, and said so.
            log.warning("job %s failed for good: its worker stopped during %d runs", job.id, job.attempts - 1)
            detail = f"the job's worker stopped during each of its {job.attempts - 1} runs; it is not run again"
            return await self._finish(
                job, owner, JobStatus.FAILED, self.clock.now(), error_code="internal_error", error_detail=detail
            )
        renewal = asyncio.create_task(self._keep_lease(job.id, owner))
        try:
            check_in_id, error = await self._check_in(job)
        finally:
            renewal.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewal
        now = self.clock.now()
        if error is None:
            return await self._finish(job, owner, JobStatus.DONE, now, check_in_id=check_in_id)
        code, detail = error.code, error.detail
        if isinstance(error, _TRANSIENT) and job.attempts < self.policy.max_attempts:
            retry_at = now + self.policy.backoff(job.attempts, random.random())
            log.warning("job %s: %s; retry %d at %s", job.id, code, job.attempts, retry_at.isoformat())
            return await self._finish(
                job, owner, JobStatus.QUEUED, now, error_code=code, error_detail=detail, next_attempt_at=retry_at
            )
        log.warning("job %s failed for good: %s (after %d runs)", job.id, code, job.attempts)
        return await self._finish(job, owner, JobStatus.FAILED, now, error_code=code, error_detail=detail)

    async def _check_in(self, job: Job) -> tuple[str | None, MHealthError | None]:
        """Run the check-in of ``job``; (check-in id, None) or (None, the error)."""
        try:
            data = await self.blobs.get(job.blob_key)
        except MHealthError as exc:
            return None, exc
        except (FileNotFoundError, KeyError):
            return None, NotFound("the recording of this job is gone", detail_ko="이 작업의 녹음이 없습니다")
        directory = tempfile.mkdtemp(prefix="mhealth-job-")
        path = Path(directory) / "recording"
        try:
            await asyncio.to_thread(path.write_bytes, data)
            result = await self.check_ins.check_in_audio(
                job.senior_id,
                path,
                filename=job.filename,
                recorded_at=job.recorded_at or job.created_at,
                idempotency_key=job.idempotency_key,
                language=job.language,
            )
            return result.check_in.id, None
        except MHealthError as exc:
            return None, exc
        except Exception as exc:  # a bug must not kill the worker: retried, then failed, and logged
            log.exception("job %s: unexpected %s", job.id, type(exc).__name__)
            return None, ProviderUnavailable(f"unexpected error: {type(exc).__name__}")
        finally:
            await asyncio.to_thread(shutil.rmtree, directory, True)

    async def _keep_lease(self, job_id: str, owner: str) -> None:
        period = self.policy.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(period)
            try:
                async with self.uow.begin() as tx:
                    held = await tx.jobs.renew(job_id, owner=owner, until=self.clock.now() + self.policy.lease)
                    await tx.commit()
            except Exception as exc:  # the database blinked (or a bug): the next renewal may succeed
                log.warning("job %s: lease renewal failed: %s", job_id, getattr(exc, "code", type(exc).__name__))
                continue
            if not held:
                log.warning("job %s: lease lost to another worker", job_id)
                return

    async def _finish(
        self,
        job: Job,
        owner: str,
        status: JobStatus,
        now: datetime,
        *,
        check_in_id: str | None = None,
        error_code: str | None = None,
        error_detail: str | None = None,
        next_attempt_at: datetime | None = None,
    ) -> JobStatus | None:
        async with self.uow.begin() as tx:
            held = await tx.jobs.finish(
                job.id,
                owner=owner,
                status=status,
                now=now,
                check_in_id=check_in_id,
                error_code=error_code,
                error_detail=error_detail,
                next_attempt_at=next_attempt_at,
            )
            if not held:  # another worker took the job over (our lease expired): it records the outcome
                return None
            if status in (JobStatus.DONE, JobStatus.FAILED):
                event = AlertEvent.JOB_DONE if status is JobStatus.DONE else AlertEvent.JOB_FAILED
                await self._announce(tx, job, event, now, error_code)
            await tx.commit()
        return status

    async def _announce(
        self, tx: Transaction, job: Job, event: AlertEvent, now: datetime, error_code: str | None
    ) -> None:
        for channel in self.org_channels:
            notification = Notification(
                delivery_id=new_id(),
                event=event,
                channel=channel,
                senior_id=job.senior_id,
                at=now,
                job_id=job.id,
                reason_code=error_code or "",
            )
            await tx.outbox.add(
                PendingDelivery(
                    id=notification.delivery_id,
                    kind=NOTIFICATION,
                    ref_id=job.id,
                    payload=msgspec.json.encode(notification),
                    attempts=0,
                    last_error="",
                    created_at=now,
                    next_attempt_at=now,
                )
            )


def _replay(prior: Job, sha256: str) -> JobSubmission:
    """The job an earlier request with this key made; a different recording under the same key is refused (a
    silent replay would drop the new recording while the caller believes it was accepted)."""
    if prior.sha256 != sha256:
        raise Conflict(
            "this Idempotency-Key was already used for a different recording; send a new key for a new recording",
            field="Idempotency-Key",
            detail_ko="이 Idempotency-Key는 다른 녹음에 이미 사용되었습니다. 새 녹음에는 새 키를 보내세요",
        )
    return JobSubmission(job=prior, replayed=True)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
