"""Maintenance around the SQL store: the orphan-blob sweep and the database analytics sink."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from mhealth.adapters.filesystem.blobs import FileBlobStore
from mhealth.adapters.sql.analytics import SqlAnalytics
from mhealth.adapters.sql.schema import upgrade
from mhealth.adapters.sql.testing import (
    must_have_mysql,
    mysql_unreachable_reason,
    sample_check_in,
    sample_senior,
    scratch_mysql_database,
)
from mhealth.adapters.sql.uow import SqlUnitOfWork
from mhealth.domain.errors import ProviderUnavailable
from mhealth.domain.model import AnalyticsEvent, new_id
from mhealth.domain.usecases.maintenance import sweep_orphan_blobs


@pytest.fixture(params=["sqlite", "mariadb"])
async def uow(request, tmp_path: Path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'mhealth.db'}"
        upgrade(url)
        unit = SqlUnitOfWork(url, max_workers=2)
        yield unit
        await unit.aclose()
        return
    reason = mysql_unreachable_reason()
    if reason is not None:
        if must_have_mysql():
            pytest.fail(f"CI=true and the MariaDB tests cannot run: {reason}")
        pytest.skip(reason)
    with scratch_mysql_database(prefix="mhealth_maint") as url:
        upgrade(url)
        unit = SqlUnitOfWork(url, max_workers=2)
        yield unit
        await unit.aclose()


async def store_audio(blobs: FileBlobStore, data: bytes) -> str:
    return await blobs.put_bytes(data, sha256=hashlib.sha256(data).hexdigest())


async def test_the_sweep_removes_old_orphans_only(uow, tmp_path):
    blobs = FileBlobStore(tmp_path / "blobs")
    senior = sample_senior()
    used_data, orphan_data, young_data = b"used audio", b"abandoned upload", b"check-in in flight"
    used_sha = hashlib.sha256(used_data).hexdigest()
    used = await store_audio(blobs, used_data)
    orphan = await store_audio(blobs, orphan_data)
    young = await store_audio(blobs, young_data)
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.check_ins.add(sample_check_in(senior.id, sha256=used_sha))
        await tx.commit()
    for key in (used, orphan):
        os.utime(blobs.root / key, (0, 0))  # stored long ago

    result = await sweep_orphan_blobs(blobs, uow, older_than=timedelta(hours=1), now=datetime.now(UTC))

    assert result.removed == (orphan,)
    assert await blobs.exists(used)
    assert await blobs.exists(young)  # may belong to a transaction still running
    assert result.kept_recent == 1 and result.kept_in_use == 1


async def test_the_sweep_keeps_an_old_blob_that_a_new_check_in_stored_again(uow, tmp_path):
    blobs = FileBlobStore(tmp_path / "blobs")
    data = b"the same voice note, sent again"
    key = await store_audio(blobs, data)
    os.utime(blobs.root / key, (0, 0))  # orphaned long ago

    await store_audio(blobs, data)  # a new check-in stores it again; its transaction has not committed yet

    result = await sweep_orphan_blobs(blobs, uow, older_than=timedelta(hours=1), now=datetime.now(UTC))
    assert result.removed == ()
    assert await blobs.exists(key)


def sample_event(assessment_id: str | None = None, **changes) -> AnalyticsEvent:
    event = AnalyticsEvent(
        assessment_id=assessment_id or new_id(),
        senior_pseudonym="psn_" + "ab" * 16,
        occurred_at=datetime(2025, 3, 1, 9, 0, 0, 250000, tzinfo=UTC),
        source="audio",
        risk_level="high",
        depression_score=66.66666666666667,
        anxiety_score=38.1,
        cognitive_score=90.0,
        phq9=18,
        gad7=8,
        suicidal_ideation=1,
        loneliness=2,
        cognitive_concern=0,
        concern_codes=("passive_death_wish", "loneliness"),
        analyzer="gemini",
        degraded=False,
        audio_duration_s=31.5,
    )
    return msgspec.structs.replace(event, **changes)


async def test_database_analytics_stores_each_assessment_once(uow):
    analytics = SqlAnalytics(uow)
    first, second = sample_event(), sample_event(audio_duration_s=None, source="text")

    await analytics.record([first, second])
    await analytics.record([first, msgspec.structs.replace(first, risk_level="low")])  # a retry: ignored
    await analytics.record([])

    stored = await analytics.events()
    assert sorted(stored, key=lambda e: e.assessment_id) == sorted([first, second], key=lambda e: e.assessment_id)
    assert (await analytics.readiness()).state == "ready"


async def test_database_analytics_failure_is_provider_unavailable(tmp_path):
    url = f"sqlite:///{tmp_path / 'no-schema.db'}"  # never migrated: the table is missing
    analytics = SqlAnalytics(url)
    with pytest.raises(ProviderUnavailable):
        await analytics.record([sample_event()])
    await analytics.aclose()
