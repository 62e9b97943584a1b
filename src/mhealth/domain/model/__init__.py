"""The domain model, by capability: screening, identity and delivery (with what they share in ``common``).

Every type is a frozen, keyword-only ``msgspec.Struct`` that checks its own invariants in ``__post_init__``.
Import from here (``from mhealth.domain.model import RiskAssessment``); the sub-modules are the layout.
"""

from __future__ import annotations

from mhealth.domain.model.common import (
    DISCLAIMER_EN,
    DISCLAIMER_KO,
    Dimension,
    RiskLevel,
    new_id,
    utcnow,
)
from mhealth.domain.model.cost import PriceTable, TokenPrice
from mhealth.domain.model.delivery import (
    Alert,
    AlertStatus,
    AnalyticsEvent,
    PendingDelivery,
)
from mhealth.domain.model.identity import (
    PERSON_ROLES,
    AccessLink,
    AuditEntry,
    AuditOutcome,
    ConsentRecord,
    ConsentScope,
    LoginFailures,
    RefreshToken,
    Role,
    ServiceClient,
    User,
    normalise_email,
)
from mhealth.domain.model.screening import (
    AudioInfo,
    Band,
    CheckIn,
    Concern,
    DailyPoint,
    Evidence,
    Labels,
    Provenance,
    Recording,
    RedactionReport,
    RiskAssessment,
    SafetyFlags,
    Segment,
    Senior,
    SpeechTiming,
    Transcript,
    Trend,
    Word,
)

__all__ = [
    "DISCLAIMER_EN",
    "DISCLAIMER_KO",
    "PERSON_ROLES",
    "AccessLink",
    "Alert",
    "AlertStatus",
    "AnalyticsEvent",
    "AudioInfo",
    "AuditEntry",
    "AuditOutcome",
    "Band",
    "CheckIn",
    "Concern",
    "ConsentRecord",
    "ConsentScope",
    "DailyPoint",
    "Dimension",
    "Evidence",
    "Labels",
    "LoginFailures",
    "PendingDelivery",
    "PriceTable",
    "Provenance",
    "Recording",
    "RedactionReport",
    "RefreshToken",
    "RiskAssessment",
    "RiskLevel",
    "Role",
    "SafetyFlags",
    "Segment",
    "Senior",
    "ServiceClient",
    "SpeechTiming",
    "TokenPrice",
    "Transcript",
    "Trend",
    "User",
    "Word",
    "new_id",
    "normalise_email",
    "utcnow",
]
