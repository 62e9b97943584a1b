"""The stateful resource API under /v1: seniors, check-ins, assessments, trends, alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get, post
from litestar.params import FromPath, HeaderParameter, JSONBody, QueryParameter

from mhealth.domain.errors import InvalidInput, NotFound, NotVisible
from mhealth.domain.model import Alert, AlertStatus, ConsentScope, Senior, Trend
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_CHECKIN, ERRORS_RESOURCE, example
from mhealth.entrypoints.http.errors import validation_problem
from mhealth.entrypoints.http.params import After, Cfg, Limit, Mh
from mhealth.entrypoints.http.schemas import (
    AlertAck,
    CheckInResponse,
    SeniorCreate,
    TextCheckIn,
    check_in_response,
)
from mhealth.entrypoints.http.uploads import receive_audio


class PageOut(msgspec.Struct, kw_only=True):
    items: list[Any]
    next_cursor: str | None


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


def _senior_missing() -> NotFound:
    return NotFound("no such senior", field="senior_id", detail_ko="해당 어르신을 찾을 수 없습니다")


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
    async def create(self, request: Request[Any, Any, Any], data: JSONBody[SeniorCreate], mh: Mh) -> Response[Senior]:
        actor = await guard.require(request, Action.CREATE_SENIOR, audit=("senior.create", "senior", None))
        sec = guard.security(request)
        # Consent is recorded (who, when, scope) by the consent use case, which also sets consent_audio.
        senior = await mh.create_senior(
            display_name=data.display_name,
            timezone=data.timezone,
            birth_year=data.birth_year,
            external_ref=data.external_ref,
            consent_audio=False,
        )
        guard.note(request, "senior.create", "senior", senior.id, senior.id)
        await sec.access.on_senior_created(actor, senior.id)
        if data.consent_audio:
            await sec.consents.record(senior.id, ConsentScope.AUDIO_PROCESSING, granted=True, by=actor.subject)
            senior = await mh.get_senior(senior.id)
        return Response(senior, status_code=201, headers={"Location": f"/v1/seniors/{senior.id}"})

    @get("/", operation_id="listSeniors", summary="List seniors", responses=ERRORS_RESOURCE)
    async def list_(self, request: Request[Any, Any, Any], limit: Limit = 50, after: After = None) -> PageOut:
        actor = await guard.require(request, Action.READ, audit=("senior.list", "senior", None))
        page = await guard.security(request).access.list_seniors(actor, limit=limit, after=after)
        return PageOut(items=list(page.items), next_cursor=page.next_cursor)

    @get("/{senior_id:str}", operation_id="getSenior", summary="Get a senior", responses=ERRORS_RESOURCE)
    async def get_(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Senior:
        await guard.require(request, Action.READ, senior_id, audit=("senior.read", "senior", senior_id))
        return await mh.get_senior(senior_id)

    @delete(
        "/{senior_id:str}",
        operation_id="eraseSenior",
        summary="Erase a senior and everything about them (admins)",
        responses=ERRORS_RESOURCE,
        status_code=204,
    )
    async def erase(self, request: Request[Any, Any, Any], senior_id: FromPath[str]) -> None:
        await guard.require(request, Action.ERASE_SENIOR, senior_id, audit=("senior.erase", "senior", senior_id))
        if not await guard.security(request).retention.erase_senior(senior_id):
            raise _senior_missing()

    @get(
        "/{senior_id:str}/consents",
        operation_id="getConsents",
        summary="A senior's consent: current answer per scope and the full history",
        responses=ERRORS_RESOURCE,
    )
    async def consents(self, request: Request[Any, Any, Any], senior_id: FromPath[str]) -> ConsentsOut:
        await guard.require(request, Action.READ, senior_id, audit=("consent.read", "consent", senior_id))
        history = await guard.security(request).consents.history(senior_id)
        current = {r.scope.value: r.granted for r in history}  # oldest first: the last one wins
        return ConsentsOut(current=current, history=[_consent_out(r) for r in history])

    @post(
        "/{senior_id:str}/consents",
        operation_id="recordConsent",
        summary="Record or withdraw consent (withdrawing audio consent stops processing and deletes recordings)",
        responses=ERRORS_RESOURCE,
        status_code=201,
    )
    async def record_consent(
        self, request: Request[Any, Any, Any], senior_id: FromPath[str], data: JSONBody[ConsentIn]
    ) -> ConsentOut:
        actor = await guard.require(request, Action.CONSENT, senior_id, audit=("consent.write", "consent", senior_id))
        record = await guard.security(request).consents.record(
            senior_id, data.scope, granted=data.granted, by=actor.subject
        )
        guard.note(request, "consent.write", "consent", record.id, senior_id)
        return _consent_out(record)

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
        senior_id: FromPath[str],
        mh: Mh,
        settings: Cfg,
        idempotency_key: Annotated[str | None, HeaderParameter(name="Idempotency-Key", max_length=200)] = None,
    ) -> Response[CheckInResponse]:
        await guard.require(request, Action.CHECK_IN, senior_id, audit=("check_in.create", "check_in", None))
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("application/json"):
            body = await request.body()
            try:
                data = msgspec.json.decode(body, type=TextCheckIn)
            except msgspec.ValidationError as exc:
                detail, field = validation_problem(str(exc))
                raise InvalidInput(detail, field=field) from None
            except msgspec.DecodeError:
                raise InvalidInput("the body is not valid JSON", field="body") from None
            result = await mh.check_in_text(
                senior_id,
                data.text,
                idempotency_key=idempotency_key,
                language=data.language,
                audit=guard.audit_context(request),
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
                    audit=guard.audit_context(request),
                )
            finally:
                upload.discard()
        guard.audited(request)  # the check-in's audit entry committed with it
        headers = {"Location": f"/v1/check-ins/{result.check_in.id}"}
        if result.idempotency_key:
            headers["Idempotency-Key"] = result.idempotency_key
        body_out = check_in_response(
            result.check_in, replayed=result.replayed, alert_id=result.alert.id if result.alert else None
        )
        return Response(
            body_out,
            status_code=200 if result.replayed else 201,
            headers=headers,
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
        senior_id: FromPath[str],
        mh: Mh,
        start: Annotated[
            str | None, QueryParameter(name="start", description="ISO 8601 with offset; inclusive")
        ] = None,
        end: Annotated[str | None, QueryParameter(name="end", description="ISO 8601 with offset; exclusive")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> PageOut:
        await guard.require(request, Action.READ, senior_id, audit=("assessment.list", "assessment", None))
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
        senior_id: FromPath[str],
        mh: Mh,
        window_days: Annotated[int | None, QueryParameter(name="window_days", ge=1, le=3660)] = None,
    ) -> Trend:
        await guard.require(request, Action.READ, senior_id, audit=("trend.read", "trend", senior_id))
        return await mh.trend(senior_id, window_days=window_days)


class CheckInController(Controller):
    tags = ["check-ins"]

    @get(
        "/v1/check-ins/{check_in_id:str}",
        operation_id="getCheckIn",
        summary="Get a check-in",
        responses=ERRORS_RESOURCE,
    )
    async def get_check_in(
        self, request: Request[Any, Any, Any], check_in_id: FromPath[str], mh: Mh
    ) -> CheckInResponse:
        guard.note(request, "check_in.read", "check_in", check_in_id)
        missing = NotFound("no such check-in", detail_ko="해당 체크인을 찾을 수 없습니다")
        # The caller's scope goes into the lookup itself: a hidden check-in costs what a missing one costs.
        try:
            found = await mh.get_check_in(check_in_id, visible=(await guard.actor_of(request)).seniors)
        except NotVisible as hidden:
            await guard.require(request, Action.READ, hidden.senior_id, missing=missing)  # audited as denied
            raise missing from None
        await guard.require(request, Action.READ, found.senior_id, missing=missing)
        return check_in_response(found)

    @get(
        "/v1/assessments/{assessment_id:str}",
        operation_id="getAssessment",
        summary="Get an assessment with its check-in",
        responses=ERRORS_RESOURCE,
    )
    async def get_assessment(
        self, request: Request[Any, Any, Any], assessment_id: FromPath[str], mh: Mh
    ) -> CheckInResponse:
        guard.note(request, "assessment.read", "assessment", assessment_id)
        missing = NotFound("no such assessment", detail_ko="해당 평가를 찾을 수 없습니다")
        try:
            found = await mh.get_assessment(assessment_id, visible=(await guard.actor_of(request)).seniors)
        except NotVisible as hidden:
            await guard.require(request, Action.READ, hidden.senior_id, missing=missing)  # audited as denied
            raise missing from None
        await guard.require(request, Action.READ, found.senior_id, missing=missing)
        return check_in_response(found)


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


def _consent_out(r: Any) -> ConsentOut:
    return ConsentOut(
        id=r.id,
        senior_id=r.senior_id,
        scope=r.scope,
        granted=r.granted,
        recorded_by=r.recorded_by,
        recorded_at=r.recorded_at.isoformat(),
    )
