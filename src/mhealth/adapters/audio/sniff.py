"""Recognise a container from its first bytes (never from the file name).

``sniff(head)`` returns a :class:`Sniffed` with the *family* of an audio container the decoder may
accept (``wav``, ``flac``, ``mp3``, ``aac``, ``mp4``, ``ogg``, ``matroska``, ``amr``) or, for
well-known non-audio files, a description used in the refusal (``a PNG image``, ``text`` ...).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

HEAD_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Sniffed:
    family: str | None  # an audio container family, or None
    kind: str | None = None  # what the bytes are when they are not audio ("a PNG image")
    name: str | None = None  # the container's public name: wav, m4a, mp4, 3gp, webm, ...
    ffmpeg_format: str | None = None  # the FFmpeg demuxer to force, None = let FFmpeg probe


_NON_AUDIO: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"%PDF", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive or office document"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"BM", "a BMP image"),
    (0, b"\x7fELF", "a program"),
    (0, b"MZ", "a program"),
    (0, b"<?xml", "an XML document"),
    (0, b"{\\rtf", "an RTF document"),
)


def _mpeg_audio_header(b: bytes) -> bool:
    """A plausible MPEG-1/2/2.5 audio (layer I-III) frame header at the start of ``b``."""
    if len(b) < 4 or b[0] != 0xFF or (b[1] & 0xE0) != 0xE0:
        return False
    version = (b[1] >> 3) & 0x3
    layer = (b[1] >> 1) & 0x3
    bitrate = (b[2] >> 4) & 0xF
    rate = (b[2] >> 2) & 0x3
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def _adts_header(b: bytes) -> bool:
    return len(b) >= 7 and b[0] == 0xFF and (b[1] & 0xF6) == 0xF0 and ((b[2] >> 2) & 0xF) < 13


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a multi-byte character cut at the end of the head is fine
            return False
    printable = sum(1 for c in head if c >= 0x20 or c in (9, 10, 13))
    return printable / len(head) > 0.97


def _mp4_name(head: bytes) -> str:
    brand = head[8:12]
    if brand in (b"M4A ", b"M4B ", b"M4P "):
        return "m4a"
    if brand.startswith((b"3gp", b"3g2", b"3ge", b"3gg")):
        return "3gp"
    if brand == b"qt  ":
        return "mov"
    return "mp4"


def sniff(head: bytes) -> Sniffed:
    """Identify the container family from the first bytes of a file."""
    if head[:4] in (b"RIFF", b"RIFX") and head[8:12] == b"WAVE":
        return Sniffed("wav", name="wav", ffmpeg_format="wav")
    if head[:4] in (b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return Sniffed("wav", name="wav", ffmpeg_format="wav")
    if head[:4] == b"RIFF":
        kind = {b"AVI ": "an AVI video", b"WEBP": "a WebP image"}.get(head[8:12], "a RIFF file that is not WAV")
        return Sniffed(None, kind=kind)
    if head[:4] == b"fLaC":
        return Sniffed("flac", name="flac", ffmpeg_format="flac")
    if head[:4] == b"OggS":
        return Sniffed("ogg", name="ogg", ffmpeg_format="ogg")
    if head[:4] == b"\x1a\x45\xdf\xa3":
        doc = head[:64]
        return Sniffed("matroska", name="webm" if b"webm" in doc else "matroska", ffmpeg_format="matroska")
    if head[4:8] == b"ftyp":
        return Sniffed("mp4", name=_mp4_name(head), ffmpeg_format="mp4")
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return Sniffed("mp4", name="mp4", ffmpeg_format="mp4")
    if head.startswith(b"#!AMR-WB\n"):
        return Sniffed("amr", name="amr", ffmpeg_format="amr")
    if head.startswith(b"#!AMR\n"):
        return Sniffed("amr", name="amr", ffmpeg_format="amr")
    if head[:3] == b"ID3":
        # An ID3v2 tag: MP3 most of the time (sometimes AAC or FLAC): look after the tag.
        if len(head) >= 10:
            size = (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F)
            after = head[10 + size : 10 + size + 8]
            if after[:4] == b"fLaC":
                return Sniffed("flac", name="flac", ffmpeg_format="flac")
            if _adts_header(after):
                return Sniffed("aac", name="aac", ffmpeg_format="aac")
        return Sniffed("mp3", name="mp3", ffmpeg_format="mp3")
    if _adts_header(head):
        return Sniffed("aac", name="aac", ffmpeg_format="aac")
    if _mpeg_audio_header(head):
        return Sniffed("mp3", name="mp3", ffmpeg_format="mp3")
    for offset, magic, kind in _NON_AUDIO:
        if head[offset : offset + len(magic)] == magic:
            return Sniffed(None, kind=kind)
    if head[4:8] == b"\x00\x00\x00\x00" and head[:4] == b"\x00\x00\x00\x00":
        return Sniffed(None, kind=None)
    if _looks_like_text(head):
        return Sniffed(None, kind="text")
    return Sniffed(None)


def mp3_has_length_header(head: bytes) -> bool:
    """True when the first MP3 frame carries a Xing/Info/VBRI header (an exact frame count)."""
    start = 0
    if head[:3] == b"ID3" and len(head) >= 10:
        start = 10 + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F))
    window = head[start : start + 200]
    return b"Xing" in window or b"Info" in window or b"VBRI" in window


@dataclass(frozen=True, slots=True)
class WavHeader:
    data_offset: int
    data_size: int | None  # None when the header does not say (streamed WAV: 0 or 0xFFFFFFFF)


def wav_header(head: bytes) -> WavHeader | None:
    """Where the ``data`` chunk starts and the size it declares; None when not found in ``head``."""
    if head[:4] not in (b"RIFF", b"RIFX", b"RF64", b"BW64"):
        return None
    endian = ">" if head[:4] == b"RIFX" else "<"
    pos = 12
    while pos + 8 <= len(head):
        chunk_id = head[pos : pos + 4]
        (size,) = struct.unpack(endian + "I", head[pos + 4 : pos + 8])
        if chunk_id == b"data":
            unknown = size in (0, 0xFFFFFFFF) or head[:4] in (b"RF64", b"BW64")
            return WavHeader(data_offset=pos + 8, data_size=None if unknown else size)
        pos += 8 + size + (size & 1)
    return None
