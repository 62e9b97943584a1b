"""Google Cloud Speech-to-Text v2 (``google.cloud.speech_v2``) behind the SpeechToText port.

Audio is sent normalised: the decoder's 16-bit mono PCM as LINEAR16 with an *explicit* decoding
config (sample rate and one channel stated), never the caller's original container, so what Google
hears is exactly what our own pause detection and timing features saw. A synchronous ``Recognize``
takes at most 60 s / 10 MB, so longer recordings are cut at pauses into pieces of at most 55 s
(:func:`mhealth.adapters.audio.pieces.split_at_pauses`), recognised concurrently under a semaphore,
and stitched back without duplicated words at the seams (:func:`~mhealth.adapters.audio.pieces.stitch`).

Google bills every second it receives, so by default only speech is sent: pauses longer than
``max_pause_s`` are shortened (:func:`mhealth.adapters.audio.trim.trim_to_speech`) and every segment time
is mapped back onto the recording's own timeline. ``Transcript.billed_audio_s`` is what was sent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

from mhealth.adapters.google._retry import with_retries
from mhealth.domain.errors import CorruptAudio, NoSpeech, ProviderUnavailable
from mhealth.domain.model import Segment, Transcript, Word
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.readiness import Readiness
from mhealth.ports.speech import SpeechToText

log = logging.getLogger(__name__)

MODELS = ("long", "short", "telephony", "telephony_short", "chirp", "chirp_2", "chirp_3")
MAX_PIECE_S = 55.0  # a synchronous Recognize takes at most 60 s of audio; keep a margin
PIECE_OVERLAP_S = 0.5


def _seconds(value: Any) -> float | None:
    """proto-plus marshals ``google.protobuf.Duration`` to ``timedelta``; tolerate a raw Duration too."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        return value.total_seconds()
    seconds = getattr(value, "seconds", None)
    if seconds is None:
        return None
    return float(seconds) + getattr(value, "nanos", 0) / 1e9


def _is_local(endpoint: str | None) -> bool:
    return endpoint is not None and urlparse(endpoint).scheme == "http"


class _LoopState:
    """A gRPC aio channel belongs to the event loop it was made in; keep the two together."""

    def __init__(self, loop: asyncio.AbstractEventLoop, client: Any) -> None:
        self.loop = loop
        self.client = client


class GoogleSpeechToText(SpeechToText):
    """Speech-to-Text v2 ``Recognize`` with the ``_`` (implicit) recognizer.

    Args:
        project: Google Cloud project id.
        location: Speech location (``global`` or a region such as ``asia-southeast1`` for chirp models).
        model: ``long`` (default), ``telephony``, ``chirp_2``, ``chirp_3``...
        language: default BCP-47 language when a call gives none.
        endpoint: ``host:port`` of a regional endpoint, or ``http://host:port`` for a local stand-in
            (insecure gRPC channel, anonymous credentials).
        max_concurrency: pieces of one recording in flight at once (concurrent recordings are bounded by
            the caller: the HTTP server's and Cloud Run's concurrency).
        timeout_s: deadline of one ``Recognize`` call.
        max_retries: retries of one piece on 429/503/504/500 (jittered exponential backoff).
        client: a ready ``SpeechAsyncClient`` (tests); then ``endpoint`` is ignored.
        trim: send speech only, pauses shortened to ``max_pause_s`` (``MHEALTH_SPEECH_TRIM``).
        max_pause_s: the longest pause sent when trimming (``MHEALTH_SPEECH_MAX_PAUSE_S``).

    Raises (from :meth:`transcribe`): ``NoSpeech`` when nothing was recognised, ``CorruptAudio`` when
    the service refuses the audio (``InvalidArgument``), ``ProviderUnavailable`` after the retries.
    """

    name = "google"

    def __init__(
        self,
        *,
        project: str,
        location: str = "global",
        model: str = "long",
        language: str = "ko-KR",
        endpoint: str | None = None,
        max_concurrency: int = 8,
        timeout_s: float = 30.0,
        max_retries: int = 3,
        client: Any = None,
        retry_base_s: float = 0.25,
        trim: bool = True,
        max_pause_s: float = 0.3,
    ) -> None:
        if not project:
            raise ValueError("GoogleSpeechToText needs a project (MHEALTH_GOOGLE_PROJECT)")
        if model not in MODELS:
            raise ValueError(f"unknown Speech-to-Text v2 model {model!r}; use one of {', '.join(MODELS)}")
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        if max_pause_s < 0:
            raise ValueError("max_pause_s must not be negative")
        # Pay for the SDK import here, when the container builds the adapter, not on the first request.
        from google.api_core import exceptions as api_exceptions
        from google.cloud.speech_v2.types import cloud_speech

        self._types = cloud_speech
        self._exc = api_exceptions
        self.project = project
        self.location = location
        self.model = model
        self.language = language
        self.endpoint = endpoint
        self.max_concurrency = max_concurrency
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.retry_base_s = retry_base_s
        self.trim = trim
        self.max_pause_s = max_pause_s
        self.recognizer = f"projects/{project}/locations/{location}/recognizers/_"
        self._given_client = client
        self._state: _LoopState | None = None
        self._retryable = (
            api_exceptions.ResourceExhausted,
            api_exceptions.ServiceUnavailable,
            api_exceptions.DeadlineExceeded,
            api_exceptions.InternalServerError,
            api_exceptions.BadGateway,
            api_exceptions.GatewayTimeout,
            api_exceptions.Aborted,
            TimeoutError,
        )

    # ------------------------------------------------------------------------------------------
    # client
    # ------------------------------------------------------------------------------------------

    def _build_client(self) -> Any:
        from google.cloud.speech_v2 import SpeechAsyncClient

        if _is_local(self.endpoint):
            import grpc  # type: ignore[import-untyped]  # grpcio ships no type hints (types-grpcio is not a dependency)
            from google.auth.credentials import AnonymousCredentials
            from google.cloud.speech_v2.services.speech.transports import SpeechGrpcAsyncIOTransport

            hostport = urlparse(self.endpoint or "").netloc
            # google-auth leaves AnonymousCredentials.__init__ unannotated
            anonymous = AnonymousCredentials()  # type: ignore[no-untyped-call]
            transport = SpeechGrpcAsyncIOTransport(
                host=hostport, credentials=anonymous, channel=grpc.aio.insecure_channel(hostport)
            )
            return SpeechAsyncClient(transport=transport)
        from google.api_core.client_options import ClientOptions

        endpoint = self.endpoint
        if not endpoint and self.location != "global":
            endpoint = f"{self.location}-speech.googleapis.com"  # regional recognizers need the regional host
        options = ClientOptions(api_endpoint=endpoint) if endpoint else None
        return SpeechAsyncClient(client_options=options)

    def _loop_state(self) -> _LoopState:
        loop = asyncio.get_running_loop()
        if self._state is None or self._state.loop is not loop:
            client = self._given_client if self._given_client is not None else self._build_client()
            self._state = _LoopState(loop, client)
        return self._state

    async def aclose(self) -> None:
        state, self._state = self._state, None
        if state is not None and self._given_client is None:
            try:
                await state.client.transport.close()
            except Exception:  # closing is best effort; never mask the caller's own error
                log.debug("closing the speech channel failed", exc_info=True)

    async def readiness(self) -> Readiness:
        return Readiness(detail=f"Speech-to-Text v2 {self.model} ({self.location})")

    # ------------------------------------------------------------------------------------------
    # transcription
    # ------------------------------------------------------------------------------------------

    def _config(self, sample_rate: int, language: str) -> Any:
        t = self._types
        return t.RecognitionConfig(
            explicit_decoding_config=t.ExplicitDecodingConfig(
                encoding=t.ExplicitDecodingConfig.AudioEncoding.LINEAR16,
                sample_rate_hertz=sample_rate,
                audio_channel_count=1,
            ),
            model=self.model,
            language_codes=[language],
            features=t.RecognitionFeatures(enable_word_time_offsets=True, enable_automatic_punctuation=True),
        )

    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        if not audio.pcm:
            raise NoSpeech("there is no audio to transcribe", detail_ko="변환할 음성이 없습니다")
        language = language or self.language
        state = self._loop_state()
        config = self._config(audio.sample_rate, language)
        started = time.perf_counter()

        sent, time_map = audio, None
        if self.trim:
            from mhealth.adapters.audio.trim import trim_to_speech

            trimmed = trim_to_speech(audio, max_pause_s=self.max_pause_s)
            sent, time_map = trimmed.audio, trimmed.time_map
        if sent.duration_s <= MAX_PIECE_S:
            segments = await self._recognize_piece(state, config, sent.pcm, 0.0, sent.duration_s, None)
            billed_s = sent.duration_s
        else:
            segments, billed_s = await self._recognize_long(state, config, sent)
        segments = [s for s in segments if s.text.strip()]
        if time_map is not None:
            segments = time_map.segments_to_original(segments)
        if not segments:
            raise NoSpeech("no speech was recognised in the audio", detail_ko="음성에서 말소리를 인식하지 못했습니다")
        log.debug("speech: %d segments in %.0f ms", len(segments), 1000 * (time.perf_counter() - started))
        confidences = [s.confidence for s in segments if s.confidence is not None]
        confidence = sum(confidences) / len(confidences) if confidences else 0.0
        return Transcript(
            text=" ".join(s.text.strip() for s in segments),
            language=language,
            confidence=min(1.0, max(0.0, confidence)),
            provider="google",
            model=self.model,
            segments=tuple(segments),
            duration_s=audio.info.duration_s or audio.duration_s,
            timing=audio.timing,
            billed_audio_s=round(billed_s, 3),
        )

    async def _recognize_long(self, state: _LoopState, config: Any, audio: DecodedAudio) -> tuple[list[Segment], float]:
        """The stitched segments of a long recording, and the audio seconds sent (overlaps included)."""
        from mhealth.adapters.audio import pieces as audio_pieces

        parts = audio_pieces.split_at_pauses(audio, max_piece_s=MAX_PIECE_S, overlap_s=PIECE_OVERLAP_S)
        semaphore = asyncio.Semaphore(self.max_concurrency)
        results = await asyncio.gather(
            *(self._recognize_piece(state, config, p.pcm, p.start_s, p.end_s, semaphore) for p in parts)
        )
        billed_s = sum(p.duration_s for p in parts)
        return list(audio_pieces.stitch(list(zip(parts, results, strict=True)))), billed_s

    async def _recognize_piece(
        self,
        state: _LoopState,
        config: Any,
        pcm: bytes,
        offset_s: float,
        end_s: float,
        semaphore: asyncio.Semaphore | None,
    ) -> list[Segment]:
        request = self._types.RecognizeRequest(recognizer=self.recognizer, config=config, content=pcm)

        async def once() -> Any:
            # retry=None: the SDK's own retry would stack on ours (and, pointed at a stub, hang);
            # wait_for is the backstop should a channel ignore its deadline.
            call = asyncio.wait_for(
                state.client.recognize(request=request, retry=None, timeout=self.timeout_s), self.timeout_s + 1.0
            )
            if semaphore is None:
                return await call
            async with semaphore:
                return await call

        try:
            response = await with_retries(
                once,
                retryable=lambda e: isinstance(e, self._retryable),
                max_retries=self.max_retries,
                base_s=self.retry_base_s,
            )
        except self._exc.InvalidArgument as error:
            raise CorruptAudio(
                "the speech service could not read the audio",
                detail_ko="음성 인식 서비스가 오디오를 읽지 못했습니다",
            ) from error
        except self._retryable as error:
            raise ProviderUnavailable(
                f"speech-to-text is unavailable ({type(error).__name__}); try again later",
                retry_after=30,
                detail_ko="음성 인식 서비스를 일시적으로 사용할 수 없습니다. 잠시 후 다시 시도하세요",
            ) from error
        except self._exc.GoogleAPICallError as error:
            # PermissionDenied, NotFound (recognizer), Unauthenticated...: configuration, not the audio.
            raise ProviderUnavailable(
                f"speech-to-text refused the request ({type(error).__name__}); check the Google configuration",
                retry_after=300,
            ) from error
        return self._segments(response, offset_s, end_s)

    def _segments(self, response: Any, offset_s: float, end_s: float) -> list[Segment]:
        segments: list[Segment] = []
        previous_end = 0.0
        for result in response.results:
            if not result.alternatives:
                continue  # a partial result without a hypothesis: nothing to keep
            best = result.alternatives[0]
            text = (best.transcript or "").strip()
            result_end = _seconds(result.result_end_offset) if "result_end_offset" in result else None
            starts = [_seconds(w.start_offset) for w in best.words if "start_offset" in w]
            ends = [_seconds(w.end_offset) for w in best.words if "end_offset" in w]
            start = next((s for s in starts if s is not None), previous_end)
            end = max([e for e in ends if e is not None] + ([result_end] if result_end else []), default=0.0)
            if end <= 0.0:
                end = max(start, end_s - offset_s)
            start = max(0.0, min(start, end))
            previous_end = end
            confidence = best.confidence if 0.0 < best.confidence <= 1.0 else None
            if text:
                segments.append(
                    Segment(
                        start_s=offset_s + start,
                        end_s=offset_s + end,
                        text=text,
                        confidence=confidence,
                        words=self._words(best.words, offset_s, start, end),
                    )
                )
        return segments

    @staticmethod
    def _words(infos: Any, offset_s: float, start: float, end: float) -> tuple[Word, ...]:
        """The timed words of one result (only when every word has both offsets: no guessed times)."""
        words: list[Word] = []
        previous = start
        for info in infos:
            text = (info.word or "").strip()
            w_start = _seconds(info.start_offset) if "start_offset" in info else None
            w_end = _seconds(info.end_offset) if "end_offset" in info else None
            if not text or w_start is None or w_end is None:
                return ()
            w_start = min(max(w_start, previous), end)
            w_end = min(max(w_end, w_start), end)
            words.append(Word(start_s=offset_s + w_start, end_s=offset_s + w_end, text=text))
            previous = w_start
        return tuple(words)


__all__ = ["GoogleSpeechToText"]
