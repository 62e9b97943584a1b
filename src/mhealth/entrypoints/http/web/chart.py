"""A senior's trend as an SVG drawn on the server: no charting library, no script, readable on a phone.

Scores 0-100 per day (thin lines with dots), their 7-day averages (bold), PHQ-9 severity bands behind them
(the depression score is PHQ-9 scaled to 0-100: 10 and 20 of 27 are the moderate and severe cut-offs), a strip
under the plot with each day's worst risk level, and a mark for every day without a check-in. Series differ in
colour *and* dash pattern, so the chart reads without colour too; a text summary sits next to it in the page.
"""

from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup, escape

from mhealth.domain.model import DailyPoint, Trend

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP = 36, 8, 10
PLOT_BOTTOM = 240
STRIP_TOP, STRIP_HEIGHT = 252, 14
SERIES = (  # attribute on DailyPoint, CSS class (colour + dash in app.css)
    ("depression", "s-dep"),
    ("anxiety", "s-anx"),
    ("cognitive", "s-cog"),
)
MODERATE = 100 * 10 / 27
SEVERE = 100 * 20 / 27


def _days(trend: Trend) -> list[date]:
    start, end = date.fromisoformat(trend.start), date.fromisoformat(trend.end)
    count = max(1, (end - start).days + 1)
    return [start + timedelta(days=i) for i in range(count)]


def missed_days(trend: Trend) -> int:
    """Days of the window without a check-in."""
    return len(_days(trend)) - len({p.day for p in trend.points})


def trend_svg(trend: Trend, labels: dict[str, str]) -> Markup:
    """The chart; ``labels``: ``title``, ``depression``, ``anxiety``, ``cognitive``, ``moderate``, ``severe``."""
    days = _days(trend)
    index = {d.isoformat(): i for i, d in enumerate(days)}
    span = WIDTH - LEFT - RIGHT
    step = span / max(1, len(days) - 1)

    def x(i: int) -> float:
        return LEFT + i * step

    def y(score: float) -> float:
        return TOP + (PLOT_BOTTOM - TOP) * (1 - max(0.0, min(100.0, score)) / 100)

    out: list[str] = [
        f'<svg class="trend" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="trend-title" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="trend-title">{escape(labels["title"])}</title>',
        # PHQ-9 bands behind the lines
        f'<rect class="band-severe" x="{LEFT}" y="{y(100):.1f}" width="{span}" height="{y(SEVERE) - y(100):.1f}"/>',
        f'<rect class="band-moderate" x="{LEFT}" y="{y(SEVERE):.1f}" width="{span}" '
        f'height="{y(MODERATE) - y(SEVERE):.1f}"/>',
        f'<text class="band-label" x="{LEFT + 4}" y="{y(100) + 12:.1f}">{escape(labels["severe"])}</text>',
        f'<text class="band-label" x="{LEFT + 4}" y="{y(SEVERE) + 12:.1f}">{escape(labels["moderate"])}</text>',
    ]
    for score in (0, 50, 100):
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(score):.1f}" y2="{y(score):.1f}"/>')
        out.append(f'<text class="axis" x="{LEFT - 4}" y="{y(score) + 4:.1f}" text-anchor="end">{score}</text>')
    # month-ish ticks: the first day and every 30th
    for i in range(0, len(days), 30):
        out.append(f'<text class="axis" x="{x(i):.1f}" y="{HEIGHT - 4}">{days[i].strftime("%m-%d")}</text>')

    by_index: list[tuple[int, DailyPoint]] = sorted((index[p.day], p) for p in trend.points if p.day in index)
    for attr, series_css in SERIES:
        daily: list[str] = []
        average: list[str] = []
        previous = -2
        for i, point in by_index:
            # A gap (a day without a check-in) breaks the daily line; the 7-day average runs on.
            command = "L" if i == previous + 1 else "M"
            daily.append(f"{command}{x(i):.1f},{y(getattr(point, attr)):.1f}")
            average.append(f"{'L' if average else 'M'}{x(i):.1f},{y(getattr(point, attr + '_ma7')):.1f}")
            previous = i
        if daily:
            out.append(f'<path class="line {series_css}" d="{"".join(daily)}"/>')
            out.append(f'<path class="avg {series_css}" d="{"".join(average)}"/>')
            if len(by_index) <= 120:
                out.extend(
                    f'<circle class="dot {series_css}" cx="{x(i):.1f}" cy="{y(getattr(p, attr)):.1f}" r="2"/>'
                    for i, p in by_index
                )
    # the risk strip: one cell per day, its worst level; a missed day is an outlined empty cell
    seen: dict[int, DailyPoint] = dict(by_index)
    cell = max(1.0, step)
    for i in range(len(days)):
        found = seen.get(i)
        css = f"risk-{found.worst_risk.value}" if found is not None else "missed"
        out.append(
            f'<rect class="cell {css}" x="{x(i) - cell / 2:.1f}" y="{STRIP_TOP}" width="{cell:.1f}" '
            f'height="{STRIP_HEIGHT}"/>'
        )
    # legend
    lx = LEFT
    for attr, css in SERIES:
        out.append(f'<line class="avg {css}" x1="{lx}" x2="{lx + 22}" y1="{HEIGHT - 22}" y2="{HEIGHT - 22}"/>')
        out.append(f'<text class="legend" x="{lx + 26}" y="{HEIGHT - 18}">{escape(labels[attr])}</text>')
        lx += 120
    out.append("</svg>")
    return Markup("".join(out))  # noqa: S704 - every interpolated text is escaped above; the rest are numbers
