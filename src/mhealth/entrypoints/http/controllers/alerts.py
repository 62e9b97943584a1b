"""Alerts: listing and acknowledging (under /v1/alerts)."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath, JSONBody, QueryParameter

from mhealth.domain.errors import NotFound
from mhealth.domain.model import Alert, AlertStatus
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit, Mh
from mhealth.entrypoints.http.schemas.alerts import AlertAck
from mhealth.entrypoints.http.schemas.common import PageOut


class AlertController(Controller):
    path = "/v1/alerts"
    tags = ["alerts"]

    @get("/", operation_id="listAlerts", summary="Alerts, newest first", responses=ERRORS_RESOURCE)
    async def list_(
        self,
        request: Request[Any, Any, Any],
        senior_id: Annotated[str | None, QueryParameter(name="senior_id", max_length=64)] = None,
        status: Annotated[AlertStatus | None, QueryParameter(name="status")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> PageOut:
        actor = await guard.require(request, Action.READ, senior_id, audit=("alert.list", "alert", None))
        page = await guard.security(request).access.list_alerts(
            actor, senior_id=senior_id, status=status, limit=limit, after=after
        )
        return PageOut(items=list(page.items), next_cursor=page.next_cursor)

    @post(
        "/{alert_id:str}/acknowledge",
        operation_id="acknowledgeAlert",
        summary="Acknowledge an alert",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def acknowledge(
        self, request: Request[Any, Any, Any], alert_id: FromPath[str], mh: Mh, data: JSONBody[AlertAck | None] = None
    ) -> Alert:
        guard.note(request, "alert.acknowledge", "alert", alert_id)
        await guard.actor_of(request)  # first, for a missing and a hidden alert alike: the same work for both
        senior_id = await guard.security(request).access.alert_senior(alert_id)
        if senior_id is None:
            raise NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")
        missing = NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")
        actor = await guard.require(request, Action.ACKNOWLEDGE, senior_id, missing=missing)
        # Only staff may sign for someone else; a person's acknowledgement is in their own name.
        by = data.by if data and data.by and actor.role.value in ("admin", "service") else actor.subject
        return await mh.acknowledge_alert(alert_id, by=by)
