"""The stateful resource API under /v1: seniors, check-ins, assessments, trends, alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.exceptions import PermissionDeniedException
from litestar.params import Dependency, Parameter

from mhealth.domain.errors import InvalidInput, NotFound
from mhealth.domain.model import Alert, AlertStatus, Senior, Trend
from mhealth.domain.usecases.facade import MHealth
from mhealth.entrypoints.http.auth import Principal
from mhealth.entrypoints.http.docs import ERRORS_CHECKIN, ERRORS_RESOURCE, example
from mhealth.entrypoints.http.schemas import (
    AlertAck,
    CheckInResponse,
    SeniorCreate,
    TextCheckIn,
    check_in_response,
)
from mhealth.entrypoints.http.uploads import receive_audio
from mhealth.entrypoints.settings import Settings

Mh = Annotated[MHealth, Dependency(skip_validation=True)]
Cfg = Annotated[Settings, Dependency(skip_validation=True)]
Limit = Annotated[int, Parameter(query="limit", ge=1, le=500, description="Page size (1-500).")]
After = Annotated[
    str | None, Parameter(query="after", max_length=64, description="`next_cursor` of the previous page.")
]


class PageOut(msgspec.Struct, kw_only=True):
    items: list[Any]
    next_cursor: str | None


def principal(request: Request[Any, Any, Any]) -> Principal | None:
    return request.scope.get("state", {}).get("principal")  # type: ignore[no-any-return]


def may_see(request: Request[Any, Any, Any], senior_id: str) -> None:
    """Least privilege until account links exist: admins and service clients see every senior, a senior
    only themselves; guardians and social workers are refused (links arrive with the accounts issue).
    Unknown and forbidden seniors answer alike (404), so ids cannot be probed."""
    who = principal(request)
    if who is None or who.role in ("admin", "service"):
        return
    if who.role == "senior" and who.subject == senior_id:
        return
    raise NotFound("no such senior", field="senior_id", detail_ko="해당 어르신을 찾을 수 없습니다")


def require_staff(request: Request[Any, Any, Any]) -> None:
    who = principal(request)
    if who is not None and who.role not in ("admin", "service"):
        raise PermissionDeniedException("only admins and service clients may do this")


def _time(value: str | None, field: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{field} must be an ISO 8601 date-time with a time zone", field=field) from None
    if parsed.tzinfo is None:
        raise InvalidInput(f"{field} must include a time zone (e.g. 2026-11-26T09:00:00+09:00)", field=field)
    return parsed


class SeniorController(Controller):
    path = "/v1/seniors"
    tags = ["seniors"]

    @post("/", operation_id="createSenior", summary="Register a senior", responses=ERRORS_RESOURCE, status_code=201)
    async def create(self, request: Request[Any, Any, Any], data: SeniorCreate, mh: Mh) -> Response[Senior]:
        require_staff(request)
        senior = await mh.create_senior(
            display_name=data.display_name,
            timezone=data.timezone,
            birth_year=data.birth_year,
            external_ref=data.external_ref,
            consent_audio=data.consent_audio,
        )
        return Response(senior, status_code=201, headers={"Location": f"/v1/seniors/{senior.id}"})

    @get("/", operation_id="listSeniors", summary="List seniors", responses=ERRORS_RESOURCE)
    async def list_(self, request: Request[Any, Any, Any], mh: Mh, limit: Limit = 50, after: After = None) -> PageOut:
        require_staff(request)
        page = await mh.list_seniors(limit=limit, after=after)
        return PageOut(items=list(page.items), next_cursor=page.next_cursor)

    @get("/{senior_id:str}", operation_id="getSenior", summary="Get a senior", responses=ERRORS_RESOURCE)
    async def get_(self, request: Request[Any, Any, Any], senior_id: str, mh: Mh) -> Senior:
        may_see(request, senior_id)
        return await mh.get_senior(senior_id)

    @post(
        "/{senior_id:str}/check-ins",
        operation_id="createCheckIn",
        summary="A check-in from text or audio",
        responses=ERRORS_CHECKIN,
        status_code=201,
        description=example("check_in"),
    )
    async def check_in(
        self,
        request: Request[Any, Any, Any],
        senior_id: str,
        mh: Mh,
        settings: Cfg,
        idempotency_key: Annotated[str | None, Parameter(header="Idempotency-Key", max_length=200)] = None,
    ) -> Response[CheckInResponse]:
        may_see(request, senior_id)
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("application/json"):
            body = await request.body()
            try:
                data = msgspec.json.decode(body, type=TextCheckIn)
            except msgspec.ValidationError as exc:
                raise InvalidInput(f"invalid check-in body: {exc}", field="text") from None
            except msgspec.DecodeError:
                raise InvalidInput("the body is not valid JSON", field="body") from None
            result = await mh.check_in_text(
                senior_id, data.text, idempotency_key=idempotency_key, language=data.language
            )
        else:
            await mh.get_senior(senior_id)  # 404 before reading a large body for nobody
            upload = await receive_audio(request, limit=settings.max_upload_bytes)
            try:
                recorded_at = _time(upload.fields.get("recorded_at"), "recorded_at")
                language = upload.fields.get("language_code", "ko-KR")[:16] or "ko-KR"
                result = await mh.check_in_audio(
                    senior_id,
                    upload.path,
                    filename=upload.filename,
                    recorded_at=recorded_at,
                    idempotency_key=idempotency_key,
                    language=language,
                )
            finally:
                upload.discard()
        body_out = check_in_response(
            result.check_in, replayed=result.replayed, alert_id=result.alert.id if result.alert else None
        )
        return Response(
            body_out,
            status_code=200 if result.replayed else 201,
            headers={"Location": f"/v1/check-ins/{result.check_in.id}"},
        )

    @get(
        "/{senior_id:str}/assessments",
        operation_id="listAssessments",
        summary="A senior's check-ins in a time range",
        responses=ERRORS_RESOURCE,
    )
    async def assessments(
        self,
        request: Request[Any, Any, Any],
        senior_id: str,
        mh: Mh,
        start: Annotated[str | None, Parameter(query="start", description="ISO 8601 with offset; inclusive")] = None,
        end: Annotated[str | None, Parameter(query="end", description="ISO 8601 with offset; exclusive")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> PageOut:
        may_see(request, senior_id)
        page = await mh.list_assessments(
            senior_id, start=_time(start, "start"), end=_time(end, "end"), limit=limit, after=after
        )
        return PageOut(items=[check_in_response(c) for c in page.items], next_cursor=page.next_cursor)

    @get(
        "/{senior_id:str}/trend",
        operation_id="getTrend",
        summary="Daily trend, moving average, change vs baseline",
        responses=ERRORS_RESOURCE,
    )
    async def trend(
        self,
        request: Request[Any, Any, Any],
        senior_id: str,
        mh: Mh,
        window_days: Annotated[int | None, Parameter(query="window_days", ge=1, le=3660)] = None,
    ) -> Trend:
        may_see(request, senior_id)
        return await mh.trend(senior_id, window_days=window_days)


class CheckInController(Controller):
    tags = ["check-ins"]

    @get(
        "/v1/check-ins/{check_in_id:str}",
        operation_id="getCheckIn",
        summary="Get a check-in",
        responses=ERRORS_RESOURCE,
    )
    async def get_check_in(self, request: Request[Any, Any, Any], check_in_id: str, mh: Mh) -> CheckInResponse:
        found = await mh.get_check_in(check_in_id)
        may_see(request, found.senior_id)
        return check_in_response(found)

    @get(
        "/v1/assessments/{assessment_id:str}",
        operation_id="getAssessment",
        summary="Get an assessment with its check-in",
        responses=ERRORS_RESOURCE,
    )
    async def get_assessment(self, request: Request[Any, Any, Any], assessment_id: str, mh: Mh) -> CheckInResponse:
        found = await mh.get_assessment(assessment_id)
        may_see(request, found.senior_id)
        return check_in_response(found)


class AlertController(Controller):
    path = "/v1/alerts"
    tags = ["alerts"]

    @get("/", operation_id="listAlerts", summary="Alerts, newest first", responses=ERRORS_RESOURCE)
    async def list_(
        self,
        request: Request[Any, Any, Any],
        mh: Mh,
        senior_id: Annotated[str | None, Parameter(query="senior_id", max_length=64)] = None,
        status: Annotated[AlertStatus | None, Parameter(query="status")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> PageOut:
        if senior_id is None:
            require_staff(request)
        else:
            may_see(request, senior_id)
        page = await mh.list_alerts(senior_id=senior_id, status=status, limit=limit, after=after)
        return PageOut(items=list(page.items), next_cursor=page.next_cursor)

    @post(
        "/{alert_id:str}/acknowledge",
        operation_id="acknowledgeAlert",
        summary="Acknowledge an alert",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def acknowledge(
        self, request: Request[Any, Any, Any], alert_id: str, mh: Mh, data: AlertAck | None = None
    ) -> Alert:
        require_staff(request)
        who = principal(request)
        by = (data.by if data and data.by else None) or (who.subject if who else "anonymous")
        return await mh.acknowledge_alert(alert_id, by=by)
