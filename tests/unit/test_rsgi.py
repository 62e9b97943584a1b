"""The RSGI front (what `mhealth serve` runs) translates requests and responses for the ASGI stack faithfully.

Every e2e test goes through it with a real Granian; these pin the translation itself with fakes.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from mhealth.entrypoints.http.rsgi import Lifespan, _address, asgi_paths, serve_asgi


class FakeHeaders(dict):
    def items(self):  # RSGI headers: a mapping of str to str
        return list(super().items())


class FakeProto:
    def __init__(self, chunks=(b"",)):
        self.chunks = list(chunks)
        self.responses = []
        self.streamed = []
        self.disconnected = asyncio.Event()

    def __aiter__(self):
        async def gen():
            for chunk in self.chunks:
                yield chunk

        return gen()

    async def client_disconnect(self):
        await self.disconnected.wait()

    def response_bytes(self, status, headers, body):
        self.responses.append((status, headers, body))

    def response_stream(self, status, headers):
        self.responses.append((status, headers, None))
        proto = self

        class Transport:
            async def send_bytes(self, data):
                proto.streamed.append(data)

        return Transport()


def _scope(path="/v1/x y", query="a=1&b=%C3%A9", client="127.0.0.1:5555"):
    return SimpleNamespace(
        proto="http",
        http_version="1.1",
        method="POST",
        scheme="http",
        path=path,
        query_string=query,
        headers=FakeHeaders({"Content-Type": "application/json", "x-request-id": "abcdef123456"}),
        client=client,
        server="127.0.0.1:8000",
    )


async def test_a_request_streams_in_and_a_single_body_answer_goes_out_in_one_call():
    seen = {}

    async def app(scope, receive, send):
        seen["scope"] = scope
        body = b""
        while True:
            message = await receive()
            body += message["body"]
            if not message["more_body"]:
                break
        seen["body"] = body
        await send({"type": "http.response.start", "status": 201, "headers": [(b"x-a", b"1")]})
        await send({"type": "http.response.body", "body": b"done"})

    proto = FakeProto([b'{"a":', b"1}"])
    await serve_asgi(app, _scope(), proto)
    scope = seen["scope"]
    assert scope["path"] == "/v1/x y" and scope["raw_path"] == b"/v1/x%20y"
    assert scope["query_string"] == b"a=1&b=%C3%A9" and scope["method"] == "POST"
    assert (b"content-type", b"application/json") in scope["headers"]  # names lower-cased, as ASGI requires
    assert scope["client"] == ("127.0.0.1", 5555) and scope["server"] == ("127.0.0.1", 8000)
    assert seen["body"] == b'{"a":1}'
    assert proto.responses == [(201, [("x-a", "1")], b"done")]


async def test_a_streamed_answer_goes_out_chunk_by_chunk():
    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"a", "more_body": True})
        await send({"type": "http.response.body", "body": b"b", "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    proto = FakeProto()
    await serve_asgi(app, _scope(), proto)
    assert proto.responses == [(200, [], None)] and proto.streamed == [b"a", b"b"]


async def test_after_the_body_the_app_hears_the_disconnect():
    heard = []

    async def app(scope, receive, send):
        for _ in range(3):
            heard.append(await receive())
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    proto = FakeProto([b"x"])
    proto.disconnected.set()
    await serve_asgi(app, _scope(), proto)
    assert heard[0] == {"type": "http.request", "body": b"x", "more_body": True}
    assert heard[1] == {"type": "http.request", "body": b"", "more_body": False}
    assert heard[2] == {"type": "http.disconnect"}


async def test_an_app_that_fails_before_answering_gives_a_bare_500():
    async def app(scope, receive, send):
        raise RuntimeError("boom")

    proto = FakeProto()
    with pytest.raises(RuntimeError):
        await serve_asgi(app, _scope(), proto)
    assert proto.responses[0][0] == 500


@pytest.mark.parametrize(
    ("value", "expected"),
    [("127.0.0.1:80", ("127.0.0.1", 80)), ("[::1]:8080", ("::1", 8080)), ("", None), ("nohost", None)],
)
def test_addresses_become_host_port_pairs(value, expected):
    assert _address(value) == expected


async def test_the_lifespan_starts_before_serving_and_stops_after():
    events = []

    async def app(scope, receive, send):
        assert scope["type"] == "lifespan"
        while True:
            message = await receive()
            events.append(message["type"])
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return

    lifespan = Lifespan(app)
    await lifespan.startup()
    await lifespan.shutdown()
    assert events == ["lifespan.startup", "lifespan.shutdown"]


async def test_a_failed_start_stops_the_worker():
    async def app(scope, receive, send):
        await receive()
        await send({"type": "lifespan.startup.failed", "message": "no database"})

    with pytest.raises(RuntimeError, match="no database"):
        await Lifespan(app).startup()


class WholeBodyProto(FakeProto):
    async def __call__(self):
        return b"".join(self.chunks)


async def test_a_declared_length_within_the_limit_is_read_in_one_call():
    from mhealth.entrypoints.http.edge import read_rsgi_body as _read_rsgi_body

    assert await _read_rsgi_body(WholeBodyProto([b"ab", b"cd"]), 10, "4") == b"abcd"


async def test_a_body_too_large_is_refused_before_or_while_it_is_read():
    from mhealth.domain.errors import TooLarge
    from mhealth.entrypoints.http.edge import read_rsgi_body as _read_rsgi_body

    with pytest.raises(TooLarge):
        await _read_rsgi_body(WholeBodyProto([b"x" * 20]), 10, "20")  # declared: refused unread
    with pytest.raises(TooLarge):
        await _read_rsgi_body(WholeBodyProto([b"x" * 6, b"x" * 6]), 10, None)  # chunked: refused mid-stream
    assert await _read_rsgi_body(WholeBodyProto([b"x" * 6, b"y"]), 10, None) == b"xxxxxxy"


# What a real Granian gives (measured side by side, its ASGI interface against its RSGI one, for each target as
# sent on the wire): (target, RSGI path = ASGI path, ASGI raw_path).
GRANIAN = [
    (b"/abc%2525", "/abc%25", b"/abc%2525"),
    (b"/a%20b", "/a b", b"/a%20b"),
    (b"/%ED%95%9C%EA%B8%80", "/한글", b"/%ED%95%9C%EA%B8%80"),
    (b"/v1/seniors/%EA%B9%80/check-ins", "/v1/seniors/김/check-ins", b"/v1/seniors/%EA%B9%80/check-ins"),
    (b"/a+b", "/a+b", b"/a+b"),
    (b"/x:y@z;k=v,w!$&'()*-._~", "/x:y@z;k=v,w!$&'()*-._~", b"/x:y@z;k=v,w!$&'()*-._~"),
    (b"/%25", "/%", b"/%25"),
]


@pytest.mark.parametrize(("target", "path", "raw_path"), GRANIAN)
async def test_path_and_raw_path_are_granians_asgi_ones(target, path, raw_path):
    seen = {}

    async def app(scope, receive, send):
        seen["scope"] = scope
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    await serve_asgi(app, _scope(path=path, query="q=%20a&k=한"), FakeProto())
    assert seen["scope"]["path"] == path  # decoded once, by the server, never again
    assert seen["scope"]["raw_path"] == raw_path  # as sent: no "?" for non-ASCII, no second decoding
    assert seen["scope"]["query_string"] == "q=%20a&k=한".encode()


def test_another_spelling_of_a_path_keeps_its_decoded_path():
    """RSGI carries no raw target: %7E for ~ (or lower-case hex) comes out canonical, the path the same."""
    assert asgi_paths("/~x~") == ("/~x~", b"/~x~")
    assert asgi_paths("/\ufffd") == ("/\ufffd", b"/%EF%BF%BD")  # an invalid byte Granian replaced
