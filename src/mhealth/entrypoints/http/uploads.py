"""Streaming uploads: multipart or a raw ``audio/*`` body goes to a temporary file, never wholly into memory.

The size limit is enforced while streaming (413 before the rest of the body is read); the type is
sniffed from the first bytes, not from the file name or the declared content type.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import msgspec
import multipart  # type: ignore[import-untyped]  # the package ships no type information
from litestar import Request

from mhealth.domain.errors import EmptyAudio, InvalidInput, TooLarge, UnsupportedAudio
from mhealth.entrypoints.http.edge import MULTIPART_OVERHEAD

MAX_FIELD_BYTES = 4096


class Upload(msgspec.Struct, kw_only=True):
    path: Path
    filename: str | None
    size: int
    kind: str
    fields: dict[str, str]

    def discard(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass


def sniff(head: bytes) -> str | None:
    """The audio container the first bytes announce, or None when they announce no audio we take."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:5] == b"#!AMR":
        return "amr"
    if head[:3] == b"ID3":
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "mp3" if head[1] & 0x06 else "aac"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if head[:4] == b".snd":
        return "au"
    if head[:4] == b"caff":
        return "caf"
    return None


def upload_too_large(limit: int) -> TooLarge:
    """413 for an upload over ``limit`` bytes (MHEALTH_MAX_UPLOAD_MB), in English and Korean."""
    mb = limit / (1024 * 1024)
    return TooLarge(
        f"the audio is larger than the limit of {mb:g} MB",
        field="file",
        detail_ko=f"파일 크기가 너무 큽니다. 최대 {mb:g}MB",
    )


def _check_length(request: Request[Any, Any, Any], allowed: int, limit: int) -> None:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise InvalidInput("Content-Length is not a number", field="content-length") from None
        if length > allowed:
            raise upload_too_large(limit)


class _Sink:
    """Writes one file part to a temporary file, counting bytes against the limit and sniffing the head."""

    def __init__(self, limit: int) -> None:
        fd, name = tempfile.mkstemp(prefix="mhealth-upload-")
        self.path = Path(name)
        self.handle = os.fdopen(fd, "wb")
        self.size = 0
        self.head = b""
        self.limit = limit

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise upload_too_large(self.limit)
        if len(self.head) < 16:
            self.head += chunk[: 16 - len(self.head)]
        self.handle.write(chunk)

    def close(self) -> None:
        self.handle.close()

    def discard(self) -> None:
        self.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass

    def finish(self, filename: str | None, fields: dict[str, str]) -> Upload:
        self.close()
        if self.size == 0:
            self.discard()
            raise EmptyAudio("the audio file is empty", field="file", detail_ko="오디오 파일이 비어 있습니다")
        kind = sniff(self.head)
        if kind is None:
            self.discard()
            raise UnsupportedAudio(
                "the file is not audio in a format we accept (see GET /audio-formats)",
                field="file",
                detail_ko="지원하지 않는 파일 형식입니다. GET /audio-formats 를 참고하세요",
            )
        return Upload(path=self.path, filename=filename, size=self.size, kind=kind, fields=fields)


async def _chunks(request: Request[Any, Any, Any]) -> AsyncIterator[bytes]:
    async for chunk in request.stream():
        if chunk:
            yield chunk


async def receive_audio(request: Request[Any, Any, Any], *, limit: int) -> Upload:
    """Stream the request's audio to a temporary file.

    Accepts ``multipart/form-data`` (the audio in the part named ``file``; other small parts are
    returned as ``fields``) or a raw body with an ``audio/*`` or ``application/octet-stream`` type.

    Raises:
        TooLarge (413), UnsupportedAudio (415), EmptyAudio / InvalidInput (400).
    """
    content_type = request.headers.get("content-type", "")
    mime, options = multipart.parse_options_header(content_type)
    if mime == "multipart/form-data":
        _check_length(request, limit + MULTIPART_OVERHEAD, limit)
        boundary = options.get("boundary")
        if not boundary:
            raise InvalidInput("multipart body without a boundary", field="content-type")
        return await _receive_multipart(request, boundary, limit)
    if mime.startswith("audio/") or mime in ("application/octet-stream", "video/mp4", "video/webm", "video/3gpp"):
        _check_length(request, limit, limit)
        sink = _Sink(limit)
        try:
            async for chunk in _chunks(request):
                sink.write(chunk)
        except BaseException:
            sink.discard()
            raise
        return sink.finish(request.headers.get("x-filename"), {})
    raise UnsupportedAudio(
        "send the audio as multipart/form-data (field 'file') or as a raw audio/* body",
        field="content-type",
        detail_ko="오디오는 multipart/form-data 의 file 필드나 audio/* 본문으로 보내 주세요",
    )


async def _receive_multipart(request: Request[Any, Any, Any], boundary: str, limit: int) -> Upload:
    fields: dict[str, str] = {}
    sink: _Sink | None = None
    filename: str | None = None
    current: str | None = None
    value = bytearray()
    done: Upload | None = None
    try:
        with multipart.PushMultipartParser(boundary, max_segment_count=16, max_header_size=8192) as parser:
            async for chunk in _chunks(request):
                for event in parser.parse(chunk):
                    if isinstance(event, multipart.MultipartSegment):
                        current = event.name
                        if current == "file":
                            if sink is not None:
                                raise InvalidInput("send exactly one 'file' part", field="file")
                            sink = _Sink(limit)
                            filename = event.filename
                        value.clear()
                    elif event is None:
                        if current != "file" and current is not None:
                            fields[current] = value.decode("utf-8", errors="replace")
                        current = None
                    elif current == "file" and sink is not None:
                        sink.write(event)
                    else:
                        value.extend(event)
                        if len(value) > MAX_FIELD_BYTES:
                            raise InvalidInput(f"form field {current!r} is too long", field=current)
            for event in parser.parse(b""):
                if event is None and current not in (None, "file"):
                    fields[str(current)] = value.decode("utf-8", errors="replace")
        if sink is None:
            raise InvalidInput(
                "the form has no 'file' part with the audio", field="file", detail_ko="file 필드가 없습니다"
            )
        done = sink.finish(filename, fields)
        return done
    except multipart.MultipartError as exc:
        raise InvalidInput(f"the multipart body is malformed ({type(exc).__name__})", field="file") from None
    finally:
        if done is None and sink is not None:
            sink.discard()
