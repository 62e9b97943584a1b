"""A stdlib WAV-only decoder: the fake AudioDecoder for unit tests (a running service uses PyAV)."""

from __future__ import annotations

import array
import asyncio
import hashlib
import sys
import wave
from pathlib import Path

from mhealth.domain.errors import CorruptAudio, EmptyAudio, NoSpeech, TooShort, UnsupportedAudio
from mhealth.domain.model import AudioInfo
from mhealth.ports.audio import AudioDecoder, AudioFormat, DecodedAudio


class WavAudioDecoder(AudioDecoder):
    """Accepts 16-bit PCM WAV only; converts to mono and resamples by nearest sample.

    Refuses empty files, non-WAV bytes, truncated data and digital silence with the port's errors.
    """

    name = "wav"

    def __init__(
        self, *, target_sample_rate: int = 16000, vad_threshold_db: float = -40.0, min_speech_s: float = 0.5
    ) -> None:
        self.target_sample_rate = target_sample_rate
        self.threshold = 32768.0 * 10 ** (vad_threshold_db / 20)  # frame RMS above this is voiced
        self.min_speech_s = min_speech_s

    def formats(self) -> tuple[AudioFormat, ...]:
        return (AudioFormat(extension=".wav", container="wav", codecs=("pcm_s16le",), mime_types=("audio/wav",)),)

    async def decode(self, path: Path, *, filename: str | None = None) -> DecodedAudio:
        return await asyncio.to_thread(self._decode, path)

    async def probe_duration_s(self, path: Path) -> float | None:
        def probe() -> float | None:
            try:
                with wave.open(str(path), "rb") as w:
                    return w.getnframes() / w.getframerate()
            except (wave.Error, EOFError, OSError, ZeroDivisionError):
                return None

        return await asyncio.to_thread(probe)

    def _decode(self, path: Path) -> DecodedAudio:
        data = path.read_bytes()
        if not data:
            raise EmptyAudio("the audio file is empty", detail_ko="오디오 파일이 비어 있습니다")
        if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
            raise UnsupportedAudio("only WAV audio is accepted by this decoder", detail_ko="WAV 형식만 지원합니다")
        try:
            with wave.open(str(path), "rb") as w:
                channels, width, rate, frames = w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()
                raw = w.readframes(frames)
        except (wave.Error, EOFError) as exc:
            raise CorruptAudio("the WAV file is damaged", detail_ko="WAV 파일이 손상되었습니다") from exc
        if width != 2:
            raise UnsupportedAudio("only 16-bit PCM WAV is accepted", detail_ko="16비트 PCM WAV만 지원합니다")
        if len(raw) < frames * channels * width:
            raise CorruptAudio("the WAV file is truncated", detail_ko="WAV 파일이 잘려 있습니다")
        samples = array.array("h")
        samples.frombytes(raw)
        if sys.byteorder == "big":  # pragma: no cover
            samples.byteswap()
        mono = samples if channels == 1 else array.array("h", samples[::channels])
        if rate != self.target_sample_rate:
            step = rate / self.target_sample_rate
            mono = array.array("h", (mono[int(i * step)] for i in range(int(len(mono) / step))))
        speech = self._voiced(mono)
        voiced = sum(end - start for start, end in speech)
        if voiced == 0:
            raise NoSpeech("no speech was found in the audio", detail_ko="음성에서 말소리를 찾을 수 없습니다")
        if voiced < self.min_speech_s:
            raise TooShort(
                f"only {voiced:.2f} s of speech; at least {self.min_speech_s:g} s is needed",
                detail_ko="말소리가 너무 짧습니다",
            )
        duration = frames / rate
        info = AudioInfo(
            container="wav",
            codec="pcm_s16le",
            sample_rate=rate,
            channels=channels,
            duration_s=round(duration, 3),
            size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        return DecodedAudio(info=info, pcm=mono.tobytes(), sample_rate=self.target_sample_rate, speech=speech)

    def _voiced(self, mono: array.array[int]) -> tuple[tuple[float, float], ...]:
        """Energy VAD over 20 ms frames (every second sample: this is a test fake, not the real VAD)."""
        frame = self.target_sample_rate // 50
        regions: list[list[float]] = []
        for index in range(0, len(mono) - frame + 1, frame):
            chunk = mono[index : index + frame : 2]
            rms = (sum(x * x for x in chunk) / len(chunk)) ** 0.5
            if rms < self.threshold:
                continue
            start = index / self.target_sample_rate
            end = start + frame / self.target_sample_rate
            if regions and abs(regions[-1][1] - start) < 1e-9:
                regions[-1][1] = end
            else:
                regions.append([start, end])
        return tuple((round(a, 3), round(b, 3)) for a, b in regions)
