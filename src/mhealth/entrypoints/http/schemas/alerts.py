"""Wire schemas of alerts."""

from __future__ import annotations

from typing import Annotated

import msgspec

from mhealth.domain.model import AckOutcome, Alert, DeliveryAttempt

Note = Annotated[str, msgspec.Meta(max_length=2000, description="What was done (at most 2000 characters).")]


class AlertAck(msgspec.Struct, kw_only=True):
    """An acknowledgement: someone took the alert on and says what they did."""

    outcome: AckOutcome
    note: Note = ""
    by: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] | None = None  # staff only: in whose name


class AlertResolve(msgspec.Struct, kw_only=True):
    note: Note = ""
    by: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] | None = None


class AlertWithDeliveries(Alert, frozen=True, kw_only=True):
    """An alert and every delivery attempt made for it, oldest first (recipients masked)."""

    deliveries: tuple[DeliveryAttempt, ...] = ()
