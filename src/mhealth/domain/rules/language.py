"""Which script a text is written in: the local analyzer reads Korean only, and text it cannot read must never
come back as a confident ``low`` (a death wish in English or Japanese would be missed silently).

Standard library only. Letters are counted by Unicode block; digits, punctuation, spaces, emoji and capital
Latin letters (acronyms) do not vote.
"""

from __future__ import annotations

import re

from mhealth.domain.model import RiskAssessment

UNSUPPORTED_LANGUAGE = "unsupported_language"  # how an analyzer's provenance says it could not read the text

# A check-in with some English words in it ("오늘 병원 갔는데 MRI 찍었어요") is Korean; a text whose letters are
# mostly another script is not. Below this share of Hangul among the letters, the text is not read as Korean.
MIN_HANGUL_SHARE = 0.5
_SYLLABLES = re.compile("[\uac00-\ud7a3]+")


def _is_hangul(ch: str) -> bool:
    code = ord(ch)
    return (
        0xAC00 <= code <= 0xD7A3  # syllables
        or 0x1100 <= code <= 0x11FF  # jamo
        or 0x3130 <= code <= 0x318F  # compatibility jamo (ㅋㅋ, ㅠㅠ)
        or 0xA960 <= code <= 0xA97F
        or 0xD7B0 <= code <= 0xD7FF
    )


def hangul_share(text: str) -> float | None:
    """The share of Hangul among the letters of ``text``, or None when it has no letters at all.

    Capital Latin letters do not vote next to Hangul (acronyms live inside Korean speech: "SNS 흔적", "MRI
    찍었어요"); a text of capitals and no Hangul at all ("I WANT TO DIE") is not Korean."""
    # Hangul syllables (nearly every letter of a Korean check-in) are counted by one regex pass; the loop
    # sees only what is left.
    rest = _SYLLABLES.sub("", text)
    letters = hangul = len(text) - len(rest)
    capitals = 0
    for ch in rest:
        if not ch.isalpha():
            continue
        if _is_hangul(ch):
            hangul += 1
            letters += 1
        elif "A" <= ch <= "Z":
            capitals += 1
        else:
            letters += 1
    if letters == 0:
        return None if capitals == 0 else 0.0
    return hangul / letters


def reads_as_korean(text: str) -> bool:
    """True when ``text`` is Korean enough for a Korean-only analyzer (a text without letters counts as read)."""
    share = hangul_share(text)
    return share is None or share >= MIN_HANGUL_SHARE


def unreadable_by_analyzer(assessment: RiskAssessment) -> bool:
    """True when the analyzer said it could not read the text (its provenance's degraded reason)."""
    reason = assessment.provenance.degraded_reason
    return assessment.needs_review and reason is not None and reason.startswith(UNSUPPORTED_LANGUAGE)
