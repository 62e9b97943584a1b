"""The senior's side: a device link signs the phone in, one big button records and sends a voice note.

The device link is ``/app/device#<token>``: the token rides in the URL *fragment*, which a browser never
sends to a server, so it is in no access log and no proxy log; the page's script posts it once and removes it
from the address bar. The upload is the recording exactly as MediaRecorder made it (webm/opus, m4a, wav...),
streamed under ``MHEALTH_MAX_UPLOAD_MB`` into the same check-in use case ``/v1`` uses.
"""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.response import Template

from mhealth.domain.errors import MHealthError
from mhealth.domain.model import Role
from mhealth.domain.rules.access import Action
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.errors import handle_domain_error
from mhealth.entrypoints.http.params import Cfg, Mh
from mhealth.entrypoints.http.uploads import receive_audio
from mhealth.entrypoints.http.web.context import BadForm, Page, SignInNeeded, checked_form, cookie, page, web_of
from mhealth.entrypoints.http.web.pages import PAGE, RECORD_UPLOAD, SIGN_IN_PAGE, _bad_form, _sign_in_needed
from mhealth.entrypoints.http.web.session import SESSION_COOKIE, same_token


def _json_sign_in(request: Request[Any, Any, Any], exc: SignInNeeded) -> Response[Any]:
    return Response({"error": "unauthorized", "detail": "sign in again"}, status_code=401)


def _json_bad_form(request: Request[Any, Any, Any], exc: BadForm) -> Response[Any]:
    return Response({"error": "forbidden", "detail": "the form has expired"}, status_code=403)


class SeniorController(Controller):
    """``/app/device`` (sign in with a device link) and ``/app/record`` (the record button)."""

    path = "/app"
    include_in_schema = False
    exception_handlers = {SignInNeeded: _sign_in_needed, BadForm: _bad_form}

    @get("/device", opt=PAGE)
    async def device(self, request: Request[Any, Any, Any]) -> Template:
        p = Page(request, None, None)
        return p.render("device.html", invalid=request.query_params.get("invalid") == "1", senior_page=True)

    @post("/device", opt=SIGN_IN_PAGE, status_code=303)
    async def device_sign_in(self, request: Request[Any, Any, Any]) -> Response[Any]:
        p = Page(request, None, None)
        form = await checked_form(request, p)
        web = web_of(request)
        guard.note(request, "auth.device", "account", actor="unknown", actor_role="anonymous")
        link = web.tokens.read_device_link(form.get("token", ""))
        sec = guard.security(request)
        if link is not None:
            actor = await sec.access.actor(link.subject, Role.SENIOR)
            seniors = (actor.seniors or frozenset()) - {link.subject}
            if seniors:
                guard.note(
                    request,
                    "auth.device",
                    "account",
                    link.subject,
                    next(iter(seniors)),
                    actor=link.subject,
                    actor_role="senior",
                )
                ttl = max(60, link.expires_at - int(sec.access.clock.now().timestamp()))
                token = web.tokens.session(link.subject, Role.SENIOR.value, family=None, device=True, ttl_s=ttl)
                p.cookies.append(cookie(request, SESSION_COOKIE, token, max_age=ttl))
                return p.redirect("/app/record")
        guard.deny(request)
        return p.redirect("/app/device?invalid=1")

    @get("/record", opt=PAGE)
    async def record(self, request: Request[Any, Any, Any]) -> Template:
        p = await page(request, care=False, senior=True)
        return p.render("record.html", senior_page=True)

    @post(
        "/record",
        opt=RECORD_UPLOAD,
        status_code=201,
        # JSON answers: the page's script reads them
        exception_handlers={SignInNeeded: _json_sign_in, BadForm: _json_bad_form, MHealthError: handle_domain_error},
    )
    async def upload(self, request: Request[Any, Any, Any], mh: Mh, settings: Cfg) -> Response[Any]:
        p = await page(request, care=False, senior=True)
        assert p.session is not None and p.actor is not None and p.actor.seniors is not None
        if not same_token(p.session.csrf, request.headers.get("x-csrf-token")):
            raise BadForm
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.headers.get("host", ""):
            raise BadForm
        senior_id = sorted(p.actor.seniors - {p.session.subject})[0]
        await guard.require(request, Action.CHECK_IN, senior_id, audit=("check_in.create", "check_in", None))
        upload = await receive_audio(request, limit=settings.max_upload_bytes)
        try:
            result = await mh.check_in_audio(
                senior_id,
                upload.path,
                filename=upload.filename or f"recording.{upload.kind}",
                audit=guard.audit_context(request),
            )
        finally:
            upload.discard()
        guard.audited(request)  # the check-in's audit entry committed with it
        # The senior sees that it was sent, never the screening result.
        return Response({"sent": True, "replayed": result.replayed}, status_code=201)
