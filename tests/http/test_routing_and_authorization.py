"""Routing and authorization, in process: every route, every kind of caller, the exact refusal bodies."""

from __future__ import annotations

import re

import pytest

from mhealth.domain.model import Role
from tests.http.conftest import Running

PASSWORD = "correct horse battery"
PUBLIC = {
    ("GET", "/"),
    ("GET", "/health"),
    ("GET", "/health/live"),
    ("GET", "/health/ready"),
    ("POST", "/v1/auth/login"),
    ("POST", "/v1/auth/refresh"),
}
PUBLIC |= {("POST", "/v1/auth/logout")}


def routes(running: Running) -> list[tuple[str, str]]:
    """Every (method, path) the application serves, path parameters filled with a made-up id (the web app's
    pages, which a session cookie opens instead of a bearer token, are covered by tests/http/test_web_pages.py)."""
    found = []
    for route in running.app.app.routes:
        if route.path.startswith(("/schema", "/app")):
            continue
        path = re.sub(r"\{[^}]+\}", "nobody-0000", route.path)
        for handler in getattr(route, "route_handlers", []):
            for method in sorted(handler.http_methods):
                if method not in ("HEAD", "OPTIONS"):
                    found.append((method, path))
    return sorted(found)


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code and isinstance(body["detail"], str) and body["detail"]
    assert set(body) <= {"error", "detail", "field", "request_id"}
    assert response.headers["x-request-id"]
    assert response.headers["x-content-type-options"] == "nosniff"


async def test_the_public_routes_are_exactly_the_probes_and_sign_in(running: Running) -> None:
    """A new route is private on arrival: this set changes only on purpose."""
    public = set()
    for method, path in routes(running):
        response = await running.client.request(method, path, json={} if method != "GET" else None)
        if response.status_code != 401:
            public.add((method, path))
    assert public == PUBLIC


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic b3BzOm9wcw==", "Bearer mhk_unknown"])
async def test_every_private_route_refuses_a_missing_or_bad_credential_with_401_and_our_body(
    running: Running, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    for method, path in routes(running):
        if (method, path) in PUBLIC:
            continue
        response = await running.client.request(method, path, headers=headers)
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == 'Bearer realm="mhealth"'
        if path.startswith("/v1"):
            assert response.headers["cache-control"] == "no-store"


async def test_an_expired_token_is_refused(running: Running) -> None:
    expired = running.container.token_authority().issue("ops", "admin", ttl_s=-10)
    response = await running.client.get("/v1/seniors", headers={"Authorization": f"Bearer {expired}"})
    assert_error(response, 401, "unauthorized")
    assert "expired" in response.json()["detail"]


async def test_unknown_routes_and_methods_answer_with_our_body(running: Running) -> None:
    admin = running.token()
    assert_error(await running.client.get("/v1/nothing-here", headers=admin), 404, "not_found")
    assert_error(await running.client.get("/nothing-here"), 404, "not_found")
    assert_error(await running.client.put("/v1/seniors", headers=admin, json={}), 405, "method_not_allowed")


async def world(running: Running) -> dict[str, object]:
    """Two seniors; a guardian linked to the first; a senior account; a service client for the second."""
    mh = running.app.edge.mh
    assert mh is not None
    access = running.container.access()
    mine = await mh.create_senior(display_name="김순자")
    other = await mh.create_senior(display_name="박영희")
    guardian = await access.create_user(email="g@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    await access.link(guardian.id, mine.id, by="test")
    senior_user = await access.create_user(email="s@example.kr", password=PASSWORD, role=Role.SENIOR, senior_id=mine.id)
    issued = await access.create_client(name="care-center", seniors=[other.id])
    return {
        "mine": mine.id,
        "other": other.id,
        "guardian": running.token("guardian", guardian.id),
        "senior": running.token("senior", senior_user.id),
        "social_worker": running.token("social_worker", "sw-unlinked"),
        "service": {"X-API-Key": issued.key},
        "admin": running.token("admin", "ops"),
    }


# (caller, method, path template, status): {mine} is the guardian's and the senior account's senior,
# {other} the service client's.
MATRIX = [
    ("admin", "GET", "/v1/seniors/{mine}", 200),
    ("admin", "GET", "/v1/seniors/{other}", 200),
    ("guardian", "GET", "/v1/seniors/{mine}", 200),
    ("guardian", "GET", "/v1/seniors/{other}", 404),
    ("guardian", "GET", "/v1/seniors/{other}/trend", 404),
    ("guardian", "GET", "/v1/seniors/{other}/consents", 404),
    ("guardian", "GET", "/v1/seniors/{mine}/assessments", 200),
    ("senior", "GET", "/v1/seniors/{mine}", 200),
    ("senior", "GET", "/v1/seniors/{other}", 404),
    ("social_worker", "GET", "/v1/seniors/{mine}", 404),
    ("service", "GET", "/v1/seniors/{other}", 200),
    ("service", "GET", "/v1/seniors/{mine}", 404),
    ("guardian", "GET", "/v1/users", 403),
    ("guardian", "GET", "/v1/audit", 403),
    ("guardian", "GET", "/v1/clients", 403),
    ("service", "GET", "/v1/users", 403),
    ("senior", "DELETE", "/v1/seniors/{mine}", 403),
    ("admin", "GET", "/v1/users", 200),
    ("admin", "GET", "/v1/audit", 200),
    ("admin", "GET", "/v1/clients", 200),
    ("guardian", "GET", "/v1/alerts", 200),
    ("guardian", "GET", "/v1/auth/me", 200),
    ("guardian", "GET", "/audio-formats", 200),
]


async def test_roles_by_routes(running: Running) -> None:
    w = await world(running)
    failures = []
    for caller, method, template, status in MATRIX:
        path = template.format(mine=w["mine"], other=w["other"])
        response = await running.client.request(method, path, headers=w[caller])  # type: ignore[arg-type]
        if response.status_code != status:
            failures.append((caller, method, template, status, response.status_code, response.text[:200]))
        elif status == 404:
            assert_error(response, 404, "not_found")
        elif status == 403:
            assert_error(response, 403, "forbidden")
    assert not failures


async def test_a_hidden_senior_answers_word_for_word_as_a_made_up_one(running: Running) -> None:
    w = await world(running)
    for suffix in ("", "/trend", "/consents", "/assessments"):
        hidden = await running.client.get(f"/v1/seniors/{w['other']}{suffix}", headers=w["guardian"])
        made_up = await running.client.get(f"/v1/seniors/nobody-0000{suffix}", headers=w["guardian"])
        assert (hidden.status_code, hidden.json()) == (made_up.status_code, made_up.json())
        assert hidden.status_code == 404


async def test_a_refusal_is_in_korean_when_asked(running: Running) -> None:
    w = await world(running)
    headers = {**w["guardian"], "Accept-Language": "ko-KR"}  # type: ignore[dict-item]
    response = await running.client.get("/v1/users", headers=headers)
    assert_error(response, 403, "forbidden")
    assert re.search("[가-힣]", response.json()["detail"])


async def test_refusals_and_reads_are_audited_with_the_request_id(running: Running) -> None:
    w = await world(running)
    await running.client.get(f"/v1/seniors/{w['other']}", headers={**w["guardian"], "X-Request-ID": "req-denied-1"})
    await running.client.get("/v1/seniors", headers={"X-Request-ID": "req-anon-0001"})
    page = await running.container.audit().query(senior_id=None, actor=None, since=None, limit=50, after=None)
    by_request = {e.request_id: e for e in page.items}
    assert by_request["req-denied-1"].outcome.value == "denied"
    assert by_request["req-denied-1"].senior_id == w["other"]
    assert by_request["req-anon-0001"].action == "auth.denied"


async def test_sign_in_works_in_process_and_its_token_opens_the_door(running: Running) -> None:
    w = await world(running)
    signed = await running.client.post("/v1/auth/login", json={"email": "g@example.kr", "password": PASSWORD})
    assert signed.status_code == 200, signed.text
    token = signed.json()["access_token"]
    me = await running.client.get("/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["seniors"] == [w["mine"]]
    wrong = await running.client.post("/v1/auth/login", json={"email": "g@example.kr", "password": "x" * 12})
    assert_error(wrong, 401, "unauthorized")
