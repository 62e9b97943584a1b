#!/usr/bin/env python
"""Generate the audio test fixtures into ``tests/fixtures/audio/generated/`` (git-ignored).

The speech comes from three short recordings committed in ``tests/fixtures/audio/speech/`` (Korean
and English, spoken by espeak-ng, 16 kHz mono FLAC, about 440 KB together), so tests need no system
package for their data. From them, every accepted format is encoded with PyAV (whose wheel bundles
FFmpeg), plus broken variants (empty, truncated, random bytes, an image or text under an audio
name, a WAV header lying about its length, too little speech, silence) and a 5-minute recording
made by concatenation.

A ``manifest.json`` records what each file is and what the decoder must say about it. The files
are regenerated when this script's ``VERSION`` or a committed recording changes.

``--speak`` re-records the committed speech with espeak-ng (the only use of espeak-ng: install it
with ``.ci/setup-system.sh --speech``), then commit the new FLAC files.

Usage::

    python scripts/make_audio_fixtures.py [--out DIR] [--force]
    python scripts/make_audio_fixtures.py --speak     # re-record tests/fixtures/audio/speech/ (espeak-ng)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
import zlib
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

VERSION = 4
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "audio" / "generated"
#: the committed recordings every fixture is made from (``--speak`` re-records them)
SPEECH_DIR = ROOT / "tests" / "fixtures" / "audio" / "speech"
SPEECH_RATE = 16000  # what the decoder and Whisper use; keeps the committed files small

KO_TEXT = "안녕하세요. 오늘은 날씨가 참 좋네요. 아침에 밥을 먹고 공원에서 산책을 했어요. 무릎이 조금 아팠지만 괜찮아요."
KO_TEXT_2 = "어제는 딸이 전화를 했어요. 손주들이 잘 지낸다고 해서 기분이 좋았어요."
EN_TEXT = "Hello. Today I walked in the park with my daughter. Then we ate lunch together at home."
# Hangul syllables of KO_TEXT (for speech-rate checks).
KO_SYLLABLES = sum(1 for ch in KO_TEXT if "\uac00" <= ch <= "\ud7a3")

MASTER_RATE = 48000


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------


VOICES = {"ko": (KO_TEXT, "ko"), "ko2": (KO_TEXT_2, "ko"), "en": (EN_TEXT, "en-us")}


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def _espeak(text: str, voice: str, speed: int = 150) -> tuple[np.ndarray, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text],
            check=True,
            capture_output=True,
            timeout=60,
        )
        with wave.open(str(out), "rb") as w:
            rate = w.getframerate()
            data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768.0
    return data, rate


def _resample(data: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    if src_rate == dst_rate:
        return data.astype(np.float32)
    n = round(len(data) * dst_rate / src_rate)
    x_new = np.arange(n) * (src_rate / dst_rate)
    return np.interp(x_new, np.arange(len(data)), data).astype(np.float32)


def _swr(data: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Band-limited resampling of mono float32 ``data`` with FFmpeg's swresample (through PyAV)."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=dst_rate)
    pcm = np.ascontiguousarray(data.reshape(1, -1), dtype=np.float32)
    frame = av.AudioFrame.from_ndarray(pcm, format="flt", layout="mono")
    frame.sample_rate = src_rate
    frame.pts = 0
    frame.time_base = Fraction(1, src_rate)
    out = [f.to_ndarray().reshape(-1) for f in (*resampler.resample(frame), *resampler.resample(None))]
    return np.concatenate(out).astype(np.float32)


def speech_path(lang: str) -> Path:
    return SPEECH_DIR / f"{lang}.flac"


def speak(out_dir: Path = SPEECH_DIR) -> list[Path]:
    """Re-record the committed speech with espeak-ng: peak at -3 dBFS, 16 kHz mono FLAC."""
    if not espeak_available():
        raise SystemExit("--speak needs espeak-ng on PATH: run .ci/setup-system.sh --speech")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang, (text, voice) in VOICES.items():
        data, rate = _espeak(text, voice)
        data = data * (0.7 / max(1e-6, float(np.max(np.abs(data)))))  # espeak-ng speaks quietly-ish
        path = out_dir / f"{lang}.flac"
        encode(_swr(data, rate, MASTER_RATE), path, fmt="flac", codec="flac", rate=SPEECH_RATE,
               options={"compression_level": "8"})  # fmt: skip
        written.append(path)
    return written


def _read_speech(path: Path) -> np.ndarray:
    """A committed recording as mono float32 at MASTER_RATE."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: it is committed with the tests (re-record with --speak)")
    resampler = av.AudioResampler(format="flt", layout="mono", rate=MASTER_RATE)
    parts: list[np.ndarray] = []
    with av.open(str(path)) as container:
        for frame in container.decode(audio=0):
            parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
    parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    return np.concatenate(parts).astype(np.float32)


def sources_digest() -> str:
    """sha256 over the committed recordings: the generated set is rebuilt when one changes."""
    digest = hashlib.sha256()
    for lang in sorted(VOICES):
        path = speech_path(lang)
        digest.update(lang.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()


def speech(lang: str) -> np.ndarray:
    """Mono float32 speech at MASTER_RATE (a committed recording between 0.3 s pads)."""
    data = _read_speech(speech_path(lang))
    pad = np.zeros(int(0.3 * MASTER_RATE), dtype=np.float32)
    return np.concatenate([pad, data, pad]).astype(np.float32)


# ---------------------------------------------------------------------------------------------
# Encoding with PyAV
# ---------------------------------------------------------------------------------------------


def encode(
    samples: np.ndarray,
    path: Path,
    *,
    fmt: str,
    codec: str,
    rate: int,
    channels: int = 1,
    options: dict[str, str] | None = None,
    container_options: dict[str, str] | None = None,
    bit_rate: int | None = None,
) -> None:
    """Encode mono float32 ``samples`` at MASTER_RATE into ``path`` with PyAV."""
    layout = "mono" if channels == 1 else "stereo"
    options = dict(options or {})
    if codec in ("vorbis", "opus"):
        options.setdefault("strict", "experimental")  # FFmpeg's native encoders are marked experimental
    with av.open(str(path), "w", format=fmt, options=container_options or {}) as out:
        stream = out.add_stream(codec, rate=rate, options=options)
        stream.layout = layout
        if bit_rate:
            stream.bit_rate = bit_rate
        frame_size = stream.codec_context.frame_size or 1024
        sample_fmt = stream.codec_context.format.name if stream.codec_context.format else "s16"
        resampler = av.AudioResampler(format=sample_fmt, layout=layout, rate=rate, frame_size=frame_size or None)
        pcm = np.clip(samples, -1.0, 1.0)
        if channels == 2:
            # a slightly different right channel, so that stereo is really stereo
            right = np.roll(pcm, 24) * 0.8
            block = np.stack([pcm, right]).astype(np.float32)
            planar = block.reshape(1, -1, order="F")  # interleaved packed flt
            src_layout = "stereo"
        else:
            planar = pcm.reshape(1, -1).astype(np.float32)
            src_layout = "mono"
        step = 4096
        n = planar.shape[1] // channels
        pts = 0
        for start in range(0, n, step):
            chunk = planar[:, start * channels : min(n, start + step) * channels]
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), format="flt", layout=src_layout)
            frame.sample_rate = MASTER_RATE
            frame.pts = pts
            frame.time_base = Fraction(1, MASTER_RATE)
            pts += frame.samples
            for rframe in resampler.resample(frame):
                for packet in stream.encode(rframe):
                    out.mux(packet)
        for rframe in resampler.resample(None):
            for packet in stream.encode(rframe):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def write_wav_pcm16(samples: np.ndarray, path: Path, rate: int) -> None:
    data = _resample(samples, MASTER_RATE, rate)
    ints = (np.clip(data, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(ints.tobytes())


def encoder_available(name: str) -> bool:
    try:
        av.Codec(name, "w")
    except Exception:
        return False
    return True


def _png_bytes() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    width = height = 16
    raw = b"".join(b"\x00" + b"".join(bytes([x * 16, y * 16, 128]) for x in range(width)) for y in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _video_only_mp4(path: Path) -> None:
    with av.open(str(path), "w", format="mp4") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width = 64
        stream.height = 48
        stream.pix_fmt = "yuv420p"
        for i in range(20):
            img = np.full((48, 64, 3), (i * 12) % 256, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


# ---------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------


def _voiced_start(samples: np.ndarray, rate: int) -> int:
    frame = int(0.02 * rate)
    n = len(samples) // frame
    energy = (samples[: n * frame].reshape(n, frame) ** 2).mean(axis=1)
    loud = np.nonzero(energy > 0.01 * float(energy.max()))[0]
    return int(loud[0]) * frame if len(loud) else 0


def generate(out_dir: Path = DEFAULT_OUT, *, force: bool = False) -> dict[str, dict]:
    """Generate every fixture (if needed) and return the manifest: name -> facts about the file."""
    out_dir = Path(out_dir)
    manifest_path = out_dir / "manifest.json"
    source = sources_digest()
    if not force and manifest_path.exists():
        try:
            manifest = json.loads(manifest_path.read_text())
        except ValueError:
            manifest = {}
        if manifest.get("version") == VERSION and manifest.get("source") == source:
            files = manifest["files"]
            if all((out_dir / facts["file"]).exists() for facts in files.values()):
                return files
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.iterdir():
        if old.is_file():
            old.unlink()

    ko = speech("ko")
    en = speech("en")
    ko2 = speech("ko2")
    dur = len(ko) / MASTER_RATE
    files: dict[str, dict] = {}

    def good(name: str, file: str, container: str, codec: str, rate: int, channels: int = 1, duration=dur, **kw):
        files[name] = {
            "file": file,
            "container": container,
            "codec": codec,
            "sample_rate": rate,
            "channels": channels,
            "duration_s": round(float(duration), 4),
            "error": None,
            **kw,
        }

    def bad(name: str, file: str, error: str, **kw):
        files[name] = {"file": file, "error": error, **kw}

    # --- speech sources -------------------------------------------------------------------
    write_wav_pcm16(ko, out_dir / "speech_ko.wav", 16000)
    good("speech_ko", "speech_ko.wav", "wav", "pcm_s16le", 16000, text=KO_TEXT, syllables=KO_SYLLABLES)
    write_wav_pcm16(en, out_dir / "speech_en.wav", 16000)
    good("speech_en", "speech_en.wav", "wav", "pcm_s16le", 16000, duration=len(en) / MASTER_RATE, text=EN_TEXT)

    # --- every accepted format ------------------------------------------------------------
    encode(ko, out_dir / "wav_pcm16_48k.wav", fmt="wav", codec="pcm_s16le", rate=48000)
    good("wav_pcm16", "wav_pcm16_48k.wav", "wav", "pcm_s16le", 48000)
    encode(ko, out_dir / "wav_mulaw_8k.wav", fmt="wav", codec="pcm_mulaw", rate=8000)
    good("wav_mulaw", "wav_mulaw_8k.wav", "wav", "pcm_mulaw", 8000)
    encode(ko, out_dir / "wav_alaw_8k.wav", fmt="wav", codec="pcm_alaw", rate=8000)
    good("wav_alaw", "wav_alaw_8k.wav", "wav", "pcm_alaw", 8000)
    encode(ko, out_dir / "speech.flac", fmt="flac", codec="flac", rate=44100)
    good("flac", "speech.flac", "flac", "flac", 44100)
    encode(ko, out_dir / "speech.mp3", fmt="mp3", codec="libmp3lame", rate=44100, bit_rate=64000)
    good("mp3", "speech.mp3", "mp3", "mp3", 44100)
    encode(ko, out_dir / "speech.m4a", fmt="ipod", codec="aac", rate=44100, bit_rate=64000)
    good("m4a", "speech.m4a", "m4a", "aac", 44100)
    encode(
        ko,
        out_dir / "speech_faststart.m4a",
        fmt="ipod",
        codec="aac",
        rate=44100,
        bit_rate=64000,
        container_options={"movflags": "+faststart"},
    )
    good("m4a_faststart", "speech_faststart.m4a", "m4a", "aac", 44100)
    encode(ko, out_dir / "speech.mp4", fmt="mp4", codec="aac", rate=48000, bit_rate=64000)
    good("mp4_aac", "speech.mp4", "mp4", "aac", 48000)
    encode(ko, out_dir / "speech_adts.aac", fmt="adts", codec="aac", rate=44100, bit_rate=64000)
    good("aac_adts", "speech_adts.aac", "aac", "aac", 44100)
    encode(ko, out_dir / "speech_opus.ogg", fmt="ogg", codec="libopus", rate=48000, bit_rate=32000)
    good("ogg_opus", "speech_opus.ogg", "ogg", "opus", 48000)
    encode(ko, out_dir / "speech_vorbis.ogg", fmt="ogg", codec="vorbis", rate=44100, channels=2)
    good("ogg_vorbis", "speech_vorbis.ogg", "ogg", "vorbis", 44100, channels=2)
    encode(ko, out_dir / "speech.webm", fmt="webm", codec="libopus", rate=48000, bit_rate=32000)
    good("webm_opus", "speech.webm", "webm", "opus", 48000)
    encode(ko, out_dir / "stereo_44k.wav", fmt="wav", codec="pcm_s16le", rate=44100, channels=2)
    good("stereo_44k", "stereo_44k.wav", "wav", "pcm_s16le", 44100, channels=2)
    encode(ko, out_dir / "phone_8k.wav", fmt="wav", codec="pcm_s16le", rate=8000)
    good("phone_8k", "phone_8k.wav", "wav", "pcm_s16le", 8000)
    if encoder_available("libopencore_amrnb"):
        encode(ko, out_dir / "speech.amr", fmt="amr", codec="libopencore_amrnb", rate=8000, bit_rate=12200)
        good("amr_nb", "speech.amr", "amr", "amr_nb", 8000)
        encode(ko, out_dir / "speech_amr.3gp", fmt="3gp", codec="libopencore_amrnb", rate=8000, bit_rate=12200)
        good("3gp_amr_nb", "speech_amr.3gp", "3gp", "amr_nb", 8000)
    encode(ko, out_dir / "speech_aac.3gp", fmt="3gp", codec="aac", rate=16000, bit_rate=32000)
    good("3gp_aac", "speech_aac.3gp", "3gp", "aac", 16000)
    # AMR-WB: FFmpeg's PyAV build has an AMR-WB decoder but no encoder (no libvo-amrwbenc): no fixture.

    # --- refusals -------------------------------------------------------------------------
    (out_dir / "empty.wav").write_bytes(b"")
    bad("empty", "empty.wav", "empty_audio")
    for name, src in (("mp3", "speech.mp3"), ("flac", "speech.flac"), ("wav", "wav_pcm16_48k.wav")):
        data = (out_dir / src).read_bytes()
        (out_dir / f"truncated.{name}").write_bytes(data[: int(len(data) * 0.6)])
        bad(f"truncated_{name}", f"truncated.{name}", "corrupt_audio")
    data = (out_dir / "speech_faststart.m4a").read_bytes()
    (out_dir / "truncated.m4a").write_bytes(data[: int(len(data) * 0.6)])
    bad("truncated_m4a", "truncated.m4a", "corrupt_audio")
    data = (out_dir / "speech.m4a").read_bytes()  # moov at the end: the index itself is cut away
    (out_dir / "truncated_moov.m4a").write_bytes(data[: int(len(data) * 0.6)])
    bad("truncated_m4a_moov", "truncated_moov.m4a", "corrupt_audio")
    data = (out_dir / "speech.webm").read_bytes()
    (out_dir / "truncated.webm").write_bytes(data[: int(len(data) * 0.6)])
    bad("truncated_webm", "truncated.webm", "corrupt_audio")
    (out_dir / "random.bin").write_bytes(random.Random(1234).randbytes(48_000))
    bad("random_bytes", "random.bin", "unsupported_audio")
    (out_dir / "image.wav").write_bytes(_png_bytes())
    bad("png_as_wav", "image.wav", "unsupported_audio")
    (out_dir / "notes.flac").write_text(
        "오늘 기분은 괜찮아요. This is a text file, not audio.\n" * 20, encoding="utf-8"
    )
    bad("text_as_flac", "notes.flac", "unsupported_audio")
    _video_only_mp4(out_dir / "video_only.mp4")
    bad("video_only", "video_only.mp4", "unsupported_audio")
    # A WAV whose header claims ten times the data that is there.
    wav = bytearray((out_dir / "phone_8k.wav").read_bytes())
    pos = wav.find(b"data")
    real = struct.unpack_from("<I", wav, pos + 4)[0]
    struct.pack_into("<I", wav, pos + 4, real * 10)
    struct.pack_into("<I", wav, 4, len(wav) - 8 + real * 9)
    (out_dir / "lying_header.wav").write_bytes(bytes(wav))
    bad("lying_header_wav", "lying_header.wav", "corrupt_audio")
    # 0.3 s of speech between silences
    start = _voiced_start(ko, MASTER_RATE)
    piece = ko[start : start + int(0.3 * MASTER_RATE)]
    fade = np.linspace(0, 1, 240, dtype=np.float32)
    piece[:240] *= fade
    piece[-240:] *= fade[::-1]
    silence = np.zeros(int(0.7 * MASTER_RATE), dtype=np.float32)
    write_wav_pcm16(np.concatenate([silence, piece, silence]), out_dir / "short_0_3s.wav", 16000)
    bad("too_short", "short_0_3s.wav", "too_short")
    write_wav_pcm16(np.zeros(10 * MASTER_RATE, dtype=np.float32), out_dir / "silence_10s.wav", 16000)
    bad("silence", "silence_10s.wav", "no_speech")
    # Quiet noise only (no voice): still no speech.
    noise = np.random.default_rng(7).normal(0, 10 ** (-60 / 20), 5 * MASTER_RATE).astype(np.float32)
    write_wav_pcm16(noise, out_dir / "noise_floor_5s.wav", 16000)
    bad("noise_floor", "noise_floor_5s.wav", "no_speech")

    # --- a long recording: 5 minutes of concatenated speech with pauses -------------------
    pause = np.zeros(int(0.8 * MASTER_RATE), dtype=np.float32)
    parts: list[np.ndarray] = []
    total = 0
    while total < 300 * MASTER_RATE:
        for clip in (ko, ko2):
            parts.extend([clip, pause])
            total += len(clip) + len(pause)
    long = np.concatenate(parts)[: 300 * MASTER_RATE]
    encode(long, out_dir / "long_5min.m4a", fmt="ipod", codec="aac", rate=16000, bit_rate=32000)
    good("long_5min", "long_5min.m4a", "m4a", "aac", 16000, duration=300.0)

    manifest_path.write_text(
        json.dumps({"version": VERSION, "source": source, "files": files}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--force", action="store_true", help="regenerate even if the manifest is current")
    parser.add_argument("--speak", action="store_true", help=f"re-record {SPEECH_DIR} with espeak-ng first")
    args = parser.parse_args(argv)
    if args.speak:
        for path in speak():
            print(f"  {path.relative_to(ROOT)}  {path.stat().st_size:>9d} B  (espeak-ng)")
    files = generate(args.out, force=args.force or args.speak)
    print(f"{len(files)} fixtures in {args.out} (speech: {SPEECH_DIR.relative_to(ROOT)})")
    for name, facts in sorted(files.items()):
        size = (args.out / facts["file"]).stat().st_size
        print(f"  {name:20s} {facts['file']:24s} {size:>9d} B  {facts.get('error') or facts.get('codec')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
