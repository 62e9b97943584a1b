"""Claiming rows of a work table (the outbox today, long-recording jobs next) so each is worked on once.

A leased table has ``id``, ``lease_owner`` and ``lease_until`` columns. :func:`claim_rows` picks due rows
whose lease is free or expired and leases them to one owner, in the caller's transaction:

* MySQL/MariaDB: ``SELECT ... FOR UPDATE SKIP LOCKED``: concurrent claimers lock disjoint rows and never
  wait for each other; the lease columns are written before the commit releases the row locks, so after it
  the rows are visibly taken.
* SQLite: every transaction starts with ``BEGIN IMMEDIATE`` (see :mod:`mhealth.adapters.sql.engine`), so
  the select and the update run under the database's single write lock: claimers take turns.

:func:`lock_rows` is the same without a lease, for work done inside the claiming transaction itself
(escalation steps: the update commits with the claim).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session


def lock_rows(
    session: Session, model: Any, *, where: Sequence[ColumnElement[bool]], order_by: Sequence[Any], limit: int
) -> list[Any]:
    """Up to ``limit`` rows of ``model`` matching ``where`` that no other transaction holds, locked until this
    transaction ends, in ``order_by`` order.

    Two steps on MySQL/MariaDB: the candidates' ids from a plain (non-locking) read, then a locking read of
    those ids by primary key with ``SKIP LOCKED`` that checks ``where`` again on the current rows. Locking by
    primary key takes record locks only: a locking range scan over a secondary index (``next_attempt_at``)
    would also lock the gaps between its entries, and two workers updating those entries deadlock.
    """
    query = select(model).where(*where).order_by(*order_by).limit(limit)
    if session.get_bind().dialect.name == "sqlite":
        # Every transaction began with BEGIN IMMEDIATE: it holds the database's write lock already.
        return list(session.scalars(query.execution_options(populate_existing=True)).all())
    ids = list(session.scalars(select(model.id).where(*where).order_by(*order_by).limit(limit)).all())
    if not ids:
        return []
    locked = select(model).where(model.id.in_(ids), *where).with_for_update(skip_locked=True)
    rows = list(session.scalars(locked.execution_options(populate_existing=True)).all())
    order = {row_id: n for n, row_id in enumerate(ids)}
    rows.sort(key=lambda row: order[row.id])
    return rows


def claim_rows(
    session: Session,
    model: Any,
    *,
    owner: str,
    now: datetime,
    lease_until: datetime,
    where: Sequence[ColumnElement[bool]],
    order_by: Sequence[Any],
    limit: int,
) -> list[Any]:
    """Lease to ``owner`` (until ``lease_until``) up to ``limit`` rows of ``model`` matching ``where`` whose
    lease is free or expired at ``now``; returns them (their lease columns updated). Commit to publish."""
    free = or_(model.lease_until.is_(None), model.lease_until <= now)
    rows = lock_rows(session, model, where=[*where, free], order_by=order_by, limit=limit)
    if rows:
        ids = [row.id for row in rows]
        statement = update(model).where(model.id.in_(ids)).values(lease_owner=owner, lease_until=lease_until)
        session.execute(statement.execution_options(synchronize_session=False))
        for row in rows:
            row.lease_owner, row.lease_until = owner, lease_until
    return rows
