"""The PasswordHasher contract over the fake and argon2id (argon2-cffi, with cheap test parameters)."""

from __future__ import annotations

import pytest

from mhealth.adapters.memory import InMemoryPasswordHasher
from mhealth.ports.passwords import PasswordHasher

PASSWORD = "할머니-correct-horse-🐴"


@pytest.fixture(params=["memory", "argon2id"])
def hasher(request) -> PasswordHasher:
    if request.param == "memory":
        return InMemoryPasswordHasher()
    from mhealth.adapters.passwords.argon2 import Argon2PasswordHasher

    return Argon2PasswordHasher(time_cost=1, memory_cost_kib=1024, parallelism=1)


async def test_the_right_password_verifies_and_a_wrong_one_does_not(hasher):
    stored = await hasher.hash(PASSWORD)
    assert await hasher.verify(stored, PASSWORD)
    assert not await hasher.verify(stored, PASSWORD + " ")
    assert not await hasher.verify(stored, "")


async def test_the_hash_never_contains_the_password_and_is_salted(hasher):
    first, second = await hasher.hash(PASSWORD), await hasher.hash(PASSWORD)
    assert PASSWORD not in first and "correct-horse" not in first
    assert first != second
    assert await hasher.verify(second, PASSWORD)


@pytest.mark.parametrize("garbage", ["", "not-a-hash", "$argon2id$v=19$m=1,t=1,p=1$xx$yy", "fake$$"])
async def test_a_malformed_hash_verifies_nothing_and_asks_for_a_rehash(hasher, garbage):
    assert not await hasher.verify(garbage, PASSWORD)
    assert hasher.needs_rehash(garbage)


async def test_a_fresh_hash_needs_no_rehash(hasher):
    assert not hasher.needs_rehash(await hasher.hash(PASSWORD))


async def test_argon2_hashes_are_argon2id_with_the_default_cost():
    from mhealth.adapters.passwords.argon2 import Argon2PasswordHasher

    strong = Argon2PasswordHasher()
    stored = await strong.hash(PASSWORD)
    assert stored.startswith("$argon2id$") and "m=65536,t=3,p=4" in stored
    weak = await Argon2PasswordHasher(time_cost=1, memory_cost_kib=1024, parallelism=1).hash(PASSWORD)
    assert strong.needs_rehash(weak)  # an old, cheaper hash is upgraded at the next sign-in
