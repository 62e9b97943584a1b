"""Maintenance: remove blobs that no stored recording refers to.

A check-in stores its audio *before* its transaction commits (the blob must exist when the row does), so a
failed or abandoned check-in leaves an orphan blob behind; deleting a senior leaves their audio behind too.
This sweep removes them. It never removes a blob younger than ``older_than``: that blob may belong to a
check-in whose transaction is still running.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import msgspec

from mhealth.ports.blobs import BlobStore
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import UnitOfWork

log = logging.getLogger(__name__)


class SweepResult(msgspec.Struct, frozen=True, kw_only=True):
    examined: int
    removed: tuple[str, ...]
    kept_in_use: int
    kept_recent: int


async def sweep_orphan_blobs(blobs: BlobStore, uow: UnitOfWork, *, older_than: timedelta, now: datetime) -> SweepResult:
    """Delete every blob that no recording refers to and that was stored before ``now - older_than``.

    The blob's age comes from the store's optional ``stored_at(key)`` (FileBlobStore has it: the last
    time the content was stored, refreshed when a new check-in stores the same audio again). A store
    that cannot tell an age has its orphans removed only when ``older_than`` is zero or less.

    Order matters: keys are listed *before* the keys in use are read, so a check-in that commits in
    between is seen as in use.
    """
    keys = [key async for key in blobs.keys()]
    async with uow.begin() as tx:
        # A queued job's recording is not a check-in's yet: it is in use all the same.
        in_use = await tx.check_ins.blob_keys_in_use() | await tx.jobs.blob_keys_pending()
    cutoff = now - older_than
    stored_at = getattr(blobs, "stored_at", None)
    removed: list[str] = []
    kept_in_use = kept_recent = 0
    for key in keys:
        if key in in_use:
            kept_in_use += 1
            continue
        if stored_at is not None:
            when = await stored_at(key)
            if when is None:  # already gone
                continue
            if when > cutoff:
                kept_recent += 1
                continue
        elif older_than > timedelta(0):
            kept_recent += 1
            continue
        await blobs.delete(key)
        removed.append(key)
    log.info("orphan sweep: %d blobs examined, %d removed, %d young orphans kept", len(keys), len(removed), kept_recent)
    return SweepResult(examined=len(keys), removed=tuple(removed), kept_in_use=kept_in_use, kept_recent=kept_recent)


class Maintenance:
    """Housekeeping the operator runs (``mhealth sweep``) or a worker schedules."""

    def __init__(self, *, uow: UnitOfWork, blobs: BlobStore, clock: Clock) -> None:
        self.uow = uow
        self.blobs = blobs
        self.clock = clock

    async def sweep_orphan_blobs(self, *, older_than: timedelta) -> SweepResult:
        """Remove stored audio no recording refers to, older than ``older_than`` (see the module function)."""
        return await sweep_orphan_blobs(self.blobs, self.uow, older_than=older_than, now=self.clock.now())

    async def outbox_depth(self) -> int:
        """Deliveries (analytics, alerts) waiting in the outbox: due now or scheduled for a retry."""
        async with self.uow.begin() as tx:
            return await tx.outbox.depth()
