"""Alerts: listing, reading with deliveries, acknowledging and resolving (under /v1/alerts)."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, get, post
from litestar.params import FromPath, JSONBody, QueryParameter

from mhealth.domain.errors import NotFound, NotVisible
from mhealth.domain.model import Alert, AlertStatus
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit, Mh
from mhealth.entrypoints.http.schemas.alerts import AlertAck, AlertResolve, AlertWithDeliveries
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
        unresolved: Annotated[
            bool, QueryParameter(name="unresolved", description="Open and acknowledged alerts only (the inbox).")
        ] = False,
    ) -> PageOut:
        actor = await guard.require(request, Action.READ, senior_id, audit=("alert.list", "alert", None))
        page = await guard.security(request).access.list_alerts(
            actor, senior_id=senior_id, status=status, limit=limit, after=after, unresolved=unresolved
        )
        return PageOut(items=list(page.items), next_cursor=page.next_cursor)

    @get("/{alert_id:str}", operation_id="getAlert", summary="An alert with its deliveries", responses=ERRORS_RESOURCE)
    async def get_(self, request: Request[Any, Any, Any], alert_id: FromPath[str], mh: Mh) -> AlertWithDeliveries:
        guard.note(request, "alert.read", "alert", alert_id)
        try:
            found = await mh.get_alert(alert_id, visible=(await guard.actor_of(request)).seniors)
        except NotVisible as hidden:  # answered (and audited as denied) exactly like a missing alert
            await guard.require(request, Action.READ, hidden.senior_id, missing=_missing())
            raise _missing() from None
        await guard.require(request, Action.READ, found.alert.senior_id, missing=_missing())
        fields = msgspec.structs.asdict(found.alert)
        return AlertWithDeliveries(**fields, deliveries=found.deliveries)

    @post(
        "/{alert_id:str}/acknowledge",
        operation_id="acknowledgeAlert",
        summary="Acknowledge an alert: stops the escalation; the alert stays listed until resolved",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def acknowledge(
        self, request: Request[Any, Any, Any], alert_id: FromPath[str], mh: Mh, data: JSONBody[AlertAck]
    ) -> Alert:
        guard.note(request, "alert.acknowledge", "alert", alert_id)
        by = await _acting(request, alert_id, data.by)
        return await mh.acknowledge_alert(alert_id, by=by, outcome=data.outcome, note=data.note)

    @post(
        "/{alert_id:str}/resolve",
        operation_id="resolveAlert",
        summary="Resolve an alert: it leaves the unresolved lists",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def resolve(
        self,
        request: Request[Any, Any, Any],
        alert_id: FromPath[str],
        mh: Mh,
        data: JSONBody[AlertResolve | None] = None,
    ) -> Alert:
        guard.note(request, "alert.resolve", "alert", alert_id)
        by = await _acting(request, alert_id, data.by if data else None)
        return await mh.resolve_alert(alert_id, by=by, note=data.note if data else "")


def _missing() -> NotFound:
    return NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")


async def _acting(request: Request[Any, Any, Any], alert_id: str, on_behalf: str | None) -> str:
    """Who acts on the alert, once they may (404 for a missing alert and a hidden one alike)."""
    await guard.actor_of(request)  # first, for a missing and a hidden alert alike: the same work for both
    senior_id = await guard.security(request).access.alert_senior(alert_id)
    if senior_id is None:
        raise _missing()
    actor = await guard.require(request, Action.ACKNOWLEDGE, senior_id, missing=_missing())
    # Only staff may sign for someone else; a person's acknowledgement is in their own name.
    return on_behalf if on_behalf and actor.role.value in ("admin", "service") else actor.subject
