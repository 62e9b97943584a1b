"""An in-process gRPC stand-in for Speech-to-Text v2 ``Recognize`` on 127.0.0.1.

It speaks the real wire protocol (the method path and proto types of ``google.cloud.speech_v2``), so
the real ``SpeechAsyncClient`` talks to it over an insecure channel. It records what the SDK sent
(recognizer, encoding, sample rate, channels, language, model, features, audio length) for tests to
assert, and can be scripted to fail: ``stub.script(["unavailable", "ok"])`` makes the next call fail
with UNAVAILABLE and the one after succeed; an empty script means "ok" for every call.

Faults: ``ok``, ``unavailable``, ``resource_exhausted``, ``internal``, ``invalid_argument``,
``deadline`` (sleeps past the client's deadline), ``empty`` (no results; also the answer to digital
silence, whatever the script), ``partial`` (a result
without a hypothesis and one without word offsets), ``blank`` (results with empty transcripts).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass, field
from datetime import timedelta

import grpc
from google.cloud.speech_v2.types import cloud_speech

METHOD = "/google.cloud.speech.v2.Speech/Recognize"
DEFAULT_TEXT = "오늘은 아침에 산책을 했어요"


@dataclass
class SeenRequest:
    recognizer: str
    encoding: str
    sample_rate: int
    channels: int
    languages: tuple[str, ...]
    model: str
    word_time_offsets: bool
    punctuation: bool
    audio_s: float
    at: float


@dataclass
class SpeechStub:
    """Start with :meth:`start`; ``endpoint`` is ``http://127.0.0.1:PORT`` (what the adapter takes)."""

    latency_s: float = 0.0
    text: str = DEFAULT_TEXT
    confidence: float = 0.9
    responder: Callable[[cloud_speech.RecognizeRequest], cloud_speech.RecognizeResponse] | None = None
    seen: list[SeenRequest] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    _faults: deque[str] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: grpc.Server | None = None
    port: int = 0

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, faults: list[str]) -> None:
        with self._lock:
            self._faults = deque(faults)

    def start(self, workers: int = 128) -> SpeechStub:
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=workers))
        handler = grpc.method_handlers_generic_handler(
            "google.cloud.speech.v2.Speech",
            {
                "Recognize": grpc.unary_unary_rpc_method_handler(
                    self._recognize,
                    request_deserializer=cloud_speech.RecognizeRequest.deserialize,
                    response_serializer=cloud_speech.RecognizeResponse.serialize,
                )
            },
        )
        server.add_generic_rpc_handlers((handler,))
        self.port = server.add_insecure_port("127.0.0.1:0")
        server.start()
        self._server = server
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop(grace=None)
            self._server = None

    # ------------------------------------------------------------------------------------------

    def _record(self, request: cloud_speech.RecognizeRequest) -> SeenRequest:
        config = request.config
        explicit = config.explicit_decoding_config
        rate = explicit.sample_rate_hertz or 16000
        seen = SeenRequest(
            recognizer=request.recognizer,
            encoding=explicit.encoding.name if "explicit_decoding_config" in config else "AUTO",
            sample_rate=explicit.sample_rate_hertz,
            channels=explicit.audio_channel_count,
            languages=tuple(config.language_codes),
            model=config.model,
            word_time_offsets=config.features.enable_word_time_offsets,
            punctuation=config.features.enable_automatic_punctuation,
            audio_s=len(request.content) / 2 / rate,
            at=time.perf_counter(),
        )
        with self._lock:
            self.seen.append(seen)
        return seen

    def _recognize(self, request: cloud_speech.RecognizeRequest, context: grpc.ServicerContext):
        seen = self._record(request)
        with self._lock:
            fault = self._faults.popleft() if self._faults else "ok"
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.latency_s:
                time.sleep(self.latency_s)
            if fault == "unavailable":
                context.abort(grpc.StatusCode.UNAVAILABLE, "stub: unavailable")
            if fault == "resource_exhausted":
                context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "stub: quota")
            if fault == "internal":
                context.abort(grpc.StatusCode.INTERNAL, "stub: internal")
            if fault == "invalid_argument":
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, "stub: audio cannot be decoded")
            if fault == "deadline":
                time.sleep(3.0)
            if fault == "empty" or not request.content.strip(b"\x00"):
                return cloud_speech.RecognizeResponse()  # nothing said (digital silence is never speech)
            if self.responder is not None:
                return self.responder(request)
            return self._answer(seen, partial=fault == "partial", blank=fault == "blank")
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, seen: SeenRequest, *, partial: bool, blank: bool) -> cloud_speech.RecognizeResponse:
        duration = seen.audio_s
        words = self.text.split()
        step = duration / max(1, len(words))
        alternative = cloud_speech.SpeechRecognitionAlternative(
            transcript="" if blank else self.text,
            confidence=self.confidence,
            words=[
                cloud_speech.WordInfo(
                    word=w, start_offset=timedelta(seconds=i * step), end_offset=timedelta(seconds=(i + 1) * step)
                )
                for i, w in enumerate(words)
            ],
        )
        results = [
            cloud_speech.SpeechRecognitionResult(
                alternatives=[alternative], result_end_offset=timedelta(seconds=duration), language_code="ko-kr"
            )
        ]
        if partial:
            results = [
                cloud_speech.SpeechRecognitionResult(result_end_offset=timedelta(seconds=duration / 3)),
                cloud_speech.SpeechRecognitionResult(
                    alternatives=[cloud_speech.SpeechRecognitionAlternative(transcript="네 괜찮아요", confidence=0.5)],
                    result_end_offset=timedelta(seconds=duration),
                ),
            ]
        return cloud_speech.RecognizeResponse(results=results)


def piece_responder(text_for_seconds: Callable[[float], str]) -> Callable[..., cloud_speech.RecognizeResponse]:
    """A responder whose transcript depends on the piece length (to tell pieces apart in tests)."""

    def respond(request: cloud_speech.RecognizeRequest) -> cloud_speech.RecognizeResponse:
        rate = request.config.explicit_decoding_config.sample_rate_hertz or 16000
        duration = len(request.content) / 2 / rate
        text = text_for_seconds(duration)
        return cloud_speech.RecognizeResponse(
            results=[
                cloud_speech.SpeechRecognitionResult(
                    alternatives=[
                        cloud_speech.SpeechRecognitionAlternative(
                            transcript=text,
                            confidence=0.8,
                            words=[
                                cloud_speech.WordInfo(
                                    word=text, start_offset=timedelta(0), end_offset=timedelta(seconds=duration)
                                )
                            ],
                        )
                    ],
                    result_end_offset=timedelta(seconds=duration),
                )
            ]
        )

    return respond
