"""Long-recording jobs: reading one (``POST /v1/seniors/{id}/check-ins`` with ``Prefer: respond-async`` makes it)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.params import FromPath

from mhealth.domain.errors import NotFound, NotVisible
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import Mh
from mhealth.entrypoints.http.schemas.jobs import JobResponse, job_response


class JobController(Controller):
    tags = ["check-ins"]

    @get(
        "/v1/jobs/{job_id:str}",
        operation_id="getJob",
        summary="Get a long-recording job (queued, running, done with its check-in, or failed with an error)",
        responses=ERRORS_RESOURCE,
    )
    async def get_job(self, request: Request[Any, Any, Any], job_id: FromPath[str], mh: Mh) -> JobResponse:
        guard.note(request, "job.read", "job", job_id)
        missing = NotFound("no such job", detail_ko="해당 작업을 찾을 수 없습니다")
        try:
            job = await mh.get_job(job_id, visible=(await guard.actor_of(request)).seniors)
        except NotVisible as hidden:
            await guard.require(request, Action.READ, hidden.senior_id, missing=missing)
            raise missing from None
        await guard.require(request, Action.READ, job.senior_id, missing=missing)
        return job_response(job)
