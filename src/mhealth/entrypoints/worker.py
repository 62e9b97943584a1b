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
from mhealth.ports.clock import Clock

log = logging.getLogger("mhealth.worker")

TASKS = ("schedules", "escalate", "deliver")  # in this order in one pass: what they raise goes out at once
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
    ) -> None:
        self.deliveries = deliveries
        self.alerts = alerts
        self.clock = clock
        self.check_schedules = check_schedules
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
        raise NotFound(
            f"no task named {name!r}; the tasks are: {', '.join(TASKS)}",
            field="name",
            detail_ko=f"'{name}' 작업이 없습니다. 작업: {', '.join(TASKS)}",
        )


class Worker:
    """Runs every task every ``poll_s`` seconds until :meth:`stop` (a pass in progress finishes first)."""

    def __init__(self, runner: TaskRunner, *, poll_s: float = 1.0) -> None:
        self.runner = runner
        self.poll_s = poll_s
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

    async def run(self) -> None:
        log.info("worker %s started (poll every %.2f s)", self.runner.owner, self.poll_s)
        while not self._stop.is_set():
            await self.run_once()
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.poll_s)
            except TimeoutError:
                pass
        log.info("worker %s stopped", self.runner.owner)
