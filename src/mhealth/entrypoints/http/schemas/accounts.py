"""Wire schemas of sign-in, users, service clients and the audit log."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from mhealth.domain.model import AuditEntry, Role, ServiceClient, User


class LoginIn(msgspec.Struct, kw_only=True):
    email: Annotated[str, msgspec.Meta(min_length=3, max_length=254)]
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=1024)]


class RefreshIn(msgspec.Struct, kw_only=True):
    refresh_token: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]


class TokensOut(msgspec.Struct, kw_only=True):
    """An access token (JWT, ``expires_in`` seconds) and a refresh token (use once; rotate)."""

    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str
    refresh_expires_at: str
    user_id: str
    role: Role


class MeOut(msgspec.Struct, kw_only=True):
    subject: str
    role: Role
    seniors: list[str] | None  # None: every senior


class UserIn(msgspec.Struct, kw_only=True):
    email: Annotated[str, msgspec.Meta(min_length=3, max_length=254)]
    password: Annotated[str, msgspec.Meta(min_length=12, max_length=1024)]
    role: Role
    senior_id: Annotated[str, msgspec.Meta(max_length=64)] | None = None


class UserOut(msgspec.Struct, kw_only=True):
    id: str
    email: str
    role: Role
    created_at: str
    disabled: bool
    seniors: list[str] | None = None


class LinkIn(msgspec.Struct, kw_only=True):
    senior_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]


class UserPatch(msgspec.Struct, kw_only=True):
    disabled: bool


class ClientIn(msgspec.Struct, kw_only=True):
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    all_seniors: bool = False
    senior_ids: Annotated[list[str], msgspec.Meta(max_length=1000)] = msgspec.field(default_factory=list)


class ClientOut(msgspec.Struct, kw_only=True):
    id: str
    name: str
    key_prefix: str
    created_at: str
    all_seniors: bool
    active: bool
    rotated_at: str | None = None
    revoked_at: str | None = None
    api_key: str | None = None  # only in the answer that created or rotated it


def user_out(u: User, seniors: list[str] | None = None) -> UserOut:
    return UserOut(
        id=u.id, email=u.email, role=u.role, created_at=u.created_at.isoformat(), disabled=u.disabled, seniors=seniors
    )


def client_out(c: ServiceClient, key: str | None = None) -> ClientOut:
    return ClientOut(
        id=c.id,
        name=c.name,
        key_prefix=c.key_prefix,
        created_at=c.created_at.isoformat(),
        all_seniors=c.all_seniors,
        active=c.active,
        rotated_at=c.rotated_at.isoformat() if c.rotated_at else None,
        revoked_at=c.revoked_at.isoformat() if c.revoked_at else None,
        api_key=key,
    )


def audit_out(e: AuditEntry) -> dict[str, Any]:
    out: dict[str, Any] = msgspec.to_builtins(e)
    return out
