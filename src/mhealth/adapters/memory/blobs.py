"""In-memory BlobStore."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

from mhealth.domain.errors import NotFound
from mhealth.ports.blobs import BlobStore


class InMemoryBlobStore(BlobStore):
    """Keeps blobs in a dict; ``objects`` is public for assertions."""

    name = "memory"

    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.stored: dict[str, datetime] = {}

    async def put_file(self, path: Path, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        data = await asyncio.to_thread(path.read_bytes)
        return await self.put_bytes(data, sha256=sha256, content_type=content_type)

    async def put_bytes(self, data: bytes, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("the content does not match its sha256")
        key = self.key_for(sha256)
        self.objects.setdefault(key, data)
        self.stored[key] = datetime.now(timezone.utc)  # refreshed: a new check-in reuses this audio
        return key

    async def stored_at(self, key: str) -> datetime | None:
        """When the content was last stored (for the orphan sweep), or None when it is gone."""
        return self.stored.get(key) if key in self.objects else None

    async def get(self, key: str) -> bytes:
        try:
            return self.objects[key]
        except KeyError:
            raise NotFound("no such blob") from None

    async def exists(self, key: str) -> bool:
        return key in self.objects

    async def delete(self, key: str) -> None:
        self.objects.pop(key, None)
        self.stored.pop(key, None)

    async def keys(self) -> AsyncIterator[str]:
        for key in list(self.objects):
            yield key
