"""Service clients and their API keys (admins; under /v1/clients)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath, JSONBody

from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import After, Limit
from mhealth.entrypoints.http.schemas.accounts import (
    ClientIn,
    ClientOut,
    client_out,
)
from mhealth.entrypoints.http.schemas.common import PageOut


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
        return Response(client_out(issued.client, issued.key), status_code=201)

    @get("/", operation_id="listClients", summary="Service clients (admins)", responses=ERRORS_RESOURCE)
    async def list_(self, request: Request[Any, Any, Any], limit: Limit = 50, after: After = None) -> PageOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("client.list", "client", None))
        page = await guard.security(request).access.list_clients(limit=limit, after=after)
        return PageOut(items=[client_out(c) for c in page.items], next_cursor=page.next_cursor)

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
        return Response(client_out(issued.client, issued.key))

    @post(
        "/{client_id:str}/revoke",
        operation_id="revokeClient",
        summary="Revoke a service client's key (admins)",
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def revoke(self, request: Request[Any, Any, Any], client_id: FromPath[str]) -> ClientOut:
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("client.revoke", "client", client_id))
        return client_out(await guard.security(request).access.revoke_client(client_id))
