"""Group commit: writes that arrive while others are being committed share the next transaction.

A burst of check-ins (a care centre calling its seniors at 10:00) would otherwise cost one transaction each:
a connection, a thread hop per statement, a statement per row and a durable commit per check-in. Here at most
``writers`` transactions write at once; whatever queued meanwhile (up to ``max_batch``) goes in the next one,
so the cost per check-in falls as the load rises, and a lone check-in still goes at once (nothing waits for a
batch to fill). The batch is one unit of work: every item in it is stored and audited, or none is.

When the batch's transaction refuses one item (``Conflict``: a key another request stored; ``NotFound``: a
senior erased meanwhile), which one is not known: the batch's items are then written one transaction each,
so each gets its own answer (stored, replayed, or not found). Any other failure (the database unreachable,
busy, or a commit whose outcome is unknown) is every item's answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from mhealth.domain.errors import Conflict, NotFound

Item = TypeVar("Item")
Result = TypeVar("Result")


class GroupCommit(Generic[Item, Result]):
    """Coalesces concurrent :meth:`write` calls into batches for ``write_many``.

    Args:
        write_many: writes a batch in one transaction; one result per item, in order.
        write_one: writes one item in a transaction of its own (the fallback when a batch is refused).
        max_batch: the most items in one transaction.
        writers: transactions writing at once.
    """

    def __init__(
        self,
        write_many: Callable[[Sequence[Item]], Awaitable[Sequence[Result]]],
        write_one: Callable[[Item], Awaitable[Result]],
        *,
        max_batch: int = 32,
        writers: int = 2,
    ) -> None:
        if max_batch < 1 or writers < 1:
            raise ValueError("max_batch and writers must be at least 1")
        self._write_many = write_many
        self._write_one = write_one
        self.max_batch = max_batch
        self.writers = writers
        self._queue: list[tuple[Item, asyncio.Future[Result]]] = []
        self._running = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self.batches = 0  # transactions written (a test and a benchmark look)
        self.largest = 0

    async def write(self, item: Item) -> Result:
        """Write ``item`` with whatever else is waiting; its own result or error."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        future.add_done_callback(_retrieved)  # a caller that stopped waiting leaves no "never retrieved" warning
        self._queue.append((item, future))
        if self._running < self.writers:
            self._running += 1
            task = asyncio.create_task(self._drain())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        # The write goes on if this caller stops waiting (a client gone): it was accepted, like a commit in flight.
        return await asyncio.shield(future)

    async def _drain(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
                await self._write(batch)
        finally:
            self._running -= 1

    async def _write(self, batch: list[tuple[Item, asyncio.Future[Result]]]) -> None:
        items = [item for item, _ in batch]
        try:
            self.batches += 1
            self.largest = max(self.largest, len(batch))
            results = await self._write_many(items)
        except (Conflict, NotFound) as exc:
            if len(batch) == 1:
                _fail(batch[0][1], exc)
                return
            for item, future in batch:  # which item was refused is not known: each on its own
                try:
                    _settle(future, await self._write_one(item))
                except Exception as one:  # the caller's to handle
                    _fail(future, one)
        except asyncio.CancelledError:
            for _, future in batch:
                future.cancel()
            raise
        except Exception as exc:  # every item's answer
            for _, future in batch:
                _fail(future, exc)
        else:
            for (_, future), result in zip(batch, results, strict=True):
                _settle(future, result)


def _retrieved(future: asyncio.Future[Result]) -> None:
    if not future.cancelled():
        future.exception()


def _settle(future: asyncio.Future[Result], result: Result) -> None:
    if not future.done():
        future.set_result(result)


def _fail(future: asyncio.Future[Result], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)


__all__ = ["GroupCommit"]
