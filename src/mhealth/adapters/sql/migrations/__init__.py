"""Alembic migrations of the mhealth schema, shipped in the package (no alembic.ini needed)."""
