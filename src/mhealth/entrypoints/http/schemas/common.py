"""Wire schemas shared by the /v1 resources."""

from __future__ import annotations

from typing import Any

import msgspec


class PageOut(msgspec.Struct, kw_only=True):
    """One page of a list, and the cursor of the next one (None at the end)."""

    items: list[Any]
    next_cursor: str | None
