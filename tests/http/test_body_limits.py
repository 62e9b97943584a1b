"""One body limit per kind of route, whatever the Content-Type says, counted while the body streams in;
JSON nesting capped before decoding; an early answer says ``Connection: close`` when the body was left unread.

The chunked cases feed the application an endless-looking body chunk by chunk without a Content-Length and
count how much of it was pulled: a limit that only trusts a declared length would read it all.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from mhealth.domain.errors import InvalidInput
from mhealth.entrypoints.http.edge import MAX_JSON_DEPTH, check_json_depth
from tests.http.conftest import Running

KB = 1024
CHUNK = 16 * KB


async def raw(
    app: Any, method: str, path: str, headers: dict[str, str], chunks: list[bytes]
) -> tuple[int, dict[str, str], dict[str, Any], int]:
    """One request straight through the ASGI interface: (status, headers, JSON body, chunks pulled)."""
    pulled = 0

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        if pulled < len(chunks):
            pulled += 1
            return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}
        return {"type": "http.disconnect"}

    answer: dict[str, Any] = {"body": b""}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 5555),
        "server": ("127.0.0.1", 80),
        "state": {},
    }
    await app(scope, receive, send)
    return answer["status"], answer["headers"], json.loads(answer["body"] or b"null"), pulled


def nested(depth: int) -> bytes:
    return b'{"text": ' + b"[" * depth + b"]" * depth + b', "user_id": "u"}'


def chunked(total: int) -> list[bytes]:
    return [b" " * CHUNK for _ in range(total // CHUNK)]


JSON_ROUTES = [
    ("POST", "/analyze"),  # the fast path
    ("POST", "/v1/auth/login"),  # unauthenticated
    ("POST", "/v1/seniors"),
    ("POST", "/v1/users"),
]


@pytest.mark.settings(max_json_kb=64)
@pytest.mark.parametrize("method,path", JSON_ROUTES)
@pytest.mark.parametrize("content_type", ["application/json", "Application/JSON", "text/plain", None])
async def test_a_json_route_refuses_a_declared_body_over_the_setting_whatever_its_type(
    running: Running, method: str, path: str, content_type: str | None
) -> None:
    body = b'{"text": "' + b"a" * (80 * KB) + b'"}'
    headers = {**running.token(), "content-length": str(len(body))}
    if content_type:
        headers["content-type"] = content_type
    status, answer_headers, answer, pulled = await raw(running.app, method, path, headers, [body])
    assert status == 413 and answer["error"] == "too_large" and "64 KB" in answer["detail"]
    assert answer_headers["connection"] == "close" and pulled == 0  # refused on the declared length alone


@pytest.mark.settings(max_json_kb=64)
@pytest.mark.parametrize("method,path", JSON_ROUTES)
async def test_a_chunked_json_body_without_a_length_is_refused_while_it_streams(
    running: Running, method: str, path: str
) -> None:
    chunks = chunked(1024 * KB)  # 1 MiB offered, 64 KB allowed
    status, _, answer, pulled = await raw(
        running.app, method, path, {**running.token(), "content-type": "application/json"}, chunks
    )
    assert status == 413 and answer["error"] == "too_large"
    assert pulled <= 64 * KB // CHUNK + 1 < len(chunks)


@pytest.mark.settings(max_upload_mb=1)
@pytest.mark.parametrize("path", ["/transcribe", "/analyze-audio"])
@pytest.mark.parametrize("content_type", ["audio/wav", "multipart/form-data; boundary=xyz"])
async def test_a_chunked_upload_without_a_length_is_refused_while_it_streams(
    running: Running, path: str, content_type: str
) -> None:
    head = b"RIFF\x00\x00\x00\x00WAVEfmt " if content_type == "audio/wav" else b""
    if content_type.startswith("multipart"):
        head = b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n\r\nRIFF\x00\x00\x00\x00WAVE'
    chunks = [head, *chunked(4 * 1024 * KB)]  # 4 MiB offered, 1 MiB allowed
    status, _, answer, pulled = await raw(
        running.app, "POST", path, {**running.token(), "content-type": content_type}, chunks
    )
    assert status == 413 and answer["error"] == "too_large"
    assert pulled <= (1024 + 64) * KB // CHUNK + 2 < len(chunks)


@pytest.mark.settings(max_upload_mb=1)
async def test_a_chunked_audio_check_in_without_a_length_is_refused_while_it_streams(running: Running) -> None:
    mh = running.app.edge.mh
    assert mh is not None
    senior = await mh.create_senior(display_name="김순자")
    chunks = [b"RIFF\x00\x00\x00\x00WAVEfmt ", *chunked(4 * 1024 * KB)]
    status, _, answer, pulled = await raw(
        running.app,
        "POST",
        f"/v1/seniors/{senior.id}/check-ins",
        {**running.token(), "content-type": "audio/wav"},
        chunks,
    )
    assert status == 413 and answer["error"] == "too_large"
    assert pulled < len(chunks) // 2


@pytest.mark.settings(max_json_kb=64)
async def test_a_json_check_in_is_held_to_the_json_limit_not_the_upload_limit(running: Running) -> None:
    mh = running.app.edge.mh
    assert mh is not None
    senior = await mh.create_senior(display_name="김순자")
    for content_type in ("application/json", "APPLICATION/JSON; charset=utf-8"):
        status, _, answer, pulled = await raw(
            running.app,
            "POST",
            f"/v1/seniors/{senior.id}/check-ins",
            {**running.token(), "content-type": content_type},
            chunked(1024 * KB),
        )
        assert status == 413 and answer["error"] == "too_large" and "64 KB" in answer["detail"]
        assert pulled <= 64 * KB // CHUNK + 1


@pytest.mark.parametrize("method,path", JSON_ROUTES)
async def test_json_nested_too_deep_is_our_400_never_a_500(running: Running, method: str, path: str) -> None:
    for depth in (1_200, 100_000):
        body = nested(depth)
        headers = {**running.token(), "content-type": "application/json", "content-length": str(len(body))}
        status, _, answer, _ = await raw(running.app, method, path, headers, [body])
        assert status == 400 and answer["error"] == "invalid_input" and answer["field"] == "body"


async def test_a_deeply_nested_json_check_in_is_our_400(running: Running) -> None:
    mh = running.app.edge.mh
    assert mh is not None
    senior = await mh.create_senior(display_name="김순자")
    body = b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    response = await running.client.post(
        f"/v1/seniors/{senior.id}/check-ins",
        content=body,
        headers={**running.token(), "content-type": "application/json"},
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_input"


async def test_the_analyze_limit_is_the_setting_not_a_hard_coded_mebibyte(running: Running) -> None:
    """Default 256 KB: a 300 KB text is refused (the old fast path took up to 1 MiB)."""
    body = json.dumps({"text": "가" * 100_000, "user_id": "u"}).encode()
    assert 256 * KB < len(body) < 1024 * KB
    for client in (running.client, running.litestar):
        response = await client.post(
            "/analyze", content=body, headers={**running.token(), "content-type": "application/json"}
        )
        assert response.status_code == 413 and response.json()["error"] == "too_large"


def test_the_depth_scan_counts_structure_not_brackets_inside_strings() -> None:
    check_json_depth(b'{"text": "' + b"[" * 10_000 + b'"}')
    check_json_depth(b'{"a": "\\"' + b"[" * 500 + b'"}')  # an escaped quote does not end the string
    check_json_depth(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
    check_json_depth(b"[" + b"[1]," * 10_000 + b"[1]]")  # wide, not deep
    with pytest.raises(InvalidInput):
        check_json_depth(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))
    with pytest.raises(InvalidInput):
        check_json_depth(b'{"a": "]]]]", "b": ' + b"{" * 100 + b"}" * 100 + b"}")


async def test_an_early_401_on_a_body_says_connection_close_and_a_read_body_does_not(running: Running) -> None:
    body = b'{"text": "' + b"a" * (70 * KB) + b'", "user_id": "u"}'
    for path in ("/analyze", "/v1/seniors"):
        declared = {"content-type": "application/json", "content-length": str(len(body))}
        status, headers, _, pulled = await raw(running.app, "POST", path, declared, [body])
        assert status == 401 and headers["connection"] == "close" and pulled == 0
    ok = json.dumps({"text": "오늘은 좋았어요", "user_id": "u"}).encode()
    status, headers, _, _ = await raw(
        running.app,
        "POST",
        "/analyze",
        {**running.token(), "content-type": "application/json", "content-length": str(len(ok))},
        [ok],
    )
    assert status == 200 and "connection" not in headers
    status, headers, _, _ = await raw(running.app, "GET", "/v1/seniors", running.token(), [b""])
    assert status == 200 and "connection" not in headers
