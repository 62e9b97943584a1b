"""Password hashing: slow, salted, memory-hard (argon2id in production)."""

from __future__ import annotations

from abc import ABC, abstractmethod


class PasswordHasher(ABC):
    """Hashes and verifies passwords.

    Contract: ``hash`` never returns the password or anything it can be read back from; two hashes of the
    same password differ (salted); ``verify`` returns False (never raises) for a wrong password or a
    malformed hash. Both are CPU-heavy by design: implementations run them off the event loop.
    """

    name: str = "password-hasher"

    @abstractmethod
    async def hash(self, password: str) -> str:
        """A salted hash of ``password`` in a self-describing format."""

    @abstractmethod
    async def verify(self, password_hash: str, password: str) -> bool:
        """Whether ``password`` matches ``password_hash``."""

    @abstractmethod
    def needs_rehash(self, password_hash: str) -> bool:
        """Whether the hash was made with weaker parameters than today's (rehash at the next sign-in)."""
