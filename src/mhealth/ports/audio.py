"""AudioDecoder port: from the bytes a client sent to normalised PCM, or a clear refusal."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

import msgspec

from mhealth.domain.model import AudioInfo, SpeechTiming
from mhealth.ports.readiness import HasReadiness


class AudioFormat(msgspec.Struct, frozen=True, kw_only=True):
    """A format the decoder accepts: its usual extension, container and codecs."""

    extension: str
    container: str
    codecs: tuple[str, ...]
    mime_types: tuple[str, ...] = ()


class DecodedAudio(msgspec.Struct, frozen=True, kw_only=True):
    """Normalised audio: signed 16-bit little-endian mono PCM at ``sample_rate``.

    ``info`` describes the *source* (container, codec, rate, channels, duration, size, sha256).
    ``speech`` lists the (start_s, end_s) regions where voice activity was found; ``timing`` holds
    the speech-timing features derived from them.
    """

    info: AudioInfo
    pcm: bytes
    sample_rate: int
    speech: tuple[tuple[float, float], ...] = ()
    timing: SpeechTiming | None = None

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


class AudioDecoder(HasReadiness, ABC):
    """Detects the format from the bytes (never the file name), decodes and resamples.

    Contract:
        * ``decode`` returns :class:`DecodedAudio` whose duration matches what the container declares
          (within 2 %): a truncated file is refused, not half-decoded.
        * Refusals: empty input -> ``EmptyAudio``; a format it does not accept -> ``UnsupportedAudio``;
          corrupt or truncated -> ``CorruptAudio``; silence -> ``NoSpeech``; less speech than the
          configured minimum -> ``TooShort``. Nothing else escapes (no library exception).
        * Memory is bounded by a chunk of the input plus the output PCM, not by the input file.
    """

    @abstractmethod
    async def decode(self, path: Path, *, filename: str | None = None) -> DecodedAudio:
        """Decode the file at ``path``; ``filename`` is only used in messages."""

    @abstractmethod
    def formats(self) -> tuple[AudioFormat, ...]:
        """The formats this decoder really accepts (for ``GET /audio-formats``)."""

    async def probe_duration_s(self, path: Path) -> float | None:
        """The duration the file's header declares, read without decoding (milliseconds, not seconds, of
        work); None when it declares none or cannot be read (``decode`` then says why). Used to send long
        recordings to a job before any heavy work."""
        return None
