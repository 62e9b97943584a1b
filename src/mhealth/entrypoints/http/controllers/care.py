"""Care: a senior's care team, check-in schedule and missed check-ins (under /v1/seniors/{id}).

Reading follows the usual rule (anyone who may see the senior); editing needs ``manage_care`` (admins, social
workers and service clients of the senior; not guardians or seniors: see :mod:`mhealth.domain.rules.access`).
"""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, get, put
from litestar.params import FromPath, JSONBody, QueryParameter

from mhealth.domain.rules.access import Action, allowed
from mhealth.entrypoints.http import guard
from mhealth.entrypoints.http.docs import ERRORS_RESOURCE
from mhealth.entrypoints.http.params import Mh, iso_time
from mhealth.entrypoints.http.schemas.care import (
    CareTeamIn,
    CareTeamOut,
    MissedCheckInsOut,
    ScheduleIn,
    ScheduleOut,
    care_team_out,
    missed_out,
    schedule_out,
)


class CareController(Controller):
    path = "/v1/seniors"
    tags = ["care"]

    @get(
        "/{senior_id:str}/care-team",
        operation_id="getCareTeam",
        summary="A senior's ordered care team",
        responses=ERRORS_RESOURCE,
    )
    async def get_team(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> CareTeamOut:
        actor = await guard.require(request, Action.READ, senior_id, audit=("care_team.read", "care_team", senior_id))
        team = await mh.care_teams.get(senior_id, actor=actor)
        return care_team_out(senior_id, team, mask=not allowed(actor, Action.MANAGE_CARE, senior_id))

    @put(
        "/{senior_id:str}/care-team",
        operation_id="putCareTeam",
        summary="Replace a senior's care team (admins, social workers, service clients)",
        description=(
            "Members in escalation order: each a user of mhealth (`user_id`) or an external contact (`name`), with "
            "a `role` (guardian, social_worker, on_call), 1-10 `channels` ({kind: email|sms|kakao|webhook|push, "
            "address}), optional `quiet_hours` ({start, end} as HH:MM in the senior's time zone; a crisis ignores "
            "them) and a `language` (ko, en). Phone numbers are normalised (separators dropped) and must be a "
            "Korean mobile number (010...) or E.164 (+82...). A bad value answers 400 `invalid_input` with "
            "`field` naming it, e.g. `members[1].channels[0].address`."
        ),
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def put_team(
        self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh, data: JSONBody[CareTeamIn]
    ) -> CareTeamOut:
        actor = await guard.require(
            request, Action.MANAGE_CARE, senior_id, audit=("care_team.write", "care_team", senior_id)
        )
        team = await mh.care_teams.put(senior_id, data.members, by=actor.subject, actor=actor)
        return care_team_out(senior_id, team)

    @get(
        "/{senior_id:str}/schedule",
        operation_id="getSchedule",
        summary="A senior's weekly check-in schedule",
        responses=ERRORS_RESOURCE,
    )
    async def get_schedule(self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh) -> ScheduleOut:
        actor = await guard.require(request, Action.READ, senior_id, audit=("schedule.read", "schedule", senior_id))
        schedule = await mh.schedules.get(senior_id, actor=actor)
        senior = await mh.get_senior(senior_id)
        return schedule_out(senior_id, senior.timezone, schedule)

    @put(
        "/{senior_id:str}/schedule",
        operation_id="putSchedule",
        summary="Replace a senior's check-in schedule (admins, social workers, service clients)",
        description=(
            "`times`: [{weekday: mon..sun, time: HH:MM}] in the senior's time zone (daylight saving followed); "
            "`grace_minutes` (1-720, default 60): a slot with no check-in within that many minutes either side is "
            "a missed check-in, and MHEALTH_MISSED_ALERT_AFTER consecutive misses (default 2) raise a "
            "`missed_check_ins` alert. An empty `times` expects nothing."
        ),
        responses=ERRORS_RESOURCE,
        status_code=200,
    )
    async def put_schedule(
        self, request: Request[Any, Any, Any], senior_id: FromPath[str], mh: Mh, data: JSONBody[ScheduleIn]
    ) -> ScheduleOut:
        actor = await guard.require(
            request, Action.MANAGE_CARE, senior_id, audit=("schedule.write", "schedule", senior_id)
        )
        schedule = await mh.schedules.put(senior_id, data.times, grace_minutes=data.grace_minutes, actor=actor)
        senior = await mh.get_senior(senior_id)
        return schedule_out(senior_id, senior.timezone, schedule)

    @get(
        "/{senior_id:str}/missed-check-ins",
        operation_id="listMissedCheckIns",
        summary="A senior's missed scheduled check-ins, newest first",
        responses=ERRORS_RESOURCE,
    )
    async def missed(
        self,
        request: Request[Any, Any, Any],
        senior_id: FromPath[str],
        mh: Mh,
        start: Annotated[
            str | None, QueryParameter(name="start", description="ISO 8601 with offset; inclusive")
        ] = None,
        end: Annotated[str | None, QueryParameter(name="end", description="ISO 8601 with offset; exclusive")] = None,
        limit: Annotated[int, QueryParameter(name="limit", ge=1, le=500, description="At most (1-500).")] = 100,
    ) -> MissedCheckInsOut:
        actor = await guard.require(
            request, Action.READ, senior_id, audit=("missed_check_in.list", "missed_check_in", senior_id)
        )
        items = await mh.schedules.missed(
            senior_id, start=iso_time(start, "start"), end=iso_time(end, "end"), limit=limit, actor=actor
        )
        senior = await mh.get_senior(senior_id)
        return missed_out(senior_id, senior.timezone, list(items))
