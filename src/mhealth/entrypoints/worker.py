"""The worker: outbox delivery, escalation timers and schedule checks, in a loop or one task at a time.

``mhealth worker`` runs :class:`Worker` until SIGTERM/SIGINT; the API process runs the same loop in the
background unless ``MHEALTH_EMBEDDED_WORKER=false`` (Cloud Run, where Cloud Scheduler calls
``POST /v1/tasks/{name}:run`` instead). Any number of them may run at once: deliveries are claimed under
database leases and escalation steps under row locks, so each happens once (docs/alerts.md).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import msgspec

from mhealth.domain.errors import NotFound
from mhealth.domain.usecases.alerts import Alerts
from mhealth.domain.usecases.deliveries import Deliveries, default_owner
from mhealth.domain.usecases.jobs import Jobs
from mhealth.ports.clock import Clock

log = logging.getLogger("mhealth.worker")

TASKS = ("schedules", "escalate", "deliver")  # in this order in one pass: what they raise goes out at once
# Long-recording jobs run in a loop of their own: a 10-minute recording's speech must not hold up an alert.
JOB_TASK = "jobs"
ScheduleCheck = Callable[[datetime], Awaitable[object]]


class TaskRunner:
    """Runs one named task (``deliver``, ``escalate``, ``schedules``) and says what it did.

    Args:
        check_schedules: the schedule checker (``check_schedules(now)``); None: that task does nothing.
    """

    def __init__(
        self,
        *,
        deliveries: Deliveries,
        alerts: Alerts,
        clock: Clock,
        check_schedules: ScheduleCheck | None = None,
        owner: str | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        self.deliveries = deliveries
        self.alerts = alerts
        self.clock = clock
        self.check_schedules = check_schedules
        self.jobs = jobs
        self.owner = owner or default_owner("worker")

    async def run(self, name: str) -> dict[str, Any]:
        """Run the task ``name``.

        Raises:
            NotFound: no task has this name.
        """
        if name == "deliver":
            report = await self.deliveries.deliver_all(self.owner)
            return {"task": name, **msgspec.structs.asdict(report)}
        if name == "escalate":
            return {"task": name, "escalated": await self.alerts.escalate()}
        if name == "schedules":
            if self.check_schedules is None:
                return {"task": name, "checked": False}
            result = await self.check_schedules(self.clock.now())
            return {"task": name, "checked": True, "result": msgspec.to_builtins(result) if result else None}
        if name == JOB_TASK and self.jobs is not None:
            jobs_report = await self.jobs.run_due(self.owner)
            return {"task": name, **msgspec.structs.asdict(jobs_report)}
        names = ", ".join((*TASKS, JOB_TASK))
        raise NotFound(
            f"no task named {name!r}; the tasks are: {names}",
            field="name",
            detail_ko=f"'{name}' 작업이 없습니다. 작업: {names}",
        )


class Worker:
    """Runs every task every ``poll_s`` seconds until :meth:`stop` (a pass in progress finishes first)."""

    def __init__(self, runner: TaskRunner, *, poll_s: float = 1.0, jobs_poll_s: float | None = None) -> None:
        self.runner = runner
        self.poll_s = poll_s
        # Jobs are looked for more often (a due job waits for the next look; one indexed query each).
        self.jobs_poll_s = jobs_poll_s if jobs_poll_s is not None else poll_s
        self._stop = asyncio.Event()
        self.passes = 0

    def stop(self) -> None:
        self._stop.set()

    async def run_once(self) -> dict[str, Any]:
        """One pass over every task; a failing task is logged and the others still run."""
        results: dict[str, Any] = {}
        for name in TASKS:
            if self._stop.is_set():
                break
            try:
                results[name] = await self.runner.run(name)
            except Exception as exc:  # the loop must outlive a database blip or a bug in one task
                log.warning("worker task %s failed: %s: %s", name, type(exc).__name__, getattr(exc, "detail", ""))
                results[name] = {"task": name, "error": type(exc).__name__}
        self.passes += 1
        return results

    async def run_jobs_once(self) -> dict[str, Any] | None:
        """Claim and run at most one due long-recording job (None when this worker runs none): the loop checks
        for a stop between jobs, so a SIGTERM never waits for a whole queue."""
        jobs = self.runner.jobs
        if jobs is None:
            return None
        try:
            report = await jobs.run_due(self.runner.owner, max_jobs=1)
        except Exception as exc:  # the loop must outlive a database blip
            log.warning("worker task jobs failed: %s: %s", type(exc).__name__, getattr(exc, "detail", ""))
            return {"task": JOB_TASK, "error": type(exc).__name__}
        return {"task": JOB_TASK, **msgspec.structs.asdict(report)}

    async def _loop(self, step: Callable[[], Awaitable[object]]) -> None:
        while not self._stop.is_set():
            await step()
            await self._pause(self.poll_s)

    async def _jobs_loop(self) -> None:
        while not self._stop.is_set():
            result = await self.run_jobs_once()
            if result and result.get("claimed"):
                continue  # there may be more due right now: no pause between jobs
            await self._pause(self.jobs_poll_s)

    async def _pause(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        except TimeoutError:
            pass

    async def run(self) -> None:
        log.info("worker %s started (poll every %.2f s)", self.runner.owner, self.poll_s)
        loops = [self._loop(self.run_once)]
        if self.runner.jobs is not None:
            loops.append(self._jobs_loop())
        await asyncio.gather(*loops)
        log.info("worker %s stopped", self.runner.owner)
