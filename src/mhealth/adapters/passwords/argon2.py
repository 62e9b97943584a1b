"""argon2id password hashing (argon2-cffi), run in a worker thread: a hash costs tens of milliseconds."""

from __future__ import annotations

import asyncio

from mhealth.ports.passwords import PasswordHasher


class Argon2PasswordHasher(PasswordHasher):
    """:class:`PasswordHasher` with argon2id and argon2-cffi's RFC 9106 "low memory" profile by default.

    Args:
        time_cost, memory_cost_kib, parallelism: argon2 parameters; None keeps argon2-cffi's defaults
            (t=3, m=64 MiB, p=4). Tests lower them; production should not.
    """

    name = "argon2id"

    def __init__(
        self, *, time_cost: int | None = None, memory_cost_kib: int | None = None, parallelism: int | None = None
    ) -> None:
        from argon2 import PasswordHasher as _Hasher
        from argon2 import Type

        defaults = _Hasher()  # argon2-cffi's own defaults (its RFC 9106 low-memory profile) for what is not given
        self._hasher = _Hasher(
            time_cost=defaults.time_cost if time_cost is None else time_cost,
            memory_cost=defaults.memory_cost if memory_cost_kib is None else memory_cost_kib,
            parallelism=defaults.parallelism if parallelism is None else parallelism,
            type=Type.ID,
        )

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self._hasher.hash, password)

    async def verify(self, password_hash: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        try:
            return await asyncio.to_thread(self._hasher.verify, password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        from argon2.exceptions import InvalidHashError

        try:
            return self._hasher.check_needs_rehash(password_hash)
        except InvalidHashError:
            return True
