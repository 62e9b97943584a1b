"""The HTTP API through a real server process: the original endpoints, /v1, errors, auth."""

from __future__ import annotations

import time

import jwt
import pytest

from tests.audio_fixtures import ensure_audio_fixtures
from tests.e2e.conftest import SECRET

ORIGINAL_FIELDS = {
    "depression_score": (int, float),
    "anxiety_score": (int, float),
    "cognitive_score": (int, float),
    "emotional_state": str,
    "key_concerns": list,
    "recommendations": list,
    "confidence": (int, float),
    "timestamp": str,
}


@pytest.fixture(scope="module")
def audio():
    return ensure_audio_fixtures()


def assert_error(response, status, code, field=None):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code, body
    assert isinstance(body["detail"], str) and body["detail"]
    if field is not None:
        assert body.get("field") == field, body
    return body


# ------------------------------------------------------------------------------------- original API


def test_root_and_health_are_public_and_show_each_adapter(server):
    with server.client() as c:
        root = c.get("/").json()
        assert root["status"] == "healthy" and root["version"]
        health = c.get("/health").json()
    assert health["status"] == "healthy"
    assert health["components"]["analyzer"]["adapter"] == "local"
    assert health["components"]["decoder"]["adapter"] == "pyav"
    assert "environment" in health


def test_analyze_keeps_the_original_fields_and_adds_the_crisis_block(server):
    with server.client() as c:
        r = c.post(
            "/analyze", json={"text": "요즘 약을 조금씩 모아두고 있어요. 애들한테 미안하다고 전해줘", "user_id": "u1"}
        )
    assert r.status_code == 200, r.text
    body = r.json()
    for name, kind in ORIGINAL_FIELDS.items():
        assert isinstance(body[name], kind), name
    assert 0 <= body["depression_score"] <= 100 and 0 <= body["cognitive_score"] <= 100
    assert body["risk_level"] == "critical"
    assert body["safety"]["active_ideation"] is True
    assert body["crisis"]["immediate"] is True
    assert any(h["number"] == "109" for h in body["crisis"]["hotlines"])


def test_analyze_of_a_calm_day_is_low_risk(server):
    with server.client() as c:
        body = c.post(
            "/analyze", json={"text": "오늘은 손주들이 와서 같이 밥 먹었어요. 기분이 좋아요", "user_id": "u"}
        ).json()
    assert body["risk_level"] == "low" and body["crisis"]["needed"] is False


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"text": "   ", "user_id": "u"}, "text"),
        ({"text": 3, "user_id": "u"}, "text"),
        ({"user_id": "u"}, "text"),
        ({"text": "안녕"}, "user_id"),
    ],
)
def test_analyze_refuses_blank_or_wrong_input_with_400_and_the_field(server, payload, field):
    with server.client() as c:
        assert_error(c.post("/analyze", json=payload), 400, "invalid_input", field)


def test_analyze_refuses_malformed_json_with_400(server):
    with server.client() as c:
        r = c.post("/analyze", content=b'{"text": "abc', headers={"content-type": "application/json"})
    assert_error(r, 400, "invalid_input")


def test_errors_speak_korean_when_asked(server):
    with server.client() as c:
        r = c.post("/analyze", json={"text": " ", "user_id": "u"}, headers={"Accept-Language": "ko-KR"})
    assert r.json()["detail"] == "텍스트가 비어있습니다"


def test_transcribe_a_korean_wav(server, audio):
    with server.client() as c, open(audio["speech_ko"].path, "rb") as f:
        r = c.post("/transcribe", files={"file": ("note.wav", f, "audio/wav")}, data={"user_id": "u"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["language_code"] == "ko-KR" and body["transcript"]
    assert body["audio_duration"] == pytest.approx(audio["speech_ko"].facts["duration_s"], rel=0.02)
    assert body["audio"]["container"] == "wav"


@pytest.mark.parametrize("name", ["m4a", "mp3", "flac", "ogg_opus", "webm_opus", "amr_nb", "wav_mulaw", "stereo_44k"])
def test_analyze_audio_accepts_real_world_formats(server, audio, name):
    fixture = audio[name]
    with server.client() as c, open(fixture.path, "rb") as f:
        r = c.post("/analyze-audio", files={"file": ("x.bin", f, "application/octet-stream")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["transcript"] and isinstance(body["depression_score"], float)
    assert body["audio_duration"] == pytest.approx(fixture.facts["duration_s"], rel=0.02)


@pytest.mark.parametrize(
    ("name", "status", "code"),
    [
        ("empty", 400, "empty_audio"),
        ("random_bytes", 415, "unsupported_audio"),
        ("png_as_wav", 415, "unsupported_audio"),
        ("text_as_flac", 415, "unsupported_audio"),
        ("truncated_wav", 422, "corrupt_audio"),
        ("truncated_mp3", 422, "corrupt_audio"),
        ("silence", 422, "no_speech"),
    ],
)
def test_broken_audio_gets_the_precise_status_and_code(server, audio, name, status, code):
    fixture = audio[name]
    with server.client() as c, open(fixture.path, "rb") as f:
        r = c.post("/transcribe", files={"file": (fixture.path.name, f, "audio/wav")})
    assert_error(r, status, code)


def test_an_upload_over_the_limit_is_refused_with_413(server):
    with server.client() as c:
        r = c.post("/transcribe", files={"file": ("big.wav", b"RIFF" + b"\0" * (11 * 1024 * 1024), "audio/wav")})
    assert_error(r, 413, "too_large")


def test_a_form_without_a_file_is_400(server):
    with server.client() as c:
        r = c.post("/transcribe", data={"user_id": "u"}, files={"other": ("a.txt", b"hello", "text/plain")})
    assert_error(r, 400, "invalid_input", "file")


def test_audio_formats_are_derived_from_the_decoder(server):
    with server.client() as c:
        body = c.get("/audio-formats").json()
    assert {".wav", ".mp3", ".m4a", ".flac", ".ogg"} <= set(body["formats"])
    assert body["max_file_size"] == "10MB"


def test_unknown_paths_and_methods_get_the_error_body(server):
    with server.client() as c:
        assert_error(c.get("/nope"), 404, "not_found")
        assert_error(c.get("/analyze"), 405, "method_not_allowed")


def test_every_response_carries_a_request_id(server):
    with server.client() as c:
        r = c.get("/", headers={"X-Request-ID": "abcdef123456"})
        assert r.headers["x-request-id"] == "abcdef123456"
        assert len(c.post("/analyze", json={}).headers["x-request-id"]) >= 8


def test_the_access_log_holds_no_text(server):
    secret_words = "비밀스러운문장입니다"
    with server.client() as c:
        c.post("/analyze", json={"text": secret_words, "user_id": "u"})
    time.sleep(0.2)
    log = server.log()
    assert "POST /analyze 200" in log
    assert secret_words not in log


def test_openapi_documents_every_operation(server):
    with server.client() as c:
        doc = c.get("/schema/openapi.json").json()
        assert c.get("/schema/swagger").status_code == 200
        assert c.get("/schema/redoc").status_code == 200
    assert doc["openapi"].startswith("3.1")
    assert {"/analyze", "/transcribe", "/analyze-audio", "/v1/seniors", "/v1/alerts"} <= set(doc["paths"])
    assert "413" in doc["paths"]["/transcribe"]["post"]["responses"]


# ------------------------------------------------------------------------------------- /v1


def test_a_seniors_check_in_life_cycle(server, audio):
    with server.client() as c:
        r = c.post("/v1/seniors", json={"display_name": "김순자", "birth_year": 1941})
        assert r.status_code == 201, r.text
        senior = r.json()
        assert r.headers["location"] == f"/v1/seniors/{senior['id']}"

        r = c.post(
            f"/v1/seniors/{senior['id']}/check-ins",
            json={"text": "번개탄을 사다 놨어. 이제 다 정리했어"},
            headers={"Idempotency-Key": "call-1"},
        )
        assert r.status_code == 201, r.text
        first = r.json()
        assert first["assessment"]["risk_level"] == "critical" and first["alert_id"]
        again = c.post(
            f"/v1/seniors/{senior['id']}/check-ins",
            json={"text": "번개탄을 사다 놨어. 이제 다 정리했어"},
            headers={"Idempotency-Key": "call-1"},
        )
        assert again.status_code == 200 and again.json()["id"] == first["id"] and again.json()["replayed"]

        with open(audio["m4a"].path, "rb") as f:
            r = c.post(f"/v1/seniors/{senior['id']}/check-ins", files={"file": ("call.m4a", f, "audio/mp4")})
        assert r.status_code == 201, r.text
        assert r.json()["recording"]["audio"]["container"] in ("mov,mp4,m4a,3gp,3g2,mj2", "mp4", "m4a")

        raw = audio["flac"].path.read_bytes()
        r = c.post(f"/v1/seniors/{senior['id']}/check-ins", content=raw, headers={"content-type": "audio/flac"})
        assert r.status_code == 201, r.text

        got = c.get(f"/v1/assessments/{first['assessment']['assessment_id']}").json()
        assert got["id"] == first["id"] and got["transcript"]["text"].startswith("번개탄")

        page = c.get(f"/v1/seniors/{senior['id']}/assessments", params={"limit": 2}).json()
        assert len(page["items"]) == 2 and page["next_cursor"]
        rest = c.get(f"/v1/seniors/{senior['id']}/assessments", params={"after": page["next_cursor"]}).json()
        assert len(rest["items"]) == 1

        trend = c.get(f"/v1/seniors/{senior['id']}/trend").json()
        assert trend["points"][0]["count"] == 3 and trend["worst_risk"] == "critical"

        alerts = c.get("/v1/alerts", params={"senior_id": senior["id"], "status": "open"}).json()
        assert [a["id"] for a in alerts["items"]] == [first["alert_id"]]
        acked = c.post(
            f"/v1/alerts/{first['alert_id']}/acknowledge", json={"by": "worker-7", "outcome": "visited"}
        ).json()
        assert acked["status"] == "acknowledged" and acked["acknowledged_by"] == "worker-7"


def test_v1_errors(server):
    with server.client() as c:
        assert_error(c.get("/v1/seniors/unknown"), 404, "not_found")
        assert_error(c.post("/v1/seniors/unknown/check-ins", json={"text": "hi"}), 404, "not_found")
        assert_error(c.post("/v1/seniors", json={"display_name": ""}), 400, "invalid_input")
        assert_error(
            c.post("/v1/seniors", json={"display_name": "a", "timezone": "Mars/Base"}), 400, "invalid_input", "timezone"
        )
        assert_error(c.get("/v1/seniors", params={"limit": 0}), 400, "invalid_input")
        sid = c.post("/v1/seniors", json={"display_name": "박"}).json()["id"]
        assert_error(c.post(f"/v1/seniors/{sid}/check-ins", json={"text": " "}), 400, "invalid_input", "text")
        assert_error(
            c.get(f"/v1/seniors/{sid}/assessments", params={"start": "yesterday"}), 400, "invalid_input", "start"
        )
        assert_error(
            c.post(f"/v1/seniors/{sid}/check-ins", content=b"hello", headers={"content-type": "text/plain"}),
            415,
            "unsupported_audio",
        )
        assert_error(c.post("/v1/alerts/nope/acknowledge", json={"outcome": "reached"}), 404, "not_found")


# ------------------------------------------------------------------------------------- auth


def token(role="admin", sub="ops", secret=SECRET, **claims):
    now = int(time.time())
    payload = {"sub": sub, "role": role, "aud": "mhealth", "iat": now, "exp": now + 300, **claims}
    return jwt.encode(payload, secret, algorithm="HS256")


def bearer(value):
    return {"Authorization": f"Bearer {value}"}


def test_probes_are_public_and_everything_else_needs_a_token(secured):
    with secured.client() as c:
        assert c.get("/").status_code == 200
        assert c.get("/health").status_code == 200
        r = c.post("/analyze", json={"text": "안녕", "user_id": "u"})
        assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert_error(c.get("/v1/seniors"), 401, "unauthorized")
        assert c.post("/analyze", json={"text": "안녕", "user_id": "u"}, headers=bearer(token())).status_code == 200


# Built inside the test: a token minted at collection time can expire before its test runs, and then
# "refused" would prove nothing about the check under test (alg-none above all).
BAD_TOKENS = {
    "forged": lambda: token(secret="another-secret-" + "y" * 32),
    "expired": lambda: token(exp=int(time.time()) - 10),
    "wrong-audience": lambda: token(aud="someone-else"),
    "unknown-role": lambda: token(role="superuser"),
    "alg-none": lambda: jwt.encode(
        {"sub": "x", "role": "admin", "aud": "mhealth", "exp": int(time.time()) + 60}, None, algorithm="none"
    ),
    "garbage": lambda: "not-a-token",
}


@pytest.mark.parametrize("kind", list(BAD_TOKENS))
def test_bad_tokens_are_refused(secured, kind):
    with secured.client() as c:
        assert_error(c.get("/v1/seniors", headers=bearer(BAD_TOKENS[kind]())), 401, "unauthorized")


def test_a_senior_sees_only_themselves_and_cannot_probe_others(secured):
    with secured.client() as c:
        admin = bearer(token())
        me = c.post("/v1/seniors", json={"display_name": "나"}, headers=admin).json()["id"]
        other = c.post("/v1/seniors", json={"display_name": "남"}, headers=admin).json()["id"]
        mine = bearer(token(role="senior", sub=me))
        assert c.get(f"/v1/seniors/{me}", headers=mine).status_code == 200
        assert_error(c.get(f"/v1/seniors/{other}", headers=mine), 404, "not_found")
        assert_error(c.get("/v1/seniors/does-not-exist", headers=mine), 404, "not_found")
        listed = c.get("/v1/seniors", headers=mine)
        assert listed.status_code == 200 and [s["id"] for s in listed.json()["items"]] == [me]
        guardian = bearer(token(role="guardian", sub="g1"))
        assert_error(c.get(f"/v1/seniors/{me}/trend", headers=guardian), 404, "not_found")


def test_the_embedded_default_persists_check_ins_across_a_restart(tmp_path_factory):
    from tests.e2e.conftest import start_server, stop_server

    env = {"MHEALTH_SPEECH": "memory", "MHEALTH_ANALYZER": "memory", "MHEALTH_AUTH": "off"}
    data = tmp_path_factory.mktemp("persist")
    first = start_server(tmp_path_factory, MHEALTH_DATA_DIR=str(data), **env)
    try:
        with first.client() as c:
            sid = c.post("/v1/seniors", json={"display_name": "김영희 👵"}).json()["id"]
            created = c.post(f"/v1/seniors/{sid}/check-ins", json={"text": "무릎이 쑤셔요 😢 그래도 괜찮아"}).json()
    finally:
        stop_server(first)
    second = start_server(tmp_path_factory, MHEALTH_DATA_DIR=str(data), **env)
    try:
        with second.client() as c:
            got = c.get(f"/v1/check-ins/{created['id']}").json()
            assert c.get(f"/v1/seniors/{sid}").json()["display_name"] == "김영희 👵"
    finally:
        stop_server(second)
    assert got == created | {"replayed": False}
