"""Long recordings as jobs through HTTP, in process: 202 with the job when asked (``Prefer: respond-async``)
or when the recording is long, the job's progress at /v1/jobs/{id}, its check-in once a worker ran it."""

from __future__ import annotations

import pytest

from mhealth.domain.model import Role
from tests.checkins_harness import tone_wav
from tests.http.conftest import Running

pytestmark = pytest.mark.settings(embedded_worker=False)  # the test runs the worker itself


async def senior_and_guardian(running: Running) -> tuple[str, dict[str, str]]:
    mh = running.app.edge.mh
    assert mh is not None
    access = running.container.access()
    senior = await mh.create_senior(display_name="김순자")
    guardian = await access.create_user(email="g@example.kr", password="correct horse battery", role=Role.GUARDIAN)
    await access.link(guardian.id, senior.id, by="test")
    return senior.id, running.token("guardian", guardian.id)


async def test_prefer_respond_async_stores_the_recording_and_answers_202_with_the_job(running: Running) -> None:
    senior, guardian = await senior_and_guardian(running)
    url = f"/v1/seniors/{senior}/check-ins"
    headers = {**guardian, "Content-Type": "audio/wav", "Prefer": "respond-async, wait=5"}
    answer = await running.client.post(url, content=tone_wav(2.0), headers=headers)
    assert answer.status_code == 202, answer.text
    job = answer.json()
    assert job["status"] == "queued" and job["result"] is None and job["duration_s"] == pytest.approx(2.0)
    assert answer.headers["location"] == f"/v1/jobs/{job['id']}"
    assert answer.headers["preference-applied"] == "respond-async"
    key = answer.headers["idempotency-key"]

    again = await running.client.post(url, content=tone_wav(2.0), headers={**headers, "Idempotency-Key": key})
    assert again.status_code == 202 and again.json()["id"] == job["id"] and again.json()["replayed"]

    queued = await running.client.get(f"/v1/jobs/{job['id']}", headers=guardian)
    assert queued.status_code == 200 and queued.json()["status"] == "queued"

    ran = await running.client.post("/v1/tasks/jobs:run", headers=running.token("admin", "ops"))
    assert ran.status_code == 200 and ran.json()["done"] == 1

    done = (await running.client.get(f"/v1/jobs/{job['id']}", headers=guardian)).json()
    assert done["status"] == "done" and done["result"] == f"/v1/check-ins/{done['check_in_id']}"
    check_in = await running.client.get(done["result"], headers=guardian)
    assert check_in.status_code == 200 and check_in.json()["recording"]["audio"]["duration_s"] == pytest.approx(2.0)


@pytest.mark.settings(embedded_worker=False, async_above_s=1.5)
async def test_a_recording_longer_than_the_setting_becomes_a_job_by_itself(running: Running) -> None:
    senior, guardian = await senior_and_guardian(running)
    url = f"/v1/seniors/{senior}/check-ins"
    headers = {**guardian, "Content-Type": "audio/wav"}
    short = await running.client.post(url, content=tone_wav(1.0), headers=headers)
    long = await running.client.post(url, content=tone_wav(3.0), headers=headers)
    assert short.status_code == 201  # synchronous, as before
    assert long.status_code == 202 and long.json()["status"] == "queued"
    assert "preference-applied" not in long.headers  # nobody asked: the service chose


async def test_someone_else_s_job_is_not_found(running: Running) -> None:
    senior, guardian = await senior_and_guardian(running)
    answer = await running.client.post(
        f"/v1/seniors/{senior}/check-ins",
        content=tone_wav(),
        headers={**guardian, "Content-Type": "audio/wav", "Prefer": "respond-async"},
    )
    job_id = answer.json()["id"]
    stranger = await running.container.access().create_user(
        email="other@example.kr", password="correct horse battery", role=Role.GUARDIAN
    )
    hidden = await running.client.get(f"/v1/jobs/{job_id}", headers=running.token("guardian", stranger.id))
    made_up = await running.client.get("/v1/jobs/nobody-0000", headers=running.token("guardian", stranger.id))
    assert hidden.status_code == made_up.status_code == 404
    assert hidden.json()["detail"] == made_up.json()["detail"]


async def test_respond_async_in_a_second_prefer_header_counts_and_text_stays_synchronous(running: Running) -> None:
    senior, guardian = await senior_and_guardian(running)
    url = f"/v1/seniors/{senior}/check-ins"
    audio = await running.client.post(
        url,
        content=tone_wav(),
        headers=[*guardian.items(), ("Content-Type", "audio/wav"), ("Prefer", "wait=10"), ("Prefer", "respond-async")],
    )
    assert audio.status_code == 202 and audio.headers["preference-applied"] == "respond-async"
    asking = {**guardian, "Prefer": "respond-async"}
    text = await running.client.post(url, json={"text": "오늘은 괜찮아요"}, headers=asking)
    assert text.status_code == 201 and "preference-applied" not in text.headers  # a text check-in is quick


async def test_the_openapi_document_describes_the_202_job_and_the_prefer_header(running: Running) -> None:
    doc = (await running.client.get("/schema/openapi.json")).json()
    operation = doc["paths"]["/v1/seniors/{senior_id}/check-ins"]["post"]
    accepted = operation["responses"]["202"]
    assert "respond-async" in accepted["description"] and "/v1/jobs/" in accepted["description"]
    assert "application/json" in accepted["content"]
    assert any(p["name"] == "Prefer" and p["in"] == "header" for p in operation["parameters"])


async def test_a_key_reused_for_a_different_recording_is_a_conflict_not_a_silent_replay(running: Running) -> None:
    senior, guardian = await senior_and_guardian(running)
    url = f"/v1/seniors/{senior}/check-ins"
    headers = {**guardian, "Content-Type": "audio/wav", "Prefer": "respond-async", "Idempotency-Key": "call-1"}
    first = await running.client.post(url, content=tone_wav(2.0), headers=headers)
    same = await running.client.post(url, content=tone_wav(2.0), headers=headers)
    other = await running.client.post(url, content=tone_wav(3.0), headers=headers)
    assert first.status_code == 202 and same.status_code == 202 and same.json()["id"] == first.json()["id"]
    assert other.status_code == 409 and other.json()["error"] == "conflict"
    assert "different recording" in other.json()["detail"]
