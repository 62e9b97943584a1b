"""``GET /metrics``: Prometheus text for an administrator or the scraper's token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar import Request, Response, get

from mhealth.entrypoints.http.auth import AuthError
from mhealth.entrypoints.http.edge import WWW_AUTHENTICATE
from mhealth.entrypoints.http.errors import error_bytes
from mhealth.entrypoints.observability.metrics import CONTENT_TYPE, exposition, token_matches

if TYPE_CHECKING:
    from mhealth.entrypoints.http.edge import Edge


@get(
    "/metrics",
    opt={"public": True},  # the handler checks the credential itself: a scraper's token is not a user's
    include_in_schema=False,
)
async def metrics_endpoint(request: Request[Any, Any, Any]) -> Response[bytes]:
    """Prometheus text: an admin's bearer token or ``MHEALTH_METRICS_TOKEN``; public with ``MHEALTH_AUTH=off``."""
    edge: Edge = request.app.state.edge
    observer = edge.observer
    json = "application/json"
    if observer.metrics is None:
        return Response(
            error_bytes("not_found", detail="metrics are off (MHEALTH_METRICS=false)"), status_code=404, media_type=json
        )
    if edge.auth_required:
        headers = {k.lower().encode("latin-1"): v.encode("latin-1") for k, v in request.headers.items()}
        authorization = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, given = authorization.partition(" ")
        scraper = (
            observer.metrics_token is not None
            and scheme.lower() == "bearer"
            and token_matches(given.strip(), observer.metrics_token)
        )
        if not scraper:
            try:
                principal = await edge.authenticate(headers)
            except AuthError as exc:
                return Response(
                    error_bytes("unauthorized", detail=exc.detail),
                    status_code=401,
                    media_type=json,
                    headers={WWW_AUTHENTICATE[0].decode(): WWW_AUTHENTICATE[1].decode()},
                )
            if principal.role != "admin":
                return Response(
                    error_bytes("forbidden", detail="metrics are for administrators and the metrics scraper"),
                    status_code=403,
                    media_type=json,
                )
    mh = edge.mh
    body = await exposition(mh.outbox_depth if mh is not None else None)
    return Response(body, media_type=CONTENT_TYPE)
