"""Past MHEALTH_MAX_IN_FLIGHT requests at once, the edge refuses the next one at once: 503 ``overloaded`` with
Retry-After, before the credential is checked or the database touched (a flood must not queue for the pool)."""

from __future__ import annotations

import asyncio

import pytest

from tests.http.conftest import Running


@pytest.mark.settings(max_in_flight=2)
async def test_past_the_limit_a_request_is_refused_before_authentication(running: Running) -> None:
    edge = running.app.edge
    edge.in_flight = edge.max_in_flight  # two requests being served
    refused = await running.client.get("/v1/seniors", headers={"Authorization": "Bearer forged"})
    assert refused.status_code == 503  # not 401: the forged token was never looked at
    assert refused.json()["error"] == "overloaded"
    assert int(refused.headers["retry-after"]) >= 1
    posted = await running.client.post("/v1/seniors", json={"display_name": "김순자"}, headers=running.token())
    assert posted.status_code == 503
    assert "close" not in posted.headers.get("connection", "")  # its small body was drained: the link stays up
    probe = await running.client.get("/health")
    assert probe.status_code == 200  # probes are never shed

    edge.in_flight = 0
    assert (await running.client.get("/v1/seniors", headers={"Authorization": "Bearer forged"})).status_code == 401
    assert (await running.client.get("/v1/seniors", headers=running.token())).status_code == 200
    assert edge.in_flight == 0  # every admitted request gave its place back


@pytest.mark.settings(max_in_flight=3)
async def test_concurrent_requests_beyond_the_limit_are_shed_and_the_rest_served(running: Running) -> None:
    edge = running.app.edge
    seen: list[int] = []
    release = asyncio.Event()
    access = running.container.access()
    original = access.list_seniors

    async def slow(*args: object, **kwargs: object) -> object:
        seen.append(edge.in_flight)
        await release.wait()
        return await original(*args, **kwargs)

    access.list_seniors = slow  # type: ignore[method-assign]
    calls = [asyncio.create_task(running.client.get("/v1/seniors", headers=running.token())) for _ in range(8)]
    # Three are held inside the handler; the other five are answered (refused) while they are: wait for exactly
    # that state, not for a time (bounded, so a wedge fails the test instead of hanging it).
    async with asyncio.timeout(30):
        while len(seen) < 3 or sum(call.done() for call in calls) < 5:
            await asyncio.sleep(0.01)
    assert len(seen) == 3
    release.set()
    answers = await asyncio.gather(*calls)
    assert sorted(a.status_code for a in answers) == [200] * 3 + [503] * 5
    assert {a.json()["error"] for a in answers if a.status_code == 503} == {"overloaded"}
    assert max(seen) <= 3 and edge.in_flight == 0


@pytest.mark.settings(max_in_flight=2)
async def test_the_fast_path_post_analyze_counts_in_flight_and_is_shed_past_the_limit(running: Running) -> None:
    """POST /analyze, answered by the fast path, holds a place like any routed request: two screening at once
    take both places, the next two are refused at once, and every place is given back."""
    edge = running.app.edge
    mh = running.container.mhealth()
    release = asyncio.Event()
    held: list[int] = []
    original = mh.analyze_text

    async def slow(*args: object, **kwargs: object) -> object:
        held.append(edge.in_flight)
        await release.wait()
        return await original(*args, **kwargs)  # type: ignore[arg-type]

    mh.analyze_text = slow  # type: ignore[method-assign]
    body = {"text": "오늘은 손주들이 와서 좋았어요", "user_id": "u"}
    calls = [asyncio.create_task(running.client.post("/analyze", json=body, headers=running.token())) for _ in range(4)]
    async with asyncio.timeout(30):  # a state, not a time; bounded so a wedge fails instead of hanging
        while len(held) < 2 or sum(call.done() for call in calls) < 2:
            await asyncio.sleep(0.01)
    release.set()
    answers = await asyncio.gather(*calls)
    assert sorted(a.status_code for a in answers) == [200, 200, 503, 503]
    refused = [a for a in answers if a.status_code == 503]
    assert all(a.json()["error"] == "overloaded" and int(a.headers["retry-after"]) >= 1 for a in refused)
    assert held == [1, 2] and edge.in_flight == 0
