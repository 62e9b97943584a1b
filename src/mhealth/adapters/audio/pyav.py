"""The PyAV decoder: any accepted audio file -> 16 kHz mono 16-bit PCM, or a refusal with a stable code.

How it works (details in docs/audio.md):

1. The first bytes decide the container (``sniff``); the file name is never used. Non-audio files
   (images, text, documents, random bytes) are refused as ``unsupported_audio`` before FFmpeg sees them.
2. FFmpeg's demuxer for that family is forced, the first audio stream is chosen and its codec checked
   against the accepted list.
3. Packets are demuxed, decoded and resampled (``AudioResampler``: s16, mono, target rate) one by one;
   the input is read through a small buffer that also computes its sha256, so memory is bounded by a
   chunk plus the output PCM.
4. The decoded duration is compared with the one the container declares (and, for WAV, the declared
   data size with the file size): truncated files that FFmpeg decodes "successfully" are refused.
5. Energy-based voice-activity detection finds the speech regions; silence and too little speech are
   refused; the timing features are computed.

The work runs in a bounded thread pool (PyAV releases the GIL while decoding), never on the event loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import struct
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from mhealth.adapters.audio.sniff import HEAD_BYTES, Sniffed, mp3_has_length_header, sniff, wav_header
from mhealth.adapters.audio.timing import DEFAULT_MIN_PAUSE_S, speech_timing
from mhealth.adapters.audio.vad import DEFAULT_THRESHOLD_DB, speaking_time, voice_regions
from mhealth.domain.errors import (
    AudioError,
    CorruptAudio,
    EmptyAudio,
    MHealthError,
    NoSpeech,
    TooLarge,
    TooShort,
    UnsupportedAudio,
)
from mhealth.domain.model import AudioInfo
from mhealth.ports.audio import AudioDecoder, AudioFormat, DecodedAudio
from mhealth.ports.readiness import Readiness

ACCEPTED_EN = "WAV (PCM, mu-law, A-law), FLAC, MP3, M4A/MP4/AAC, OGG (Opus, Vorbis), WebM (Opus), AMR and 3GP"
ACCEPTED_KO = "WAV(PCM, mu-law, A-law), FLAC, MP3, M4A/MP4/AAC, OGG(Opus, Vorbis), WebM(Opus), AMR, 3GP"

# Codec names are FFmpeg's canonical codec names.
PCM_CODECS = (
    "pcm_s16le",
    "pcm_s16be",
    "pcm_u8",
    "pcm_s24le",
    "pcm_s32le",
    "pcm_f32le",
    "pcm_f64le",
    "pcm_mulaw",
    "pcm_alaw",
    "adpcm_ms",
    "adpcm_ima_wav",
    "gsm_ms",
)
_CODECS_BY_FAMILY: dict[str, tuple[str, ...]] = {
    "wav": PCM_CODECS,
    "flac": ("flac",),
    "mp3": ("mp3", "mp2"),
    "aac": ("aac",),
    "mp4": ("aac", "alac", "mp3", "amr_nb", "amr_wb", "opus", "flac"),
    "ogg": ("opus", "vorbis", "flac"),
    "matroska": ("opus", "vorbis", "aac", "flac", "mp3", "pcm_s16le", "pcm_f32le"),
    "amr": ("amr_nb", "amr_wb"),
}
# Containers whose declared duration is only an estimate from the bit rate (not checked).
_ESTIMATED_DURATION = {"aac", "amr"}
_DURATION_TOLERANCE = 0.02  # relative
_DURATION_SLACK_S = 0.06  # absolute, for codec padding on very short files

_FORMATS = (
    AudioFormat(extension=".wav", container="wav", codecs=PCM_CODECS, mime_types=("audio/wav", "audio/x-wav")),
    AudioFormat(extension=".flac", container="flac", codecs=("flac",), mime_types=("audio/flac",)),
    AudioFormat(extension=".mp3", container="mp3", codecs=("mp3",), mime_types=("audio/mpeg",)),
    AudioFormat(extension=".m4a", container="m4a", codecs=("aac", "alac"), mime_types=("audio/mp4", "audio/x-m4a")),
    AudioFormat(extension=".mp4", container="mp4", codecs=("aac", "alac", "mp3", "opus"), mime_types=("audio/mp4",)),
    AudioFormat(extension=".aac", container="aac", codecs=("aac",), mime_types=("audio/aac",)),
    AudioFormat(extension=".ogg", container="ogg", codecs=("opus", "vorbis", "flac"), mime_types=("audio/ogg",)),
    AudioFormat(extension=".opus", container="ogg", codecs=("opus",), mime_types=("audio/ogg", "audio/opus")),
    AudioFormat(extension=".webm", container="webm", codecs=("opus", "vorbis"), mime_types=("audio/webm",)),
    AudioFormat(extension=".amr", container="amr", codecs=("amr_nb", "amr_wb"), mime_types=("audio/amr",)),
    AudioFormat(
        extension=".3gp", container="3gp", codecs=("amr_nb", "amr_wb", "aac"), mime_types=("audio/3gpp", "video/3gpp")
    ),
)


class _HashingReader:
    """A read-only file object for PyAV that hashes the bytes as FFmpeg reads them.

    FFmpeg may seek (an MP4 index at the end, a duration probe): bytes are hashed only when they extend
    the already-hashed prefix, and :meth:`finish` hashes whatever was skipped, so the digest is exact.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._sha = hashlib.sha256()
        self._hashed = 0
        self.bytes_read = 0

    def read(self, n: int = -1) -> bytes:
        pos = self._raw.tell()
        data = self._raw.read(n)
        self.bytes_read += len(data)
        if pos <= self._hashed < pos + len(data):
            self._sha.update(memoryview(data)[self._hashed - pos :])
            self._hashed = pos + len(data)
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def finish(self) -> str:
        self._raw.seek(self._hashed)
        while chunk := self._raw.read(1 << 20):
            self._sha.update(chunk)
            self._hashed += len(chunk)
        return self._sha.hexdigest()


def _name(filename: str | None) -> str:
    return f" '{filename}'" if filename else ""


def _label(sniffed: Sniffed) -> str:
    return (sniffed.name or sniffed.family or "audio").upper()


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.2f} MB" if n >= 100_000 else f"{n} bytes"


class PyAvAudioDecoder(AudioDecoder):
    """Decodes every accepted format with PyAV (FFmpeg bundled in the wheel).

    Args:
        target_sample_rate: rate of the output PCM (16-bit signed little-endian, mono).
        min_speech_s: less voiced audio than this is refused with ``too_short``.
        vad_threshold_db: frame energy (dBFS) above which a 30 ms frame counts as voiced.
        max_duration_s: longer recordings are refused with ``too_large`` (None = no limit).
        min_pause_s: the shortest silent gap that counts as a pause in the timing features.
        workers: size of the decoding thread pool (decodes beyond it wait their turn).
    """

    name = "pyav"

    def __init__(
        self,
        *,
        target_sample_rate: int = 16000,
        min_speech_s: float = 0.5,
        vad_threshold_db: float = DEFAULT_THRESHOLD_DB,
        max_duration_s: float | None = None,
        min_pause_s: float = DEFAULT_MIN_PAUSE_S,
        workers: int = 2,
    ) -> None:
        if target_sample_rate < 8000 or target_sample_rate > 48000:
            raise ValueError("target_sample_rate must be within 8000-48000 Hz")
        self.target_sample_rate = target_sample_rate
        self.min_speech_s = min_speech_s
        self.vad_threshold_db = vad_threshold_db
        self.max_duration_s = max_duration_s
        self.min_pause_s = min_pause_s
        self.workers = max(1, workers)
        self._executor: ThreadPoolExecutor | None = None

    # -- port --------------------------------------------------------------------------------

    async def decode(self, path: Path, *, filename: str | None = None) -> DecodedAudio:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="mhealth-audio")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.decode_sync, Path(path), filename)

    def formats(self) -> tuple[AudioFormat, ...]:
        try:
            import av
        except ImportError:  # pragma: no cover - av is a core dependency
            return ()
        available = set()
        for codec in {c for f in _FORMATS for c in f.codecs}:
            try:
                available.add(av.Codec(codec, "r").canonical_name)
            except Exception:  # noqa: S112 - a decoder missing from this FFmpeg build
                continue
        result = []
        for fmt in _FORMATS:
            codecs = tuple(c for c in fmt.codecs if c in available)
            if codecs:
                result.append(
                    AudioFormat(
                        extension=fmt.extension, container=fmt.container, codecs=codecs, mime_types=fmt.mime_types
                    )
                )
        return tuple(result)

    async def readiness(self) -> Readiness:
        try:
            import av  # noqa: F401
        except Exception as exc:  # pragma: no cover - av is a core dependency
            return Readiness(state="unavailable", detail=f"PyAV cannot be imported ({type(exc).__name__}).")
        return Readiness()

    async def aclose(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    # -- the work (synchronous, in a worker thread) ----------------------------------------------

    async def probe_duration_s(self, path: Path) -> float | None:
        return await asyncio.to_thread(self.probe_duration_sync, path)

    def probe_duration_sync(self, path: Path) -> float | None:
        """The duration FFmpeg reads in the header, or estimates from the bit rate (no decoding): only a routing
        decision (sync or job) rests on it, never a check of the file."""
        import av

        try:
            with open(path, "rb") as raw:
                head = raw.read(HEAD_BYTES)
                sniffed = sniff(head)
                if sniffed.family is None:
                    return None
                raw.seek(0)
                with av.open(raw, mode="r", format=sniffed.ffmpeg_format) as container:
                    streams = container.streams.audio
                    stream = streams[0] if streams else None
                    if stream is not None and stream.duration and stream.time_base is not None:
                        return float(stream.duration * stream.time_base)
                    if container.duration and container.duration > 0:
                        return float(container.duration) / 1_000_000
                    return None
        except Exception:
            return None

    def decode_sync(self, path: Path, filename: str | None = None) -> DecodedAudio:
        """Decode ``path`` in the calling thread (the async :meth:`decode` runs this in the pool)."""
        try:
            return self._decode(path, filename)
        except MHealthError:
            raise
        except OSError as exc:
            raise CorruptAudio(
                f"The audio file{_name(filename)} could not be read ({exc.strerror or type(exc).__name__}).",
                detail_ko="오디오 파일을 읽을 수 없습니다.",
            ) from exc
        except Exception as exc:  # any library error: never escapes as a generic exception
            raise CorruptAudio(
                f"The audio file{_name(filename)} is damaged and cannot be decoded ({type(exc).__name__}).",
                detail_ko="오디오 파일이 손상되어 해독할 수 없습니다.",
            ) from exc

    def _decode(self, path: Path, filename: str | None) -> DecodedAudio:
        import av
        import av.error

        with open(path, "rb") as raw:
            size = os.fstat(raw.fileno()).st_size
            if size == 0:
                raise EmptyAudio(
                    f"The audio file{_name(filename)} is empty (0 bytes).",
                    detail_ko="오디오 파일이 비어 있습니다 (0바이트).",
                )
            head = raw.read(HEAD_BYTES)
            raw.seek(0)
            sniffed = sniff(head)
            if sniffed.family is None:
                raise self._unsupported(sniffed, filename)
            if sniffed.family == "wav":
                self._check_wav_size(head, size, filename)
            plain = self._plain_pcm(head) if sniffed.family == "wav" else None
            if plain is not None:
                pcm, info_parts, sha256 = self._read_plain_pcm(raw, *plain)
            else:
                reader = _HashingReader(raw)
                try:
                    container = av.open(reader, mode="r", format=sniffed.ffmpeg_format, buffer_size=64 * 1024)
                except av.error.FFmpegError as exc:
                    raise CorruptAudio(
                        f"The {_label(sniffed)} file{_name(filename)} is damaged "
                        "or incomplete: its header or index cannot be read.",
                        detail_ko="오디오 파일이 손상되었거나 불완전하여 헤더를 읽을 수 없습니다.",
                    ) from exc
                with container:
                    pcm, info_parts = self._decode_stream(container, sniffed, head, filename)
                sha256 = reader.finish()

        source_rate, channels, codec, decoded_s = info_parts
        info = AudioInfo(
            container=sniffed.name or sniffed.family,
            codec=codec,
            sample_rate=source_rate,
            channels=channels,
            duration_s=round(decoded_s, 3),
            size_bytes=size,
            sha256=sha256,
        )
        regions = voice_regions(pcm, self.target_sample_rate, threshold_db=self.vad_threshold_db)
        voiced = speaking_time(regions)
        if not regions:
            raise NoSpeech(
                f"No speech was found in the recording{_name(filename)}: it is silent or too quiet "
                f"(nothing above {self.vad_threshold_db:g} dBFS).",
                detail_ko="녹음에서 말소리를 찾을 수 없습니다. 소리가 없거나 너무 작습니다.",
            )
        if voiced < self.min_speech_s:
            raise TooShort(
                f"The recording{_name(filename)} holds only {voiced:.2f} s of speech; "
                f"at least {self.min_speech_s:g} s is needed.",
                detail_ko=f"녹음된 말소리가 {voiced:.2f}초뿐입니다. 최소 {self.min_speech_s:g}초 이상 말씀해 주세요.",
            )
        total = len(pcm) / 2 / self.target_sample_rate
        timing = speech_timing(regions, total, min_pause_s=self.min_pause_s)
        return DecodedAudio(info=info, pcm=pcm, sample_rate=self.target_sample_rate, speech=regions, timing=timing)

    def _decode_stream(
        self, container: Any, sniffed: Sniffed, head: bytes, filename: str | None
    ) -> tuple[bytes, tuple[int, int, str, float]]:
        import av
        import av.error

        audio_streams = [s for s in container.streams if s.type == "audio"]
        if not audio_streams:
            kinds = sorted({s.type for s in container.streams})
            what = f"only {', '.join(kinds)} streams" if kinds else "no streams"
            raise UnsupportedAudio(
                f"The file{_name(filename)} holds no audio track ({what}).",
                detail_ko="파일에 오디오 트랙이 없습니다.",
            )
        stream = audio_streams[0]
        ctx = stream.codec_context
        codec = ctx.codec.canonical_name if ctx.codec is not None else "unknown"
        if codec not in _CODECS_BY_FAMILY[sniffed.family or ""]:
            raise UnsupportedAudio(
                f"The audio codec '{codec}' in the {_label(sniffed)} file{_name(filename)} is not accepted. "
                f"Accepted formats: {ACCEPTED_EN}.",
                detail_ko=f"'{codec}' 코덱은 지원하지 않습니다. 지원 형식: {ACCEPTED_KO}.",
            )
        source_rate = int(ctx.sample_rate or stream.sample_rate or 0)
        channels = int(ctx.channels or 0) or 1
        if source_rate <= 0:
            raise CorruptAudio(
                f"The {_label(sniffed)} file{_name(filename)} declares no sample rate.",
                detail_ko="오디오 파일에 샘플링 주파수 정보가 없습니다.",
            )
        declared = self._declared_duration(container, stream, sniffed, head)
        limit = self.max_duration_s
        if limit is not None and declared is not None and declared > limit * (1 + _DURATION_TOLERANCE):
            raise self._too_long(declared, filename)

        target = self.target_sample_rate
        resampler = av.AudioResampler(format="s16", layout="mono", rate=target)
        # BytesIO grows in place and getvalue() hands over its buffer without a copy (CPython), so the
        # output costs its own size once, not twice.
        out = io.BytesIO()
        src_samples = 0
        max_samples = None if limit is None else int(limit * (1 + _DURATION_TOLERANCE) * source_rate) + 1

        def emit(frames: list[Any]) -> None:
            for f in frames:
                out.write(memoryview(f.planes[0])[: f.samples * 2])

        try:
            for packet in container.demux(stream):
                for frame in packet.decode():
                    src_samples += frame.samples
                    if max_samples is not None and src_samples > max_samples:
                        raise self._too_long(src_samples / source_rate, filename, at_least=True)
                    emit(resampler.resample(frame))
            emit(resampler.resample(None))
        except av.error.FFmpegError as exc:
            raise CorruptAudio(
                f"The {_label(sniffed)} file{_name(filename)} is damaged or truncated: decoding failed after "
                f"{src_samples / source_rate:.1f} s.",
                detail_ko="오디오 파일이 손상되었거나 잘려 있어 끝까지 해독할 수 없습니다.",
            ) from exc
        decoded_s = src_samples / source_rate
        if src_samples == 0:
            raise CorruptAudio(
                f"The {_label(sniffed)} file{_name(filename)} holds no decodable audio.",
                detail_ko="오디오 파일에 해독할 수 있는 소리가 없습니다.",
            )
        if declared is not None and decoded_s < declared * (1 - _DURATION_TOLERANCE) - _DURATION_SLACK_S:
            raise CorruptAudio(
                f"The {_label(sniffed)} file{_name(filename)} is truncated: it declares {declared:.2f} s of audio "
                f"but only {decoded_s:.2f} s could be decoded.",
                detail_ko=f"오디오 파일이 잘려 있습니다: {declared:.2f}초로 표시되어 있지만 {decoded_s:.2f}초만 "
                "해독되었습니다.",
            )
        pcm = out.getvalue()
        out.close()
        return pcm, (source_rate, channels, codec, decoded_s)

    # -- checks ----------------------------------------------------------------------------------

    @staticmethod
    def _declared_duration(container: Any, stream: Any, sniffed: Sniffed, head: bytes) -> float | None:
        if sniffed.family in _ESTIMATED_DURATION or sniffed.family == "wav":
            return None  # WAV: checked from the header against the file size
        if sniffed.family == "mp3" and not mp3_has_length_header(head):
            return None  # no Xing/Info/VBRI frame count: FFmpeg only estimates from the file size
        if stream.duration is not None and stream.time_base is not None and stream.duration > 0:
            return float(stream.duration * stream.time_base)
        if container.duration is not None and container.duration > 0:
            return float(container.duration) / 1_000_000  # microseconds (AV_TIME_BASE)
        return None

    def _plain_pcm(self, head: bytes) -> tuple[int, int] | None:
        """(offset, size) of the data chunk of a WAV that already is our output format — 16-bit PCM,
        mono, at the target rate — so it needs no decoding; None for any other WAV."""
        if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        header = wav_header(head)
        if header is None or header.data_size is None:
            return None
        pos = 12
        while pos + 8 <= header.data_offset - 8:
            chunk_id = head[pos : pos + 4]
            (size,) = struct.unpack("<I", head[pos + 4 : pos + 8])
            if chunk_id == b"fmt " and size >= 16 and pos + 24 <= len(head):
                fmt, channels, rate, _byte_rate, _align, bits = struct.unpack("<HHIIHH", head[pos + 8 : pos + 24])
                if fmt == 0xFFFE and size >= 40 and pos + 34 <= len(head):  # WAVE_FORMAT_EXTENSIBLE
                    (fmt,) = struct.unpack("<H", head[pos + 32 : pos + 34])
                plain = fmt == 1 and channels == 1 and bits == 16 and rate == self.target_sample_rate
                return (header.data_offset, header.data_size - header.data_size % 2) if plain else None
            pos += 8 + size + (size & 1)
        return None

    def _read_plain_pcm(self, raw: BinaryIO, offset: int, size: int) -> tuple[bytes, tuple[int, int, str, float], str]:
        """Read (and hash) the whole file once, keeping the samples of the data chunk as they are."""
        sha = hashlib.sha256()
        out = bytearray()
        position = 0
        raw.seek(0)
        while chunk := raw.read(1 << 20):
            sha.update(chunk)
            start, end = max(offset - position, 0), min(offset + size - position, len(chunk))
            if start < end:
                out += chunk[start:end]
            position += len(chunk)
        rate = self.target_sample_rate
        return bytes(out), (rate, 1, "pcm_s16le", len(out) / 2 / rate), sha.hexdigest()

    @staticmethod
    def _check_wav_size(head: bytes, size: int, filename: str | None) -> None:
        header = wav_header(head)
        if header is None:
            if len(head) < 44:
                raise CorruptAudio(
                    f"The WAV file{_name(filename)} is cut off inside its header.",
                    detail_ko="WAV 파일의 헤더가 잘려 있습니다.",
                )
            return  # the data chunk lies beyond the first bytes (large metadata): FFmpeg will judge
        if header.data_size is None:
            return
        available = size - header.data_offset
        if header.data_size > available + 1:  # +1: the RIFF pad byte
            raise CorruptAudio(
                f"The WAV file{_name(filename)} is truncated or its header is wrong: the header declares "
                f"{_mb(header.data_size)} of audio data but the file holds only {_mb(max(0, available))}.",
                detail_ko=f"WAV 파일이 잘렸거나 헤더가 잘못되었습니다: 헤더는 {_mb(header.data_size)}의 오디오를 "
                f"표시하지만 파일에는 {_mb(max(0, available))}만 있습니다.",
            )

    @staticmethod
    def _unsupported(sniffed: Sniffed, filename: str | None) -> AudioError:
        if sniffed.kind:
            kind_ko = {
                "a PNG image": "PNG 이미지",
                "a JPEG image": "JPEG 이미지",
                "a GIF image": "GIF 이미지",
                "text": "텍스트",
                "a PDF document": "PDF 문서",
            }.get(sniffed.kind, "오디오가 아닌 파일")
            return UnsupportedAudio(
                f"The file{_name(filename)} is {sniffed.kind}, not audio. Accepted formats: {ACCEPTED_EN}.",
                detail_ko=f"이 파일은 {kind_ko}이며 오디오가 아닙니다. 지원 형식: {ACCEPTED_KO}.",
            )
        return UnsupportedAudio(
            f"The file{_name(filename)} is not in an accepted audio format (its content was not recognised; "
            f"the file name is not used). Accepted formats: {ACCEPTED_EN}.",
            detail_ko=f"지원하지 않는 오디오 형식입니다 (파일 내용으로 판단합니다). 지원 형식: {ACCEPTED_KO}.",
        )

    def _too_long(self, seconds: float, filename: str | None, *, at_least: bool = False) -> TooLarge:
        more = "more than " if at_least else ""
        return TooLarge(
            f"The recording{_name(filename)} lasts {more}{seconds:.0f} s; at most {self.max_duration_s:g} s "
            "is accepted.",
            detail_ko=f"녹음이 너무 깁니다 ({seconds:.0f}초). 최대 {self.max_duration_s:g}초까지 받을 수 있습니다.",
        )
