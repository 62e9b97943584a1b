"""Accounts, sign-in, API keys, links, consent, audit and retention: who may reach a senior's data.

The policy itself is pure (:mod:`mhealth.domain.rules.access`); these use cases look up what it needs through
the persistence port and keep the records (refresh-token families, consent history, the audit log).
Access tokens (JWTs) are minted by the HTTP layer from what :meth:`AccessControl.login` returns.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.errors import Forbidden, InvalidInput, NotFound, TooManyAttempts, Unauthorized
from mhealth.domain.model import (
    PERSON_ROLES,
    AccessLink,
    Alert,
    AlertStatus,
    RefreshToken,
    Role,
    Senior,
    ServiceClient,
    User,
    new_id,
    normalise_email,
)
from mhealth.domain.rules.access import (
    Action,
    Actor,
    LoginPolicy,
    actor_for,
    after_failure,
    allowed,
    digest,
    locked_for,
    looks_like_api_key,
    new_api_key,
    new_refresh_token,
)
from mhealth.ports.clock import Clock
from mhealth.ports.passwords import PasswordHasher
from mhealth.ports.repositories import Page, Transaction, UnitOfWork

log = logging.getLogger("mhealth.access")

MAX_PAGE = 500
MIN_PASSWORD = 12
MAX_PASSWORD = 1024


def not_found_senior() -> NotFound:
    return NotFound("no such senior", field="senior_id", detail_ko="해당 어르신을 찾을 수 없습니다")


def page_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}", field="limit")
    return limit


class AccessPolicy(msgspec.Struct, frozen=True, kw_only=True):
    login: LoginPolicy = LoginPolicy()
    refresh_ttl: timedelta = timedelta(days=14)


class Session(msgspec.Struct, frozen=True, kw_only=True):
    """A signed-in user and the refresh token of this session (shown once, stored as a hash)."""

    user: User
    refresh_token: str
    family_id: str
    refresh_expires_at: datetime


class IssuedKey(msgspec.Struct, frozen=True, kw_only=True):
    """A client and its API key: the only moment the key exists in clear."""

    client: ServiceClient
    key: str


def check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InvalidInput(
            f"a password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters",
            field="password",
            detail_ko="비밀번호는 12자 이상이어야 합니다",
        )


class AccessControl:
    """Users, service clients, links and login sessions; resolves callers into :class:`Actor`."""

    def __init__(
        self, *, uow: UnitOfWork, hasher: PasswordHasher, clock: Clock, policy: AccessPolicy = AccessPolicy()
    ) -> None:
        self.uow = uow
        self.hasher = hasher
        self.clock = clock
        self.policy = policy
        self._dummy_hash: str | None = None

    # ---------------------------------------------------------------- users

    async def create_user(self, *, email: str, password: str, role: Role, senior_id: str | None = None) -> User:
        """A new person account. A ``senior`` account may be linked to its senior at once."""
        if role not in PERSON_ROLES:
            raise InvalidInput("role must be senior, guardian, social_worker or admin", field="role")
        check_password(password)
        user = User(
            id=new_id(),
            email=normalise_email(email),
            role=role,
            password_hash=await self.hasher.hash(password),
            created_at=self.clock.now(),
        )
        async with self.uow.begin() as tx:
            await tx.users.add(user)
            if senior_id is not None:
                if await tx.seniors.get(senior_id) is None:
                    raise not_found_senior()
                await tx.links.add(
                    AccessLink(
                        principal_id=user.id, senior_id=senior_id, created_at=user.created_at, created_by="setup"
                    )
                )
            await tx.commit()
        return user

    async def list_users(self, *, limit: int = 50, after: str | None = None) -> Page[User]:
        async with self.uow.begin() as tx:
            return await tx.users.list(limit=page_limit(limit), after=after)

    async def set_disabled(self, user_id: str, disabled: bool) -> User:
        """Disable (or re-enable) a user; disabling ends every session at once."""
        now = self.clock.now()
        async with self.uow.begin() as tx:
            user = await tx.users.get(user_id)
            if user is None:
                raise NotFound("no such user", field="user_id")
            user = msgspec.structs.replace(user, disabled=disabled)
            await tx.users.update(user)
            if disabled:
                await tx.refresh_tokens.revoke_user(user_id, now)
            await tx.commit()
        return user

    async def find_principal(self, user_or_email: str) -> str:
        """The id of a user named by id or e-mail, or of a service client named by id.

        Raises:
            NotFound: no user with that e-mail, or no user or client with that id.
        """
        async with self.uow.begin() as tx:
            if "@" in user_or_email:
                user = await tx.users.get_by_email(normalise_email(user_or_email))
                if user is None:
                    raise NotFound("no user with that e-mail", field="user")
                return user.id
            if await tx.users.get(user_or_email) is None and await tx.clients.get(user_or_email) is None:
                raise NotFound("no such user or client", field="user")
            return user_or_email

    # ---------------------------------------------------------------- links

    async def link(self, principal_id: str, senior_id: str, *, by: str) -> bool:
        """Let a user or service client act for a senior; False when already linked."""
        async with self.uow.begin() as tx:
            if await tx.users.get(principal_id) is None and await tx.clients.get(principal_id) is None:
                raise NotFound("no such user or client", field="user_id")
            if await tx.seniors.get(senior_id) is None:
                raise not_found_senior()
            added = await tx.links.add(
                AccessLink(principal_id=principal_id, senior_id=senior_id, created_at=self.clock.now(), created_by=by)
            )
            await tx.commit()
        return added

    async def unlink(self, principal_id: str, senior_id: str) -> bool:
        async with self.uow.begin() as tx:
            removed = await tx.links.remove(principal_id, senior_id)
            await tx.commit()
        return removed

    async def links_of(self, principal_id: str) -> list[str]:
        async with self.uow.begin() as tx:
            return await tx.links.seniors_for(principal_id)

    # ---------------------------------------------------------------- sign-in

    async def login(self, email: str, password: str, *, client_ip: str | None) -> Session:
        """Check the password, with throttling per account and per address.

        Raises:
            TooManyAttempts: the account or the address is locked (after ``max_failures`` failures).
            Unauthorized: wrong e-mail or password, or a disabled account (one message for all three).
        """
        now = self.clock.now()
        keys = ["account:" + normalise_email(email)[:240]]
        if client_ip:
            keys.append("ip:" + client_ip[:240])
        async with self.uow.begin() as tx:
            wait = max([locked_for(await tx.login_throttle.get(k), now) for k in keys])
            user = await tx.users.get_by_email(normalise_email(email))
        if wait:
            raise TooManyAttempts(
                "too many failed sign-ins; try again later",
                retry_after=wait,
                detail_ko="로그인 실패가 너무 많습니다. 잠시 후 다시 시도하세요",
            )
        # The hash is checked even for an unknown e-mail, so timing does not tell which accounts exist.
        ok = await self.hasher.verify(user.password_hash if user else await self._dummy(), password[:MAX_PASSWORD])
        if user is None or not ok or user.disabled:
            async with self.uow.begin() as tx:
                for k in keys:
                    await tx.login_throttle.put(
                        after_failure(await tx.login_throttle.get(k), k, now, self.policy.login)
                    )
                await tx.commit()
            raise Unauthorized("wrong e-mail or password", detail_ko="이메일 또는 비밀번호가 올바르지 않습니다")
        if self.hasher.needs_rehash(user.password_hash):
            user = msgspec.structs.replace(user, password_hash=await self.hasher.hash(password))
        family = new_id()
        token = new_refresh_token()
        async with self.uow.begin() as tx:
            await tx.login_throttle.clear(keys[0])
            await tx.users.update(user)
            expires = await self._add_refresh(tx, token, family, user.id, now)
            await tx.commit()
        return Session(user=user, refresh_token=token, family_id=family, refresh_expires_at=expires)

    async def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = await self.hasher.hash(new_refresh_token())
        return self._dummy_hash

    async def _add_refresh(self, tx: Transaction, token: str, family: str, user_id: str, now: datetime) -> datetime:
        expires = now + self.policy.refresh_ttl
        await tx.refresh_tokens.add(
            RefreshToken(
                id=new_id(),
                token_hash=digest(token),
                family_id=family,
                user_id=user_id,
                created_at=now,
                expires_at=expires,
            )
        )
        return expires

    async def refresh(self, refresh_token: str) -> Session:
        """Exchange a refresh token for a new one in the same family (rotation).

        A token presented a second time was copied: the whole family is revoked, so the thief's and the
        owner's sessions both end and the owner signs in again.

        Raises:
            Unauthorized: unknown, expired, revoked or replayed token, or a disabled user.
        """
        now = self.clock.now()
        refused = Unauthorized("the refresh token is invalid or has been revoked; sign in again")
        async with self.uow.begin() as tx:
            stored = await tx.refresh_tokens.get_by_hash(digest(refresh_token))
            if stored is None:
                raise refused
            if stored.used_at is not None or stored.revoked_at is not None:
                if stored.used_at is not None:
                    log.warning("refresh token reuse in family %s: revoking the family", stored.family_id)
                await tx.refresh_tokens.revoke_family(stored.family_id, now)
                await tx.commit()
                raise refused
            user = await tx.users.get(stored.user_id)
            if stored.expires_at <= now or user is None or user.disabled:
                raise refused
            if not await tx.refresh_tokens.mark_used(stored.id, now):
                await tx.refresh_tokens.revoke_family(stored.family_id, now)
                await tx.commit()
                raise refused
            token = new_refresh_token()
            expires = await self._add_refresh(tx, token, stored.family_id, user.id, now)
            await tx.commit()
        return Session(user=user, refresh_token=token, family_id=stored.family_id, refresh_expires_at=expires)

    async def logout(self, refresh_token: str) -> bool:
        """End the session of this refresh token (its whole family); False when the token is unknown."""
        async with self.uow.begin() as tx:
            stored = await tx.refresh_tokens.get_by_hash(digest(refresh_token))
            if stored is None:
                return False
            await tx.refresh_tokens.revoke_family(stored.family_id, self.clock.now())
            await tx.commit()
        return True

    async def session_active(self, family_id: str) -> bool:
        async with self.uow.begin() as tx:
            return await tx.refresh_tokens.family_active(family_id, self.clock.now())

    # ---------------------------------------------------------------- service clients

    async def create_client(self, *, name: str, all_seniors: bool = False, seniors: Sequence[str] = ()) -> IssuedKey:
        key = new_api_key()
        now = self.clock.now()
        client = ServiceClient(
            id=new_id(),
            name=name.strip(),
            key_hash=digest(key),
            key_prefix=key[:10],
            created_at=now,
            all_seniors=all_seniors,
        )
        async with self.uow.begin() as tx:
            await tx.clients.add(client)
            for senior_id in seniors:
                if await tx.seniors.get(senior_id) is None:
                    raise not_found_senior()
                await tx.links.add(
                    AccessLink(principal_id=client.id, senior_id=senior_id, created_at=now, created_by="setup")
                )
            await tx.commit()
        return IssuedKey(client=client, key=key)

    async def rotate_client(self, client_id: str) -> IssuedKey:
        """A new key for the client; the old one stops working at once."""
        key = new_api_key()
        async with self.uow.begin() as tx:
            client = await tx.clients.get(client_id)
            if client is None or not client.active:
                raise NotFound("no such active client", field="id")
            client = msgspec.structs.replace(
                client, key_hash=digest(key), key_prefix=key[:10], rotated_at=self.clock.now()
            )
            await tx.clients.update(client)
            await tx.commit()
        return IssuedKey(client=client, key=key)

    async def revoke_client(self, client_id: str) -> ServiceClient:
        async with self.uow.begin() as tx:
            client = await tx.clients.get(client_id)
            if client is None:
                raise NotFound("no such client", field="id")
            if client.revoked_at is None:
                client = msgspec.structs.replace(client, revoked_at=self.clock.now())
                await tx.clients.update(client)
                await tx.commit()
        return client

    async def list_clients(self, *, limit: int = 50, after: str | None = None) -> Page[ServiceClient]:
        async with self.uow.begin() as tx:
            return await tx.clients.list(limit=page_limit(limit), after=after)

    async def authenticate_key(self, key: str) -> ServiceClient:
        """The active client holding ``key``. Raises ``Unauthorized`` for anything else."""
        if not looks_like_api_key(key):
            raise Unauthorized("the API key is invalid")
        async with self.uow.begin() as tx:
            client = await tx.clients.get_by_key_hash(digest(key))
        if client is None or not client.active:
            raise Unauthorized("the API key is invalid or has been revoked")
        return client

    # ---------------------------------------------------------------- authorization

    async def actor(self, subject: str, role: Role) -> Actor:
        """Resolve a principal into an :class:`Actor` with the seniors it may reach."""
        if role is Role.ADMIN:
            return actor_for(subject, role)
        async with self.uow.begin() as tx:
            linked = await tx.links.seniors_for(subject)
            all_seniors = False
            if role is Role.SERVICE:
                client = await tx.clients.get(subject)
                all_seniors = client.all_seniors if client is not None else True  # a minted service token
        return actor_for(subject, role, linked=linked, all_seniors=all_seniors)

    @staticmethod
    def require(actor: Actor, action: Action, senior_id: str | None = None) -> None:
        """Raise unless ``actor`` may do ``action`` (to ``senior_id``).

        A senior the actor may not see raises ``NotFound`` (as if it did not exist); an action the role
        may never do raises ``Forbidden``.
        """
        if senior_id is not None and not allowed(actor, Action.READ, senior_id):
            raise not_found_senior()
        if not allowed(actor, action, senior_id):
            raise Forbidden("your role may not do this", detail_ko="권한이 없습니다")

    async def list_seniors(self, actor: Actor, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        """The seniors ``actor`` may see, ordered by id."""
        n = page_limit(limit)
        async with self.uow.begin() as tx:
            if actor.seniors is None:
                return await tx.seniors.list(limit=n, after=after)
            items: list[Senior] = []
            for senior_id in sorted(s for s in actor.seniors if after is None or s > after):
                senior = await tx.seniors.get(senior_id)
                if senior is not None:
                    items.append(senior)
                    if len(items) > n:
                        break
        if len(items) > n:
            return Page(items=tuple(items[:n]), next_cursor=items[n - 1].id)
        return Page(items=tuple(items), next_cursor=None)

    async def list_alerts(
        self,
        actor: Actor,
        *,
        senior_id: str | None = None,
        status: AlertStatus | None = None,
        limit: int = 50,
        after: str | None = None,
        unresolved: bool = False,
    ) -> Page[Alert]:
        """Alerts of the seniors ``actor`` may see (of one of them, with ``senior_id``), newest first;
        ``unresolved``: open and acknowledged ones only (the inbox every member shares until resolution)."""
        if senior_id is not None:
            self.require(actor, Action.READ, senior_id)
        async with self.uow.begin() as tx:
            if senior_id is not None and await tx.seniors.get(senior_id) is None:
                raise not_found_senior()
            return await tx.alerts.list(
                senior_id=senior_id,
                status=status,
                limit=page_limit(limit),
                after=after,
                senior_ids=actor.seniors,
                unresolved=unresolved,
            )

    async def alert_senior(self, alert_id: str) -> str | None:
        """The senior an alert is about, or None when there is no such alert."""
        async with self.uow.begin() as tx:
            alert = await tx.alerts.get(alert_id)
        return alert.senior_id if alert is not None else None

    async def on_senior_created(self, actor: Actor, senior_id: str) -> None:
        """A scoped service client keeps access to the seniors it registers."""
        if actor.seniors is not None and actor.role is Role.SERVICE:
            await self.link(actor.subject, senior_id, by=actor.subject)
