"""The words of a notification: what a person reads on a lock screen, in their language, and nothing more."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mhealth.adapters.notify.message import alert_link, render
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel


def note(**kw) -> Notification:
    fields = dict(
        delivery_id="d-1",
        event=AlertEvent.CREATED,
        channel=Channel(kind=ChannelKind.LOG, address=""),
        senior_id="s-1",
        at=datetime(2026, 12, 3, tzinfo=UTC),
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Signs of active suicidal thoughts",
        reason_ko="적극적인 자살 생각의 징후",
    )
    fields.update(kw)
    return Notification(**fields)


@pytest.mark.parametrize("event", list(AlertEvent))
@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_event_reads_in_both_languages(event, language):
    m = render(note(event=event, language=language), "https://care.example.org")
    assert "김순자" in m.title and "김순자" in m.body
    korean = any(
        "\uac00" <= ch <= "\ud7a3" for ch in m.body.replace("김순자", "").replace("적극적인 자살 생각의 징후", "")
    )
    assert korean == (language == "ko")
    assert "active_suicidal_ideation" not in m.body  # codes are for machines


def test_korean_by_default_with_the_level_reason_and_link():
    m = render(note(), "https://care.example.org/")
    assert m.title == "[mhealth] 김순자님 새 알림 (위험도 위기)"
    assert "사유: 적극적인 자살 생각의 징후" in m.body
    assert "https://care.example.org/app/alerts/a-1" in m.body and m.link in m.short


def test_the_notifications_own_link_wins_and_no_public_url_means_no_link():
    assert alert_link(note(link="https://x.example/a"), "https://care.example.org") == "https://x.example/a"
    assert alert_link(note(), None) is None
    assert "http" not in render(note(), None).body


def test_names_and_reasons_are_one_bounded_line_so_no_header_can_be_smuggled():
    m = render(note(senior_name="김\r\nBcc: evil@example.org" + "가" * 200, reason_ko="a\nb"), None)
    assert "\r" not in m.title and "\n" not in m.title and len(m.name) <= 60
    assert "사유: a b" in m.body


def test_a_job_event_names_the_job_and_asks_nothing_of_the_reader():
    m = render(
        note(event=AlertEvent.JOB_FAILED, alert_id=None, job_id="j-9", level=None, reason_ko="", reason=""), None
    )
    assert "작업: j-9" in m.body and "안부를 확인" not in m.body
