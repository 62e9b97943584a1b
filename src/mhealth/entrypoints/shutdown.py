"""Graceful shutdown of one server worker within a deadline (Cloud Run sends SIGTERM, then kills 10 s later).

On SIGTERM Granian stops accepting connections and waits for the requests in flight; only then does the
application's lifespan shut down (adapters closed, bounded by :data:`CLOSE_BUDGET_S`). A request that would
outlive the grace period would otherwise be cut off by a kill, its client left with a reset connection and
no answer. :class:`Drain` gives the requests in flight until ``grace - CLOSE_BUDGET_S - EXIT_MARGIN_S`` to
finish; those still running then are answered ``503 shutting_down`` with ``Retry-After`` at once and
cancelled (the platform sends the retry to another instance; a check-in retried with its Idempotency-Key is
not stored twice). The answer does not wait for the handler to unwind: a handler blocked behind a stuck
database thread may never get that far. ``mhealth serve`` gives Granian the whole grace period as
``workers_kill_timeout``: a worker stuck past it (threads blocked in a database that stopped answering keep
the interpreter from exiting) is killed, so the process always ends in time.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

log = logging.getLogger("mhealth.shutdown")

CLOSE_BUDGET_S = 2.5  # closing adapters (engines, clients, threads), all of them together
EXIT_MARGIN_S = 1.5  # the lifespan's end, the interpreter's exit, Granian's main process


class Drain:
    """Tracks the requests a worker is serving; after SIGTERM, cancels those still running at the deadline."""

    def __init__(self, grace_s: float) -> None:
        self.deadline_s = max(0.5, grace_s - CLOSE_BUDGET_S - EXIT_MARGIN_S)
        self.draining = False
        self._tasks: dict[asyncio.Task[Any], Callable[[], None]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        """Watch for SIGTERM/SIGINT in this worker (call from its main thread, after the server's handlers).

        The server's own handler keeps running: the event loop's wake-up descriptor still reports the
        signal to the loop; this Python-level handler only starts the drain clock as well.
        """
        self._loop = loop
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous = signal.getsignal(signum)

            def on_signal(number: int, frame: FrameType | None, previous: Any = previous) -> None:
                loop.call_soon_threadsafe(self.start)
                if callable(previous):
                    previous(number, frame)

            signal.signal(signum, on_signal)

    def start(self) -> None:
        """Begin draining: the requests in flight get until the deadline."""
        if self.draining:
            return
        self.draining = True
        log.info("shutting down: %d request(s) in flight get %.1f s to finish", len(self._tasks), self.deadline_s)
        loop = self._loop or asyncio.get_running_loop()
        loop.call_later(self.deadline_s, self._expire)

    def _expire(self) -> None:
        running = [(task, answer) for task, answer in self._tasks.items() if not task.done()]
        if running:
            log.warning("shutting down: %d request(s) still running are answered 503", len(running))
        for task, answer in running:
            try:
                answer()
            except Exception:  # one failed answer must not keep the others waiting
                log.exception("could not answer a request cut off by the shutdown")
            task.cancel()

    @contextmanager
    def track(self, answer: Callable[[], None]) -> Iterator[None]:
        """Count the current request (its task) as in flight while the block runs; ``answer`` sends its 503
        if the deadline cuts it off (it must do nothing when the request was already answered)."""
        task = asyncio.current_task()
        if task is None:
            yield
            return
        self._tasks[task] = answer
        try:
            yield
        finally:
            self._tasks.pop(task, None)

    def cut_off(self) -> bool:
        """True when a cancelled request was cancelled by this drain (answer 503), not by its client."""
        return self.draining
