"""Sign-in, token refresh, sign-out and "who am I" (under /v1/auth; see docs/security.md)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody

from mhealth.domain.errors import TooManyAttempts, Unauthorized
from mhealth.domain.model.identity import normalise_email
from mhealth.domain.usecases.access import Session
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE, ERRORS_SIGN_IN
from mhealth.entrypoints.http.limits import LimiterUnavailable, SharedSignInLockout, SignInPaused
from mhealth.entrypoints.http.params import SIGN_IN
from mhealth.entrypoints.http.schemas.accounts import (
    LoginIn,
    MeOut,
    RefreshIn,
    TokensOut,
)


def _client_ip(request: Request[Any, Any, Any]) -> str | None:
    ip: str | None = request.scope.get("state", {}).get("client_ip")
    return ip


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


class AuthController(Controller):
    path = "/v1/auth"
    tags = ["auth"]

    @post(
        "/login",
        operation_id="login",
        summary="Sign in: an access token and a refresh token",
        status_code=200,
        opt=SIGN_IN,
        responses=ERRORS_SIGN_IN,
    )
    async def login(self, request: Request[Any, Any, Any], data: JSONBody[LoginIn]) -> Response[TokensOut]:
        sec = guard.security(request)
        guard.note(request, "auth.login", "account", actor="unknown", actor_role="anonymous")
        lockout: SharedSignInLockout | None = request.app.state.edge.lockout  # MHEALTH_REDIS_URL: shared, atomic
        keys: list[str] = []
        if lockout is not None:
            keys = lockout.keys(normalise_email(data.email)[:240], _client_ip(request))
            try:
                wait = await lockout.reserve(keys)
            except LimiterUnavailable:
                raise SignInPaused from None
            if wait:
                raise TooManyAttempts(
                    "too many failed sign-ins; try again later",
                    retry_after=max(1, int(wait + 0.999)),
                    detail_ko="로그인 실패가 너무 많습니다. 잠시 후 다시 시도하세요",
                )
        try:
            session = await sec.access.login(data.email, data.password, client_ip=_client_ip(request))
        except Unauthorized:
            guard.deny(request)
            raise
        if lockout is not None:
            await lockout.succeeded(keys)
        guard.note(
            request, "auth.login", "account", session.user.id, actor=session.user.id, actor_role=session.user.role.value
        )
        return _tokens(request, session)

    @post(
        "/refresh",
        operation_id="refresh",
        summary="Rotate a refresh token (reuse ends the session)",
        status_code=200,
        opt=SIGN_IN,
        responses=ERRORS_SIGN_IN,
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

    @post(
        "/logout",
        operation_id="logout",
        summary="End the session of a refresh token",
        status_code=204,
        opt=SIGN_IN,
        responses=ERRORS_SIGN_IN,
    )
    async def logout(self, request: Request[Any, Any, Any], data: JSONBody[RefreshIn]) -> None:
        guard.note(request, "auth.logout", "session", actor="unknown", actor_role="anonymous")
        await guard.security(request).access.logout(data.refresh_token)

    @get(
        "/me",
        operation_id="me",
        summary="Who the caller is and which seniors they may reach",
        responses=ERRORS_RESOURCE,
    )
    async def me(self, request: Request[Any, Any, Any]) -> MeOut:
        actor = await guard.actor_of(request)
        return MeOut(
            subject=actor.subject,
            role=actor.role,
            seniors=sorted(actor.seniors) if actor.seniors is not None else None,
        )
