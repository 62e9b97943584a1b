"""In-memory fakes of every port, shipped in the wheel for other teams' tests.

They are used only when configured explicitly (``memory``) and pass the same contract suites as the
real adapters.
"""

from mhealth.adapters.memory.analyzer import InMemoryAnalyzer, assessment_from_labels
from mhealth.adapters.memory.audio import WavAudioDecoder
from mhealth.adapters.memory.blobs import InMemoryBlobStore
from mhealth.adapters.memory.clock import FixedClock
from mhealth.adapters.memory.passwords import InMemoryPasswordHasher
from mhealth.adapters.memory.repositories import InMemoryUnitOfWork
from mhealth.adapters.memory.sinks import InMemoryAnalytics, InMemoryNotifier, NullAnalytics
from mhealth.adapters.memory.speech import InMemorySpeechToText

__all__ = [
    "FixedClock",
    "InMemoryAnalytics",
    "InMemoryAnalyzer",
    "InMemoryBlobStore",
    "InMemoryNotifier",
    "InMemoryPasswordHasher",
    "InMemorySpeechToText",
    "InMemoryUnitOfWork",
    "NullAnalytics",
    "WavAudioDecoder",
    "assessment_from_labels",
]
