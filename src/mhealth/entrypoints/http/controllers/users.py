"""User accounts and their links to seniors (admins; under /v1/users)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath, JSONBody

from mhealth.domain.errors import NotFound
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit
from mhealth.entrypoints.http.schemas.accounts import (
    LinkIn,
    UserIn,
    UserOut,
    UserPatch,
    user_out,
)
from mhealth.entrypoints.http.schemas.common import PageOut


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
        return user_out(user, [data.senior_id] if data.senior_id else [])

    @get("/", operation_id="listUsers", summary="Users (admins)", responses=ERRORS_RESOURCE)
    async def list_(self, request: Request[Any, Any, Any], limit: Limit = 50, after: After = None) -> PageOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.list", "user", None))
        page = await guard.security(request).access.list_users(limit=limit, after=after)
        return PageOut(items=[user_out(u) for u in page.items], next_cursor=page.next_cursor)

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
        return user_out(await guard.security(request).access.set_disabled(user_id, data.disabled))

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
