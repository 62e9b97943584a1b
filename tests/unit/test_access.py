"""Access policy, sign-in, refresh rotation, API keys, consent and retention over the fakes."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from mhealth.adapters.memory import FixedClock, InMemoryBlobStore, InMemoryPasswordHasher, InMemoryUnitOfWork
from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.errors import Forbidden, InvalidInput, InvariantViolation, NotFound, TooManyAttempts, Unauthorized
from mhealth.domain.model import AuditEntry, AuditOutcome, ConsentScope, Role
from mhealth.domain.rules.access import (
    Action,
    LoginPolicy,
    actor_for,
    after_failure,
    allowed,
    can_see,
    locked_for,
)
from mhealth.domain.usecases.access import AccessControl, AccessPolicy
from mhealth.domain.usecases.audit import AuditTrail
from mhealth.domain.usecases.consent import Consents
from mhealth.domain.usecases.retention import Retention, RetentionPolicy

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
PASSWORD = "할머니-correct-horse-7"


# -- the pure policy ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    [
        (Role.GUARDIAN, Action.READ, True),
        (Role.GUARDIAN, Action.ACKNOWLEDGE, True),
        (Role.GUARDIAN, Action.ERASE_SENIOR, False),
        (Role.GUARDIAN, Action.READ_AUDIT, False),
        (Role.GUARDIAN, Action.CREATE_SENIOR, False),
        (Role.SOCIAL_WORKER, Action.CONSENT, True),
        (Role.SOCIAL_WORKER, Action.MANAGE_ACCOUNTS, False),
        (Role.SENIOR, Action.READ, True),
        (Role.SENIOR, Action.CHECK_IN, True),
        (Role.SENIOR, Action.ACKNOWLEDGE, False),
        (Role.SERVICE, Action.CREATE_SENIOR, True),
        (Role.SERVICE, Action.READ_AUDIT, False),
        (Role.SERVICE, Action.ERASE_SENIOR, False),
        (Role.ADMIN, Action.ERASE_SENIOR, True),
        (Role.ADMIN, Action.READ_AUDIT, True),
    ],
)
def test_what_each_role_may_do_for_a_linked_senior(role, action, expected):
    actor = actor_for("someone", role, linked=["s1"])
    assert allowed(actor, action, "s1") is expected


def test_a_linked_actor_reaches_only_their_seniors():
    guardian = actor_for("g", Role.GUARDIAN, linked=["s1"])
    assert can_see(guardian, "s1") and not can_see(guardian, "s2")
    assert not allowed(guardian, Action.READ, "s2")
    senior = actor_for("s9", Role.SENIOR)
    assert senior.seniors == {"s9"}
    assert actor_for("svc", Role.SERVICE, all_seniors=True).seniors is None
    assert actor_for("svc", Role.SERVICE, linked=["s1"]).seniors == {"s1"}
    assert actor_for("root", Role.ADMIN).sees_everyone


def test_require_answers_not_found_for_an_invisible_senior_and_forbidden_for_a_role_limit():
    guardian = actor_for("g", Role.GUARDIAN, linked=["s1"])
    with pytest.raises(NotFound):
        AccessControl.require(guardian, Action.READ, "s2")
    with pytest.raises(NotFound):
        AccessControl.require(guardian, Action.ERASE_SENIOR, "s2")  # no hint that s2 exists
    with pytest.raises(Forbidden):
        AccessControl.require(guardian, Action.ERASE_SENIOR, "s1")
    AccessControl.require(guardian, Action.ACKNOWLEDGE, "s1")


def test_five_failures_lock_for_the_lockout_and_the_lock_ends():
    policy = LoginPolicy(max_failures=5, window=timedelta(minutes=15), lockout=timedelta(minutes=15))
    state = None
    for i in range(4):
        state = after_failure(state, "account:k", NOW + timedelta(seconds=i), policy)
        assert locked_for(state, NOW + timedelta(seconds=i)) == 0
    state = after_failure(state, "account:k", NOW + timedelta(seconds=5), policy)
    assert locked_for(state, NOW + timedelta(seconds=5)) == 15 * 60
    assert locked_for(state, NOW + timedelta(minutes=16)) == 0
    fresh = after_failure(state, "account:k", NOW + timedelta(minutes=16), policy)
    assert fresh.failures == 1 and fresh.locked_until is None


def test_failures_spread_beyond_the_window_do_not_lock():
    policy = LoginPolicy(max_failures=3, window=timedelta(minutes=1), lockout=timedelta(minutes=5))
    state = None
    for i in range(6):
        state = after_failure(state, "ip:1", NOW + timedelta(minutes=2 * i), policy)
    assert state.locked_until is None


def test_an_audit_entry_refuses_free_text_where_codes_belong():
    with pytest.raises(InvariantViolation):
        AuditEntry(
            id="1",
            at=NOW,
            actor="g",
            actor_role="guardian",
            action="read 김순자's transcript",
            resource_type="check_in",
            resource_id=None,
            senior_id=None,
            outcome=AuditOutcome.ALLOWED,
        )


# -- sign-in, sessions, keys ----------------------------------------------------------------------------


@pytest.fixture
def world():
    uow = InMemoryUnitOfWork()
    clock = FixedClock(NOW)
    hasher = InMemoryPasswordHasher()
    access = AccessControl(uow=uow, hasher=hasher, clock=clock, policy=AccessPolicy(refresh_ttl=timedelta(days=1)))
    return uow, clock, hasher, access


async def add_senior(uow, **kw):
    senior = sample_senior(**kw)
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.commit()
    return senior


async def test_a_password_is_stored_only_as_a_hash_and_signs_in(world):
    uow, _, _, access = world
    user = await access.create_user(email=" Kim@Example.KR ", password=PASSWORD, role=Role.GUARDIAN)
    assert user.email == "kim@example.kr" and PASSWORD not in user.password_hash
    session = await access.login("KIM@example.kr", PASSWORD, client_ip="203.0.113.1")
    assert session.user.id == user.id and session.refresh_token.startswith("mhr_")
    async with uow.begin() as tx:
        assert await tx.refresh_tokens.get_by_hash(session.refresh_token) is None  # only the hash is stored


async def test_short_passwords_and_service_users_are_refused(world):
    _, _, _, access = world
    with pytest.raises(InvalidInput):
        await access.create_user(email="a@b.kr", password="short", role=Role.GUARDIAN)
    with pytest.raises(InvalidInput):
        await access.create_user(email="a@b.kr", password=PASSWORD, role=Role.SERVICE)


async def test_wrong_password_unknown_email_and_disabled_user_get_the_same_answer(world):
    _, _, hasher, access = world
    user = await access.create_user(email="kim@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    messages = set()
    for email, password in (("kim@example.kr", "wrong-password-1"), ("nobody@example.kr", PASSWORD)):
        with pytest.raises(Unauthorized) as caught:
            await access.login(email, password, client_ip=None)
        messages.add(caught.value.detail)
    await access.set_disabled(user.id, True)
    with pytest.raises(Unauthorized) as caught:
        await access.login("kim@example.kr", PASSWORD, client_ip=None)
    messages.add(caught.value.detail)
    assert len(messages) == 1
    assert hasher.verifications == 3  # the unknown e-mail was checked against a hash too (timing)


async def test_five_failures_lock_the_account_even_for_the_right_password_then_it_unlocks(world):
    _, clock, _, access = world
    await access.create_user(email="kim@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    for i in range(5):
        with pytest.raises(Unauthorized):
            await access.login("kim@example.kr", "wrong-password!", client_ip=f"198.51.100.{i}")
    with pytest.raises(TooManyAttempts) as caught:
        await access.login("kim@example.kr", PASSWORD, client_ip="198.51.100.99")
    assert 0 < caught.value.retry_after <= 15 * 60
    clock.advance(timedelta(minutes=16))
    assert (await access.login("kim@example.kr", PASSWORD, client_ip="198.51.100.99")).user.email == "kim@example.kr"


async def test_five_failures_from_one_address_lock_that_address_for_every_account(world):
    _, _, _, access = world
    await access.create_user(email="kim@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    for i in range(5):
        with pytest.raises(Unauthorized):
            await access.login(f"guess{i}@example.kr", "whatever-password", client_ip="192.0.2.66")
    with pytest.raises(TooManyAttempts):
        await access.login("kim@example.kr", PASSWORD, client_ip="192.0.2.66")
    assert (await access.login("kim@example.kr", PASSWORD, client_ip="192.0.2.67")).user


async def test_refresh_rotates_and_a_reused_token_ends_the_whole_family(world):
    _, _, _, access = world
    await access.create_user(email="kim@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    first = await access.login("kim@example.kr", PASSWORD, client_ip=None)
    second = await access.refresh(first.refresh_token)
    assert second.family_id == first.family_id and second.refresh_token != first.refresh_token
    third = await access.refresh(second.refresh_token)
    assert await access.session_active(first.family_id)
    with pytest.raises(Unauthorized):
        await access.refresh(first.refresh_token)  # a replay: stolen
    assert not await access.session_active(first.family_id)
    with pytest.raises(Unauthorized):
        await access.refresh(third.refresh_token)  # the legitimate holder must sign in again


async def test_logout_ends_the_session_and_other_sessions_live_on(world):
    _, _, _, access = world
    await access.create_user(email="kim@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    phone = await access.login("kim@example.kr", PASSWORD, client_ip=None)
    tablet = await access.login("kim@example.kr", PASSWORD, client_ip=None)
    assert await access.logout(phone.refresh_token)
    assert not await access.session_active(phone.family_id)
    assert await access.session_active(tablet.family_id)
    with pytest.raises(Unauthorized):
        await access.refresh(phone.refresh_token)


async def test_an_expired_refresh_token_is_refused(world):
    _, clock, _, access = world
    await access.create_user(email="kim@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    session = await access.login("kim@example.kr", PASSWORD, client_ip=None)
    clock.advance(timedelta(days=2))
    with pytest.raises(Unauthorized):
        await access.refresh(session.refresh_token)


async def test_api_keys_are_stored_hashed_rotate_and_revoke(world):
    uow, _, _, access = world
    senior = await add_senior(uow)
    issued = await access.create_client(name="call center", seniors=[senior.id])
    assert issued.key.startswith("mhk_") and len(issued.key) > 40
    assert issued.client.key_hash == hashlib.sha256(issued.key.encode()).hexdigest()
    assert (await access.authenticate_key(issued.key)).id == issued.client.id
    actor = await access.actor(issued.client.id, Role.SERVICE)
    assert actor.seniors == {senior.id}
    rotated = await access.rotate_client(issued.client.id)
    with pytest.raises(Unauthorized):
        await access.authenticate_key(issued.key)
    assert (await access.authenticate_key(rotated.key)).id == issued.client.id
    await access.revoke_client(issued.client.id)
    with pytest.raises(Unauthorized):
        await access.authenticate_key(rotated.key)
    with pytest.raises(Unauthorized):
        await access.authenticate_key("mhk_" + "x" * 43)


async def test_a_guardian_lists_only_linked_seniors_and_their_alerts(world):
    from mhealth.adapters.sql.testing import sample_alert

    uow, _, _, access = world
    mine, other = await add_senior(uow), await add_senior(uow)
    guardian = await access.create_user(email="g@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    assert await access.link(guardian.id, mine.id, by="admin")
    assert not await access.link(guardian.id, mine.id, by="admin")
    async with uow.begin() as tx:
        for s in (mine, other):
            c = sample_check_in(s.id)
            await tx.check_ins.add(c)
            await tx.alerts.add(sample_alert(c))
        await tx.commit()
    actor = await access.actor(guardian.id, Role.GUARDIAN)
    assert [s.id for s in (await access.list_seniors(actor)).items] == [mine.id]
    assert {a.senior_id for a in (await access.list_alerts(actor)).items} == {mine.id}
    with pytest.raises(NotFound):
        await access.list_alerts(actor, senior_id=other.id)
    admin = await access.actor("root", Role.ADMIN)
    assert len((await access.list_alerts(admin)).items) == 2


# -- consent and retention ------------------------------------------------------------------------------


async def test_consent_is_recorded_with_who_and_when_and_withdrawal_stops_audio(world):
    uow, clock, _, _ = world
    senior = await add_senior(uow)
    consents = Consents(uow=uow, clock=clock)
    await consents.record(senior.id, ConsentScope.AUDIO_PROCESSING, granted=True, by="worker-7")
    clock.advance(timedelta(hours=1))
    withdrawn = await consents.record(senior.id, ConsentScope.AUDIO_PROCESSING, granted=False, by=senior.id)
    history = await consents.history(senior.id)
    assert [(r.granted, r.recorded_by) for r in history] == [(True, "worker-7"), (False, senior.id)]
    assert withdrawn.recorded_at == NOW + timedelta(hours=1)
    async with uow.begin() as tx:
        assert (await tx.seniors.get(senior.id)).consent_audio is False
    with pytest.raises(NotFound):
        await consents.record("nobody", ConsentScope.ANALYTICS, granted=True, by="x")


async def retention_world(world, **policy):
    uow, clock, _, _ = world
    blobs = InMemoryBlobStore()
    retention = Retention(uow=uow, blobs=blobs, clock=clock, policy=RetentionPolicy(**policy))
    return uow, clock, blobs, retention


async def store(uow, blobs, senior_id, created_at, *, sha=None, audio=True):
    check_in = sample_check_in(senior_id, created_at=created_at, sha256=sha, audio=audio)
    if check_in.recording is not None:
        blobs.objects[check_in.recording.blob_key] = b"audio of " + check_in.id.encode()
    async with uow.begin() as tx:
        await tx.check_ins.add(check_in)
        await tx.commit()
    return check_in


async def test_the_sweep_deletes_old_audio_and_the_audio_of_withdrawn_consent_and_nothing_else(world):
    uow, clock, blobs, retention = await retention_world(world, audio_days=7)
    a = await add_senior(uow)
    b = await add_senior(uow)
    old = await store(uow, blobs, a.id, NOW - timedelta(days=8))
    fresh = await store(uow, blobs, a.id, NOW - timedelta(days=1))
    text = await store(uow, blobs, a.id, NOW - timedelta(days=30), audio=False)
    of_b = await store(uow, blobs, b.id, NOW - timedelta(days=1))
    await Consents(uow=uow, clock=clock).record(b.id, ConsentScope.AUDIO_PROCESSING, granted=False, by="b")

    report = await retention.run()

    assert report.recordings_expired == 2 and report.blobs_removed == 2
    assert not await blobs.exists(old.recording.blob_key)
    assert not await blobs.exists(of_b.recording.blob_key)
    assert await blobs.exists(fresh.recording.blob_key)
    async with uow.begin() as tx:
        kept_old = await tx.check_ins.get(old.id)
        assert kept_old.recording.blob_deleted_at == NOW  # metadata, transcript and assessment stay
        assert kept_old.transcript == old.transcript and kept_old.assessment == old.assessment
        assert (await tx.check_ins.get(fresh.id)).recording.blob_deleted_at is None
        assert await tx.check_ins.get(text.id) == text
    assert (await retention.run()).recordings_expired == 0  # idempotent


async def test_a_blob_shared_with_a_live_recording_is_kept(world):
    uow, _, blobs, retention = await retention_world(world, audio_days=7)
    a, b = await add_senior(uow), await add_senior(uow)
    sha = "ab" * 32
    old = await store(uow, blobs, a.id, NOW - timedelta(days=9), sha=sha)
    await store(uow, blobs, b.id, NOW - timedelta(days=1), sha=sha)
    report = await retention.run()
    assert report.recordings_expired == 1 and report.blobs_removed == 0
    assert await blobs.exists(old.recording.blob_key)


async def test_a_check_in_policy_removes_old_check_ins_whole(world):
    uow, _, blobs, retention = await retention_world(world, audio_days=7, check_in_days=365)
    a = await add_senior(uow)
    ancient = await store(uow, blobs, a.id, NOW - timedelta(days=400))
    recent = await store(uow, blobs, a.id, NOW - timedelta(days=10))
    report = await retention.run()
    assert report.check_ins_removed == 1
    async with uow.begin() as tx:
        assert await tx.check_ins.get(ancient.id) is None
        assert await tx.check_ins.get(recent.id) is not None
    assert not await blobs.exists(ancient.recording.blob_key)


async def test_erasing_a_senior_removes_everything_including_blobs_and_keeps_the_audit_trail(world):
    uow, clock, blobs, retention = await retention_world(world)
    a, b = await add_senior(uow), await add_senior(uow)
    mine = await store(uow, blobs, a.id, NOW)
    theirs = await store(uow, blobs, b.id, NOW)
    audit = AuditTrail(uow=uow, clock=clock)
    await audit.record(
        actor="root",
        actor_role="admin",
        action="senior.erase",
        resource_type="senior",
        resource_id=a.id,
        senior_id=a.id,
        outcome=AuditOutcome.ALLOWED,
    )
    assert await retention.erase_senior(a.id)
    assert not await retention.erase_senior(a.id)
    assert not await blobs.exists(mine.recording.blob_key)
    assert await blobs.exists(theirs.recording.blob_key)
    async with uow.begin() as tx:
        assert await tx.seniors.get(a.id) is None
        assert await tx.check_ins.get(mine.id) is None
        assert await tx.check_ins.get(theirs.id) is not None
    assert [e.action for e in (await audit.query(senior_id=a.id)).items] == ["senior.erase"]


async def test_audit_entries_are_truncated_ids_never_free_text(world):
    uow, clock, _, _ = world
    audit = AuditTrail(uow=uow, clock=clock)
    entry = await audit.record(
        actor="g" * 100,
        actor_role="guardian",
        action="check_in.read",
        resource_type="check_in",
        resource_id="x" * 100,
        outcome=AuditOutcome.DENIED,
        client_ip="2001:db8::1",
    )
    assert len(entry.actor) == 64 and len(entry.resource_id) == 64
    assert msgspec.json.encode(entry).count(b"x") == 64
