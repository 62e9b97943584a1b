"""Retention: audio and check-ins deleted when their configured time is up."""

from __future__ import annotations

from datetime import timedelta

import msgspec

from mhealth.ports.blobs import BlobStore
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import UnitOfWork


class RetentionPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """Recordings are kept ``audio_days``; check-ins (transcripts, assessments) ``check_in_days`` (None: kept)."""

    audio_days: int = 7
    check_in_days: int | None = None


class RetentionReport(msgspec.Struct, frozen=True, kw_only=True):
    recordings_expired: int = 0
    blobs_removed: int = 0
    check_ins_removed: int = 0


class Retention:
    """Deletes what the retention policy and consent say must go, and erases seniors on request."""

    def __init__(
        self, *, uow: UnitOfWork, blobs: BlobStore, clock: Clock, policy: RetentionPolicy = RetentionPolicy()
    ) -> None:
        self.uow = uow
        self.blobs = blobs
        self.clock = clock
        self.policy = policy

    async def run(self, *, batch: int = 500) -> RetentionReport:
        """One sweep: recordings past ``audio_days`` or of a senior without audio consent lose their blob
        (the recording is marked deleted); check-ins past ``check_in_days`` are removed whole."""
        now = self.clock.now()
        cutoff = now - timedelta(days=self.policy.audio_days)
        expired = 0
        candidates: set[str] = set()
        while True:
            async with self.uow.begin() as tx:
                due = await tx.check_ins.recordings_due_for_deletion(cutoff, limit=batch)
                for recording in due:
                    await tx.check_ins.mark_blob_deleted(recording.id, now)
                await tx.commit()
            expired += len(due)
            candidates.update(r.blob_key for r in due)
            if len(due) < batch:
                break
        removed_check_ins = 0
        if self.policy.check_in_days is not None:
            before = now - timedelta(days=self.policy.check_in_days)
            while True:
                async with self.uow.begin() as tx:
                    n = await tx.check_ins.delete_created_before(before, limit=batch)
                    await tx.commit()
                removed_check_ins += n
                if n < batch:
                    break
        removed = await self._remove_unreferenced(candidates)
        return RetentionReport(recordings_expired=expired, blobs_removed=removed, check_ins_removed=removed_check_ins)

    async def _remove_unreferenced(self, keys: set[str]) -> int:
        if not keys:
            return 0
        # Blobs are content-addressed: another (live) recording may hold the same bytes.
        async with self.uow.begin() as tx:
            in_use = await tx.check_ins.blob_keys_in_use() | await tx.jobs.blob_keys_pending()
        removed = 0
        for key in sorted(keys - in_use):
            await self.blobs.delete(key)
            removed += 1
        return removed

    async def erase_senior(self, senior_id: str) -> bool:
        """Remove the senior and everything about them, audio blobs included. False when unknown."""
        async with self.uow.begin() as tx:
            keys = await tx.check_ins.blob_keys_for_senior(senior_id) | await tx.jobs.blob_keys_pending(
                senior_id=senior_id
            )
            removed = await tx.seniors.delete(senior_id)
            await tx.commit()
        if removed:
            await self._remove_unreferenced(keys)
        return removed
