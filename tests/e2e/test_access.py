"""Accounts, roles, consent and audit through a real server: only the right people see a senior's data.

One server (embedded SQLite, authentication required). Two seniors, A and B, each with a check-in, an
assessment and an alert; a guardian and a senior account of A, a social worker of B, a service key scoped
to A, one for everyone, and an admin. Every route is tried by every caller against both seniors' ids.
"""

from __future__ import annotations

import itertools
import time

import jwt
import pytest

from tests.e2e.conftest import SECRET, start_server, stop_server

PASSWORD = "할머니-correct-horse-7"
CRISIS = "번개탄을 사다 놨어. 이제 다 정리했어"
_ips = itertools.count(1)


def fresh_ip() -> dict[str, str]:
    """A distinct client address per sign-in (the server trusts X-Forwarded-For here)."""
    n = next(_ips)
    return {"X-Forwarded-For": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"}


def minted(role="admin", sub="ops", **claims):
    now = int(time.time())
    payload = {"sub": sub, "role": role, "aud": "mhealth", "iat": now, "exp": now + 300, **claims}
    return {"Authorization": "Bearer " + jwt.encode(payload, SECRET, algorithm="HS256")}


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    running = start_server(
        tmp_path_factory,
        MHEALTH_SPEECH="memory",
        MHEALTH_ANALYZER="memory",
        MHEALTH_JWT_SECRET=SECRET,
        MHEALTH_TRUST_FORWARDED_FOR="true",
        MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE="0",
        MHEALTH_RATE_LIMIT_PER_MINUTE="0",
    )
    yield running
    stop_server(running)


def login(c, email, password=PASSWORD, **headers):
    return c.post("/v1/auth/login", json={"email": email, "password": password}, headers={**fresh_ip(), **headers})


@pytest.fixture(scope="module")
def world(srv):
    admin = minted()
    with srv.client() as c:
        seniors = {}
        for name in ("A", "B"):
            r = c.post("/v1/seniors", json={"display_name": f"어르신 {name}"}, headers=admin)
            assert r.status_code == 201, r.text
            sid = r.json()["id"]
            r = c.post(f"/v1/seniors/{sid}/check-ins", json={"text": CRISIS}, headers=admin)
            assert r.status_code == 201, r.text
            body = r.json()
            assert body["alert_id"]
            seniors[name] = {
                "senior": sid,
                "check_in": body["id"],
                "assessment": body["assessment"]["assessment_id"],
                "alert": body["alert_id"],
            }

        def user(email, role, senior=None):
            r = c.post(
                "/v1/users",
                json={"email": email, "password": PASSWORD, "role": role, **({"senior_id": senior} if senior else {})},
                headers=admin,
            )
            assert r.status_code == 201, r.text
            return r.json()["id"]

        ids = {
            "guardian_a": user("guardian.a@example.kr", "guardian"),
            "senior_a": user("senior.a@example.kr", "senior", seniors["A"]["senior"]),
            "worker_b": user("worker.b@example.kr", "social_worker"),
            "admin": user("admin@example.kr", "admin"),
        }
        assert (
            c.post(
                f"/v1/users/{ids['guardian_a']}/links", json={"senior_id": seniors["A"]["senior"]}, headers=admin
            ).status_code
            == 201
        )
        assert (
            c.post(
                f"/v1/users/{ids['worker_b']}/links", json={"senior_id": seniors["B"]["senior"]}, headers=admin
            ).status_code
            == 201
        )
        callers = {}
        for who, email in (
            ("guardian_a", "guardian.a@example.kr"),
            ("senior_a", "senior.a@example.kr"),
            ("worker_b", "worker.b@example.kr"),
            ("admin", "admin@example.kr"),
        ):
            r = login(c, email)
            assert r.status_code == 200, r.text
            callers[who] = bearer(r.json()["access_token"])
        r = c.post("/v1/clients", json={"name": "콜센터 A", "senior_ids": [seniors["A"]["senior"]]}, headers=admin)
        assert r.status_code == 201, r.text
        callers["service_a"] = {"X-API-Key": r.json()["api_key"]}
        ids["service_a"] = r.json()["id"]
        r = c.post("/v1/clients", json={"name": "analytics", "all_seniors": True}, headers=admin)
        callers["service_all"] = bearer(r.json()["api_key"])
    return {"seniors": seniors, "callers": callers, "ids": ids}


READS = [
    ("GET", "/v1/seniors/{senior}"),
    ("GET", "/v1/seniors/{senior}/assessments"),
    ("GET", "/v1/seniors/{senior}/trend"),
    ("GET", "/v1/seniors/{senior}/consents"),
    ("GET", "/v1/check-ins/{check_in}"),
    ("GET", "/v1/assessments/{assessment}"),
    ("GET", "/v1/alerts?senior_id={senior}"),
]
WRITES = [
    ("POST", "/v1/seniors/{senior}/check-ins", {"text": "오늘은 괜찮아요"}),
    ("POST", "/v1/seniors/{senior}/consents", {"scope": "analytics", "granted": True}),
    ("POST", "/v1/alerts/{alert}/acknowledge", {"outcome": "reached"}),
]
# Who reaches which senior (A or B) at all.
REACH = {
    "guardian_a": {"A"},
    "senior_a": {"A"},
    "service_a": {"A"},
    "worker_b": {"B"},
    "service_all": {"A", "B"},
    "admin": {"A", "B"},
}
CALLERS = sorted(REACH)


def call(c, method, path, headers, body=None):
    if method == "GET":
        return c.get(path, headers=headers)
    if method == "DELETE":
        return c.delete(path, headers=headers)
    return c.post(path, json=body, headers=headers)


def nowhere(path):
    """The same path with every id replaced by one that exists nowhere."""
    return path.format(senior="0" * 32, check_in="0" * 32, assessment="0" * 32, alert="0" * 32)


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(("method", "path"), READS)
def test_reads_reach_exactly_the_linked_seniors_and_others_look_like_nothing(srv, world, caller, method, path):
    with srv.client() as c:
        headers = world["callers"][caller]
        missing = call(c, method, nowhere(path), headers)
        assert missing.status_code == 404, missing.text
        for name in ("A", "B"):
            r = call(c, method, path.format(**world["seniors"][name]), headers)
            if name in REACH[caller]:
                assert r.status_code == 200, (caller, name, r.text)
            else:
                assert r.status_code == 404, (caller, name, r.text)
                assert r.json() == missing.json()  # no existence oracle: the same answer as for nothing


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_writes_reach_only_linked_seniors_within_the_role(srv, world, caller, method, path, body):
    may_write = not (caller == "senior_a" and "acknowledge" in path)  # a senior does not sign off alerts
    with srv.client() as c:
        headers = world["callers"][caller]
        missing = call(c, method, nowhere(path), headers, body)
        assert missing.status_code == 404, missing.text
        for name in ("A", "B"):
            r = call(c, method, path.format(**world["seniors"][name]), headers, body)
            if name not in REACH[caller]:
                assert r.status_code == 404, (caller, name, r.text)
                assert r.json()["error"] == missing.json()["error"]
            elif may_write:
                assert r.status_code in (200, 201), (caller, name, r.text)
            else:
                assert r.status_code == 403 and r.json()["error"] == "forbidden", r.text


@pytest.mark.parametrize("caller", CALLERS)
def test_lists_show_only_visible_seniors_and_their_alerts(srv, world, caller):
    visible = {world["seniors"][n]["senior"] for n in REACH[caller]}
    with srv.client() as c:
        headers = world["callers"][caller]
        seniors = c.get("/v1/seniors", headers=headers)
        alerts = c.get("/v1/alerts", headers=headers)
    assert seniors.status_code == 200 and alerts.status_code == 200
    listed = {s["id"] for s in seniors.json()["items"]}
    if caller in ("admin", "service_all"):
        assert visible <= listed
    else:
        assert listed == visible
    assert {a["senior_id"] for a in alerts.json()["items"]} <= (
        listed if caller not in ("admin", "service_all") else listed | visible
    )
    assert {a["senior_id"] for a in alerts.json()["items"]} & visible


@pytest.mark.parametrize("caller", [c for c in CALLERS if c != "admin"])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/audit", None),
        ("GET", "/v1/users", None),
        ("POST", "/v1/users", {"email": "x@example.kr", "password": PASSWORD, "role": "admin"}),
        ("POST", "/v1/clients", {"name": "mine", "all_seniors": True}),
        ("DELETE", "/v1/seniors/{senior}", None),
    ],
)
def test_only_admins_manage_accounts_read_the_audit_log_and_erase(srv, world, caller, method, path, body):
    with srv.client() as c:
        r = call(c, method, path.format(**world["seniors"]["A"]), world["callers"][caller], body)
    expected = 403
    if caller in ("worker_b",) and "{senior}" in path:
        expected = 404  # A is not theirs: it does not exist for them
    assert r.status_code == expected, (caller, r.text)


def test_only_admins_and_service_clients_register_seniors_and_a_scoped_client_keeps_its_own(srv, world):
    with srv.client() as c:
        for caller in ("guardian_a", "senior_a", "worker_b"):
            r = c.post("/v1/seniors", json={"display_name": "새 어르신"}, headers=world["callers"][caller])
            assert r.status_code == 403, r.text
        r = c.post("/v1/seniors", json={"display_name": "새 어르신"}, headers=world["callers"]["service_a"])
        assert r.status_code == 201, r.text
        new = r.json()["id"]
        assert c.get(f"/v1/seniors/{new}", headers=world["callers"]["service_a"]).status_code == 200
        assert c.get(f"/v1/seniors/{new}", headers=world["callers"]["guardian_a"]).status_code == 404


def test_a_guardian_acknowledges_in_their_own_name(srv, world):
    with srv.client() as c:
        sid = world["seniors"]["A"]["senior"]
        fresh = c.post(f"/v1/seniors/{sid}/check-ins", json={"text": CRISIS}, headers=minted()).json()
        r = c.post(
            f"/v1/alerts/{fresh['alert_id']}/acknowledge",
            json={"by": "someone-else", "outcome": "reached"},
            headers=world["callers"]["guardian_a"],
        )
    assert r.status_code == 200
    assert r.json()["acknowledged_by"] == world["ids"]["guardian_a"]


# -- tokens and keys ------------------------------------------------------------------------------------


def test_refresh_rotates_and_reuse_ends_the_session_with_its_access_tokens(srv, world):
    with srv.client() as c:
        first = login(c, "guardian.a@example.kr").json()
        access = bearer(first["access_token"])
        assert c.get("/v1/auth/me", headers=access).json()["seniors"] == [world["seniors"]["A"]["senior"]]
        second = c.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}).json()
        assert second["refresh_token"] != first["refresh_token"]
        assert c.get("/v1/seniors", headers=bearer(second["access_token"])).status_code == 200
        replay = c.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert replay.status_code == 401 and replay.json()["error"] == "unauthorized"
        assert c.post("/v1/auth/refresh", json={"refresh_token": second["refresh_token"]}).status_code == 401
        assert c.get("/v1/seniors", headers=bearer(second["access_token"])).status_code == 401
        assert c.get("/v1/seniors", headers=access).status_code == 401


def test_logout_revokes_the_access_token_and_other_sessions_live(srv, world):
    with srv.client() as c:
        phone = login(c, "worker.b@example.kr").json()
        tablet = login(c, "worker.b@example.kr").json()
        assert c.post("/v1/auth/logout", json={"refresh_token": phone["refresh_token"]}).status_code == 204
        assert c.get("/v1/seniors", headers=bearer(phone["access_token"])).status_code == 401
        assert c.get("/v1/seniors", headers=bearer(tablet["access_token"])).status_code == 200


def test_an_access_token_expires_in_the_configured_minutes_and_answers_are_not_cached(srv, world):
    with srv.client() as c:
        r = login(c, "admin@example.kr")
    body = r.json()
    claims = jwt.decode(body["access_token"], SECRET, algorithms=["HS256"], audience="mhealth")
    assert claims["exp"] - claims["iat"] == 15 * 60 == body["expires_in"]
    assert claims["role"] == "admin" and claims["fam"]
    assert r.headers["cache-control"] == "no-store"


# Credentials are built inside the test, not when the module is collected: a token minted at collection
# time may have expired by the time its test runs, and then "refused" proves nothing (alg-none included).
BAD_CREDENTIALS = {
    "forged": lambda: {
        "Authorization": "Bearer "
        + jwt.encode(
            {"sub": "ops", "role": "admin", "aud": "mhealth", "exp": int(time.time()) + 60},
            "another-secret-" + "y" * 32,
            algorithm="HS256",
        )
    },
    "expired": lambda: minted(exp=int(time.time()) - 5),
    "wrong-audience": lambda: minted(aud="elsewhere"),
    "revoked-session": lambda: minted(fam="no-such-session"),
    "alg-none": lambda: {
        "Authorization": "Bearer "
        + jwt.encode(
            {"sub": "ops", "role": "admin", "aud": "mhealth", "exp": int(time.time()) + 60}, None, algorithm="none"
        )
    },
    "unknown-key": lambda: {"X-API-Key": "mhk_" + "A" * 43},
    "unknown-bearer-key": lambda: {"Authorization": "Bearer mhk_not-a-key-at-all-xxxxxxxx"},
}


@pytest.mark.parametrize("kind", list(BAD_CREDENTIALS))
def test_bad_credentials_are_refused(srv, world, kind):
    with srv.client() as c:
        r = c.get("/v1/seniors", headers=BAD_CREDENTIALS[kind]())
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"


def test_rotated_and_revoked_keys_stop_working(srv, world):
    admin = minted()
    with srv.client() as c:
        created = c.post("/v1/clients", json={"name": "temp", "all_seniors": True}, headers=admin).json()
        key = {"X-API-Key": created["api_key"]}
        assert c.get("/v1/seniors", headers=key).status_code == 200
        listed = c.get("/v1/clients", headers=admin).json()["items"]
        assert all(item["api_key"] is None for item in listed)  # a key is shown once
        rotated = c.post(f"/v1/clients/{created['id']}/rotate", headers=admin).json()
        assert c.get("/v1/seniors", headers=key).status_code == 401
        new_key = bearer(rotated["api_key"])
        assert c.get("/v1/seniors", headers=new_key).status_code == 200
        assert c.post(f"/v1/clients/{created['id']}/revoke", headers=admin).json()["active"] is False
        assert c.get("/v1/seniors", headers=new_key).status_code == 401


def test_five_failed_sign_ins_lock_the_account_then_the_right_password_is_refused_too(srv, world):
    admin = minted()
    with srv.client() as c:
        c.post(
            "/v1/users", json={"email": "target@example.kr", "password": PASSWORD, "role": "guardian"}, headers=admin
        )
        for _ in range(5):
            r = login(c, "target@example.kr", "wrong-password!!")
            assert r.status_code == 401, r.text
        locked = login(c, "target@example.kr")
        assert locked.status_code == 429 and locked.json()["error"] == "rate_limited"
        assert 0 < int(locked.headers["retry-after"]) <= 15 * 60


def test_five_failures_from_one_address_lock_that_address(srv, world):
    address = fresh_ip()
    with srv.client() as c:
        for i in range(5):
            assert login(c, f"nobody{i}@example.kr", "guess-guess-guess", **address).status_code == 401
        assert login(c, "admin@example.kr", **address).status_code == 429
        assert login(c, "admin@example.kr").status_code == 200  # another address is not locked


def test_a_disabled_user_is_signed_out_at_once(srv, world):
    admin = minted()
    with srv.client() as c:
        uid = c.post(
            "/v1/users", json={"email": "leaver@example.kr", "password": PASSWORD, "role": "guardian"}, headers=admin
        ).json()["id"]
        token = bearer(login(c, "leaver@example.kr").json()["access_token"])
        assert c.get("/v1/seniors", headers=token).status_code == 200
        assert c.post(f"/v1/users/{uid}/disabled", json={"disabled": True}, headers=admin).status_code == 200
        assert c.get("/v1/seniors", headers=token).status_code == 401
        assert login(c, "leaver@example.kr").status_code == 401


# -- consent --------------------------------------------------------------------------------------------


def test_withdrawn_audio_consent_refuses_audio_and_the_history_says_who_and_when(srv, world):
    from tests.audio_fixtures import ensure_audio_fixtures

    admin = minted()
    wav = ensure_audio_fixtures()["speech_ko"].path.read_bytes()
    with srv.client() as c:
        sid = c.post("/v1/seniors", json={"display_name": "동의 테스트"}, headers=admin).json()["id"]
        r = c.post(f"/v1/seniors/{sid}/consents", json={"scope": "audio_processing", "granted": False}, headers=admin)
        assert r.status_code == 201 and r.json()["recorded_by"] == "ops"
        consents = c.get(f"/v1/seniors/{sid}/consents", headers=admin).json()
        assert consents["current"]["audio_processing"] is False
        assert [h["granted"] for h in consents["history"]] == [True, False]
        r = c.post(f"/v1/seniors/{sid}/check-ins", content=wav, headers={**admin, "content-type": "audio/wav"})
        assert r.status_code == 403 and r.json()["error"] == "consent_required"
        c.post(f"/v1/seniors/{sid}/consents", json={"scope": "audio_processing", "granted": True}, headers=admin)
        r = c.post(f"/v1/seniors/{sid}/check-ins", content=wav, headers={**admin, "content-type": "audio/wav"})
        assert r.status_code == 201, r.text
        assert c.post(f"/v1/seniors/{sid}/check-ins", json={"text": "글은 괜찮아요"}, headers=admin).status_code == 201


# -- audit ----------------------------------------------------------------------------------------------


def test_every_access_is_audited_with_who_what_where_and_outcome_and_no_content(srv, world):
    a, b = world["seniors"]["A"], world["seniors"]["B"]
    guardian = world["callers"]["guardian_a"]
    gid = world["ids"]["guardian_a"]
    with srv.client() as c:
        assert (
            c.get(
                f"/v1/check-ins/{a['check_in']}", headers={**guardian, "X-Forwarded-For": "198.51.100.23"}
            ).status_code
            == 200
        )
        assert c.get(f"/v1/check-ins/{b['check_in']}", headers=guardian).status_code == 404
        login(c, "guardian.a@example.kr", "not-the-password")
        c.get("/v1/seniors", headers={"Authorization": "Bearer junk"})
        admin = minted()
        mine = c.get("/v1/audit", params={"actor": gid, "limit": 500}, headers=admin).json()["items"]
        reads = [e for e in mine if e["action"] == "check_in.read"]
        allowed = next(e for e in reads if e["resource_id"] == a["check_in"])
        assert allowed["outcome"] == "allowed" and allowed["senior_id"] == a["senior"]
        assert allowed["client_ip"] == "198.51.100.23" and allowed["actor_role"] == "guardian"
        denied = next(e for e in reads if e["resource_id"] == b["check_in"])
        assert denied["outcome"] == "denied" and denied["senior_id"] == b["senior"]
        of_b = c.get("/v1/audit", params={"senior_id": b["senior"], "limit": 500}, headers=admin).json()["items"]
        assert any(e["actor"] == gid and e["outcome"] == "denied" for e in of_b)
        recent = c.get("/v1/audit", params={"limit": 500}, headers=admin).json()["items"]
        assert any(e["action"] == "auth.login" and e["outcome"] == "denied" for e in recent)
        assert any(e["action"] == "auth.denied" and e["outcome"] == "denied" for e in recent)
        everything = c.get("/v1/audit", params={"limit": 500}, headers=admin).text
        assert "번개탄" not in everything and "어르신" not in everything and "@example.kr" not in everything
        page = c.get("/v1/audit", params={"limit": 2}, headers=admin).json()
        after = c.get("/v1/audit", params={"limit": 2, "after": page["next_cursor"]}, headers=admin).json()
        assert page["next_cursor"] and not {e["id"] for e in page["items"]} & {e["id"] for e in after["items"]}
        since = c.get("/v1/audit", params={"since": "2999-01-01T00:00:00+09:00"}, headers=admin).json()
        assert since["items"] == []


def test_erasing_a_senior_removes_them_for_everyone(srv, world):
    admin = minted()
    with srv.client() as c:
        sid = c.post("/v1/seniors", json={"display_name": "지울 어르신"}, headers=admin).json()["id"]
        cid = c.post(f"/v1/seniors/{sid}/check-ins", json={"text": CRISIS}, headers=admin).json()["id"]
        assert c.delete(f"/v1/seniors/{sid}", headers=admin).status_code == 204
        assert c.get(f"/v1/seniors/{sid}", headers=admin).status_code == 404
        assert c.get(f"/v1/check-ins/{cid}", headers=admin).status_code == 404
        assert c.delete(f"/v1/seniors/{sid}", headers=admin).status_code == 404
        trail = c.get("/v1/audit", params={"senior_id": sid}, headers=admin).json()["items"]
        assert trail[0]["action"] == "senior.erase"  # newest first: the erasure is the last word


# -- edge ---------------------------------------------------------------------------------------------------


def test_security_headers_and_no_store_on_v1_and_a_relaxed_policy_on_the_schema_pages(srv, world):
    with srv.client() as c:
        v1 = c.get("/v1/seniors", headers=minted())
        probe = c.get("/health")
        docs = c.get("/schema/swagger")
    for r in (v1, probe, docs):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    assert v1.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in v1.headers["content-security-policy"]
    assert "default-src 'none'" in probe.headers["content-security-policy"]
    assert "content-security-policy" not in docs.headers


def test_health_reveals_nothing_personal(srv, world):
    with srv.client() as c:
        text = c.get("/health").text + c.get("/").text
    assert SECRET not in text and "어르신" not in text and "@example.kr" not in text


def test_json_bodies_have_a_size_limit(srv, world):
    with srv.client() as c:
        r = c.post(
            f"/v1/seniors/{world['seniors']['A']['senior']}/check-ins",
            content=b'{"text": "' + b"a" * (300 * 1024) + b'"}',
            headers={**minted(), "content-type": "application/json"},
        )
    assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_rate_limits_per_client_and_stricter_on_sign_in(tmp_path_factory):
    server = start_server(
        tmp_path_factory,
        MHEALTH_SPEECH="memory",
        MHEALTH_ANALYZER="memory",
        MHEALTH_DATABASE_URL="memory://",
        MHEALTH_BLOBS="memory://",
        MHEALTH_JWT_SECRET=SECRET,
        MHEALTH_RATE_LIMIT_PER_MINUTE="5",
        MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE="3",
    )
    try:
        with server.client() as c:
            codes = [c.get("/v1/seniors", headers=minted(sub="one")).status_code for _ in range(7)]
            assert codes[:5] == [200] * 5 and codes[-1] == 429
            assert c.get("/v1/seniors", headers=minted(sub="two")).status_code == 200  # per client
            logins = [login(c, "x@example.kr", "whatever-password").status_code for _ in range(4)]
            assert logins[:3] == [401] * 3 and logins[3] == 429
            limited = login(c, "x@example.kr", "whatever-password")
            assert int(limited.headers["retry-after"]) >= 1
            assert c.get("/health").status_code == 200  # probes are never limited
    finally:
        stop_server(server)
