"""Pure helpers the pages use: highlighted transcripts, relative days, risk classes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import msgspec
from markupsafe import Markup, escape

from mhealth.domain.model import CheckIn, Evidence, RiskLevel


class Span(msgspec.Struct, frozen=True):
    start: int
    end: int


def evidence_spans(text: str, evidence: Iterable[Evidence]) -> list[Span]:
    """Where each quote sits in ``text``: its offsets when they match, else its first occurrence; merged."""
    spans: list[Span] = []
    for item in evidence:
        quote = item.quote
        if not quote:
            continue
        if item.start is not None and item.end is not None and text[item.start : item.end] == quote:
            spans.append(Span(item.start, item.end))
            continue
        found = text.find(quote)
        if found >= 0:
            spans.append(Span(found, found + len(quote)))
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in spans:
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged


def highlighted(check_in: CheckIn) -> Markup:
    """The transcript with every evidence quote in ``<mark>`` (escaped; quotes are true substrings)."""
    text = check_in.transcript.text
    quotes = [e for c in check_in.assessment.concerns for e in c.evidence]
    out: list[str] = []
    at = 0
    for span in evidence_spans(text, quotes):
        out.append(str(escape(text[at : span.start])))
        out.append(f"<mark>{escape(text[span.start : span.end])}</mark>")
        at = span.end
    out.append(str(escape(text[at:])))
    return Markup("".join(out))  # noqa: S704 - built from escaped pieces


def risk_class(level: RiskLevel | str | None) -> str:
    return f"risk-{RiskLevel(level).value}" if level else "risk-none"


def local_time(when: datetime | None, timezone: str = "Asia/Seoul") -> str:
    if when is None:
        return ""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Seoul")
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")
