"""CheckInRepository.score_points, the lean read behind trends, over every unit of work (memory, SQLite, MariaDB)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.model import RiskLevel
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures

T0 = datetime(2025, 1, 1, tzinfo=UTC)


async def test_score_points_are_the_scores_list_for_senior_would_give(uow):  # noqa: F811
    senior = sample_senior()
    check_ins = [sample_check_in(senior.id, created_at=T0 + timedelta(days=d), risk="high") for d in range(5)]
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        for check_in in check_ins:
            await tx.check_ins.add(check_in)
        await tx.commit()

    async with uow.begin() as tx:
        points = await tx.check_ins.score_points(senior.id, start=T0 + timedelta(days=1), end=T0 + timedelta(days=4))
        full = await tx.check_ins.list_for_senior(senior.id, start=T0 + timedelta(days=1), end=T0 + timedelta(days=4))

    assert [p.at for p in points] == [c.created_at for c in full.items] == [c.created_at for c in check_ins[1:4]]
    assert all(p.risk_level is RiskLevel.HIGH for p in points)
    assert [(p.depression, p.anxiety, p.cognitive) for p in points] == [
        (c.assessment.depression_score, c.assessment.anxiety_score, c.assessment.cognitive_score) for c in full.items
    ]
