# ruff: noqa: F811  (the fixtures imported from conftest_storage are test parameters by name)
"""Long-recording jobs over every UnitOfWork (memory, SQLite, MariaDB): one claimer at a time, a dead worker's
job taken over once its lease runs out, outcomes written only by the lease holder, one job per key."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from mhealth.adapters.sql.testing import sample_senior
from mhealth.domain.errors import Conflict
from mhealth.domain.model import Job, JobStatus, new_id
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures

T0 = datetime(2025, 3, 1, 0, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)


def job(senior_id, *, key=None, at=T0, next_attempt_at=None):
    return Job(
        id=new_id(),
        senior_id=senior_id,
        status=JobStatus.QUEUED,
        created_at=at,
        updated_at=at,
        blob_key=f"audio/{new_id()}",
        sha256="0" * 64,
        idempotency_key=key or f"mh-{new_id()}",
        filename="call.m4a",
        recorded_at=at,
        duration_s=600.0,
        next_attempt_at=next_attempt_at or at,
        requested_by="guardian-1",
    )


async def senior_with_jobs(uow, n, **kwargs):
    senior = sample_senior()
    jobs = [job(senior.id, **kwargs) for _ in range(n)]
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        for j in jobs:
            await tx.jobs.add(j)
        await tx.commit()
    return senior, jobs


async def claim(uow, owner, now, limit=10):
    async with uow.begin() as tx:
        claimed = await tx.jobs.claim(owner, now, lease=LEASE, limit=limit)
        await tx.commit()
    return list(claimed)


async def test_a_job_round_trips_and_its_key_is_unique_per_senior(uow):
    senior, (stored,) = await senior_with_jobs(uow, 1)
    async with uow.begin() as tx:
        assert await tx.jobs.get(stored.id) == stored
        assert await tx.jobs.get(stored.id, senior_ids=["someone-else"]) is None
        assert await tx.jobs.senior_of(stored.id) == senior.id
        assert await tx.jobs.find_by_idempotency_key(senior.id, stored.idempotency_key) == stored
        with pytest.raises(Conflict):
            await tx.jobs.add(job(senior.id, key=stored.idempotency_key))
        assert await tx.jobs.blob_keys_pending() == {stored.blob_key}
        assert await tx.jobs.blob_keys_pending(senior_id="nobody") == set()


async def test_a_claimed_job_is_nobody_elses_until_its_lease_runs_out(uow):
    _, jobs = await senior_with_jobs(uow, 3)
    first = await claim(uow, "worker-a", T0, limit=2)
    second = await claim(uow, "worker-b", T0 + timedelta(seconds=1))
    assert [j.status for j in first] == [JobStatus.RUNNING] * 2 and all(j.attempts == 1 for j in first)
    assert {j.id for j in second} == {j.id for j in jobs} - {j.id for j in first}
    assert await claim(uow, "worker-c", T0 + timedelta(seconds=2)) == []
    # worker-a died: its jobs come back after its lease; worker-b renewed and keeps its own
    async with uow.begin() as tx:
        assert await tx.jobs.renew(second[0].id, owner="worker-b", until=T0 + timedelta(minutes=5))
        assert not await tx.jobs.renew(second[0].id, owner="worker-a", until=T0 + timedelta(minutes=5))
        await tx.commit()
    taken_over = await claim(uow, "worker-c", T0 + LEASE + timedelta(seconds=2))
    assert {j.id for j in taken_over} == {j.id for j in first}
    assert all(j.attempts == 2 for j in taken_over)


async def test_only_the_lease_holder_records_the_outcome(uow):
    _, (j,) = await senior_with_jobs(uow, 1)
    await claim(uow, "worker-a", T0)
    await claim(uow, "worker-b", T0 + LEASE + timedelta(seconds=1))  # a's lease ran out: b took it over
    async with uow.begin() as tx:
        late = await tx.jobs.finish(j.id, owner="worker-a", status=JobStatus.DONE, now=T0, check_in_id="ci-a")
        won = await tx.jobs.finish(j.id, owner="worker-b", status=JobStatus.DONE, now=T0, check_in_id="ci-b")
        await tx.commit()
    assert (late, won) == (False, True)
    async with uow.begin() as tx:
        done = await tx.jobs.get(j.id)
        assert done is not None and (done.status, done.check_in_id) == (JobStatus.DONE, "ci-b")
        assert await tx.jobs.blob_keys_pending() == set()
    assert await claim(uow, "worker-c", T0 + timedelta(hours=1)) == []  # done is done


async def test_a_retried_job_waits_for_its_time(uow):
    _, (j,) = await senior_with_jobs(uow, 1)
    await claim(uow, "worker-a", T0)
    retry_at = T0 + timedelta(seconds=40)
    async with uow.begin() as tx:
        assert await tx.jobs.finish(
            j.id,
            owner="worker-a",
            status=JobStatus.QUEUED,
            now=T0,
            error_code="speech_unavailable",
            error_detail="down",
            next_attempt_at=retry_at,
        )
        await tx.commit()
    assert await claim(uow, "worker-b", T0 + timedelta(seconds=39)) == []
    (again,) = await claim(uow, "worker-b", retry_at)
    assert again.attempts == 2 and again.error_code == "speech_unavailable"


async def test_concurrent_claimers_never_share_a_job(uow):
    _, jobs = await senior_with_jobs(uow, 30)

    async def worker(name):
        got = []
        while batch := await claim(uow, name, T0, limit=2):
            got.extend(j.id for j in batch)
        return got

    results = await asyncio.gather(*(worker(f"w{i}") for i in range(4)))
    claimed = [j for r in results for j in r]
    assert sorted(claimed) == sorted(j.id for j in jobs)  # every job once: none lost, none twice


async def test_deleting_the_senior_deletes_their_jobs(uow):
    senior, (j,) = await senior_with_jobs(uow, 1)
    async with uow.begin() as tx:
        assert await tx.seniors.delete(senior.id)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.jobs.get(j.id) is None
