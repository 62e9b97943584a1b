"""SingleFlight: concurrent look-ups of one key share one call; nothing is kept once it ends."""

from __future__ import annotations

import asyncio

import pytest

from mhealth.entrypoints.http.coalesce import SingleFlight


class Lookup:
    def __init__(self) -> None:
        self.calls = 0
        self.release = asyncio.Event()
        self.fail = False

    async def __call__(self) -> str:
        self.calls += 1
        await self.release.wait()
        if self.fail:
            raise PermissionError("revoked")
        return f"answer {self.calls}"


async def test_callers_of_one_key_while_it_is_in_flight_share_one_call() -> None:
    flights, lookup = SingleFlight(), Lookup()
    waiting = [asyncio.ensure_future(flights.run("k", lookup)) for _ in range(20)]
    other = asyncio.ensure_future(flights.run("other", lookup))
    await asyncio.sleep(0)
    lookup.release.set()
    assert await asyncio.gather(*waiting) == ["answer 1"] * 20
    assert await other == "answer 2"
    assert lookup.calls == 2 and flights.in_flight == 0


async def test_a_caller_after_the_call_ended_asks_again() -> None:
    flights, lookup = SingleFlight(), Lookup()
    lookup.release.set()
    assert await flights.run("k", lookup) == "answer 1"
    assert await flights.run("k", lookup) == "answer 2"  # no answer kept: a revoked key is seen at once


async def test_a_failure_reaches_every_waiter_and_is_not_kept() -> None:
    flights, lookup = SingleFlight(), Lookup()
    lookup.fail = True
    waiting = [asyncio.ensure_future(flights.run("k", lookup)) for _ in range(3)]
    await asyncio.sleep(0)
    lookup.release.set()
    for result in await asyncio.gather(*waiting, return_exceptions=True):
        assert isinstance(result, PermissionError)
    lookup.fail = False
    assert await flights.run("k", lookup) == "answer 2"


async def test_a_cancelled_caller_does_not_cancel_the_call_for_the_others() -> None:
    flights, lookup = SingleFlight(), Lookup()
    first = asyncio.ensure_future(flights.run("k", lookup))
    second = asyncio.ensure_future(flights.run("k", lookup))
    await asyncio.sleep(0)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    lookup.release.set()
    assert await second == "answer 1" and lookup.calls == 1
