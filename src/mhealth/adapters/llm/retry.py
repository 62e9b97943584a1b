"""Bounded retries with full-jitter exponential backoff, shared by the LLM adapters and the Google speech adapter."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


def backoff_delay(attempt: int, *, base_s: float = 0.2, cap_s: float = 4.0) -> float:
    """Full-jitter backoff: a random delay in [0, min(cap, base * 2**attempt)] (AWS architecture blog)."""
    return random.uniform(0.0, min(cap_s, base_s * (2**attempt)))


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    retryable: Callable[[BaseException], bool],
    max_retries: int,
    base_s: float = 0.2,
    cap_s: float = 4.0,
) -> T:
    """Run ``call``; retry up to ``max_retries`` times while ``retryable(error)``; re-raise the last error."""
    attempt = 0
    while True:
        try:
            return await call()
        except Exception as error:
            if attempt >= max_retries or not retryable(error):
                raise
            await asyncio.sleep(backoff_delay(attempt, base_s=base_s, cap_s=cap_s))
            attempt += 1
