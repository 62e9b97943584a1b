"""The web app's pure parts: care views by urgency, evidence spans, the SVG trend chart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec

from mhealth.adapters.memory.clock import FixedClock
from mhealth.adapters.memory.repositories import InMemoryUnitOfWork
from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.model import Alert, Concern, DailyPoint, Dimension, Evidence, RiskLevel, Role, Trend
from mhealth.domain.rules.access import actor_for
from mhealth.domain.usecases.care_views import CareViews
from mhealth.entrypoints.http.web.chart import missed_days, trend_svg
from mhealth.entrypoints.http.web.i18n import MESSAGES, choose_language
from mhealth.entrypoints.http.web.views import evidence_spans, highlighted

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


async def _world():
    uow = InMemoryUnitOfWork()
    calm, alerted, silent, hidden = (
        msgspec.structs.replace(sample_senior(), display_name=n) for n in ("calm", "alerted", "silent", "hidden")
    )
    async with uow.begin() as tx:
        for senior in (calm, alerted, silent, hidden):
            await tx.seniors.add(senior)
        for senior, days_ago, risk in ((calm, 0, "low"), (alerted, 1, "high"), (silent, 20, "low"), (hidden, 0, "low")):
            check_in = sample_check_in(senior.id, created_at=NOW - timedelta(days=days_ago), audio=False)
            check_in = msgspec.structs.replace(
                check_in, assessment=msgspec.structs.replace(check_in.assessment, risk_level=RiskLevel(risk))
            )
            await tx.check_ins.add(check_in)
            if senior is alerted:
                await tx.alerts.add(
                    Alert(
                        id="a" * 32,
                        senior_id=senior.id,
                        check_in_id=check_in.id,
                        assessment_id=check_in.assessment.id,
                        level=RiskLevel.CRITICAL,
                        reason_code="active_ideation",
                        reason="r",
                        reason_ko="r",
                        evidence=(),
                        recommended_action="a",
                        recommended_action_ko="a",
                        created_at=check_in.created_at,
                    )
                )
        await tx.commit()
    return CareViews(uow=uow, clock=FixedClock(NOW)), (calm, alerted, silent, hidden)


async def test_my_seniors_are_sorted_by_urgency_and_scoped_to_the_actor():
    care, (calm, alerted, silent, _hidden) = await _world()
    actor = actor_for("g", Role.GUARDIAN, linked=[calm.id, alerted.id, silent.id])
    summaries = await care.overview(actor)
    assert [s.senior.display_name for s in summaries] == ["alerted", "silent", "calm"]
    first = summaries[0]
    assert (
        first.open_alerts == 1 and first.worst_open_alert is RiskLevel.CRITICAL and first.latest_risk is RiskLevel.HIGH
    )
    assert summaries[1].days_silent == 20  # found beyond the first week
    assert summaries[2].days_silent == 0 and summaries[2].open_alerts == 0
    everyone = await care.overview(actor_for("admin", Role.ADMIN))
    assert {s.senior.display_name for s in everyone} == {"calm", "alerted", "silent", "hidden"}


def test_evidence_spans_use_offsets_when_true_else_the_first_occurrence_and_merge_overlaps():
    text = "외롭고 외롭다. 약을 모아두고 있어요"
    spans = evidence_spans(
        text,
        [
            Evidence(quote="외롭다", start=4, end=7),
            Evidence(quote="약을 모아"),
            Evidence(quote="모아두고"),
            Evidence(quote="없는말"),
        ],
    )
    assert [(text[s.start : s.end]) for s in spans] == ["외롭다", "약을 모아두고"]


def test_the_highlighted_transcript_escapes_everything_but_the_marks():
    check_in = sample_check_in("s" * 32, audio=False, text="<script>x</script> 죽고 싶어요")
    concern = Concern(
        code="x",
        dimension=Dimension.SUICIDAL_IDEATION,
        label_ko="x",
        label_en="x",
        evidence=(Evidence(quote="죽고 싶어요"),),
    )
    assessment = msgspec.structs.replace(check_in.assessment, concerns=(concern,))
    html = str(highlighted(msgspec.structs.replace(check_in, assessment=assessment)))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>죽고 싶어요</mark>" in html


def _trend(days: list[int]) -> Trend:
    points = tuple(
        DailyPoint(
            day=(NOW.date() - timedelta(days=89 - d)).isoformat(),
            count=1,
            depression=40.0,
            anxiety=20.0,
            cognitive=90.0,
            worst_risk=RiskLevel.MODERATE,
            depression_ma7=38.0,
            anxiety_ma7=21.0,
            cognitive_ma7=91.0,
        )
        for d in days
    )
    return Trend(
        senior_id="s", timezone="Asia/Seoul", window_days=90, start=(NOW.date() - timedelta(days=89)).isoformat(),
        end=NOW.date().isoformat(), points=points, baseline_days=30, baseline_depression=None, baseline_anxiety=None,
        baseline_cognitive=None, recent_depression=None, recent_anxiety=None, recent_cognitive=None,
        change_depression=None, change_anxiety=None, change_cognitive=None, worsening=False, worsening_reasons=(),
        worst_risk=RiskLevel.MODERATE,
    )  # fmt: skip


def test_the_chart_breaks_daily_lines_at_missed_days_and_marks_them():
    trend = _trend([0, 1, 2, 10, 11])
    labels = {"title": "<t>", "depression": "d", "anxiety": "a", "cognitive": "c", "moderate": "m", "severe": "s"}
    svg = str(trend_svg(trend, labels))
    assert missed_days(trend) == 85
    assert svg.count('class="cell missed"') == 85 and svg.count('class="cell risk-moderate"') == 5
    daily = next(p for p in svg.split("<path ") if p.startswith('class="line s-dep"'))
    assert daily.count("M") == 2  # a new segment after the gap
    assert '<title id="trend-title">&lt;t&gt;</title>' in svg and "style=" not in svg


def test_language_choice_and_every_message_in_both_languages():
    assert choose_language(None, None, None) == "ko"
    assert choose_language(None, None, "en-US,en;q=0.9,ko;q=0.8") == "en"
    assert choose_language(None, None, "ko-KR,en;q=0.5") == "ko"
    assert choose_language("en", "ko", "ko") == "en" and choose_language("xx", "en", "ko") == "en"
    assert all(set(v) == {"ko", "en"} and all(v.values()) for v in MESSAGES.values())
