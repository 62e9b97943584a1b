"""SQL repositories of accounts: users, service clients, refresh tokens, login counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping_access as m
from mhealth.adapters.sql.repositories._base import SessionRunner, affected, insert_rows, page_size
from mhealth.adapters.sql.rows import LoginFailureRow, RefreshTokenRow, ServiceClientRow, UserRow
from mhealth.domain.errors import NotFound
from mhealth.domain.model import LoginFailures, RefreshToken, ServiceClient, User
from mhealth.ports.repositories import (
    LoginThrottleRepository,
    Page,
    RefreshTokenRepository,
    ServiceClientRepository,
    UserRepository,
)


class SqlUserRepository(UserRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, user: User) -> None:
        row = m.user_to_row(user)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def get(self, user_id: str) -> User | None:
        def work(s: Session) -> User | None:
            row = s.get(UserRow, user_id)
            return m.user_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def get_by_email(self, email: str) -> User | None:
        query = select(UserRow).where(UserRow.email == email)

        def work(s: Session) -> User | None:
            row = s.scalars(query).first()
            return m.user_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def update(self, user: User) -> None:
        values = {
            "email": user.email,
            "role": user.role.value,
            "password_hash": user.password_hash,
            "disabled": user.disabled,
        }

        def work(s: Session) -> None:
            with s.begin_nested():
                statement = update(UserRow).where(UserRow.id == user.id).values(**values)
                if affected(s, statement) == 0:
                    raise NotFound(f"user {user.id} does not exist")
            s.expire_all()

        await self._tx.run(work)

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[User]:
        n = page_size(limit)
        query = select(UserRow).order_by(UserRow.id).limit(n + 1)
        if after is not None:
            query = query.where(UserRow.id > after)

        def work(s: Session) -> Page[User]:
            rows = s.scalars(query).all()
            items = tuple(m.user_to_domain(r) for r in rows[:n])
            return Page(items=items, next_cursor=items[-1].id if len(rows) > n else None)

        return await self._tx.run(work)


class SqlServiceClientRepository(ServiceClientRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, client: ServiceClient) -> None:
        row = ServiceClientRow(**m.client_values(client))
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def get(self, client_id: str) -> ServiceClient | None:
        def work(s: Session) -> ServiceClient | None:
            row = s.get(ServiceClientRow, client_id)
            return m.client_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def get_by_key_hash(self, key_hash: str) -> ServiceClient | None:
        query = select(ServiceClientRow).where(ServiceClientRow.key_hash == key_hash)

        def work(s: Session) -> ServiceClient | None:
            row = s.scalars(query).first()
            return m.client_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def update(self, client: ServiceClient) -> None:
        values = m.client_values(client)
        del values["id"]

        def work(s: Session) -> None:
            with s.begin_nested():
                statement = update(ServiceClientRow).where(ServiceClientRow.id == client.id).values(**values)
                if affected(s, statement) == 0:
                    raise NotFound(f"client {client.id} does not exist")
            s.expire_all()

        await self._tx.run(work)

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[ServiceClient]:
        n = page_size(limit)
        query = select(ServiceClientRow).order_by(ServiceClientRow.id).limit(n + 1)
        if after is not None:
            query = query.where(ServiceClientRow.id > after)

        def work(s: Session) -> Page[ServiceClient]:
            rows = s.scalars(query).all()
            items = tuple(m.client_to_domain(r) for r in rows[:n])
            return Page(items=items, next_cursor=items[-1].id if len(rows) > n else None)

        return await self._tx.run(work)


class SqlRefreshTokenRepository(RefreshTokenRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, token: RefreshToken) -> None:
        row = m.refresh_to_row(token)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def get_by_hash(self, token_hash: str) -> RefreshToken | None:
        query = select(RefreshTokenRow).where(RefreshTokenRow.token_hash == token_hash)

        def work(s: Session) -> RefreshToken | None:
            row = s.scalars(query).first()
            return m.refresh_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def mark_used(self, token_id: str, at: datetime) -> bool:
        # One conditional UPDATE: of two concurrent refreshes with the same token, only one wins.
        statement = (
            update(RefreshTokenRow)
            .where(RefreshTokenRow.id == token_id, RefreshTokenRow.used_at.is_(None))
            .values(used_at=at)
        )

        def work(s: Session) -> bool:
            won = affected(s, statement) == 1
            s.expire_all()
            return won

        return await self._tx.run(work)

    async def _revoke(self, where: object, at: datetime) -> int:
        statement = update(RefreshTokenRow).where(where, RefreshTokenRow.revoked_at.is_(None)).values(revoked_at=at)  # type: ignore[arg-type]

        def work(s: Session) -> int:
            n = affected(s, statement)
            s.expire_all()
            return int(n)

        return await self._tx.run(work)

    async def revoke_family(self, family_id: str, at: datetime) -> int:
        return await self._revoke(RefreshTokenRow.family_id == family_id, at)

    async def revoke_user(self, user_id: str, at: datetime) -> int:
        return await self._revoke(RefreshTokenRow.user_id == user_id, at)

    async def family_active(self, family_id: str, now: datetime) -> bool:
        query = select(
            exists().where(
                RefreshTokenRow.family_id == family_id,
                RefreshTokenRow.revoked_at.is_(None),
                RefreshTokenRow.expires_at > now,
            )
        )
        return await self._tx.run(lambda s: bool(s.scalar(query)))


class SqlLoginThrottleRepository(LoginThrottleRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def get(self, key: str) -> LoginFailures | None:
        def work(s: Session) -> LoginFailures | None:
            row = s.get(LoginFailureRow, key)
            return m.failures_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def put(self, state: LoginFailures) -> None:
        def work(s: Session) -> None:
            s.merge(
                LoginFailureRow(
                    key=state.key,
                    failures=state.failures,
                    first_failure_at=state.first_failure_at,
                    locked_until=state.locked_until,
                )
            )
            s.flush()

        await self._tx.run(work)

    async def clear(self, key: str) -> None:
        statement = delete(LoginFailureRow).where(LoginFailureRow.key == key)

        def work(s: Session) -> None:
            s.execute(statement.execution_options(synchronize_session=False))
            s.expunge_all()

        await self._tx.run(work)
