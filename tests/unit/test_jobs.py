"""Long recordings as jobs, over the fakes: accepted and stored at once, run by workers under leases, never
lost and never stored twice (a killed worker, a provider outage, bad audio)."""

import hashlib
from datetime import UTC, datetime, timedelta

import msgspec
import pytest

import mhealth
from mhealth.adapters.memory import (
    InMemorySpeechToText,
)
from mhealth.domain.errors import Conflict, ConsentRequired, NotFound, SpeechUnavailable
from mhealth.domain.model import AlertEvent, JobStatus, Notification
from mhealth.domain.usecases.checkins import AuditContext
from mhealth.domain.usecases.jobs import JobPolicy
from mhealth.testing import offline_settings
from tests.checkins_harness import memory_ports, tone_wav

START = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
AUDIT = AuditContext(actor="guardian-1", actor_role="guardian", request_id="req-1")


class FlakySpeech(InMemorySpeechToText):
    """Unavailable for the first ``failures`` calls (an outage), then answers."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    async def transcribe(self, audio, *, language="ko-KR"):
        if self.failures > 0:
            self.failures -= 1
            raise SpeechUnavailable("speech is down (simulated)")
        return await super().transcribe(audio, language=language)


@pytest.fixture
def ports():
    return memory_ports(START)


@pytest.fixture
async def mh(ports):
    async with mhealth.build(offline_settings(), **ports) as facade:
        yield facade


def job_events(uow):
    found = []
    for d in uow.state.outbox.values():
        n = msgspec.json.decode(d.payload, type=Notification)
        if n.job_id is not None:
            found.append((n.event, n.job_id, n.reason_code))
    return found


async def test_a_job_is_stored_before_the_answer_and_becomes_one_check_in(mh, ports):
    senior = await mh.create_senior(display_name="김순자")
    audio = tone_wav(2.0)
    submitted = await mh.submit_audio_job(senior.id, audio, filename="call.wav", duration_s=2.0, audit=AUDIT)
    job = submitted.job
    assert job.status is JobStatus.QUEUED and not submitted.replayed
    assert await ports["blobs"].get(job.blob_key) == audio  # the recording is safe before the 202
    assert [e.action for e in ports["uow"].state.audit.values()] == ["job.create"]
    assert not ports["speech"].calls  # no speech work in the request

    report = await mh.run_jobs(owner="worker-a")
    assert (report.claimed, report.done, report.failed) == (1, 1, 0)
    done = await mh.get_job(job.id)
    assert done.status is JobStatus.DONE and done.check_in_id is not None
    check_in = await mh.get_check_in(done.check_in_id)
    assert check_in.idempotency_key == job.idempotency_key and check_in.recording is not None
    assert job_events(ports["uow"]) == [(AlertEvent.JOB_DONE, job.id, "")]
    assert (await mh.run_jobs(owner="worker-b")).claimed == 0  # done is done


async def test_the_same_key_gives_the_same_job(mh, ports):
    senior = await mh.create_senior(display_name="박영자")
    first = await mh.submit_audio_job(senior.id, tone_wav(), idempotency_key="call-42")
    again = await mh.submit_audio_job(senior.id, tone_wav(), idempotency_key="call-42")
    assert again.replayed and again.job.id == first.job.id
    # The key names one recording: another one under it is refused, not dropped behind a "replayed" answer.
    with pytest.raises(Conflict):
        await mh.submit_audio_job(senior.id, tone_wav(1.5), idempotency_key="call-42")
    assert len(ports["uow"].state.jobs) == 1


async def test_a_hidden_job_answers_like_a_missing_one(mh):
    senior = await mh.create_senior(display_name="이말순")
    job = (await mh.submit_audio_job(senior.id, tone_wav())).job
    with pytest.raises(NotFound) as hidden:
        await mh.get_job(job.id, visible=["another-senior"])
    with pytest.raises(NotFound) as missing:
        await mh.get_job("no-such-job", visible=["another-senior"])
    assert (hidden.value.code, hidden.value.detail) == (missing.value.code, missing.value.detail)


async def test_no_consent_no_job_and_nothing_stored(mh, ports):
    senior = await mh.create_senior(display_name="한순이", consent_audio=False)
    with pytest.raises(ConsentRequired):
        await mh.submit_audio_job(senior.id, tone_wav())
    assert not ports["blobs"].objects and not ports["uow"].state.jobs


async def test_a_speech_outage_is_retried_with_growing_waits_then_succeeds(ports):
    ports["speech"] = FlakySpeech(failures=3)
    async with mhealth.build(offline_settings(), **ports) as mh:
        senior = await mh.create_senior(display_name="최복순")
        job = (await mh.submit_audio_job(senior.id, tone_wav())).job
        waits = []
        for _ in range(3):
            assert (await mh.run_jobs(owner="w")).retrying == 1
            queued = await mh.get_job(job.id)
            assert queued.status is JobStatus.QUEUED and queued.error_code == "speech_unavailable"
            assert queued.next_attempt_at is not None
            waits.append(queued.next_attempt_at - ports["clock"].now())
            assert (await mh.run_jobs(owner="w")).claimed == 0  # not before its time
            ports["clock"].advance(waits[-1])
        # exponential: 10 s, 20 s, 40 s (+ up to 25 % jitter each), never immediate
        assert timedelta(seconds=10) <= waits[0] <= timedelta(seconds=12.5)
        assert waits[0] < waits[1] < waits[2]
        assert waits[2] >= timedelta(seconds=40)
        assert (await mh.run_jobs(owner="w")).done == 1
        assert len(ports["uow"].state.check_ins) == 1


async def test_a_job_that_keeps_failing_fails_for_good_and_says_so(ports):
    ports["speech"] = FlakySpeech(failures=100)
    async with mhealth.build(offline_settings(), **ports) as mh:
        mh.jobs.policy = JobPolicy(max_attempts=3)
        senior = await mh.create_senior(display_name="정옥자")
        job = (await mh.submit_audio_job(senior.id, tone_wav())).job
        for _ in range(3):
            await mh.run_jobs(owner="w")
            ports["clock"].advance(timedelta(hours=1))
        failed = await mh.get_job(job.id)
        assert failed.status is JobStatus.FAILED and failed.attempts == 3
        assert failed.error_code == "speech_unavailable"
        assert job_events(ports["uow"]) == [(AlertEvent.JOB_FAILED, job.id, "speech_unavailable")]
        assert not ports["uow"].state.check_ins


async def test_audio_that_cannot_be_read_fails_at_once(mh, ports):
    senior = await mh.create_senior(display_name="강금순")
    job = (await mh.submit_audio_job(senior.id, b"this is not audio at all" * 10)).job
    assert (await mh.run_jobs(owner="w")).failed == 1
    failed = await mh.get_job(job.id)
    assert failed.status is JobStatus.FAILED and failed.attempts == 1
    assert failed.error_code in {"unsupported_audio", "corrupt_audio"}


async def test_a_killed_worker_s_job_is_finished_by_another_and_stored_once(mh, ports):
    senior = await mh.create_senior(display_name="윤정희")
    job = (await mh.submit_audio_job(senior.id, tone_wav(), filename="call.wav")).job
    # worker-a claims the job, stores the check-in, and dies before recording the outcome
    async with ports["uow"].begin() as tx:
        (claimed,) = await tx.jobs.claim("worker-a", ports["clock"].now(), lease=mh.jobs.policy.lease)
        await tx.commit()
    await mh.check_in_audio(senior.id, tone_wav(), idempotency_key=claimed.idempotency_key)
    assert (await mh.run_jobs(owner="worker-b")).claimed == 0  # a's lease still holds
    ports["clock"].advance(mh.jobs.policy.lease + timedelta(seconds=1))
    assert (await mh.run_jobs(owner="worker-b")).done == 1
    done = await mh.get_job(job.id)
    assert done.status is JobStatus.DONE and done.attempts == 2
    assert len(ports["uow"].state.check_ins) == 1  # the first run's check-in, found by the job's key


async def test_a_queued_job_s_recording_survives_the_orphan_sweep(mh, ports):
    senior = await mh.create_senior(display_name="오순덕")
    job = (await mh.submit_audio_job(senior.id, tone_wav())).job
    orphan = await ports["blobs"].put_bytes(b"orphan", sha256=hashlib.sha256(b"orphan").hexdigest())
    for key in (job.blob_key, orphan):  # both stored long before the sweep
        ports["blobs"].stored[key] = ports["clock"].now() - timedelta(days=3)
    swept = await mh.sweep_orphan_blobs(older_than=timedelta(hours=1))
    assert swept.removed == (orphan,)  # the sweep works, and keeps the job's recording
    assert await ports["blobs"].get(job.blob_key)


async def test_a_job_whose_worker_keeps_dying_fails_for_good_instead_of_killing_one_more(ports):
    async with mhealth.build(offline_settings(), **ports) as mh:
        mh.jobs.policy = JobPolicy(max_attempts=2)
        senior = await mh.create_senior(display_name="문복례")
        job = (await mh.submit_audio_job(senior.id, tone_wav())).job
        for n in range(2):  # two workers claim it and die without a word (out of memory, SIGKILL)
            async with ports["uow"].begin() as tx:
                assert len(await tx.jobs.claim(f"dying-{n}", ports["clock"].now(), lease=mh.jobs.policy.lease)) == 1
                await tx.commit()
            ports["clock"].advance(mh.jobs.policy.lease + timedelta(seconds=1))
        report = await mh.run_jobs(owner="survivor")
        assert report.failed == 1 and report.done == 0
        failed = await mh.get_job(job.id)
        assert failed.status is JobStatus.FAILED and failed.error_code == "internal_error"
        assert "2 runs" in (failed.error_detail or "")
        assert not ports["uow"].state.check_ins  # not run a third time
        assert job_events(ports["uow"]) == [(AlertEvent.JOB_FAILED, job.id, "internal_error")]


async def test_the_worker_runs_one_job_per_step_and_stops_between_jobs(mh, ports):
    from mhealth.entrypoints.worker import Worker

    senior = await mh.create_senior(display_name="배말순")
    for seconds in (1.0, 1.5, 2.0):
        await mh.submit_audio_job(senior.id, tone_wav(seconds))

    class Runner:  # what Worker reads of a TaskRunner
        jobs = mh.jobs
        owner = "w"

    worker = Worker(Runner(), poll_s=60, jobs_poll_s=60)  # type: ignore[arg-type]
    step = await worker.run_jobs_once()
    assert step is not None and step["claimed"] == 1 and step["done"] == 1
    worker.stop()
    await worker._jobs_loop()  # stopped: returns at once, the two other jobs left queued for another worker
    assert sum(1 for j in ports["uow"].state.jobs.values() if j.status is JobStatus.QUEUED) == 2


async def test_a_failing_lease_renewal_keeps_trying_instead_of_giving_the_job_up(mh, ports):
    import asyncio

    senior = await mh.create_senior(display_name="하분이")
    job = (await mh.submit_audio_job(senior.id, tone_wav())).job
    async with ports["uow"].begin() as tx:
        (claimed,) = await tx.jobs.claim("w", ports["clock"].now(), lease=mh.jobs.policy.lease)
        await tx.commit()
    calls = []
    real_begin = ports["uow"].begin

    def flaky_begin():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("connection reset (simulated)")
        return real_begin()

    ports["uow"].begin = flaky_begin
    mh.jobs.policy = JobPolicy(lease=timedelta(seconds=3))
    renewal = asyncio.create_task(mh.jobs._keep_lease(claimed.id, "w"))  # renews every 1 s
    try:
        for _ in range(500):  # up to 10 s on a loaded machine
            if len(calls) >= 2:
                break
            await asyncio.sleep(0.02)
    finally:
        renewal.cancel()
    assert len(calls) >= 2, "the renewal loop stopped after one failure"
    assert job.id == claimed.id
