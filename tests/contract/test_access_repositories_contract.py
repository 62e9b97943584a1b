# ruff: noqa: F811  (the fixtures imported from conftest_storage are test parameters by name)
"""Contract of the access ports (users, clients, links, refresh tokens, consent, audit, login counters)
and of the retention queries, over every UnitOfWork implementation: memory fake, SQLite and MariaDB."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.errors import Conflict, NotFound
from mhealth.domain.model import (
    AccessLink,
    AuditEntry,
    AuditOutcome,
    ConsentRecord,
    ConsentScope,
    LoginFailures,
    RefreshToken,
    Role,
    ServiceClient,
    User,
    new_id,
)
from mhealth.domain.rules.access import digest
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def user(email: str = "guardian@example.kr", role: Role = Role.GUARDIAN) -> User:
    return User(id=new_id(), email=email, role=role, password_hash="$argon2id$v=19$fake", created_at=T0)


def client(name: str = "콜센터 🤖") -> ServiceClient:
    return ServiceClient(id=new_id(), name=name, key_hash=digest(new_id()), key_prefix="mhk_abcdef", created_at=T0)


async def seniors(uow, n: int = 2) -> list[str]:
    made = [sample_senior() for _ in range(n)]
    async with uow.begin() as tx:
        for s in made:
            await tx.seniors.add(s)
        await tx.commit()
    return [s.id for s in made]


# -- users ----------------------------------------------------------------------------------------------


async def test_a_user_round_trips_and_is_found_by_email(uow):
    u = user()
    async with uow.begin() as tx:
        await tx.users.add(u)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.users.get(u.id) == u
        assert await tx.users.get_by_email("guardian@example.kr") == u
        assert await tx.users.get_by_email("other@example.kr") is None


async def test_a_second_user_with_the_same_email_conflicts(uow):
    async with uow.begin() as tx:
        await tx.users.add(user())
        with pytest.raises(Conflict):
            await tx.users.add(user())
        await tx.commit()
    async with uow.begin() as tx:
        assert len((await tx.users.list()).items) == 1


async def test_updating_a_user_replaces_it_and_a_missing_one_is_not_found(uow):
    u = user()
    async with uow.begin() as tx:
        await tx.users.add(u)
        await tx.commit()
    changed = msgspec.structs.replace(u, disabled=True, password_hash="$argon2id$new")
    async with uow.begin() as tx:
        await tx.users.update(changed)
        with pytest.raises(NotFound):
            await tx.users.update(user("ghost@example.kr"))
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.users.get(u.id) == changed


async def test_users_page_by_id(uow):
    made = [user(f"u{i}@example.kr") for i in range(5)]
    async with uow.begin() as tx:
        for u in made:
            await tx.users.add(u)
        await tx.commit()
    async with uow.begin() as tx:
        first = await tx.users.list(limit=3)
        rest = await tx.users.list(limit=3, after=first.next_cursor)
    assert [u.id for u in first.items + rest.items] == sorted(u.id for u in made)
    assert rest.next_cursor is None


# -- service clients ------------------------------------------------------------------------------------


async def test_a_client_is_found_by_its_key_hash_and_rotation_replaces_the_hash(uow):
    c = client()
    async with uow.begin() as tx:
        await tx.clients.add(c)
        await tx.commit()
    rotated = msgspec.structs.replace(c, key_hash=digest("new key"), rotated_at=T0 + timedelta(days=1))
    async with uow.begin() as tx:
        assert await tx.clients.get_by_key_hash(c.key_hash) == c
        await tx.clients.update(rotated)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.clients.get_by_key_hash(c.key_hash) is None
        assert await tx.clients.get_by_key_hash(digest("new key")) == rotated
        assert [x.id for x in (await tx.clients.list()).items] == [c.id]


async def test_two_clients_cannot_share_a_key(uow):
    c = client()
    async with uow.begin() as tx:
        await tx.clients.add(c)
        with pytest.raises(Conflict):
            await tx.clients.add(msgspec.structs.replace(client(), key_hash=c.key_hash))
        with pytest.raises(NotFound):
            await tx.clients.update(client())


# -- links ----------------------------------------------------------------------------------------------


async def test_links_are_idempotent_removable_and_listed_both_ways(uow):
    a, b = await seniors(uow)
    g, w = new_id(), new_id()
    async with uow.begin() as tx:
        assert await tx.links.add(AccessLink(principal_id=g, senior_id=a, created_at=T0, created_by="admin"))
        assert not await tx.links.add(AccessLink(principal_id=g, senior_id=a, created_at=T0, created_by="admin"))
        await tx.links.add(AccessLink(principal_id=g, senior_id=b, created_at=T0, created_by="admin"))
        await tx.links.add(AccessLink(principal_id=w, senior_id=a, created_at=T0, created_by="admin"))
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.links.seniors_for(g) == sorted([a, b])
        assert await tx.links.principals_for(a) == sorted([g, w])
        assert await tx.links.remove(g, a)
        assert not await tx.links.remove(g, a)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.links.seniors_for(g) == [b]
        assert await tx.links.seniors_for(new_id()) == []


# -- refresh tokens -------------------------------------------------------------------------------------


def refresh(family: str, user_id: str, *, expires: datetime | None = None) -> RefreshToken:
    return RefreshToken(
        id=new_id(),
        token_hash=digest(new_id()),
        family_id=family,
        user_id=user_id,
        created_at=T0,
        expires_at=expires or T0 + timedelta(days=14),
    )


async def test_a_refresh_token_is_used_once(uow):
    t = refresh(new_id(), new_id())
    async with uow.begin() as tx:
        await tx.refresh_tokens.add(t)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.refresh_tokens.get_by_hash(t.token_hash) == t
        assert await tx.refresh_tokens.mark_used(t.id, T0)
        assert not await tx.refresh_tokens.mark_used(t.id, T0)
        assert not await tx.refresh_tokens.mark_used(new_id(), T0)
        await tx.commit()
    async with uow.begin() as tx:
        assert (await tx.refresh_tokens.get_by_hash(t.token_hash)).used_at == T0


async def test_revoking_a_family_ends_it_and_leaves_other_families_alive(uow):
    fam, other, uid = new_id(), new_id(), new_id()
    tokens = [refresh(fam, uid), refresh(fam, uid), refresh(other, uid)]
    async with uow.begin() as tx:
        for t in tokens:
            await tx.refresh_tokens.add(t)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.refresh_tokens.family_active(fam, T0)
        assert await tx.refresh_tokens.revoke_family(fam, T0) == 2
        assert await tx.refresh_tokens.revoke_family(fam, T0) == 0
        await tx.commit()
    async with uow.begin() as tx:
        assert not await tx.refresh_tokens.family_active(fam, T0)
        assert await tx.refresh_tokens.family_active(other, T0)
        assert await tx.refresh_tokens.revoke_user(uid, T0) == 1
        await tx.commit()
    async with uow.begin() as tx:
        assert not await tx.refresh_tokens.family_active(other, T0)


async def test_an_expired_family_is_not_active(uow):
    fam = new_id()
    async with uow.begin() as tx:
        await tx.refresh_tokens.add(refresh(fam, new_id(), expires=T0 + timedelta(minutes=1)))
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.refresh_tokens.family_active(fam, T0)
        assert not await tx.refresh_tokens.family_active(fam, T0 + timedelta(minutes=2))


# -- consent --------------------------------------------------------------------------------------------


async def test_consent_history_is_kept_and_the_latest_record_is_current(uow):
    (a,) = await seniors(uow, 1)
    records = [
        ConsentRecord(
            id=new_id(),
            senior_id=a,
            scope=ConsentScope.AUDIO_PROCESSING,
            granted=g,
            recorded_by="사회복지사 7",
            recorded_at=T0 + timedelta(minutes=i),
        )
        for i, g in enumerate([True, False, True])
    ]
    analytics = ConsentRecord(
        id=new_id(), senior_id=a, scope=ConsentScope.ANALYTICS, granted=False, recorded_by="admin", recorded_at=T0
    )
    async with uow.begin() as tx:
        for r in [*records, analytics]:
            await tx.consents.add(r)
        await tx.commit()
    async with uow.begin() as tx:
        assert list(await tx.consents.history(a)) == sorted([*records, analytics], key=lambda r: (r.recorded_at, r.id))
        assert await tx.consents.current(a, ConsentScope.AUDIO_PROCESSING) == records[-1]
        assert await tx.consents.current(a, ConsentScope.ANALYTICS) == analytics
        assert await tx.consents.current(new_id(), ConsentScope.ANALYTICS) is None


async def test_erasing_a_senior_removes_their_links_and_consents(uow):
    a, b = await seniors(uow)
    async with uow.begin() as tx:
        for s in (a, b):
            await tx.links.add(AccessLink(principal_id="g", senior_id=s, created_at=T0, created_by="admin"))
            await tx.consents.add(
                ConsentRecord(
                    id=new_id(),
                    senior_id=s,
                    scope=ConsentScope.AUDIO_PROCESSING,
                    granted=True,
                    recorded_by="x",
                    recorded_at=T0,
                )
            )
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.seniors.delete(a)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.links.seniors_for("g") == [b]
        assert list(await tx.consents.history(a)) == []
        assert len(await tx.consents.history(b)) == 1


# -- audit ----------------------------------------------------------------------------------------------


def entry(senior_id: str | None, actor: str, at: datetime, outcome: AuditOutcome = AuditOutcome.ALLOWED) -> AuditEntry:
    return AuditEntry(
        id=new_id(),
        at=at,
        actor=actor,
        actor_role="guardian",
        action="check_in.read",
        resource_type="check_in",
        resource_id=new_id(),
        senior_id=senior_id,
        outcome=outcome,
        client_ip="203.0.113.7",
        request_id="req-12345678",
    )


async def test_audit_entries_are_appended_and_queried_newest_first_with_filters(uow):
    a, b = new_id(), new_id()
    entries = [
        entry(a, "g1", T0),
        entry(b, "g1", T0 + timedelta(minutes=1), AuditOutcome.DENIED),
        entry(a, "g2", T0 + timedelta(minutes=2)),
        entry(None, "anonymous", T0 + timedelta(minutes=3), AuditOutcome.FAILED),
    ]
    async with uow.begin() as tx:
        for e in entries:
            await tx.audit.append(e)
        with pytest.raises(Conflict):
            await tx.audit.append(entries[0])
        await tx.commit()
    async with uow.begin() as tx:
        everything = await tx.audit.query()
        of_a = await tx.audit.query(senior_id=a)
        by_g1 = await tx.audit.query(actor="g1")
        recent = await tx.audit.query(since=T0 + timedelta(minutes=2))
        first = await tx.audit.query(limit=3)
        rest = await tx.audit.query(limit=3, after=first.next_cursor)
    assert list(everything.items) == entries[::-1]
    assert [e.actor for e in of_a.items] == ["g2", "g1"]
    assert [e.senior_id for e in by_g1.items] == [b, a]
    assert len(recent.items) == 2
    assert list(first.items + rest.items) == entries[::-1] and rest.next_cursor is None


def test_the_audit_port_has_no_way_to_change_or_remove_an_entry():
    from mhealth.ports.repositories import AuditRepository

    assert {n for n in vars(AuditRepository) if not n.startswith("_")} == {"append", "query"}


# -- login counters -------------------------------------------------------------------------------------


async def test_login_counters_are_upserted_and_cleared(uow):
    first = LoginFailures(key="account:kim@example.kr", failures=1, first_failure_at=T0)
    locked = msgspec.structs.replace(first, failures=5, locked_until=T0 + timedelta(minutes=15))
    async with uow.begin() as tx:
        await tx.login_throttle.put(first)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.login_throttle.get(first.key) == first
        await tx.login_throttle.put(locked)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.login_throttle.get(first.key) == locked
        await tx.login_throttle.clear(first.key)
        await tx.login_throttle.clear("ip:never-seen")
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.login_throttle.get(first.key) is None


# -- retention queries ----------------------------------------------------------------------------------


async def test_recordings_due_for_deletion_are_the_old_ones_and_those_without_consent(uow):
    a, b = await seniors(uow)
    old = sample_check_in(a, created_at=T0)
    new = sample_check_in(a, created_at=T0 + timedelta(days=10))
    text = sample_check_in(a, created_at=T0, audio=False)
    withdrawn = sample_check_in(b, created_at=T0 + timedelta(days=10))
    async with uow.begin() as tx:
        for c in (old, new, text, withdrawn):
            await tx.check_ins.add(c)
        senior_b = await tx.seniors.get(b)
        await tx.seniors.update(msgspec.structs.replace(senior_b, consent_audio=False))
        await tx.commit()
    cutoff = T0 + timedelta(days=3)
    async with uow.begin() as tx:
        due = await tx.check_ins.recordings_due_for_deletion(cutoff)
        assert [r.id for r in due] == [old.recording.id, withdrawn.recording.id]
        await tx.check_ins.mark_blob_deleted(old.recording.id, cutoff)
        await tx.commit()
    async with uow.begin() as tx:
        assert [r.id for r in await tx.check_ins.recordings_due_for_deletion(cutoff)] == [withdrawn.recording.id]
        assert (await tx.check_ins.get(old.id)).recording.blob_deleted_at == cutoff
        assert old.recording.blob_key not in await tx.check_ins.blob_keys_in_use()
        assert await tx.check_ins.blob_keys_for_senior(a) == {new.recording.blob_key}
        assert (await tx.seniors.get(b)).consent_audio is False


async def test_old_check_ins_are_removed_whole_and_newer_ones_stay(uow):
    from mhealth.adapters.sql.testing import sample_alert

    (a,) = await seniors(uow, 1)
    old = sample_check_in(a, created_at=T0)
    new = sample_check_in(a, created_at=T0 + timedelta(days=40))
    async with uow.begin() as tx:
        for c in (old, new):
            await tx.check_ins.add(c)
        await tx.alerts.add(sample_alert(old))
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.check_ins.delete_created_before(T0 + timedelta(days=30)) == 1
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.check_ins.get(old.id) is None
        assert await tx.check_ins.get(new.id) == new
        assert (await tx.alerts.list(senior_id=a)).items == ()


async def test_alerts_can_be_listed_for_a_set_of_seniors(uow):
    from mhealth.adapters.sql.testing import sample_alert

    a, b = await seniors(uow)
    ca, cb = sample_check_in(a), sample_check_in(b)
    async with uow.begin() as tx:
        await tx.check_ins.add(ca)
        await tx.check_ins.add(cb)
        alert_a, alert_b = sample_alert(ca), sample_alert(cb)
        await tx.alerts.add(alert_a)
        await tx.alerts.add(alert_b)
        await tx.commit()
    async with uow.begin() as tx:
        assert [x.id for x in (await tx.alerts.list(senior_ids=[a])).items] == [alert_a.id]
        assert (await tx.alerts.list(senior_ids=[])).items == ()
        assert len((await tx.alerts.list()).items) == 2
