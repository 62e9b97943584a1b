"""SpeechToText on a local Whisper model through faster-whisper (CTranslate2).

* ``model`` is a model name (``small``, ``medium``, ``large-v3``, ``distil-large-v3`` ...: downloaded from
  the model hub into ``download_root`` or the Hugging Face cache on first use, which needs the internet
  once) or the path of a local folder holding a CTranslate2 Whisper model (offline use).
* The model loads in a background thread: :meth:`warm_up` starts it (the container calls it after start),
  :meth:`readiness` says ``warming``, ``ready`` or ``unavailable`` with a sentence naming the model and
  how to provide it. :meth:`transcribe` waits at most ``load_wait_s`` for a load in progress, then answers
  ``speech_unavailable``: never a hang, never a made-up transcript.
* Transcription runs in a bounded thread pool (``workers``); long recordings are cut at pauses into
  pieces of at most ``max_piece_s`` seconds which are transcribed concurrently and stitched back.
* By default only speech is transcribed: pauses longer than ``max_pause_s`` are shortened
  (:func:`mhealth.adapters.audio.trim.trim_to_speech`; less CPU per recording) and every segment time is
  mapped back onto the recording's own timeline.
* ``faster_whisper`` is imported only by the loading thread, never at module import. Audio and text are
  never logged.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib.util
import threading
import time
from pathlib import Path
from typing import Any

import msgspec

from mhealth.adapters.audio.pieces import Piece, split_at_pauses, stitch
from mhealth.adapters.audio.timing import timing_with_transcript
from mhealth.adapters.audio.trim import trim_to_speech
from mhealth.adapters.audio.vad import voice_regions
from mhealth.domain.errors import NoSpeech, ProviderUnavailable, SpeechUnavailable
from mhealth.domain.model import Segment, Transcript, Word
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.readiness import Readiness
from mhealth.ports.speech import SpeechToText

WHISPER_RATE = 16000
_HOW_TO_EN = (
    "Connect this machine to the internet once so that the model is downloaded, or set MHEALTH_WHISPER_MODEL "
    "to a local folder holding a CTranslate2 Whisper model (for example one copied from a machine that "
    "downloaded it)."
)
_HOW_TO_KO = (
    "인터넷에 한 번 연결하여 모델을 내려받거나, MHEALTH_WHISPER_MODEL을 CTranslate2 Whisper 모델이 있는 "
    "로컬 폴더 경로로 설정하세요."
)


def whisper_language(language: str) -> str:
    """BCP-47 hint -> Whisper language code: ``ko-KR`` -> ``ko``, ``en_US`` -> ``en``."""
    return language.replace("_", "-").split("-")[0].strip().lower() or "ko"


def _is_path(model: str) -> bool:
    return "/" in model or "\\" in model or model.startswith(".") or Path(model).exists()


def _display_name(model: str) -> str:
    """The name reported in transcripts: the model name, or the last parts of a local folder."""
    if not _is_path(model):
        return model
    path = Path(model)
    return f"{path.parent.name}/{path.name}" if path.name in ("model", "models", "") else path.name


class WhisperSpeechToText(SpeechToText):
    """Local Whisper via faster-whisper.

    Args:
        model: a Whisper model name (downloaded on first use) or a local CTranslate2 model folder.
        device: ``cpu``, ``cuda`` or ``auto``.
        compute_type: CTranslate2 compute type (``int8`` on CPU is fast and small).
        workers: transcriptions (pieces) running at once; more wait their turn.
        download_root: where downloaded models are kept (default: the Hugging Face cache).
        cpu_threads: CTranslate2 threads per worker (0 = its default).
        beam_size: beam search width.
        max_piece_s: longer recordings are cut at pauses into pieces of at most this length.
        load_wait_s: how long ``transcribe`` waits for a model still loading before answering 503.
        retry_load_after_s: after a failed load, the next ``transcribe`` or ``warm_up`` tries again once
            this long has passed.
        trim: transcribe speech only, pauses shortened to ``max_pause_s`` (``MHEALTH_SPEECH_TRIM``).
        max_pause_s: the longest pause kept when trimming (``MHEALTH_SPEECH_MAX_PAUSE_S``).
    """

    name = "whisper"

    def __init__(
        self,
        *,
        model: str = "small",
        device: str = "cpu",
        compute_type: str = "int8",
        workers: int = 1,
        download_root: str | None = None,
        cpu_threads: int = 0,
        beam_size: int = 5,
        max_piece_s: float = 55.0,
        load_wait_s: float = 30.0,
        retry_load_after_s: float = 60.0,
        trim: bool = True,
        max_pause_s: float = 0.3,
    ) -> None:
        if max_pause_s < 0:
            raise ValueError("max_pause_s must not be negative")
        self.model_ref = model
        self.device = device
        self.compute_type = compute_type
        self.workers = max(1, workers)
        self.download_root = download_root
        self.cpu_threads = cpu_threads
        self.beam_size = beam_size
        self.max_piece_s = max_piece_s
        self.load_wait_s = load_wait_s
        self.retry_load_after_s = retry_load_after_s
        self.trim = trim
        self.max_pause_s = max_pause_s
        self.model_name = _display_name(model)
        self._lock = threading.Lock()
        self._state = "idle"  # idle | loading | ready | failed
        self._loaded: concurrent.futures.Future[Any] | None = None
        self._model: Any = None
        self._multilingual = True
        self._failure_en: str | None = None
        self._failure_ko: str | None = None
        self._failed_at = 0.0
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None

    # -- loading -----------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start loading the model in a background thread (returns at once; safe to call again)."""
        with self._lock:
            if self._state in ("loading", "ready"):
                return
            if self._state == "failed" and time.monotonic() - self._failed_at < self.retry_load_after_s:
                return
            self._state = "loading"
            self._loaded = concurrent.futures.Future()
            future = self._loaded
        thread = threading.Thread(target=self._load, args=(future,), name="mhealth-whisper-load", daemon=True)
        thread.start()

    def _load(self, future: concurrent.futures.Future[Any]) -> None:
        try:
            model = self._build_model()
        except BaseException as exc:
            en, ko = self._describe_failure(exc)
            with self._lock:
                self._state, self._failure_en, self._failure_ko = "failed", en, ko
                self._failed_at = time.monotonic()
            future.set_result(None)
            return
        with self._lock:
            self._model = model
            self._multilingual = bool(getattr(getattr(model, "model", None), "is_multilingual", True))
            self._state = "ready"
        future.set_result(model)

    def _build_model(self) -> Any:
        if importlib.util.find_spec("faster_whisper") is None:
            raise ModuleNotFoundError("faster_whisper")
        if _is_path(self.model_ref) and not (Path(self.model_ref) / "model.bin").is_file():
            raise FileNotFoundError(self.model_ref)
        # faster-whisper ships no type hints (no py.typed): WhisperModel is used through ``Any``
        from faster_whisper import WhisperModel  # type: ignore[import-untyped]

        kwargs: dict[str, Any] = {
            "device": self.device,
            "compute_type": self.compute_type,
            "cpu_threads": self.cpu_threads,
            "num_workers": self.workers,
            "download_root": self.download_root,
        }
        if _is_path(self.model_ref):
            return WhisperModel(self.model_ref, **kwargs)
        try:  # the cache first: no network round trip when the model is already here
            return WhisperModel(self.model_ref, local_files_only=True, **kwargs)
        except Exception:
            return WhisperModel(self.model_ref, local_files_only=False, **kwargs)

    def _describe_failure(self, exc: BaseException) -> tuple[str, str]:
        model = self.model_ref
        if isinstance(exc, ModuleNotFoundError):
            return (
                f"Whisper model '{model}' cannot be loaded: the optional package faster-whisper is not "
                "installed. Install it with: pip install 'mhealth[whisper]'.",
                f"Whisper 모델 '{model}'을(를) 불러올 수 없습니다: faster-whisper 패키지가 설치되어 있지 않습니다. "
                "pip install 'mhealth[whisper]'로 설치하세요.",
            )
        if isinstance(exc, FileNotFoundError) and _is_path(model):
            return (
                f"Whisper model folder '{model}' does not exist or holds no model.bin. Set MHEALTH_WHISPER_MODEL "
                "to a folder holding a CTranslate2 Whisper model (model.bin, config.json, tokenizer.json, "
                "vocabulary), or to a model name such as 'small' on a machine with internet access.",
                f"Whisper 모델 폴더 '{model}'가 없거나 model.bin이 없습니다. MHEALTH_WHISPER_MODEL을 CTranslate2 "
                "Whisper 모델 폴더로 설정하거나, 인터넷이 되는 곳에서 'small' 같은 모델 이름으로 설정하세요.",
            )
        reason = type(exc).__name__
        if "EntryNotFound" in reason or "Connect" in str(exc)[:400] or isinstance(exc, OSError):
            reason = "it is not in the local cache and could not be downloaded"
        return (
            f"Whisper model '{model}' could not be loaded ({reason}). {_HOW_TO_EN}",
            f"Whisper 모델 '{model}'을(를) 불러올 수 없습니다. {_HOW_TO_KO}",
        )

    async def readiness(self) -> Readiness:
        if importlib.util.find_spec("faster_whisper") is None:
            en, _ = self._describe_failure(ModuleNotFoundError("faster_whisper"))
            return Readiness(state="unavailable", detail=en)
        self.warm_up()
        with self._lock:
            state, failure = self._state, self._failure_en
        if state == "ready":
            kind = "" if self._multilingual else " (English-only)"
            return Readiness(state="ready", detail=f"Whisper model '{self.model_name}'{kind} is loaded.")
        if state == "failed":
            return Readiness(state="unavailable", detail=failure)
        return Readiness(state="warming", detail=f"Whisper model '{self.model_name}' is loading in the background.")

    async def _ready_model(self) -> Any:
        self.warm_up()
        with self._lock:
            future = self._loaded
        if future is not None and not future.done():
            try:
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), timeout=self.load_wait_s)
            except TimeoutError:
                raise SpeechUnavailable(
                    f"Whisper model '{self.model_name}' is still loading; try again in a minute.",
                    retry_after=30,
                    detail_ko=f"Whisper 모델 '{self.model_name}'을(를) 불러오는 중입니다. 잠시 후 다시 시도하세요.",
                ) from None
        with self._lock:
            if self._state == "ready":
                return self._model
            failure_en, failure_ko = self._failure_en, self._failure_ko
        raise SpeechUnavailable(
            failure_en or f"Whisper model '{self.model_ref}' is not loaded. {_HOW_TO_EN}",
            retry_after=int(self.retry_load_after_s),
            detail_ko=failure_ko or _HOW_TO_KO,
        )

    # -- transcription -----------------------------------------------------------------------------

    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        model = await self._ready_model()
        lang = whisper_language(language)
        if not self._multilingual and lang != "en":
            raise SpeechUnavailable(
                f"Whisper model '{self.model_name}' is English-only and cannot transcribe '{language}'. "
                "Set MHEALTH_WHISPER_MODEL to a multilingual model such as 'small'.",
                retry_after=int(self.retry_load_after_s),
                detail_ko=f"Whisper 모델 '{self.model_name}'은(는) 영어 전용입니다. MHEALTH_WHISPER_MODEL을 'small' "
                "같은 다국어 모델로 설정하세요.",
            )
        speech = audio.speech or voice_regions(audio.pcm, audio.sample_rate)
        if not speech:
            raise NoSpeech("No speech was found in the recording.", detail_ko="녹음에서 말소리를 찾을 수 없습니다.")
        if not audio.speech:
            audio = msgspec.structs.replace(audio, speech=speech)
        sent, time_map = audio, None
        if self.trim:
            trimmed = trim_to_speech(audio, max_pause_s=self.max_pause_s)
            sent, time_map = trimmed.audio, trimmed.time_map
        sent_speech = sent.speech
        pieces = split_at_pauses(sent, max_piece_s=self.max_piece_s)
        if self._executor is None:
            self._executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=self.workers, thread_name_prefix="mhealth-whisper"
            )
        loop = asyncio.get_running_loop()
        try:
            results = await asyncio.gather(
                *(
                    loop.run_in_executor(self._executor, self._transcribe_piece, model, p, lang, sent_speech)
                    for p in pieces
                )
            )
        except (NoSpeech, SpeechUnavailable):
            raise
        except Exception as exc:
            raise ProviderUnavailable(
                f"Whisper failed while transcribing ({type(exc).__name__}); try again later.",
                retry_after=30,
                detail_ko="Whisper 음성 인식 중 오류가 발생했습니다. 잠시 후 다시 시도하세요.",
            ) from exc
        transcript = stitch(language, "whisper", self.model_name, list(zip(pieces, results, strict=True)))
        if not transcript.text.strip():
            raise NoSpeech("No words were recognised in the recording.", detail_ko="녹음에서 인식된 말이 없습니다.")
        if time_map is not None:
            transcript = msgspec.structs.replace(
                transcript, segments=tuple(time_map.segments_to_original(transcript.segments))
            )
        timing = timing_with_transcript(speech, audio.duration_s, transcript)
        return msgspec.structs.replace(
            transcript,
            duration_s=round(audio.duration_s, 3),
            timing=timing,
            billed_audio_s=round(sum(p.duration_s for p in pieces), 3),
        )

    def _transcribe_piece(
        self, model: Any, piece: Piece, lang: str, speech: tuple[tuple[float, float], ...]
    ) -> Transcript:
        import numpy as np

        samples = np.frombuffer(piece.pcm, dtype="<i2").astype(np.float32) / 32768.0
        if piece.sample_rate != WHISPER_RATE:
            n = round(len(samples) * WHISPER_RATE / piece.sample_rate)
            samples = np.interp(
                np.arange(n) * (piece.sample_rate / WHISPER_RATE), np.arange(len(samples)), samples
            ).astype(np.float32)
        segments_iter, _info = model.transcribe(
            samples,
            language=lang,
            task="transcribe",
            beam_size=self.beam_size,
            word_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=False,
        )
        voiced = [(s - piece.offset_s, e - piece.offset_s) for s, e in speech if e > piece.offset_s and s < piece.end_s]
        segments: list[Segment] = []
        for seg in segments_iter:  # the generator does the work: consume it here, in the worker thread
            text = seg.text.strip()
            if not text:
                continue
            words = [w for w in (seg.words or []) if w.word.strip()]
            start = float(words[0].start) if words else float(seg.start)
            end = float(words[-1].end) if words else float(seg.end)
            start, end = max(0.0, start), max(0.0, end)
            if not any(s - 0.3 < end and start < e + 0.3 for s, e in voiced):
                continue  # text over silence: a hallucination, not speech
            if words:
                confidence = float(np.mean([w.probability for w in words]))
            else:
                confidence = float(np.exp(seg.avg_logprob))
            timed: list[Word] = []
            for w in words:
                w_start = min(max(float(w.start), start, timed[-1].start_s if timed else 0.0), max(end, start))
                w_end = min(max(float(w.end), w_start), max(end, start))
                timed.append(Word(start_s=w_start, end_s=w_end, text=w.word.strip()))
            segments.append(
                Segment(
                    start_s=start,
                    end_s=max(end, start),
                    text=text,
                    confidence=min(1.0, max(0.0, confidence)),
                    words=tuple(timed),
                )
            )
        total = sum(s.end_s - s.start_s for s in segments)
        if segments and total > 0:
            confidence = sum((s.confidence or 0.0) * (s.end_s - s.start_s) for s in segments) / total
        else:
            confidence = sum(s.confidence or 0.0 for s in segments) / len(segments) if segments else 0.0
        return Transcript(
            text=" ".join(s.text for s in segments),
            language=lang,
            confidence=min(1.0, max(0.0, confidence)),
            provider="whisper",
            model=self.model_name,
            segments=tuple(segments),
        )

    async def aclose(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self._model = None
            if self._state == "ready":
                self._state = "idle"
