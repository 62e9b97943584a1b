"""Alert routes in process: read with deliveries, acknowledge with an outcome, resolve, who may, and tasks."""

from __future__ import annotations

import asyncio

import pytest

from mhealth.domain.model import AckOutcome, AlertEvent
from tests.http.conftest import Running
from tests.http.test_routing_and_authorization import assert_error, world

CRISIS = "약을 조금씩 모아두고 있어요. 다 끝내고 싶어요"


async def critical_check_in(running: Running, senior: str, headers) -> dict:
    r = await running.client.post(f"/v1/seniors/{senior}/check-ins", headers=headers, json={"text": CRISIS})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["alert_id"], body
    return body


async def test_the_check_in_read_carries_the_alert_its_post_answered(running: Running):
    w = await world(running)
    posted = await critical_check_in(running, w["mine"], w["admin"])

    read = await running.client.get(f"/v1/check-ins/{posted['id']}", headers=w["admin"])
    assessment = await running.client.get(
        f"/v1/assessments/{posted['assessment']['assessment_id']}", headers=w["admin"]
    )

    assert read.status_code == 200 and read.json()["alert_id"] == posted["alert_id"]
    assert assessment.json()["alert_id"] == posted["alert_id"]


async def test_an_alert_is_read_with_its_delivery_attempts(running: Running):
    w = await world(running)
    alert_id = (await critical_check_in(running, w["mine"], w["guardian"]))["alert_id"]

    r = await running.client.get(f"/v1/alerts/{alert_id}", headers=w["guardian"])

    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == alert_id and body["status"] == "open" and body["level"] == "critical"
    (log,) = body["deliveries"]  # the check-in's fast first try: the organisation log
    assert {k: log[k] for k in ("channel", "recipient", "outcome", "attempt", "event")} == {
        "channel": "log",
        "recipient": "log",
        "outcome": "delivered",
        "attempt": 1,
        "event": "alert.created",
    }
    assert log["latency_ms"] >= 0 and log["at"]


async def test_acknowledging_needs_an_outcome_and_stays_listed_until_resolved(running: Running):
    w = await world(running)
    alert_id = (await critical_check_in(running, w["mine"], w["admin"]))["alert_id"]
    url = f"/v1/alerts/{alert_id}"

    assert_error(await running.client.post(url + "/acknowledge", headers=w["guardian"], json={}), 400, "invalid_input")
    assert_error(
        await running.client.post(url + "/acknowledge", headers=w["guardian"], json={"outcome": "called"}),
        400,
        "invalid_input",
    )
    acked = await running.client.post(
        url + "/acknowledge", headers=w["guardian"], json={"outcome": "reached", "note": "통화했습니다"}
    )
    assert acked.status_code == 200, acked.text
    assert acked.json()["status"] == "acknowledged"
    assert acked.json()["ack_outcome"] == "reached" and acked.json()["ack_note"] == "통화했습니다"
    inbox = {"senior_id": w["mine"], "unresolved": "true"}
    listed = await running.client.get("/v1/alerts", headers=w["guardian"], params=inbox)
    assert [a["id"] for a in listed.json()["items"]] == [alert_id]  # still in every member's inbox

    resolved = await running.client.post(url + "/resolve", headers=w["guardian"], json={"note": "방문 확인"})
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["status"] == "resolved" and resolved.json()["resolve_note"] == "방문 확인"
    assert (await running.client.get("/v1/alerts", headers=w["guardian"], params=inbox)).json()["items"] == []
    assert (await running.client.post("/v1/tasks/deliver:run", headers=w["admin"])).json()["delivered"] == 2
    detail = (await running.client.get(url, headers=w["admin"])).json()
    assert {d["event"] for d in detail["deliveries"]} >= {"alert.created", "alert.acknowledged", "alert.resolved"}


@pytest.mark.parametrize("caller", ["guardian", "senior"])
async def test_an_alert_of_another_senior_is_answered_like_a_missing_one(running: Running, caller):
    w = await world(running)
    hidden = (await critical_check_in(running, w["other"], w["admin"]))["alert_id"]
    for path, method, body in (
        ("", "GET", None),
        ("/acknowledge", "POST", {"outcome": "reached"}),
        ("/resolve", "POST", {}),
    ):
        r = await running.client.request(method, f"/v1/alerts/{hidden}{path}", headers=w[caller], json=body)
        missing = await running.client.request(method, f"/v1/alerts/nope{path}", headers=w[caller], json=body)
        assert_error(r, 404, "not_found")
        assert r.json() == missing.json()


async def test_a_senior_does_not_sign_off_their_own_alert(running: Running):
    w = await world(running)
    alert_id = (await critical_check_in(running, w["mine"], w["admin"]))["alert_id"]
    r = await running.client.post(
        f"/v1/alerts/{alert_id}/acknowledge", headers=w["senior"], json={"outcome": "reached"}
    )
    assert_error(r, 403, "forbidden")


async def test_tasks_run_for_an_admin_or_a_service_client_only(running: Running):
    w = await world(running)
    await critical_check_in(running, w["mine"], w["admin"])
    for name in ("deliver", "escalate", "schedules"):
        r = await running.client.post(f"/v1/tasks/{name}:run", headers=w["admin"])
        assert r.status_code == 200, r.text
        assert r.json()["task"] == name
    assert (await running.client.post("/v1/tasks/deliver:run", headers=w["service"])).status_code == 200
    assert_error(await running.client.post("/v1/tasks/deliver:run", headers=w["guardian"]), 403, "forbidden")
    assert_error(await running.client.post("/v1/tasks/deliver:run"), 401, "unauthorized")
    assert_error(await running.client.post("/v1/tasks/vacuum:run", headers=w["admin"]), 404, "not_found")
    assert_error(await running.client.post("/v1/tasks/deliver", headers=w["admin"]), 404, "not_found")


@pytest.mark.settings(embedded_worker=True, worker_poll_s=0.05)
async def test_the_embedded_worker_delivers_what_is_due(running: Running):
    mh = running.app.edge.mh
    senior = await mh.create_senior(display_name="김순자")
    result = await mh.check_in_text(senior.id, CRISIS)
    assert result.alert is not None
    # An acknowledgement queues its notifications without trying them: the embedded loop must send them.
    await mh.acknowledge_alert(result.alert.id, by="u", outcome=AckOutcome.VISITED)
    for _ in range(100):
        detail = await mh.get_alert(result.alert.id)
        if any(d.event is AlertEvent.ACKNOWLEDGED for d in detail.deliveries):
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail("the embedded worker did not deliver within 5 s")


async def test_scenario_a_critical_alert_climbs_the_team_in_real_time_until_acknowledged():
    """The issue's scenario in process, on the real clock: shortened ladder, the embedded worker, a care team."""
    import httpx
    from dependency_injector import providers

    from mhealth.adapters.memory import WavAudioDecoder
    from mhealth.adapters.memory.passwords import InMemoryPasswordHasher
    from mhealth.domain.model import CareTeam, CareTeamMember, Channel, ChannelKind, MemberRole, utcnow
    from mhealth.entrypoints.container import create_container
    from mhealth.entrypoints.http.app import create_app
    from mhealth.entrypoints.http.rsgi import Lifespan
    from tests.http.conftest import settings_for

    members = tuple(
        CareTeamMember(role=role, name=name, channels=(Channel(kind=ChannelKind.EMAIL, address=f"{name}@care.kr"),))
        for role, name in (
            (MemberRole.GUARDIAN, "son"),
            (MemberRole.SOCIAL_WORKER, "worker"),
            (MemberRole.ON_CALL, "oncall"),
        )
    )

    async def team_of(tx, senior_id):
        return CareTeam(senior_id=senior_id, members=members, updated_at=utcnow())

    container = create_container(
        settings_for(
            embedded_worker=True,
            worker_poll_s=0.05,
            escalation_critical="0s,1s,3s",
            notifiers=("log", "memory"),
        )
    )
    container.care_team_lookup.override(providers.Object(team_of))
    container.decoder.override(providers.Object(WavAudioDecoder()))
    container.password_hasher.override(providers.Object(InMemoryPasswordHasher()))
    app = create_app(container=container)
    lifespan = Lifespan(app)
    await lifespan.startup()
    admin = {"Authorization": "Bearer " + container.token_authority().issue("ops", "admin")}
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
            senior = (await c.post("/v1/seniors", headers=admin, json={"display_name": "김순자"})).json()
            posted = await c.post(f"/v1/seniors/{senior['id']}/check-ins", headers=admin, json={"text": CRISIS})
            alert_id = posted.json()["alert_id"]

            async def delivered(event: str) -> list[dict]:
                detail = (await c.get(f"/v1/alerts/{alert_id}", headers=admin)).json()
                return [d for d in detail["deliveries"] if d["event"] == event and d["outcome"] == "delivered"]

            created = await delivered("alert.created")
            assert {(d["channel"], d["member_position"]) for d in created} == {("log", None), ("email", 0)}

            for _ in range(60):  # the second member after 1 s
                if await delivered("alert.escalated"):
                    break
                await asyncio.sleep(0.05)
            escalated = await delivered("alert.escalated")
            assert {(d["channel"], d["member_position"]) for d in escalated} == {("log", None), ("email", 1)}

            acked = await c.post(f"/v1/alerts/{alert_id}/acknowledge", headers=admin, json={"outcome": "reached"})
            assert acked.status_code == 200
            await asyncio.sleep(3.5)  # past the on-call member's step: nobody is told
            escalated = await delivered("alert.escalated")
            assert all(d["member_position"] in (None, 1) for d in escalated)
            told = {(d["channel"], d["member_position"]) for d in await delivered("alert.acknowledged")}
            assert told == {("log", None), ("email", 0), ("email", 1)}
    finally:
        await lifespan.shutdown()
