"""The safety floor and the alert rules: deterministic code that runs after every analyzer.

DESIGN.md: risk level = the highest of (the SCREENING.md rule over the analyzer's labels, the
analyzer's own level, the safety floor). Nothing here ever lowers a level, a label or a flag.
Suicidal ideation is never left to an analyzer alone: the curated patterns of
:mod:`mhealth.domain.rules.safety.patterns` are checked on the original text every time (by
:mod:`mhealth.domain.rules.safety.engine`). One exception, never below high: pattern codes an analyzer declined
(``SafetyFlags.declined``: it read the whole long transcript and found them uncorroborated) go to a person as partial
evidence (at least high, ``needs_review``) instead of raising ideation to a crisis (d20, docs/clinical-rules.md) —
and when they only name an act or an object (a means, a time, affairs settled) in talk that is not low in mood, to a
person at the level the labels give (d27, ``review_only``). Partial crisis evidence (a means named that no plan
completes, in low-mood talk) goes to a person at least high, or at the labels' level when only the analyzer's finding
of mild low mood (depression 1) made the talk low in mood (d28b).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.model import (
    CRISIS_REVIEW,
    Alert,
    AlertStatus,
    Concern,
    Dimension,
    Evidence,
    Labels,
    RiskAssessment,
    RiskLevel,
    new_id,
)
from mhealth.domain.rules.safety import discourse
from mhealth.domain.rules.safety import engine as crisis_engine
from mhealth.domain.rules.safety.patterns import (
    PATTERNS,
    PATTERNS_VERSION,
    RESOLVED,
    SEAL,
    SELF_DENIAL,
    PatternKind,
)
from mhealth.domain.rules.scoring import emotional_state, risk_from_labels

CRISIS_LINE = "109"
_EVIDENCE_MAX = 6  # quotes per crisis concern

_KIND_DIMENSION = {
    PatternKind.ACTIVE: Dimension.SUICIDAL_IDEATION,
    PatternKind.PASSIVE: Dimension.SUICIDAL_IDEATION,
    PatternKind.ABUSE: Dimension.SAFEGUARDING,
}
_KIND_ITEM = {
    PatternKind.ACTIVE: "C-SSRS 2-5 / PHQ-9 #9",
    PatternKind.PASSIVE: "C-SSRS 1 / PHQ-9 #9",
    PatternKind.ABUSE: None,
}


def apply_safety_floor(assessment: RiskAssessment, text: str, *, assessment_id: str | None = None) -> RiskAssessment:
    """Raise (never lower) the assessment's labels, flags and risk level by the floor's rules.

    Args:
        assessment: what an analyzer returned (any analyzer, fake or real).
        text: the original, unredacted text the assessment is about.
        assessment_id: an id to give the result (set in the same step, to build the assessment once).

    Returns:
        The assessment with ``risk_level`` = highest of the analyzer's level, the SCREENING.md rule
        over the (raised) labels, and the floor; pattern hits added as concerns with true quotes;
        ``provenance.safety_floor_version`` set and ``safety_floor_raised`` telling whether it changed
        the level.
    """
    hits, partial = crisis_engine.scan_for_review(text, low_mood=assessment.labels.depression >= LOW_MOOD_DEPRESSION)
    mild: tuple[crisis_engine.Partial, ...] = ()
    if not partial and 1 <= assessment.labels.depression < LOW_MOOD_DEPRESSION:
        # d28b: partial evidence found only because the analyzer read mild low mood (depression 1) goes to a person at
        # the labels' level (a crisis_review alert), as d27's declined acts in calm talk do; forced to high it had made
        # 16 labelled calls and notes high, all gold low or moderate, and no crisis (docs/clinical-rules.md)
        _, mild = crisis_engine.scan_for_review(text, low_mood=True)
    aborted = _stopped_act(assessment, text, (*partial, *mild))
    if aborted is not None:
        # d30: the act the partial evidence names, told stopped ("차에서 연탄 피웠다가 아들이 와서 못 했어"): an attempt
        hits, partial, mild = (*hits, aborted), (), ()
    flags = assessment.safety

    def is_declined(h: crisis_engine.CrisisHit) -> bool:
        return h.kind is not PatternKind.ABUSE and h.code in flags.declined

    # (d46: counted without the hits the analyzer declined: a row that fires in a long transcript and is declined there
    # must not hide the wish to be taken that the floor reads when nothing else stands, "할멈아 나 좀 빨리 데리고 가라
    # 캤다" in a visit of 740 characters, a golden composite)
    if all(h.kind is PatternKind.ABUSE or is_declined(h) for h in hits):
        hits = (*hits, *_taken_by_the_dead(text))
    declined = tuple(h for h in hits if is_declined(h))
    hits = tuple(h for h in hits if not is_declined(h))
    kinds = {h.kind for h in hits}
    active = flags.active_ideation or PatternKind.ACTIVE in kinds
    passive = flags.passive_ideation or active or PatternKind.PASSIVE in kinds
    abuse = flags.safeguarding or PatternKind.ABUSE in kinds

    labels = assessment.labels
    si = max(labels.suicidal_ideation, 2 if active else 1 if passive else 0)
    raised_labels = msgspec.structs.replace(labels, suicidal_ideation=si) if si != labels.suicidal_ideation else labels

    level = RiskLevel.highest(assessment.risk_level, risk_from_labels(raised_labels), _floor(raised_labels))
    concerns = _merge_concerns(assessment.concerns, hits) if hits else assessment.concerns
    needs_review = assessment.needs_review
    if declined and not raised_labels.suicidal_ideation:
        # d20: the analyzer read the whole transcript and found these uncorroborated: a person looks, at least high
        # (d27: at the labels' level when they only name an act or an object in talk not low in mood)
        if not review_only(declined, labels.depression, text):
            level = RiskLevel.highest(level, RiskLevel.HIGH)
        needs_review = True
        if not any(c.code == PARTIAL_CODE for c in concerns):
            concerns = (*concerns, partial_concern(declined))
    if partial and not raised_labels.suicidal_ideation:
        # Partial crisis evidence (a lethal means named in a low-mood text, no plan stated): over-triage is
        # the safer error, so a person looks (SCREENING.md). At least high; nothing is lowered. d17f: with
        # depression of moderate or worse found, no denial of such thoughts by the speaker and no life going on
        # told ("요즘은 등산 다니는 재미로 살아", "지금은 괜찮아"), critical: the combination C-SSRS would not leave
        # unasked (a means or a goodbye in a depressed person's talk).
        compact = "".join(text.split())
        severe = labels.depression >= 2 and not set_aside_by_the_speaker(compact)
        level = RiskLevel.highest(level, RiskLevel.CRITICAL if severe else RiskLevel.HIGH)
        needs_review = True
        concerns = (*concerns, partial_concern(partial))
    elif mild and not raised_labels.suicidal_ideation:
        needs_review = True
        if not any(c.code == PARTIAL_CODE for c in concerns):
            concerns = (*concerns, partial_concern(mild))
    key_concerns = assessment.key_concerns
    for concern in concerns[len(assessment.concerns) :]:
        if concern.label_ko not in key_concerns:
            key_concerns = (*key_concerns, concern.label_ko)
    recommendations = assessment.recommendations
    if level is RiskLevel.CRITICAL and not any(CRISIS_LINE in r for r in recommendations):
        recommendations = (
            "즉시 보호자 또는 담당 사회복지사가 연락하고, 자살예방상담전화 109에 도움을 요청하세요",
            *recommendations,
        )
    provenance = msgspec.structs.replace(
        assessment.provenance,
        safety_floor_version=PATTERNS_VERSION,
        safety_floor_raised=level is not assessment.risk_level,  # level is the highest of it and the rest
    )
    state = assessment.emotional_state
    if raised_labels.suicidal_ideation and not labels.suicidal_ideation:
        state = emotional_state(raised_labels)
    return msgspec.structs.replace(
        assessment,
        id=assessment_id or assessment.id,
        labels=raised_labels,
        risk_level=level,
        concerns=concerns,
        key_concerns=key_concerns,
        recommendations=recommendations,
        emotional_state=state,
        safety=flags
        if (passive, active, abuse) == (flags.passive_ideation, flags.active_ideation, flags.safeguarding)
        else msgspec.structs.replace(flags, passive_ideation=passive, active_ideation=active, safeguarding=abuse),
        provenance=provenance,
        needs_review=needs_review,
    )


#: d27: crisis codes that name an act or an object and no wish — a means, a time, affairs settled, things given — as
#: opposed to a wish to die, a farewell, a letter, a plan composed around a means, or an attempt told
_ACTS_WITHOUT_WISH = frozenset(
    {
        "means_charcoal",
        "means_cutting",
        "means_drowning",
        "means_hanging",
        "means_jump",
        "means_other",
        "means_pesticide",
        "means_pills",
        "preparation_affairs",
        "preparation_giving",
        "timing",
    }
)
#: ... the depression from which a transcript is low in mood (issue 18, item 6: "a method mentioned with no stated
#: intent in a long, low-mood transcript" is at least high; the analyzer's window reading and the floor's partial
#: evidence, d28b, use the same bound)
LOW_MOOD_DEPRESSION = 2
#: A text at least this long is a long transcript: an analyzer reads it diluted as a whole (the long check-ins are
#: 800-2,200 characters), so the readings that trust a short text's whole score stop there (the local analyzer's d20,
#: d29; the floor's d30 aborted attempt)
LONG_TRANSCRIPT_CHARS = 500
_SEALED_ROOM = re.compile(SEAL.regex)
#: ... and a hit that quotes more than the object: its taking (drunk, eaten, swallowed, lit, jumped, hung), a
#: wish ("떨어지고 싶"), a hoard ("수면제를 모았", "약 쌓아"), a day fixed ("갈 날 받아") or "any time" ("독약 사
#: 왔어 언제든")
_MORE_THAN_THE_OBJECT = re.compile(
    r"마시|마셔|들이켜|들이키|먹|묵|삼키|삼켜|털어|피워|피우|뛰어|매달|목을|목매|싶|모았|모아|모은|쌓아|날(을|짜)?(받|잡)|언제든"
)


def _stopped_act(
    assessment: RiskAssessment, text: str, partial: tuple[crisis_engine.Partial, ...]
) -> crisis_engine.CrisisHit | None:
    """d30: partial evidence — the floor's own (a means or a place in low-mood talk) or an analyzer's review quoting
    its evidence (``PARTIAL_CODE``) — whose act is told stopped right after it (``crisis_engine.interrupted``): an
    aborted attempt. Not where ideation is found already, nor in a long transcript (its review is read diluted)."""
    if assessment.labels.suicidal_ideation or len(text) >= LONG_TRANSCRIPT_CHARS:
        return None
    quoted = tuple(
        crisis_engine.Partial(start=e.start, end=e.end, quote=e.quote)
        for c in assessment.concerns
        if c.code == PARTIAL_CODE
        for e in c.evidence
        if e.start is not None and e.end is not None
    )
    found = (*partial, *quoted)
    return crisis_engine.interrupted(text, found) if found else None


def review_only(declined: Sequence[crisis_engine.CrisisHit], depression: int, text: str) -> bool:
    """d27: whether crisis hits an analyzer declined (``SafetyFlags.declined``) go to a person at the level the labels
    give rather than at least high: when every one names an act or an object and no wish (``_ACTS_WITHOUT_WISH``),
    none quotes more than the object (its taking, a wish, a hoard, a day fixed: ``_MORE_THAN_THE_OBJECT``), the talk
    is not low in mood (depression below ``LOW_MOOD_DEPRESSION``) and no room is sealed where charcoal is named (the
    method's own preparation: "번개탄을 몇 장 샀어요 … 창문 틈이랑 문틈을 테이프로 다 막아 놨어요").
    ``needs_review`` stays: a person still looks. Measured on the long sets of new writers (docs/clinical-rules.md,
    "d27"): such declined hits were seven ordinary calls forced to high, and none of their crises."""
    if not declined or depression >= LOW_MOOD_DEPRESSION:
        return False
    if any(
        h.code not in _ACTS_WITHOUT_WISH or _MORE_THAN_THE_OBJECT.search("".join(h.quote.split())) for h in declined
    ):
        return False
    return all(h.code != "means_charcoal" for h in declined) or _SEALED_ROOM.search("".join(text.split())) is None


def _taken_by_the_dead(text: str) -> list[crisis_engine.CrisisHit]:
    """A late spouse or parent asked to take the speaker, across the sentences of the transcript
    (``discourse.taken_by_the_dead``): passive ideation, reported with the code and label of the
    per-sentence "taken" rows."""
    return [
        crisis_engine.CrisisHit(
            kind=PatternKind.PASSIVE,
            code="taken",
            label_ko=_TAKEN_LABELS[0],
            label_en=_TAKEN_LABELS[1],
            start=start,
            end=end,
            quote=text[start:end],
        )
        for start, end in discourse.taken_by_the_dead(text)
    ]


_SELF_DENIED = re.compile(SELF_DENIAL)  # "나는 그런 생각 없어", "난 그런 거 절대 안 해"
# A life going on, told: a joy lived for now, things better now ("요즘은 손주 보는 재미로 살아", "지금은 괜찮아")
_LIVING_ON = re.compile(RESOLVED)
_TAKEN_LABELS = next((row.label_ko, row.label_en) for row in PATTERNS if row.code == "taken")


def set_aside_by_the_speaker(compact: str) -> bool:
    """The speaker denies such thoughts or tells of a life going on ("나는 그런 생각 없어", "요즘은 손주 보는 재미로
    살아"), in whitespace-free text: the d17f reading that keeps partial evidence at high, and d29's model raise at a
    review (analyzer._review_in_low_mood)."""
    return _SELF_DENIED.search(compact) is not None or _LIVING_ON.search(compact) is not None


PARTIAL_CODE = "crisis_partial_evidence"


def partial_concern(
    partial: Sequence[crisis_engine.Partial | crisis_engine.CrisisHit],
    label_ko: str = "부분적 위기 단서(전문가 확인 필요)",
    label_en: str = "partial crisis evidence (needs review)",
) -> Concern:
    """Partial crisis evidence for a person to look at, each span quoted (the floor's own, or hits an analyzer
    declined: ``SafetyFlags.declined``)."""
    return Concern(
        code=PARTIAL_CODE,
        dimension=Dimension.SUICIDAL_IDEATION,
        label_ko=label_ko,
        label_en=label_en,
        evidence=tuple(Evidence(quote=p.quote, start=p.start, end=p.end) for p in partial[:_EVIDENCE_MAX]),
        item="C-SSRS screen: review",
    )


def _floor(labels: Labels) -> RiskLevel:
    """The floor from the ideation label alone (the rest of the rule is risk_from_labels)."""
    if labels.suicidal_ideation == 2:
        return RiskLevel.CRITICAL
    if labels.suicidal_ideation == 1:
        return RiskLevel.CRITICAL if labels.depression >= 2 else RiskLevel.HIGH
    return RiskLevel.LOW


def _merge_concerns(existing: tuple[Concern, ...], hits: Sequence[crisis_engine.CrisisHit]) -> tuple[Concern, ...]:
    """Each hit's code once, as a concern quoting every hit of that code (a combination across sentences
    quotes each contributing sentence), after the analyzer's own concerns."""
    have = {c.code for c in existing}
    evidence: dict[str, list[Evidence]] = {}
    for hit in hits:
        if hit.code not in have:
            evidence.setdefault(hit.code, []).append(Evidence(quote=hit.quote, start=hit.start, end=hit.end))
    merged = list(existing)
    for hit in hits:
        if hit.code not in evidence:
            continue
        merged.append(
            Concern(
                code=hit.code,
                dimension=_KIND_DIMENSION[hit.kind],
                label_ko=hit.label_ko,
                label_en=hit.label_en,
                evidence=tuple(evidence.pop(hit.code)[:_EVIDENCE_MAX]),
                item=_KIND_ITEM[hit.kind],
            )
        )
    return tuple(merged)


# --------------------------------------------------------------------------------------------------
# Alerts
# --------------------------------------------------------------------------------------------------


class AlertPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """Cooldown against alert floods: a high alert within ``cooldown`` of an open alert of the same
    or higher level is stored but not notified. A new critical is never suppressed."""

    cooldown: timedelta = timedelta(hours=6)


def _reason(assessment: RiskAssessment) -> tuple[str, str, str]:
    s = assessment.safety
    if s.active_ideation:
        return (
            "active_suicidal_ideation",
            "Active suicidal ideation, plan, means or preparation",
            "적극적 자살 사고·계획·수단·준비 징후",
        )
    if assessment.risk_level is RiskLevel.CRITICAL:
        return (
            "passive_ideation_with_depression",
            "Wish to be dead together with marked depression",
            "우울과 함께 죽고 싶은 마음 표현",
        )
    if s.passive_ideation:
        return "passive_suicidal_ideation", "Passive wish to be dead", "수동적 죽음 소망 표현"
    if assessment.labels.depression >= 3:
        return "severe_depression", "Severe depression with loss of function", "기능 저하를 동반한 심한 우울"
    if assessment.labels.anxiety >= 3:
        return "severe_anxiety", "Severe anxiety or panic", "심한 불안 또는 공황"
    if assessment.needs_review and any(c.code == PARTIAL_CODE for c in assessment.concerns):
        return (
            CRISIS_REVIEW,
            "Partial crisis evidence (a means, a goodbye or an end named, no crisis borne out): a person must review",
            "부분적 위기 단서(수단·작별·끝맺음 언급, 위기로 확인되지 않음): 사람의 확인 필요",
        )
    if assessment.risk_level.rank >= RiskLevel.HIGH.rank:
        return "high_risk", "High risk reported by the analyzer", "분석 결과 고위험"
    return "safeguarding", "Possible elder abuse reported by the speaker", "노인 학대 의심 진술"


def _action(level: RiskLevel, reason_code: str) -> tuple[str, str]:
    if level is RiskLevel.CRITICAL:
        return (
            "Contact the senior now (call, or visit if unreachable); if in danger call 119. "
            "Korea suicide-prevention line: 109.",
            "지금 바로 어르신께 연락하세요(연락이 안 되면 방문). 위험하면 119, 자살예방상담전화 109.",
        )
    if reason_code == "safeguarding":
        return (
            "Follow up within 24 hours; report suspected abuse to the elder-protection agency (1577-1389).",
            "24시간 안에 확인하고, 학대가 의심되면 노인보호전문기관(1577-1389)에 신고하세요.",
        )
    return (
        "Follow up with the senior today and arrange a professional assessment.",
        "오늘 중으로 어르신께 연락하고 전문가 평가를 연계하세요.",
    )


def raises_alert(assessment: RiskAssessment) -> bool:
    """Whether :func:`decide_alert` returns an alert for this assessment (suppressed or not): high or critical,
    safeguarding content at any level, or partial crisis evidence for a person to review at any level (d27: declined
    acts in calm talk stay at the labels' level, and their review alert is how a person looks). Otherwise the senior's
    recent alerts cannot change the outcome."""
    return (
        assessment.risk_level.rank >= RiskLevel.HIGH.rank
        or bool(assessment.safety.safeguarding)
        or (assessment.needs_review and any(c.code == PARTIAL_CODE for c in assessment.concerns))
    )


def decide_alert(
    assessment: RiskAssessment,
    *,
    senior_id: str,
    check_in_id: str,
    now: datetime,
    recent_alerts: Sequence[Alert],
    policy: AlertPolicy = AlertPolicy(),
) -> Alert | None:
    """The alert a check-in raises, or None.

    High or critical results raise an alert; safeguarding content and partial crisis evidence for review
    (``crisis_review``) raise one at any level. Within
    the cooldown after an open alert of the same or higher level the new alert is ``suppressed``
    (stored, not notified) — unless it is critical.
    """
    if not raises_alert(assessment):
        return None
    code, reason_en, reason_ko = _reason(assessment)
    action_en, action_ko = _action(assessment.risk_level, code)
    evidence = tuple(e for c in assessment.concerns for e in c.evidence if c.dimension in _ALERT_DIMENSIONS)[:8]
    suppressed = assessment.risk_level is not RiskLevel.CRITICAL and any(
        a.status is AlertStatus.OPEN
        and not a.suppressed
        and a.level.rank >= assessment.risk_level.rank
        and a.reason_code == code
        and now - a.created_at < policy.cooldown
        for a in recent_alerts
    )
    return Alert(
        id=new_id(),
        senior_id=senior_id,
        check_in_id=check_in_id,
        assessment_id=assessment.id,
        level=assessment.risk_level,
        reason_code=code,
        reason=reason_en,
        reason_ko=reason_ko,
        evidence=evidence,
        recommended_action=action_en,
        recommended_action_ko=action_ko,
        created_at=now,
        suppressed=suppressed,
        needs_review=assessment.needs_review,
    )


_ALERT_DIMENSIONS = frozenset(
    {Dimension.SUICIDAL_IDEATION, Dimension.DEPRESSION, Dimension.ANXIETY, Dimension.SAFEGUARDING}
)
