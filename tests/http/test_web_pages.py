"""The web app (/app) in process: sign-in with a cookie session and CSRF, per-senior authorization identical to
/v1, the pages' content (evidence highlighted, the not-a-diagnosis notice), acknowledging an alert, device links,
the recording upload, the CSP and the offline API documentation."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from mhealth.domain.model import MissedCheckIn, Role, new_id
from mhealth.domain.usecases.care import ChannelInput, MemberInput, ScheduleTimeInput
from tests.unit.test_checkins import tone_wav

CRISIS = "요즘 너무 외롭고 그냥 죽고 싶다는 생각이 들어요. 약을 모아두고 있어요."
CALM = "오늘은 날씨가 좋아서 산책을 했어요. 기분이 좋아요."


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


async def make_user(running, email: str, role: Role, seniors: list[str] = ()) -> str:
    access = running.container.access()
    user = await access.create_user(email=email, password="correct horse battery", role=role)
    for senior_id in seniors:
        await access.link(user.id, senior_id, by="test")
    return user.id


async def sign_in(client: httpx.AsyncClient, email: str, password: str = "correct horse battery") -> httpx.Response:
    form = await client.get("/app/login")
    return await client.post("/app/login", data={"csrf": csrf_of(form.text), "email": email, "password": password})


@pytest.fixture
async def world(running):
    mh = running.container.mhealth()
    mine = await mh.create_senior(display_name="김순자")
    other = await mh.create_senior(display_name="박영수")
    crisis = await mh.check_in_text(mine.id, CRISIS)
    await mh.check_in_text(other.id, CRISIS)
    calm = await mh.check_in_text(mine.id, CALM)
    await make_user(running, "guardian@example.kr", Role.GUARDIAN, [mine.id])
    await make_user(running, "admin@example.kr", Role.ADMIN)
    transport = httpx.ASGITransport(app=running.app, client=("127.0.0.1", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as browser:
        yield {"mine": mine, "other": other, "crisis": crisis, "calm": calm, "browser": browser, "mh": mh}


async def test_pages_need_a_session(world):
    browser = world["browser"]
    for path in ("/app", f"/app/seniors/{world['mine'].id}", "/app/alerts", "/app/admin"):
        response = await browser.get(path)
        assert response.status_code == 303 and response.headers["location"] == "/app/login", path


async def test_sign_in_sets_a_strict_cookie_and_a_wrong_password_does_not(world):
    browser = world["browser"]
    wrong = await sign_in(browser, "guardian@example.kr", "not the password!!")
    assert wrong.status_code == 401 and "mh_session" not in browser.cookies
    ok = await sign_in(browser, "guardian@example.kr")
    assert ok.status_code == 303 and ok.headers["location"] == "/app"
    cookie = next(c for c in ok.headers.get_list("set-cookie") if c.startswith("mh_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax") and "Path=/app" in cookie
    assert "Secure" not in cookie  # plain http here; over https it is Secure (test below)


async def test_a_post_without_the_csrf_token_is_refused(world):
    browser = world["browser"]
    response = await browser.post(
        "/app/login", data={"email": "guardian@example.kr", "password": "correct horse battery"}
    )
    assert response.status_code == 403 and "mh_session" not in browser.cookies
    await sign_in(browser, "guardian@example.kr")
    alert = world["crisis"].alert
    refused = await browser.post(f"/app/alerts/{alert.id}/acknowledge", data={"outcome": "reached", "csrf": "forged"})
    assert refused.status_code == 403
    still = await world["mh"].list_alerts(senior_id=world["mine"].id)
    assert all(a.status.value == "open" for a in still.items)


async def test_a_guardian_sees_only_linked_seniors(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    home = await browser.get("/app")
    assert home.status_code == 200
    assert "김순자" in home.text and "박영수" not in home.text
    hidden = await browser.get(f"/app/seniors/{world['other'].id}")
    assert hidden.status_code == 404 and "박영수" not in hidden.text
    missing = await browser.get("/app/seniors/" + "0" * 32)
    assert missing.status_code == 404 and missing.text.replace("0" * 32, "") == hidden.text.replace(
        world["other"].id, ""
    )
    alerts = await browser.get("/app/alerts")
    assert "김순자" in alerts.text and "박영수" not in alerts.text


async def test_the_check_in_page_highlights_evidence_and_says_it_is_not_a_diagnosis(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    page = await browser.get(f"/app/check-ins/{world['crisis'].check_in.id}")
    assert page.status_code == 200
    marks = re.findall(r"<mark>(.*?)</mark>", page.text)
    assert marks and all(m in CRISIS for m in marks)
    assert "진단이 아닙니다" in page.text
    english = await browser.get(f"/app/check-ins/{world['crisis'].check_in.id}?lang=en")
    assert "not a diagnosis" in english.text and '<html lang="en">' in english.text


async def test_acknowledging_an_alert_with_an_outcome(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    inbox = await browser.get("/app/alerts")
    alert = world["crisis"].alert
    assert f"alert-{alert.id}" in inbox.text
    done = await browser.post(
        f"/app/alerts/{alert.id}/acknowledge",
        data={"csrf": csrf_of(inbox.text), "outcome": "reached", "note": "통화함"},
    )
    assert done.status_code == 303
    after = await world["mh"].list_alerts(senior_id=world["mine"].id)
    acknowledged = next(a for a in after.items if a.id == alert.id)
    assert acknowledged.status.value == "acknowledged"
    assert acknowledged.ack_outcome.value == "reached" and acknowledged.ack_note == "통화함"
    detail = await browser.get(done.headers["location"])
    assert detail.status_code == 200 and "통화함" in detail.text and "통화로 연락됨" in detail.text
    # another senior's alert: answered like a missing one, nothing changed
    other_alert = (await world["mh"].list_alerts(senior_id=world["other"].id)).items[0]
    refused = await browser.post(
        f"/app/alerts/{other_alert.id}/acknowledge", data={"csrf": csrf_of(inbox.text), "outcome": "reached"}
    )
    assert refused.status_code == 404
    untouched = (await world["mh"].list_alerts(senior_id=world["other"].id)).items[0]
    assert untouched.status.value == "open"


async def test_senior_page_draws_the_trend_as_svg(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    page = await browser.get(f"/app/seniors/{world['mine'].id}")
    assert page.status_code == 200 and "<svg" in page.text and 'class="avg s-dep"' in page.text
    assert "style=" not in page.text  # the CSP forbids inline styles


async def test_csp_and_no_store_on_pages(world):
    browser = world["browser"]
    page = await browser.get("/app/login")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text and " style=" not in page.text
    css = await browser.get("/app/static/app.css")
    assert css.status_code == 200 and "max-age" in css.headers["cache-control"]


async def test_device_link_signs_in_the_senior_and_revoking_it_ends_that(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    team = await browser.get(f"/app/seniors/{world['mine'].id}/team")
    issued = await browser.post(f"/app/seniors/{world['mine'].id}/devices", data={"csrf": csrf_of(team.text)})
    assert issued.status_code == 200 and "<svg" in issued.text
    link = re.search(r'id="device-link" class="wrap" href="([^"]+)"', issued.text).group(1)
    token = link.split("#", 1)[1]
    transport = httpx.ASGITransport(app=browser._transport.app, client=("127.0.0.1", 5556))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as phone:
        opening = await phone.get("/app/device")
        signed = await phone.post("/app/device", data={"csrf": csrf_of(opening.text), "token": token})
        assert signed.status_code == 303 and signed.headers["location"] == "/app/record"
        record = await phone.get("/app/record")
        assert record.status_code == 200 and 'id="record-button"' in record.text
        csrf = re.search(r'data-csrf="([^"]+)"', record.text).group(1)
        care = await phone.get("/app")  # a senior's device never sees the care pages
        assert care.status_code == 303
        sent = await phone.post(
            "/app/record", content=tone_wav(seconds=1.5), headers={"content-type": "audio/wav", "x-csrf-token": csrf}
        )
        assert sent.status_code == 201, sent.text
        assert sent.json() == {"sent": True, "replayed": False}
        no_token = await phone.post("/app/record", content=tone_wav(seconds=1.5), headers={"content-type": "audio/wav"})
        assert no_token.status_code == 403
        # revoke: the phone's session ends at once
        team = await browser.get(f"/app/seniors/{world['mine'].id}/team")
        account = re.search(r"/devices/([0-9a-f]{32})/revoke", team.text).group(1)
        revoked = await browser.post(
            f"/app/seniors/{world['mine'].id}/devices/{account}/revoke", data={"csrf": csrf_of(team.text)}
        )
        assert revoked.status_code == 303
        after = await phone.get("/app/record")
        assert after.status_code == 303 and after.headers["location"] == "/app/device"
        again = await phone.post("/app/device", data={"csrf": csrf_of(opening.text), "token": token})
        assert again.headers["location"] == "/app/device?invalid=1"


async def test_admin_pages_are_for_admins_only(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    assert (await browser.get("/app/admin")).status_code == 403
    await browser.post("/app/logout", data={"csrf": csrf_of((await browser.get("/app")).text)})
    assert (await browser.get("/app")).status_code == 303
    await sign_in(browser, "admin@example.kr")
    admin = await browser.get("/app/admin")
    assert admin.status_code == 200 and "guardian@example.kr" in admin.text


async def test_signing_out_ends_the_session_even_for_a_copied_cookie(world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    copied = browser.cookies.get("mh_session")
    home = await browser.get("/app")
    await browser.post("/app/logout", data={"csrf": csrf_of(home.text)})
    browser.cookies.set("mh_session", copied, path="/app")
    assert (await browser.get("/app")).status_code == 303


async def test_openapi_declares_bearer_and_api_key_and_public_routes(running):
    schema = (await running.client.get("/schema/openapi.json")).json()
    assert set(schema["components"]["securitySchemes"]) == {"bearer", "apiKey"}
    assert schema["paths"]["/health"]["get"]["security"] == [{}]
    swagger = await running.client.get("/schema/swagger")
    assert "cdn" not in swagger.text.lower() and "/app/static/vendor/swagger-ui/swagger-ui-bundle.js" in swagger.text
    bundle = await running.client.get("/app/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 100_000
    redoc = await running.client.get("/schema/redoc")
    assert "googleapis" not in redoc.text and "/app/static/vendor/redoc/redoc.standalone.js" in redoc.text


WEB_PUBLIC = {("GET", "/app/login"), ("GET", "/app/device")}


async def test_every_web_route_without_a_session_gives_nothing_away(running):
    """A new /app route is closed on arrival: without a session a page sends the visitor to sign in, a form is
    refused (no CSRF token, no session) and the upload answers 401; only the sign-in pages and the assets open."""
    transport = httpx.ASGITransport(app=running.app, client=("127.0.0.1", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as anonymous:
        seen = set()
        for route in running.app.app.routes:
            if not route.path.startswith("/app"):
                continue
            path = re.sub(r"\{[^}]+\}", "0" * 32, route.path)
            for handler in getattr(route, "route_handlers", []):
                for method in handler.http_methods - {"HEAD", "OPTIONS"}:
                    seen.add((method, route.path))
                    response = await anonymous.request(method, path)
                    if route.path.startswith("/app/static"):
                        assert response.status_code == 404, path  # no such asset; assets hold no data
                    elif (method, path) in WEB_PUBLIC:
                        assert response.status_code == 200 and "csrf" in response.text, path
                    elif method == "GET":
                        assert response.status_code == 303, (path, response.status_code)
                        assert response.headers["location"] in ("/app/login", "/app/device"), path
                    elif path == "/app/record":
                        assert response.status_code == 401, (path, response.status_code)
                    else:
                        assert response.status_code in (303, 403), (method, path, response.status_code)
                        assert "mh_session" not in response.headers.get("set-cookie", ""), path
        assert ("POST", "/app/alerts/{alert_id:str}/acknowledge") in seen and ("GET", "/app") in seen


async def test_over_https_the_session_cookie_is_secure_and_english_follows_the_browser(running, world):
    transport = httpx.ASGITransport(app=running.app, client=("127.0.0.1", 5557))
    async with httpx.AsyncClient(transport=transport, base_url="https://test") as browser:
        form = await browser.get("/app/login", headers={"accept-language": "en-US,en;q=0.9"})
        assert '<html lang="en">' in form.text and "Sign in" in form.text
        signed = await browser.post(
            "/app/login",
            data={"csrf": csrf_of(form.text), "email": "guardian@example.kr", "password": "correct horse battery"},
        )
        cookies = signed.headers.get_list("set-cookie")
        assert all("Secure" in c for c in cookies if c.startswith(("mh_session=", "mh_rt=")))
        assert any(c.startswith("mh_rt=") and "Path=/app/logout" in c for c in cookies)


async def test_consent_is_recorded_from_the_page_in_the_guardians_name(running, world):
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    page = await browser.get(f"/app/seniors/{world['mine'].id}/consent")
    assert page.status_code == 200 and "음성 처리" in page.text
    saved = await browser.post(
        f"/app/seniors/{world['mine'].id}/consent",
        data={"csrf": csrf_of(page.text), "scope": "analytics", "granted": "false"},
    )
    assert saved.status_code == 303
    history = await running.container.security().consents.history(world["mine"].id)
    assert history[-1].scope.value == "analytics" and history[-1].granted is False
    guardian = await running.container.access().find_principal("guardian@example.kr")
    assert history[-1].recorded_by == guardian


async def test_an_admin_creates_and_disables_a_user_from_the_page(running, world):
    browser = world["browser"]
    await sign_in(browser, "admin@example.kr")
    admin = await browser.get("/app/admin")
    created = await browser.post(
        "/app/admin/users",
        data={
            "csrf": csrf_of(admin.text),
            "email": "worker@example.kr",
            "password": "long enough pass",
            "role": "social_worker",
        },
    )
    assert created.status_code == 303
    user_id = await running.container.access().find_principal("worker@example.kr")
    disabled = await browser.post(
        f"/app/admin/users/{user_id}/disabled", data={"csrf": csrf_of(admin.text), "disabled": "true"}
    )
    assert disabled.status_code == 303
    transport = httpx.ASGITransport(app=running.app, client=("127.0.0.1", 5558))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as worker:
        assert (await sign_in(worker, "worker@example.kr", "long enough pass")).status_code == 401
    await browser.post("/app/logout", data={"csrf": csrf_of((await browser.get("/app")).text)})
    await sign_in(browser, "guardian@example.kr")
    page = await browser.get("/app")
    refused = await browser.post(
        "/app/admin/users",
        data={"csrf": csrf_of(page.text), "email": "x@example.kr", "password": "long enough pass", "role": "admin"},
    )
    assert refused.status_code == 403


# -- the care team and the check-in schedule on the team page ------------------------------------------------


async def test_a_social_worker_edits_the_schedule_and_the_care_team(running, world):
    mine = world["mine"]
    await make_user(running, "worker@example.kr", Role.SOCIAL_WORKER, [mine.id])
    guardian_id = await running.container.access().find_principal("guardian@example.kr")
    slot = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)  # Monday 09:00 in Seoul
    async with running.container.uow().begin() as tx:
        await tx.missed_check_ins.add(
            MissedCheckIn(id=new_id(), senior_id=mine.id, slot_at=slot, recorded_at=slot + timedelta(hours=2))
        )
        await tx.commit()
    browser = world["browser"]
    await sign_in(browser, "worker@example.kr")
    team = await browser.get(f"/app/seniors/{mine.id}/team")
    assert team.status_code == 200
    assert "돌봄팀이 아직 없습니다" in team.text and "2026-11-30 09:00" in team.text  # the missed slot, Seoul time
    assert f'action="/app/seniors/{mine.id}/schedule"' in team.text
    assert f'action="/app/seniors/{mine.id}/care-team"' in team.text
    saved = await browser.post(
        f"/app/seniors/{mine.id}/schedule",
        data={
            "csrf": csrf_of(team.text),
            "day-0": "wed",
            "time-0": "19:30",
            "day-1": "mon",
            "time-1": "09:00",
            "day-2": "fri",
            "time-2": "10:00",
            "drop-2": "1",  # ticked "remove": not stored
            "day-3": "",
            "time-3": "",  # a blank row: ignored
            "grace": "45",
        },
    )
    assert saved.status_code == 303 and saved.headers["location"].endswith("/team?saved=schedule")
    schedule = await world["mh"].get_schedule(mine.id)
    assert [(t.weekday, t.time) for t in schedule.times] == [("wed", "19:30"), ("mon", "09:00")]
    assert schedule.grace_minutes == 45
    saved = await browser.post(
        f"/app/seniors/{mine.id}/care-team",
        data={
            "csrf": csrf_of(team.text),
            # row 0 asks to come second, row 1 first: the ladder follows the position numbers
            "order-0": "2",
            "role-0": "guardian",
            "user-0": "guardian@example.kr",
            "channels-0": "sms:010-1234-5678\nemail:guardian.home@example.kr",
            "quiet_start-0": "22:00",
            "quiet_end-0": "07:00",
            "language-0": "ko",
            "order-1": "1",
            "role-1": "on_call",
            "name-1": "야간 당직",
            "channels-1": "kakao:+82 010 9876 5432",
            "language-1": "en",
            "order-2": "3",
            "role-2": "guardian",
            "name-2": "",
            "channels-2": "",  # a blank row: ignored
        },
    )
    assert saved.status_code == 303 and saved.headers["location"].endswith("/team?saved=team")
    stored = await world["mh"].get_care_team(mine.id)
    assert [m.name or m.user_id for m in stored.members] == ["야간 당직", guardian_id]
    first, second = stored.members
    assert first.role.value == "on_call" and first.language == "en"
    assert [(c.kind.value, c.address) for c in first.channels] == [("kakao", "+821098765432")]
    assert [(c.kind.value, c.address) for c in second.channels] == [
        ("sms", "01012345678"),
        ("email", "guardian.home@example.kr"),
    ]
    assert (second.quiet_hours.start, second.quiet_hours.end) == ("22:00", "07:00")
    page = await browser.get(saved.headers["location"])
    assert "돌봄팀을 저장했습니다" in page.text and "수요일 19:30" in page.text and "월요일 09:00" in page.text
    shown = page.text.split('<details class="editor"')[0]  # what is shown outside the editor: masked
    assert "010****5678" in shown and "g***@example.kr" in shown and "01012345678" not in shown
    assert "야간 당직" in shown and "22:00-07:00" in shown and "style=" not in page.text
    english = await browser.get(f"/app/seniors/{mine.id}/team?lang=en")
    assert "Wednesday 19:30" in english.text and "On call" in english.text and "Quiet hours" in english.text


async def test_a_guardian_sees_the_care_team_and_schedule_but_cannot_edit_them(running, world):
    mine = world["mine"]
    mh = world["mh"]
    await mh.set_schedule(mine.id, [ScheduleTimeInput(weekday="tue", time="08:00")], grace_minutes=30)
    await mh.set_care_team(
        mine.id,
        [MemberInput(role="social_worker", name="박복지", channels=[ChannelInput(kind="sms", address="01055556666")])],
    )
    browser = world["browser"]
    await sign_in(browser, "guardian@example.kr")
    page = await browser.get(f"/app/seniors/{mine.id}/team")
    assert page.status_code == 200
    assert "박복지" in page.text and "010****6666" in page.text
    assert "01055556666" not in page.text  # a guardian never sees a full address
    assert "화요일 08:00" in page.text and "30분" in page.text
    assert "/care-team" not in page.text and f"/seniors/{mine.id}/schedule" not in page.text  # no forms
    refused = await browser.post(
        f"/app/seniors/{mine.id}/schedule",
        data={"csrf": csrf_of(page.text), "day-0": "sun", "time-0": "12:00", "grace": "60"},
    )
    assert refused.status_code == 403
    refused = await browser.post(
        f"/app/seniors/{mine.id}/care-team",
        data={"csrf": csrf_of(page.text), "role-0": "guardian", "name-0": "x", "channels-0": "sms:01011112222"},
    )
    assert refused.status_code == 403
    schedule = await mh.get_schedule(mine.id)
    assert [(t.weekday, t.time) for t in schedule.times] == [("tue", "08:00")]
    assert [m.name for m in (await mh.get_care_team(mine.id)).members] == ["박복지"]


async def test_a_bad_phone_number_is_shown_next_to_its_field_and_nothing_is_stored(running, world):
    mine = world["mine"]
    await make_user(running, "worker@example.kr", Role.SOCIAL_WORKER, [mine.id])
    browser = world["browser"]
    await sign_in(browser, "worker@example.kr")
    team = await browser.get(f"/app/seniors/{mine.id}/team")
    refused = await browser.post(
        f"/app/seniors/{mine.id}/care-team",
        data={
            "csrf": csrf_of(team.text),
            "role-0": "guardian",
            "name-0": "첫째 딸",
            "channels-0": "email:daughter@example.kr",
            "role-1": "guardian",
            "name-1": "둘째 아들",
            "channels-1": "email:son@example.kr\nsms:123-45",
        },
    )
    assert refused.status_code == 400
    error = re.search(r'<p class="field-error" id="err-channels-1">([^<]+)</p>', refused.text)
    assert error, "the error is not next to the second member's channels"
    assert "2번째 줄" in error.group(1) and "휴대폰 번호" in error.group(1)
    assert 'aria-describedby="err-channels-1"' in refused.text and "sms:123-45" in refused.text  # kept to fix
    assert "둘째 아들" in refused.text and '<details class="editor" open>' in refused.text
    assert await world["mh"].get_care_team(mine.id) is None
    english = await browser.post(
        f"/app/seniors/{mine.id}/care-team?lang=en",
        data={"csrf": csrf_of(team.text), "role-0": "guardian", "name-0": "x", "channels-0": "sms:123-45"},
    )
    assert "Line 1: phone number must be a Korean mobile number" in english.text
    bad_grace = await browser.post(
        f"/app/seniors/{mine.id}/schedule",
        data={"csrf": csrf_of(team.text), "day-0": "mon", "time-0": "09:00", "grace": "0"},
    )
    assert bad_grace.status_code == 400 and 'id="err-grace"' in bad_grace.text
    assert await world["mh"].get_schedule(mine.id) is None
    # a senior this social worker is not linked to: answered like a missing one, nothing stored
    other = world["other"].id
    hidden = await browser.post(
        f"/app/seniors/{other}/schedule",
        data={"csrf": csrf_of(team.text), "day-0": "mon", "time-0": "09:00", "grace": "60"},
    )
    assert hidden.status_code == 404 and await world["mh"].get_schedule(other) is None
    assert (await browser.get(f"/app/seniors/{other}/team")).status_code == 404
