"""The chaos suite's fault proxy (tests/chaos/proxy.py) does what its verdicts rely on: it passes bytes,
holds them without closing while blackholed (and delivers them after), resets with an error on both sides,
and delays when slow; in the suite's event loop and in a process of its own (what the suite runs). Against a
loopback echo server; no timed assertion beyond "did not arrive yet"."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from tests.chaos.harness import marker
from tests.chaos.proxy import FaultProxy, ProxyProcess


@pytest.fixture
async def echo_port() -> AsyncIterator[int]:
    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(1024):
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()


@pytest.fixture(params=["loop", "process"])
async def proxy(echo_port: int, request: pytest.FixtureRequest) -> AsyncIterator[FaultProxy | ProxyProcess]:
    p = FaultProxy(echo_port) if request.param == "loop" else ProxyProcess(echo_port)
    await p.start()
    yield p
    await p.stop()


async def _roundtrip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes) -> bytes:
    writer.write(data)
    await writer.drain()
    return await asyncio.wait_for(reader.readexactly(len(data)), 5)


async def test_passes_bytes_both_ways(proxy: FaultProxy | ProxyProcess) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
    assert await _roundtrip(reader, writer, b"hello") == b"hello"
    assert proxy.open_connections == 1
    writer.close()


async def test_blackhole_holds_bytes_without_closing_then_delivers_them(proxy: FaultProxy | ProxyProcess) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
    assert await _roundtrip(reader, writer, b"a") == b"a"
    proxy.blackhole()
    writer.write(b"held")
    await writer.drain()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(reader.readexactly(4), 0.3)
    assert not reader.at_eof()  # not closed: the client just hears nothing
    proxy.pass_through()
    assert await asyncio.wait_for(reader.readexactly(4), 5) == b"held"
    writer.close()


async def test_blackhole_accepts_new_connections_but_forwards_nothing(proxy: FaultProxy | ProxyProcess) -> None:
    proxy.blackhole()
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
    writer.write(b"x")
    await writer.drain()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(reader.readexactly(1), 0.3)
    proxy.pass_through()
    assert await asyncio.wait_for(reader.readexactly(1), 5) == b"x"
    writer.close()


async def test_reset_breaks_open_connections_and_new_ones_pass(proxy: FaultProxy | ProxyProcess) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
    assert await _roundtrip(reader, writer, b"a") == b"a"
    assert proxy.reset() == 1
    with pytest.raises((ConnectionResetError, asyncio.IncompleteReadError)):
        await asyncio.wait_for(reader.readexactly(1), 5)
    writer.close()
    reader2, writer2 = await asyncio.open_connection("127.0.0.1", proxy.port)
    assert await _roundtrip(reader2, writer2, b"c") == b"c"
    writer2.close()


async def test_slow_delays_but_delivers(proxy: FaultProxy | ProxyProcess) -> None:
    proxy.slow(0.2)
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
    writer.write(b"z")
    await writer.drain()
    echoed = asyncio.ensure_future(reader.readexactly(1))
    # 200 ms each way is a lower bound: the byte cannot be back after 100 ms (no flakiness either way)
    done, _ = await asyncio.wait({echoed}, timeout=0.1)
    assert not done
    assert await asyncio.wait_for(echoed, 5) == b"z"
    writer.close()


def test_only_loopback_is_dialled() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        FaultProxy(3306, upstream_host="10.0.0.1")
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        ProxyProcess(3306, upstream_host="10.0.0.1")


def test_request_tags_are_letters_and_distinct() -> None:
    tags = {marker("abc", n) for n in range(5000)}
    assert len(tags) == 5000
    assert all(t.isalpha() and t.isascii() for t in tags)
