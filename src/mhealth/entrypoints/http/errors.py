"""One table from errors to HTTP: status, stable code, a human sentence (English, or Korean on request).

Body everywhere: ``{"error": "<code>", "detail": "<sentence>", "field": "<path>"}`` (``field`` only when
one field is at fault; ``request_id`` on 500s). No stack trace or internal text ever reaches a client.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    PermissionDeniedException,
    SerializationException,
    ValidationException,
)

from mhealth.domain import errors as e
from mhealth.domain.model import RiskLevel
from mhealth.entrypoints.http.error_codes import BY_CODE, BY_STATUS
from mhealth.entrypoints.http.request_ids import request_id as request_id_of_scope
from mhealth.entrypoints.http.schemas.screening import Crisis, crisis_for

log = logging.getLogger("mhealth.http")


class ErrorBody(msgspec.Struct, omit_defaults=True):
    error: str
    detail: str
    field: str | None = None
    request_id: str | None = None
    # unsupported_language only: the text was not screened, so a person must read it; the crisis lines stand.
    needs_review: bool | None = None
    crisis: Crisis | None = None


# A domain error answers with its code's status in the registry (error_codes.py); a subclass whose code is
# not registered (yet) falls back to its nearest registered ancestor here. Most specific first.
STATUS: tuple[tuple[type[e.MHealthError], int], ...] = (
    (e.InvariantViolation, 400),
    (e.InvalidInput, 400),
    (e.EmptyAudio, 400),
    (e.TooLarge, 413),
    (e.UnsupportedAudio, 415),
    (e.CorruptAudio, 422),
    (e.NoSpeech, 422),
    (e.TooShort, 422),
    (e.AudioError, 422),
    (e.NotFound, 404),
    (e.Unauthorized, 401),
    (e.Forbidden, 403),
    (e.TooManyAttempts, 429),
    (e.Conflict, 409),
    (e.ConsentRequired, 403),
    (e.ProviderUnavailable, 503),  # includes SpeechUnavailable, DatabaseUnavailable, StorageUnavailable
    (e.Overloaded, 503),
    (e.OutcomeUnknown, 503),  # with the Idempotency-Key to retry with
    (e.UnsupportedLanguage, 422),
    (e.ConfigurationError, 500),
)


def wants_korean(accept_language: str | None) -> bool:
    return bool(accept_language) and accept_language.strip().lower().startswith("ko")  # type: ignore[union-attr]


def status_for(exc: e.MHealthError) -> int:
    known = BY_CODE.get(exc.code)
    if known is not None and exc.code != "internal_error":
        return known.status
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def domain_error_body(exc: e.MHealthError, *, korean: bool) -> tuple[int, ErrorBody, dict[str, str]]:
    status = status_for(exc)
    headers: dict[str, str] = {}
    if isinstance(exc, e.ProviderUnavailable | e.TooManyAttempts | e.Overloaded | e.OutcomeUnknown):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, e.OutcomeUnknown) and exc.idempotency_key:
        headers["Idempotency-Key"] = exc.idempotency_key
    if isinstance(exc, e.Unauthorized):
        headers["WWW-Authenticate"] = 'Bearer realm="mhealth"'
    detail = exc.detail_ko if korean and exc.detail_ko else exc.detail
    if status == 500:  # a configuration fault: the operator's problem, not the client's
        log.error("configuration error while serving a request: %s", exc.detail)
        return 500, ErrorBody(error="internal_error", detail="The service is misconfigured."), headers
    if isinstance(exc, e.UnsupportedLanguage):
        review = crisis_for(RiskLevel.HIGH)
        return (
            status,
            ErrorBody(error=exc.code, detail=detail, field=exc.field, needs_review=True, crisis=review),
            headers,
        )
    return status, ErrorBody(error=exc.code, detail=detail, field=exc.field), headers


def handle_domain_error(request: Request[Any, Any, Any], exc: e.MHealthError) -> Response[ErrorBody]:
    if isinstance(exc, e.Overloaded):
        # Shed before any work, no data read or written: no audit write to add to the overload (it would
        # wait for a database connection, the very thing that is short).
        request.scope.get("state", {}).pop("audit", None)
    status, body, headers = domain_error_body(exc, korean=wants_korean(request.headers.get("accept-language")))
    return Response(body, status_code=status, headers=headers)


def validation_problem(message: str, key: str | None = None) -> tuple[str, str | None]:
    """One wording, whichever layer found the problem: (detail, field) for input that fails validation.

    msgspec puts the path in its message ("Expected `str`, got `int` - at `$.text`"); Litestar strips it and
    passes the field as ``key`` ("data" meaning the whole body).
    """
    message, _, path = message.partition(" - at `$.")
    field: str | None = path.rstrip("`") or None
    if field is None:
        missing = re.search(r"required field `([^`]+)`", message)
        field = missing.group(1) if missing else (key if key not in (None, "data") else None)
    return (f"{message} (field: {field})" if field else message), field


def handle_http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[ErrorBody]:
    if isinstance(exc.__cause__, SerializationException):  # the framework could not decode the body
        return handle_malformed_json(request, exc.__cause__)
    status = exc.status_code
    korean = wants_korean(request.headers.get("accept-language"))
    generic = BY_STATUS.get(status)
    code, en, ko = (
        (generic.code, generic.en, generic.ko)
        if generic is not None
        else ("http_error", "The request could not be served.", "요청을 처리할 수 없습니다.")
    )
    field = None
    detail = ko if korean else en
    if isinstance(exc, ValidationException):
        problem = exc.extra[0] if isinstance(exc.extra, list) and exc.extra and isinstance(exc.extra[0], dict) else {}
        english, field = validation_problem(str(problem.get("message") or ""), problem.get("key"))
        if not korean:
            detail = english or "The request body or parameters are invalid."
    elif isinstance(exc, NotAuthorizedException | PermissionDeniedException) and exc.detail and not korean:
        detail = exc.detail
    if status >= 500:
        return handle_unexpected(request, exc)
    return Response(ErrorBody(error=code, detail=detail, field=field), status_code=status, headers=exc.headers or {})


def handle_malformed_json(request: Request[Any, Any, Any], exc: SerializationException) -> Response[ErrorBody]:
    """A body the framework could not decode is the client's fault: our 400, as the fast path answers."""
    return handle_domain_error(request, e.InvalidInput("the body is not valid JSON", field="body"))


def error_bytes(code: str, *, korean: bool = False, detail: str | None = None) -> bytes:
    """The encoded body of a registered code (the edge's own refusals: 401, 413, 429...)."""
    entry = BY_CODE[code]
    return _encoder.encode(ErrorBody(error=code, detail=detail or (entry.ko if korean else entry.en)))


def domain_error_bytes(exc: e.MHealthError, *, korean: bool) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
    """Status, encoded body and raw headers of a domain error (the fast path and the middleware)."""
    status, body, headers = domain_error_body(exc, korean=korean)
    return status, _encoder.encode(body), [(k.lower().encode(), v.encode()) for k, v in headers.items()]


_encoder = msgspec.json.Encoder()


def handle_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[ErrorBody]:
    request_id = request_id_of_scope(request.scope)  # type: ignore[arg-type]
    log.error("unexpected %s while serving request %s", type(exc).__name__, request_id, exc_info=exc)
    return Response(
        ErrorBody(error="internal_error", detail=BY_CODE["internal_error"].en, request_id=request_id),
        status_code=500,
    )


EXCEPTION_HANDLERS: dict[Any, Any] = {
    e.MHealthError: handle_domain_error,
    SerializationException: handle_malformed_json,
    HTTPException: handle_http_error,
    Exception: handle_unexpected,
}
