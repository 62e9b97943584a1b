"""The burst client of the load-and-fault suite (tests/chaos) reads answers as an HTTP client would."""

from __future__ import annotations

import httpx
import pytest

from tests.chaos.harness import _parse_response


def test_an_answer_with_a_length_gives_status_headers_and_body() -> None:
    raw = b'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 20\r\n\r\n{"error":"overloaded"}'
    status, headers, body = _parse_response(raw)
    assert status == 503 and headers["retry-after"] == "1" and body.startswith(b'{"error"')


def test_a_chunked_answer_is_decoded() -> None:
    raw = b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
    raw += b'5\r\n{"id"\r\n6;x=y\r\n:"abc"\r\n1\r\n}\r\n0\r\n\r\n'
    assert _parse_response(raw) == (201, {"transfer-encoding": "chunked"}, b'{"id":"abc"}')


def test_a_connection_closed_before_the_headers_end_is_a_protocol_error() -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        _parse_response(b"HTTP/1.1 201 Created\r\nContent-Le")
