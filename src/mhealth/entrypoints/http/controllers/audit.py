"""The audit log (admins; under /v1/audit)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from litestar import Controller, Request, get
from litestar.params import QueryParameter

from mhealth.domain.errors import InvalidInput
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit
from mhealth.entrypoints.http.schemas.accounts import (
    audit_out,
)
from mhealth.entrypoints.http.schemas.common import PageOut


class AuditController(Controller):
    path = "/v1/audit"
    tags = ["audit"]

    @get("/", operation_id="queryAudit", summary="The audit log, newest first (admins)", responses=ERRORS_RESOURCE)
    async def query(
        self,
        request: Request[Any, Any, Any],
        senior_id: Annotated[str | None, QueryParameter(name="senior_id", max_length=64)] = None,
        actor: Annotated[str | None, QueryParameter(name="actor", max_length=64)] = None,
        since: Annotated[str | None, QueryParameter(name="since", description="ISO 8601 with offset")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> PageOut:
        await guard.require(request, Action.READ_AUDIT, audit=("audit.read", "audit", None))
        start = None
        if since is not None:
            try:
                start = datetime.fromisoformat(since)
            except ValueError:
                raise InvalidInput("since must be an ISO 8601 date-time with a time zone", field="since") from None
            if start.tzinfo is None:
                raise InvalidInput("since must include a time zone", field="since")
        page = await guard.security(request).audit.query(
            senior_id=senior_id, actor=actor, since=start, limit=limit, after=after
        )
        return PageOut(items=[audit_out(e) for e in page.items], next_cursor=page.next_cursor)
