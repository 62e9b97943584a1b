"""The team page's care-team and schedule forms: rows in and out, and where a validation error belongs.

The forms are plain HTML (no script): a schedule row is a weekday and a time, a member row is a role, a name or
a user, channels one per line as ``kind:address``, quiet hours, a language and a position. Rows left blank are
ignored and a row with "remove" ticked is dropped, so adding and removing rows needs no JavaScript (the page
always offers a few blank rows). What the rows mean is the use cases' business (:class:`CareTeams`,
:class:`Schedules`): this module only turns the form into their input and turns their :class:`InvalidInput`
(``members[1].channels[0].address``) back into the form field it names, counted in the rows the person sees.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import msgspec

from mhealth.domain.errors import InvalidInput, MHealthError
from mhealth.domain.model import WEEKDAYS, CareTeam, Schedule, User
from mhealth.domain.rules.routing import mask_recipient
from mhealth.domain.usecases.care import (
    MEMBER_KINDS,
    ChannelInput,
    MemberInput,
    QuietHoursInput,
    ScheduleTimeInput,
)
from mhealth.entrypoints.http.web.i18n import translate

BLANK_TIMES = 3  # blank schedule rows offered after the stored ones
BLANK_MEMBERS = 2  # blank member rows offered after the stored ones
MAX_TIME_ROWS = 100 + BLANK_TIMES
MAX_MEMBER_ROWS = 20 + BLANK_MEMBERS
MAX_FIELD = 4000  # a field longer than this is cut (the use case refuses what is still too long)

_ROW = re.compile(r"^[a-z_]+-(\d{1,3})$")
_PATH = re.compile(r"^(members|times)\[(\d+)\](?:\.(.*))?$")
_CHANNEL = re.compile(r"^channels\[(\d+)\](?:\.(kind|address))?$")


class TimeRow(msgspec.Struct, kw_only=True):
    day: str = ""
    time: str = ""


class MemberRow(msgspec.Struct, kw_only=True):
    role: str = "guardian"
    name: str = ""
    user: str = ""  # an e-mail address (a user's) or a user id
    channels: str = ""  # one per line, kind:address
    quiet_start: str = ""
    quiet_end: str = ""
    language: str = "ko"
    order: str = ""


class ScheduleForm(msgspec.Struct, kw_only=True):
    rows: list[TimeRow]
    grace: str
    errors: dict[str, str] = msgspec.field(default_factory=dict)  # form key (day-2, grace, form) -> message


class TeamForm(msgspec.Struct, kw_only=True):
    rows: list[MemberRow]
    errors: dict[str, str] = msgspec.field(default_factory=dict)  # form key (channels-1, form) -> message


# -- what the page shows ---------------------------------------------------------------------------------


class ShownChannel(msgspec.Struct, frozen=True, kw_only=True):
    kind: str
    recipient: str  # masked, as on an alert's delivery history


class ShownMember(msgspec.Struct, frozen=True, kw_only=True):
    position: int
    role: str
    name: str
    user: str  # the user's e-mail (or id when the user is gone), "" for an external contact
    channels: list[ShownChannel]
    quiet_hours: str  # "22:00-07:00" or ""
    language: str


def shown_members(team: CareTeam | None, emails: Mapping[str, str]) -> list[ShownMember]:
    """The team in ladder order with every address masked (:func:`mask_recipient`)."""
    if team is None:
        return []
    return [
        ShownMember(
            position=i + 1,
            role=m.role.value,
            name=m.name,
            user=emails.get(m.user_id, m.user_id) if m.user_id else "",
            channels=[ShownChannel(kind=c.kind.value, recipient=mask_recipient(c)) for c in m.channels],
            quiet_hours=f"{m.quiet_hours.start}-{m.quiet_hours.end}" if m.quiet_hours else "",
            language=m.language,
        )
        for i, m in enumerate(team.members)
    ]


def sorted_times(schedule: Schedule | None) -> list[TimeRow]:
    """The schedule's times by weekday (Monday first), then time."""
    if schedule is None:
        return []
    times = sorted(schedule.times, key=lambda t: (WEEKDAYS.index(t.weekday), t.time))
    return [TimeRow(day=t.weekday, time=t.time) for t in times]


# -- forms from what is stored ---------------------------------------------------------------------------


def schedule_form(schedule: Schedule | None) -> ScheduleForm:
    rows = sorted_times(schedule) + [TimeRow() for _ in range(BLANK_TIMES)]
    return ScheduleForm(rows=rows, grace=str(schedule.grace_minutes if schedule else 60))


def team_form(team: CareTeam | None, users: Mapping[str, User]) -> TeamForm:
    rows: list[MemberRow] = []
    for i, m in enumerate(team.members if team else ()):
        user = users.get(m.user_id) if m.user_id else None
        rows.append(
            MemberRow(
                role=m.role.value,
                name=m.name,
                user=user.email if user is not None else (m.user_id or ""),
                channels="\n".join(f"{c.kind.value}:{c.address}" for c in m.channels),
                quiet_start=m.quiet_hours.start if m.quiet_hours else "",
                quiet_end=m.quiet_hours.end if m.quiet_hours else "",
                language=m.language,
                order=str(i + 1),
            )
        )
    return TeamForm(rows=rows + [MemberRow() for _ in range(BLANK_MEMBERS)])


# -- forms from a POST -----------------------------------------------------------------------------------


def _indices(form: Mapping[str, str], limit: int) -> list[int]:
    found = {int(m.group(1)) for key in form if (m := _ROW.match(key))}
    return sorted(i for i in found if i < limit)


def _value(form: Mapping[str, str], key: str) -> str:
    return form.get(key, "")[:MAX_FIELD]


def posted_schedule(form: Mapping[str, str]) -> tuple[ScheduleForm, list[ScheduleTimeInput], list[int], int | None]:
    """The submitted form (to show again), the use case's input, each input's form row, and the grace minutes
    (None when not a whole number: the form gets that error)."""
    rows: list[TimeRow] = []
    times: list[ScheduleTimeInput] = []
    where: list[int] = []
    for i in _indices(form, MAX_TIME_ROWS):
        row = TimeRow(day=_value(form, f"day-{i}").strip(), time=_value(form, f"time-{i}").strip())
        if form.get(f"drop-{i}") or not (row.day or row.time):
            continue
        where.append(len(rows))
        rows.append(row)
        times.append(ScheduleTimeInput(weekday=row.day, time=row.time))
    result = ScheduleForm(rows=rows + [TimeRow() for _ in range(BLANK_TIMES)], grace=_value(form, "grace").strip())
    grace = int(result.grace) if result.grace.isascii() and result.grace.isdigit() else None
    return result, times, where, grace


def _channels(text: str, path: str) -> list[ChannelInput]:
    channels: list[ChannelInput] = []
    for j, line in enumerate(x.strip() for x in text.splitlines() if x.strip()):
        kind, sep, address = line.partition(":")
        if not sep or kind.strip().lower() not in MEMBER_KINDS:
            raise InvalidInput(
                f"write each channel as kind:address, kind one of {', '.join(MEMBER_KINDS)}",
                field=f"{path}.channels[{j}].kind",
            )
        channels.append(ChannelInput(kind=kind.strip().lower(), address=address.strip()))
    return channels


def posted_team(form: Mapping[str, str]) -> tuple[TeamForm, list[tuple[int, MemberRow]]]:
    """The submitted form (to show again, in the order asked for) and its kept rows with their form row."""
    rows: list[MemberRow] = []
    for i in _indices(form, MAX_MEMBER_ROWS):
        row = MemberRow(
            role=_value(form, f"role-{i}").strip(),
            name=_value(form, f"name-{i}").strip(),
            user=_value(form, f"user-{i}").strip(),
            channels=_value(form, f"channels-{i}"),
            quiet_start=_value(form, f"quiet_start-{i}").strip(),
            quiet_end=_value(form, f"quiet_end-{i}").strip(),
            language=_value(form, f"language-{i}").strip() or "ko",
            order=_value(form, f"order-{i}").strip(),
        )
        if form.get(f"drop-{i}") or not (row.name or row.user or row.channels.strip()):
            continue
        rows.append(row)

    def position(item: tuple[int, MemberRow]) -> tuple[int, int]:
        i, row = item
        order = row.order
        return (int(order) if order.isascii() and order.isdigit() else i + 1, i)

    ordered = sorted(enumerate(rows), key=position)
    shown = [row for _, row in ordered]
    for n, row in enumerate(shown):
        row.order = str(n + 1)
    kept = list(enumerate(shown))
    return TeamForm(rows=shown + [MemberRow() for _ in range(BLANK_MEMBERS)]), kept


def member_input(row: MemberRow, user_id: str | None, path: str) -> MemberInput:
    """One row as the use case's input (channels parsed here; everything else is checked by the use case)."""
    quiet = None
    if row.quiet_start or row.quiet_end:
        quiet = QuietHoursInput(start=row.quiet_start, end=row.quiet_end)
    return MemberInput(
        role=row.role,
        channels=_channels(row.channels, path),
        user_id=user_id,
        name=row.name,
        quiet_hours=quiet,
        language=row.language,
    )


# -- errors back onto the form ---------------------------------------------------------------------------

_MEMBER_FIELDS = {
    "role": "role",
    "name": "name",
    "user_id": "user",
    "language": "language",
    "quiet_hours": "quiet_start",
    "quiet_hours.start": "quiet_start",
    "quiet_hours.end": "quiet_end",
    "channels": "channels",
}


def error_key(field: str | None, where: Sequence[int]) -> tuple[str, int | None]:
    """The form key an error belongs next to (``channels-1``, ``day-0``, ``grace``; ``form`` when it names no
    row) and, for a channel, its line number (1-based) in the text box."""
    if not field:
        return "form", None
    if field == "grace_minutes":
        return "grace", None
    m = _PATH.match(field)
    if m is None:
        return "form", None
    kind, index, rest = m.group(1), int(m.group(2)), m.group(3) or ""
    row = where[index] if index < len(where) else None
    if row is None:
        return "form", None
    if kind == "times":
        return ("time" if rest == "time" else "day") + f"-{row}", None
    channel = _CHANNEL.match(rest)
    if channel is not None:
        return f"channels-{row}", int(channel.group(1)) + 1
    return f"{_MEMBER_FIELDS.get(rest, 'name')}-{row}", None


# Korean for the use cases' and the model's validation sentences that carry none of their own.
_KO = {
    "phone number must be a Korean mobile number (010...) or E.164 (+82...), digits only": (
        "휴대폰 번호는 010으로 시작하는 번호나 +82로 시작하는 국제 형식이어야 합니다"
    ),
    "email address is not valid": "이메일 주소가 올바르지 않습니다",
    "webhook address must be an http(s) URL": "웹훅 주소는 http(s) URL이어야 합니다",
    "push token must not be blank": "푸시 토큰이 비어 있습니다",
    "a member needs a user_id or a name": "이름이나 사용자를 입력하세요",
    "a member needs 1 to 10 channels": "연락 경로를 1개에서 10개까지 입력하세요",
    "name is at most 100 characters": "이름은 100자까지 입력할 수 있습니다",
    "language must be ko or en": "언어는 ko 또는 en이어야 합니다",
    "the same channel is listed twice": "같은 연락 경로가 두 번 있습니다",
    "this user is already a member of the team": "이미 팀에 있는 사용자입니다",
    "a care team has at most 20 members": "돌봄팀은 20명까지입니다",
    "quiet_hours.start and end must differ": "방해 금지 시작과 끝 시각이 같을 수 없습니다",
    "must be a time as HH:MM (00:00-23:59)": "시각은 HH:MM(00:00-23:59) 형식이어야 합니다",
    "quiet_hours.start must be a time as HH:MM (00:00-23:59)": "시각은 HH:MM(00:00-23:59) 형식이어야 합니다",
    "quiet_hours.end must be a time as HH:MM (00:00-23:59)": "시각은 HH:MM(00:00-23:59) 형식이어야 합니다",
    "time must be a time as HH:MM (00:00-23:59)": "시각은 HH:MM(00:00-23:59) 형식이어야 합니다",
    "weekday must be one of mon, tue, wed, thu, fri, sat, sun": "요일을 고르세요",
    "grace_minutes must be between 1 and 720": "허용 시간은 1분에서 720분 사이여야 합니다",
    "a schedule has at most 100 times": "일정은 100개까지입니다",
    "no user with that e-mail": "해당 이메일의 사용자가 없습니다",
}
_KO_PREFIX = {
    "role must be one of": "역할을 고르세요",
    "kind must be one of": "연락 경로 종류가 올바르지 않습니다",
    "write each channel as kind:address": "한 줄에 하나씩 종류:주소 형식으로 쓰세요 (예: sms:010-1234-5678)",
}


def error_text(lang: str, error: MHealthError) -> str:
    """The error's sentence in ``lang`` (Korean: its own, else a known translation, else the English one)."""
    if lang != "ko":
        return error.detail
    if error.detail_ko:
        return error.detail_ko
    if error.detail in _KO:
        return _KO[error.detail]
    for prefix, text in _KO_PREFIX.items():
        if error.detail.startswith(prefix):
            return text
    if error.detail.endswith(" is listed twice"):
        return "같은 요일과 시각이 두 번 있습니다"
    return error.detail


def errors_for(lang: str, error: MHealthError, where: Sequence[int]) -> dict[str, str]:
    key, line = error_key(error.field, where)
    text = error_text(lang, error)
    if line is not None:
        text = translate(lang, "line_n", n=line) + " " + text
    return {key: text}


__all__ = [
    "BLANK_MEMBERS",
    "BLANK_TIMES",
    "MemberRow",
    "ScheduleForm",
    "ShownMember",
    "TeamForm",
    "TimeRow",
    "error_key",
    "error_text",
    "errors_for",
    "member_input",
    "posted_schedule",
    "posted_team",
    "schedule_form",
    "shown_members",
    "sorted_times",
    "team_form",
]
