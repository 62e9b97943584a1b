"""Bearer-token authentication (``MHEALTH_AUTH=required``): short-lived HS256 JWTs and API keys.

Tokens carry ``sub`` (who), ``role`` and ``aud`` (``MHEALTH_JWT_AUDIENCE``) and must carry ``exp``.
``alg: none``, other algorithms, a wrong audience, an expired or forged token are all refused with 401.
Tokens from ``POST /v1/auth/login`` also carry ``fam``, the login session (refresh-token family): once
the session is revoked (logout, refresh-token reuse, a disabled user) its access tokens stop working too.
Service clients send an API key instead (``Authorization: Bearer mhk_...`` or ``X-API-Key``).
Mint tokens by hand with ``mhealth token issue --sub ID --role ROLE`` (operators only).
"""

from __future__ import annotations

import time
from typing import Any

import jwt
import msgspec

ROLES = ("senior", "guardian", "social_worker", "admin", "service")
ALGORITHM = "HS256"


class Principal(msgspec.Struct, frozen=True, kw_only=True):
    """An authenticated caller. ``kind``: ``token`` (a JWT) or ``api_key``; ``family``: the login session."""

    subject: str
    role: str
    kind: str = "token"
    family: str | None = None


class AuthError(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class TokenAuthority:
    """Issues and verifies access tokens with one secret."""

    def __init__(self, secret: str, *, audience: str = "mhealth", ttl_minutes: int = 15) -> None:
        self._secret = secret
        self.audience = audience
        self.ttl_s = ttl_minutes * 60

    def issue(self, subject: str, role: str, *, ttl_s: int | None = None, family: str | None = None) -> str:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        now = int(time.time())
        claims: dict[str, Any] = {
            "sub": subject,
            "role": role,
            "aud": self.audience,
            "iat": now,
            "exp": now + (ttl_s or self.ttl_s),
        }
        if family is not None:
            claims["fam"] = family
        return jwt.encode(claims, self._secret, algorithm=ALGORITHM)

    def verify(self, authorization: str | None) -> Principal:
        if not authorization:
            raise AuthError("missing Authorization header: send 'Authorization: Bearer <token>'")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("the Authorization header must be 'Bearer <token>'")
        try:
            claims = jwt.decode(
                token.strip(),
                self._secret,
                algorithms=[ALGORITHM],
                audience=self.audience,
                options={"require": ["exp", "sub", "aud"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("the token has expired") from None
        except jwt.InvalidTokenError:
            raise AuthError("the token is invalid") from None
        role = claims.get("role")
        family = claims.get("fam")
        if role not in ROLES or not isinstance(claims.get("sub"), str) or not isinstance(family, str | None):
            raise AuthError("the token is invalid")
        return Principal(subject=claims["sub"], role=role, family=family)


def api_key_of(authorization: str | None, x_api_key: str | None) -> str | None:
    """The API key a request presents (``X-API-Key``, or ``Authorization: Bearer mhk_...``), or None."""
    if x_api_key:
        return x_api_key.strip()
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip().startswith("mhk_"):
            return value.strip()
    return None
