"""OpenAPI helpers: each route's documented error responses, generated from the error registry.

Every error response of the OpenAPI document lists the codes that status can carry on that kind of route,
with their sentences, from :mod:`mhealth.entrypoints.http.error_codes` — the same registry the error table
in docs/api.md is generated from. The body is always ours (:class:`ErrorBody`), 400 included.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Reference, SecurityScheme

from mhealth.entrypoints.http.error_codes import BY_CODE
from mhealth.entrypoints.http.errors import ErrorBody

# How a caller authenticates (MHEALTH_AUTH=required): every operation needs one of the two, except the public
# ones (probes, sign-in, the stateless root), which say so with an empty security list.
SECURITY_SCHEMES: dict[str, SecurityScheme | Reference] = {
    "bearer": SecurityScheme(
        type="http",
        scheme="bearer",
        bearer_format="JWT",
        description="An access token from POST /v1/auth/login (15 minutes; refresh with POST /v1/auth/refresh).",
    ),
    "apiKey": SecurityScheme(
        type="apiKey",
        name="X-API-Key",
        security_scheme_in="header",
        description="A service client's API key (`mhealth keys create`); `Authorization: Bearer mhk_...` works too.",
    ),
}


def declare_public(routes: Iterable[Any]) -> None:
    """Give every route the edge lets through without a credential (``opt["public"]``) the empty security
    requirement too, so the OpenAPI document says it is public: one source, the route's own ``opt``."""
    for route in routes:
        for handler in getattr(route, "route_handlers", ()):
            if handler.opt.get("public") and {} not in (handler.security or ()):
                handler.security = [*(handler.security or ()), {}]


def _spec(*codes: str) -> ResponseSpec:
    entries = [BY_CODE[c] for c in codes]
    lines = []
    for c in entries:
        extra = f" (with {', '.join(c.headers)})" if c.headers else ""
        lines.append(f"`{c.code}`{extra}: {c.when}.")
    return ResponseSpec(data_container=ErrorBody, description=" ".join(lines), generate_examples=False)


def _errors(*codes: str) -> dict[int, ResponseSpec]:
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(BY_CODE[code].status, []).append(code)
    return {status: _spec(*group) for status, group in sorted(by_status.items())}


_EDGE = ("invalid_input", "unauthorized", "too_large", "rate_limited", "internal_error")
ERRORS_TEXT = _errors(*_EDGE, "provider_unavailable", "unsupported_language")
ERRORS_AUDIO = _errors(
    *_EDGE,
    "empty_audio",
    "unsupported_audio",
    "corrupt_audio",
    "no_speech",
    "too_short",
    "provider_unavailable",
    "speech_unavailable",
)
ERRORS_AUDIO_ANALYSIS = _errors(
    *_EDGE,
    "empty_audio",
    "unsupported_audio",
    "corrupt_audio",
    "no_speech",
    "too_short",
    "provider_unavailable",
    "speech_unavailable",
    "unsupported_language",
)
ERRORS_RESOURCE = _errors(
    *_EDGE,
    "invalid_value",
    "forbidden",
    "consent_required",
    "not_found",
    "conflict",
    "audit_unavailable",
    "provider_unavailable",
)
ERRORS_CHECKIN = _errors(
    *_EDGE,
    "invalid_value",
    "empty_audio",
    "forbidden",
    "consent_required",
    "not_found",
    "conflict",
    "unsupported_audio",
    "corrupt_audio",
    "no_speech",
    "too_short",
    "audit_unavailable",
    "provider_unavailable",
    "speech_unavailable",
)
# Sign-in routes need no credential, but a bad one (password, refresh token) is 401, and they have their own
# stricter per-address rate limit and the account lockout (429).
ERRORS_SIGN_IN = _errors(*_EDGE, "audit_unavailable", "provider_unavailable", "limiter_unavailable")
ERRORS_PROBE = _errors("internal_error")

_EXAMPLES = {
    "analyze": 'Example body: `{"text": "요즘 밤에 잠을 못 자고 입맛도 없어요", "user_id": "u-123"}`.',
    "check_in": 'Send JSON `{"text": ...}`, or multipart/form-data with `file`, or a raw `audio/*` body. '
    "An `Idempotency-Key` header makes retries safe: the first result is returned again.",
}


def example(name: str) -> str:
    return _EXAMPLES[name]
