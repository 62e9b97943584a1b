"""The HTTP client every HTTP notifier uses: bounded in time (connect and pool at most 5 s), never following a
redirect (a provider's 3xx is an answer, not an instruction to post health data elsewhere)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


def bounded_client(timeout_s: float, transport: httpx.AsyncBaseTransport | None, **options: Any) -> httpx.AsyncClient:
    import httpx

    t = timeout_s
    return httpx.AsyncClient(
        timeout=httpx.Timeout(t, connect=min(5.0, t), pool=min(5.0, t)),
        follow_redirects=False,
        transport=transport,
        **options,
    )
