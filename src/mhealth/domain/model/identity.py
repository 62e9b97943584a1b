"""Identity: people and service clients, their links to seniors, sessions, consent and the audit trail."""

from __future__ import annotations

import enum
import re
from datetime import datetime

import msgspec

from mhealth.domain.model.common import require, require_aware

# --------------------------------------------------------------------------------------------------
# Accounts, access, consent and audit
# --------------------------------------------------------------------------------------------------


class Role(enum.StrEnum):
    """Who a caller is. ``service`` is a server-to-server client with an API key, never a person."""

    SENIOR = "senior"
    GUARDIAN = "guardian"  # 보호자
    SOCIAL_WORKER = "social_worker"
    ADMIN = "admin"
    SERVICE = "service"


PERSON_ROLES = (Role.SENIOR, Role.GUARDIAN, Role.SOCIAL_WORKER, Role.ADMIN)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}$")
_CODE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")


def normalise_email(email: str) -> str:
    return email.strip().lower()


class User(msgspec.Struct, frozen=True, kw_only=True):
    """A person who signs in. ``password_hash`` is an argon2id hash (never the password)."""

    id: str
    email: str
    role: Role
    password_hash: str
    created_at: datetime
    disabled: bool = False

    def __post_init__(self) -> None:
        require(bool(self.id), "user id must not be empty", "id")
        require(
            bool(_EMAIL.match(self.email)) and self.email == normalise_email(self.email), "email is invalid", "email"
        )
        require(self.role in PERSON_ROLES, "a user's role is senior, guardian, social_worker or admin", "role")
        require(bool(self.password_hash), "password_hash must not be empty", "password_hash")
        require_aware(self.created_at, "created_at")


class ServiceClient(msgspec.Struct, frozen=True, kw_only=True):
    """A server-to-server caller. Only ``key_hash`` (SHA-256 of a 256-bit random key) is stored.

    ``key_prefix`` (the first characters of the key) lets people tell keys apart; it proves nothing.
    ``all_seniors`` gives the client every senior; otherwise only the seniors linked to it.
    """

    id: str
    name: str
    key_hash: str
    key_prefix: str
    created_at: datetime
    all_seniors: bool = False
    revoked_at: datetime | None = None
    rotated_at: datetime | None = None

    def __post_init__(self) -> None:
        require(bool(self.id), "client id must not be empty", "id")
        require(0 < len(self.name.strip()) <= 100, "name must be 1-100 characters", "name")
        require(len(self.key_hash) == 64, "key_hash must be a SHA-256 hex digest", "key_hash")
        require_aware(self.created_at, "created_at")

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class AccessLink(msgspec.Struct, frozen=True, kw_only=True):
    """A guardian, social worker, senior account or service client that may act for a senior."""

    principal_id: str
    senior_id: str
    created_at: datetime
    created_by: str

    def __post_init__(self) -> None:
        require(bool(self.principal_id) and bool(self.senior_id), "a link needs both ids", "principal_id")
        require_aware(self.created_at, "created_at")


class RefreshToken(msgspec.Struct, frozen=True, kw_only=True):
    """One refresh token of a login session (a *family*: every rotation stays in the same family).

    Only ``token_hash`` is stored. A token is used once; presenting a used one again means it was stolen,
    so the whole family is revoked.
    """

    id: str
    token_hash: str
    family_id: str
    user_id: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    revoked_at: datetime | None = None

    def __post_init__(self) -> None:
        require(len(self.token_hash) == 64, "token_hash must be a SHA-256 hex digest", "token_hash")
        require_aware(self.created_at, "created_at")
        require_aware(self.expires_at, "expires_at")
        require(self.expires_at > self.created_at, "a refresh token must expire after it was made", "expires_at")


class ConsentScope(enum.StrEnum):
    AUDIO_PROCESSING = "audio_processing"
    ANALYTICS = "analytics"


class ConsentRecord(msgspec.Struct, frozen=True, kw_only=True):
    """One recorded grant or withdrawal of consent. The latest record of a scope is the senior's answer."""

    id: str
    senior_id: str
    scope: ConsentScope
    granted: bool
    recorded_by: str
    recorded_at: datetime

    def __post_init__(self) -> None:
        require(bool(self.senior_id), "senior_id must not be empty", "senior_id")
        require(0 < len(self.recorded_by) <= 200, "recorded_by must be 1-200 characters", "recorded_by")
        require_aware(self.recorded_at, "recorded_at")


class AuditOutcome(enum.StrEnum):
    ALLOWED = "allowed"
    DENIED = "denied"
    FAILED = "failed"


class AuditEntry(msgspec.Struct, frozen=True, kw_only=True):
    """Who did what to which resource, when, from where, and how it ended. Append-only.

    Only ids and codes: never a transcript, a quote, a name or an e-mail address. ``action`` and
    ``resource_type`` are codes (``senior.read``, ``check_in``), checked here so free text cannot slip in.
    """

    id: str
    at: datetime
    actor: str
    actor_role: str
    action: str
    resource_type: str
    resource_id: str | None
    senior_id: str | None
    outcome: AuditOutcome
    client_ip: str | None = None
    request_id: str | None = None

    def __post_init__(self) -> None:
        require_aware(self.at, "at")
        require(0 < len(self.actor) <= 64, "actor must be 1-64 characters", "actor")
        require(bool(_CODE.match(self.action)), "action must be a code such as senior.read", "action")
        require(bool(_CODE.match(self.resource_type)), "resource_type must be a code", "resource_type")
        require(bool(_CODE.match(self.actor_role)), "actor_role must be a code", "actor_role")
        for name in ("resource_id", "senior_id", "client_ip", "request_id"):
            value = getattr(self, name)
            require(value is None or len(value) <= 64, f"{name} is at most 64 characters", name)


class LoginFailures(msgspec.Struct, frozen=True, kw_only=True):
    """Failed sign-ins counted for one key (an account or a client address)."""

    key: str
    failures: int
    first_failure_at: datetime
    locked_until: datetime | None = None

    def __post_init__(self) -> None:
        require(0 < len(self.key) <= 255, "key must be 1-255 characters", "key")
        require(self.failures >= 0, "failures must not be negative", "failures")
        require_aware(self.first_failure_at, "first_failure_at")
