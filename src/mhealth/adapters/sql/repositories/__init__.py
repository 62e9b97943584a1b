"""The SQL repositories, one module per capability; each runs its statements in the transaction's session.

Inserts run inside a SAVEPOINT so that a duplicate (``Conflict``) undoes only that insert: the caller's
transaction stays usable, as it does with the in-memory fake. Everything here depends on
:class:`~mhealth.adapters.sql.repositories._base.SessionRunner`, not on the unit of work (no import cycle:
tests/unit/test_sql_imports.py draws the graph).
"""

from mhealth.adapters.sql.repositories._base import MAX_PAGE, SessionRunner
from mhealth.adapters.sql.repositories.accounts import (
    SqlLoginThrottleRepository,
    SqlRefreshTokenRepository,
    SqlServiceClientRepository,
    SqlUserRepository,
)
from mhealth.adapters.sql.repositories.alerts import SqlAlertRepository
from mhealth.adapters.sql.repositories.audit import SqlAuditRepository
from mhealth.adapters.sql.repositories.checkins import SqlCheckInRepository
from mhealth.adapters.sql.repositories.consent import SqlConsentRepository
from mhealth.adapters.sql.repositories.links import SqlAccessLinkRepository
from mhealth.adapters.sql.repositories.outbox import SqlDeliveryAttemptRepository, SqlOutboxRepository
from mhealth.adapters.sql.repositories.seniors import SqlSeniorRepository

__all__ = [
    "MAX_PAGE",
    "SessionRunner",
    "SqlAccessLinkRepository",
    "SqlAlertRepository",
    "SqlAuditRepository",
    "SqlCheckInRepository",
    "SqlConsentRepository",
    "SqlDeliveryAttemptRepository",
    "SqlLoginThrottleRepository",
    "SqlOutboxRepository",
    "SqlRefreshTokenRepository",
    "SqlSeniorRepository",
    "SqlServiceClientRepository",
    "SqlUserRepository",
]
