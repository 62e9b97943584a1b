"""The HTTP layer takes its token authority and security objects from the container, so a test (or an
operator's wiring) that overrides a provider changes what the running application does."""

from __future__ import annotations

import httpx

from mhealth.entrypoints.container import create_container
from mhealth.entrypoints.http.app import create_app
from mhealth.entrypoints.http.auth import TokenAuthority
from mhealth.entrypoints.http.rsgi import Lifespan
from tests.http.conftest import SECRET, Running, settings_for


async def test_the_app_uses_the_containers_one_token_authority(running: Running) -> None:
    authority = running.container.token_authority()
    assert running.container.security().tokens is authority
    assert running.app.edge.security is running.container.security()
    token = authority.issue("ops", "admin")
    assert (await running.client.get("/v1/seniors", headers={"Authorization": f"Bearer {token}"})).status_code == 200


async def test_overriding_the_token_authority_provider_changes_who_gets_in() -> None:
    other = TokenAuthority("another-secret-" + "y" * 32, audience="mhealth")
    app = create_app(container=create_container(settings_for(), token_authority=other))
    lifespan = Lifespan(app)
    await lifespan.startup()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            mine = {"Authorization": "Bearer " + other.issue("ops", "admin")}
            default = {"Authorization": "Bearer " + TokenAuthority(SECRET).issue("ops", "admin")}
            ok = await client.get("/v1/seniors", headers=mine)
            fast_ok = await client.post("/analyze", json={"text": "오늘은 좋았어요", "user_id": "u"}, headers=mine)
            refused = await client.get("/v1/seniors", headers=default)
            fast_refused = await client.post("/analyze", json={"text": "좋아요", "user_id": "u"}, headers=default)
    finally:
        await lifespan.shutdown()
    assert ok.status_code == 200 and fast_ok.status_code == 200
    assert refused.status_code == 401 and refused.json()["error"] == "unauthorized"
    assert fast_refused.status_code == 401
