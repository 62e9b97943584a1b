"""Consent: what a senior (or their guardian) agreed to, kept as a history."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from mhealth.domain.model import (
    ConsentRecord,
    ConsentScope,
    new_id,
)
from mhealth.domain.usecases.access import not_found_senior
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import UnitOfWork


class Consents:
    """Consent records per senior and scope; the latest record is the answer.

    ``Senior.consent_audio`` mirrors the current ``audio_processing`` record in the same transaction, so the
    check-in pipeline's check (:class:`ConsentRequired`) reads one row. Withdrawing audio consent stops
    processing at once and leaves the senior's recordings to the next retention run, which deletes them.
    """

    def __init__(self, *, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    async def record(self, senior_id: str, scope: ConsentScope, *, granted: bool, by: str) -> ConsentRecord:
        record = ConsentRecord(
            id=new_id(),
            senior_id=senior_id,
            scope=scope,
            granted=granted,
            recorded_by=by[:200],
            recorded_at=self.clock.now(),
        )
        async with self.uow.begin() as tx:
            senior = await tx.seniors.get(senior_id)
            if senior is None:
                raise not_found_senior()
            await tx.consents.add(record)
            if scope is ConsentScope.AUDIO_PROCESSING and senior.consent_audio != granted:
                await tx.seniors.update(msgspec.structs.replace(senior, consent_audio=granted))
            await tx.commit()
        return record

    async def history(self, senior_id: str) -> Sequence[ConsentRecord]:
        async with self.uow.begin() as tx:
            if await tx.seniors.get(senior_id) is None:
                raise not_found_senior()
            return await tx.consents.history(senior_id)
