"""Ports: one module per outside capability, each an ABC whose docstrings state the contract.

Ports are typed by the domain model and import nothing but the standard library, msgspec and
``mhealth.domain``. Every port has an in-memory fake in :mod:`mhealth.adapters.memory`.
"""

from mhealth.ports.analytics import Analytics
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.audio import AudioDecoder, AudioFormat, DecodedAudio
from mhealth.ports.blobs import BlobStore
from mhealth.ports.clock import Clock
from mhealth.ports.notifier import Notifier
from mhealth.ports.repositories import (
    AlertRepository,
    CheckInRepository,
    OutboxRepository,
    Page,
    SeniorRepository,
    UnitOfWork,
)
from mhealth.ports.speech import SpeechToText

__all__ = [
    "AlertRepository",
    "Analytics",
    "Analyzer",
    "AudioDecoder",
    "AudioFormat",
    "BlobStore",
    "CheckInRepository",
    "Clock",
    "DecodedAudio",
    "Notifier",
    "OutboxRepository",
    "Page",
    "SeniorRepository",
    "SpeechToText",
    "UnitOfWork",
]
