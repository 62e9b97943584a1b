"""A fast, salted stand-in for the argon2id hasher (tests and offline runs only: it is not slow)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from mhealth.ports.passwords import PasswordHasher


class InMemoryPasswordHasher(PasswordHasher):
    """Salted SHA-256 (``fake$<salt>$<digest>``): same contract as argon2id, none of its cost.

    Test hook: ``verifications`` counts calls to :meth:`verify`.
    """

    name = "memory"

    def __init__(self) -> None:
        self.verifications = 0

    async def hash(self, password: str) -> str:
        salt = secrets.token_hex(8)
        return f"fake${salt}${hashlib.sha256((salt + password).encode()).hexdigest()}"

    async def verify(self, password_hash: str, password: str) -> bool:
        self.verifications += 1
        parts = password_hash.split("$")
        if len(parts) != 3 or parts[0] != "fake":
            return False
        expected = hashlib.sha256((parts[1] + password).encode()).hexdigest()
        return hmac.compare_digest(expected, parts[2])

    def needs_rehash(self, password_hash: str) -> bool:
        parts = password_hash.split("$")
        return len(parts) != 3 or parts[0] != "fake" or len(parts[1]) != 16 or len(parts[2]) != 64
