"""SpeechToText port: turns normalised audio into a transcript with timed segments."""

from __future__ import annotations

from abc import ABC, abstractmethod

from mhealth.domain.model import Transcript
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.readiness import HasReadiness


class SpeechToText(HasReadiness, ABC):
    """Transcribes decoded audio (16-bit mono PCM at ``audio.sample_rate``).

    Contract:
        * Returns a :class:`Transcript` whose segments carry start/end seconds relative to the start
          of the recording, in order, without duplicated words at piece seams.
        * No speech recognised -> :class:`~mhealth.domain.errors.NoSpeech`.
        * Provider down, rate-limited or timed out after bounded retries ->
          :class:`~mhealth.domain.errors.ProviderUnavailable`; model missing ->
          :class:`~mhealth.domain.errors.SpeechUnavailable`. Never a made-up transcript, never a hang.
        * Never logs audio or text.
    """

    @abstractmethod
    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        """Transcribe ``audio``; ``language`` is a BCP-47 hint such as ``ko-KR``."""
