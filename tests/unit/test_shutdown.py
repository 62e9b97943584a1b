"""The shutdown drain of a server worker: requests in flight get a deadline, then are cut off (and only then)."""

from __future__ import annotations

import asyncio

from mhealth.entrypoints.shutdown import CLOSE_BUDGET_S, EXIT_MARGIN_S, Drain


def test_the_deadline_leaves_room_to_close_and_exit_inside_the_grace_period():
    assert Drain(8.0).deadline_s == 8.0 - CLOSE_BUDGET_S - EXIT_MARGIN_S
    assert Drain(3.0).deadline_s > 0  # a tiny grace period still gives requests a moment


async def test_a_request_still_running_at_the_deadline_is_cancelled_and_one_that_ended_is_not():
    drain = Drain(CLOSE_BUDGET_S + EXIT_MARGIN_S)  # the shortest deadline (0.5 s)
    finished = asyncio.Event()
    outcomes: dict[str, str] = {}

    answered: list[str] = []

    async def request(name: str, work: asyncio.Future[None]) -> None:
        with drain.track(lambda: answered.append(name)):
            try:
                await work
                outcomes[name] = "answered"
            except asyncio.CancelledError:
                outcomes[name] = "cut off" if drain.cut_off() else "client gone"
                raise
            finally:
                if len(outcomes) == 2:
                    finished.set()

    loop = asyncio.get_running_loop()
    quick, stuck = loop.create_future(), loop.create_future()
    tasks = [asyncio.create_task(request("quick", quick)), asyncio.create_task(request("stuck", stuck))]
    await asyncio.sleep(0)
    assert not drain.cut_off()  # before SIGTERM a cancellation is the client's, not ours
    drain.start()
    quick.set_result(None)
    await asyncio.wait_for(finished.wait(), timeout=10)
    await asyncio.gather(*tasks, return_exceptions=True)
    assert outcomes == {"quick": "answered", "stuck": "cut off"}
    assert answered == ["stuck"]  # the 503 went out for the request cut off, and only for it
