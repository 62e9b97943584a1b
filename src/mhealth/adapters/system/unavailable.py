"""A SpeechToText that says, truthfully, why no transcription is possible (never a made-up transcript)."""

from __future__ import annotations

from mhealth.domain.errors import SpeechUnavailable
from mhealth.domain.model import Transcript
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.readiness import Readiness
from mhealth.ports.speech import SpeechToText


class UnavailableSpeechToText(SpeechToText):
    """Configured when the selected provider cannot work here (e.g. the ``whisper`` extra is missing)."""

    def __init__(self, name: str, detail: str, detail_ko: str = "음성 인식을 사용할 수 없습니다") -> None:
        self.name = name
        self.detail = detail
        self.detail_ko = detail_ko

    async def readiness(self) -> Readiness:
        return Readiness(state="unavailable", detail=self.detail)

    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        raise SpeechUnavailable(self.detail, retry_after=3600, detail_ko=self.detail_ko)
