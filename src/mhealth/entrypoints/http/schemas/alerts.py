"""Wire schemas of alerts."""

from __future__ import annotations

from typing import Annotated

import msgspec


class AlertAck(msgspec.Struct, kw_only=True):
    by: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] | None = None
