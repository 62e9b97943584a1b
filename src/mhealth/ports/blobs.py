"""BlobStore port: content-addressed storage for recordings (never in the SQL database)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from pathlib import Path

from mhealth.ports.readiness import HasReadiness


class BlobStore(HasReadiness, ABC):
    """Stores bytes under keys derived from their sha256.

    Contract:
        * ``put_file``/``put_bytes`` return the key; storing the same content twice returns the same
          key and stores it once. Writes are atomic: a reader sees the whole object or none.
        * No value a client controls becomes part of a path or object name: keys are
          ``<prefix>/<sha256>`` built here.
        * ``get`` of a missing key raises :class:`~mhealth.domain.errors.NotFound`.
        * ``delete`` of a missing key is not an error.
    """

    @staticmethod
    def key_for(sha256: str) -> str:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("a blob key is built from a lowercase sha256 hex digest")
        return f"audio/{sha256[:2]}/{sha256}"

    @abstractmethod
    async def put_file(self, path: Path, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        """Store the file's content under the key for ``sha256`` (which the caller computed)."""

    @abstractmethod
    async def put_bytes(self, data: bytes, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        """Store ``data`` under the key for ``sha256``."""

    @abstractmethod
    async def get(self, key: str) -> bytes:
        """The stored bytes."""

    @abstractmethod
    async def exists(self, key: str) -> bool:
        """Whether ``key`` is stored."""

    @abstractmethod
    async def delete(self, key: str) -> None:
        """Remove ``key`` if present."""

    @abstractmethod
    def keys(self) -> AsyncIterator[str]:
        """Every stored key (for the orphan sweep)."""
