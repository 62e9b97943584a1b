"""Explicit mapping of accounts, links, tokens, consent, audit and login counters to rows and back."""

from __future__ import annotations

from mhealth.adapters.sql.rows import (
    AccessLinkRow,
    AuditRow,
    ConsentRecordRow,
    LoginFailureRow,
    RefreshTokenRow,
    ServiceClientRow,
    UserRow,
)
from mhealth.domain.model import (
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
)


def user_to_row(u: User) -> UserRow:
    return UserRow(
        id=u.id,
        email=u.email,
        role=u.role.value,
        password_hash=u.password_hash,
        created_at=u.created_at,
        disabled=u.disabled,
    )


def user_to_domain(r: UserRow) -> User:
    return User(
        id=r.id,
        email=r.email,
        role=Role(r.role),
        password_hash=r.password_hash,
        created_at=r.created_at,
        disabled=bool(r.disabled),
    )


def client_values(c: ServiceClient) -> dict[str, object]:
    return {
        "id": c.id,
        "name": c.name,
        "key_hash": c.key_hash,
        "key_prefix": c.key_prefix,
        "created_at": c.created_at,
        "all_seniors": c.all_seniors,
        "revoked_at": c.revoked_at,
        "rotated_at": c.rotated_at,
    }


def client_to_domain(r: ServiceClientRow) -> ServiceClient:
    return ServiceClient(
        id=r.id,
        name=r.name,
        key_hash=r.key_hash,
        key_prefix=r.key_prefix,
        created_at=r.created_at,
        all_seniors=bool(r.all_seniors),
        revoked_at=r.revoked_at,
        rotated_at=r.rotated_at,
    )


def link_to_row(link: AccessLink) -> AccessLinkRow:
    return AccessLinkRow(
        principal_id=link.principal_id,
        senior_id=link.senior_id,
        created_at=link.created_at,
        created_by=link.created_by[:64],
    )


def refresh_to_row(t: RefreshToken) -> RefreshTokenRow:
    return RefreshTokenRow(
        id=t.id,
        token_hash=t.token_hash,
        family_id=t.family_id,
        user_id=t.user_id,
        created_at=t.created_at,
        expires_at=t.expires_at,
        used_at=t.used_at,
        revoked_at=t.revoked_at,
    )


def refresh_to_domain(r: RefreshTokenRow) -> RefreshToken:
    return RefreshToken(
        id=r.id,
        token_hash=r.token_hash,
        family_id=r.family_id,
        user_id=r.user_id,
        created_at=r.created_at,
        expires_at=r.expires_at,
        used_at=r.used_at,
        revoked_at=r.revoked_at,
    )


def consent_to_row(c: ConsentRecord) -> ConsentRecordRow:
    return ConsentRecordRow(
        id=c.id,
        senior_id=c.senior_id,
        scope=c.scope.value,
        granted=c.granted,
        recorded_by=c.recorded_by,
        recorded_at=c.recorded_at,
    )


def consent_to_domain(r: ConsentRecordRow) -> ConsentRecord:
    return ConsentRecord(
        id=r.id,
        senior_id=r.senior_id,
        scope=ConsentScope(r.scope),
        granted=bool(r.granted),
        recorded_by=r.recorded_by,
        recorded_at=r.recorded_at,
    )


def audit_to_row(e: AuditEntry) -> AuditRow:
    return AuditRow(
        id=e.id,
        at=e.at,
        actor=e.actor,
        actor_role=e.actor_role,
        action=e.action,
        resource_type=e.resource_type,
        resource_id=e.resource_id,
        senior_id=e.senior_id,
        outcome=e.outcome.value,
        client_ip=e.client_ip,
        request_id=e.request_id,
    )


def audit_to_domain(r: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=r.id,
        at=r.at,
        actor=r.actor,
        actor_role=r.actor_role,
        action=r.action,
        resource_type=r.resource_type,
        resource_id=r.resource_id,
        senior_id=r.senior_id,
        outcome=AuditOutcome(r.outcome),
        client_ip=r.client_ip,
        request_id=r.request_id,
    )


def failures_to_domain(r: LoginFailureRow) -> LoginFailures:
    return LoginFailures(
        key=r.key, failures=r.failures, first_failure_at=r.first_failure_at, locked_until=r.locked_until
    )
