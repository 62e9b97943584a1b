"""Jobs: a long recording accepted at once (202) and turned into a check-in by a worker.

The recording is stored (blob and job row, in one transaction with its audit entry) before the 202 answer;
the worker claims the job under a database lease and runs the same check-in as the synchronous path, with
the job's idempotency key, so a worker killed mid-job leaves nothing half-done: the next claim finishes it,
and a check-in that was already stored is found again instead of being stored twice.
"""

from __future__ import annotations

import enum
from datetime import datetime

import msgspec

from mhealth.domain.model.common import require, require_aware


class JobStatus(enum.StrEnum):
    QUEUED = "queued"  # waiting for a worker (also between retries)
    RUNNING = "running"  # claimed by a worker (a lease; an expired lease makes it claimable again)
    DONE = "done"  # the check-in is stored: ``check_in_id``
    FAILED = "failed"  # for good: ``error_code`` / ``error_detail``


class Job(msgspec.Struct, frozen=True, kw_only=True):
    """An audio check-in to be made by a worker."""

    id: str
    senior_id: str
    status: JobStatus
    created_at: datetime
    updated_at: datetime
    blob_key: str
    sha256: str
    idempotency_key: str
    language: str = "ko-KR"
    filename: str | None = None
    recorded_at: datetime | None = None
    duration_s: float | None = None  # from the container's header, when it declares one
    attempts: int = 0  # runs started (claims), a run cut short by a killed worker included
    next_attempt_at: datetime | None = None
    check_in_id: str | None = None
    error_code: str | None = None
    error_detail: str | None = None
    requested_by: str | None = None  # the actor who submitted it (for the audit trail)

    def __post_init__(self) -> None:
        require(bool(self.id), "job id must not be empty", "id")
        require_aware(self.created_at, "created_at")
        require_aware(self.updated_at, "updated_at")
        if self.recorded_at is not None:
            require_aware(self.recorded_at, "recorded_at")
        if self.status is JobStatus.DONE:
            require(self.check_in_id is not None, "a done job names its check-in", "check_in_id")
        if self.status is JobStatus.FAILED:
            require(self.error_code is not None, "a failed job names its error", "error_code")
