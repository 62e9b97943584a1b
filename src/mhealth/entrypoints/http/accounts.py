"""Sign-in, accounts, links, API keys and the audit log under /v1 (see docs/security.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath, JSONBody, QueryParameter

from mhealth.domain.errors import InvalidInput, NotFound, Unauthorized
from mhealth.domain.model import AuditEntry, Role, ServiceClient, User
from mhealth.domain.rules.access import Action
from mhealth.domain.usecases.access import Session
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit


class LoginIn(msgspec.Struct, kw_only=True):
    email: Annotated[str, msgspec.Meta(min_length=3, max_length=254)]
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=1024)]


class RefreshIn(msgspec.Struct, kw_only=True):
    refresh_token: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]


class TokensOut(msgspec.Struct, kw_only=True):
    """An access token (JWT, ``expires_in`` seconds) and a refresh token (use once; rotate)."""

    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str
    refresh_expires_at: str
    user_id: str
    role: Role


class MeOut(msgspec.Struct, kw_only=True):
    subject: str
    role: Role
    seniors: list[str] | None  # None: every senior


class UserIn(msgspec.Struct, kw_only=True):
    email: Annotated[str, msgspec.Meta(min_length=3, max_length=254)]
    password: Annotated[str, msgspec.Meta(min_length=12, max_length=1024)]
    role: Role
    senior_id: Annotated[str, msgspec.Meta(max_length=64)] | None = None


class UserOut(msgspec.Struct, kw_only=True):
    id: str
    email: str
    role: Role
    created_at: str
    disabled: bool
    seniors: list[str] | None = None


class LinkIn(msgspec.Struct, kw_only=True):
    senior_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]


class UserPatch(msgspec.Struct, kw_only=True):
    disabled: bool


class ClientIn(msgspec.Struct, kw_only=True):
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    all_seniors: bool = False
    senior_ids: Annotated[list[str], msgspec.Meta(max_length=1000)] = msgspec.field(default_factory=list)


class ClientOut(msgspec.Struct, kw_only=True):
    id: str
    name: str
    key_prefix: str
    created_at: str
    all_seniors: bool
    active: bool
    rotated_at: str | None = None
    revoked_at: str | None = None
    api_key: str | None = None  # only in the answer that created or rotated it


class PageOut(msgspec.Struct, kw_only=True):
    items: list[Any]
    next_cursor: str | None


def _client_ip(request: Request[Any, Any, Any]) -> str | None:
    return request.scope.get("state", {}).get("client_ip")  # type: ignore[no-any-return]


def _tokens(request: Request[Any, Any, Any], session: Session) -> Response[TokensOut]:
    tokens = guard.security(request).tokens
    access = tokens.issue(session.user.id, session.user.role.value, family=session.family_id)
    body = TokensOut(
        access_token=access,
        token_type="Bearer",  # noqa: S106 - the scheme name, not a secret
        expires_in=tokens.ttl_s,
        refresh_token=session.refresh_token,
        refresh_expires_at=session.refresh_expires_at.isoformat(),
        user_id=session.user.id,
        role=session.user.role,
    )
    return Response(body)  # the gateway adds Cache-Control: no-store on /v1


def _user_out(u: User, seniors: list[str] | None = None) -> UserOut:
    return UserOut(
        id=u.id, email=u.email, role=u.role, created_at=u.created_at.isoformat(), disabled=u.disabled, seniors=seniors
    )


def _client_out(c: ServiceClient, key: str | None = None) -> ClientOut:
    return ClientOut(
        id=c.id,
        name=c.name,
        key_prefix=c.key_prefix,
        created_at=c.created_at.isoformat(),
        all_seniors=c.all_seniors,
        active=c.active,
        rotated_at=c.rotated_at.isoformat() if c.rotated_at else None,
        revoked_at=c.revoked_at.isoformat() if c.revoked_at else None,
        api_key=key,
    )


class AuthController(Controller):
    path = "/v1/auth"
    tags = ["auth"]

    @post("/login", operation_id="login", summary="Sign in: an access token and a refresh token", status_code=200)
    async def login(self, request: Request[Any, Any, Any], data: JSONBody[LoginIn]) -> Response[TokensOut]:
        sec = guard.security(request)
        guard.note(request, "auth.login", "account", actor="unknown", actor_role="anonymous")
        try:
            session = await sec.access.login(data.email, data.password, client_ip=_client_ip(request))
        except Unauthorized:
            guard.deny(request)
            raise
        guard.note(
            request, "auth.login", "account", session.user.id, actor=session.user.id, actor_role=session.user.role.value
        )
        return _tokens(request, session)

    @post(
        "/refresh", operation_id="refresh", summary="Rotate a refresh token (reuse ends the session)", status_code=200
    )
    async def refresh(self, request: Request[Any, Any, Any], data: JSONBody[RefreshIn]) -> Response[TokensOut]:
        guard.note(request, "auth.refresh", "session", actor="unknown", actor_role="anonymous")
        try:
            session = await guard.security(request).access.refresh(data.refresh_token)
        except Unauthorized:
            guard.deny(request)
            raise
        guard.note(
            request,
            "auth.refresh",
            "session",
            session.family_id,
            actor=session.user.id,
            actor_role=session.user.role.value,
        )
        return _tokens(request, session)

    @post("/logout", operation_id="logout", summary="End the session of a refresh token", status_code=204)
    async def logout(self, request: Request[Any, Any, Any], data: JSONBody[RefreshIn]) -> None:
        guard.note(request, "auth.logout", "session", actor="unknown", actor_role="anonymous")
        await guard.security(request).access.logout(data.refresh_token)

    @get("/me", operation_id="me", summary="Who the caller is and which seniors they may reach")
    async def me(self, request: Request[Any, Any, Any]) -> MeOut:
        actor = await guard.actor_of(request)
        return MeOut(
            subject=actor.subject,
            role=actor.role,
            seniors=sorted(actor.seniors) if actor.seniors is not None else None,
        )


class UserController(Controller):
    path = "/v1/users"
    tags = ["accounts"]

    @post("/", operation_id="createUser", summary="Create a user (admins)", responses=ERRORS_RESOURCE, status_code=201)
    async def create(self, request: Request[Any, Any, Any], data: JSONBody[UserIn]) -> UserOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.create", "user", None))
        user = await guard.security(request).access.create_user(
            email=data.email, password=data.password, role=data.role, senior_id=data.senior_id
        )
        guard.note(request, "user.create", "user", user.id, data.senior_id)
        return _user_out(user, [data.senior_id] if data.senior_id else [])

    @get("/", operation_id="listUsers", summary="Users (admins)", responses=ERRORS_RESOURCE)
    async def list_(self, request: Request[Any, Any, Any], limit: Limit = 50, after: After = None) -> PageOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.list", "user", None))
        page = await guard.security(request).access.list_users(limit=limit, after=after)
        return PageOut(items=[_user_out(u) for u in page.items], next_cursor=page.next_cursor)

    @post(
        "/{user_id:str}/disabled",
        operation_id="setUserDisabled",
        summary="Disable or re-enable a user (admins); disabling ends their sessions",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def set_disabled(
        self, request: Request[Any, Any, Any], user_id: FromPath[str], data: JSONBody[UserPatch]
    ) -> UserOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.update", "user", user_id))
        return _user_out(await guard.security(request).access.set_disabled(user_id, data.disabled))

    @post(
        "/{user_id:str}/links",
        operation_id="linkUser",
        summary="Let a user or service client act for a senior (admins)",
        responses=ERRORS_RESOURCE,
        status_code=201,
    )
    async def link(
        self, request: Request[Any, Any, Any], user_id: FromPath[str], data: JSONBody[LinkIn]
    ) -> dict[str, Any]:
        actor = await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.link", "user", user_id))
        guard.note(request, "user.link", "user", user_id, data.senior_id)
        added = await guard.security(request).access.link(user_id, data.senior_id, by=actor.subject)
        return {"user_id": user_id, "senior_id": data.senior_id, "created": added}

    @post(
        "/{user_id:str}/unlink",
        operation_id="unlinkUser",
        summary="Remove a link between a user or service client and a senior (admins)",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def unlink(
        self, request: Request[Any, Any, Any], user_id: FromPath[str], data: JSONBody[LinkIn]
    ) -> dict[str, Any]:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.unlink", "user", user_id))
        guard.note(request, "user.unlink", "user", user_id, data.senior_id)
        if not await guard.security(request).access.unlink(user_id, data.senior_id):
            raise NotFound("no such link")
        return {"user_id": user_id, "senior_id": data.senior_id, "removed": True}


class ClientController(Controller):
    path = "/v1/clients"
    tags = ["accounts"]

    @post(
        "/",
        operation_id="createClient",
        summary="Create a service client; its API key is in this answer only (admins)",
        responses=ERRORS_RESOURCE,
        status_code=201,
    )
    async def create(self, request: Request[Any, Any, Any], data: JSONBody[ClientIn]) -> Response[ClientOut]:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("client.create", "client", None))
        issued = await guard.security(request).access.create_client(
            name=data.name, all_seniors=data.all_seniors, seniors=data.senior_ids
        )
        guard.note(request, "client.create", "client", issued.client.id)
        return Response(_client_out(issued.client, issued.key), status_code=201)

    @get("/", operation_id="listClients", summary="Service clients (admins)", responses=ERRORS_RESOURCE)
    async def list_(self, request: Request[Any, Any, Any], limit: Limit = 50, after: After = None) -> PageOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("client.list", "client", None))
        page = await guard.security(request).access.list_clients(limit=limit, after=after)
        return PageOut(items=[_client_out(c) for c in page.items], next_cursor=page.next_cursor)

    @post(
        "/{client_id:str}/rotate",
        operation_id="rotateClientKey",
        summary="A new API key; the old one stops working at once (admins)",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def rotate(self, request: Request[Any, Any, Any], client_id: FromPath[str]) -> Response[ClientOut]:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("client.rotate", "client", client_id))
        issued = await guard.security(request).access.rotate_client(client_id)
        return Response(_client_out(issued.client, issued.key))

    @post(
        "/{client_id:str}/revoke",
        operation_id="revokeClient",
        summary="Revoke a service client's key (admins)",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def revoke(self, request: Request[Any, Any, Any], client_id: FromPath[str]) -> ClientOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("client.revoke", "client", client_id))
        return _client_out(await guard.security(request).access.revoke_client(client_id))


class AuditController(Controller):
    path = "/v1/audit"
    tags = ["audit"]

    @get("/", operation_id="queryAudit", summary="The audit log, newest first (admins)", responses=ERRORS_RESOURCE)
    async def query(
        self,
        request: Request[Any, Any, Any],
        senior_id: Annotated[str | None, QueryParameter(name="senior_id", max_length=64)] = None,
        actor: Annotated[str | None, QueryParameter(name="actor", max_length=64)] = None,
        since: Annotated[str | None, QueryParameter(name="since", description="ISO 8601 with offset")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> PageOut:
        await guard.require(request, Action.READ_AUDIT, audit=("audit.read", "audit", None))
        start = None
        if since is not None:
            try:
                start = datetime.fromisoformat(since)
            except ValueError:
                raise InvalidInput("since must be an ISO 8601 date-time with a time zone", field="since") from None
            if start.tzinfo is None:
                raise InvalidInput("since must include a time zone", field="since")
        page = await guard.security(request).audit.query(
            senior_id=senior_id, actor=actor, since=start, limit=limit, after=after
        )
        return PageOut(items=[_audit_out(e) for e in page.items], next_cursor=page.next_cursor)


def _audit_out(e: AuditEntry) -> dict[str, Any]:
    out: dict[str, Any] = msgspec.to_builtins(e)
    return out
