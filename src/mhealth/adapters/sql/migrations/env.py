"""Alembic environment, configured programmatically by :mod:`mhealth.adapters.sql.schema`.

The caller passes an open connection in ``config.attributes["connection"]``; offline (``--sql``) mode
is not supported: run ``mhealth db upgrade`` against the database instead.
"""

from __future__ import annotations

from alembic import context

from mhealth.adapters.sql.rows import Base
from mhealth.adapters.sql.schema import VERSION_TABLE

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("mhealth migrations run through mhealth.adapters.sql.schema (e.g. `mhealth db upgrade`)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
