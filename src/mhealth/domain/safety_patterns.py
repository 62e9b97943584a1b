"""The curated, versioned list of Korean crisis patterns behind the safety floor.

Standard library only (DESIGN.md): the floor must work whatever analyzer ran, with nothing to load.
Patterns match over *whitespace-normalised* text (every space removed), because speech-to-text
output splits and joins Korean words unpredictably ("죽고싶다", "죽고 싶 다"). Each hit is mapped back
to offsets in the original text so its quote is a true quote.

Kinds: ``active`` (C-SSRS 2-5: thoughts of killing oneself, method, plan, means, preparation,
farewell), ``passive`` (C-SSRS 1: wish to be dead), ``abuse`` (elder-abuse content about the speaker).
"""

from __future__ import annotations

import re

import msgspec

PATTERNS_VERSION = "2026.11.26-starter"


class CrisisHit(msgspec.Struct, frozen=True, kw_only=True):
    kind: str  # "active" | "passive" | "abuse"
    code: str
    label_ko: str
    label_en: str
    start: int
    end: int
    quote: str


class _Rule(msgspec.Struct, frozen=True):
    kind: str
    code: str
    label_ko: str
    label_en: str
    pattern: re.Pattern[str]


def _r(kind: str, code: str, ko: str, en: str, regex: str) -> _Rule:
    return _Rule(kind, code, ko, en, re.compile(regex))


_RULES: tuple[_Rule, ...] = (
    _r("active", "suicidal_thoughts", "자살 생각", "thoughts of suicide", r"자살(하고싶|할까|하려|해야|하고말|할생각|생각)"),
    _r("active", "suicidal_thoughts", "자살 생각", "thoughts of killing oneself", r"(스스로|내손으로|제손으로)(목숨|생을)"),
    _r("active", "means_pills", "약 모으기", "stockpiling pills", r"(수면제|약)을?(모아|모으|쌓아)"),
    _r("active", "means_charcoal", "번개탄 준비", "obtaining charcoal", r"번개탄(을|도)?(사|사다|사놨|사왔|피우|피울|준비)"),
    _r("active", "means_pesticide", "농약 준비(의도)", "pesticide with intent", r"농약(을|이라도)?(마시|먹고|먹을|먹어버)"),
    _r("active", "means_jump", "투신 생각", "thoughts of jumping", r"(뛰어내리|떨어져버|떨어지고싶|몸을던)"),
    _r("active", "farewell", "작별 인사", "farewell", r"(내일|이제)(아침)?엔?없을거"),
    _r("passive", "death_wish", "죽고 싶은 마음", "wish to be dead", r"죽고싶"),
    _r("passive", "death_wish", "죽고 싶은 마음", "wish to be dead", r"(빨리|얼른|그만)죽어야"),
    _r("passive", "not_wake_up", "깨어나지 않기를 바람", "wish not to wake up", r"(자는듯이|자다가)(갔으면|죽었으면|가고싶)"),
    _r("passive", "not_wake_up", "깨어나지 않기를 바람", "wish not to wake up", r"(눈을?안떴으면|안깨어났으면|깨지말았으면)"),
    _r("passive", "no_reason_to_live", "살 이유 없음", "no reason to live", r"(더|오래)살아서뭐"),
    _r("abuse", "elder_abuse", "학대 의심", "possible elder abuse", r"(아들|딸|며느리|사위|손자|남편)이?(가|한테)?(때려|때리|돈을뺏|돈을가져)"),
)

# Reported speech, fiction and negation that cancel a hit when they close the same clause.
_NEGATION_AFTER = re.compile(r"^(은|는)?(생각은?)?(전혀|절대|안|없|아니)")


def _normalise(text: str) -> tuple[str, list[int]]:
    """Drop whitespace; return the compact text and, for each of its characters, its original offset."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if not char.isspace():
            chars.append(char)
            offsets.append(index)
    return "".join(chars), offsets


def scan(text: str) -> tuple[CrisisHit, ...]:
    """Every crisis pattern in ``text``, with true quotes from the original text.

    The list is recall-first for active ideation; it never decides a risk level by itself (see
    :mod:`mhealth.domain.safety`).
    """
    compact, offsets = _normalise(text)
    hits: list[CrisisHit] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(compact):
            if _NEGATION_AFTER.match(compact[match.end() : match.end() + 8]):
                continue
            start = offsets[match.start()]
            end = offsets[match.end() - 1] + 1
            hits.append(
                CrisisHit(
                    kind=rule.kind, code=rule.code, label_ko=rule.label_ko, label_en=rule.label_en,
                    start=start, end=end, quote=text[start:end],
                )
            )
    return tuple(hits)
