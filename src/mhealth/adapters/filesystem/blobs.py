"""FileBlobStore: content-addressed recordings on the local file system."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import os
import re
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable
from datetime import UTC, datetime
from pathlib import Path

from mhealth.domain.errors import InvalidInput, NotFound, StorageUnavailable
from mhealth.ports.blobs import BlobStore
from mhealth.ports.readiness import Readiness

# The exact shape BlobStore.key_for builds; nothing else ever becomes a path.
_KEY = re.compile(r"audio/([0-9a-f]{2})/([0-9a-f]{64})")
_TEMP_PREFIX = ".tmp-"
CHUNK_SIZE = 1 << 20


async def _storing(write: Awaitable[None]) -> None:
    """A write; a file system that refuses it (permissions, a full disk, a read-only or vanished mount) is
    ``StorageUnavailable`` (503 with Retry-After), not an unexpected error: nothing was stored."""
    try:
        await write
    except OSError as exc:
        reason = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
        raise StorageUnavailable(
            f"the audio store cannot be written ({reason}); try again later",
            retry_after=30,
            detail_ko="음성 저장소에 쓸 수 없습니다. 잠시 후 다시 시도하세요",
        ) from exc


class FileBlobStore(BlobStore):
    """Blobs under ``root/audio/<2 hex>/<sha256>``, written atomically.

    * Keys are validated against the shape of :meth:`BlobStore.key_for` before any file-system call, so
      a client-supplied key (``../../etc/passwd``, an absolute path, a symlink name) never reaches ``open``.
    * A write goes to a temporary file in the target directory, is fsync'ed, then ``os.replace``d into
      place (atomic on POSIX) and the directory is fsync'ed: a reader sees the whole blob or none.
    * The content is hashed while it is written; bytes that do not match ``sha256`` are refused, so a key
      always names its content.
    * Storing content that is already there refreshes its modification time (see :meth:`stored_at`):
      the orphan sweep then never removes a blob a new check-in has just referred to again.
    * File work runs in worker threads, never on the event loop; ``put_file`` streams in chunks.
    """

    name = "file"

    def __init__(self, root: Path, *, chunk_size: int = CHUNK_SIZE) -> None:
        self.root = Path(root)
        self._chunk_size = chunk_size

    # -- keys and paths ----------------------------------------------------------------------------

    def _path(self, key: str) -> Path | None:
        match = _KEY.fullmatch(key) if isinstance(key, str) else None
        if match is None or match.group(2)[:2] != match.group(1):
            return None
        return self.root / "audio" / match.group(1) / match.group(2)

    def _target(self, sha256: str) -> tuple[str, Path]:
        key = self.key_for(sha256)
        path = self._path(key)
        assert path is not None  # key_for only builds valid keys
        return key, path

    # -- writing ------------------------------------------------------------------------------------

    async def put_bytes(self, data: bytes, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        key, path = self._target(sha256)
        await _storing(asyncio.to_thread(self._write, path, sha256, [memoryview(data)]))
        return key

    async def put_file(self, path: Path, *, sha256: str, content_type: str = "application/octet-stream") -> str:
        key, target = self._target(sha256)
        await _storing(asyncio.to_thread(self._write_from_file, Path(path), target, sha256))
        return key

    def _write_from_file(self, source: Path, target: Path, sha256: str) -> None:
        with open(source, "rb") as handle:
            self._write(target, sha256, iter(lambda: handle.read(self._chunk_size), b""))

    def _write(self, target: Path, sha256: str, chunks) -> None:  # type: ignore[no-untyped-def]
        if target.exists():
            # Same key, same content (content-addressed): keep the file, mark it as freshly used.
            with contextlib.suppress(FileNotFoundError):
                os.utime(target)
                return
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                raise InvalidInput("the content does not match its sha256", field="sha256")
            os.chmod(temp_name, 0o640)
            os.replace(temp_name, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise
        _fsync_dir(target.parent)

    # -- reading ------------------------------------------------------------------------------------

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        if path is None:
            raise NotFound("no such blob")
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            raise NotFound("no such blob") from None

    async def exists(self, key: str) -> bool:
        path = self._path(key)
        return path is not None and await asyncio.to_thread(path.is_file)

    async def stored_at(self, key: str) -> datetime | None:
        """When the blob was last stored (written or re-put), or None if it is not there."""
        path = self._path(key)
        if path is None:
            return None
        try:
            mtime = (await asyncio.to_thread(path.stat)).st_mtime
        except FileNotFoundError:
            return None
        return datetime.fromtimestamp(mtime, tz=UTC)

    async def delete(self, key: str) -> None:
        path = self._path(key)
        if path is None:
            return
        with contextlib.suppress(FileNotFoundError):
            await asyncio.to_thread(path.unlink)

    async def keys(self) -> AsyncIterator[str]:
        for key in await asyncio.to_thread(self._list_keys):
            yield key

    def _list_keys(self) -> list[str]:
        base = self.root / "audio"
        if not base.is_dir():
            return []
        found = []
        for prefix in sorted(os.listdir(base)):
            folder = base / prefix
            if not folder.is_dir():
                continue
            for name in sorted(os.listdir(folder)):
                key = f"audio/{prefix}/{name}"
                if self._path(key) is not None:  # skips temporary files and strangers
                    found.append(key)
        return found

    async def remove_stale_temporaries(self, *, older_than_s: float = 3600) -> int:
        """Delete temporary files left by writes that died (a crash between write and rename)."""

        def work() -> int:
            base, removed, cutoff = self.root / "audio", 0, time.time() - older_than_s
            for temp in base.glob(f"*/{_TEMP_PREFIX}*") if base.is_dir() else ():
                with contextlib.suppress(FileNotFoundError):
                    if temp.stat().st_mtime < cutoff:
                        temp.unlink()
                        removed += 1
            return removed

        return await asyncio.to_thread(work)

    async def readiness(self) -> Readiness:
        def check() -> Readiness:
            try:
                self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                return Readiness(state="unavailable", detail=f"blob folder cannot be created ({exc.strerror})")
            if not os.access(self.root, os.W_OK):
                return Readiness(state="unavailable", detail="blob folder is not writable")
            return Readiness()

        return await asyncio.to_thread(check)


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory (Windows).
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
