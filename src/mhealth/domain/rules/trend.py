"""A senior's trend: a pure function from stored assessments (DESIGN.md "Trend").

* Daily aggregates in the senior's time zone: mean of each score and the worst risk level that day.
* A 7-day moving average per day (mean of the days with data among that day and the six before it).
* ``recent`` = mean of the daily means over the last ``recent_days`` (7) days of the window;
  ``baseline`` = mean of the daily means over the ``baseline_days`` (30) days before that.
* ``worsening`` when depression or anxiety rises by at least ``threshold`` points (10) against the
  baseline. Cognitive change is reported (higher is better, so a fall is a decline) and flags
  worsening when it falls by at least the threshold.
* Missed scheduled check-ins (see :mod:`mhealth.domain.rules.schedule`) in the window: a count per day of the
  senior's zone (days without a miss are left out, as days without a check-in are) and each slot's instant.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import DailyPoint, MissedDay, RiskLevel, Trend


class ScorePoint(msgspec.Struct, frozen=True, kw_only=True):
    at: datetime
    depression: float
    anxiety: float
    cognitive: float
    risk_level: RiskLevel


class TrendPolicy(msgspec.Struct, frozen=True, kw_only=True):
    window_days: int = 90
    recent_days: int = 7
    baseline_days: int = 30
    threshold: float = 10.0

    def __post_init__(self) -> None:
        for name in ("window_days", "recent_days", "baseline_days"):
            if not 1 <= getattr(self, name) <= 3660:
                raise InvalidInput(f"{name} must be between 1 and 3660 days", field=name)
        if self.threshold <= 0:
            raise InvalidInput("threshold must be positive", field="threshold")

    def history_days(self) -> int:
        """How many days of history the trend needs (window, or recent + baseline if longer)."""
        return max(self.window_days, self.recent_days + self.baseline_days)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"unknown time zone {name!r}; use an IANA name such as Asia/Seoul", field="timezone"
        ) from None


def _mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return round(sum(items) / len(items), 2) if items else None


def compute_trend(
    senior_id: str,
    points: Iterable[ScorePoint],
    *,
    now: datetime,
    timezone: str = "Asia/Seoul",
    policy: TrendPolicy = TrendPolicy(),
    missed: Iterable[datetime] = (),
) -> Trend:
    """Build the trend of ``senior_id`` from its assessment points and missed slots (any order, any range)."""
    tz = zone(timezone)
    today = now.astimezone(tz).date()
    by_day: dict[date, list[ScorePoint]] = {}
    for p in points:
        by_day.setdefault(p.at.astimezone(tz).date(), []).append(p)

    daily: dict[date, tuple[float, float, float, RiskLevel, int]] = {}
    for day, items in by_day.items():
        daily[day] = (
            sum(i.depression for i in items) / len(items),
            sum(i.anxiety for i in items) / len(items),
            sum(i.cognitive for i in items) / len(items),
            RiskLevel.highest(*(i.risk_level for i in items)),
            len(items),
        )

    window_start = today - timedelta(days=policy.window_days - 1)
    out: list[DailyPoint] = []
    for offset in range(policy.window_days):
        day = window_start + timedelta(days=offset)
        if day not in daily:
            continue
        dep, anx, cog, worst, count = daily[day]
        week = [daily[d] for d in (day - timedelta(days=k) for k in range(7)) if d in daily]
        out.append(
            DailyPoint(
                day=day.isoformat(),
                count=count,
                depression=round(dep, 2),
                anxiety=round(anx, 2),
                cognitive=round(cog, 2),
                worst_risk=worst,
                depression_ma7=round(sum(w[0] for w in week) / len(week), 2),
                anxiety_ma7=round(sum(w[1] for w in week) / len(week), 2),
                cognitive_ma7=round(sum(w[2] for w in week) / len(week), 2),
            )
        )

    recent_start = today - timedelta(days=policy.recent_days - 1)
    baseline_start = recent_start - timedelta(days=policy.baseline_days)
    recent = [v for d, v in daily.items() if recent_start <= d <= today]
    baseline = [v for d, v in daily.items() if baseline_start <= d < recent_start]
    r = [_mean(float(v[i]) for v in recent) for i in range(3)]
    b = [_mean(float(v[i]) for v in baseline) for i in range(3)]
    change = [round(ri - bi, 2) if ri is not None and bi is not None else None for ri, bi in zip(r, b, strict=True)]

    reasons: list[str] = []
    if change[0] is not None and change[0] >= policy.threshold:
        reasons.append("depression_rising")
    if change[1] is not None and change[1] >= policy.threshold:
        reasons.append("anxiety_rising")
    if change[2] is not None and change[2] <= -policy.threshold:
        reasons.append("cognitive_declining")

    worst_risk = RiskLevel.highest(*(p.worst_risk for p in out)) if out else None
    in_window = sorted(m for m in missed if window_start <= m.astimezone(tz).date() <= today)
    per_day: dict[str, int] = {}
    for m in in_window:
        key = m.astimezone(tz).date().isoformat()
        per_day[key] = per_day.get(key, 0) + 1
    return Trend(
        senior_id=senior_id,
        timezone=timezone,
        window_days=policy.window_days,
        start=window_start.isoformat(),
        end=today.isoformat(),
        points=tuple(out),
        baseline_days=policy.baseline_days,
        baseline_depression=b[0],
        baseline_anxiety=b[1],
        baseline_cognitive=b[2],
        recent_depression=r[0],
        recent_anxiety=r[1],
        recent_cognitive=r[2],
        change_depression=change[0],
        change_anxiety=change[1],
        change_cognitive=change[2],
        worsening=bool(reasons),
        worsening_reasons=tuple(reasons),
        worst_risk=worst_risk,
        missed_days=tuple(MissedDay(day=d, count=n) for d, n in sorted(per_day.items())),
        missed_check_ins=tuple(in_window),
        missed_total=len(in_window),
    )
