"""Wire schemas of seniors and their consent."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from mhealth.domain.model import ConsentScope


class SeniorCreate(msgspec.Struct, kw_only=True):
    display_name: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    timezone: Annotated[str, msgspec.Meta(max_length=64)] = "Asia/Seoul"
    birth_year: Annotated[int, msgspec.Meta(ge=1900, le=2100)] | None = None
    external_ref: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    consent_audio: bool = True


class ConsentIn(msgspec.Struct, kw_only=True):
    """Record (``granted: true``) or withdraw (``granted: false``) one scope of consent."""

    scope: ConsentScope
    granted: bool


class ConsentOut(msgspec.Struct, kw_only=True):
    id: str
    senior_id: str
    scope: ConsentScope
    granted: bool
    recorded_by: str
    recorded_at: str


class ConsentsOut(msgspec.Struct, kw_only=True):
    current: dict[str, bool]
    history: list[ConsentOut]


def consent_out(r: Any) -> ConsentOut:
    return ConsentOut(
        id=r.id,
        senior_id=r.senior_id,
        scope=r.scope,
        granted=r.granted,
        recorded_by=r.recorded_by,
        recorded_at=r.recorded_at.isoformat(),
    )
