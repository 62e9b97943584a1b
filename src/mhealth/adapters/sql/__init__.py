"""SQL persistence (SQLAlchemy 2): MySQL/MariaDB through ``mysql+pymysql`` and SQLite as the embedded default.

Nothing is imported eagerly: ``from mhealth.adapters.sql import SqlUnitOfWork`` loads SQLAlchemy only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mhealth.adapters.sql.analytics import SqlAnalytics
    from mhealth.adapters.sql.engine import create_engine_for
    from mhealth.adapters.sql.schema import current, ensure_schema, head, is_up_to_date, upgrade
    from mhealth.adapters.sql.uow import SqlTransaction, SqlUnitOfWork

__all__ = [
    "SqlAnalytics",
    "SqlTransaction",
    "SqlUnitOfWork",
    "create_engine_for",
    "current",
    "ensure_schema",
    "head",
    "is_up_to_date",
    "upgrade",
]

_WHERE = {
    "SqlAnalytics": "analytics",
    "SqlTransaction": "uow",
    "SqlUnitOfWork": "uow",
    "create_engine_for": "engine",
    "current": "schema",
    "ensure_schema": "schema",
    "head": "schema",
    "is_up_to_date": "schema",
    "upgrade": "schema",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
