"""Places for requests being served at once, and a short, latency-guarded wait for one (issue 12).

Past ``MHEALTH_MAX_IN_FLIGHT`` requests at once a request is refused at once with 503 ``overloaded``, except a
check-in while ``MHEALTH_CHECK_IN_WAIT_S`` > 0: it may wait, first come first served, for a place that a finishing
request hands over — but only while it can still get one within that wait. The rate at which places free up is
measured while every place is taken (the process's rate at capacity); a check-in that would be further back in
the line than that rate serves within the wait is refused at once, and the line is cut back the same way each
time a place frees up (so a refusal comes as soon as it is known, not at the end of the wait). Whatever the
estimate, no check-in waits longer than the wait: its answer takes at most the wait plus its own service time.

Why: a burst used to be admitted ``MHEALTH_MAX_IN_FLIGHT`` at a time and the rest refused in the same moment,
so the burst's accepted rate was that many divided by their common latency, start-up included; a short line
keeps the process busy at its rate at capacity for the length of the wait (docs/performance.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Callable

RATE_WINDOW = 32  # completions at capacity the rate is measured over
MIN_SAMPLES = 8  # fewer: the rate is not known yet
LINE_PER_PLACE = 4  # without a measured rate, at most this many waiting per place


class Places:
    """The count of requests being served and the line of check-ins waiting for a place."""

    def __init__(self, limit: int, wait_s: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.in_flight = 0
        self.wait_s = wait_s
        self._clock = clock
        self._line: deque[tuple[float, asyncio.Future[bool]]] = deque()  # (deadline, handed a place?)
        self._freed: deque[float] = deque(maxlen=RATE_WINDOW)  # when places freed up while all were taken
        self._rate: float | None = None  # places freed per second at capacity (the last measure)

    @property
    def waiting(self) -> int:
        return len(self._line)

    @property
    def rate(self) -> float | None:
        return self._rate

    def enter(self) -> bool:
        """Take a place if one is free (nobody waits while one is)."""
        if self.in_flight >= self.limit:
            return False
        self.in_flight += 1
        return True

    def leave(self) -> None:
        """Give a place back: to the first check-in still waiting, else to the pool of free places."""
        if self.in_flight >= self.limit:
            self._measure(self._clock())
        while self._line:
            _, handed = self._line.popleft()
            if not handed.done():
                handed.set_result(True)  # the place passes on: in_flight unchanged
                self._cut_back()
                return
        self.in_flight = max(0, self.in_flight - 1)

    def may_wait(self) -> bool:
        """Whether a check-in past the limit may join the line: it would be handed a place within the wait."""
        if self.wait_s <= 0:
            return False
        if self._rate is None:
            return len(self._line) < LINE_PER_PLACE * self.limit
        return (len(self._line) + 1) / self._rate <= self.wait_s

    async def wait(self) -> bool:
        """Wait in line for a place (at most ``wait_s``): True when handed one (the caller then holds it and
        must :meth:`leave`), False when refused (not reachable in time, or the wait is over)."""
        loop = asyncio.get_running_loop()
        handed: asyncio.Future[bool] = loop.create_future()
        entry = (self._clock() + self.wait_s, handed)
        self._line.append(entry)
        timer = loop.call_later(self.wait_s, self._give_up, entry)
        try:
            return await handed
        except asyncio.CancelledError:
            if handed.done() and not handed.cancelled() and handed.result():
                self.leave()  # handed a place it will not use: pass it on
            with contextlib.suppress(ValueError):
                self._line.remove(entry)
            raise
        finally:
            timer.cancel()

    def _give_up(self, entry: tuple[float, asyncio.Future[bool]]) -> None:
        _, handed = entry
        if not handed.done():
            with contextlib.suppress(ValueError):
                self._line.remove(entry)
            handed.set_result(False)

    def _measure(self, now: float) -> None:
        freed = self._freed
        if freed and now - freed[-1] > 1.0:
            freed.clear()  # a pause: a new busy spell, measured afresh (the last rate stays until then)
        freed.append(now)
        if len(freed) >= MIN_SAMPLES and now > freed[0]:
            self._rate = (len(freed) - 1) / (now - freed[0])

    def _cut_back(self) -> None:
        """Refuse now, from the back of the line, those the measured rate will not reach before their wait ends."""
        rate = self._rate
        if rate is None:
            return
        now = self._clock()
        while self._line:
            deadline, handed = self._line[-1]
            if handed.done():
                self._line.pop()
                continue
            if len(self._line) / rate <= deadline - now:
                return
            self._line.pop()
            handed.set_result(False)
