"""The one source of truth for the error codes a client can see: status, sentences, when each is used.

The HTTP error table (:mod:`mhealth.entrypoints.http.errors`) answers from it, the OpenAPI document lists
each route's error responses from it (:mod:`mhealth.entrypoints.http.docs`), and the error table in
docs/api.md is generated from it (``scripts/gen_api_errors.py``; a test fails when the page is stale).
Pure data: importing this module imports no framework.

A domain error's own ``detail`` (more precise, often naming the field) is what the client gets; the
sentences here are the generic answer for a status (a framework refusal, an unknown route) and the text of
the documentation.
"""

from __future__ import annotations

from typing import NamedTuple


class ErrorCode(NamedTuple):
    """One stable error code.

    Attributes:
        code: the value of ``error`` in the body; never changes once published.
        status: the HTTP status it comes with.
        en: the generic English sentence (``detail``).
        ko: the same sentence in Korean (``Accept-Language: ko``).
        when: when it is used (for the documentation).
        headers: response headers that always come with it.
    """

    code: str
    status: int
    en: str
    ko: str
    when: str
    headers: tuple[str, ...] = ()


REGISTRY: tuple[ErrorCode, ...] = (
    ErrorCode(
        "invalid_input",
        400,
        "The request is malformed.",
        "요청 형식이 올바르지 않습니다.",
        "blank text, wrong types, a missing field, JSON that is malformed or nested deeper than 64 levels, "
        "a malformed form, a bad query or path parameter (`field` names the input at fault)",
    ),
    ErrorCode(
        "invalid_value",
        400,
        "A value is well-formed but not acceptable.",
        "값이 허용되지 않습니다.",
        "a value that breaks a rule of the domain model (an object built from it would be invalid, e.g. an empty "
        "display name or a time without a time zone); `field` names it",
    ),
    ErrorCode("empty_audio", 400, "The audio file is empty.", "오디오 파일이 비어 있습니다.", "an upload of 0 bytes"),
    ErrorCode(
        "unauthorized",
        401,
        "Authentication is required: send a valid bearer token.",
        "인증이 필요합니다.",
        "a missing, malformed, expired, forged or revoked token or API key; a failed sign-in; "
        "a refresh token that is unknown, expired or reused",
        ("WWW-Authenticate",),
    ),
    ErrorCode(
        "forbidden",
        403,
        "You may not do this.",
        "권한이 없습니다.",
        "an action the caller's role may never do (never used where it would reveal that a resource exists)",
    ),
    ErrorCode(
        "consent_required",
        403,
        "The senior has not consented to this processing.",
        "어르신의 동의가 필요합니다.",
        "audio check-ins of a senior without audio consent",
    ),
    ErrorCode(
        "not_found",
        404,
        "There is nothing at this address.",
        "요청한 항목을 찾을 수 없습니다.",
        "an unknown route, or a resource that does not exist or that the caller may not see (the two answer alike)",
    ),
    ErrorCode(
        "method_not_allowed",
        405,
        "This method is not allowed here.",
        "허용되지 않는 메서드입니다.",
        "a known path with another method",
    ),
    ErrorCode(
        "conflict",
        409,
        "The request conflicts with what is stored.",
        "저장된 내용과 충돌합니다.",
        "a duplicate (e-mail, link), or an `Idempotency-Key` reused with a different request",
    ),
    ErrorCode(
        "too_large",
        413,
        "The request body is too large.",
        "요청 본문이 너무 큽니다.",
        "a JSON body over `MHEALTH_MAX_JSON_KB` or an upload over `MHEALTH_MAX_UPLOAD_MB`, whatever the "
        "Content-Type says; refused while streaming (chunked bodies too), before the rest is read",
    ),
    ErrorCode(
        "unsupported_media_type",
        415,
        "This content type is not accepted here.",
        "지원하지 않는 형식입니다.",
        "a body type the route does not take",
    ),
    ErrorCode(
        "unsupported_audio",
        415,
        "The file is not audio in a format we accept.",
        "지원하지 않는 파일 형식입니다.",
        "the bytes are not audio we accept (the name and the declared type are ignored; see GET /audio-formats)",
    ),
    ErrorCode(
        "corrupt_audio",
        422,
        "The audio is damaged or truncated.",
        "오디오가 손상되었습니다.",
        "audio that cannot be decoded, or decodes shorter than its container says",
    ),
    ErrorCode("no_speech", 422, "No speech was found in the audio.", "음성이 없습니다.", "silence"),
    ErrorCode("too_short", 422, "The recording is too short.", "녹음이 너무 짧습니다.", "less speech than needed"),
    ErrorCode(
        "audio_error",
        422,
        "The audio could not be processed.",
        "오디오를 처리할 수 없습니다.",
        "any other refusal of an audio file",
    ),
    ErrorCode(
        "unsupported_language",
        422,
        "The text is not in a language the analyzer reads; a person must review it.",
        "분석기가 읽을 수 없는 언어입니다. 사람이 직접 확인해야 합니다.",
        "the stateless screening endpoints, for text the configured analyzer cannot read (the local analyzer "
        "reads Korean only): the body adds `needs_review: true` and the `crisis` block with the hotlines; a "
        "check-in is stored instead, with `needs_review` and a review alert",
    ),
    ErrorCode(
        "rate_limited",
        429,
        "Too many requests; slow down.",
        "요청이 너무 많습니다.",
        "the per-client rate limit, the per-address limit on sign-in routes, or a sign-in lockout",
        ("Retry-After",),
    ),
    ErrorCode(
        "internal_error",
        500,
        "An unexpected error occurred; it has been logged. Quote the request id when reporting it.",
        "예기치 않은 오류가 발생했습니다.",
        "a fault of ours (the body carries `request_id` and nothing internal); also a configuration fault",
    ),
    ErrorCode(
        "audit_unavailable",
        503,
        "The audit log is unavailable; try again shortly.",
        "감사 기록을 쓸 수 없습니다. 잠시 후 다시 시도하세요.",
        "the audit entry could not be written, so the data was not sent",
        ("Retry-After",),
    ),
    ErrorCode(
        "provider_unavailable",
        503,
        "A provider is unavailable; try again shortly.",
        "외부 서비스를 사용할 수 없습니다. 잠시 후 다시 시도하세요.",
        "an outside provider (speech, analyzer, storage, analytics) is down, rate-limited or timed out",
        ("Retry-After",),
    ),
    ErrorCode(
        "database_unavailable",
        503,
        "The database is unavailable; try again shortly.",
        "데이터베이스를 사용할 수 없습니다. 잠시 후 다시 시도하세요.",
        "the database did not answer within `MHEALTH_DB_TIMEOUT_S` or refused the connection; nothing was stored",
        ("Retry-After",),
    ),
    ErrorCode(
        "storage_unavailable",
        503,
        "The audio store is unavailable; try again shortly.",
        "오디오 저장소를 사용할 수 없습니다. 잠시 후 다시 시도하세요.",
        "the blob store cannot be written (permissions, a full disk, an outage); nothing was stored",
        ("Retry-After",),
    ),
    ErrorCode(
        "limiter_unavailable",
        503,
        "Sign-in is paused for a moment: its shared limits cannot be checked; try again shortly.",
        "로그인 제한을 확인할 수 없어 잠시 로그인을 멈췄습니다. 잠시 후 다시 시도하세요.",
        "`MHEALTH_REDIS_URL` is set and Redis does not answer: the sign-in routes fail closed (nothing else does)",
        ("Retry-After",),
    ),
    ErrorCode(
        "overloaded",
        503,
        "The service is busy; try again shortly.",
        "요청이 많아 처리할 수 없습니다. 잠시 후 다시 시도하세요.",
        "more check-ins are in flight than the service takes at once: refused at once instead of queued",
        ("Retry-After",),
    ),
    ErrorCode(
        "outcome_unknown",
        503,
        "Whether the check-in was stored is not known; retry with the same Idempotency-Key.",
        "저장 여부를 알 수 없습니다. 같은 Idempotency-Key 로 다시 시도하세요.",
        "the database link dropped while a check-in was being committed; a retry with the returned "
        "`Idempotency-Key` answers the stored result",
    ),
    ErrorCode(
        "shutting_down",
        503,
        "This instance is shutting down; retry the request.",
        "서버가 종료되는 중입니다. 다시 시도하세요.",
        "the server received SIGTERM and this request was still running at the shutdown deadline "
        "(a check-in retried with its Idempotency-Key is not stored twice)",
        ("Retry-After",),
    ),
    ErrorCode(
        "speech_unavailable",
        503,
        "Speech recognition is unavailable.",
        "음성 인식을 사용할 수 없습니다.",
        "no speech-to-text provider is configured, or its model cannot be loaded",
        ("Retry-After",),
    ),
)

BY_CODE: dict[str, ErrorCode] = {c.code: c for c in REGISTRY}

# The generic code of a status, for refusals that carry no domain error (the framework's, an unknown route).
BY_STATUS: dict[int, ErrorCode] = {}
for _entry in REGISTRY:
    BY_STATUS.setdefault(_entry.status, _entry)
BY_STATUS[415] = BY_CODE["unsupported_media_type"]
BY_STATUS[422] = BY_CODE["audio_error"]


def codes_for(status: int) -> list[ErrorCode]:
    """Every code that comes with ``status``, in registry order."""
    return [c for c in REGISTRY if c.status == status]


def markdown_table() -> str:
    """The error table of docs/api.md (generated: edit the registry, then run scripts/gen_api_errors.py)."""
    rows = ["| status | code | when | `detail` (generic English / Korean) |", "|---|---|---|---|"]
    for c in sorted(REGISTRY, key=lambda c: c.status):
        extra = f" — with `{'`, `'.join(c.headers)}`" if c.headers else ""
        rows.append(f"| {c.status} | `{c.code}` | {c.when}{extra} | {c.en} / {c.ko} |")
    return "\n".join(rows) + "\n"
