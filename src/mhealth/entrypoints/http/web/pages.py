"""The care team's pages and the senior's recording page (server-rendered, under ``/app``).

Every route is ``public`` for the edge (it checks no bearer token): the page itself reads the session cookie
(:func:`mhealth.entrypoints.http.web.context.page`) and then asks ``guard.require`` exactly as ``/v1`` does.
URLs carry opaque ids only; forms POST with a CSRF token and answer with a redirect (303) or the page.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

import segno
from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template
from markupsafe import Markup

from mhealth.domain.errors import InvalidInput, MHealthError, NotFound, NotVisible, TooManyAttempts
from mhealth.domain.model import WEEKDAYS, AckOutcome, AlertStatus, ConsentScope, MemberRole, Role, new_id
from mhealth.domain.rules.access import Action, may
from mhealth.domain.usecases.checkins import AuditContext
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.errors import status_for
from mhealth.entrypoints.http.params import Mh
from mhealth.entrypoints.http.web.care_forms import (
    ScheduleForm,
    TeamForm,
    errors_for,
    member_input,
    posted_schedule,
    posted_team,
    schedule_form,
    shown_members,
    sorted_times,
    team_form,
)
from mhealth.entrypoints.http.web.chart import missed_days, trend_svg
from mhealth.entrypoints.http.web.context import (
    BadForm,
    Page,
    SignInNeeded,
    checked_form,
    cookie,
    page,
    web_of,
)
from mhealth.entrypoints.http.web.i18n import choose_language, translate
from mhealth.entrypoints.http.web.session import LANG_COOKIE, REFRESH_COOKIE, SESSION_COOKIE, SESSION_HOURS
from mhealth.entrypoints.http.web.views import highlighted, local_time, risk_class

PAGE = {"public": True}  # the page checks its own session cookie
SIGN_IN_PAGE = {"public": True, "login": True}  # and the stricter per-address sign-in limit
RECORD_UPLOAD = {"public": True, "body": "upload"}
OUTCOMES = tuple(o.value for o in AckOutcome)  # reached, visited, emergency_services, false_alarm
MAX_NOTE = 2000
RECENT_CHECK_INS = timedelta(days=14)
RECENT_MISSED = 10  # missed check-ins on the team page, newest first


def _lang(request: Request[Any, Any, Any]) -> str:
    return choose_language(
        request.query_params.get("lang"), request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
    )


def _sign_in_needed(request: Request[Any, Any, Any], exc: SignInNeeded) -> Response[Any]:
    response: Response[Any] = Redirect(exc.to, status_code=303)
    if exc.to == "/app/login" and request.cookies.get(SESSION_COOKIE):
        response.delete_cookie(SESSION_COOKIE, path="/app")
    return response


def _bad_form(request: Request[Any, Any, Any], exc: BadForm) -> Response[Any]:
    return _error_page(request, 403, translate(_lang(request), "form_expired"))


def _domain_error(request: Request[Any, Any, Any], exc: MHealthError) -> Response[Any]:
    status = status_for(exc)
    lang = _lang(request)
    if isinstance(exc, NotFound):
        return _error_page(request, 404, translate(lang, "not_found"))
    if status >= 500:
        return _error_page(request, status, translate(lang, "error_title"))
    return _error_page(request, status, (exc.detail_ko if lang == "ko" and exc.detail_ko else exc.detail))


def _error_page(request: Request[Any, Any, Any], status: int, message: str) -> Response[Any]:
    lang = _lang(request)
    return Template(
        template_name="error.html",
        context={
            "t": lambda key, **v: translate(lang, key, **v),
            "lang": lang,
            "other_lang": "en" if lang == "ko" else "ko",
            "message": message,
            "status": status,
            "signed_in": False,
            "role": None,
            "csrf": "",
            "path": request.url.path,
        },
        status_code=status,
    )


def _qr(url: str) -> Markup:
    """The URL as an SVG QR code (segno: pure Python; no inline style, so the CSP holds)."""
    svg = segno.make(url, error="m").svg_inline(scale=6, dark="#000", light="#fff", border=2, omitsize=True)
    return Markup(svg.replace("<svg ", '<svg role="img" aria-label="QR" class="qr" ', 1))  # noqa: S704 - segno's own SVG


def _audit_context(request: Request[Any, Any, Any]) -> AuditContext:
    return guard.audit_context(request)


class WebController(Controller):
    """The care team's pages."""

    path = "/app"
    include_in_schema = False
    exception_handlers = {SignInNeeded: _sign_in_needed, BadForm: _bad_form, MHealthError: _domain_error}

    # ---------------------------------------------------------------- sign-in

    @get("/login", opt=PAGE)
    async def login_form(self, request: Request[Any, Any, Any]) -> Template:
        p = Page(request, None, None)
        return p.render("login.html", error=None)

    @post("/login", opt=SIGN_IN_PAGE, status_code=200)
    async def login(self, request: Request[Any, Any, Any]) -> Response[Any]:
        p = Page(request, None, None)
        form = await checked_form(request, p)
        sec = guard.security(request)
        guard.note(request, "auth.login", "account", actor="unknown", actor_role="anonymous")
        client_ip = request.scope.get("state", {}).get("client_ip")
        email, password = form.get("email", "")[:320], form.get("password", "")
        try:
            session = await sec.access.login(email, password, client_ip=client_ip)
        except TooManyAttempts:
            guard.deny(request)
            return p.render("login.html", http_status=429, error=p.t("login_locked"), email=email)
        except MHealthError:
            guard.deny(request)
            return p.render("login.html", http_status=401, error=p.t("login_failed"), email=email)
        user = session.user
        guard.note(request, "auth.login", "account", user.id, actor=user.id, actor_role=user.role.value)
        if user.role not in (Role.GUARDIAN, Role.SOCIAL_WORKER, Role.ADMIN):
            await sec.access.logout(session.refresh_token)
            return p.render("login.html", http_status=403, error=p.t("senior_role_hint"), email=email)
        ttl = min(SESSION_HOURS * 3600, int((session.refresh_expires_at - sec.access.clock.now()).total_seconds()))
        token = web_of(request).tokens.session(
            user.id, user.role.value, family=session.family_id, device=False, ttl_s=ttl
        )
        p.cookies.append(cookie(request, SESSION_COOKIE, token, max_age=ttl))
        # The login's refresh token goes only to the sign-out route, which revokes its family with it.
        p.cookies.append(cookie(request, REFRESH_COOKIE, session.refresh_token, max_age=ttl, path="/app/logout"))
        return p.redirect("/app")

    @post("/logout", opt=PAGE, status_code=303)
    async def logout(self, request: Request[Any, Any, Any]) -> Response[Any]:
        p = await page(request)
        await checked_form(request, p)
        refresh = request.cookies.get(REFRESH_COOKIE)
        if refresh:  # ends the login session (its family): the session cookie stops working everywhere
            await guard.security(request).access.logout(refresh)
        response = p.redirect("/app/login")
        response.delete_cookie(SESSION_COOKIE, path="/app")
        response.delete_cookie(REFRESH_COOKIE, path="/app/logout")
        return response

    # ---------------------------------------------------------------- my seniors

    @get("/", opt=PAGE)
    async def home(self, request: Request[Any, Any, Any]) -> Template:
        p = await page(request)
        actor = await guard.require(request, Action.READ, audit=("senior.list", "senior", None))
        summaries = await web_of(request).care.overview(actor)
        return p.render("home.html", summaries=summaries, risk_class=risk_class, local_time=local_time)

    @get("/seniors/{senior_id:str}", opt=PAGE)
    async def senior(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Template:
        p = await page(request)
        actor = await guard.require(request, Action.READ, senior_id, audit=("trend.read", "trend", senior_id))
        senior = await mh.get_senior(senior_id)
        trend = await mh.trend(senior_id, window_days=90)
        now = guard.security(request).access.clock.now()
        recent = await mh.list_assessments(senior_id, start=now - RECENT_CHECK_INS, limit=100)
        alerts = await guard.security(request).access.list_alerts(
            actor, senior_id=senior_id, status=AlertStatus.OPEN, limit=20
        )
        chart = trend_svg(
            trend,
            {
                "title": p.t("trend_title"),
                "depression": p.t("depression"),
                "anxiety": p.t("anxiety"),
                "cognitive": p.t("cognitive"),
                "moderate": "PHQ-9 ≥ 10",
                "severe": "PHQ-9 ≥ 20",
            },
        )
        last = trend.points[-1] if trend.points else None
        return p.render(
            "senior.html",
            senior=senior,
            trend=trend,
            last=last,
            chart=chart,
            missed=missed_days(trend),
            recent=list(reversed(recent.items)),
            alerts=alerts.items,
            risk_class=risk_class,
            local_time=local_time,
        )

    # ---------------------------------------------------------------- a check-in

    @get("/check-ins/{check_in_id:str}", opt=PAGE)
    async def check_in(self, request: Request[Any, Any, Any], check_in_id: FromPath[str], mh: Mh) -> Template:
        p = await page(request)
        guard.note(request, "check_in.read", "check_in", check_in_id)
        missing = NotFound("no such check-in", detail_ko="해당 체크인을 찾을 수 없습니다")
        actor = await guard.actor_of(request)
        try:
            found = await mh.get_check_in(check_in_id, visible=actor.seniors)
        except NotVisible as hidden:
            await guard.require(request, Action.READ, hidden.senior_id, missing=missing)
            raise missing from None
        await guard.require(request, Action.READ, found.senior_id, missing=missing)
        senior = await mh.get_senior(found.senior_id)
        return p.render(
            "check_in.html",
            check_in=found,
            senior=senior,
            a=found.assessment,
            transcript=highlighted(found),
            risk_class=risk_class,
            local_time=local_time,
        )

    # ---------------------------------------------------------------- alerts

    @get("/alerts", opt=PAGE)
    async def alerts(self, request: Request[Any, Any, Any]) -> Template:
        p = await page(request)
        wanted = request.query_params.get("status")
        status = AlertStatus(wanted) if wanted in {s.value for s in AlertStatus} else AlertStatus.OPEN
        actor = await guard.require(request, Action.READ, audit=("alert.list", "alert", None))
        found = await guard.security(request).access.list_alerts(actor, status=status, limit=200)
        care = web_of(request).care
        names = await care.names({a.senior_id for a in found.items})
        people = await care.emails({a.acknowledged_by for a in found.items if a.acknowledged_by})
        return p.render(
            "alerts.html",
            alerts=found.items,
            people=people,
            status=status.value,
            names=names,
            outcomes=OUTCOMES,
            done=request.query_params.get("done") == "1",
            risk_class=risk_class,
            local_time=local_time,
        )

    @post("/alerts/{alert_id:str}/acknowledge", opt=PAGE, status_code=303)
    async def acknowledge(self, request: Request[Any, Any, Any], alert_id: FromPath[str], mh: Mh) -> Response[Any]:
        p = await page(request)
        form = await checked_form(request, p)
        guard.note(request, "alert.acknowledge", "alert", alert_id)
        outcome = form.get("outcome", "")
        note = form.get("note", "").strip()
        if outcome not in OUTCOMES:
            raise InvalidInput("choose an outcome", field="outcome", detail_ko="조치 결과를 고르세요")
        if len(note) > MAX_NOTE:
            raise InvalidInput(f"the note is longer than {MAX_NOTE} characters", field="note")
        senior_id = await guard.security(request).access.alert_senior(alert_id)
        missing = NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")
        if senior_id is None:
            raise missing
        actor = await guard.require(request, Action.ACKNOWLEDGE, senior_id, missing=missing)
        await mh.acknowledge_alert(alert_id, by=actor.subject, outcome=outcome, note=note, visible=actor.seniors)
        return p.redirect(f"/app/alerts/{alert_id}?done=acknowledged_ok")

    @get("/alerts/{alert_id:str}", opt=PAGE)
    async def alert(self, request: Request[Any, Any, Any], alert_id: FromPath[str], mh: Mh) -> Template:
        """One alert: what happened, who took it on and how, and every notification sent for it."""
        p = await page(request)
        guard.note(request, "alert.read", "alert", alert_id)
        missing = NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")
        actor = await guard.actor_of(request)
        try:
            found = await mh.get_alert(alert_id, visible=actor.seniors)
        except NotVisible as hidden:
            await guard.require(request, Action.READ, hidden.senior_id, missing=missing)
            raise missing from None
        await guard.require(request, Action.READ, found.alert.senior_id, missing=missing)
        alert = found.alert
        care = web_of(request).care
        names = await care.names([alert.senior_id])
        people = await care.emails([x for x in (alert.acknowledged_by, alert.resolved_by) if x])
        done = request.query_params.get("done")
        return p.render(
            "alert.html",
            a=alert,
            deliveries=found.deliveries,
            senior_name=names.get(alert.senior_id, ""),
            people=people,
            outcomes=OUTCOMES,
            done=done if done in ("acknowledged_ok", "resolved_ok") else None,
            can_act=actor.role in (Role.GUARDIAN, Role.SOCIAL_WORKER, Role.ADMIN),
            risk_class=risk_class,
            local_time=local_time,
        )

    @post("/alerts/{alert_id:str}/resolve", opt=PAGE, status_code=303)
    async def resolve(self, request: Request[Any, Any, Any], alert_id: FromPath[str], mh: Mh) -> Response[Any]:
        p = await page(request)
        form = await checked_form(request, p)
        guard.note(request, "alert.resolve", "alert", alert_id)
        note = form.get("note", "").strip()
        if len(note) > MAX_NOTE:
            raise InvalidInput(f"the note is longer than {MAX_NOTE} characters", field="note")
        senior_id = await guard.security(request).access.alert_senior(alert_id)
        missing = NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")
        if senior_id is None:
            raise missing
        actor = await guard.require(request, Action.ACKNOWLEDGE, senior_id, missing=missing)
        await mh.resolve_alert(alert_id, by=actor.subject, note=note, visible=actor.seniors)
        return p.redirect(f"/app/alerts/{alert_id}?done=resolved_ok")

    # ---------------------------------------------------------------- team, device links, consent

    @get("/seniors/{senior_id:str}/team", opt=PAGE)
    async def team(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Template:
        p = await page(request)
        await guard.require(request, Action.READ, senior_id, audit=("team.read", "senior", senior_id))
        return await self._team_page(p, senior_id, mh, link=None)

    async def _team_page(
        self,
        p: Page,
        senior_id: str,
        mh: Any,
        *,
        link: str | None,
        status: int = 200,
        schedule_posted: ScheduleForm | None = None,
        team_posted: TeamForm | None = None,
    ) -> Template:
        """The people linked to the senior, the ordered care team (addresses masked), the check-in schedule, the
        recent missed check-ins, the device links; and for those who may manage care, the two forms (filled
        with what was posted when it was refused)."""
        web = web_of(p.request)
        actor = p.actor
        assert actor is not None  # page() always gives one
        senior = await mh.get_senior(senior_id)
        members = await web.care.team(senior_id)
        devices = [m for m in members if m.user is not None and m.user.role is Role.SENIOR and not m.user.disabled]
        people = [m for m in members if m not in devices]
        care_team = await mh.care_teams.get(senior_id, actor=actor)
        schedule = await mh.schedules.get(senior_id, actor=actor)
        missed = await mh.schedules.missed(senior_id, limit=RECENT_MISSED, actor=actor)
        user_ids = {m.user_id for m in (care_team.members if care_team else ()) if m.user_id}
        users = await web.care.users(user_ids)
        can_edit = may(actor, Action.MANAGE_CARE)
        saved = p.request.query_params.get("saved")
        return p.render(
            "team.html",
            http_status=status,
            senior=senior,
            people=people,
            devices=devices,
            link=link,
            qr=_qr(link) if link else None,
            revoked=p.request.query_params.get("revoked") == "1",
            saved=saved if saved in ("schedule", "team") else None,
            local_time=local_time,
            can_manage=actor.role in (Role.GUARDIAN, Role.SOCIAL_WORKER, Role.ADMIN),
            care_team=shown_members(care_team, {k: u.email for k, u in users.items()}),
            team_updated=care_team.updated_at if care_team else None,
            times=sorted_times(schedule),
            grace=schedule.grace_minutes if schedule else None,
            missed=list(missed),
            can_edit=can_edit,
            schedule_form=(schedule_posted or schedule_form(schedule)) if can_edit else None,
            team_form=(team_posted or team_form(care_team, users)) if can_edit else None,
            weekdays=WEEKDAYS,
            roles=[r.value for r in MemberRole],
            open_schedule=schedule_posted is not None,
            open_team=team_posted is not None,
        )

    @post("/seniors/{senior_id:str}/schedule", opt=PAGE, status_code=303)
    async def save_schedule(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Response[Any]:
        """Replace the check-in schedule (the /v1 PUT's use case, with the caller); a refused value shows the
        page again with the message next to its field, and nothing is stored."""
        p = await page(request)
        form = await checked_form(request, p)
        actor = await guard.require(
            request, Action.MANAGE_CARE, senior_id, audit=("schedule.write", "schedule", senior_id)
        )
        posted, times, where, grace = posted_schedule(form)
        try:
            if grace is None:
                raise InvalidInput("grace_minutes must be between 1 and 720", field="grace_minutes")
            await mh.schedules.put(senior_id, times, grace_minutes=grace, actor=actor)
        except InvalidInput as exc:
            posted.errors = errors_for(p.lang, exc, where)
            return await self._team_page(p, senior_id, mh, link=None, status=400, schedule_posted=posted)
        return p.redirect(f"/app/seniors/{senior_id}/team?saved=schedule")

    @post("/seniors/{senior_id:str}/care-team", opt=PAGE, status_code=303)
    async def save_care_team(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Response[Any]:
        """Replace the ordered care team (the /v1 PUT's use case, with the caller); as the schedule's form."""
        p = await page(request)
        form = await checked_form(request, p)
        actor = await guard.require(
            request, Action.MANAGE_CARE, senior_id, audit=("care_team.write", "care_team", senior_id)
        )
        posted, kept = posted_team(form)
        where = [row for row, _ in kept]
        try:
            members = []
            for k, (_, row) in enumerate(kept):
                members.append(member_input(row, await self._user_id(request, row.user, k), f"members[{k}]"))
            await mh.care_teams.put(senior_id, members, by=actor.subject, actor=actor)
        except InvalidInput as exc:
            posted.errors = errors_for(p.lang, exc, where)
            return await self._team_page(p, senior_id, mh, link=None, status=400, team_posted=posted)
        return p.redirect(f"/app/seniors/{senior_id}/team?saved=team")

    @staticmethod
    async def _user_id(request: Request[Any, Any, Any], user: str, index: int) -> str | None:
        """A member row's user (an e-mail address or an id) as a user id; the use case checks it further."""
        if not user:
            return None
        if "@" not in user:
            return user
        try:
            return await guard.security(request).access.find_principal(user)
        except NotFound:
            raise InvalidInput(
                "no user with that e-mail",
                field=f"members[{index}].user_id",
                detail_ko="해당 이메일의 사용자가 없습니다",
            ) from None

    @post("/seniors/{senior_id:str}/devices", opt=PAGE, status_code=200)
    async def issue_device_link(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Template:
        """A new device account for the senior and its link (shown once, as a URL and a QR code)."""
        p = await page(request)
        await checked_form(request, p)
        await guard.require(request, Action.ACKNOWLEDGE, senior_id, audit=("device_link.create", "senior", senior_id))
        sec = guard.security(request)
        account = await sec.access.create_user(
            email=f"device-{new_id()}@devices.invalid",
            password=secrets.token_urlsafe(32),  # never shown: the device signs in with its link
            role=Role.SENIOR,
            senior_id=senior_id,
        )
        guard.note(request, "device_link.create", "user", account.id, senior_id)
        token = web_of(request).tokens.device_link(account.id)
        link = f"{request.base_url}".rstrip("/") + f"/app/device#{token}"
        return await self._team_page(p, senior_id, mh, link=link)

    @post("/seniors/{senior_id:str}/devices/{account_id:str}/revoke", opt=PAGE, status_code=303)
    async def revoke_device_link(
        self, request: Request[Any, Any, Any], senior_id: FromPath[str], account_id: FromPath[str]
    ) -> Response[Any]:
        p = await page(request)
        await checked_form(request, p)
        await guard.require(request, Action.ACKNOWLEDGE, senior_id, audit=("device_link.revoke", "user", account_id))
        devices = await web_of(request).care.device_accounts(senior_id)
        if account_id not in {d.id for d in devices}:
            raise NotFound("no such device link", detail_ko="해당 기기 링크를 찾을 수 없습니다")
        sec = guard.security(request)
        await sec.access.unlink(account_id, senior_id)
        await sec.access.set_disabled(account_id, True)
        return p.redirect(f"/app/seniors/{senior_id}/team?revoked=1")

    @get("/seniors/{senior_id:str}/consent", opt=PAGE)
    async def consent(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> Template:
        p = await page(request)
        await guard.require(request, Action.READ, senior_id, audit=("consent.read", "consent", senior_id))
        senior = await mh.get_senior(senior_id)
        history = list(await guard.security(request).consents.history(senior_id))
        current = {r.scope.value: r.granted for r in history}
        return p.render(
            "consent.html",
            senior=senior,
            history=list(reversed(history)),
            current=current,
            scopes=[s.value for s in ConsentScope],
            saved=request.query_params.get("saved") == "1",
            local_time=local_time,
        )

    @post("/seniors/{senior_id:str}/consent", opt=PAGE, status_code=303)
    async def record_consent(self, request: Request[Any, Any, Any], senior_id: FromPath[str]) -> Response[Any]:
        p = await page(request)
        form = await checked_form(request, p)
        actor = await guard.require(request, Action.CONSENT, senior_id, audit=("consent.write", "consent", senior_id))
        try:
            scope = ConsentScope(form.get("scope", ""))
        except ValueError:
            raise InvalidInput("unknown consent scope", field="scope") from None
        granted = form.get("granted") == "true"
        await guard.security(request).consents.record(senior_id, scope, granted=granted, by=actor.subject)
        return p.redirect(f"/app/seniors/{senior_id}/consent?saved=1")

    # ---------------------------------------------------------------- administration

    @get("/admin", opt=PAGE)
    async def admin(self, request: Request[Any, Any, Any]) -> Template:
        p = await page(request)
        actor = await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.list", "user", None))
        sec = guard.security(request)
        users = (await sec.access.list_users(limit=500)).items
        seniors = (await sec.access.list_seniors(actor, limit=500)).items
        links = {u.id: await sec.access.links_of(u.id) for u in users}
        names = {s.id: s.display_name for s in seniors}
        return p.render(
            "admin.html",
            users=users,
            seniors=seniors,
            links=links,
            names=names,
            message=request.query_params.get("done"),
        )

    @post("/admin/users", opt=PAGE, status_code=303)
    async def admin_create_user(self, request: Request[Any, Any, Any]) -> Response[Any]:
        """A new guardian, social worker or administrator (a senior signs in with a device link instead)."""
        p = await page(request)
        form = await checked_form(request, p)
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.create", "user", None))
        role = form.get("role", "")
        if role not in (Role.GUARDIAN.value, Role.SOCIAL_WORKER.value, Role.ADMIN.value):
            raise InvalidInput("role must be guardian, social_worker or admin", field="role")
        user = await guard.security(request).access.create_user(
            email=form.get("email", "")[:254], password=form.get("password", ""), role=Role(role)
        )
        guard.note(request, "user.create", "user", user.id)
        return p.redirect("/app/admin?done=created_ok")

    @post("/admin/users/{user_id:str}/disabled", opt=PAGE, status_code=303)
    async def admin_disable_user(self, request: Request[Any, Any, Any], user_id: FromPath[str]) -> Response[Any]:
        """Disable a user (every session ends at once) or enable them again."""
        p = await page(request)
        form = await checked_form(request, p)
        await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("user.disable", "user", user_id))
        await guard.security(request).access.set_disabled(user_id, form.get("disabled") == "true")
        return p.redirect("/app/admin?done=saved_ok")

    @post("/admin/links", opt=PAGE, status_code=303)
    async def admin_link(self, request: Request[Any, Any, Any]) -> Response[Any]:
        p = await page(request)
        form = await checked_form(request, p)
        actor = await guard.require(request, Action.MANAGE_ACCOUNTS, audit=("link.create", "link", None))
        sec = guard.security(request)
        principal = await sec.access.find_principal(form.get("user", "").strip())
        senior_id = form.get("senior_id", "")
        if form.get("remove") == "1":
            await sec.access.unlink(principal, senior_id)
            return p.redirect("/app/admin?done=unlinked_ok")
        await sec.access.link(principal, senior_id, by=actor.subject)
        return p.redirect("/app/admin?done=linked_ok")


__all__ = ["WebController"]
