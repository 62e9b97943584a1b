"""Analytics and Notifier contracts: idempotent by id, failures as ProviderUnavailable."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mhealth.domain.model import Alert, AnalyticsEvent, Evidence, RiskLevel, new_id
from mhealth.ports.analytics import Analytics
from mhealth.ports.notifier import Notifier
from tests.contract.google_impls import GOOGLE_PARAMS, google_adapter

WHEN = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def event(assessment_id: str) -> AnalyticsEvent:
    return AnalyticsEvent(
        assessment_id=assessment_id,
        senior_pseudonym="p" * 32,
        occurred_at=WHEN,
        source="text",
        risk_level="high",
        depression_score=55.5,
        anxiety_score=20.0,
        cognitive_score=90.0,
        phq9=12,
        gad7=4,
        suicidal_ideation=1,
        loneliness=2,
        cognitive_concern=0,
        concern_codes=("death_wish", "isolation"),
        analyzer="local",
        degraded=False,
        audio_duration_s=12.5,
    )


@pytest.fixture(params=["memory", "database", *GOOGLE_PARAMS["analytics"]])
async def analytics(request, tmp_path):
    """(sink, stored) where stored(assessment_id) counts the rows the sink kept for that id."""
    if request.param == "memory":
        from mhealth.adapters.memory import InMemoryAnalytics

        sink = InMemoryAnalytics()
        yield sink, lambda aid: int(aid in sink.events)
    elif request.param == "database":
        from mhealth.adapters.sql import SqlAnalytics, upgrade

        url = f"sqlite:///{tmp_path / 'analytics.sqlite3'}"
        upgrade(url)
        sink = SqlAnalytics(url)

        async def stored(aid):
            return sum(1 for e in await sink.events() if e.assessment_id == aid)

        yield sink, stored
        await sink.aclose()
    else:
        async with google_adapter(request.param) as sink:
            yield sink, lambda aid: sum(1 for r in sink.stand_in.all_rows() if r.get("assessment_id") == aid)


async def _count(stored, aid):
    value = stored(aid)
    return await value if hasattr(value, "__await__") else value


async def test_analytics_keeps_each_assessment_once(analytics):
    sink, stored = analytics
    assert isinstance(sink, Analytics)
    aid = new_id()
    await sink.record([event(aid)])
    await sink.record([event(aid)])  # a retry of the same delivery
    assert await _count(stored, aid) == 1


async def test_analytics_takes_a_batch(analytics):
    sink, stored = analytics
    ids = [new_id() for _ in range(5)]
    await sink.record([event(i) for i in ids])
    for aid in ids:
        assert await _count(stored, aid) == 1


def alert() -> Alert:
    return Alert(
        id=new_id(),
        senior_id="s",
        check_in_id="c",
        assessment_id="a",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="r",
        reason_ko="r",
        evidence=(Evidence(quote="약을 모아 뒀어요"),),
        recommended_action="call",
        recommended_action_ko="전화",
        created_at=WHEN,
    )


@pytest.fixture(params=["memory", "log"])
def notifier(request):
    if request.param == "memory":
        from mhealth.adapters.memory import InMemoryNotifier

        return InMemoryNotifier()
    from mhealth.adapters.system.notifier import LogNotifier

    return LogNotifier()


def notice(a):
    from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification

    return Notification(
        delivery_id="d-1",
        event=AlertEvent.CREATED,
        channel=Channel(kind=ChannelKind.LOG, address=""),
        senior_id=a.senior_id,
        at=WHEN,
        alert_id=a.id,
        senior_name="김순자",
        level=a.level,
        reason_code=a.reason_code,
        reason=a.reason,
        reason_ko=a.reason_ko,
    )


async def test_notifier_delivers_a_notification_and_tolerates_a_retry(notifier):
    assert isinstance(notifier, Notifier)
    n = notice(alert())
    await notifier.send(n)
    await notifier.send(n)
    if hasattr(notifier, "sent"):
        assert list(notifier.sent) == [n.delivery_id]


async def test_the_log_notifier_never_logs_evidence_or_names(caplog):
    from mhealth.adapters.system.notifier import LogNotifier

    a = alert()
    with caplog.at_level("INFO"):
        await LogNotifier().send(notice(a))
    assert a.id in caplog.text and "약을 모아 뒀어요" not in caplog.text and "김순자" not in caplog.text
