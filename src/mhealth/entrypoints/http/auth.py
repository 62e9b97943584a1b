"""Bearer-token authentication (``MHEALTH_AUTH=required``): short-lived HS256 JWTs.

Tokens carry ``sub`` (who), ``role`` and ``aud`` (``MHEALTH_JWT_AUDIENCE``) and must carry ``exp``.
``alg: none``, other algorithms, a wrong audience, an expired or forged token are all refused with 401.
Mint tokens with ``mhealth token issue --sub ID --role ROLE``.
"""

from __future__ import annotations

import time
from typing import Any

import jwt
import msgspec

ROLES = ("senior", "guardian", "social_worker", "admin", "service")
ALGORITHM = "HS256"


class Principal(msgspec.Struct, frozen=True, kw_only=True):
    subject: str
    role: str


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

    def issue(self, subject: str, role: str, *, ttl_s: int | None = None) -> str:
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
        if role not in ROLES or not isinstance(claims.get("sub"), str):
            raise AuthError("the token is invalid")
        return Principal(subject=claims["sub"], role=role)
