"""The web app's cookie session, device links and CSRF tokens (the API keeps its bearer tokens).

A session is an HS256 JWT in an HttpOnly cookie (``mh_session``, ``Path=/app``, ``SameSite=Lax``, ``Secure``
over HTTPS). It is signed with ``MHEALTH_JWT_SECRET`` but for another audience (``<MHEALTH_JWT_AUDIENCE>/web``),
so a session cookie is never accepted as a ``/v1`` bearer token and an API token never as a session.

- A password session carries ``fam``, the login session of :meth:`AccessControl.login`: signing out, a
  disabled user or a revoked family ends it at once (checked on every request, as ``/v1`` does).
- A device session (``dev``) is what a device link signs in as: a senior-role *device account* linked to one
  senior. Revoking the link unlinks and disables that account, which ends every session made from it.
- ``csrf`` is a random value inside the signed session; every POST form carries it back (synchronizer token,
  no server state). The sign-in forms, before any session, use a double-submit cookie instead.
"""

from __future__ import annotations

import hmac
import secrets
import time
from typing import Any

import jwt
import msgspec

ALGORITHM = "HS256"
SESSION_COOKIE = "mh_session"
LOGIN_CSRF_COOKIE = "mh_csrf"
REFRESH_COOKIE = "mh_rt"  # the login's refresh token, sent only to /app/logout
LANG_COOKIE = "mh_lang"
SESSION_HOURS = 12  # a care-team session; the senior's device session lasts as long as its link
DEVICE_LINK_DAYS = 180


class WebSession(msgspec.Struct, frozen=True, kw_only=True):
    """A verified session cookie."""

    subject: str
    role: str
    csrf: str
    family: str | None = None
    device: bool = False


class DeviceLink(msgspec.Struct, frozen=True, kw_only=True):
    """A verified device-link token: the device account it signs in as."""

    subject: str
    expires_at: int


class WebTokens:
    """Signs and checks session cookies and device links with one secret and the web audience."""

    def __init__(self, secret: str, *, audience: str) -> None:
        self._secret = secret
        self.audience = audience

    def _encode(self, claims: dict[str, Any], ttl_s: int) -> str:
        now = int(time.time())
        return jwt.encode({**claims, "aud": self.audience, "iat": now, "exp": now + ttl_s}, self._secret, ALGORITHM)

    def _decode(self, token: str) -> dict[str, Any] | None:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                audience=self.audience,
                options={"require": ["exp", "sub", "aud", "typ"]},
            )
        except jwt.InvalidTokenError:
            return None
        return claims if isinstance(claims.get("sub"), str) else None

    def session(self, subject: str, role: str, *, family: str | None, device: bool, ttl_s: int) -> str:
        claims: dict[str, Any] = {"typ": "session", "sub": subject, "role": role, "csrf": secrets.token_urlsafe(24)}
        if family is not None:
            claims["fam"] = family
        if device:
            claims["dev"] = True
        return self._encode(claims, ttl_s)

    def read_session(self, token: str | None) -> WebSession | None:
        claims = self._decode(token) if token else None
        if claims is None or claims["typ"] != "session":
            return None
        role, csrf, family = claims.get("role"), claims.get("csrf"), claims.get("fam")
        if not isinstance(role, str) or not isinstance(csrf, str) or not isinstance(family, str | None):
            return None
        return WebSession(subject=claims["sub"], role=role, csrf=csrf, family=family, device=claims.get("dev") is True)

    def device_link(self, device_account: str, *, days: int = DEVICE_LINK_DAYS) -> str:
        return self._encode({"typ": "device", "sub": device_account}, days * 86400)

    def read_device_link(self, token: str) -> DeviceLink | None:
        claims = self._decode(token.strip()[:2048])
        if claims is None or claims["typ"] != "device":
            return None
        return DeviceLink(subject=claims["sub"], expires_at=int(claims["exp"]))


def same_token(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of two CSRF tokens (False when either is missing)."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def new_csrf() -> str:
    return secrets.token_urlsafe(24)
