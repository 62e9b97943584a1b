"""What every SQL repository shares: the transaction it runs in (as a protocol), inserts and page sizes.

The repositories depend on :class:`SessionRunner` only, never on the unit of work that implements it:
``uow`` imports ``repositories``, and nothing in ``repositories`` imports ``uow`` (no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import ColumnElement, CursorResult, Executable, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

R = TypeVar("R")

MAX_PAGE = 500  # the use cases' limit (and the API's): the adapter never returns more in one page
MAX_ERROR_CHARS = 2000


class SessionRunner(Protocol):
    """One open transaction: runs ``fn(session)`` in a worker thread, one call at a time.

    Raises domain errors only (``Conflict``, ``NotFound``, ``DatabaseUnavailable``, ``Overloaded``).
    """

    async def run(self, fn: Callable[[Session], R]) -> R: ...

    async def defer_insert(self, rows: Sequence[Any]) -> None:
        """Queue rows to insert in the worker thread's next visit (the next ``run`` or the commit): everything
        queued by then goes in together, parents first, one multi-row INSERT per table (:func:`insert_many`)."""


def affected(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE (the session's identity map left alone) and return how many rows it hit."""
    result = session.execute(statement.execution_options(synchronize_session=False))
    return int(cast("CursorResult[Any]", result).rowcount)


def page_size(limit: int) -> int:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return min(limit, MAX_PAGE)


def insert_rows(session: Session, rows: Sequence[Any], *, plain: bool = False) -> None:
    """Insert ``rows`` (parent first) in a savepoint, so a duplicate undoes only this insert.

    The rows have no ORM relationships, so the parent is flushed on its own before its children (their
    foreign keys need it). ``plain``: Core statements instead of an ORM flush (see :func:`insert_many`); the
    rows are not added to the session.
    """
    with session.begin_nested():
        if plain:
            insert_many(session, rows)
            return
        session.add(rows[0])
        if len(rows) > 1:
            session.flush()
            session.add_all(rows[1:])


_INSERTS: dict[Any, Any] = {}


def insert_many(session: Session, rows: Sequence[Any]) -> None:
    """Insert rows of any tables with one multi-row INSERT per table and column set, parent tables first (the
    metadata's dependency order), on the session's connection: no savepoint, no ORM flush, a fraction of
    :func:`insert_rows`'s CPU and round trips. What a transaction queued with ``SessionRunner.defer_insert`` (one
    check-in's rows, or a group commit's many) costs a few statements instead of one per row. A failure (a
    duplicate, a missing parent) fails the whole transaction."""
    if not rows:
        return
    groups: dict[tuple[Any, tuple[str, ...]], list[dict[str, Any]]] = {}
    for row in rows:
        one = {k: v for k, v in vars(row).items() if not k.startswith("_sa_")}
        groups.setdefault((row.__table__, tuple(sorted(one))), []).append(one)
    order = _table_order(rows[0])
    connection = session.connection()
    for (table, _), many in sorted(groups.items(), key=lambda group: order[group[0][0]]):
        statement = _INSERTS.get(table)
        if statement is None:
            statement = _INSERTS[table] = table.insert()
        # several rows: executemany, one INSERT ... VALUES (...), (...) on MySQL; one row: a plain execute
        connection.execute(statement, many if len(many) > 1 else many[0])


_ORDER: dict[Any, int] = {}


def _table_order(row: Any) -> dict[Any, int]:
    if not _ORDER:
        _ORDER.update((table, n) for n, table in enumerate(row.__table__.metadata.sorted_tables))
    return _ORDER


def insert_one(session: Session, row: Any) -> None:
    """Insert one row by one Core statement, without a savepoint: a single INSERT that fails (a duplicate, a
    missing parent) is undone by the database on its own, statement by statement (InnoDB and SQLite both),
    so the transaction stays usable as :func:`insert_rows` leaves it, two round trips (SAVEPOINT, RELEASE)
    cheaper. Only for rows that are one statement: a parent with children needs :func:`insert_rows`."""
    insert_many(session, [row])


def after_cursor(
    model: Any,
    at: InstrumentedAttribute[Any],
    key: InstrumentedAttribute[Any],
    cursor: str,
    *,
    descending: bool = False,
) -> ColumnElement[bool]:
    """Keyset condition for pages ordered by ``(at, key)``: the rows after the row whose key is ``cursor``.

    The cursor stays an id (what clients already pass back); its time is read in the same statement. A
    cursor naming no row gives an empty page.
    """
    cursor_at = select(at).where(key == cursor).scalar_subquery()
    if descending:
        return or_(at < cursor_at, and_(at == cursor_at, key < cursor))
    return or_(at > cursor_at, and_(at == cursor_at, key > cursor))
