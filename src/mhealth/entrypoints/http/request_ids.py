"""Request ids: the caller's ``X-Request-ID`` when it is a sane token, else a new one (once per request)."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator, MutableMapping
from typing import Any

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

# New request ids: a random per-process prefix and a counter (unique without a system call per request;
# they correlate log lines, they are not secrets).
_prefix = os.urandom(4).hex()
_counter: Iterator[int] = itertools.count(1)


def _reseed() -> None:  # a forked worker must not repeat its parent's ids
    global _prefix, _counter
    _prefix, _counter = os.urandom(4).hex(), itertools.count(1)


os.register_at_fork(after_in_child=_reseed)


def request_id_of(given: str | None) -> str:
    """``given`` when it is a sane token (8-64 of ``[A-Za-z0-9._-]``), else a new id."""
    if given and _REQUEST_ID.match(given):
        return given
    return f"{_prefix}{next(_counter):08x}"


def request_id(scope: MutableMapping[str, Any]) -> str:
    """The request id of an ASGI request, chosen on first use and kept in ``scope["state"]``."""
    state = scope.setdefault("state", {})
    found = state.get("request_id")
    if found is None:
        given = None
        for key, value in scope.get("headers", ()):
            if key == b"x-request-id":
                given = value.decode("latin-1")
                break
        found = state["request_id"] = request_id_of(given)
    return str(found)
