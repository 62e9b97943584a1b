"""Care use cases over the in-memory store: care-team validation and who may edit it, schedules, and the schedule
check that records missed check-ins and raises one alert per streak."""

from datetime import datetime, timedelta, timezone

import msgspec
import pytest

from mhealth.adapters.memory import FixedClock, InMemoryUnitOfWork
from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.errors import Forbidden, InvalidInput, NotFound
from mhealth.domain.model import (
    MISSED_CHECK_INS,
    AccessLink,
    AlertStatus,
    ChannelKind,
    Notification,
    RiskLevel,
    Role,
    User,
    new_id,
)
from mhealth.domain.rules.access import actor_for
from mhealth.domain.rules.schedule import next_slot
from mhealth.domain.usecases.care import (
    CareTeams,
    ChannelInput,
    MemberInput,
    QuietHoursInput,
    SchedulePolicy,
    Schedules,
    ScheduleTimeInput,
)
from mhealth.domain.usecases.checkins import CheckIns

KST = timezone(timedelta(hours=9))
SUNDAY = datetime(2026, 3, 1, 12, 0, tzinfo=KST)  # 2026-03-02 is a Monday
MON_9 = datetime(2026, 3, 2, 9, 0, tzinfo=KST)


@pytest.fixture
def uow():
    return InMemoryUnitOfWork()


@pytest.fixture
def clock():
    return FixedClock(SUNDAY)


async def add_senior(uow, tz="Asia/Seoul"):
    senior = msgspec.structs.replace(sample_senior(), timezone=tz)
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.commit()
    return senior.id


async def add_user(uow, *, role=Role.GUARDIAN, disabled=False, link_to=None):
    user = User(
        id=new_id(),
        email=f"u{new_id()[-8:].lower()}@example.kr",
        role=role,
        password_hash="$argon2id$fake",
        created_at=SUNDAY,
        disabled=disabled,
    )
    async with uow.begin() as tx:
        await tx.users.add(user)
        if link_to is not None:
            await tx.links.add(AccessLink(principal_id=user.id, senior_id=link_to, created_at=SUNDAY, created_by="t"))
        await tx.commit()
    return user.id


def member(*channels, role="guardian", user_id=None, name="김민수", quiet=None, language="ko"):
    return MemberInput(
        role=role,
        channels=[ChannelInput(kind=k, address=a) for k, a in channels],
        user_id=user_id,
        name=name,
        quiet_hours=QuietHoursInput(start=quiet[0], end=quiet[1]) if quiet else None,
        language=language,
    )


# -- care teams ---------------------------------------------------------------------------------------------


async def test_a_team_is_stored_in_order_with_phone_numbers_normalised(uow, clock):
    sid = await add_senior(uow)
    uid = await add_user(uow, link_to=sid)
    teams = CareTeams(uow=uow, clock=clock)
    put = await teams.put(
        sid,
        [
            member(("sms", "010-1234-5678"), ("email", " son@example.kr "), user_id=uid, quiet=("22:00", "07:00")),
            member(("kakao", "+82 010 9876 5432"), role="social_worker", name="박복지사", language="en"),
            member(("webhook", "https://oncall.example.kr/hook"), role="on_call", name="상황실"),
        ],
        by="admin-1",
    )
    got = await teams.get(sid)
    assert got == put
    assert [m.role.value for m in got.members] == ["guardian", "social_worker", "on_call"]
    assert got.members[0].channels[0].address == "01012345678"
    assert got.members[0].channels[1].address == "son@example.kr"
    assert got.members[1].channels[0].address == "+821098765432"
    assert got.members[0].quiet_hours.start == "22:00"
    assert got.updated_by == "admin-1" and got.updated_at == SUNDAY
    assert await teams.get(await add_senior(uow)) is None  # never set


@pytest.mark.parametrize(
    ("members", "field"),
    [
        ([member(("sms", "02-123-4567"))], "members[0].channels[0].address"),  # a landline: no SMS
        ([member(("email", "a@b.kr")), member(("sms", "0101234"))], "members[1].channels[0].address"),
        (
            [member(("email", "a@b.kr")), member(("email", "a@b.kr"), ("email", "not-an-email"))],
            "members[1].channels[1].address",
        ),
        ([member(("webhook", "ftp://x.kr"))], "members[0].channels[0].address"),
        ([member(("log", ""))], "members[0].channels[0].kind"),
        ([member(("fax", "0212345678"))], "members[0].channels[0].kind"),
        ([member(("email", "a@b.kr"), role="cousin")], "members[0].role"),
        ([member()], "members[0].channels"),
        ([member(("email", "a@b.kr"), name="  ")], "members[0].name"),
        ([member(("email", "a@b.kr"), quiet=("25:00", "07:00"))], "members[0].quiet_hours.start"),
        ([member(("email", "a@b.kr"), quiet=("07:00", "07:00"))], "members[0].quiet_hours"),
        ([member(("email", "a@b.kr"), language="fr")], "members[0].language"),
        ([member(("email", "a@b.kr"), ("email", "a@b.kr"))], "members[0].channels[1]"),
        ([member(("email", "a@b.kr"), user_id=" ")], "members[0].user_id"),
        ([member(("email", "a@b.kr"))] * 21, "members"),
    ],
)
async def test_bad_contact_data_is_refused_with_the_path_of_the_field(uow, clock, members, field):
    sid = await add_senior(uow)
    teams = CareTeams(uow=uow, clock=clock)
    with pytest.raises(InvalidInput) as caught:
        await teams.put(sid, members, by="admin")
    assert caught.value.code == "invalid_input"
    assert caught.value.field == field
    assert caught.value.detail
    assert await teams.get(sid) is None  # nothing stored


async def test_webhook_addresses_go_through_the_url_check_and_its_refusal_names_the_field(uow, clock):
    sid = await add_senior(uow)
    checked = []

    async def url_check(url: str) -> None:
        checked.append(url)
        if "127.0.0.1" in url:
            raise InvalidInput("the webhook host resolves to a private address", field="address")

    teams = CareTeams(uow=uow, clock=clock, url_check=url_check)
    ok = [member(("email", "a@b.kr")), member(("webhook", "https://hooks.example.kr/a"), role="on_call", name="x")]
    await teams.put(sid, ok, by="admin")
    assert checked == ["https://hooks.example.kr/a"]
    bad = [*ok, member(("email", "c@d.kr"), ("webhook", "http://127.0.0.1:9/x"), role="on_call", name="y")]
    with pytest.raises(InvalidInput) as caught:
        await teams.put(sid, bad, by="admin")
    assert caught.value.code == "invalid_input"
    assert caught.value.field == "members[2].channels[1].address"
    assert len((await teams.get(sid)).members) == 2  # the earlier team stays


async def test_a_member_user_must_exist_be_active_and_appear_once(uow, clock):
    sid = await add_senior(uow)
    disabled = await add_user(uow, disabled=True, link_to=sid)
    active = await add_user(uow, link_to=sid)
    teams = CareTeams(uow=uow, clock=clock)
    for members, field in (
        ([member(("email", "a@b.kr"), user_id=new_id())], "members[0].user_id"),
        ([member(("email", "a@b.kr")), member(("email", "a@b.kr"), user_id=disabled)], "members[1].user_id"),
        (
            [member(("email", "a@b.kr"), user_id=active), member(("sms", "01011112222"), user_id=active)],
            "members[1].user_id",
        ),
    ):
        with pytest.raises(InvalidInput) as caught:
            await teams.put(sid, members, by="admin")
        assert caught.value.field == field


async def test_admins_and_linked_social_workers_edit_guardians_and_seniors_only_read(uow, clock):
    sid = await add_senior(uow)
    other = await add_senior(uow)
    teams = CareTeams(uow=uow, clock=clock)
    schedules = Schedules(uow=uow, clock=clock)
    team = [member(("email", "a@b.kr"))]
    times = [ScheduleTimeInput(weekday="mon", time="09:00")]
    social_worker = actor_for("sw", Role.SOCIAL_WORKER, linked=[sid])
    service = actor_for("svc", Role.SERVICE, linked=[sid])
    for actor in (actor_for("root", Role.ADMIN), social_worker, service):
        await teams.put(sid, team, by=actor.subject, actor=actor)
        await schedules.put(sid, times, actor=actor)
    guardian = actor_for("g", Role.GUARDIAN, linked=[sid])
    senior = actor_for(sid, Role.SENIOR)
    for reader in (guardian, senior):
        assert (await teams.get(sid, actor=reader)).members[0].channels[0].address == "a@b.kr"
        assert (await schedules.get(sid, actor=reader)).times[0].time == "09:00"
        with pytest.raises(Forbidden):
            await teams.put(sid, team, by=reader.subject, actor=reader)
        with pytest.raises(Forbidden):
            await schedules.put(sid, times, actor=reader)
    # A senior the actor is not linked to answers as if it did not exist.
    with pytest.raises(NotFound):
        await teams.put(other, team, by="sw", actor=social_worker)
    with pytest.raises(NotFound):
        await teams.get(other, actor=guardian)
    with pytest.raises(NotFound):
        await schedules.missed(other, actor=guardian)
    with pytest.raises(NotFound):
        await teams.put(new_id(), team, by="admin")


async def test_an_unlinked_member_user_is_linked_by_an_admin_and_refused_to_a_social_worker(uow, clock):
    sid = await add_senior(uow)
    uid = await add_user(uow)  # not linked to the senior
    teams = CareTeams(uow=uow, clock=clock)
    team = [member(("email", "a@b.kr"), user_id=uid)]
    social_worker = actor_for("sw", Role.SOCIAL_WORKER, linked=[sid])
    with pytest.raises(InvalidInput) as caught:
        await teams.put(sid, team, by="sw", actor=social_worker)
    assert caught.value.field == "members[0].user_id"
    assert "link" in caught.value.detail
    await teams.put(sid, team, by="root", actor=actor_for("root", Role.ADMIN))
    async with uow.begin() as tx:
        assert uid in await tx.links.principals_for(sid)
    await teams.put(sid, team, by="sw", actor=social_worker)  # linked now


# -- schedules ----------------------------------------------------------------------------------------------


async def test_a_schedule_is_validated_with_the_path_of_the_field(uow, clock):
    sid = await add_senior(uow)
    schedules = Schedules(uow=uow, clock=clock)
    s = await schedules.put(
        sid, [ScheduleTimeInput(weekday="Monday", time="09:00"), ScheduleTimeInput(weekday=" thu ", time="18:30")]
    )
    assert [(t.weekday, t.time) for t in s.times] == [("mon", "09:00"), ("thu", "18:30")]
    assert s.grace_minutes == 60 and s.checked_until == SUNDAY
    assert await schedules.get(sid) == s
    for times, grace, field in (
        ([ScheduleTimeInput(weekday="mon", time="9:00")], 60, "times[0].time"),
        ([ScheduleTimeInput(weekday="mon", time="24:00")], 60, "times[0].time"),
        ([ScheduleTimeInput(weekday="mo", time="09:00")], 60, "times[0].weekday"),
        ([ScheduleTimeInput(weekday="mon", time="09:00")] * 2, 60, "times[1]"),
        ([ScheduleTimeInput(weekday="mon", time="09:00")], 0, "grace_minutes"),
        ([ScheduleTimeInput(weekday="mon", time="09:00")], 721, "grace_minutes"),
    ):
        with pytest.raises(InvalidInput) as caught:
            await schedules.put(sid, times, grace_minutes=grace)
        assert (caught.value.code, caught.value.field) == ("invalid_input", field)
    assert await schedules.get(sid) == s


class Harness:
    def __init__(self, uow, clock, after=2):
        self.uow, self.clock = uow, clock
        self.raised = []

        async def on_alert(tx, alert):
            await tx.alerts.add(alert)
            self.raised.append(alert)

        self.schedules = Schedules(
            uow=uow, clock=clock, policy=SchedulePolicy(missed_alert_after=after), on_alert=on_alert
        )

    async def senior_with_schedule(self, times=(("mon", "09:00"), ("thu", "09:00")), grace=60, tz="Asia/Seoul"):
        sid = await add_senior(self.uow, tz)
        await self.schedules.put(sid, [ScheduleTimeInput(weekday=d, time=t) for d, t in times], grace_minutes=grace)
        return sid

    async def check_in(self, sid, at):
        async with self.uow.begin() as tx:
            await tx.check_ins.add(sample_check_in(sid, created_at=at, audio=False))
            await tx.commit()

    async def run(self, at):
        self.clock.current = at
        return await self.schedules.check_schedules()

    async def missed(self, sid):
        return [m.slot_at for m in await self.schedules.missed(sid, limit=500)][::-1]


async def test_a_slot_is_judged_only_once_its_grace_window_has_closed(uow, clock):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule()
    report = await h.run(MON_9 + timedelta(minutes=59))
    assert report.missed == 0
    report = await h.run(MON_9 + timedelta(minutes=60))
    assert (report.schedules, report.missed, report.alerts) == (1, 1, 0)
    assert await h.missed(sid) == [MON_9]
    again = await h.run(MON_9 + timedelta(minutes=61))  # nothing new is due until Thursday's slot
    assert (again.schedules, again.missed) == (0, 0)
    async with uow.begin() as tx:
        assert (await tx.schedules.get(sid)).checked_until == MON_9 + timedelta(days=3)  # the next slot


@pytest.mark.parametrize("offset", [timedelta(minutes=-60), timedelta(0), timedelta(minutes=45)])
async def test_a_check_in_within_the_grace_window_keeps_the_slot(uow, clock, offset):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule()
    await h.check_in(sid, MON_9 + offset)
    report = await h.run(MON_9 + timedelta(hours=2))
    assert (report.schedules, report.missed) == (1, 0)


async def test_two_consecutive_misses_raise_one_alert_per_streak_and_a_check_in_starts_a_new_streak(uow, clock):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule()
    thu_9 = MON_9 + timedelta(days=3)
    await h.run(MON_9 + timedelta(hours=2))
    assert h.raised == []
    report = await h.run(thu_9 + timedelta(hours=2))
    assert (report.missed, report.alerts) == (1, 1)
    alert = h.raised[0]
    assert alert.senior_id == sid and alert.level is RiskLevel.HIGH and alert.reason_code == MISSED_CHECK_INS
    assert alert.check_in_id is None and alert.assessment_id is None and alert.evidence == ()
    assert alert.reason == "2 consecutive scheduled check-ins missed"
    assert "2회" in alert.reason_ko and alert.recommended_action and alert.recommended_action_ko
    assert alert.status is AlertStatus.OPEN

    await h.run(thu_9 + timedelta(days=4, hours=2))  # a third miss: the same streak, no second alert
    assert len(h.raised) == 1
    await h.check_in(sid, thu_9 + timedelta(days=5))  # Saturday: off schedule, still heard from
    await h.run(thu_9 + timedelta(days=7, hours=2))  # a miss on the next Thursday: a new streak of one
    assert len(h.raised) == 1
    await h.run(thu_9 + timedelta(days=11, hours=2))  # and a second: a new alert
    assert len(h.raised) == 2
    assert len(await h.missed(sid)) == 5
    async with uow.begin() as tx:
        assert len((await tx.alerts.list(senior_id=sid)).items) == 2


async def test_running_the_check_again_records_nothing_twice(uow, clock):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule()
    at = MON_9 + timedelta(days=3, hours=2)
    first = await h.run(at)
    second = await h.run(at)
    assert (first.missed, first.alerts) == (2, 1)
    assert (second.schedules, second.missed, second.alerts) == (0, 0, 0)
    assert len(await h.missed(sid)) == 2 and len(h.raised) == 1


async def test_a_long_outage_is_caught_up_in_steps_with_one_alert(uow, clock):
    h = Harness(uow, clock, after=3)
    sid = await h.senior_with_schedule(times=(("mon", "09:00"),))
    report = await h.run(MON_9 + timedelta(days=70, hours=2))  # ten Mondays, judged in 31-day steps
    assert (report.missed, report.alerts) == (11, 1)
    assert await h.missed(sid) == [MON_9 + timedelta(weeks=w) for w in range(11)]
    # Raised in the first 31-day step, which already held five misses: the streak's length when it was judged.
    assert h.raised[0].reason.startswith("5 ")


async def test_a_failing_alert_rolls_back_the_missed_slots_and_the_watermark(uow, clock):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule()

    async def broken(tx, alert):
        raise RuntimeError("routing failed")

    h.schedules.on_alert = broken
    with pytest.raises(RuntimeError):
        await h.run(MON_9 + timedelta(days=3, hours=2))
    assert await h.missed(sid) == []
    h.schedules.on_alert = Harness(uow, clock).schedules.on_alert
    report = await h.run(MON_9 + timedelta(days=3, hours=2))
    assert (report.missed, report.alerts) == (2, 1)


async def test_slots_follow_the_seniors_zone_across_a_dst_change(uow, clock):
    # New York moves to EDT on 2026-03-08: Sunday 09:00 is 14:00 UTC before, 13:00 UTC after.
    h = Harness(uow, clock, after=5)
    clock.current = datetime(2026, 2, 28, tzinfo=timezone.utc)
    sid = await h.senior_with_schedule(times=(("sun", "09:00"),), tz="America/New_York")
    await h.run(datetime(2026, 3, 9, tzinfo=timezone.utc))
    utc = timezone.utc
    assert await h.missed(sid) == [datetime(2026, 3, 1, 14, 0, tzinfo=utc), datetime(2026, 3, 8, 13, 0, tzinfo=utc)]


async def test_an_empty_schedule_expects_nothing_and_a_new_schedule_starts_from_now(uow, clock):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule(times=())
    report = await h.run(MON_9 + timedelta(days=10))
    assert report.missed == 0
    await h.schedules.put(sid, [ScheduleTimeInput(weekday="mon", time="09:00")])
    # Mondays before the new schedule are not judged against it; the next one is.
    assert (await h.run(MON_9 + timedelta(days=14, hours=2))).missed == 1
    assert await h.missed(sid) == [MON_9 + timedelta(days=14)]


async def test_the_trend_shows_missed_check_ins(uow, clock):
    h = Harness(uow, clock)
    sid = await h.senior_with_schedule()
    await h.run(MON_9 + timedelta(days=3, hours=2))
    check_ins = CheckIns(
        screening=None, uow=uow, blobs=None, analytics=None, notifier=None, clock=clock, pseudonym_key=b"k"
    )
    trend = await check_ins.trend(sid)
    assert trend.missed_total == 2
    assert [(d.day, d.count) for d in trend.missed_days] == [("2026-03-02", 1), ("2026-03-05", 1)]


def test_channel_kinds_of_members_exclude_the_service_log():
    from mhealth.domain.usecases.care import MEMBER_KINDS

    assert "log" not in MEMBER_KINDS and set(MEMBER_KINDS) == {k.value for k in ChannelKind} - {"log"}


async def test_without_an_injected_on_alert_the_alert_is_stored_and_its_log_notice_queued(uow, clock):
    schedules = Schedules(uow=uow, clock=clock)
    sid = await add_senior(uow)
    await schedules.put(sid, [ScheduleTimeInput(weekday="mon", time="09:00")])
    clock.current = MON_9 + timedelta(days=7, hours=2)
    report = await schedules.check_schedules()
    assert (report.missed, report.alerts) == (2, 1)
    async with uow.begin() as tx:
        [alert] = (await tx.alerts.list(senior_id=sid)).items
        [queued] = await tx.outbox.due(clock.current)
    assert alert.reason_code == MISSED_CHECK_INS
    assert queued.kind == "notification" and queued.ref_id == alert.id
    notice = msgspec.json.decode(queued.payload, type=Notification)
    assert notice.channel.kind is ChannelKind.LOG and notice.alert_id == alert.id
    assert notice.event.value == "alert.created"


def test_times_in_other_scripts_digits_are_refused():
    from mhealth.domain.usecases.care import build_members, build_times

    with pytest.raises(InvalidInput) as caught:
        build_times([ScheduleTimeInput(weekday="mon", time="٠٩:٠٠")])
    assert caught.value.field == "times[0].time"
    with pytest.raises(InvalidInput) as caught:
        build_members([member(("email", "a@b.kr"), quiet=("22:00", "٠٧:٠٠"))])
    assert caught.value.field == "members[0].quiet_hours.end"


def test_random_input_is_either_accepted_or_refused_with_invalid_input_naming_a_field():
    """A seeded fuzz of the validation: no input makes it fail any other way (a 500 over HTTP)."""
    import random

    from mhealth.domain.usecases.care import build_members, build_times

    rng = random.Random(20261203)
    pieces = ["", " ", "0", "010", "+82", "-", "@", "a@b.kr", "https://", "http://x", "\x00", "가", "😢", "٠", ":"]
    pieces += ["09:00", "22:00", "24:00", "mon", "Sunday", "log", "sms", "email", "kakao", "webhook", "push", "\n"]
    pieces += ["x" * 300]

    def text() -> str:
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))

    accepted = refused = 0
    for _ in range(3000):
        members = [
            MemberInput(
                role=rng.choice(["guardian", "social_worker", "on_call", text()]),
                channels=[
                    ChannelInput(kind=rng.choice(["sms", "kakao", "email", "webhook", "push", text()]), address=text())
                    for _ in range(rng.randint(0, 3))
                ],
                user_id=rng.choice([None, text()]),
                name=text(),
                quiet_hours=rng.choice([None, QuietHoursInput(start=text(), end=text())]),
                language=rng.choice(["ko", "en", text()]),
            )
            for _ in range(rng.randint(0, 3))
        ]
        times = [ScheduleTimeInput(weekday=text(), time=text()) for _ in range(rng.randint(0, 3))]
        for build, value in ((build_members, members), (build_times, times)):
            try:
                build(value)
                accepted += 1
            except InvalidInput as exc:
                assert exc.code == "invalid_input" and exc.field and exc.detail
                refused += 1
    assert accepted > 0 and refused > 0


async def test_the_library_facade_sets_and_reads_care_data():
    from mhealth.testing import build_offline

    async with build_offline() as mh:
        senior = await mh.create_senior(display_name="김순자")
        team = await mh.set_care_team(senior.id, [member(("sms", "010 1234 5678"))], by="import")
        assert await mh.get_care_team(senior.id) == team
        assert team.members[0].channels[0].address == "01012345678" and team.updated_by == "import"
        schedule = await mh.set_schedule(senior.id, [ScheduleTimeInput(weekday="mon", time="09:00")], grace_minutes=30)
        assert await mh.get_schedule(senior.id) == schedule
        assert schedule.checked_until is not None
        # a day after the first Monday slot: exactly one slot judged, whatever the clock (eight days from "now" held
        # two Mondays when the test ran between Sunday and Monday 09:30, Seoul time)
        first = next_slot(schedule.times, senior.timezone, schedule.checked_until)
        assert first is not None
        report = await mh.check_schedules(first + timedelta(days=1))
        assert (report.missed, report.alerts) == (1, 0)  # one Monday: below the default threshold of 2
        assert len(await mh.missed_check_ins(senior.id)) == 1
        assert mh.schedules.policy.missed_alert_after == 2


def test_missed_alert_after_comes_from_the_setting_and_is_bounded():
    from mhealth.domain.errors import ConfigurationError
    from mhealth.entrypoints.container import create_container
    from mhealth.entrypoints.settings import load_settings
    from mhealth.testing import offline_settings

    assert offline_settings().missed_alert_after == 2
    container = create_container(offline_settings(missed_alert_after=3))
    assert container.schedules().policy.missed_alert_after == 3
    for bad in ("0", "101", "two"):
        with pytest.raises(ConfigurationError) as caught:
            load_settings({"MHEALTH_MISSED_ALERT_AFTER": bad})
        assert caught.value.field == "MHEALTH_MISSED_ALERT_AFTER"
