"""Wire schema of a long-recording job (``/v1/jobs/{id}``)."""

from __future__ import annotations

import msgspec

from mhealth.domain.model import Job, JobStatus


class JobError(msgspec.Struct, kw_only=True):
    code: str
    detail: str


class JobResponse(msgspec.Struct, kw_only=True):
    """A job: ``queued`` -> ``running`` -> ``done`` (``result``: the check-in) or ``failed`` (``error``).

    ``error`` on a queued job is the last run's transient failure (it will be retried at ``next_attempt_at``).
    """

    id: str
    senior_id: str
    status: JobStatus
    created_at: str
    updated_at: str
    attempts: int
    replayed: bool = False
    duration_s: float | None = None
    next_attempt_at: str | None = None
    check_in_id: str | None = None
    result: str | None = None  # the check-in's URL when done
    error: JobError | None = None


def job_response(job: Job, *, replayed: bool = False) -> JobResponse:
    error = None
    if job.error_code is not None:
        error = JobError(code=job.error_code, detail=job.error_detail or "")
    pending = job.status is JobStatus.QUEUED and job.next_attempt_at is not None
    return JobResponse(
        id=job.id,
        senior_id=job.senior_id,
        status=job.status,
        created_at=job.created_at.isoformat(),
        updated_at=job.updated_at.isoformat(),
        attempts=job.attempts,
        replayed=replayed,
        duration_s=round(job.duration_s, 3) if job.duration_s is not None else None,
        next_attempt_at=job.next_attempt_at.isoformat() if pending and job.next_attempt_at else None,
        check_in_id=job.check_in_id,
        result=f"/v1/check-ins/{job.check_in_id}" if job.check_in_id else None,
        error=error,
    )
