"""A fake speech-to-text: a configured transcript per audio sha256, else a default."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Mapping

from mhealth.domain.errors import NoSpeech
from mhealth.domain.model import Segment, Transcript
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.speech import SpeechToText

DEFAULT_TRANSCRIPT = "오늘은 별일 없이 잘 지냈어요. 밥도 잘 먹었고요."


class InMemorySpeechToText(SpeechToText):
    """Returns ``transcripts[sha256]`` for known audio, else ``default`` (one segment over the audio).

    Audio in which the decoder found no voice (``audio.speech`` empty) is ``NoSpeech``, as with a real
    provider.

    ``calls`` records the sha256 of every audio it was given; ``latency_s`` simulates a provider.
    """

    name = "memory"

    def __init__(
        self,
        transcripts: Mapping[str, str] | None = None,
        *,
        default: str = DEFAULT_TRANSCRIPT,
        latency_s: float = 0.0,
    ) -> None:
        self.transcripts = dict(transcripts or {})
        self.default = default
        self.latency_s = latency_s
        self.calls: deque[str] = deque(maxlen=1000)  # latest sha256s, for assertions; bounded in a server

    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        self.calls.append(audio.info.sha256)
        if not audio.speech:  # the decoder heard no voice: never a made-up transcript
            raise NoSpeech("no speech was found in the audio", detail_ko="음성에서 말소리를 찾을 수 없습니다")
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        text = self.transcripts.get(audio.info.sha256, self.default)
        duration = audio.info.duration_s
        return Transcript(
            text=text,
            language=language,
            confidence=0.92,
            provider="memory",
            model="fake",
            segments=(Segment(start_s=0.0, end_s=duration, text=text, confidence=0.92),),
            duration_s=duration,
            timing=audio.timing,
        )
