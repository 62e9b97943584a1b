"""Stateless screening: what the original AI service's endpoints serve. Nothing about a person is stored."""

from __future__ import annotations

from pathlib import Path

import msgspec

from mhealth.domain.errors import InvalidInput, NoSpeech, SpeechUnavailable
from mhealth.domain.model import PriceTable, RiskAssessment, Transcript, new_id
from mhealth.domain.rules.cost import with_cost
from mhealth.domain.rules.safety.floor import apply_safety_floor
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.audio import AudioDecoder, DecodedAudio
from mhealth.ports.speech import SpeechToText

MAX_TEXT_CHARS = 20_000


def check_text(text: str, *, field: str = "text") -> str:
    """Refuse blank or oversized text with a clear, field-naming error."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("text is blank", field=field, detail_ko="텍스트가 비어있습니다")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(
            f"text is longer than {MAX_TEXT_CHARS} characters",
            field=field,
            detail_ko=f"텍스트가 너무 깁니다 (최대 {MAX_TEXT_CHARS}자)",
        )
    return text


class AudioResult(msgspec.Struct, frozen=True, kw_only=True):
    audio: DecodedAudio
    transcript: Transcript


class Screening:
    """Screens a text or a recording and returns the assessment after the safety floor.

    Args:
        analyzer: the configured analyzer (its result is always passed through the safety floor).
        speech: the speech-to-text provider, or None when none is configured.
        decoder: the audio decoder.
        prices: the price table (``MHEALTH_PRICES``) for the cost estimate in each provenance, or None.
    """

    def __init__(
        self,
        *,
        analyzer: Analyzer,
        speech: SpeechToText | None,
        decoder: AudioDecoder,
        prices: PriceTable | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.speech = speech
        self.decoder = decoder
        self.prices = prices

    async def analyze_text(
        self, text: str, *, language: str = "ko", transcript: Transcript | None = None
    ) -> RiskAssessment:
        """Assess ``text``: analyzer, then the deterministic safety floor (which can only raise).

        ``transcript``: what ``text`` was transcribed from, so that the provenance carries the billed
        speech seconds and the cost of both stages.
        """
        check_text(text)
        raw = await self.analyzer.analyze(text, language=language)
        assessment = apply_safety_floor(raw, text, assessment_id=raw.id or new_id())
        if transcript is None and self.prices is None:
            return assessment  # the hot path of POST /analyze: nothing to add
        return with_cost(assessment, transcript, self.prices)

    def require_speech(self) -> SpeechToText:
        """The speech provider, or ``SpeechUnavailable`` naming the setting that provides one."""
        if self.speech is None:
            raise SpeechUnavailable(
                "no speech-to-text provider is configured (MHEALTH_SPEECH=none); "
                "set MHEALTH_SPEECH to whisper or google",
                detail_ko="음성 인식 서비스가 설정되지 않았습니다",
            )
        return self.speech

    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        """Transcribe decoded audio; an empty transcript is ``NoSpeech``, never an empty success."""
        transcript = await self.require_speech().transcribe(audio, language=language)
        if not transcript.text.strip():
            raise NoSpeech("no words were recognised in the audio", detail_ko="음성에서 텍스트를 추출할 수 없습니다")
        if transcript.timing is None and audio.timing is not None:
            transcript = msgspec.structs.replace(transcript, timing=audio.timing)
        return transcript

    async def transcribe_file(self, path: Path, *, filename: str | None = None, language: str = "ko-KR") -> AudioResult:
        """Decode and transcribe a recording. Raises the decoder's refusals and ``SpeechUnavailable``."""
        self.require_speech()
        audio = await self.decoder.decode(path, filename=filename)
        return AudioResult(audio=audio, transcript=await self.transcribe(audio, language=language))

    async def analyze_file(
        self, path: Path, *, filename: str | None = None, language: str = "ko-KR"
    ) -> tuple[AudioResult, RiskAssessment]:
        """Transcribe a recording, then assess the transcript."""
        result = await self.transcribe_file(path, filename=filename, language=language)
        assessment = await self.analyze_text(
            result.transcript.text, language=language.split("-")[0], transcript=result.transcript
        )
        return result, assessment
