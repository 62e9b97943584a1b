"""Alerts through the outbox: the escalation ladder, acknowledge/resolve, and the retry schedule.

A fake clock drives time; the memory unit of work stores; a counting notifier receives. The retry tests
fail if retries become immediate, stop growing exponentially, or stop at the cap too early.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from mhealth.adapters.memory.clock import FixedClock
from mhealth.adapters.memory.repositories import InMemoryUnitOfWork
from mhealth.adapters.memory.sinks import InMemoryAnalytics
from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.errors import DeliveryRejected, InvalidInput, NotFound, ProviderUnavailable
from mhealth.domain.model import (
    AckOutcome,
    Alert,
    AlertEvent,
    AlertStatus,
    CareTeam,
    CareTeamMember,
    Channel,
    ChannelKind,
    DeliveryOutcome,
    MemberRole,
    Notification,
    QuietHours,
    RiskLevel,
    new_id,
)
from mhealth.domain.rules.routing import EscalationLadder
from mhealth.domain.usecases.alerts import AlertRouting, Alerts
from mhealth.domain.usecases.deliveries import Deliveries, DeliveryPolicy, retry_times
from mhealth.ports.notifier import Notifier

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 12:00 in Seoul
HOOK = Channel(kind=ChannelKind.WEBHOOK, address="https://org.example.kr/hook")
LOG = Channel(kind=ChannelKind.LOG, address="")


class CountingNotifier(Notifier):
    """Counts every send per delivery id; fails while ``down_until`` is in the future (a 500 from a receiver)."""

    name = "counting"
    kinds = frozenset(ChannelKind)

    def __init__(self, clock: FixedClock) -> None:
        self.clock = clock
        self.sends: Counter[str] = Counter()
        self.delivered: dict[str, Notification] = {}
        self.down_until: datetime | None = None
        self.rejecting: set[str] = set()
        self.tries = 0

    async def send(self, notification: Notification) -> None:
        self.tries += 1
        if self.down_until is not None and self.clock.now() < self.down_until:
            raise ProviderUnavailable("receiver answered 500")
        if notification.channel.address in self.rejecting:
            raise DeliveryRejected("receiver answered 410 Gone")
        self.sends[notification.delivery_id] += 1
        self.delivered[notification.delivery_id] = notification


def member(name: str, *channels: Channel, quiet: QuietHours | None = None) -> CareTeamMember:
    return CareTeamMember(role=MemberRole.GUARDIAN, name=name, channels=channels, quiet_hours=quiet)


class World:
    def __init__(self, *, members=(), kinds=None, policy=DeliveryPolicy(), ladder=EscalationLadder()):
        self.clock = FixedClock(T0)
        self.uow = InMemoryUnitOfWork()
        self.notifier = CountingNotifier(self.clock)
        self.teams: dict[str, CareTeam] = {}
        self.members = tuple(members)

        async def lookup(tx, senior_id):
            return self.teams.get(senior_id)

        self.alerts = Alerts(
            uow=self.uow,
            clock=self.clock,
            routing=AlertRouting(ladder=ladder, org_channels=(LOG, HOOK)),
            teams=lookup,
        )
        kinds = ChannelKind if kinds is None else kinds
        self.deliveries = Deliveries(
            uow=self.uow,
            notifiers=dict.fromkeys(kinds, self.notifier),
            analytics=InMemoryAnalytics(),
            clock=self.clock,
            policy=policy,
            draw=lambda: 0.0,
        )

    async def raise_alert(self, level=RiskLevel.CRITICAL, **changes) -> Alert:
        senior = sample_senior()
        check_in = sample_check_in(senior.id, created_at=self.clock.now())
        self.teams[senior.id] = CareTeam(senior_id=senior.id, members=self.members, updated_at=T0)
        alert = Alert(
            id=new_id(),
            senior_id=senior.id,
            check_in_id=check_in.id,
            assessment_id=check_in.assessment.id,
            level=level,
            reason_code="active_ideation",
            reason="Active suicidal ideation",
            reason_ko="적극적 자살 사고",
            evidence=(),
            recommended_action="Call now",
            recommended_action_ko="지금 전화하세요",
            created_at=self.clock.now(),
            **changes,
        )
        async with self.uow.begin() as tx:
            await tx.seniors.add(senior)
            await tx.check_ins.add(check_in)
            await self.alerts.raise_in(tx, alert)
            await tx.commit()
        async with self.uow.begin() as tx:
            stored = await tx.alerts.get(alert.id)
        assert stored is not None
        return stored

    def told(self, event: AlertEvent | None = None) -> list[tuple[str, int | None]]:
        """(channel address or kind, member position) of every delivered notification, in send order."""
        return [
            (n.channel.address or n.channel.kind.value, n.member_position)
            for n in self.notifier.delivered.values()
            if event is None or n.event is event
        ]

    async def attempts(self, alert_id: str):
        return (await self.alerts.get(alert_id)).deliveries


SON = Channel(kind=ChannelKind.SMS, address="01011112222")
WORKER = Channel(kind=ChannelKind.EMAIL, address="worker@welfare.example.kr")
ONCALL = Channel(kind=ChannelKind.WEBHOOK, address="https://oncall.example.kr/page")


# -- the ladder ----------------------------------------------------------------------------------------


async def test_a_critical_alert_climbs_the_team_until_acknowledged():
    w = World(members=(member("아들", SON), member("복지사", WORKER), member("당직", ONCALL)))
    alert = await w.raise_alert()
    assert alert.escalation_step == 1 and alert.next_escalation_at == T0 + timedelta(minutes=10)

    await w.deliveries.deliver("w1")
    assert sorted(w.told(AlertEvent.CREATED), key=str) == sorted(
        [("log", None), (HOOK.address, None), (SON.address, 0)], key=str
    )

    w.clock.advance(timedelta(minutes=9, seconds=59))
    assert await w.alerts.escalate() == 0
    w.clock.advance(timedelta(seconds=1))
    assert await w.alerts.escalate() == 1
    assert await w.alerts.escalate() == 0  # one step once
    await w.deliveries.deliver("w1")
    assert sorted(w.told(AlertEvent.ESCALATED), key=str) == sorted(
        [("log", None), (HOOK.address, None), (WORKER.address, 1)], key=str
    )

    acked = await w.alerts.acknowledge(alert.id, by="social-worker-1", outcome="reached", note="통화 완료")
    assert acked.status is AlertStatus.ACKNOWLEDGED and acked.next_escalation_at is None
    assert acked.ack_outcome is AckOutcome.REACHED and acked.ack_note == "통화 완료"
    w.clock.advance(timedelta(hours=2))
    assert await w.alerts.escalate() == 0  # the climb stopped: the on-call service is never paged
    await w.deliveries.deliver("w1")
    assert ONCALL.address not in {a for a, _ in w.told()}
    # Everyone told so far hears the acknowledgement.
    assert sorted(w.told(AlertEvent.ACKNOWLEDGED), key=str) == sorted(
        [("log", None), (HOOK.address, None), (SON.address, 0), (WORKER.address, 1)], key=str
    )
    # Still listed (unresolved) until resolved.
    page = await _list(w, status=AlertStatus.ACKNOWLEDGED)
    assert [a.id for a in page] == [alert.id]

    resolved = await w.alerts.resolve(alert.id, by="social-worker-1", note="방문 후 안정")
    again = await w.alerts.resolve(alert.id, by="someone-else")
    assert resolved.status is AlertStatus.RESOLVED and again.resolved_by == "social-worker-1"
    await w.deliveries.deliver("w1")
    assert len(w.told(AlertEvent.RESOLVED)) == 4
    assert all(count == 1 for count in w.notifier.sends.values())


async def _list(w: World, **kwargs):
    async with w.uow.begin() as tx:
        return (await tx.alerts.list(**kwargs)).items


async def test_an_unacknowledged_alert_reaches_the_last_member_and_stops():
    ladder = EscalationLadder(critical=(timedelta(0), timedelta(seconds=2), timedelta(seconds=3)))
    w = World(members=(member("a", SON), member("b", WORKER), member("c", ONCALL)), ladder=ladder)
    alert = await w.raise_alert()
    w.clock.advance(timedelta(seconds=2))
    assert await w.alerts.escalate() == 1
    w.clock.advance(timedelta(seconds=2))
    assert await w.alerts.escalate() == 0  # 3 s after the previous step, not after the alert
    w.clock.advance(timedelta(seconds=1))
    assert await w.alerts.escalate() == 1
    w.clock.advance(timedelta(days=3))
    assert await w.alerts.escalate() == 0
    async with w.uow.begin() as tx:
        final = await tx.alerts.get(alert.id)
    assert final.escalation_step == 3 and final.next_escalation_at is None


async def test_without_a_care_team_the_organisation_channels_still_hear_it():
    w = World(members=())
    alert = await w.raise_alert()
    await w.deliveries.deliver("w1")
    assert alert.escalation_step == 0 and alert.next_escalation_at is None
    assert sorted(w.told(), key=str) == sorted([("log", None), (HOOK.address, None)], key=str)


async def test_a_suppressed_alert_is_stored_and_told_to_nobody():
    w = World(members=(member("a", SON),))
    alert = await w.raise_alert(suppressed=True)
    report = await w.deliveries.deliver("w1")
    assert report.claimed == 0 and w.notifier.tries == 0
    assert alert.suppressed and alert.next_escalation_at is None


async def test_a_high_alert_waits_for_the_members_quiet_hours_a_critical_one_does_not():
    night = T0.replace(hour=14)  # 23:00 in Seoul
    quiet = QuietHours(start="22:00", end="07:00")
    for level, expected_first_try in ((RiskLevel.HIGH, T0.replace(hour=22)), (RiskLevel.CRITICAL, night)):
        w = World(members=(member("a", SON, quiet=quiet),))
        w.clock.current = night
        await w.raise_alert(level=level)
        await w.deliveries.deliver("w1")
        assert (SON.address, 0) in w.told() if level is RiskLevel.CRITICAL else (SON.address, 0) not in w.told()
        w.clock.current = expected_first_try  # 07:00 in Seoul
        await w.deliveries.deliver("w1")
        assert (SON.address, 0) in w.told()


async def test_acknowledging_needs_a_known_outcome_and_a_visible_alert():
    w = World(members=(member("a", SON),))
    alert = await w.raise_alert()
    with pytest.raises(InvalidInput) as info:
        await w.alerts.acknowledge(alert.id, by="u", outcome="called")
    assert info.value.field == "outcome"
    with pytest.raises(NotFound):
        await w.alerts.acknowledge(alert.id, by="u", outcome="reached", visible=["another-senior"])
    with pytest.raises(NotFound):
        await w.alerts.get(new_id())
    first = await w.alerts.acknowledge(alert.id, by="u1", outcome="visited")
    second = await w.alerts.acknowledge(alert.id, by="u2", outcome="false_alarm")
    assert second == first  # the first acknowledgement stands


# -- delivery outcomes ---------------------------------------------------------------------------------


async def test_every_attempt_is_recorded_on_the_alert_with_a_masked_recipient():
    w = World(members=(member("a", SON),))
    alert = await w.raise_alert()
    w.notifier.rejecting.add(SON.address)
    await w.deliveries.deliver("w1")
    attempts = await w.attempts(alert.id)
    by_channel = {a.channel: a for a in attempts}
    assert set(by_channel) == {"log", "webhook", "sms"}
    assert by_channel["sms"].outcome is DeliveryOutcome.FAILED
    assert by_channel["sms"].recipient == "010****2222" and by_channel["sms"].member_position == 0
    assert "410" in by_channel["sms"].error
    assert by_channel["webhook"].outcome is DeliveryOutcome.DELIVERED
    assert all(a.attempt == 1 and a.alert_id == alert.id for a in attempts)
    # Failed for good: not retried.
    w.clock.advance(timedelta(hours=1))
    assert (await w.deliveries.deliver("w1")).claimed == 0


async def test_a_channel_without_an_active_notifier_is_a_recorded_failure_not_a_silent_drop():
    w = World(members=(member("a", SON),), kinds={ChannelKind.LOG, ChannelKind.WEBHOOK})
    alert = await w.raise_alert()
    await w.deliveries.deliver("w1")
    (sms,) = [a for a in await w.attempts(alert.id) if a.channel == "sms"]
    assert sms.outcome is DeliveryOutcome.FAILED and sms.error == "channel_not_configured"


def test_the_retry_schedule_grows_exponentially_to_the_cap_with_bounded_jitter():
    policy = DeliveryPolicy()
    waits = [policy.backoff(n, 0.0).total_seconds() for n in range(1, 10)]
    assert waits == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert policy.backoff(3, 0.999).total_seconds() == pytest.approx(20 * 1.24975)
    times = retry_times(policy, T0, 4)
    assert [(b - a).total_seconds() for a, b in zip([T0, *times], times, strict=False)] == [5, 10, 20, 40]


async def test_retries_are_spaced_by_the_schedule_never_immediate():
    """Drive a failing receiver with a fake clock: each retry comes exactly when the schedule says, not before."""
    w = World(members=())
    alert = await w.raise_alert()
    w.notifier.down_until = T0 + timedelta(days=1)
    await w.deliveries.deliver("w1")
    expected = [5, 10, 20, 40, 80, 160, 300, 300]
    for wait in expected:
        w.clock.advance(timedelta(seconds=wait) - timedelta(milliseconds=1))
        early = await w.deliveries.deliver("w1")
        assert early.claimed == 0, f"a retry came before its {wait} s wait"
        w.clock.advance(timedelta(milliseconds=1))
        on_time = await w.deliveries.deliver("w1")
        assert on_time.claimed == 2 and on_time.retrying == 2  # the log and the organisation webhook
    attempts = [a for a in await w.attempts(alert.id) if a.channel == "webhook"]
    assert [a.attempt for a in attempts] == list(range(1, len(expected) + 2))
    gaps = [(b.at - a.at).total_seconds() for a, b in itertools.pairwise(attempts)]
    assert gaps == expected


async def test_a_receiver_down_for_two_minutes_then_gets_every_delivery_exactly_once():
    w = World(members=(member("a", SON), member("b", WORKER)))
    alerts = [await w.raise_alert() for _ in range(50)]
    w.notifier.down_until = T0 + timedelta(minutes=2)
    for _ in range(600):  # ten minutes of 1-second polls
        await w.deliveries.deliver_all("w1")
        w.clock.advance(timedelta(seconds=1))
    expected = {(a.id, addr) for a in alerts for addr in ("log", HOOK.address, SON.address)}
    got = {
        (n.alert_id, n.channel.address or "log") for n in w.notifier.delivered.values() if n.event is AlertEvent.CREATED
    }
    assert expected <= got
    assert all(count == 1 for count in w.notifier.sends.values())
    first = await w.attempts(alerts[0].id)
    assert any(a.outcome is DeliveryOutcome.RETRYING for a in first)
    assert {a.outcome for a in first if a.channel == "webhook"} == {DeliveryOutcome.RETRYING, DeliveryOutcome.DELIVERED}
    async with w.uow.begin() as tx:
        left = await tx.outbox.due(w.clock.now() + timedelta(days=2))
    assert list(left) == []


async def test_a_notification_is_given_up_after_a_day_of_retries_and_says_so():
    w = World(members=())
    alert = await w.raise_alert()
    w.notifier.down_until = T0 + timedelta(days=30)
    for _ in range(140):  # every 11 minutes for a day and a bit
        await w.deliveries.deliver("w1")
        w.clock.advance(timedelta(minutes=11))
    attempts = await w.attempts(alert.id)
    final = [a for a in attempts if a.channel == "webhook"][-1]
    assert final.outcome is DeliveryOutcome.FAILED and final.error.startswith("gave up after")
    async with w.uow.begin() as tx:
        assert list(await tx.outbox.due(w.clock.now() + timedelta(days=1))) == []


async def test_two_workers_and_an_inline_try_deliver_each_row_once():
    import asyncio

    w = World(members=(member("a", SON),))
    for _ in range(40):
        await w.raise_alert()
    async with w.uow.begin() as tx:
        ids = [d.id for d in await tx.outbox.due(T0, limit=500)]
    await asyncio.gather(
        w.deliveries.deliver_all("worker-1"),
        w.deliveries.deliver_all("worker-2"),
        w.deliveries.deliver("inline", ids=ids[:30]),
    )
    assert set(w.notifier.sends) == set(ids)
    assert all(count == 1 for count in w.notifier.sends.values())


def test_the_notification_body_carries_no_evidence():
    fields = {f.name for f in msgspec.structs.fields(Notification)}
    assert "evidence" not in fields and "transcript" not in fields
