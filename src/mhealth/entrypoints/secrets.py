"""Secrets from configuration: a value, a ``file:`` reference, or (embedded default only) generated once.

Kept apart from the container so that reading the signing key costs no dependency-injector import.
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from pathlib import Path

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.settings import Settings

log = logging.getLogger("mhealth.secrets")


def secret_file(settings: Settings, name: str, nbytes: int = 32) -> str:
    """A secret generated once into the data dir (0600). Only for the embedded single-machine default."""
    path = settings.data_path / name
    if path.exists():
        return path.read_text().strip()
    settings.data_path.mkdir(mode=0o700, parents=True, exist_ok=True)  # health data and keys: owner only
    value = secrets.token_urlsafe(nbytes)
    # Written whole under a private name (0600), then linked into place: two processes starting on one data dir at
    # the same moment (the API and a worker) agree on one secret, and neither ever reads half of one. The one that
    # links second reads the winner's.
    fd, private = tempfile.mkstemp(dir=settings.data_path, prefix=f".{name}.")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(value)
        try:
            os.link(private, path)
        except FileExistsError:
            return path.read_text().strip()
    finally:
        os.unlink(private)
    log.warning("generated %s in %s (embedded default); set it explicitly in production", name, settings.data_path)
    return value


def read_secret(value: str) -> str:
    """``file:/path`` reads the secret from a file; anything else is the secret itself."""
    if value.startswith("file:"):
        path = Path(value.removeprefix("file:").removeprefix("//"))
        try:
            return path.read_text().strip()
        except OSError as exc:
            raise ConfigurationError(f"cannot read the secret file {path}: {exc.strerror}") from None
    return value


def jwt_secret(settings: Settings) -> str:
    """The token-signing secret; asked for only by what signs or checks tokens.

    ``MHEALTH_JWT_SECRET`` when set; on the embedded SQLite default a secret generated once into the data dir;
    under ``MHEALTH_AUTH=off`` (no token is ever checked) a secret that lives as long as the process.

    Raises:
        ConfigurationError: anywhere else (a shared database with authentication) without the secret.
    """
    if settings.jwt_secret:
        secret = read_secret(settings.jwt_secret)
        if len(secret) < 32:
            raise ConfigurationError("MHEALTH_JWT_SECRET must be at least 32 characters", field="MHEALTH_JWT_SECRET")
        return secret
    if settings.uses_embedded_database:
        return secret_file(settings, "jwt-secret")
    if settings.auth == "off":
        log.warning("MHEALTH_AUTH=off and no MHEALTH_JWT_SECRET: tokens are signed with a per-process secret")
        return secrets.token_urlsafe(32)
    raise ConfigurationError(
        "signing or checking access tokens needs MHEALTH_JWT_SECRET (a secret of 32+ characters, or "
        "file:/path/to/key) outside the embedded SQLite default; set it, or MHEALTH_AUTH=off for local "
        "development only",
        field="MHEALTH_JWT_SECRET",
    )


def pseudonym_key(settings: Settings) -> bytes:
    if settings.pseudonym_key:
        return read_secret(settings.pseudonym_key).encode()
    if settings.effective_database_url.startswith("memory"):
        return secrets.token_bytes(32)  # nothing persists, so neither need the key
    return secret_file(settings, "pseudonym-key").encode()
