"""The original AI service's endpoints: stateless screening, same paths, fields, scales and defaults.

Nothing about a person is stored here. The one deliberate change: audio problems answer with the
precise 413 / 415 / 422 instead of a blanket 400 (documented in docs/api.md).
"""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody

from mhealth import __version__
from mhealth.domain.errors import InvalidInput
from mhealth.entrypoints.http.docs import ERRORS_AUDIO, ERRORS_AUDIO_ANALYSIS, ERRORS_PROBE, ERRORS_TEXT, example
from mhealth.entrypoints.http.params import PROBE, UPLOAD, Cfg, Mh
from mhealth.entrypoints.http.schemas import (
    AnalysisRequest,
    AnalysisResponse,
    AudioAnalysisResponse,
    TranscriptionResponse,
    analysis_response,
    audio_analysis_response,
    screened,
    transcription_response,
)
from mhealth.entrypoints.http.uploads import receive_audio

SERVICE = "senior-mhealth-ai-simple"

ROOT_BODY = {"status": "healthy", "service": SERVICE, "version": __version__}


def _language(fields: dict[str, str]) -> str:
    value = fields.get("language_code", "ko-KR").strip() or "ko-KR"
    if len(value) > 16 or not all(c.isalnum() or c == "-" for c in value):
        raise InvalidInput("language_code must be a BCP-47 tag such as ko-KR", field="language_code")
    return value


class ScreeningController(Controller):
    tags = ["screening (original API)"]

    @get(
        "/",
        operation_id="root",
        summary="Service identity (public)",
        tags=["probes"],
        opt=PROBE,
        responses=ERRORS_PROBE,
    )
    async def root(self) -> dict[str, str]:
        return ROOT_BODY

    @get(
        "/health",
        operation_id="health",
        summary="Each configured adapter and its readiness (public)",
        tags=["probes"],
        opt=PROBE,
        responses=ERRORS_PROBE,
    )
    async def health(self, mh: Mh, settings: Cfg) -> dict[str, Any]:
        readiness = await mh.readiness()
        components = {
            name: {
                "adapter": getattr(mh.components[name], "name", type(mh.components[name]).__name__),
                "state": r.state,
                **({"detail": r.detail} if r.detail else {}),
            }
            for name, r in readiness.items()
        }
        if mh.screening.speech is None:
            components["speech"] = {"adapter": "none", "state": "unavailable", "detail": "MHEALTH_SPEECH=none"}
        states = {c["state"] for c in components.values()}
        if states <= {"ready"}:
            status = "healthy"
        elif "unavailable" in states:
            status = "degraded"  # serving, but some capability (often speech) is not available
        else:
            status = "warming"
        return {
            "status": status,
            "components": components,
            "environment": {
                "version": __version__,
                "analyzer": settings.analyzer,
                "speech": settings.speech,
                "auth": settings.auth,
                "region": settings.google_location if settings.google_project else None,
            },
        }

    @get(
        "/health/live",
        operation_id="healthLive",
        summary="The process is up (public; never touches a dependency)",
        tags=["probes"],
        opt=PROBE,
        responses=ERRORS_PROBE,
    )
    async def live(self) -> dict[str, str]:
        return {"status": "live"}

    @get(
        "/health/ready",
        operation_id="healthReady",
        summary="Ready for traffic: 503 while the analyzer warms up or the database is down (public)",
        tags=["probes"],
        opt=PROBE,
        responses=ERRORS_PROBE,
    )
    async def ready(self, mh: Mh) -> Response[dict[str, Any]]:
        readiness = await mh.readiness()
        # What every request needs: the analyzer (and its fallback) and the database. Speech, storage of
        # audio, analytics and the notifier may be down: the service is then degraded, not unready.
        essential = {name: r for name, r in readiness.items() if name in ("analyzer", "analyzer_fallback", "uow")}
        waiting = {name: r.state for name, r in essential.items() if r.state != "ready"}
        others = {name: r.state for name, r in readiness.items() if name not in essential and r.state != "ready"}
        if waiting:
            return Response(
                {"status": "not_ready", "waiting_for": waiting}, status_code=503, headers={"Retry-After": "1"}
            )
        return Response({"status": "degraded" if others else "ready", **({"degraded": others} if others else {})})

    @post(
        "/analyze",
        operation_id="analyze",
        summary="Screen a text (nothing stored)",
        status_code=200,
        responses=ERRORS_TEXT,
        request_body_example=None,
        description="Returns the original eight fields plus the risk level, safety flags and a crisis block. "
        + example("analyze"),
    )
    async def analyze(self, data: JSONBody[AnalysisRequest], mh: Mh) -> AnalysisResponse:
        return analysis_response(screened(await mh.analyze_text(data.text)))

    @post(
        "/transcribe",
        operation_id="transcribe",
        opt=UPLOAD,
        summary="Transcribe a recording (nothing stored)",
        status_code=200,
        responses=ERRORS_AUDIO,
        description="multipart/form-data with `file`, `user_id` (default anonymous), `language_code` (default ko-KR). "
        "The format is detected from the bytes. 413 too large, 415 not audio, 422 corrupt or no speech, "
        "503 speech provider unavailable.",
    )
    async def transcribe(self, request: Request[Any, Any, Any], mh: Mh, settings: Cfg) -> TranscriptionResponse:
        upload = await receive_audio(request, limit=settings.max_upload_bytes)
        try:
            language = _language(upload.fields)
            result = await mh.screening.transcribe_file(upload.path, filename=upload.filename, language=language)
        finally:
            upload.discard()
        return transcription_response(result, language)

    @post(
        "/analyze-audio",
        operation_id="analyzeAudio",
        opt=UPLOAD,
        summary="Transcribe and screen a recording (nothing stored)",
        status_code=200,
        responses=ERRORS_AUDIO_ANALYSIS,
        description="As /transcribe, then the assessment of the transcript; the response also carries `transcript`.",
    )
    async def analyze_audio(self, request: Request[Any, Any, Any], mh: Mh, settings: Cfg) -> AudioAnalysisResponse:
        upload = await receive_audio(request, limit=settings.max_upload_bytes)
        try:
            language = _language(upload.fields)
            result, assessment = await mh.screening.analyze_file(
                upload.path, filename=upload.filename, language=language
            )
        finally:
            upload.discard()
        return audio_analysis_response(result, screened(assessment))

    @get(
        "/audio-formats",
        operation_id="audioFormats",
        summary="The audio formats the decoder really accepts",
        responses=ERRORS_TEXT,
    )
    async def audio_formats(self, mh: Mh, settings: Cfg) -> dict[str, Any]:
        formats = mh.screening.decoder.formats()
        mb = settings.max_upload_mb
        return {
            "formats": sorted({f.extension for f in formats}),
            "max_file_size": f"{mb:g}MB",
            "recommended_format": ".wav (최고 품질)",
            "details": [
                {
                    "extension": f.extension,
                    "container": f.container,
                    "codecs": list(f.codecs),
                    "mime_types": list(f.mime_types),
                }
                for f in formats
            ],
        }
