"""Care teams, schedules and missed check-ins over HTTP, in process: shapes, validation errors naming the field,
who may edit, and the missed check-ins a schedule check records."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import msgspec

from mhealth.domain.model import Role
from tests.http.conftest import Running
from tests.http.test_routing_and_authorization import assert_error

PASSWORD = "correct horse battery"
KST = timezone(timedelta(hours=9))

TEAM = {
    "members": [
        {
            "role": "guardian",
            "name": "김민수 (아들)",
            "channels": [{"kind": "sms", "address": "010-1234-5678"}, {"kind": "email", "address": "son@example.kr"}],
            "quiet_hours": {"start": "22:00", "end": "07:00"},
        },
        {
            "role": "social_worker",
            "name": "박복지사",
            "channels": [{"kind": "kakao", "address": "+82 10 9876 5432"}],
            "language": "en",
        },
        {
            "role": "on_call",
            "name": "상황실",
            # an address literal: checked against request forgery without DNS (the tests run offline)
            "channels": [{"kind": "webhook", "address": "https://1.1.1.1/oncall"}],
        },
    ]
}


async def world(running: Running) -> dict[str, object]:
    mh = running.app.edge.mh
    assert mh is not None
    access = running.container.access()
    mine = await mh.create_senior(display_name="김순자")
    other = await mh.create_senior(display_name="박영희")
    guardian = await access.create_user(email="g@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    await access.link(guardian.id, mine.id, by="test")
    worker = await access.create_user(email="sw@example.kr", password=PASSWORD, role=Role.SOCIAL_WORKER)
    await access.link(worker.id, mine.id, by="test")
    senior_user = await access.create_user(email="s@example.kr", password=PASSWORD, role=Role.SENIOR, senior_id=mine.id)
    return {
        "mine": mine.id,
        "other": other.id,
        "guardian_id": guardian.id,
        "guardian": running.token("guardian", guardian.id),
        "senior": running.token("senior", senior_user.id),
        "social_worker": running.token("social_worker", worker.id),
        "admin": running.token("admin", "ops"),
    }


async def test_a_care_team_is_put_and_read_back_in_order_with_normalised_numbers(running: Running) -> None:
    w = await world(running)
    url = f"/v1/seniors/{w['mine']}/care-team"
    empty = await running.client.get(url, headers=w["admin"])
    assert empty.status_code == 200 and empty.json() == {
        "senior_id": w["mine"],
        "members": [],
        "addresses_masked": False,
        "updated_at": None,
        "updated_by": None,
    }
    put = await running.client.put(url, headers=w["social_worker"], json=TEAM)
    assert put.status_code == 200, put.text
    got = await running.client.get(url, headers=w["social_worker"])
    assert got.status_code == 200 and got.json() == put.json()
    members = got.json()["members"]
    assert [m["role"] for m in members] == ["guardian", "social_worker", "on_call"]
    assert members[0]["channels"][0] == {"kind": "sms", "address": "01012345678"}
    assert members[1]["channels"][0]["address"] == "+821098765432"
    assert members[0]["quiet_hours"] == {"start": "22:00", "end": "07:00"}
    assert members[0]["user_id"] is None and members[1]["language"] == "en"


async def test_callers_who_may_only_read_the_team_see_every_address_masked(running: Running) -> None:
    w = await world(running)
    url = f"/v1/seniors/{w['mine']}/care-team"
    assert (await running.client.put(url, headers=w["admin"], json=TEAM)).status_code == 200
    full = (await running.client.get(url, headers=w["admin"])).json()
    assert full["addresses_masked"] is False
    for caller in ("guardian", "senior"):
        got = await running.client.get(url, headers=w[caller])
        assert got.status_code == 200, got.text
        body = got.json()
        assert body["addresses_masked"] is True
        assert [m["role"] for m in body["members"]] == ["guardian", "social_worker", "on_call"]
        assert [m["name"] for m in body["members"]] == [m["name"] for m in full["members"]]
        channels = [c for m in body["members"] for c in m["channels"]]
        assert [c["kind"] for c in channels] == ["sms", "email", "kakao", "webhook"]
        assert [c["address"] for c in channels] == [
            "010****5678",
            "s***@example.kr",
            "+82******5432",
            "https://1.1.1.1/…",
        ]
        for secret in ("01012345678", "son@example.kr", "+821098765432", "/oncall"):
            assert secret not in got.text, (caller, secret)


async def test_bad_contact_data_answers_400_invalid_input_naming_the_field(running: Running) -> None:
    w = await world(running)
    url = f"/v1/seniors/{w['mine']}/care-team"
    bad_phone = {"members": [TEAM["members"][0], {"role": "guardian", "name": "x", "channels": [
        {"kind": "sms", "address": "02-123-4567"}]}]}  # fmt: skip
    for body, field in (
        (bad_phone, "members[1].channels[0].address"),
        ({"members": [{"role": "guardian", "user_id": "nobody", "channels": [{"kind": "email", "address": "a@b.kr"}]}]},
         "members[0].user_id"),
        ({"members": [{"role": "boss", "name": "x", "channels": [{"kind": "email", "address": "a@b.kr"}]}]},
         "members[0].role"),
    ):  # fmt: skip
        response = await running.client.put(url, headers=w["admin"], json=body)
        assert_error(response, 400, "invalid_input")
        assert response.json()["field"] == field
    # The wire shape itself: an unknown field, a wrong type.
    unknown = await running.client.put(url, headers=w["admin"], json={"members": [{"role": "x", "colour": "red"}]})
    assert_error(unknown, 400, "invalid_input")
    wrong = await running.client.put(url, headers=w["admin"], json={"members": "everyone"})
    assert_error(wrong, 400, "invalid_input")
    assert (await running.client.get(url, headers=w["admin"])).json()["members"] == []  # nothing stored


async def test_an_admin_puts_a_member_user_and_links_them_so_they_can_read_the_senior(running: Running) -> None:
    w = await world(running)
    access = running.container.access()
    outsider = await access.create_user(email="daughter@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    token = running.token("guardian", outsider.id)
    assert (await running.client.get(f"/v1/seniors/{w['mine']}", headers=token)).status_code == 404
    body = {"members": [{"role": "guardian", "user_id": outsider.id, "channels": [{"kind": "push", "address": "tok"}]}]}
    url = f"/v1/seniors/{w['mine']}/care-team"
    refused = await running.client.put(url, headers=w["social_worker"], json=body)
    assert_error(refused, 400, "invalid_input")
    assert refused.json()["field"] == "members[0].user_id"
    assert (await running.client.put(url, headers=w["admin"], json=body)).status_code == 200
    assert (await running.client.get(f"/v1/seniors/{w['mine']}", headers=token)).status_code == 200


async def test_who_may_edit_and_who_may_read(running: Running) -> None:
    w = await world(running)
    mine, other = w["mine"], w["other"]
    schedule = {"times": [{"weekday": "mon", "time": "09:00"}], "grace_minutes": 30}
    for caller, status in (("guardian", 403), ("senior", 403), ("social_worker", 200), ("admin", 200)):
        team = await running.client.put(f"/v1/seniors/{mine}/care-team", headers=w[caller], json=TEAM)
        sched = await running.client.put(f"/v1/seniors/{mine}/schedule", headers=w[caller], json=schedule)
        assert (team.status_code, sched.status_code) == (status, status), (caller, team.text, sched.text)
        if status == 403:
            assert_error(team, 403, "forbidden")
    for caller in ("guardian", "senior", "social_worker"):
        for suffix in ("care-team", "schedule", "missed-check-ins"):
            assert (await running.client.get(f"/v1/seniors/{mine}/{suffix}", headers=w[caller])).status_code == 200
            hidden = await running.client.get(f"/v1/seniors/{other}/{suffix}", headers=w[caller])
            made_up = await running.client.get(f"/v1/seniors/nobody-0000/{suffix}", headers=w[caller])
            assert_error(hidden, 404, "not_found")
            assert hidden.json() == made_up.json()
        put = await running.client.put(f"/v1/seniors/{other}/care-team", headers=w[caller], json=TEAM)
        assert_error(put, 404, "not_found")  # not linked: as if it did not exist, whatever the role
    page = await running.container.audit().query(senior_id=mine, actor=None, since=None, limit=200, after=None)
    actions = {(e.action, e.outcome.value) for e in page.items}
    assert ("care_team.write", "allowed") in actions and ("care_team.write", "denied") in actions


async def test_a_schedule_is_put_validated_and_its_missed_check_ins_listed(running: Running) -> None:
    w = await world(running)
    url = f"/v1/seniors/{w['mine']}/schedule"
    none = await running.client.get(url, headers=w["admin"])
    assert none.status_code == 200 and none.json()["times"] == [] and none.json()["timezone"] == "Asia/Seoul"
    bad = await running.client.put(url, headers=w["admin"], json={"times": [{"weekday": "mon", "time": "9am"}]})
    assert_error(bad, 400, "invalid_input")
    assert bad.json()["field"] == "times[0].time"
    grace = await running.client.put(url, headers=w["admin"], json={"times": [], "grace_minutes": 0})
    assert_error(grace, 400, "invalid_input")
    assert grace.json()["field"] == "grace_minutes"
    body = {"times": [{"weekday": "mon", "time": "09:00"}, {"weekday": "thu", "time": "18:30"}], "grace_minutes": 30}
    put = await running.client.put(url, headers=w["admin"], json=body)
    assert put.status_code == 200, put.text
    assert put.json()["times"] == body["times"] and put.json()["grace_minutes"] == 30
    # The next Monday 09:00 or Thursday 18:30 in Seoul, plus the grace: when that slot will be judged.
    next_check = datetime.fromisoformat(put.json()["next_check_at"]).astimezone(KST) - timedelta(minutes=30)
    assert next_check.strftime("%a %H:%M") in ("Mon 09:00", "Thu 18:30")
    assert next_check > datetime.now(KST) and next_check - datetime.now(KST) <= timedelta(days=7)
    assert (await running.client.get(url, headers=w["guardian"])).json()["times"] == body["times"]

    # Two Mondays and the Thursday between them pass in silence: three misses, one alert.
    mh = running.app.edge.mh
    assert mh is not None
    stored = await mh.get_schedule(w["mine"])
    assert stored is not None and stored.checked_until is not None
    uow = running.container.uow()
    async with uow.begin() as tx:  # as if the schedule had been set 15 days ago
        await tx.schedules.put(msgspec.structs.replace(stored, checked_until=stored.checked_until - timedelta(days=15)))
        await tx.commit()
    report = await mh.check_schedules()
    assert report.missed >= 3 and report.alerts == 1
    listed = await running.client.get(f"/v1/seniors/{w['mine']}/missed-check-ins", headers=w["guardian"])
    assert listed.status_code == 200
    items = listed.json()["items"]
    assert len(items) == report.missed
    slots = [datetime.fromisoformat(i["slot_at"]) for i in items]
    assert slots == sorted(slots, reverse=True)
    assert all(i["slot_local"].endswith("+09:00") for i in items)
    assert {datetime.fromisoformat(i["slot_local"]).strftime("%a %H:%M") for i in items} <= {"Mon 09:00", "Thu 18:30"}
    limited = await running.client.get(
        f"/v1/seniors/{w['mine']}/missed-check-ins", params={"limit": 1, "end": items[0]["slot_at"]}, headers=w["admin"]
    )
    assert [i["slot_at"] for i in limited.json()["items"]] == [items[1]["slot_at"]]
    alerts = await running.client.get("/v1/alerts", params={"senior_id": w["mine"]}, headers=w["guardian"])
    assert [a["reason_code"] for a in alerts.json()["items"]] == ["missed_check_ins"]
    trend = await running.client.get(f"/v1/seniors/{w['mine']}/trend", headers=w["guardian"])
    assert trend.json()["missed_total"] == report.missed


async def test_the_care_routes_are_in_the_openapi_document(running: Running) -> None:
    schema = (await running.client.get("/schema/openapi.json", headers=running.token())).json()
    paths = schema["paths"]
    assert {"get", "put"} <= set(paths["/v1/seniors/{senior_id}/care-team"])
    assert {"get", "put"} <= set(paths["/v1/seniors/{senior_id}/schedule"])
    assert "get" in paths["/v1/seniors/{senior_id}/missed-check-ins"]
    put = paths["/v1/seniors/{senior_id}/care-team"]["put"]
    assert put["operationId"] == "putCareTeam" and "400" in put["responses"] and "403" in put["responses"]


async def test_a_member_webhook_on_a_private_address_is_refused_at_entry(running: Running) -> None:
    """Request forgery: a care team cannot point the service at the service's own network."""
    w = await world(running)
    url = f"/v1/seniors/{w['mine']}/care-team"
    for address in ("http://127.0.0.1:8000/v1/tasks/deliver:run", "http://10.0.0.7/h", "http://[::1]/h"):
        member = {"role": "on_call", "name": "상황실", "channels": [{"kind": "webhook", "address": address}]}
        team = {"members": [member]}
        answer = await running.client.put(url, headers=w["admin"], json=team)
        assert_error(answer, 400, "invalid_input")
        assert answer.json()["field"] == "members[0].channels[0].address"
