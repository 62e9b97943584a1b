"""Two `mhealth serve --workers 2` behind one Redis enforce one limit: the per-address sign-in limit and, with
authentication on, the per-client limit (real processes, the local Redis, a key prefix of the test's own)."""

from __future__ import annotations

import os
import uuid

import pytest

from mhealth.entrypoints.container import create_container
from mhealth.testing import offline_settings
from tests.e2e.conftest import SECRET, start_server, stop_server

REDIS_URL = os.environ.get("MHEALTH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def prefix():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=1, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis at {REDIS_URL} is needed under CI: {exc}")
        pytest.skip(f"no Redis at {REDIS_URL}: {exc}")
    name = f"mhealth-e2e-{uuid.uuid4().hex[:12]}"
    yield name
    for key in client.scan_iter(match=f"{name}:*"):
        client.delete(key)
    client.close()


def test_two_servers_with_two_workers_each_share_one_limit(tmp_path_factory, prefix: str) -> None:
    env = {
        "MHEALTH_REDIS_URL": REDIS_URL,
        "MHEALTH_REDIS_PREFIX": prefix,
        "MHEALTH_JWT_SECRET": SECRET,
        "MHEALTH_SPEECH": "memory",
        "MHEALTH_ANALYZER": "memory",
        "MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE": "3",
        "MHEALTH_LOGIN_MAX_FAILURES": "1000",
        "MHEALTH_RATE_LIMIT_PER_MINUTE": "4",
    }
    servers = [start_server(tmp_path_factory, "--workers", "2", **env) for _ in range(2)]
    try:
        bad = {"email": "nobody@example.kr", "password": "wrong-password-1"}
        sign_ins = []
        for i in range(6):
            with servers[i % 2].client() as client:  # a new connection each time: any worker may answer
                sign_ins.append(client.post("/v1/auth/login", json=bad).status_code)
        authority = create_container(offline_settings(auth="required", jwt_secret=SECRET)).token_authority()
        token = authority.issue("ops", "admin")
        reads = []
        for i in range(6):
            with servers[i % 2].client() as client:
                reads.append(client.get("/v1/seniors", headers={"Authorization": f"Bearer {token}"}).status_code)
    finally:
        for server in servers:
            stop_server(server)
    assert sign_ins == [401, 401, 401, 429, 429, 429]
    assert reads == [200, 200, 200, 200, 429, 429]
