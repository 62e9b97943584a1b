"""Handler parameter types shared by the controllers (explicit markers, as Litestar 2.25 asks)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from litestar.di import NamedDependency
from litestar.params import QueryParameter, SkipValidation

from mhealth.domain.errors import InvalidInput
from mhealth.domain.usecases.facade import MHealth
from mhealth.entrypoints.settings import Settings

# Route opts read by the edge middleware (mhealth.entrypoints.http.middleware): what a route needs, declared
# on the route. Without any: a credential, the per-client rate limit, and a JSON body under MHEALTH_MAX_JSON_KB.
PROBE = {"public": True, "probe": True}  # no credential, no rate limit
SIGN_IN = {"public": True, "login": True}  # no credential; the stricter per-address sign-in limit
UPLOAD = {"body": "upload"}  # the body streams to the handler under MHEALTH_MAX_UPLOAD_MB

# The facade and the settings come from the app's own providers: nothing to validate.
Mh = NamedDependency[SkipValidation[MHealth]]
Cfg = NamedDependency[SkipValidation[Settings]]
Limit = Annotated[int, QueryParameter(name="limit", ge=1, le=500, description="Page size (1-500).")]
After = Annotated[
    str | None, QueryParameter(name="after", max_length=64, description="`next_cursor` of the previous page.")
]


def iso_time(value: str | None, field: str) -> datetime | None:
    """A query or form value as an aware datetime (400 ``invalid_input`` naming ``field`` otherwise)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{field} must be an ISO 8601 date-time with a time zone", field=field) from None
    if parsed.tzinfo is None:
        raise InvalidInput(f"{field} must include a time zone (e.g. 2026-11-26T09:00:00+09:00)", field=field)
    return parsed
