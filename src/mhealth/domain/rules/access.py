"""Who may do what to whose data: pure rules, no I/O.

The HTTP layer resolves the caller into an :class:`Actor` (role + the seniors they are linked to, looked
up through the persistence port) and asks :func:`allowed` before every read or write of a senior's data.

* ``admin`` — every senior; manages users, links and keys; reads the audit log; erases seniors.
* ``service`` — the seniors its API key is scoped to, or all when created with ``--all-seniors``.
* ``guardian`` / ``social_worker`` — only the seniors linked to them.
* ``senior`` — only themselves (their own senior id, or the senior their account is linked to).

Care teams and schedules (who is told, and when a senior is expected to call) are edited by admins, social
workers and service clients of the senior (``manage_care``), never by guardians or seniors: the team is the
escalation ladder of a crisis, and a guardian who could edit it could take the social worker or the on-call
service off it (or set their own quiet hours over a crisis) without anyone accountable noticing. Guardians and
seniors read the team; a change goes through the social worker, whose edits the audit log records.

A senior the actor may not see is answered exactly like one that does not exist (404): callers turn a
``False`` from :func:`can_see` into ``NotFound``, never into "forbidden".
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.model import LoginFailures, Role


class Action(enum.StrEnum):
    READ = "read"  # a senior, their check-ins, assessments, trend, alerts, consents
    CHECK_IN = "check_in"  # submit a check-in for a senior
    ACKNOWLEDGE = "acknowledge"  # acknowledge an alert
    CONSENT = "consent"  # record or withdraw consent for a senior
    CREATE_SENIOR = "create_senior"
    ERASE_SENIOR = "erase_senior"
    MANAGE_ACCOUNTS = "manage_accounts"  # users, links, keys
    READ_AUDIT = "read_audit"
    MANAGE_CARE = "manage_care"  # a senior's care team and check-in schedule


_EVERYTHING = frozenset(Action)
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: _EVERYTHING,
    Role.SERVICE: frozenset(
        {Action.READ, Action.CHECK_IN, Action.ACKNOWLEDGE, Action.CONSENT, Action.CREATE_SENIOR, Action.MANAGE_CARE}
    ),
    Role.GUARDIAN: frozenset({Action.READ, Action.CHECK_IN, Action.ACKNOWLEDGE, Action.CONSENT}),
    Role.SOCIAL_WORKER: frozenset(
        {Action.READ, Action.CHECK_IN, Action.ACKNOWLEDGE, Action.CONSENT, Action.MANAGE_CARE}
    ),
    Role.SENIOR: frozenset({Action.READ, Action.CHECK_IN, Action.CONSENT}),
}


class Actor(msgspec.Struct, frozen=True, kw_only=True):
    """An authenticated caller and the seniors they may reach (``None``: every senior)."""

    subject: str
    role: Role
    seniors: frozenset[str] | None

    @property
    def sees_everyone(self) -> bool:
        return self.seniors is None


def actor_for(subject: str, role: Role, *, linked: Iterable[str] = (), all_seniors: bool = False) -> Actor:
    """The actor for a principal, given the seniors linked to it (and a service client's ``all_seniors``)."""
    if role is Role.ADMIN or (role is Role.SERVICE and all_seniors):
        return Actor(subject=subject, role=role, seniors=None)
    seniors = set(linked)
    if role is Role.SENIOR:
        seniors.add(subject)  # a token minted for a senior carries their senior id as subject
    return Actor(subject=subject, role=role, seniors=frozenset(seniors))


def may(actor: Actor, action: Action) -> bool:
    """Whether the role may do ``action`` at all (to some senior)."""
    return action in PERMISSIONS.get(actor.role, frozenset())


def can_see(actor: Actor, senior_id: str) -> bool:
    return actor.seniors is None or senior_id in actor.seniors


def allowed(actor: Actor, action: Action, senior_id: str | None = None) -> bool:
    """Whether ``actor`` may do ``action`` (to ``senior_id``, when the action concerns one senior)."""
    return may(actor, action) and (senior_id is None or can_see(actor, senior_id))


# -- credentials --------------------------------------------------------------------------------------

API_KEY_PREFIX = "mhk_"


def digest(secret: str) -> str:
    """SHA-256 of a high-entropy random secret (API key, refresh token). A slow hash adds nothing here:
    256 random bits cannot be guessed, and a fast digest lets a key be found by an indexed lookup."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_api_key() -> str:
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def new_refresh_token() -> str:
    return "mhr_" + secrets.token_urlsafe(32)


def looks_like_api_key(value: str) -> bool:
    return value.startswith(API_KEY_PREFIX) and 20 <= len(value) <= 200


# -- login throttling ---------------------------------------------------------------------------------


class LoginPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """``max_failures`` failed sign-ins within ``window`` lock the key (account or address) for ``lockout``."""

    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)


def locked_for(state: LoginFailures | None, now: datetime) -> int:
    """Seconds the key stays locked (0: not locked)."""
    if state is None or state.locked_until is None or state.locked_until <= now:
        return 0
    return max(1, int((state.locked_until - now).total_seconds() + 0.999))


def after_failure(state: LoginFailures | None, key: str, now: datetime, policy: LoginPolicy) -> LoginFailures:
    """The state after one more failed sign-in: a count within the window, locked at the limit."""
    if (
        state is None
        or now - state.first_failure_at > policy.window
        or (state.locked_until is not None and state.locked_until <= now)
    ):
        state = LoginFailures(key=key, failures=0, first_failure_at=now)
    failures = state.failures + 1
    locked_until = now + policy.lockout if failures >= policy.max_failures else None
    return LoginFailures(key=key, failures=failures, first_failure_at=state.first_failure_at, locked_until=locked_until)
