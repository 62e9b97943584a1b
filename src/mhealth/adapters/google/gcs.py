"""Google Cloud Storage behind the BlobStore port: content-addressed recordings with retention metadata.

Objects are named ``<prefix>/audio/<2 hex>/<sha256>`` (:meth:`BlobStore.key_for`); no value a client
controls becomes part of a name, and a key of any other shape reaches nothing. Uploads are
create-only (``if_generation_match=0``): storing content that is already there is a no-op, and an
object is never half-visible (GCS writes are atomic). Each object carries its retention in custom
metadata (``retain-until``, an RFC 3339 UTC time, and ``retention-days``); a bucket lifecycle rule
(docs/providers/google.md) deletes objects by age as the backstop. The SDK is blocking: every call
runs in a worker thread. ``STORAGE_EMULATOR_HOST`` (read by the SDK) points it at an emulator.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections.abc import AsyncIterator, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from mhealth.domain.errors import InvalidInput, NotFound, ProviderUnavailable
from mhealth.ports.blobs import BlobStore
from mhealth.ports.readiness import Readiness

log = logging.getLogger(__name__)

_KEY = re.compile(r"audio/([0-9a-f]{2})/([0-9a-f]{64})")
_CHUNK = 1 << 20


def _valid(key: object) -> bool:
    match = _KEY.fullmatch(key) if isinstance(key, str) else None
    return match is not None and match.group(2)[:2] == match.group(1)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class GcsBlobStore(BlobStore):
    """Recordings in a Cloud Storage bucket.

    Args:
        bucket: bucket name (``MHEALTH_BLOBS=gs://BUCKET/PREFIX``).
        prefix: object-name prefix inside the bucket (no leading or trailing slash needed).
        project: project for the client (default: from the credentials or the environment).
        retention_days: written as ``retain-until`` metadata; None writes no retention.
        client: a ready ``storage.Client`` (tests).
        timeout_s: HTTP timeout of one call.
        retry_s: total time the SDK may spend retrying one call (its default is 120 s).
    """

    name = "gcs"

    def __init__(
        self,
        *,
        bucket: str,
        prefix: str = "",
        project: str | None = None,
        retention_days: int | None = 7,
        client: Any = None,
        timeout_s: float = 60.0,
        retry_s: float = 20.0,
    ) -> None:
        if not bucket or "/" in bucket:
            raise ValueError("GcsBlobStore needs a bucket name (MHEALTH_BLOBS=gs://BUCKET/PREFIX)")
        if retention_days is not None and retention_days < 1:
            raise ValueError("retention_days must be at least 1 (or None for no retention metadata)")
        from google.api_core import exceptions as api_exceptions

        # google-cloud-storage ships no type hints (no py.typed), so mypy sees no ``storage`` in google.cloud
        from google.cloud import storage  # type: ignore[attr-defined]
        from google.cloud.storage.retry import DEFAULT_RETRY  # type: ignore[import-untyped]  # same package

        # Uploads are create-only (if_generation_match=0), hence idempotent: the same retry fits all.
        self._retry = DEFAULT_RETRY.with_timeout(retry_s)
        self._probe_retry = DEFAULT_RETRY.with_timeout(min(3.0, retry_s))
        self._exc = api_exceptions
        self.bucket_name = bucket
        self.prefix = prefix.strip("/")
        self.retention_days = retention_days
        self.timeout_s = timeout_s
        self._client = client if client is not None else storage.Client(project=project)
        self._bucket = self._client.bucket(bucket)

    def _name(self, key: str) -> str:
        return f"{self.prefix}/{key}" if self.prefix else key

    def _unavailable(self, error: BaseException) -> ProviderUnavailable:
        return ProviderUnavailable(f"Cloud Storage is unavailable ({type(error).__name__}); try again later")

    async def _run(self, function: Any, *args: Any) -> Any:
        try:
            return await asyncio.to_thread(function, *args)
        except (NotFound, InvalidInput, ValueError):
            raise
        except self._exc.NotFound:
            raise NotFound("no such blob") from None
        except (self._exc.GoogleAPIError, OSError) as error:
            raise self._unavailable(error) from error
        except Exception as error:
            if type(error).__module__.split(".")[0] not in ("requests", "urllib3", "google"):
                raise
            raise self._unavailable(error) from error

    # -- writing ----------------------------------------------------------------------------------

    def _metadata(self, sha256: str) -> dict[str, str]:
        metadata = {"sha256": sha256}
        if self.retention_days is not None:
            until = datetime.now(timezone.utc) + timedelta(days=self.retention_days)
            metadata["retain-until"] = until.isoformat(timespec="seconds").replace("+00:00", "Z")
            metadata["retention-days"] = str(self.retention_days)
        return metadata

    def _upload(self, key: str, sha256: str, content_type: str, data: bytes | None, path: Path | None) -> None:
        blob = self._bucket.blob(self._name(key))
        blob.metadata = self._metadata(sha256)
        try:
            if data is not None:
                blob.upload_from_string(
                    data, content_type=content_type, if_generation_match=0, timeout=self.timeout_s, retry=self._retry
                )
            else:
                blob.upload_from_filename(
                    str(path),
                    content_type=content_type,
                    if_generation_match=0,
                    timeout=self.timeout_s,
                    retry=self._retry,
                )
        except self._exc.PreconditionFailed:
            return  # already stored: content-addressed, so the same bytes

    async def put_bytes(self, data: bytes, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        key = self.key_for(sha256)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InvalidInput("the content does not match its sha256", field="sha256")
        await self._run(self._upload, key, sha256, content_type, bytes(data), None)
        return key

    async def put_file(self, path: Path, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        key = self.key_for(sha256)
        if await asyncio.to_thread(_hash_file, Path(path)) != sha256:
            raise InvalidInput("the content does not match its sha256", field="sha256")
        await self._run(self._upload, key, sha256, content_type, None, Path(path))
        return key

    # -- reading ----------------------------------------------------------------------------------

    async def get(self, key: str) -> bytes:
        if not _valid(key):
            raise NotFound("no such blob")
        blob = self._bucket.blob(self._name(key))
        data: bytes = await self._run(lambda: blob.download_as_bytes(timeout=self.timeout_s, retry=self._retry))
        return data

    async def exists(self, key: str) -> bool:
        if not _valid(key):
            return False
        blob = self._bucket.blob(self._name(key))
        return bool(await self._run(lambda: blob.exists(timeout=self.timeout_s, retry=self._retry)))

    async def retain_until(self, key: str) -> datetime | None:
        """The ``retain-until`` time stored with the blob (None when absent); ``NotFound`` if missing."""
        if not _valid(key):
            raise NotFound("no such blob")
        blob = self._bucket.blob(self._name(key))
        await self._run(lambda: blob.reload(timeout=self.timeout_s, retry=self._retry))
        value = (blob.metadata or {}).get("retain-until")
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None

    async def delete(self, key: str) -> None:
        if not _valid(key):
            return
        blob = self._bucket.blob(self._name(key))
        try:
            await self._run(lambda: blob.delete(timeout=self.timeout_s, retry=self._retry))
        except NotFound:
            pass

    async def keys(self) -> AsyncIterator[str]:
        root = f"{self.prefix}/" if self.prefix else ""

        def names() -> list[str]:
            listed: Iterable[Any] = self._client.list_blobs(
                self.bucket_name, prefix=f"{root}audio/", timeout=self.timeout_s, retry=self._retry
            )
            return [blob.name for blob in listed]

        for name in await self._run(names):
            key = name[len(root) :]
            if _valid(key):
                yield key

    async def readiness(self) -> Readiness:
        try:
            found = await asyncio.wait_for(
                self._run(lambda: self._bucket.exists(timeout=min(self.timeout_s, 5.0), retry=self._probe_retry)), 6.0
            )
        except (ProviderUnavailable, TimeoutError):
            return Readiness(state="unavailable", detail="Cloud Storage does not answer")
        except Exception:  # a permission error still means "not usable"; the detail names no secret
            return Readiness(state="unavailable", detail="Cloud Storage bucket cannot be checked")
        if not found:
            return Readiness(state="unavailable", detail="the Cloud Storage bucket does not exist")
        return Readiness(detail="Cloud Storage bucket reachable")

    async def aclose(self) -> None:
        close = getattr(self._client, "close", None)
        if close is not None:
            await asyncio.to_thread(close)


__all__ = ["GcsBlobStore"]
