"""The check-in use case over any unit of work (in-memory, SQLite, MariaDB), with an analyzer that can hold
every caller at a gate: races become deterministic (both requests are past their early checks before either
persists) instead of depending on timing."""

from __future__ import annotations

import asyncio
import io
import math
import struct
import wave
from datetime import UTC, datetime

from mhealth.adapters.memory import (
    FixedClock,
    InMemoryAnalytics,
    InMemoryAnalyzer,
    InMemoryBlobStore,
    InMemoryNotifier,
    InMemorySpeechToText,
    WavAudioDecoder,
)
from mhealth.domain.model import RiskAssessment
from mhealth.domain.usecases.checkins import AuditContext, CheckInPolicy, CheckIns
from mhealth.domain.usecases.screening import Screening
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.blobs import BlobStore
from mhealth.ports.repositories import UnitOfWork

START = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
WHO = AuditContext(actor="guardian-1", actor_role="guardian", request_id="req-12345678", client_ip="127.0.0.1")


class GatedAnalyzer(Analyzer):
    """The in-memory analyzer, but every call waits until ``parties`` calls have arrived (a barrier), or
    until :meth:`open` when ``parties`` is None."""

    name = "gated"

    def __init__(self, parties: int | None = None) -> None:
        self.inner = InMemoryAnalyzer()
        self.barrier = asyncio.Barrier(parties) if parties else None
        self.gate = asyncio.Event()
        self.arrived = 0
        if parties is None:
            self.gate.clear()

    def open(self) -> None:
        self.gate.set()

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        self.arrived += 1
        if self.barrier is not None:
            await self.barrier.wait()
        else:
            await self.gate.wait()
        return await self.inner.analyze(text, language=language)


def check_ins(
    uow: UnitOfWork,
    *,
    analyzer: Analyzer | None = None,
    policy: CheckInPolicy | None = None,
    blobs: BlobStore | None = None,
    clock: FixedClock | None = None,
    background: int = 0,
) -> CheckIns:
    """``background``: see :meth:`CheckIns.deliver_after_answering`."""
    ci = CheckIns(
        screening=Screening(
            analyzer=analyzer or InMemoryAnalyzer(), speech=InMemorySpeechToText(), decoder=WavAudioDecoder()
        ),
        uow=uow,
        blobs=blobs or InMemoryBlobStore(),
        analytics=InMemoryAnalytics(),
        notifier=InMemoryNotifier(),
        clock=clock or FixedClock(START),
        pseudonym_key=b"k" * 32,
        policy=policy or CheckInPolicy(),
    )
    ci.deliver_after_answering(background)
    return ci


def tone_wav(seconds: float = 1.0, rate: int = 16000, freq: float = 220.0) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate)))
                for i in range(int(seconds * rate))
            )
        )
    return buf.getvalue()


def memory_ports(start: datetime) -> dict[str, object]:
    """Every port of ``mhealth.build`` as an in-memory fake, the clock fixed at ``start`` (tests inspect them)."""
    from mhealth.adapters.memory import InMemoryUnitOfWork

    return {
        "analyzer": InMemoryAnalyzer(),
        "speech": InMemorySpeechToText(),
        "decoder": WavAudioDecoder(),
        "uow": InMemoryUnitOfWork(),
        "blobs": InMemoryBlobStore(),
        "analytics": InMemoryAnalytics(),
        "notifier": InMemoryNotifier(),
        "clock": FixedClock(start),
    }
