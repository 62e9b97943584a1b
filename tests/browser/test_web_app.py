"""The care team's web app and the senior's record page in a real browser (Debian's Chromium).

What a guardian does: sign in, see only their own senior, read a crisis check-in with its evidence
highlighted, acknowledge the alert with an outcome; what a senior does: open the device link and record a
voice note that arrives as a check-in. Every page passes axe-core with no serious or critical violation, at
phone and desktop size, and leaves a screenshot of both in docs/screenshots/ (linked from docs/web.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import AXE, DESKTOP, PASSWORD, PHONE, SCREENSHOTS, World

pytestmark = pytest.mark.slow


def look(page: Any, name: str) -> None:
    """Screenshots at phone and desktop size, and axe-core at both: no serious or critical violation; and the
    page reflows at 320 CSS pixels (WCAG 1.4.10, what 400 % zoom of a 1280 px window leaves): no sideways
    scrolling of the page itself (the chart scrolls inside its own box)."""
    page.set_viewport_size({"width": 320, "height": 640})
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{name} does not reflow at 320 px: {overflow} px to scroll sideways"
    for size, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{size}.png"), full_page=True)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))"
        )
        bad = [v for v in result if v["impact"] in ("serious", "critical")]
        assert not bad, f"{name} at {size} size: {bad}"


@pytest.fixture
def guardian(browser: Any, world: World) -> Iterator[Any]:
    # bypass_csp only lets the test inject axe-core; the app's own CSP is checked in tests/http.
    context = browser.new_context(viewport=DESKTOP, locale="ko-KR", bypass_csp=True)
    page = context.new_page()
    page.goto(world.server.base + "/app")
    assert page.url.endswith("/app/login")
    look(page, "login")
    page.fill("#email", "guardian@example.kr")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url(re.compile(r"/app/?$"))
    yield page
    context.close()


def test_a_guardian_sees_only_the_linked_senior(guardian: Any, world: World) -> None:
    page = guardian
    cards = page.locator("ul.cards > li")
    assert cards.count() == 1
    assert "김순자" in cards.first.inner_text() and "박영수" not in page.content()
    look(page, "home")
    page.goto(world.server.base + f"/app/seniors/{world.other}")
    assert "박영수" not in page.content()
    assert page.locator("h1").inner_text() != "박영수"


def test_a_crisis_check_in_shows_its_evidence_highlighted(guardian: Any, world: World) -> None:
    page = guardian
    page.goto(world.server.base + f"/app/seniors/{world.mine}")
    assert page.locator("svg.trend").count() == 1
    look(page, "senior")
    page.goto(world.server.base + f"/app/check-ins/{world.crisis_check_in}")
    marks = page.locator("blockquote.transcript mark")
    assert marks.count() >= 1
    assert any("번개탄" in marks.nth(i).inner_text() for i in range(marks.count()))
    assert "진단이 아닙니다" in page.locator(".disclaimer").inner_text()
    look(page, "check-in")
    page.goto(world.server.base + f"/app/check-ins/{world.crisis_check_in}?lang=en")
    assert "not a diagnosis" in page.locator(".disclaimer").inner_text()
    page.goto(world.server.base + f"/app/check-ins/{world.crisis_check_in}?lang=ko")


def test_acknowledging_the_alert_with_an_outcome(guardian: Any, world: World) -> None:
    page = guardian
    page.goto(world.server.base + "/app/alerts")
    card = page.locator(f"#alert-{world.crisis_alert}")
    assert card.count() == 1 and "박영수" not in page.content()
    look(page, "alerts")
    card.locator("select[name=outcome]").select_option("reached")
    card.locator("textarea[name=note]").fill("따님과 통화, 내일 방문 예정")
    card.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/app/alerts/{world.crisis_alert}\?done=acknowledged_ok$"))
    assert page.locator("p.notice.ok").count() == 1
    assert "통화로 연락됨" in page.content() and "따님과 통화" in page.content()
    look(page, "alert-acknowledged")
    with world.api() as api:
        alerts = api.get("/v1/alerts", params={"senior_id": world.mine}).json()["items"]
    acknowledged = next(a for a in alerts if a["id"] == world.crisis_alert)
    assert acknowledged["status"] == "acknowledged" and acknowledged["ack_outcome"] == "reached"
    assert acknowledged["ack_note"] == "따님과 통화, 내일 방문 예정"
    page.goto(world.server.base + "/app/alerts")
    assert page.locator(f"#alert-{world.crisis_alert}").count() == 0  # taken on: not in the open tab
    page.goto(world.server.base + "/app/alerts?status=acknowledged")
    look(page, "alerts-acknowledged")
    page.goto(world.server.base + f"/app/alerts/{world.crisis_alert}")
    page.fill("#resolve-note", "방문 완료, 상담 연계")
    page.click("form[action$='/resolve'] button")
    page.wait_for_url(re.compile(r"\?done=resolved_ok$"))
    with world.api() as api:
        resolved = api.get(f"/v1/alerts/{world.crisis_alert}").json()
    assert resolved["status"] == "resolved" and resolved["resolve_note"] == "방문 완료, 상담 연계"


def test_the_senior_records_a_voice_note_through_a_device_link(browser: Any, guardian: Any, world: World) -> None:
    page = guardian
    page.goto(world.server.base + f"/app/seniors/{world.mine}/team")
    page.click("form[action$='/devices'] button")
    link = page.locator("#device-link").get_attribute("href")
    assert link and "#" in link and page.locator("svg.qr").count() == 1
    look(page, "team")
    page.goto(world.server.base + f"/app/seniors/{world.mine}/consent")
    look(page, "consent")

    with world.api() as api:
        before = len(api.get(f"/v1/seniors/{world.mine}/assessments", params={"limit": 500}).json()["items"])
    phone = browser.new_context(viewport=PHONE, locale="ko-KR", bypass_csp=True, has_touch=True, is_mobile=True)
    try:
        senior = phone.new_page()
        senior.goto(link)
        senior.wait_for_url(re.compile(r"/app/record$"))
        assert "#" not in senior.url  # the token is out of the address bar
        button = senior.locator("#record-button")
        button.wait_for(state="visible")
        assert button.is_enabled()
        look(senior, "record")
        button.click()
        senior.wait_for_selector("#record-status.live")
        senior.wait_for_timeout(2500)
        button.click()
        senior.wait_for_selector("#record-status.ok", timeout=30_000)
        assert "보냈어요" in senior.locator("#record-status").inner_text()
        look(senior, "record-sent")
    finally:
        phone.close()
    with world.api() as api:
        items = api.get(f"/v1/seniors/{world.mine}/assessments", params={"limit": 500}).json()["items"]
    assert len(items) == before + 1
    assert items[-1]["source"] == "audio" and items[-1]["recording"]["audio"]["container"] in ("webm", "matroska,webm")


def test_the_admin_pages(browser: Any, world: World) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="en-US", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(world.server.base + "/app/login")
        assert page.locator("html").get_attribute("lang") == "en"  # the browser prefers English
        page.fill("#email", "admin@example.kr")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit].primary")
        page.wait_for_url(re.compile(r"/app/?$"))
        assert page.locator("ul.cards > li").count() == 2  # an admin sees everyone
        page.goto(world.server.base + "/app/admin")
        assert "guardian@example.kr" in page.content()
        look(page, "admin")
        foreign: list[str] = []
        page.on(
            "request",
            lambda r: None if r.url.startswith((world.server.base, "data:", "blob:")) else foreign.append(r.url),
        )
        page.goto(world.server.base + "/schema/swagger")
        page.wait_for_selector(".swagger-ui .information-container", timeout=20_000)
        page.goto(world.server.base + "/schema/redoc")
        page.wait_for_selector("#redoc-container h1", timeout=20_000)
        page.wait_for_timeout(500)
        assert not foreign, f"the API docs reached outside this server: {foreign}"  # they work offline
    finally:
        context.close()


def test_an_admin_edits_the_care_team_and_the_schedule(browser: Any, world: World) -> None:
    """The team page's forms without a line of script: open an editor, fill a row, save; a bad phone number
    comes back next to its field (axe-core on the page with the refused form open, in Korean)."""
    context = browser.new_context(viewport=DESKTOP, locale="ko-KR", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(world.server.base + "/app/login")
        page.fill("#email", "admin@example.kr")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit].primary")
        page.wait_for_url(re.compile(r"/app/?$"))
        page.goto(world.server.base + f"/app/seniors/{world.mine}/team")
        page.click("#schedule-h ~ details.editor summary")
        page.select_option("#day-0", "mon")
        page.fill("#time-0", "09:00")
        page.select_option("#day-1", "thu")
        page.fill("#time-1", "18:30")
        page.fill("#grace", "45")
        page.click("#schedule-h ~ details.editor button[type=submit]")
        page.wait_for_url(re.compile(r"saved=schedule"))
        schedule = page.locator("ul.schedule").inner_text()
        assert "월요일 09:00" in schedule and "목요일 18:30" in schedule
        page.click("#care-h ~ details.editor summary")
        page.fill("#name-0", "야간 상황실")
        page.select_option("#role-0", "on_call")
        page.fill("#channels-0", "email:oncall@example.kr\nsms:010-12")
        page.click("#care-h ~ details.editor button[type=submit]")
        page.wait_for_selector("#err-channels-0")
        assert "2번째 줄" in page.locator("#err-channels-0").inner_text()
        assert page.locator("#channels-0").get_attribute("aria-invalid") == "true"
        look(page, "team-form-error")
        page.fill("#channels-0", "email:oncall@example.kr\nsms:010-1234-5678")
        page.click("#care-h ~ details.editor button[type=submit]")
        page.wait_for_url(re.compile(r"saved=team"))
        team = page.locator("ol.care-team").inner_text()
        assert "야간 상황실" in team and "010****5678" in team and "o***@example.kr" in team
        look(page, "team-care")
    finally:
        context.close()


def test_the_server_log_holds_no_name_no_words_and_no_token(world: World) -> None:
    """Run last: after every flow above, the server's log (access log at INFO) names no senior, quotes no
    transcript and holds no device-link token or session cookie (URLs carry opaque ids only)."""
    log = world.server.log()
    assert "/app/alerts" in log and "/app/record" in log  # the flows were logged
    for secret in ("김순자", "박영수", "번개탄", "외로워", "eyJ", "mh_session", "guardian@example.kr"):
        assert secret not in log, secret
