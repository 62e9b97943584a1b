"""The BlobStore contract, over the in-memory fake, FileBlobStore and GcsBlobStore (against the Cloud Storage
emulator), plus FileBlobStore's own promises."""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from mhealth.domain.errors import InvalidInput, NotFound
from mhealth.ports.blobs import BlobStore
from tests.contract.google_impls import GOOGLE_PARAMS, google_adapter

AUDIO = "안녕하세요 🎙️".encode() + bytes(range(256)) * 40
AUDIO_SHA = hashlib.sha256(AUDIO).hexdigest()

HOSTILE_KEYS = [
    "../outside.txt",
    "audio/../../outside.txt",
    "/etc/passwd",
    f"audio/ab/{'0' * 64}/../../../outside.txt",
    f"audio/zz/{AUDIO_SHA}",  # wrong prefix for this digest
    f"audio/{AUDIO_SHA[:2]}/{AUDIO_SHA.upper()}",
    f"AUDIO/{AUDIO_SHA[:2]}/{AUDIO_SHA}",
    f"audio/{AUDIO_SHA[:2]}/{AUDIO_SHA}\x00",
    "",
]


@pytest.fixture(params=["memory", "file", *GOOGLE_PARAMS["blobs"]])
async def blobs(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[BlobStore]:
    if request.param == "memory":
        from mhealth.adapters.memory.blobs import InMemoryBlobStore

        yield InMemoryBlobStore()
    elif request.param == "file":
        from mhealth.adapters.filesystem.blobs import FileBlobStore

        yield FileBlobStore(tmp_path / "blobs")
    else:
        async with google_adapter(request.param) as store:
            yield store


async def stored_keys(blobs: BlobStore) -> list[str]:
    return [key async for key in blobs.keys()]


async def test_bytes_come_back_under_the_key_of_their_sha256(blobs):
    key = await blobs.put_bytes(AUDIO, sha256=AUDIO_SHA, content_type="audio/mp4")

    assert key == BlobStore.key_for(AUDIO_SHA)
    assert await blobs.exists(key)
    assert await blobs.get(key) == AUDIO


async def test_the_same_content_is_stored_once(blobs):
    first = await blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)
    second = await blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)

    assert first == second
    assert await stored_keys(blobs) == [first]


async def test_a_file_is_stored_whole(blobs, tmp_path):
    data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks and a ragged end
    source = tmp_path / "upload.m4a"
    source.write_bytes(data)

    key = await blobs.put_file(source, sha256=hashlib.sha256(data).hexdigest())

    assert await blobs.get(key) == data


async def test_missing_keys_are_not_found_and_deleting_them_is_harmless(blobs):
    missing = BlobStore.key_for("0" * 64)

    with pytest.raises(NotFound):
        await blobs.get(missing)
    assert not await blobs.exists(missing)
    await blobs.delete(missing)


async def test_delete_removes_a_blob(blobs):
    key = await blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)
    other = await blobs.put_bytes(b"other", sha256=hashlib.sha256(b"other").hexdigest())

    await blobs.delete(key)

    assert not await blobs.exists(key)
    assert await stored_keys(blobs) == [other]


@pytest.mark.parametrize("key", HOSTILE_KEYS)
async def test_a_key_not_built_by_key_for_reaches_nothing(blobs, tmp_path, key):
    outside = tmp_path / "outside.txt"
    outside.write_text("not a blob")
    await blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)

    with pytest.raises(NotFound):
        await blobs.get(key)
    assert not await blobs.exists(key)
    await blobs.delete(key)

    assert outside.read_text() == "not a blob"
    assert await blobs.get(BlobStore.key_for(AUDIO_SHA)) == AUDIO


@pytest.mark.parametrize("bad", ["", "abc", AUDIO_SHA.upper(), "../" + AUDIO_SHA[3:], "g" * 64])
async def test_a_malformed_sha256_is_refused(blobs, bad):
    with pytest.raises(ValueError):
        await blobs.put_bytes(AUDIO, sha256=bad)


# -- FileBlobStore's own promises -----------------------------------------------------------------------


@pytest.fixture
def file_blobs(tmp_path: Path):
    from mhealth.adapters.filesystem.blobs import FileBlobStore

    return FileBlobStore(tmp_path / "blobs", chunk_size=4096)


def files_under(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


async def test_file_store_refuses_content_that_does_not_match_its_sha256(file_blobs):
    with pytest.raises(InvalidInput):
        await file_blobs.put_bytes(AUDIO + b"tampered", sha256=AUDIO_SHA)

    assert not await file_blobs.exists(BlobStore.key_for(AUDIO_SHA))
    assert files_under(file_blobs.root) == []  # no temporary file left behind


async def test_file_store_leaves_only_the_blob_after_a_write(file_blobs):
    key = await file_blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)

    assert files_under(file_blobs.root) == [key]


async def test_file_store_hides_and_cleans_up_temporaries_of_interrupted_writes(file_blobs):
    key = await file_blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)
    leftover = file_blobs.root / "audio" / AUDIO_SHA[:2] / ".tmp-crashed"
    leftover.write_bytes(b"half a recording")
    os.utime(leftover, (0, 0))

    assert await stored_keys(file_blobs) == [key]
    assert await file_blobs.remove_stale_temporaries(older_than_s=60) == 1
    assert files_under(file_blobs.root) == [key]


async def test_file_store_refreshes_the_age_of_content_stored_again(file_blobs):
    key = await file_blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)
    os.utime(file_blobs.root / key, (0, 0))
    old = await file_blobs.stored_at(key)

    await file_blobs.put_bytes(AUDIO, sha256=AUDIO_SHA)

    assert old is not None and old.year == 1970
    assert (await file_blobs.stored_at(key)).year > 2000
    assert await file_blobs.stored_at(BlobStore.key_for("0" * 64)) is None


async def test_file_store_is_ready_when_its_folder_is_writable(file_blobs, tmp_path):
    from mhealth.adapters.filesystem.blobs import FileBlobStore

    assert (await file_blobs.readiness()).state == "ready"
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert (await FileBlobStore(blocker / "blobs").readiness()).state == "unavailable"
