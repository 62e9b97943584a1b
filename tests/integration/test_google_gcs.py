"""GcsBlobStore through the real google-cloud-storage client against gcp-storage-emulator.

The shared BlobStore contract runs over GcsBlobStore in tests/contract/test_blobstore_contract.py; this
module holds the promises only GCS makes (naming under the prefix, retention metadata, faults).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta, timezone

import pytest

pytest.importorskip("google.cloud.storage", reason="the google extra is not installed")
pytest.importorskip("gcp_storage_emulator", reason="gcp-storage-emulator (dev extra) is not installed")

from mhealth.adapters.google.gcs import GcsBlobStore
from mhealth.domain.errors import InvalidInput, NotFound, ProviderUnavailable
from mhealth.ports.blobs import BlobStore
from tests.contract.google_impls import BUCKET, gcs_emulator_host

DATA = "어르신 녹음".encode() + bytes(range(256)) * 100
SHA = hashlib.sha256(DATA).hexdigest()


@pytest.fixture(scope="module")
def emulator_host():
    with gcs_emulator_host() as host:
        yield host


@pytest.fixture
async def blobs(emulator_host, monkeypatch):
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", emulator_host)
    store = GcsBlobStore(bucket=BUCKET, prefix=f"t-{uuid.uuid4().hex[:8]}/recordings", timeout_s=5.0)
    yield store
    await store.aclose()


async def test_objects_are_named_under_the_prefix_by_content(blobs):
    key = await blobs.put_bytes(DATA, sha256=SHA, content_type="audio/wav")

    blob = blobs._client.bucket(BUCKET).get_blob(f"{blobs.prefix}/{key}")
    assert blob is not None and blob.content_type == "audio/wav"
    assert key == BlobStore.key_for(SHA)


async def test_retention_is_written_as_custom_metadata(blobs):
    key = await blobs.put_bytes(DATA, sha256=SHA)

    until = await blobs.retain_until(key)
    expected = datetime.now(timezone.utc) + timedelta(days=7)
    assert until is not None and abs((until - expected).total_seconds()) < 120
    blob = blobs._client.bucket(BUCKET).get_blob(f"{blobs.prefix}/{key}")
    assert blob.metadata["retention-days"] == "7" and blob.metadata["sha256"] == SHA


async def test_no_retention_writes_no_retain_until(emulator_host, monkeypatch):
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", emulator_host)
    store = GcsBlobStore(bucket=BUCKET, prefix=f"t-{uuid.uuid4().hex[:8]}", retention_days=None)
    key = await store.put_bytes(DATA, sha256=SHA)
    assert await store.retain_until(key) is None


async def test_content_that_does_not_match_its_sha256_is_refused(blobs):
    with pytest.raises(InvalidInput):
        await blobs.put_bytes(DATA + b"x", sha256=SHA)
    assert not await blobs.exists(BlobStore.key_for(SHA))


async def test_keys_lists_only_this_stores_recordings(blobs, emulator_host):
    key = await blobs.put_bytes(DATA, sha256=SHA)
    bucket = blobs._client.bucket(BUCKET)
    bucket.blob(f"{blobs.prefix}/audio/zz/not-a-key").upload_from_string(b"x")
    bucket.blob(f"{blobs.prefix}-other/audio/{SHA[:2]}/{SHA}").upload_from_string(DATA)

    assert [k async for k in blobs.keys()] == [key]


async def test_a_missing_bucket_is_not_ready(emulator_host, monkeypatch):
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", emulator_host)
    store = GcsBlobStore(bucket="no-such-bucket-here")
    assert (await store.readiness()).state == "unavailable"
    assert (await GcsBlobStore(bucket=BUCKET).readiness()).state == "ready"


async def test_an_unreachable_service_is_provider_unavailable(monkeypatch):
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", "http://127.0.0.1:9")
    store = GcsBlobStore(bucket=BUCKET, timeout_s=0.5, retry_s=1.0)
    with pytest.raises(ProviderUnavailable):
        await store.put_bytes(DATA, sha256=SHA)
    with pytest.raises(ProviderUnavailable):
        await store.get(BlobStore.key_for(SHA))
    assert (await store.readiness()).state == "unavailable"


async def test_a_missing_key_is_not_found(blobs):
    with pytest.raises(NotFound):
        await blobs.get(BlobStore.key_for("1" * 64))
