"""Concurrent look-ups of the same thing share one call (single flight).

A burst of requests from one service client asks the database the same two questions at once (whose API key
is this, which seniors may that client reach). Each question is asked once while it is in flight and every
request waiting for it gets that answer; nothing is kept after the call ends, so a request that arrives after
a change (a revoked key, a new link) never sees an answer read before it arrived, only one read while it was
already waiting.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

V = TypeVar("V")


def _retrieved(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()  # every waiter may have gone: retrieved, so asyncio logs no warning


class SingleFlight:
    """``await flights.run(key, call)``: ``call()``'s result, shared with the callers of the same ``key``
    whose call is still running. A caller that is cancelled does not cancel the call for the others."""

    def __init__(self) -> None:
        self._calls: dict[Hashable, asyncio.Task[Any]] = {}

    @property
    def in_flight(self) -> int:
        return len(self._calls)

    async def run(self, key: Hashable, call: Callable[[], Awaitable[V]]) -> V:
        loop = asyncio.get_running_loop()
        task = self._calls.get(key)
        if task is None or task.done() or task.get_loop() is not loop:
            task = loop.create_task(_awaited(call))
            self._calls[key] = task
            task.add_done_callback(_retrieved)
            task.add_done_callback(lambda done: self._forget(key, done))
        result: V = await asyncio.shield(task)
        return result

    def _forget(self, key: Hashable, task: asyncio.Task[Any]) -> None:
        if self._calls.get(key) is task:
            del self._calls[key]


async def _awaited(call: Callable[[], Awaitable[V]]) -> V:
    return await call()


__all__ = ["SingleFlight"]
