"""gcp-storage-emulator (PyPI) in-process on 127.0.0.1, for the real google-cloud-storage client."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def storage_emulator(bucket: str = "mhealth-test") -> Iterator[str]:
    """Yields the ``STORAGE_EMULATOR_HOST`` value of a fresh in-memory emulator holding ``bucket``."""
    from gcp_storage_emulator.server import create_server

    port = free_port()
    server = create_server("127.0.0.1", port, in_memory=True, default_bucket=bucket)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
