"""Check-ins: creating one from text or audio, reading check-ins and stored assessments."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath, HeaderParameter

from mhealth.domain.errors import InvalidInput, NotFound, NotVisible
from mhealth.domain.model import CheckIn
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_CHECKIN, ERRORS_RESOURCE, example
from mhealth.entrypoints.http.edge import Edge, check_json_depth, is_json, json_too_large, read_stream
from mhealth.entrypoints.http.errors import validation_problem
from mhealth.entrypoints.http.params import UPLOAD, Cfg, Mh, iso_time
from mhealth.entrypoints.http.schemas.check_ins import CheckInResponse, TextCheckIn, check_in_response
from mhealth.entrypoints.http.uploads import receive_audio


class CheckInController(Controller):
    tags = ["check-ins"]

    @post(
        "/v1/seniors/{senior_id:str}/check-ins",
        operation_id="createCheckIn",
        summary="A check-in from text or audio",
        responses=ERRORS_CHECKIN,
        status_code=201,
        description=example("check_in"),
        opt=UPLOAD,
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
        if is_json(request.headers.get("content-type", "")):
            edge: Edge = request.app.state.edge
            body = await read_stream(request.stream(), edge.max_json, json_too_large)
            check_json_depth(body)
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
                recorded_at = iso_time(upload.fields.get("recorded_at"), "recorded_at")
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
        found = await _readable(request, missing, lambda visible: mh.get_check_in(check_in_id, visible=visible))
        # The alert this check-in raised, as the POST answered it (not only at creation).
        return msgspec.structs.replace(found, alert_id=await mh.alert_id_for_check_in(check_in_id))

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
        found = await _readable(request, missing, lambda visible: mh.get_assessment(assessment_id, visible=visible))
        return msgspec.structs.replace(found, alert_id=await mh.alert_id_for_check_in(found.id))


async def _readable(
    request: Request[Any, Any, Any], missing: NotFound, lookup: Callable[[Collection[str] | None], Awaitable[CheckIn]]
) -> CheckInResponse:
    """A check-in the caller may read, looked up within the caller's seniors (``lookup(visible)``).

    The caller's scope goes into the lookup itself, so a hidden check-in costs what a missing one costs; a
    hidden one is audited as denied and answered exactly like a missing one."""
    try:
        found = await lookup((await guard.actor_of(request)).seniors)
    except NotVisible as hidden:
        await guard.require(request, Action.READ, hidden.senior_id, missing=missing)
        raise missing from None
    await guard.require(request, Action.READ, found.senior_id, missing=missing)
    return check_in_response(found)
