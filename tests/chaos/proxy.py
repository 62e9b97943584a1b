"""A loopback TCP proxy between the server and MariaDB that can pass, reset, blackhole or slow the link.

* ``pass``: bytes flow both ways.
* ``reset()``: every open connection is closed with a TCP RST on both sides (``SO_LINGER`` 0); new
  connections pass again, as after a database restart or a NAT table flush.
* ``blackhole``: nothing is forwarded and nothing is closed: bytes wait in the kernel buffers, as when
  packets are dropped. New connections are accepted and also get no answer. When the mode ends, what
  waited is delivered (TCP retransmission after a link comes back), so a commit sent during the outage
  may still land.
* ``slow``: every chunk is delayed by ``latency_s`` in each direction.

Only 127.0.0.1 is ever bound or dialled.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"
CHUNK = 65536


@dataclass(eq=False)
class _Link:
    down: asyncio.StreamWriter  # towards the server (the database driver)
    up: asyncio.StreamWriter  # towards MariaDB
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class FaultProxy:
    def __init__(self, upstream_port: int, *, upstream_host: str = LOOPBACK) -> None:
        if upstream_host != LOOPBACK:
            raise ValueError("the chaos proxy only dials 127.0.0.1")
        self.upstream_port = upstream_port
        self.port = 0
        self.mode = "pass"
        self.latency_s = 0.0
        self.connections_total = 0
        self._open = asyncio.Event()  # set: bytes may flow (not blackholed)
        self._open.set()
        self._links: set[_Link] = set()
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, LOOPBACK, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        self.pass_through()
        for link in list(self._links):
            _abort(link)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    @property
    def open_connections(self) -> int:
        return len(self._links)

    # ---------------------------------------------------------------- commands

    def pass_through(self) -> None:
        self.mode, self.latency_s = "pass", 0.0
        self._open.set()

    def blackhole(self) -> None:
        self.mode = "blackhole"
        self._open.clear()

    def slow(self, latency_s: float) -> None:
        self.mode, self.latency_s = "slow", latency_s
        self._open.set()

    def reset(self) -> int:
        """RST every open connection (both sides); returns how many. The mode is unchanged."""
        links = list(self._links)
        for link in links:
            _abort(link)
        return len(links)

    # ---------------------------------------------------------------- forwarding

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections_total += 1
        await self._open.wait()  # blackholed: the connection is accepted, the database is not dialled
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(LOOPBACK, self.upstream_port), timeout=5
            )
        except (OSError, TimeoutError):
            _rst(writer)
            return
        link = _Link(down=writer, up=up_writer)
        self._links.add(link)
        link.tasks = [
            asyncio.create_task(self._pump(reader, up_writer, link)),
            asyncio.create_task(self._pump(up_reader, writer, link)),
        ]
        try:
            await asyncio.gather(*link.tasks, return_exceptions=True)
        finally:
            self._links.discard(link)
            _abort(link, rst=False)

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: _Link) -> None:
        try:
            while True:
                data = await reader.read(CHUNK)
                if not data:
                    break
                await self._open.wait()
                if self.latency_s:
                    await asyncio.sleep(self.latency_s)
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            # One side closed (or was reset): close the other, so neither end waits on a dead link.
            for task in link.tasks:
                if task is not asyncio.current_task():
                    task.cancel()


def _rst(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def _abort(link: _Link, *, rst: bool = True) -> None:
    for writer in (link.down, link.up):
        if rst:
            _rst(writer)
        else:
            writer.close()
    for task in link.tasks:
        task.cancel()
