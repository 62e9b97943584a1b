"""What every part of the model shares: ids, time, risk levels, dimensions, invariant checks, disclaimers."""

from __future__ import annotations

import enum
import os
import threading
import time
from datetime import UTC, datetime

from mhealth.domain.errors import InvariantViolation

DISCLAIMER_EN = (
    "This is an automated screening aid, not a diagnosis. A qualified professional must review it; "
    "in a crisis call 109 (Korea suicide-prevention line) or 119."
)
DISCLAIMER_KO = (
    "이 결과는 자동 선별 보조 도구이며 진단이 아닙니다. 반드시 전문가의 확인이 필요합니다. "
    "위기 상황에서는 자살예방상담전화 109 또는 119로 연락하세요."
)


_id_lock = threading.Lock()
_last_id = [0, 0]
_RAND_BITS = 80
_RAND_LIMIT = 1 << _RAND_BITS
_STEP_BITS = 64


def new_id() -> str:
    """A 32-hex-digit id: 48-bit milliseconds, then 80 bits that are random.

    Ids sort roughly by creation time (by millisecond; across processes only that far). Within one process
    they are strictly increasing, also inside one millisecond, but never by a small step: the next id of the
    same millisecond adds a random 64-bit step to the random part, so knowing an id tells nothing usable
    about its neighbours (an enumerating client needs ~2^63 guesses). Pages are ordered by
    ``(created_at, id)``, not by id alone.
    """
    with _id_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_id[0]:
            ms = _last_id[0]
            rand = _last_id[1] + 1 + int.from_bytes(os.urandom(_STEP_BITS // 8), "big")
            if rand >= _RAND_LIMIT:  # 2^16 ids in one millisecond: borrow the next millisecond
                ms, rand = ms + 1, int.from_bytes(os.urandom(_RAND_BITS // 8), "big") >> 1
        else:
            rand = int.from_bytes(os.urandom(_RAND_BITS // 8), "big") >> 1  # room for steps without overflow
        _last_id[0], _last_id[1] = ms, rand
    return f"{ms:012x}{rand:020x}"


def utcnow() -> datetime:
    return datetime.now(UTC)


def require(condition: bool, message: str, field: str) -> None:
    if not condition:
        raise InvariantViolation(message, field=field)


def require_aware(value: datetime, field: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvariantViolation(f"{field} must be timezone-aware", field=field)


class RiskLevel(enum.StrEnum):
    """Ordered risk levels; compare with :meth:`rank` (never with string order)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RISK_ORDER.index(self)

    @classmethod
    def highest(cls, *levels: RiskLevel) -> RiskLevel:
        return max(levels, key=_RISK_ORDER.index)


# Lowest first. Looked up by position (a C-level search of four items), not by hashing an enum member,
# which runs Python code: these two are called on every assessment.
_RISK_ORDER = (RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.CRITICAL)


class Dimension(enum.StrEnum):
    DEPRESSION = "depression"
    ANXIETY = "anxiety"
    COGNITIVE = "cognitive"
    LONELINESS = "loneliness"
    SUICIDAL_IDEATION = "suicidal_ideation"
    PHYSICAL = "physical"
    SAFEGUARDING = "safeguarding"
