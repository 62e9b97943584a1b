"""The team page's forms: rows read from a POST (blank rows ignored, removed rows dropped, members ordered by
their position) and each use-case error put back next to the field the person sees."""

from __future__ import annotations

import pytest

from mhealth.domain.errors import InvalidInput
from mhealth.entrypoints.http.web.care_forms import (
    BLANK_MEMBERS,
    BLANK_TIMES,
    error_key,
    errors_for,
    member_input,
    posted_schedule,
    posted_team,
)


def test_schedule_rows_skip_blank_and_removed_rows_and_remember_where_each_came_from():
    form = {
        "day-0": "",
        "time-0": "",
        "day-1": "tue",
        "time-1": "08:00",
        "day-2": "wed",
        "time-2": "09:00",
        "drop-2": "1",
        "day-3": "",
        "time-3": "10:00",  # half a row is kept: the use case names what is missing
        "grace": "30",
    }
    shown, times, where, grace = posted_schedule(form)
    assert [(t.weekday, t.time) for t in times] == [("tue", "08:00"), ("", "10:00")]
    assert where == [0, 1] and grace == 30
    assert len(shown.rows) == 2 + BLANK_TIMES
    assert error_key("times[1].weekday", where) == ("day-1", None)
    assert error_key("times[1].time", where) == ("time-1", None)
    assert error_key("times[0]", where) == ("day-0", None)  # listed twice
    for bad in ("", "abc", "-5", "٣٠"):
        assert posted_schedule({"grace": bad})[3] is None


def test_members_follow_their_position_numbers_and_blank_rows_are_ignored():
    form = {
        "order-0": "2",
        "role-0": "guardian",
        "name-0": "딸",
        "channels-0": "sms:010-1234-5678",
        "order-1": "1",
        "role-1": "on_call",
        "name-1": "당직",
        "channels-1": "email:a@example.kr",
        "order-2": "",
        "role-2": "guardian",  # the select always sends a role: a row with nothing else is blank
        "order-3": "3",
        "name-3": "지울 사람",
        "channels-3": "sms:01011112222",
        "drop-3": "1",
    }
    shown, kept = posted_team(form)
    assert [row.name for _, row in kept] == ["당직", "딸"]
    assert [row.order for row in shown.rows[:2]] == ["1", "2"]
    assert len(shown.rows) == 2 + BLANK_MEMBERS


def test_channels_are_read_one_per_line_as_kind_colon_address():
    row = posted_team(
        {"name-0": "x", "channels-0": " SMS : 010-1234-5678 \n\nwebhook:https://hooks.example.kr/a?b=c\n"}
    )[1][0][1]
    member = member_input(row, None, "members[0]")
    assert [(c.kind, c.address) for c in member.channels] == [
        ("sms", "010-1234-5678"),
        ("webhook", "https://hooks.example.kr/a?b=c"),
    ]
    assert member.quiet_hours is None
    with pytest.raises(InvalidInput) as bad:
        member_input(
            posted_team({"name-0": "x", "channels-0": "sms:01012345678\n01099998888"})[1][0][1], None, "members[0]"
        )
    assert bad.value.field == "members[0].channels[1].kind"


def test_errors_land_next_to_the_field_in_the_row_the_person_sees():
    where = [0, 1, 2]
    assert error_key("members[1].channels[0].address", where) == ("channels-1", 1)
    assert error_key("members[2].channels", where) == ("channels-2", None)
    assert error_key("members[0].quiet_hours.end", where) == ("quiet_end-0", None)
    assert error_key("members[0].user_id", where) == ("user-0", None)
    assert error_key("members", where) == ("form", None)
    assert error_key("grace_minutes", where) == ("grace", None)
    assert error_key(None, where) == ("form", None)
    assert error_key("members[7].name", where) == ("form", None)  # no such row: shown at the top, never lost
    phone = InvalidInput(
        "phone number must be a Korean mobile number (010...) or E.164 (+82...), digits only",
        field="members[1].channels[1].address",
    )
    assert errors_for("ko", phone, where) == {
        "channels-1": "2번째 줄: 휴대폰 번호는 010으로 시작하는 번호나 +82로 시작하는 국제 형식이어야 합니다"
    }
    assert errors_for("en", phone, where)["channels-1"].startswith("Line 2: phone number must be")
    own = InvalidInput("this user is disabled", field="members[0].user_id", detail_ko="비활성화된 사용자입니다")
    assert errors_for("ko", own, where) == {"user-0": "비활성화된 사용자입니다"}
