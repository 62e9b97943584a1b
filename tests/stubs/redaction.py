"""A small redactor with the API of ``mhealth.domain.rules.redaction.redact`` (for tests of the Gemini adapter).

It replaces listed names and phone-like numbers with placeholders and maps quotes of the redacted
text back to the original, as the domain redactor does; the real one is used once it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mhealth.domain.model import Evidence, RedactionReport

_PHONE = re.compile(r"01[016789]-?\d{3,4}-?\d{4}")


@dataclass
class Redacted:
    text: str
    report: RedactionReport
    original: str
    # (start_in_redacted, end_in_redacted, start_in_original, end_in_original) per replaced span
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)

    def to_original(self, quote: str) -> Evidence | None:
        start = self.text.find(quote)
        if start < 0:
            return None
        end = start + len(quote)
        o_start, o_end = self._map(start, left=True), self._map(end, left=False)
        original = self.original[o_start:o_end]
        return Evidence(quote=original, start=o_start, end=o_end) if original else None

    def _map(self, position: int, *, left: bool) -> int:
        shift = 0
        for r_start, r_end, o_start, o_end in self.spans:
            if position <= r_start:
                break
            if position < r_end or (position == r_end and not left):
                return o_start if left else o_end
            shift = o_end - r_end
        return position + shift


def make_redactor(names: tuple[str, ...] = ("김영희", "박철수")):
    pattern = re.compile("|".join([*(re.escape(n) for n in names), _PHONE.pattern]))

    def redact(text: str) -> Redacted:
        out, spans, kinds, last, count = [], [], set(), 0, 0
        position = 0
        for match in pattern.finditer(text):
            out.append(text[last : match.start()])
            position += match.start() - last
            placeholder = "[전화번호]" if _PHONE.fullmatch(match.group()) else "[이름]"
            kinds.add("phone" if placeholder == "[전화번호]" else "name")
            spans.append((position, position + len(placeholder), match.start(), match.end()))
            out.append(placeholder)
            position += len(placeholder)
            last = match.end()
            count += 1
        out.append(text[last:])
        return Redacted(
            text="".join(out),
            report=RedactionReport(kinds=tuple(sorted(kinds)), count=count),
            original=text,
            spans=spans,
        )

    return redact
