"""Authorization and audit for the HTTP handlers.

Every /v1 handler calls :func:`require` (or :func:`note` first, when it must load a resource to learn
whose it is). That resolves the caller into an :class:`~mhealth.domain.rules.access.Actor`, applies the pure
policy of :mod:`mhealth.domain.rules.access`, and leaves an audit intent in the request state; the edge middleware
writes the audit entry when the response starts (outcome ``allowed``, ``denied`` or ``failed``), so every
read and write of a senior's data — and every refusal — is in the log before the client sees an answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar import Request

from mhealth.domain.errors import Forbidden, NotFound
from mhealth.domain.model import AuditOutcome, Role
from mhealth.domain.rules.access import Action, Actor, actor_for
from mhealth.domain.usecases.access import AccessControl
from mhealth.domain.usecases.checkins import AuditContext
from mhealth.entrypoints.http.security import Security

if TYPE_CHECKING:
    from mhealth.entrypoints.http.auth import Principal

__all__ = [
    "Security",
    "actor_of",
    "audit_context",
    "audited",
    "deny",
    "note",
    "principal",
    "require",
    "security",
    "write_audit",
]

ANONYMOUS_ADMIN = actor_for("anonymous", Role.ADMIN)  # MHEALTH_AUTH=off: local development only


def _state(request: Request[Any, Any, Any]) -> dict[str, Any]:
    state: dict[str, Any] = request.scope.setdefault("state", {})
    return state


def security(request: Request[Any, Any, Any]) -> Security:
    return request.app.state.security  # type: ignore[no-any-return]


def principal(request: Request[Any, Any, Any]) -> Principal | None:
    return _state(request).get("principal")


async def actor_of(request: Request[Any, Any, Any]) -> Actor:
    """The caller as an actor (resolved once per request)."""
    state = _state(request)
    found = state.get("actor")
    if found is not None:
        return found  # type: ignore[no-any-return]
    who = principal(request)
    if who is None:
        actor = ANONYMOUS_ADMIN
    else:
        sec, subject, role = security(request), who.subject, Role(who.role)
        actor = await sec.flights.run(("actor", subject, role), lambda: sec.access.actor(subject, role))
    state["actor"] = actor
    return actor


def note(
    request: Request[Any, Any, Any],
    action: str,
    resource_type: str,
    resource_id: str | None = None,
    senior_id: str | None = None,
    *,
    actor: str | None = None,
    actor_role: str | None = None,
) -> None:
    """Record what this request is about; the edge middleware writes it to the audit log with the outcome."""
    state = _state(request)
    intent = state.setdefault("audit", {})
    intent.update(action=action, resource_type=resource_type, resource_id=resource_id)
    if senior_id is not None:
        intent["senior_id"] = senior_id
    if actor is not None:
        intent["actor"] = actor
    if actor_role is not None:
        intent["actor_role"] = actor_role


def deny(request: Request[Any, Any, Any]) -> None:
    _state(request).setdefault("audit", {})["outcome"] = AuditOutcome.DENIED


async def require(
    request: Request[Any, Any, Any],
    action: Action,
    senior_id: str | None = None,
    *,
    audit: tuple[str, str, str | None] | None = None,
    missing: NotFound | None = None,
) -> Actor:
    """The actor, when it may do ``action`` (to ``senior_id``); otherwise 404 (a senior it may not see)
    or 403 (an action its role may never do). ``audit`` = (action code, resource type, resource id).
    ``missing``: the exact error the resource answers when it does not exist (a check-in, an alert), so
    that a resource of an invisible senior answers the same, word for word."""
    if audit is not None:
        note(request, *audit, senior_id=senior_id)
    elif senior_id is not None:
        _state(request).setdefault("audit", {})["senior_id"] = senior_id
    actor = await actor_of(request)
    try:
        AccessControl.require(actor, action, senior_id)
    except NotFound:
        deny(request)
        if missing is not None:
            raise missing from None
        raise
    except Forbidden:
        deny(request)
        raise
    return actor


def audit_context(request: Request[Any, Any, Any]) -> AuditContext:
    """Who asks, for a use case that writes its audit entry in its own transaction (check-ins)."""
    state = _state(request)
    who: Principal | None = state.get("principal")
    role = who.role if who else ("anonymous" if security(request).auth_required else "admin")
    return AuditContext(
        actor=who.subject if who else "anonymous",
        actor_role=role,
        request_id=state.get("request_id"),
        client_ip=state.get("client_ip"),
    )


def audited(request: Request[Any, Any, Any]) -> None:
    """The use case wrote this request's audit entry (in its transaction): the gateway writes no second one."""
    _state(request).pop("audit", None)


async def write_audit(state: dict[str, Any], status: int, client_ip: str | None, sec: Security) -> None:
    """Write the request's audit intent (called by the edge middleware when the response starts)."""
    intent = state.get("audit")
    if not intent or "action" not in intent:
        return
    who: Principal | None = state.get("principal")
    outcome = intent.get("outcome")
    if outcome is None:
        outcome = AuditOutcome.ALLOWED if status < 400 else AuditOutcome.FAILED
    await sec.audit.record(
        actor=intent.get("actor") or (who.subject if who else "anonymous"),
        actor_role=intent.get("actor_role") or (who.role if who else ("anonymous" if sec.auth_required else "admin")),
        action=intent["action"],
        resource_type=intent["resource_type"],
        resource_id=intent.get("resource_id"),
        senior_id=intent.get("senior_id"),
        outcome=outcome,
        client_ip=client_ip,
        request_id=state.get("request_id"),
    )
