"""Per-request state of the web app: the language, the signed-in person, their actor, CSRF, rendering.

Authorization is the ``/v1`` one: the session is resolved into the same :class:`Actor` (links looked up
through :meth:`AccessControl.actor`), put where :mod:`mhealth.entrypoints.http.guard` finds it, and every page
calls ``guard.require`` with the same actions, so a guardian sees exactly the seniors ``/v1`` shows them and
every read is in the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from litestar import Request
from litestar.datastructures import Cookie
from litestar.response import Redirect, Template

from mhealth.domain.model import Role
from mhealth.domain.rules.access import Actor
from mhealth.domain.usecases.care_views import CareViews
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.auth import Principal
from mhealth.entrypoints.http.web.i18n import choose_language, translate
from mhealth.entrypoints.http.web.session import (
    LANG_COOKIE,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    WebSession,
    WebTokens,
    same_token,
)
from mhealth.entrypoints.settings import Settings

CARE_ROLES = (Role.GUARDIAN, Role.SOCIAL_WORKER, Role.ADMIN)


class SignInNeeded(Exception):
    """No valid session: the page answers with a redirect to the sign-in page (or to the senior's page)."""

    def __init__(self, to: str = "/app/login") -> None:
        super().__init__(to)
        self.to = to


class BadForm(Exception):
    """A POST without the right CSRF token or from another origin: 403, nothing done."""


class Web:
    """What the pages share, built once per application at first use."""

    def __init__(self, *, tokens: WebTokens, care: CareViews, settings: Settings) -> None:
        self.tokens = tokens
        self.care = care
        self.settings = settings


def web_of(request: Request[Any, Any, Any]) -> Web:
    state = request.app.state
    web: Web | None = getattr(state, "web", None)
    if web is None:
        from mhealth.entrypoints.secrets import jwt_secret

        settings: Settings = state.settings
        security = guard.security(request)
        care = getattr(state, "care", None) or CareViews(uow=security.access.uow, clock=security.access.clock)
        web = Web(
            tokens=WebTokens(jwt_secret(settings), audience=settings.jwt_audience + "/web"),
            care=care,
            settings=settings,
        )
        state.web = web
    return web


def is_https(request: Request[Any, Any, Any]) -> bool:
    web = web_of(request)
    if request.url.scheme == "https":
        return True
    return web.settings.trust_forwarded_for and request.headers.get("x-forwarded-proto", "").lower() == "https"


def cookie(
    request: Request[Any, Any, Any],
    key: str,
    value: str,
    *,
    max_age: int | None,
    strict: bool = False,
    path: str = "/app",
) -> Cookie:
    """A cookie of the web app: HttpOnly, ``Path=/app``, SameSite (Lax, or Strict), Secure over HTTPS."""
    return Cookie(
        key=key,
        value=value,
        path=path,
        max_age=max_age,
        httponly=True,
        secure=is_https(request),
        samesite="strict" if strict else "lax",
    )


class Page:
    """The request's language, session and actor; renders templates with them."""

    def __init__(self, request: Request[Any, Any, Any], session: WebSession | None, actor: Actor | None) -> None:
        self.request = request
        self.session = session
        self.actor = actor
        query_lang = request.query_params.get("lang")
        self.lang = choose_language(
            query_lang, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
        )
        self._remember_lang = query_lang in ("ko", "en") and query_lang != request.cookies.get(LANG_COOKIE)
        self.cookies: list[Cookie] = []

    def t(self, key: str, **values: object) -> str:
        return translate(self.lang, key, **values)

    @property
    def csrf(self) -> str:
        if self.session is not None:
            return self.session.csrf
        token = self.request.cookies.get(LOGIN_CSRF_COOKIE)
        if not token:
            from mhealth.entrypoints.http.web.session import new_csrf

            token = new_csrf()
            self.cookies.append(cookie(self.request, LOGIN_CSRF_COOKIE, token, max_age=3600, strict=True))
            self.request.cookies[LOGIN_CSRF_COOKIE] = token  # later calls in this request see the same one
        return token

    def render(self, template: str, http_status: int = 200, **context: Any) -> Template:
        if self._remember_lang:
            self.cookies.append(cookie(self.request, LANG_COOKIE, self.lang, max_age=365 * 86400))
        values = {
            "t": self.t,
            "lang": self.lang,
            "other_lang": "en" if self.lang == "ko" else "ko",
            "csrf": self.csrf,
            "role": self.actor.role.value if self.actor else None,
            "signed_in": self.session is not None,
            "path": self.request.url.path,
        }
        values.update(context)
        return Template(template_name=template, context=values, status_code=http_status, cookies=self.cookies)

    def redirect(self, to: str) -> Redirect:
        return Redirect(to, status_code=303, cookies=self.cookies)


async def page(request: Request[Any, Any, Any], *, care: bool = True, senior: bool = False) -> Page:
    """The page context of a signed-in person (``care``: the care team; ``senior``: a senior's device).

    Raises:
        SignInNeeded: no valid session, or one of the other kind (a senior's device never sees care pages).
    """
    web = web_of(request)
    sec = guard.security(request)
    if not sec.auth_required and request.cookies.get(SESSION_COOKIE) is None and care:
        # MHEALTH_AUTH=off (local development): like /v1, the pages are open as an administrator.
        return Page(request, None, guard.ANONYMOUS_ADMIN)
    session = web.tokens.read_session(request.cookies.get(SESSION_COOKIE))
    if session is None:
        raise SignInNeeded("/app/device" if senior and not care else "/app/login")
    if session.family is not None and not await sec.access.session_active(session.family):
        raise SignInNeeded()
    role = Role(session.role)
    actor = await sec.access.actor(session.subject, role)
    if role is Role.SENIOR:
        if not senior or actor.seniors is None or not (actor.seniors - {session.subject}):
            # a revoked device link (unlinked) or a care page: back to where a senior belongs
            raise SignInNeeded("/app/device" if session.device else "/app/login")
    elif not care or role not in CARE_ROLES:
        raise SignInNeeded()
    state: dict[str, Any] = request.scope.setdefault("state", {})
    state["principal"] = Principal(subject=session.subject, role=role.value, kind="web", family=session.family)
    state["actor"] = actor
    return Page(request, session, actor)


async def checked_form(request: Request[Any, Any, Any], p: Page) -> Mapping[str, str]:
    """The POSTed form, once its CSRF token and origin are checked.

    Raises:
        BadForm: a missing or wrong token, or an ``Origin`` that is not this site.
    """
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            raise BadForm
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    expected = p.session.csrf if p.session is not None else request.cookies.get(LOGIN_CSRF_COOKIE)
    if not same_token(expected, fields.get("csrf") or request.headers.get("x-csrf-token")):
        raise BadForm
    return fields
