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

:class:`ProxyProcess` runs the same proxy in a process of its own (``python -m tests.chaos.proxy PORT``), driven
by one-line commands over its stdin and stdout: what the suite uses. In the load generator's own event loop every
database round trip of the server would wait behind the client's work during a burst (500 connections to open,
write and read), so the suite would measure itself; a real database link has no such queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import socket
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

LOOPBACK = "127.0.0.1"
CHUNK = 65536


def _require_loopback(host: str) -> None:
    if host != LOOPBACK:
        raise ValueError("the chaos proxy only dials 127.0.0.1")


@dataclass(eq=False)
class _Link:
    down: asyncio.StreamWriter  # towards the server (the database driver)
    up: asyncio.StreamWriter  # towards MariaDB
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class FaultProxy:
    def __init__(self, upstream_port: int, *, upstream_host: str = LOOPBACK) -> None:
        _require_loopback(upstream_host)
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


class ProxyProcess:
    """:class:`FaultProxy` in a child process (its own interpreter and event loop), with the same commands.

    The commands are synchronous and answered within milliseconds (each waits at most ``COMMAND_S`` for the
    child's reply); the child exits when told to or when its stdin closes (the suite died)."""

    COMMAND_S = 5.0

    def __init__(self, upstream_port: int, *, upstream_host: str = LOOPBACK) -> None:
        _require_loopback(upstream_host)
        self.upstream_port = upstream_port
        self.port = 0
        self.mode = "pass"
        self._proc: subprocess.Popen[bytes] | None = None

    async def start(self) -> None:
        root = str(Path(__file__).resolve().parents[2])  # where ``tests`` is importable from
        path = os.environ.get("PYTHONPATH")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.chaos.proxy", str(self.upstream_port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=root,
            env=dict(os.environ, PYTHONPATH=f"{root}:{path}" if path else root),
        )
        self.port = int(self._read_line(30.0).split()[1])  # "port N"

    async def stop(self) -> None:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(OSError, RuntimeError):
            self._command("stop")
        try:
            await asyncio.to_thread(proc.wait, 5)
        except subprocess.TimeoutExpired:
            proc.kill()
            await asyncio.to_thread(proc.wait, 5)

    @property
    def open_connections(self) -> int:
        return int(self._command("stats").split()[1])

    @property
    def connections_total(self) -> int:
        return int(self._command("stats").split()[0])

    def pass_through(self) -> None:
        self.mode = "pass"
        self._command("pass")

    def blackhole(self) -> None:
        self.mode = "blackhole"
        self._command("blackhole")

    def slow(self, latency_s: float) -> None:
        self.mode = "slow"
        self._command(f"slow {latency_s!r}")

    def reset(self) -> int:
        return int(self._command("reset"))

    def _command(self, line: str) -> str:
        proc = self._proc
        if proc is None or proc.stdin is None:
            raise RuntimeError("the proxy process is not running")
        proc.stdin.write(line.encode() + b"\n")
        proc.stdin.flush()
        return self._read_line(self.COMMAND_S)

    def _read_line(self, timeout_s: float) -> str:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        fd = proc.stdout.fileno()
        deadline = time.monotonic() + timeout_s
        out = bytearray()
        while not out.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise RuntimeError("the proxy process did not answer")
            chunk = os.read(fd, 1)
            if not chunk:
                raise RuntimeError("the proxy process exited")
            out += chunk
        return out.decode().strip()


async def _serve(upstream_port: int) -> None:
    """The child side of :class:`ProxyProcess`: one reply line per command line."""
    proxy = FaultProxy(upstream_port)
    await proxy.start()
    loop = asyncio.get_running_loop()
    commands = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(commands), sys.stdin)

    def reply(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    reply(f"port {proxy.port}")
    try:
        while line := (await commands.readline()).decode().strip():
            name, _, arg = line.partition(" ")
            if name == "stop":
                reply("ok")
                break
            if name == "pass":
                proxy.pass_through()
                reply("ok")
            elif name == "blackhole":
                proxy.blackhole()
                reply("ok")
            elif name == "slow":
                proxy.slow(float(arg))
                reply("ok")
            elif name == "reset":
                reply(str(proxy.reset()))
            elif name == "stats":
                reply(f"{proxy.connections_total} {proxy.open_connections}")
            else:
                reply("unknown")
    finally:
        await proxy.stop()


if __name__ == "__main__":
    asyncio.run(_serve(int(sys.argv[1])))
