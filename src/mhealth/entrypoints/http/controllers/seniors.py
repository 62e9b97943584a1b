"""Seniors: registration, reading, erasure, consent and trend (under /v1/seniors)."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, post
from litestar.params import FromPath, JSONBody, QueryParameter

from mhealth.domain.errors import NotFound
from mhealth.domain.model import ConsentScope, Senior, Trend
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit, Mh, iso_time
from mhealth.entrypoints.http.schemas.check_ins import check_in_response
from mhealth.entrypoints.http.schemas.common import PageOut
from mhealth.entrypoints.http.schemas.seniors import ConsentIn, ConsentOut, ConsentsOut, SeniorCreate, consent_out


def _senior_missing() -> NotFound:
    return NotFound("no such senior", field="senior_id", detail_ko="해당 어르신을 찾을 수 없습니다")


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
        return ConsentsOut(current=current, history=[consent_out(r) for r in history])

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
        return consent_out(record)

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
            senior_id, start=iso_time(start, "start"), end=iso_time(end, "end"), limit=limit, after=after
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
