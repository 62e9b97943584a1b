"""Background tasks on demand: ``POST /v1/tasks/{name}:run`` (Cloud Scheduler on Cloud Run, or an operator).

The names are ``deliver`` (the outbox), ``escalate`` (escalation timers) and ``schedules`` (missed check-ins).
The same work ``mhealth worker`` does in a loop; running it from several places at once is safe (leases).
Only an administrator or a service client (API key) may run a task.
"""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, post
from litestar.params import FromPath

from mhealth.domain.errors import Forbidden, NotFound
from mhealth.domain.model import Role
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.worker import TASKS, TaskRunner

RUN = ":run"


class TaskController(Controller):
    path = "/v1/tasks"
    tags = ["tasks"]

    @post(
        "/{name_run:str}",
        operation_id="runTask",
        summary="Run a background task once: deliver, escalate or schedules (POST /v1/tasks/deliver:run)",
        description="For Cloud Scheduler (an API key, `X-API-Key` or `Authorization: Bearer`) or an administrator. "
        "Answers what the task did. Unknown names answer 404.",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def run(self, request: Request[Any, Any, Any], name_run: FromPath[str]) -> dict[str, Any]:
        name = name_run.removesuffix(RUN)
        guard.note(request, "task.run", "task", name[:64])
        actor = await guard.actor_of(request)
        if actor.role not in (Role.ADMIN, Role.SERVICE):
            guard.deny(request)
            raise Forbidden("only an administrator or a service client may run tasks", detail_ko="권한이 없습니다")
        if not name_run.endswith(RUN) or name not in TASKS:
            raise NotFound(
                f"no task named {name_run!r}; run one of: " + ", ".join(f"{t}{RUN}" for t in TASKS),
                detail_ko="해당 작업을 찾을 수 없습니다",
            )
        runner: TaskRunner = request.app.state.tasks
        return await runner.run(name)
