"""Rate limits: token buckets per client and per route group, in this process or shared through Redis.

Without ``MHEALTH_REDIS_URL`` each worker process keeps its own buckets (:class:`TokenBuckets`): with N
processes a client may get up to N times the configured rate. With it, every process and every instance takes
from the same buckets (:class:`RedisBuckets`: one atomic Lua script per request, on Redis's own clock), so N
instances enforce one limit. docs/configuration.md ("Shared limits") says what each mode does when Redis fails:
the per-address sign-in limit fails closed (503 ``limiter_unavailable`` with Retry-After), the per-client limit
falls back to this process's own buckets.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import OrderedDict
from typing import Any

from mhealth.domain.errors import ProviderUnavailable

log = logging.getLogger("mhealth.limits")

DOWN_S = 1.0  # after a Redis failure, skip Redis for this long (one timeout per second, not one per request)


class TokenBuckets:
    """``rate_per_minute`` tokens per minute per key, bursts up to ``burst`` (default: one minute's worth).

    At most ``max_keys`` buckets are kept (least recently used dropped), so a flood of addresses cannot
    grow memory without bound.
    """

    def __init__(self, rate_per_minute: float, *, burst: float | None = None, max_keys: int = 50_000) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1.0, rate_per_minute))
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str, now: float | None = None) -> float:
        """Take one token; 0.0 when allowed, else the seconds until one is available."""
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            allowed = 0.0
        else:
            self._buckets[key] = (tokens, now)
            allowed = (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
        if len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return allowed


class LimiterUnavailable(Exception):
    """The shared store (Redis) could not be asked in time."""


class SignInPaused(ProviderUnavailable):
    """503 ``limiter_unavailable``: sign-in fails closed while its shared limits cannot be checked."""

    code = "limiter_unavailable"

    def __init__(self) -> None:
        super().__init__(
            "sign-in is paused for a moment: its shared limits cannot be checked; try again shortly",
            retry_after=int(DOWN_S) or 1,
            detail_ko="로그인 제한을 확인할 수 없어 잠시 로그인을 멈췄습니다. 잠시 후 다시 시도하세요",
        )


# One token bucket, atomically, on Redis's clock (every process agrees on the time): KEYS[1] the bucket,
# ARGV rate per second and burst. Returns the wait in seconds as a string (0 when a token was taken).
_TAKE = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 't', 'ts')
local tokens = tonumber(state[1]) or burst
local last = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - last) * rate)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return tostring(wait)
"""


class SharedRedis:
    """One Redis client per event loop (the asyncio client's connections belong to the loop that made them),
    with short timeouts and a breaker: after a failure Redis is not asked again for :data:`DOWN_S`."""

    def __init__(self, url: str, *, timeout_s: float, prefix: str) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self.prefix = prefix
        self._clients: dict[int, Any] = {}
        self._down_until = 0.0

    def key(self, *parts: str) -> str:
        """A Redis key under the prefix; caller-given parts are hashed (bounded length, no raw addresses)."""
        *fixed, last = parts
        digest = hashlib.sha256(last.encode("utf-8")).hexdigest()[:32]
        return ":".join([self.prefix, *fixed, digest])

    def client(self) -> Any:
        loop = id(asyncio.get_running_loop())
        found = self._clients.get(loop)
        if found is None:
            import redis.asyncio as aioredis

            found = self._clients[loop] = aioredis.Redis.from_url(
                self.url,
                socket_timeout=self.timeout_s,
                socket_connect_timeout=self.timeout_s,
                retry_on_timeout=False,
                health_check_interval=30,
            )
        return found

    async def call(self, name: str, *args: Any) -> Any:
        """``client.<name>(*args)`` within the timeout.

        Raises:
            LimiterUnavailable: Redis is down (or was, less than DOWN_S ago), slow or refused the command.
        """
        if time.monotonic() < self._down_until:
            raise LimiterUnavailable("redis was unreachable moments ago")
        try:
            return await asyncio.wait_for(getattr(self.client(), name)(*args), self.timeout_s * 2)
        except Exception as exc:  # connection refused or reset, timeout, a refused command: all mean "no answer"
            self._down_until = time.monotonic() + DOWN_S
            log.warning("redis at the shared limits failed (%s); retrying in %.0f s", type(exc).__name__, DOWN_S)
            raise LimiterUnavailable(type(exc).__name__) from None

    async def aclose(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            try:
                await client.aclose()
            except Exception:  # noqa: S110 (closing a client whose loop is gone: nothing to release)
                pass


class RedisBuckets:
    """:class:`TokenBuckets` shared by every process through Redis (same rate and burst semantics)."""

    def __init__(self, redis: SharedRedis, group: str, rate_per_minute: float, *, burst: float | None = None) -> None:
        self.redis = redis
        self.group = group
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1.0, rate_per_minute))

    async def take(self, key: str) -> float:
        """0.0 when allowed, else the seconds until a token is available.

        Raises:
            LimiterUnavailable: Redis could not be asked.
        """
        wait = await self.redis.call("eval", _TAKE, 1, self.redis.key("rl", self.group, key), self.rate, self.burst)
        return float(wait)


# Reserve one sign-in attempt on every key at once: KEYS the counters (account, address), ARGV[1] the most
# failures allowed, ARGV[2] the window in ms. Returns the longest lock left in ms (0: go ahead, reserved).
_RESERVE = """
local locked = 0
for _, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count >= tonumber(ARGV[1]) then
    local left = redis.call('PTTL', key)
    if left > locked then locked = left end
  end
end
if locked > 0 then return locked end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[2]) end
end
return 0
"""

# A successful sign-in: the account's counter goes (as in the database), the address gives its reservation back.
_SUCCEEDED = """
redis.call('DEL', KEYS[1])
if KEYS[2] and tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then redis.call('DECR', KEYS[2]) end
return 0
"""


class SharedSignInLockout:
    """The sign-in lockout, atomic across every process and instance (Redis).

    The database's lockout (failures per account and per address, ``MHEALTH_LOGIN_MAX_FAILURES`` in
    ``MHEALTH_LOGIN_LOCKOUT_MINUTES``) stays and is shared by everything that shares the database, but it reads
    and then writes: attempts made at the same moment all pass its check. Here an attempt *reserves* a count on
    the account and on the address before the password is checked, in one script, so at most
    ``max_failures`` attempts can be in flight or failed per window; a success gives the address its count back
    and clears the account's.
    """

    def __init__(self, redis: SharedRedis, *, max_failures: int, window_s: float) -> None:
        self.redis = redis
        self.max_failures = max_failures
        self.window_ms = int(window_s * 1000)

    def keys(self, account: str, client_ip: str | None) -> list[str]:
        keys = [self.redis.key("lockout", "account", account)]
        if client_ip:
            keys.append(self.redis.key("lockout", "ip", client_ip))
        return keys

    async def reserve(self, keys: list[str]) -> float:
        """0.0 when the attempt may go ahead (reserved), else the seconds the lock has left.

        Raises:
            LimiterUnavailable: Redis does not answer (the caller fails closed).
        """
        left = await self.redis.call("eval", _RESERVE, len(keys), *keys, self.max_failures, self.window_ms)
        return int(left) / 1000.0

    async def succeeded(self, keys: list[str]) -> None:
        try:
            await self.redis.call("eval", _SUCCEEDED, len(keys), *keys)
        except LimiterUnavailable:  # the counts expire with the window
            pass
